"""The substitution timeline under the pitch: planned changes as markers along 0-90'.

Drag a bench player onto it to plan a change (a menu asks who goes off), drag a marker to
move it, Delete removes the selected one; every edit is one undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from planner import Substitution
from ui.commands import PlanSubstitution, RemoveSubstitution
from ui.dnd import drag_origin, dragged_player
from ui.pitch.card import SELECTED_EDGE, TARGET_EDGE, on_palette
from ui.pitch.menus import change_menu
from ui.pitch.rules import sub_refusal
from ui.session import PlanSession

TICK_EVERY = 15


def tr(text: str) -> str:
    return QCoreApplication.translate("SubsTimeline", text)


class SubsTimeline(QWidget):
    """Planned substitutions of one fixture on a 0..match_minutes axis."""

    def __init__(self, session: PlanSession, fixture_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session, self.fixture_id = session, fixture_id
        self.setObjectName("subsTimeline")
        self.setAccessibleName(tr("Planned substitutions"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.selected: Substitution | None = None
        self.active_menu: QMenu | None = None
        self._moving: tuple[Substitution, float, float] | None = None  # sub, when, grab dx
        self._guide: float | None = None  # when a drop or a moved marker would land
        session.planChanged.connect(self._on_plan_changed)
        session.planReplaced.connect(self.update)

    def _fixture_exists(self) -> bool:
        return any(f.id == self.fixture_id for f in self.session.plan.fixtures)

    # -- geometry --------------------------------------------------------------------------
    @property
    def match_minutes(self) -> int:
        return self.session.plan.fixture(self.fixture_id).rules.match_minutes

    def _axis(self) -> tuple[float, float, float]:
        """(left x, right x, axis y) in widget pixels."""
        fm = self.fontMetrics()
        left = fm.horizontalAdvance(tr("Subs")) + 20
        return left, self.width() - 18, self.height() - fm.height() - 8

    def minute_x(self, minute: float) -> int:
        """The x pixel of a minute on the axis."""
        left, right, _ = self._axis()
        return round(left + (right - left) * minute / self.match_minutes)

    @property
    def half_time(self) -> float:
        """Where half-time sits on the axis: between minutes 45 and 46 of a 90-minute game."""
        return self.match_minutes // 2 + 0.5

    def when_at(self, x: float) -> float:
        """The whole minute at pixel x, or half_time over the half-time band."""
        half = self.match_minutes // 2
        if self.minute_x(half) < x < self.minute_x(half + 1):
            return self.half_time
        return self.minute_at(x)

    def when_text(self, when: float) -> str:
        """ "60'" or "half-time"."""
        return tr("half-time") if when == self.half_time else f"{int(when)}'"

    def minute_at(self, x: float) -> int:
        """The whole minute at pixel x, kept inside the match (1 .. match_minutes-1)."""
        left, right, _ = self._axis()
        minute = round((x - left) / max(right - left, 1) * self.match_minutes)
        return max(1, min(self.match_minutes - 1, minute))

    def substitutions(self) -> list[Substitution]:
        return list(self.session.plan.lineup(self.fixture_id).substitutions)

    def marker_rects(self) -> list[tuple[Substitution, QRect]]:
        """Each planned change with the rectangle of its marker (changes at one minute side
        by side, left to right, each with a pin down to its minute)."""
        fm = QFontMetrics(self._marker_font())
        _, axis_right, axis_y = self._axis()
        height = 2 * fm.height() + 6
        top = round(axis_y - 10 - height)
        placed: list[tuple[Substitution, QRect]] = []
        edge = -1e9
        for sub in sorted(self.substitutions(), key=lambda s: (self._shown_minute(s), s.on)):
            width = max(fm.horizontalAdvance(t) for t in self._marker_lines(sub)) + 14
            x = max(self.minute_x(self._shown_minute(sub)) - width / 2, edge + 4)
            placed.append((sub, QRect(round(x), top, width, height)))
            edge = x + width
        overflow = edge - axis_right
        if overflow > 0:  # keep the last markers on screen, squeezing left
            placed = [(s, r.translated(-round(overflow), 0)) for s, r in placed]
        return placed

    def marker_rect(self, sub: Substitution) -> QRect:
        return next(r for s, r in self.marker_rects() if s == sub)

    def _shown_minute(self, sub: Substitution) -> float:
        if self._moving and self._moving[0] == sub:
            return self._moving[1]
        return self.half_time if sub.half_time else sub.minute

    def _marker_lines(self, sub: Substitution) -> tuple[str, str]:
        plan = self.session.plan
        return "↑ " + plan.player(sub.on).surname, "↓ " + plan.player(sub.off).surname

    def _marker_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.95)
        return font

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(400, 3 * fm.height() + 2 * QFontMetrics(self._marker_font()).height() + 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if not self._fixture_exists():
            return  # the fixture is gone; the shell is closing this tab
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        left, right, axis_y = self._axis()
        fm = self.fontMetrics()
        painter.setPen(text)
        painter.drawText(
            QRectF(4, axis_y - fm.height() / 2, left - 8, fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            tr("Subs"),
        )
        half = self.match_minutes // 2
        ht = QRectF(
            self.minute_x(half),
            axis_y - 6,
            max(self.minute_x(half + 1) - self.minute_x(half), 3),
            12,
        )
        painter.fillRect(ht, pal.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(text, 1.5))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        labels = [(m, f"{m}'") for m in range(0, self.match_minutes + 1, TICK_EVERY) if m != half]
        labels.append((half + 0.5, tr("HT")))
        for minute, label in labels:
            x = self.minute_x(minute)
            painter.drawLine(QPointF(x, axis_y - 4), QPointF(x, axis_y + 4))
            rect = QRectF(x - 30, axis_y + 5, 60, fm.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        if self._guide is not None:
            x = self.minute_x(self._guide)
            painter.setPen(QPen(SELECTED_EDGE, 2))
            painter.drawLine(QPointF(x, 2), QPointF(x, axis_y))
            label = tr("HT") if self._guide == self.half_time else f"{int(self._guide)}'"
            painter.drawText(QRectF(x + 4, 2, 60, fm.height()), label)
        self._paint_markers(painter, axis_y)
        if not self.substitutions() and self._guide is None:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(left, 0, right - left, axis_y - 8),
                Qt.AlignmentFlag.AlignCenter,
                tr("No changes planned: drag a bench player here, or onto a starter's card"),
            )
        if self.hasFocus():
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _paint_markers(self, painter: QPainter, axis_y: float) -> None:
        pal = self.palette()
        font = self._marker_font()
        painter.setFont(font)
        fm = QFontMetrics(font)
        for sub, rect in self.marker_rects():
            x = self.minute_x(self._shown_minute(sub))
            selected = sub == self.selected
            edge = SELECTED_EDGE if selected else pal.color(QPalette.ColorRole.Mid)
            painter.setPen(QPen(edge, 2.5 if selected else 1.2))
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, axis_y))
            painter.drawLine(QPointF(rect.center().x(), rect.bottom()), QPointF(x, rect.bottom()))
            painter.setBrush(pal.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(QRectF(rect), 5, 5)
            painter.setBrush(TARGET_EDGE if self._moving and self._moving[0] == sub else edge)
            painter.drawEllipse(QPointF(x, axis_y), 4, 4)
            on, off = self._marker_lines(sub)
            line = QRect(rect.left() + 7, rect.top() + 3, rect.width() - 10, fm.height())
            painter.setPen(on_palette(pal, "#2E7D32", "#81C784"))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, on)
            painter.setPen(on_palette(pal, "#C62828", "#EF9A9A"))
            painter.drawText(line.translated(0, fm.height()), Qt.AlignmentFlag.AlignLeft, off)

    # -- plan edits ------------------------------------------------------------------------
    def plan_change_at(
        self, minute: int, on_id: str, off_id: str, *, half_time: bool = False
    ) -> bool:
        """Plan on_id on for off_id at minute (or at half-time); False (and the reason in the
        status bar) if the rules refuse it."""
        refusal = sub_refusal(self.session.plan, self.fixture_id, on_id, off_id)
        if refusal:
            self.session.statusMessage.emit(refusal)
            return False
        minute = max(1, min(self.match_minutes - 1, minute))
        command = PlanSubstitution(
            self.session.plan, self.fixture_id, minute, off_id, on_id, half_time=half_time
        )
        return self.session.push(command)

    def move_substitution(self, sub: Substitution, when: float) -> bool:
        """Move a planned change to minute when, or to half_time (one undoable step)."""
        half_time = when == self.half_time
        minute = self.match_minutes // 2 if half_time else int(when)
        minute = max(1, min(self.match_minutes - 1, minute))
        if (minute, half_time) == (sub.minute, sub.half_time):
            return False
        command = PlanSubstitution(
            self.session.plan,
            self.fixture_id,
            minute,
            sub.off,
            sub.on,
            half_time=half_time,
            replacing=sub,
        )
        self.selected = Substitution(minute, sub.off, sub.on, half_time)
        return self.session.push(command)

    def remove_selected(self) -> bool:
        if self.selected not in self.substitutions():
            return False
        sub, self.selected = self.selected, None
        return self.session.push(RemoveSubstitution(self.session.plan, self.fixture_id, sub))

    def select_substitution(self, sub: Substitution | None) -> None:
        self.selected = sub
        self.update()

    # -- mouse and keys --------------------------------------------------------------------
    def _marker_at(self, pos: QPoint) -> tuple[Substitution, QRect] | None:
        for sub, rect in reversed(self.marker_rects()):
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                return sub, rect
        return None

    def mousePressEvent(self, event) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self._marker_at(event.position().toPoint())
        self.selected = hit[0] if hit else None
        if hit and event.button() == Qt.MouseButton.LeftButton:
            sub = hit[0]
            grab = event.position().x() - self.minute_x(self._shown_minute(sub))
            self._moving = (sub, self._shown_minute(sub), grab)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseMoveEvent(self, event) -> None:
        if self._moving is None:
            return
        sub, _, grab = self._moving
        when = self.when_at(event.position().x() - grab)
        self._moving, self._guide = (sub, when, grab), when
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._moving is None:
            return
        sub, when, _ = self._moving
        self._moving, self._guide = None, None
        self.unsetCursor()
        self.move_substitution(sub, when)
        self.update()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.remove_selected()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.selected:
            step = 1 if key == Qt.Key.Key_Right else -1
            self.move_substitution(self.selected, self.selected.minute + step)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        markers = [s for s, _ in self.marker_rects()]
        if self.selected is None and markers:
            forward = event.reason() != Qt.FocusReason.BacktabFocusReason
            self.select_substitution(markers[0] if forward else markers[-1])

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def _tab_key(self, forward: bool) -> bool:
        """Tab / Shift+Tab walk the markers left to right, then leave the timeline."""
        markers = [s for s, _ in self.marker_rects()]
        if self.selected in markers:
            index = markers.index(self.selected) + (1 if forward else -1)
            if 0 <= index < len(markers):
                self.select_substitution(markers[index])
                return True
        self.select_substitution(None)
        return self.focusNextPrevChild(forward)

    def event(self, event) -> bool:
        if event.type() == event.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            return self._tab_key(event.key() == Qt.Key.Key_Tab and not shift)
        if event.type() == event.Type.ToolTip:
            hit = self._marker_at(event.pos())
            if hit:
                QToolTip.showText(event.globalPos(), self.marker_tooltip(hit[0]), self, hit[1])
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def marker_tooltip(self, sub: Substitution) -> str:
        """What a marker says when hovered: minute, who comes on, who goes off, how to edit."""
        plan = self.session.plan
        when = self.when_text(self._shown_minute(sub))
        return tr("{0}: {1} on for {2}.\nDrag to move it, Delete to remove it.").format(
            when, plan.player(sub.on).name, plan.player(sub.off).name
        )

    # -- drops from the bench --------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        self._judge(event)

    def dragMoveEvent(self, event) -> None:
        self._judge(event)

    def dragLeaveEvent(self, event) -> None:
        self._guide = None
        self.update()

    def dropEvent(self, event) -> None:
        if not self._judge(event):
            return
        when, self._guide = self._guide, None
        self.update()
        half_time = when == self.half_time
        minute = self.match_minutes // 2 if half_time else int(when)

        def plan_change(on_id: str, off_id: str) -> bool:
            return self.plan_change_at(minute, on_id, off_id, half_time=half_time)

        player_id = dragged_player(event.mimeData())
        menu = change_menu(
            self.session, self.fixture_id, self.when_text(when), player_id, plan_change, self
        )
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_menu = menu
        menu.popup(self.mapToGlobal(event.position().toPoint()))

    def _judge(self, event) -> bool:
        player_id = dragged_player(event.mimeData())
        fixture, place = drag_origin(event.mimeData())
        if player_id is None:
            event.ignore()
            return False
        if fixture != self.fixture_id or place is None:
            event.ignore()
            if event.type() == event.Type.DragEnter:
                self.session.statusMessage.emit(
                    tr("Drag a bench player or a starter of this match here to plan a change.")
                )
            return False
        self._guide = self.when_at(event.position().x())
        self.update()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        return True

    def _on_plan_changed(self, change) -> None:
        if change.fixture_id in (None, self.fixture_id) and self._fixture_exists():
            if self.selected not in self.substitutions():
                self.selected = None
            self.update()
