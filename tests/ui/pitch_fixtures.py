"""Fixtures and drag helpers for the pitch, bench and timeline tests (imported by them)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from planner import sample_plan
from ui.dnd import player_mime_data
from ui.pitch import FixtureTab
from ui.session import PlanSession

# The offscreen platform warns that it cannot size, raise or grab windows (menus, top-level
# widgets); that says nothing about our code.
QUIET = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

MLS = "2025-04-06-toronto-fc"
CCC = "2025-04-09-lafc"


@pytest.fixture
def session(qtbot) -> PlanSession:
    return PlanSession(sample_plan())


@pytest.fixture
def messages(session) -> list[str]:
    """Every status message the session emits."""
    seen: list[str] = []
    session.statusMessage.connect(seen.append)
    return seen


@pytest.fixture
def tab(qtbot, session) -> FixtureTab:
    """The MLS fixture's tab, shown at a laptop-like size."""
    widget = FixtureTab(session, MLS)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(10)
    return widget


def _drag_event(kind, pos: QPoint, mime: QMimeData):
    """A drag event at pos; Qt 6.12 takes a QPointF where 6.11 took a QPoint."""
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        return kind(QPointF(pos), *args)
    except TypeError:
        return kind(QPoint(pos), *args)


@contextmanager
def hovering(target: QWidget, pos: QPoint, mime: QMimeData) -> Iterator[bool]:
    """Simulate a drag entering target and moving to pos (viewport coordinates for a view);
    yields whether the target would accept a drop there; leaves the target on exit."""
    receiver = target.viewport() if isinstance(target, QAbstractScrollArea) else target
    QApplication.sendEvent(receiver, _drag_event(QDragEnterEvent, pos, mime))
    move = _drag_event(QDragMoveEvent, pos, mime)
    QApplication.sendEvent(receiver, move)
    try:
        yield move.isAccepted()
    finally:
        # end the drag as Qt does, so QApplication forgets the widget it entered
        QApplication.sendEvent(receiver, QDragLeaveEvent())


def drag_to(target: QWidget, pos: QPoint, mime: QMimeData) -> bool:
    """Simulate a drag to pos and, when target accepts it there, the drop. Returns whether
    the drop was accepted."""
    with hovering(target, pos, mime) as accepted:
        if not accepted:
            return False
    receiver = target.viewport() if isinstance(target, QAbstractScrollArea) else target
    QApplication.sendEvent(receiver, _drag_event(QDragEnterEvent, pos, mime))
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(receiver, event)
    return event.isAccepted()


def mime(player_id: str, fixture_id: str | None = None, place: str | None = None) -> QMimeData:
    return player_mime_data(player_id, fixture_id, place)
