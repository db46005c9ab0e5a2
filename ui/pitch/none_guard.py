"""Keeps None alive under PySide6 builds that drop a reference to it on every void call.

PySide6 6.12.0 on CPython 3.11 returns None from C++ methods that return void without taking
a reference, so each call (painter.setPen, widget.update...) lowers None's count by one; a
fixture tab repaint makes ~550 such calls and the process dies with "Fatal Python error:
none_dealloc" after a few dozen repaints. CPython 3.12+ makes None immortal, and PySide6
6.11.3 does not have the bug. Until the project pins a good release, this gives None enough
references to never reach zero. It only acts when a probe shows the leak.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtGui import QColor

_HEADROOM = 1 << 40  # at a million leaked calls a second: about two weeks


def void_calls_leak_none() -> bool:
    """Whether calling a void C++ method lowers None's reference count here."""
    colour = QColor()
    before = sys.getrefcount(None)
    for _ in range(16):
        colour.setRed(0)
    return sys.getrefcount(None) <= before - 16


def protect_none() -> bool:
    """Add headroom to None's reference count if void calls leak it; True if it did."""
    if sys.version_info >= (3, 12) or not void_calls_leak_none():
        return False
    if sys.getrefcount(None) < _HEADROOM:
        ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
    return True
