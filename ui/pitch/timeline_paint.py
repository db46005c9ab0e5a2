"""How the substitution timeline looks: axis, half-time band, markers, drop guide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen

from ui.pitch.card import SELECTED_EDGE, TARGET_EDGE, on_palette

if TYPE_CHECKING:
    from ui.pitch.timeline import SubsTimeline

TICK_EVERY = 15


def tr(text: str) -> str:
    return QCoreApplication.translate("SubsTimeline", text)


def paint_timeline(timeline: SubsTimeline, painter: QPainter) -> None:
    """Axis with 15' ticks and the half-time band, the markers, the drop guide, focus."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pal = timeline.palette()
    text = pal.color(QPalette.ColorRole.WindowText)
    left, right, axis_y = timeline.axis()
    fm = timeline.fontMetrics()
    painter.setPen(text)
    painter.drawText(
        QRectF(4, axis_y - fm.height() / 2, left - 8, fm.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        tr("Subs"),
    )
    half = timeline.match_minutes // 2
    ht = QRectF(
        timeline.minute_x(half),
        axis_y - 6,
        max(timeline.minute_x(half + 1) - timeline.minute_x(half), 3),
        12,
    )
    painter.fillRect(ht, pal.color(QPalette.ColorRole.Mid))
    _paint_extra_time(timeline, painter, axis_y)
    painter.setPen(QPen(text, 1.5))
    painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
    labels: list[tuple[float, str]] = [
        (m, f"{m}'") for m in range(0, timeline.last_minute + 1, TICK_EVERY) if m != half
    ]
    labels.append((half + 0.5, tr("HT")))
    for minute, label in labels:
        x = timeline.minute_x(minute)
        painter.drawLine(QPointF(x, axis_y - 4), QPointF(x, axis_y + 4))
        rect = QRectF(x - 30, axis_y + 5, 60, fm.height())
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
    if timeline.guide is not None:
        x = timeline.minute_x(timeline.guide)
        painter.setPen(QPen(SELECTED_EDGE, 2))
        painter.drawLine(QPointF(x, 2), QPointF(x, axis_y))
        label = tr("HT") if timeline.guide == timeline.half_time else f"{int(timeline.guide)}'"
        painter.drawText(QRectF(x + 4, 2, 60, fm.height()), label)
    _paint_markers(timeline, painter, axis_y)
    if not timeline.substitutions() and timeline.guide is None:
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(left, 0, right - left, axis_y - 8),
            Qt.AlignmentFlag.AlignCenter,
            tr("No changes planned: drag a bench player here, or onto a starter's card"),
        )
    if timeline.hasFocus():
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(timeline.rect().adjusted(0, 0, -1, -1))


def _paint_extra_time(timeline: SubsTimeline, painter: QPainter, axis_y: float) -> None:
    """A quiet band over extra time, labelled, when the tie can go to it."""
    if timeline.last_minute == timeline.match_minutes:
        return
    pal = timeline.palette()
    start, end = timeline.minute_x(timeline.match_minutes), timeline.minute_x(timeline.last_minute)
    band = QColor(pal.color(QPalette.ColorRole.Mid))
    band.setAlpha(70)
    painter.fillRect(QRectF(start, axis_y - 5, end - start, 10), band)
    painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
    fm = timeline.fontMetrics()
    label = QRectF(start + 3, axis_y - 6 - fm.height(), end - start - 3, fm.height())
    painter.drawText(
        label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, tr("Extra time")
    )


def _paint_markers(timeline: SubsTimeline, painter: QPainter, axis_y: float) -> None:
    pal = timeline.palette()
    font = timeline.marker_font()
    painter.setFont(font)
    fm = QFontMetrics(font)
    markers = timeline.marker_rects()
    groups: dict[tuple[float, int], QRect] = {}
    for sub, rect in markers:
        group = timeline.marker_group(sub)
        groups[group] = groups[group].united(rect) if group in groups else rect
    painter.setPen(pal.color(QPalette.ColorRole.WindowText))
    for group, area in groups.items():  # the minute over each group of changes
        label = QRect(area.left(), area.top() - fm.height() - 1, area.width(), fm.height())
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, timeline.group_text(group))
    link = QColor(pal.color(QPalette.ColorRole.WindowText))
    link.setAlpha(150)  # visible against the window, quieter than the text
    for sub, rect in markers:
        x = timeline.minute_x(timeline.shown_minute(sub))
        selected = sub == timeline.selected
        edge = SELECTED_EDGE if selected else pal.color(QPalette.ColorRole.Mid)
        # an elbow from under the marker to its minute on the axis: a marker pushed aside by
        # its neighbours still points at its own minute, not at the tick it happens to sit over
        elbow = rect.bottom() + (axis_y - rect.bottom()) / 2
        painter.setPen(QPen(SELECTED_EDGE if selected else link, 2.5 if selected else 1.2))
        painter.drawPolyline(
            [
                QPointF(rect.center().x(), rect.bottom()),
                QPointF(rect.center().x(), elbow),
                QPointF(x, elbow),
                QPointF(x, axis_y),
            ]
        )
        painter.setPen(QPen(edge, 2.5 if selected else 1.2))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(rect), 5, 5)
        painter.setBrush(TARGET_EDGE if timeline.moving == sub else edge)
        painter.drawEllipse(QPointF(x, axis_y), 4, 4)
        on, off = timeline.marker_lines(sub)
        line = QRect(rect.left() + 7, rect.top() + 3, rect.width() - 10, fm.height())
        painter.setPen(on_palette(pal, "#2E7D32", "#81C784"))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, on)
        painter.setPen(on_palette(pal, "#C62828", "#EF9A9A"))
        painter.drawText(line.translated(0, fm.height()), Qt.AlignmentFlag.AlignLeft, off)
