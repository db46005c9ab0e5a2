"""The player card, painted with QPainter: the same card on the pitch, the bench and in drags.

A card is drawn in its own logical units (CARD_W x CARD_H); callers scale the painter, so text
and lines stay sharp at any zoom and device pixel ratio.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel

from planner import Status
from planner.fatigue.scale import ReadinessBand
from ui.pitch.facts import CardInfo, card_info
from ui.session import PlanSession
from ui.theme import band_colour

CARD_W, CARD_H = 130.0, 92.0

LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CARD_FILL = QColor("#FAFAF6")
CARD_TEXT = QColor("#17202A")
CARD_MUTED = QColor("#5D6975")
CARD_EDGE = QColor("#8D99A6")
SELECTED_EDGE = QColor("#1565C0")
TARGET_EDGE = QColor("#FFD54F")
SUB_BAND = QColor("#1565C0")
OUT_OF_POSITION = QColor("#E65100")
LOCK_COLOUR = QColor("#37474F")


def on_palette(palette: QPalette, light: str, dark: str) -> QColor:
    """light on a light palette, dark on a dark one (chrome text that must stay readable)."""
    return QColor(light if palette.color(QPalette.ColorRole.Window).lightness() > 128 else dark)


def show_alert(label: QLabel, alert: bool) -> None:
    """Colour a count that needs attention (also marked with ⚠, not colour alone); the style
    sheet is set only when it changes, as setting even the same one lays the label out again."""
    colour = on_palette(label.palette(), "#C62828", "#EF9A9A").name()
    sheet = f"color: {colour}; font-weight: bold;" if alert else ""
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)


def paint_card(
    painter: QPainter,
    info: CardInfo,
    *,
    selected: bool = False,
    target: bool = False,
    sub_label: str = "",
) -> None:
    """Paint a card in the rectangle (0, 0, CARD_W, CARD_H) of painter's current coordinates.

    The readiness bar takes info.band's colour (grey when not known); target marks a valid drop
    target under a drag; sub_label, when given, covers the lower part with a "sub on" zone.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    frame = QRectF(2, 2, CARD_W - 4, CARD_H - 4)
    painter.setPen(QPen(CARD_EDGE, 1.5))
    painter.setBrush(CARD_FILL)
    painter.drawRoundedRect(frame, 9, 9)

    painter.setPen(CARD_TEXT)
    painter.setFont(_font(33, QFont.Weight.Black))
    painter.drawText(
        QRectF(8, 1, 70, 37),
        LEFT_MIDDLE,
        info.number,
    )

    icon_x = CARD_W - 29
    if info.status is not Status.AVAILABLE:
        paint_status_icon(painter, info.status, QRectF(icon_x, 8, 21, 21))
        icon_x -= 26
    if info.lock:
        paint_lock_icon(painter, QRectF(icon_x + 2, 8, 17, 21))
        icon_x -= 24
    if info.natural_position:
        _paint_out_of_position(painter, info.natural_position, QRectF(icon_x - 18, 8, 42, 22))

    painter.setPen(CARD_TEXT)
    name_rect = QRectF(8, 36, CARD_W - 14, 25)
    painter.setFont(_fitting_font(info.surname, name_rect.width(), (21, 19, 17)))
    name = QFontMetricsF(painter.font()).elidedText(
        info.surname, Qt.TextElideMode.ElideRight, name_rect.width()
    )
    painter.drawText(name_rect, LEFT_MIDDLE, name)

    painter.setFont(_font(18, QFont.Weight.DemiBold))
    painter.setPen(CARD_MUTED)
    painter.drawText(
        QRectF(8, 60, 80, 20),
        LEFT_MIDDLE,
        minutes_text(info),
    )
    if info.readiness is not None:
        painter.setPen(CARD_TEXT)
        painter.setFont(_font(18, QFont.Weight.Bold))
        painter.drawText(
            QRectF(CARD_W - 68, 60, 60, 20),
            RIGHT_MIDDLE,
            str(info.readiness),
        )
    _paint_readiness_bar(painter, info.readiness, info.band, QRectF(8, CARD_H - 11, CARD_W - 16, 6))

    if sub_label:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SUB_BAND)
        band_rect = QRectF(2, CARD_H * 0.55, CARD_W - 4, CARD_H * 0.45 - 2)
        painter.drawRoundedRect(band_rect, 9, 9)
        painter.setPen(QColor("white"))
        painter.setFont(_fitting_font(sub_label, band_rect.width() - 10, (19, 17, 15, 13)))
        painter.drawText(band_rect, Qt.AlignmentFlag.AlignCenter, sub_label)
    if target or selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(TARGET_EDGE if target else SELECTED_EDGE, 5))
        painter.drawRoundedRect(QRectF(3, 3, CARD_W - 6, CARD_H - 6), 9, 9)
    painter.restore()


def paint_empty_slot(painter: QPainter, slot: str, *, selected: bool, target: bool) -> None:
    """An empty place in the XI: a dashed outline with the slot's name."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = TARGET_EDGE if target else (SELECTED_EDGE if selected else QColor(255, 255, 255, 220))
    pen = QPen(colour, 5 if (target or selected) else 3, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QColor(255, 255, 255, 60 if target else 28))
    painter.drawRoundedRect(QRectF(4, 4, CARD_W - 8, CARD_H - 8), 9, 9)
    painter.setPen(QColor("white"))
    painter.setFont(_font(26, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 0, CARD_W, CARD_H), Qt.AlignmentFlag.AlignCenter, slot)
    painter.restore()


def minutes_text(info: CardInfo) -> str:
    """ "90'", or "60' ↓" for a starter planned to go off, "30' ↑" for one coming on."""
    arrow = {"on": " ↑", "off": " ↓"}.get(info.sub, "")
    return f"{info.minutes}'{arrow}"


def paint_status_icon(painter: QPainter, status: Status, rect: QRectF) -> None:
    """A small glyph whose shape, not only its colour, tells the status."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = rect
    if status is Status.INJURED:  # a medical cross
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#C62828"))
        painter.drawRoundedRect(r, 3, 3)
        painter.setBrush(QColor("white"))
        w = r.width() / 4
        painter.drawRect(QRectF(r.center().x() - w / 2, r.top() + 3, w, r.height() - 6))
        painter.drawRect(QRectF(r.left() + 3, r.center().y() - w / 2, r.width() - 6, w))
    elif status is Status.SUSPENDED:  # a red card, tilted
        painter.translate(r.center())
        painter.rotate(12)
        painter.setPen(QPen(QColor("#5A0000"), 1))
        painter.setBrush(QColor("#D32F2F"))
        painter.drawRoundedRect(
            QRectF(-r.width() * 0.3, -r.height() / 2, r.width() * 0.6, r.height()), 2, 2
        )
    elif status is Status.DOUBTFUL:  # a question mark in an amber disc
        painter.setPen(QPen(QColor("#6D4C00"), 1))
        painter.setBrush(QColor("#F9A825"))
        painter.drawEllipse(r)
        painter.setPen(QColor("#17202A"))
        painter.setFont(_font(r.height() * 0.8, QFont.Weight.Black))
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "?")
    else:  # unavailable: a slashed circle
        painter.setPen(QPen(QColor("#455A64"), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = r.adjusted(1.5, 1.5, -1.5, -1.5)
        painter.drawEllipse(inner)
        painter.drawLine(inner.topRight() + QPointF(-3, 3), inner.bottomLeft() + QPointF(3, -3))
    painter.restore()


def paint_lock_icon(painter: QPainter, rect: QRectF) -> None:
    """A padlock: the staff locked this player for the suggestion."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = rect
    shackle = QRectF(r.left() + r.width() * 0.2, r.top(), r.width() * 0.6, r.height() * 0.75)
    painter.setPen(QPen(LOCK_COLOUR, max(2.0, r.width() * 0.16)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(shackle, 0, 180 * 16)
    top = shackle.center().y()
    painter.drawLine(QPointF(shackle.left(), top), QPointF(shackle.left(), top + r.height() * 0.1))
    painter.drawLine(
        QPointF(shackle.right(), top), QPointF(shackle.right(), top + r.height() * 0.1)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(LOCK_COLOUR)
    body = QRectF(r.left(), r.top() + r.height() * 0.45, r.width(), r.height() * 0.55)
    painter.drawRoundedRect(body, 2, 2)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(
        QPointF(body.center().x(), body.center().y()), r.width() * 0.1, r.width() * 0.1
    )
    painter.restore()


def _paint_out_of_position(painter: QPainter, natural: str, rect: QRectF) -> None:
    """A dashed orange badge with the position he really plays."""
    painter.setPen(QPen(OUT_OF_POSITION, 2, Qt.PenStyle.DashLine))
    painter.setBrush(QColor("#FFF3E0"))
    painter.drawRoundedRect(rect, 4, 4)
    painter.setPen(OUT_OF_POSITION)
    painter.setFont(_font(15, QFont.Weight.Bold))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, natural)


def _paint_readiness_bar(
    painter: QPainter, readiness: int | None, band: ReadinessBand | None, rect: QRectF
) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#DDE1E5"))
    painter.drawRoundedRect(rect, 2, 2)
    painter.setBrush(band_colour(band))
    filled = (
        rect
        if readiness is None
        else QRectF(
            rect.x(), rect.y(), rect.width() * max(0, min(readiness, 100)) / 100, rect.height()
        )
    )
    painter.drawRoundedRect(filled, 2, 2)


def _fitting_font(text: str, width: float, sizes: tuple[int, ...]) -> QFont:
    """Bold at the first of sizes at which text fits width (else the smallest)."""
    for pixels in sizes:
        font = _font(pixels, QFont.Weight.Bold)
        if QFontMetricsF(font).horizontalAdvance(text) <= width:
            break
    return font


def _font(pixels: float, weight: QFont.Weight) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setWeight(weight)
    return font


def card_pixmap(
    session: PlanSession,
    fixture_id: str,
    player_id: str,
    device_pixel_ratio: float = 1.0,
    width: float = 110.0,
) -> QPixmap:
    """The card of player_id as a pixmap width device-independent pixels wide (drag pixmaps)."""
    info = card_info(session, fixture_id, player_id)
    scale = width / CARD_W
    pixmap = QPixmap(
        round(CARD_W * scale * device_pixel_ratio), round(CARD_H * scale * device_pixel_ratio)
    )
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.scale(scale, scale)
    paint_card(painter, info)
    painter.end()
    return pixmap
