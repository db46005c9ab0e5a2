"""The pitch drawn to proportion in metres: 68 wide, 105 long, own goal at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, Qt

PITCH_WIDTH, PITCH_LENGTH = 68.0, 105.0
MARGIN = 3.5  # run-off around the lines, so cards near a line are not clipped
PITCH_RECT = QRectF(0, 0, PITCH_WIDTH, PITCH_LENGTH)
SCENE_RECT = PITCH_RECT.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

GRASS_DARK, GRASS_LIGHT, RUN_OFF = QColor("#357A38"), QColor("#3F8B42"), QColor("#2C6A2F")
LINE = QColor(255, 255, 255, 215)
STRIPES = 12


def to_scene(x: float, y: float) -> QPointF:
    """A formation position (x from the left touchline, y from the own goal line, 0-1) in
    scene metres (the own goal line is at the bottom)."""
    return QPointF(x * PITCH_WIDTH, (1.0 - y) * PITCH_LENGTH)


def paint_pitch(painter: QPainter) -> None:
    """Grass, mowing stripes and the white lines, in scene metres."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(SCENE_RECT, RUN_OFF)
    stripe = PITCH_LENGTH / STRIPES
    for i in range(STRIPES):
        colour = GRASS_LIGHT if i % 2 else GRASS_DARK
        painter.fillRect(QRectF(0, i * stripe, PITCH_WIDTH, stripe), colour)
    painter.setPen(QPen(LINE, 0.24))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(PITCH_RECT)
    mid = PITCH_LENGTH / 2
    centre = QPointF(PITCH_WIDTH / 2, mid)
    painter.drawLine(QPointF(0, mid), QPointF(PITCH_WIDTH, mid))
    painter.drawEllipse(centre, 9.15, 9.15)
    for goal_line, inward in ((0.0, 1.0), (PITCH_LENGTH, -1.0)):
        _paint_end(painter, goal_line, inward)
    painter.setBrush(LINE)
    painter.drawEllipse(centre, 0.35, 0.35)
    for cx, cy in ((0, 0), (PITCH_WIDTH, 0), (0, PITCH_LENGTH), (PITCH_WIDTH, PITCH_LENGTH)):
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(cx, cy), 1.0, 1.0)
    painter.restore()


def _paint_end(painter: QPainter, goal_line: float, inward: float) -> None:
    """Penalty area, goal area, spot, arc and goal at one end (inward: +1 down, -1 up)."""
    cx = PITCH_WIDTH / 2

    def box(width: float, depth: float) -> QRectF:
        top = goal_line if inward > 0 else goal_line - depth
        return QRectF(cx - width / 2, top, width, depth)

    painter.drawRect(box(40.32, 16.5))
    painter.drawRect(box(18.32, 5.5))
    goal = box(7.32, 1.8)
    goal.translate(0, -1.8 * inward)
    painter.drawRect(goal)
    spot = QPointF(cx, goal_line + 11.0 * inward)
    painter.save()
    painter.setBrush(LINE)
    painter.drawEllipse(spot, 0.3, 0.3)
    painter.restore()
    # the arc is the part of the 9.15 m circle round the spot outside the penalty area
    arc = QRectF(spot.x() - 9.15, spot.y() - 9.15, 18.3, 18.3)
    start = 37 if inward < 0 else -143  # degrees; Qt angles run anticlockwise from 3 o'clock
    painter.drawArc(arc, int(start * 16), 106 * 16)
