"""The open plan's file is watched: a change by someone else shows Reload / Keep mine; our own
save does not."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner import load_plan, save_plan
from ui.commands import PlanEdit
from ui.file_watch import SETTLE_MS

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def save_from_outside(path, name: str) -> None:
    """Another copy of the app saves the plan with Lionel Messi renamed."""
    other = load_plan(path)
    other.update_player(dataclasses.replace(other.player("lionel-messi"), name=name))
    save_plan(other, path)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_change_from_outside_shows_the_notice_and_reload_takes_it(window, qtbot, plan_path):
    watch = window.file_watch
    assert not watch.notice_shown()

    save_from_outside(plan_path, "Leo Messi")

    qtbot.waitUntil(watch.notice_shown, timeout=5000)
    assert plan_path.name in watch.bar.text.text()
    assert window.plan.player("lionel-messi").name == "Lionel Messi"  # nothing changed yet
    click(qtbot, watch.bar.reload_button)
    assert window.plan.player("lionel-messi").name == "Leo Messi"
    assert not watch.notice_shown() and not window.isWindowModified()


def test_our_own_save_shows_no_notice_and_the_file_is_still_watched(window, qtbot, plan_path):
    watch = window.file_watch
    window.actions.save.trigger()
    window.actions.save.trigger()  # the file was replaced: the watcher follows the new one
    qtbot.wait(SETTLE_MS * 3)
    assert not watch.notice_shown()

    save_from_outside(plan_path, "Leo Messi")
    qtbot.waitUntil(watch.notice_shown, timeout=5000)


def test_reload_over_unsaved_changes_asks_first(window, qtbot, plan_path, answers):
    alba = dataclasses.replace(window.plan.player("jordi-alba"), name="J. Alba")
    window.session.push(PlanEdit(window.plan, "rename", lambda plan: plan.update_player(alba)))
    assert window.isWindowModified()
    save_from_outside(plan_path, "Leo Messi")
    watch = window.file_watch
    qtbot.waitUntil(watch.notice_shown, timeout=5000)

    answers.question = QMessageBox.StandardButton.Cancel
    click(qtbot, watch.bar.reload_button)
    assert len(answers.questions) == 1 and plan_path.name in answers.questions[0]
    assert window.plan.player("lionel-messi").name == "Lionel Messi"
    assert watch.notice_shown()

    answers.question = QMessageBox.StandardButton.Discard
    click(qtbot, watch.bar.reload_button)
    assert window.plan.player("lionel-messi").name == "Leo Messi"
    assert window.plan.player("jordi-alba").name == "Jordi Alba"


def test_keep_mine_keeps_the_plan_and_does_not_ask_again_for_the_same_version(
    window, qtbot, plan_path
):
    watch = window.file_watch
    save_from_outside(plan_path, "Leo Messi")
    qtbot.waitUntil(watch.notice_shown, timeout=5000)
    click(qtbot, watch.bar.keep_button)
    assert not watch.notice_shown()
    assert window.plan.player("lionel-messi").name == "Lionel Messi"
    (plan_path.parent / "notes.txt").write_text("something else in the folder")
    qtbot.wait(SETTLE_MS * 3)
    assert not watch.notice_shown()

    save_from_outside(plan_path, "La Pulga")  # a newer outside version is told again
    qtbot.waitUntil(watch.notice_shown, timeout=5000)
