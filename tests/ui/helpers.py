"""Constants and drag-and-drop helpers shared by the UI tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from ui.dnd import player_mime_data

MLS = "2025-04-06-toronto-fc"
CCC = "2025-04-09-lafc"

# The offscreen platform warns that it cannot size, raise or grab windows (menus, top-level
# widgets); that says nothing about our code.
QUIET = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

_DRAG = (
    Qt.DropAction.MoveAction,
    Qt.MouseButton.LeftButton,
    Qt.KeyboardModifier.NoModifier,
)


def _drag_event(kind, pos: QPoint, mime: QMimeData):
    """A drag event at pos; Qt 6.12 takes a QPointF where 6.11 took a QPoint."""
    action, buttons, modifiers = _DRAG
    try:
        return kind(QPointF(pos), action, mime, buttons, modifiers)
    except TypeError:
        return kind(QPoint(pos), action, mime, buttons, modifiers)


def _receiver(target: QWidget) -> QWidget:
    return target.viewport() if isinstance(target, QAbstractScrollArea) else target


@contextmanager
def hovering(target: QWidget, pos: QPoint, mime: QMimeData) -> Iterator[bool]:
    """Simulate a drag entering target and moving to pos (viewport coordinates for a view);
    yields whether the target would accept a drop there; leaves the target on exit."""
    receiver = _receiver(target)
    QApplication.sendEvent(receiver, _drag_event(QDragEnterEvent, pos, mime))
    move = _drag_event(QDragMoveEvent, pos, mime)
    QApplication.sendEvent(receiver, move)
    try:
        yield move.isAccepted()
    finally:
        # end the drag as Qt does, so QApplication forgets the widget it entered
        QApplication.sendEvent(receiver, QDragLeaveEvent())


def drag_to(target: QWidget, pos: QPoint, mime: QMimeData, *, drop: bool = True) -> bool:
    """Simulate a drag to pos and, when target accepts it there and drop is set, the drop.
    Returns whether the drop (or, with drop=False, the hover) was accepted."""
    with hovering(target, pos, mime) as accepted:
        if not accepted or not drop:
            return accepted
    receiver = _receiver(target)
    QApplication.sendEvent(receiver, _drag_event(QDragEnterEvent, pos, mime))
    action, buttons, modifiers = _DRAG
    event = QDropEvent(QPointF(pos), action, mime, buttons, modifiers)
    QApplication.sendEvent(receiver, event)
    return event.isAccepted()


def mime(player_id: str, fixture_id: str | None = None, place: str | None = None) -> QMimeData:
    return player_mime_data(player_id, fixture_id, place)


def answer_with(monkeypatch, dialog_class, fill) -> list:
    """Make dialog_class.exec fill the dialog's fields and press OK."""
    shown = []

    def exec_(dialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown
