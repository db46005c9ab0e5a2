"""The pitch package keeps the process alive under PySide6's None reference leak."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor

import ui.pitch  # noqa: F401  (importing it installs the guard)
from ui.pitch.none_guard import protect_none, void_calls_leak_none


def test_many_void_calls_do_not_kill_the_process():
    colour = QColor()
    for _ in range(200_000):  # several times None's natural reference count
        colour.setRed(1)
    assert sys.getrefcount(None) > 0


def test_guard_acts_only_where_the_leak_exists():
    leaking = void_calls_leak_none()
    assert protect_none() == (leaking and sys.version_info < (3, 12))
