"""Window-wide keys: undo and redo (Ctrl+Y too), Ctrl+F to the squad search."""

from __future__ import annotations

import pytest
from helpers import MLS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.commands import UnassignPlayer

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def active(qtbot, window):
    """The window, active, its focus on the pitch (as after a click on a card)."""
    window.activateWindow()
    qtbot.waitActive(window)
    window.tabs.tab(MLS).pitch.setFocus()
    return window


def undone_edit(qtbot, window) -> None:
    """Leave Suárez out of the first fixture, then undo it with Ctrl+Z."""
    window.session.push(UnassignPlayer(window.plan, MLS, "luis-suarez"))
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.plan.lineup(MLS).place_of("luis-suarez") == "ST"


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [(Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT)],
    ids=["Ctrl+Y", "Ctrl+Shift+Z"],
)
def test_redo_keys(qtbot, active, key, modifiers):
    undone_edit(qtbot, active)
    qtbot.keyClick(active, key, modifiers)
    assert active.plan.lineup(MLS).place_of("luis-suarez") is None
    assert active.session.undo_stack.index() == 1


def test_ctrl_f_puts_the_cursor_in_the_squad_search_with_its_text_selected(qtbot, active):
    search = active.squad.search
    search.setText("messi")
    active.readiness_dock.raise_()  # the squad may be a tab behind readiness on a small screen
    qtbot.keyClick(active, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is search
    assert search.selectedText() == "messi"
    qtbot.keyClicks(QApplication.focusWidget(), "10")
    assert search.text() == "10"


def test_ctrl_f_brings_back_a_closed_squad_panel(qtbot, active):
    active.squad_dock.close()
    qtbot.keyClick(active, Qt.Key.Key_F, CTRL)
    assert active.squad_dock.isVisible()
    assert QApplication.focusWidget() is active.squad.search
