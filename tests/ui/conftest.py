"""Fixtures for the main-window tests: a window on a copy of the sample plan, patched dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import MLS
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner import sample_plan
from ui.pitch import FixtureTab
from ui.session import PlanSession

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "miami-april-2025.squadplan"


class Answers:
    """Stands in for the modal dialogs a test cannot click: records questions, gives answers."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.question = QMessageBox.StandardButton.Yes
        self.open_file = ""
        self.save_file = ""

    def ask(self, parent, title, text, *args, **kwargs):
        self.questions.append(text)
        return self.question

    def warn(self, parent, title, text, *args, **kwargs):
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def get_open(self, *args, **kwargs):
        return self.open_file, ""

    def get_save(self, *args, **kwargs):
        return self.save_file, ""


@pytest.fixture
def answers(monkeypatch) -> Answers:
    patched = Answers()
    monkeypatch.setattr(QMessageBox, "question", patched.ask)
    monkeypatch.setattr(QMessageBox, "warning", patched.warn)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", patched.get_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", patched.get_save)
    return patched


@pytest.fixture
def plan_path(tmp_path) -> Path:
    """A copy of the sample plan file the test may change."""
    path = tmp_path / "week.squadplan"
    shutil.copyfile(SAMPLE, path)
    return path


@pytest.fixture
def fresh_app_state(qapp):
    """No settings or recovery file left over from another test."""
    from ui.app import _name_app
    from ui.files import RECOVERY_NAME, recovery_dir
    from ui.settings import Settings

    _name_app()
    Settings().qsettings.clear()
    for name in (RECOVERY_NAME, Path(RECOVERY_NAME).with_suffix(".json").name):
        (recovery_dir() / name).unlink(missing_ok=True)


@pytest.fixture
def window(qtbot, plan_path, answers, fresh_app_state):
    """The main window on a copy of the sample week, shown at 1600 x 1000."""
    from ui.app import build_window

    main = build_window(plan_path)
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.session.undo_stack.setClean()  # closing must not ask


@pytest.fixture
def session(qtbot) -> PlanSession:
    return PlanSession(sample_plan())


@pytest.fixture
def messages(session) -> list[str]:
    """Every status message the session emits."""
    seen: list[str] = []
    session.statusMessage.connect(seen.append)
    return seen


@pytest.fixture
def open_tab(qtbot, session) -> Callable[[str], FixtureTab]:
    """A fixture's tab, shown at a laptop-like size."""

    def shown(fixture_id: str) -> FixtureTab:
        widget = FixtureTab(session, fixture_id)
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.wait(10)
        return widget

    return shown


@pytest.fixture
def tab(open_tab) -> FixtureTab:
    """The MLS fixture's tab."""
    return open_tab(MLS)
