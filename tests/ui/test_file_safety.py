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
