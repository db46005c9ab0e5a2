"""Files through the window's actions: save, open, recent, new, the unsaved-changes prompt,
autosave to the recovery file and restoring it after a crash."""

from __future__ import annotations

import os

import pytest
from helpers import MLS
from PySide6.QtWidgets import QMessageBox

from planner import load_plan, sample_plan, save_plan
from ui.commands import UnassignPlayer
from ui.settings import WINDOW_GEOMETRY

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def edit(window) -> None:
    window.session.push(UnassignPlayer(window.plan, MLS, "luis-suarez"))


def test_title_shows_the_file_and_the_unsaved_mark(window, plan_path):
    assert plan_path.name in window.windowTitle()
    assert not window.isWindowModified()
    edit(window)
    assert window.isWindowModified()
    window.actions.undo.trigger()
    assert not window.isWindowModified()


def test_standard_shortcuts(window):
    from PySide6.QtGui import QKeySequence

    assert window.actions.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.actions.save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    for name in ("actionUndo", "actionRedo", "actionOpen", "actionSave", "actionImport",
                 "actionExportExcel"):  # fmt: skip
        assert window.findChild(type(window.actions.save), name) is not None, name


def test_save_writes_the_plan_and_clears_the_mark(window, plan_path):
    edit(window)
    window.actions.save.trigger()
    assert not window.isWindowModified()
    assert load_plan(plan_path).lineup(MLS).place_of("luis-suarez") is None


def test_save_as_asks_for_a_name_and_remembers_it(window, answers, tmp_path):
    answers.save_file = str(tmp_path / "copy")
    window.actions.save_as.trigger()
    saved = tmp_path / "copy.squadplan"
    assert saved.exists()
    assert window.session.path == saved
    assert "copy.squadplan" in window.windowTitle()
    assert window.actions.recent_menu.actions()[0].toolTip() == str(saved.resolve())


def test_open_replaces_the_plan_and_clears_undo(window, answers, tmp_path):
    other = sample_plan()
    other.unassign(MLS, "lionel-messi")
    path = tmp_path / "other.squadplan"
    save_plan(other, path)
    answers.open_file = str(path)
    window.actions.open.trigger()
    assert window.session.path == path
    assert window.plan.lineup(MLS).place_of("lionel-messi") is None
    assert window.session.undo_stack.count() == 0
    assert window.tabs.count() == len(other.fixtures)


def test_open_a_broken_file_says_why_and_keeps_the_plan(window, answers, tmp_path):
    broken = tmp_path / "broken.squadplan"
    broken.write_text("{ not json", encoding="utf-8")
    answers.open_file = str(broken)
    before = window.plan
    window.actions.open.trigger()
    assert window.plan is before
    assert answers.warnings and "broken.squadplan" in answers.warnings[0]


def test_new_gives_an_empty_plan(window):
    window.actions.new.trigger()
    assert not window.plan.players and not window.plan.fixtures
    assert window.tabs.count() == 0
    assert window.current_fixture_id is None
    assert window.tabs.empty.isVisible()


def test_unsaved_changes_prompt_on_close(window, answers, plan_path):
    edit(window)
    answers.question = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert answers.questions and plan_path.name in answers.questions[0]
    assert window.isVisible()
    answers.question = QMessageBox.StandardButton.Save
    assert window.close()
    assert load_plan(plan_path).lineup(MLS).place_of("luis-suarez") is None


def test_discarding_changes_closes_without_saving(window, answers, plan_path):
    edit(window)
    answers.question = QMessageBox.StandardButton.Discard
    assert window.close()
    assert load_plan(plan_path).lineup(MLS).place_of("luis-suarez") is not None


def test_autosave_writes_recovery_only_when_modified(window):
    files = window.files
    assert files.autosave.interval() == 60_000 and files.autosave.isActive()
    assert not files.write_recovery()
    assert not files.recovery_path.exists()
    edit(window)
    files.autosave.timeout.emit()
    assert files.recovery_path.exists()
    assert load_plan(files.recovery_path).lineup(MLS).place_of("luis-suarez") is None
    window.actions.save.trigger()
    assert not files.recovery_path.exists()


def test_recovery_file_restored_after_a_crash(qtbot, window, answers, plan_path):
    from ui.app import build_window

    edit(window)
    window.files.write_recovery()
    recovery = window.files.recovery_path
    os.utime(recovery, (plan_path.stat().st_mtime + 5,) * 2)
    answers.question = QMessageBox.StandardButton.Yes

    restarted = build_window(plan_path)  # the "next start" after the crash
    qtbot.addWidget(restarted)

    assert answers.questions and "did not close properly" in answers.questions[-1]
    assert restarted.plan.lineup(MLS).place_of("luis-suarez") is None
    assert restarted.session.path == plan_path
    assert restarted.isWindowModified()
    restarted.session.undo_stack.setClean()


def test_declined_recovery_is_discarded(qtbot, window, answers, plan_path):
    from ui.app import build_window

    edit(window)
    window.files.write_recovery()
    os.utime(window.files.recovery_path, (plan_path.stat().st_mtime + 5,) * 2)
    answers.question = QMessageBox.StandardButton.No
    restarted = build_window(plan_path)
    qtbot.addWidget(restarted)
    assert restarted.plan.lineup(MLS).place_of("luis-suarez") is not None
    assert not window.files.recovery_path.exists()


def test_window_layout_is_restored(qtbot, window, answers):
    from ui.app import build_window

    window.squad_dock.hide()
    window.resize(1300, 850)
    assert window.close()
    again = build_window(window.session.path)
    qtbot.addWidget(again)
    again.show()
    assert not again.squad_dock.isVisible()
    assert not again.settings.get(WINDOW_GEOMETRY).isEmpty()
    again.actions.restore_layout.trigger()
    assert again.squad_dock.isVisible()
