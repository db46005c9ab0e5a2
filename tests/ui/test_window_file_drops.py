"""Files dropped on the window from a file manager (text/uri-list): a plan opens, a
spreadsheet starts Import, anything else is refused with a reason and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import MLS, mime
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from planner import sample_plan, save_plan
from ui.commands import UnassignPlayer
from ui.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FILE_MANAGER = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction


def files(*paths: Path | str) -> QMimeData:
    """What a file manager drags: text/uri-list, and the same as plain text."""
    data = QMimeData()
    urls = [p if isinstance(p, QUrl) else QUrl.fromLocalFile(str(p)) for p in paths]
    data.setUrls(urls)
    data.setText("\n".join(url.toString() for url in urls))
    return data


def drop(target: QWidget, data: QMimeData, actions=FILE_MANAGER) -> tuple[bool, bool]:
    """Drag data into the middle of target and let go: (entering accepted, drop accepted)."""
    pos = QPoint(target.width() // 2, target.height() // 2)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(target, QDragMoveEvent(pos, actions, data, buttons, modifiers))
    let_go = QDropEvent(QPointF(pos), actions, data, buttons, modifiers)
    QApplication.sendEvent(target, let_go)
    assert not let_go.isAccepted() or let_go.dropAction() != Qt.DropAction.MoveAction
    return enter.isAccepted(), let_go.isAccepted()


def targets(window) -> dict[str, QWidget]:
    """Where a file may land: the window's edge and every view that takes player drags."""
    tab = window.tabs.tab(MLS)
    return {
        "window": window,
        "pitch": tab.pitch.viewport(),
        "bench": tab.bench_view.viewport(),
        "timeline": tab.timeline,
        "squad list": window.squad.view.viewport(),
        "squad search": window.squad.search,
    }


@pytest.fixture
def other_plan(tmp_path) -> Path:
    plan = sample_plan()
    plan.unassign(MLS, "lionel-messi")
    path = tmp_path / "other.squadplan"
    save_plan(plan, path)
    return path


@pytest.fixture
def imports(monkeypatch) -> list[Path]:
    """The files ImportDialog was opened on (each dialog is then cancelled)."""
    opened: list[Path] = []

    def exec_(dialog: ImportDialog) -> int:
        opened.append(dialog.path)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return opened


@pytest.mark.parametrize("where", ["window", "pitch", "bench", "timeline", "squad list",
                                   "squad search"])  # fmt: skip
def test_a_plan_dropped_anywhere_on_the_window_opens(qtbot, window, answers, other_plan, where):
    assert drop(targets(window)[where], files(other_plan)) == (True, True)
    qtbot.waitUntil(lambda: window.session.path == other_plan)
    assert window.plan.lineup(MLS).place_of("lionel-messi") is None
    assert window.session.undo_stack.count() == 0
    assert window.squad.search.text() == ""


def test_a_dropped_plan_asks_about_unsaved_changes_first(qtbot, window, answers, other_plan):
    window.session.push(UnassignPlayer(window.plan, MLS, "luis-suarez"))
    before, path = window.plan, window.session.path
    answers.question = QMessageBox.StandardButton.Cancel
    drop(window, files(other_plan))
    qtbot.waitUntil(lambda: bool(answers.questions))
    assert "Save the changes" in answers.questions[0]
    assert window.plan is before and window.session.path == path
    assert window.plan.lineup(MLS).place_of("luis-suarez") is None

    answers.question = QMessageBox.StandardButton.Discard
    drop(window, files(other_plan))
    qtbot.waitUntil(lambda: window.session.path == other_plan)


@pytest.mark.parametrize("name", ["squad.xlsx", "Squad.ODS", "minutes.csv", "log.tsv",
                                  "log.txt", "old.xls", "macro.xlsm", "binary.xlsb"])  # fmt: skip
def test_a_dropped_spreadsheet_starts_import_with_it(qtbot, window, answers, imports, tmp_path,
                                                     name):  # fmt: skip
    sheet = tmp_path / name
    sheet.write_bytes(b"")
    assert drop(targets(window)["pitch"], files(sheet)) == (True, True)
    qtbot.waitUntil(lambda: bool(imports))
    assert imports == [sheet]
    assert window.session.undo_stack.count() == 0


def test_a_squad_dropped_on_the_squad_list_is_imported(qtbot, window, answers, monkeypatch,
                                                       tmp_path):  # fmt: skip
    def accept(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: not dialog.busy() and dialog.result() is not None, timeout=20000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    window.actions.new.trigger()
    squad = tmp_path / "squad.xlsx"
    shutil.copyfile(SAMPLES / "squad.xlsx", squad)
    drop(window.squad.view.viewport(), files(squad))
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 1)
    assert len(window.plan.players) >= 20


@pytest.mark.parametrize(
    ("dragged", "reason"),
    [
        (lambda tmp: files(tmp / "rotation.pdf"), "rotation.pdf is neither"),
        (lambda tmp: files(tmp / "noext"), "noext is neither"),
        (lambda tmp: files(tmp / "a.squadplan", tmp / "b.squadplan"), "one file at a time"),
        (lambda tmp: files(QUrl("https://example.com/week.squadplan")), "on this computer"),
    ],
    ids=["pdf", "no suffix", "two files", "web address"],
)
def test_other_files_are_refused_with_a_reason(qtbot, window, answers, imports, tmp_path,
                                               dragged, reason):  # fmt: skip
    before, path = window.plan, window.session.path
    for target in targets(window).values():
        assert drop(target, dragged(tmp_path)) == (False, False)
        assert reason in window.statusBar().currentMessage()
    qtbot.wait(20)
    assert window.plan is before and window.session.path == path
    assert not imports and not answers.questions and not answers.warnings
    assert window.session.undo_stack.count() == 0


def test_a_plan_that_can_only_be_moved_is_refused(qtbot, window, answers, other_plan):
    """A move would tell the file manager to delete the file once dropped."""
    assert drop(window, files(other_plan), Qt.DropAction.MoveAction) == (False, False)
    qtbot.wait(20)
    assert window.session.path != other_plan


def test_the_window_leaves_player_drags_to_the_views(window):
    """A player dragged over the window's edge is not a file: the window does not take it."""
    assert drop(window, mime("luis-suarez", MLS, "ST")) == (False, False)
    assert window.plan.lineup(MLS).place_of("luis-suarez") == "ST"
