"""The substitution timeline under the pitch: planned changes as markers along 0-90' (to
120' for a tie that can go to extra time).

Drag a bench player onto it to plan a change (a menu asks who goes off), drag a marker to
move it, Enter (or its right-click menu) edits its minute, stoppage time ("90+3") and whether
it is a concussion substitute, Delete removes it; every edit is one undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from planner import ChangeKind, PlanChange, Substitution
from planner.rules import last_minute
from ui.commands import PlanSubstitution, RemoveSubstitution
from ui.dnd import drag_origin, dragged_player
from ui.pitch.menus import change_menu
from ui.pitch.rules import sub_refusal
from ui.pitch.timeline_paint import paint_timeline
from ui.session import PlanSession


def tr(text: str) -> str:
    return QCoreApplication.translate("SubsTimeline", text)


class SubsTimeline(QWidget):
    """Planned substitutions of one fixture on a 0..last minute axis (90, or 120 with extra
    time)."""

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
        self.guide: float | None = None  # when a drop or a moved marker would land
        self._shown: tuple[list[Substitution], Substitution | None] | None = None
        session.planChanged.connect(self._on_plan_changed)
        session.planReplaced.connect(self.update)

    def _fixture_exists(self) -> bool:
        return any(f.id == self.fixture_id for f in self.session.plan.fixtures)

    # -- geometry --------------------------------------------------------------------------
    @property
    def match_minutes(self) -> int:
        """The length of normal time (90): half-time sits in its middle."""
        return self.session.plan.fixture(self.fixture_id).rules.match_minutes

    @property
    def last_minute(self) -> int:
        """The end of the axis: the match, and its extra time when the tie can go to it."""
        return last_minute(self.session.plan.fixture(self.fixture_id).rules)

    def axis(self) -> tuple[float, float, float]:
        """(left x, right x, axis y) in widget pixels."""
        fm = self.fontMetrics()
        left = fm.horizontalAdvance(tr("Subs")) + 20
        return left, self.width() - 18, self.height() - fm.height() - 8

    def minute_x(self, minute: float) -> int:
        """The x pixel of a minute on the axis."""
        left, right, _ = self.axis()
        return round(left + (right - left) * minute / self.last_minute)

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
        """The whole minute at pixel x, kept inside the match (1 .. last minute - 1)."""
        left, right, _ = self.axis()
        return self.inside(round((x - left) / max(right - left, 1) * self.last_minute))

    def inside(self, minute: int) -> int:
        """minute kept inside the match: 1 .. last minute - 1."""
        return max(1, min(self.last_minute - 1, minute))

    @property
    def moving(self) -> Substitution | None:
        """The change whose marker is being dragged along the axis, if any."""
        return self._moving[0] if self._moving else None

    def substitutions(self) -> list[Substitution]:
        return list(self.session.plan.lineup(self.fixture_id).substitutions)

    def marker_rects(self) -> list[tuple[Substitution, QRect]]:
        """Each planned change with the rectangle of its marker: changes at one minute side
        by side, the group centred over its minute, groups pushed apart if they would meet."""
        fm = QFontMetrics(self.marker_font())
        _, axis_right, axis_y = self.axis()
        height = 2 * fm.height() + 6
        top = round(axis_y - 10 - height)
        groups: dict[tuple[float, int], list[Substitution]] = {}
        for sub in sorted(self.substitutions(), key=lambda s: (self.marker_group(s), s.on)):
            groups.setdefault(self.marker_group(sub), []).append(sub)
        placed: list[tuple[Substitution, QRect]] = []
        edge = -1e9
        for (when, _), subs in groups.items():
            widths = [max(fm.horizontalAdvance(t) for t in self.marker_lines(s)) + 14 for s in subs]
            total = sum(widths) + 4 * (len(subs) - 1)
            x = max(self.minute_x(when) - total / 2, edge + 4)
            for sub, width in zip(subs, widths, strict=True):
                placed.append((sub, QRect(round(x), top, width, height)))
                x += width + 4
            edge = x - 4
        overflow = edge - axis_right
        if overflow > 0:  # keep the last markers on screen, squeezing left
            placed = [(s, r.translated(-round(overflow), 0)) for s, r in placed]
        return placed

    def marker_rect(self, sub: Substitution) -> QRect:
        return next(r for s, r in self.marker_rects() if s == sub)

    def shown_minute(self, sub: Substitution) -> float:
        return self.marker_group(sub)[0]

    def marker_group(self, sub: Substitution) -> tuple[float, int]:
        """Where a marker sits: its minute on the axis and its stoppage time (changes at 90'
        and at 90+3 are two groups over one minute); a moved marker has no stoppage time."""
        if self._moving and self._moving[0] == sub:
            return self._moving[1], 0
        return (self.half_time, 0) if sub.half_time else (sub.minute, sub.added)

    def group_text(self, group: tuple[float, int]) -> str:
        """A group's minute as the clock shows it: "60'", "90+3'", "half-time"."""
        when, added = group
        return f"{int(when)}+{added}'" if added else self.when_text(when)

    def marker_lines(self, sub: Substitution) -> tuple[str, str]:
        plan = self.session.plan
        concussion = " ✚" if sub.concussion else ""
        return "↑ " + plan.player(sub.on).surname + concussion, "↓ " + plan.player(sub.off).surname

    def marker_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.95)
        return font

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(400, 3 * fm.height() + 2 * QFontMetrics(self.marker_font()).height() + 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if self._fixture_exists():  # else the fixture is gone and the shell closes this tab
            paint_timeline(self, QPainter(self))

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
        command = PlanSubstitution(
            self.session.plan,
            self.fixture_id,
            self.inside(minute),
            off_id,
            on_id,
            half_time=half_time,
        )
        return self.session.push(command)

    def move_substitution(self, sub: Substitution, when: float) -> bool:
        """Move a planned change to minute when, or to half_time (one undoable step)."""
        half_time = when == self.half_time
        minute = self.match_minutes // 2 if half_time else self.inside(int(when))
        return self.change_substitution(
            sub, Substitution(minute, sub.off, sub.on, half_time, 0, sub.concussion)
        )

    def change_substitution(self, sub: Substitution, changed: Substitution) -> bool:
        """Replace a planned change by changed (another minute, stoppage time, concussion) in
        one undoable step; False when nothing changes or the rules refuse it."""
        if changed == sub:
            return False
        command = PlanSubstitution(
            self.session.plan,
            self.fixture_id,
            changed.minute,
            sub.off,
            sub.on,
            half_time=changed.half_time,
            added=changed.added,
            concussion=changed.concussion,
            replacing=sub,
        )
        moved = self.session.push(command)
        if moved:  # the moved change stays selected (the push cleared the old one)
            self.selected = changed
            self._shown = (self.substitutions(), self.selected)
            self.update()
        return moved

    def edit_selected(self) -> bool:
        """Ask for the selected change's minute, stoppage time and concussion mark."""
        from ui.pitch.sub_edit import SubstitutionEditor

        sub = self.selected
        if sub not in self.substitutions():
            return False
        editor = SubstitutionEditor(self.session.plan, self.fixture_id, sub, self)
        if not editor.exec():
            return False
        return self.change_substitution(sub, editor.substitution())

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
            grab = event.position().x() - self.minute_x(self.shown_minute(sub))
            self._moving = (sub, self.shown_minute(sub), grab)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseMoveEvent(self, event) -> None:
        if self._moving is None:
            return
        sub, _, grab = self._moving
        when = self.when_at(event.position().x() - grab)
        self._moving, self.guide = (sub, when, grab), when
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._moving is None:
            return
        sub, when, _ = self._moving
        self._moving, self.guide = None, None
        self.unsetCursor()
        self.move_substitution(sub, when)
        self.update()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.remove_selected()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.edit_selected()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.selected:
            step = 1 if key == Qt.Key.Key_Right else -1
            self.move_substitution(self.selected, self.selected.minute + step)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        hit = self._marker_at(event.pos())
        if hit is None:
            return
        self.select_substitution(hit[0])
        menu = QMenu(self)
        menu.setObjectName("markerMenu")
        menu.addAction(tr("Edit minute…"), self.edit_selected).setShortcut(Qt.Key.Key_Return)
        menu.addAction(tr("Remove change"), self.remove_selected).setShortcut(Qt.Key.Key_Delete)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_menu = menu
        menu.popup(event.globalPos())

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
        when = self.group_text(self.marker_group(sub))
        text = tr("{0}: {1} on for {2}.").format(
            when, plan.player(sub.on).name, plan.player(sub.off).name
        )
        if sub.concussion:
            text += "\n" + tr("Concussion substitute: outside the count of changes and windows.")
        return text + "\n" + tr("Drag to move it, Enter to edit its minute, Delete to remove it.")

    # -- drops from the bench --------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        self._judge(event)

    def dragMoveEvent(self, event) -> None:
        self._judge(event)

    def dragLeaveEvent(self, event) -> None:
        self.guide = None
        self.update()

    def dropEvent(self, event) -> None:
        if not self._judge(event):
            return
        when, self.guide = self.guide, None
        self.update()
        player_id = dragged_player(event.mimeData())
        if when is None or player_id is None:  # _judge accepted: both are known
            return
        half_time = when == self.half_time
        minute = self.match_minutes // 2 if half_time else int(when)

        def plan_change(on_id: str, off_id: str) -> bool:
            return self.plan_change_at(minute, on_id, off_id, half_time=half_time)

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
        self.guide = self.when_at(event.position().x())
        self.update()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        return True

    def _on_plan_changed(self, change: PlanChange) -> None:
        if change.fixture_id in (None, self.fixture_id) and self._fixture_exists():
            subs = self.substitutions()
            if self.selected not in subs:
                self.selected = None
            shown = (subs, self.selected)
            if change.kind is ChangeKind.LINEUP and shown == self._shown:
                return  # a lineup edit that left the changes alone: the timeline looks the same
            self._shown = shown
            self.update()
