"""An uncaught exception in the window: recovery file written first, a short message saying
where the log is, the window still open and working."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from planner import load_plan
from ui.commands import UnassignPlayer

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.qt_no_exception_capture,
]


def test_an_uncaught_error_keeps_the_work_tells_where_the_log_is_and_the_window_lives(
    qtbot, window, monkeypatch
):
    from helpers import MLS

    from ui.crash import install_crash_handler, log_path

    shown: list[str] = []
    order: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda parent, title, text, *a, **k: (
            shown.append(text),
            order.append("dialog" if window.files.recovery_path.exists() else "dialog-first"),
        ),
    )
    log_path().unlink(missing_ok=True)
    window.session.push(UnassignPlayer(window.plan, MLS, "luis-suarez"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_handler(window)

    def broken_slot() -> None:
        raise RuntimeError("boom " + "x" * 5000)

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown))
    assert order == ["dialog"]  # the recovery file existed before the message
    assert load_plan(window.files.recovery_path).lineup(MLS).place_of("luis-suarez") is None
    assert str(log_path()) in shown[0] and "boom" in shown[0] and len(shown[0]) < 800
    assert "RuntimeError: boom" in log_path().read_text(encoding="utf-8")
    assert window.isVisible()
    window.actions.undo.trigger()  # still working
    assert window.plan.lineup(MLS).place_of("luis-suarez") is not None
