"""The window against damaged or changed files: an unreadable recovery file is set aside."""

from __future__ import annotations

import json
import os

import pytest

from tests.data import bad_plans

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({**bad_plans.sample_data(), "players": [{"id": 5, "name": None}]}).encode(),
        b'{"format": "squad-planner", "version": 1, "club": ' + b"[" * 100_000,
        b"\x00\x01 not json",
    ],
    ids=["wrong-types", "deep-nesting", "binary"],
)
def test_an_unreadable_recovery_file_is_set_aside_and_the_window_starts(
    qtbot, answers, plan_path, fresh_app_state, content
):
    from ui.app import build_window
    from ui.files import recovery_dir

    for stale in recovery_dir().glob("recovery-unreadable-*.squadplan"):
        stale.unlink()  # left by an earlier run that failed before its clean-up
    recovery = recovery_dir() / "recovery.squadplan"
    recovery.write_bytes(content)
    os.utime(recovery, (plan_path.stat().st_mtime + 5,) * 2)
    window = build_window(plan_path)
    qtbot.addWidget(window)
    assert not answers.questions  # nothing to restore is offered
    assert len(window.plan.players) == len(bad_plans.sample_data()["players"])
    assert not recovery.exists()
    kept = list(recovery_dir().glob("recovery-unreadable-*.squadplan"))
    assert [k.read_bytes() for k in kept] == [content]
    assert kept[0].name in window.statusBar().currentMessage()
    for path in kept:
        path.unlink()


def _answer_with(qtbot, text: str) -> list[str]:
    """Click the button called text in the next message box; returns the box's text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, click)
    return seen


def _two_windows(qtbot, plan_path):
    from ui.app import build_window

    windows = []
    for _ in range(2):
        window = build_window(plan_path)
        qtbot.addWidget(window)
        windows.append(window)
    return windows


def _rename(window, pid: str, name: str) -> None:
    from dataclasses import replace

    from ui.commands import edit_player

    player = window.plan.player(pid)
    target = window.plan.targets.get(pid)
    window.session.push(edit_player(window.plan, replace(player, name=name), target))


@pytest.mark.parametrize("choice", ["Keep mine", "Take theirs"])
def test_two_windows_on_one_file_the_second_save_asks_and_nothing_is_lost(
    qtbot, answers, plan_path, fresh_app_state, choice
):
    from planner import load_plan

    first, second = _two_windows(qtbot, plan_path)
    _rename(first, "lionel-messi", "Leo (first window)")
    assert first.files.save()
    _rename(second, "luis-suarez", "Luis (second window)")
    asked = _answer_with(qtbot, choice)
    assert second.files.save()
    assert asked and plan_path.name in asked[0]
    on_disk = load_plan(plan_path)
    kept = [p for p in plan_path.parent.glob("week (*).squadplan")]
    assert len(kept) == 1
    aside = load_plan(kept[0])
    mine, theirs = (on_disk, aside) if choice == "Keep mine" else (aside, on_disk)
    assert mine.player("luis-suarez").name == "Luis (second window)"
    assert mine.player("lionel-messi").name == "Lionel Messi"
    assert theirs.player("lionel-messi").name == "Leo (first window)"
    assert second.plan.player("lionel-messi").name == on_disk.player("lionel-messi").name
    for window in (first, second):
        window.session.undo_stack.setClean()


def test_a_file_touched_but_not_changed_saves_without_asking(
    qtbot, answers, plan_path, fresh_app_state
):
    (window,) = _two_windows(qtbot, plan_path)[:1]
    os.utime(plan_path, (plan_path.stat().st_mtime + 60,) * 2)
    _rename(window, "luis-suarez", "Luis S.")
    assert window.files.save()
    assert not list(plan_path.parent.glob("week (*).squadplan"))
