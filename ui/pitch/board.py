"""What the pitch and the bench share: card items, selection and Tab, dragging cards out,
deciding drops (highlight, forbidden cursor, reason in the status bar), menus and Delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QDrag, QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView, QMenu

from planner import BENCH, PlanChange
from ui.commands import PlanCommand, UnassignPlayer
from ui.dnd import drag_origin, dragged_player, player_mime_data
from ui.pitch.card import CARD_H, CARD_W, card_pixmap, paint_card, paint_empty_slot
from ui.pitch.facts import CardInfo, card_info
from ui.pitch.menus import lineup_menu, slot_menu
from ui.pitch.slot_picker import slot_picker
from ui.session import PlanSession


def tr(text: str) -> str:
    return QCoreApplication.translate("CardBoard", text)


class CardItem(QGraphicsItem):
    """One card (or an empty slot) in a scene; its origin is the card's centre."""

    def __init__(self, place: str, slot_label: str = "") -> None:
        super().__init__()
        self.place = place  # slot name or BENCH
        self.slot_label = slot_label
        self.info: CardInfo | None = None
        self.selected = self.target = False
        self.sub_label = ""
        # a card whose neighbour repaints is blitted from its pixmap, not painted again
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def player_id(self) -> str | None:
        return self.info.player_id if self.info else None

    def display(self, info: CardInfo | None) -> None:
        """Show info (None: an empty slot); repaint only when something changed."""
        if info != self.info:
            self.info = info
            self.setToolTip(info.tooltip if info else self.slot_label)
            self.update()

    def mark(self, *, selected: bool | None = None, target: bool | None = None, sub_label=None):
        """Change the selection / drop-target look, repainting only on a change."""
        state = (self.selected, self.target, self.sub_label)
        if selected is not None:
            self.selected = selected
        if target is not None:
            self.target = target
        if sub_label is not None:
            self.sub_label = sub_label
        if state != (self.selected, self.target, self.sub_label):
            self.setZValue(1 if (self.selected or self.target) else 0)
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.translate(-CARD_W / 2, -CARD_H / 2)
        if self.info is None:
            paint_empty_slot(painter, self.slot_label, selected=self.selected, target=self.target)
        else:
            paint_card(
                painter,
                self.info,
                selected=self.selected,
                target=self.target,
                sub_label=self.sub_label,
            )


@dataclass
class Drop:
    """What a drop at some point would do: the card to highlight, why it is refused (None when
    allowed), the edit to make (a function returning the command to push; None: nothing to
    drop on here), the "sub on" label to show on the card and what the drop would do, for the
    status bar."""

    card: CardItem | None
    refusal: str | None
    command: Callable[[], PlanCommand] | None = None
    sub_label: str = ""
    hint: str = ""


class CardBoard(QGraphicsView):
    """A view of card items for one fixture. Subclasses lay the cards out (refresh) and say
    what a drop would do (drop_at)."""

    def __init__(self, session: PlanSession, fixture_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session, self.fixture_id = session, fixture_id
        self.setScene(QGraphicsScene(self))
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.cards: list[CardItem] = []
        self.selected: CardItem | None = None
        self.active_menu: QMenu | None = None
        self._press: tuple[QPoint, CardItem] | None = None
        self._last_drop: tuple[CardItem | None, str | None, str, str] | None = None
        self._stale = False
        session.planChanged.connect(self._on_plan_changed)
        session.planReplaced.connect(self._on_plan_replaced)

    # -- to implement ----------------------------------------------------------------------
    def refresh(self) -> None:
        raise NotImplementedError

    def drop_at(self, pos: QPoint, player_id: str, origin: str | None) -> Drop | None:
        """The drop of player_id (dragged from origin: slot, BENCH, or None) at viewport pos;
        one without a command where a drop does nothing (background), with a hint saying where
        a drop would land; None where there is nothing to say."""
        raise NotImplementedError

    # -- shared helpers --------------------------------------------------------------------
    def show_player(self, card: CardItem, player_id: str | None) -> None:
        if player_id is None:
            card.display(None)
            return
        card.display(card_info(self.session, self.fixture_id, player_id))

    def card_at(self, pos: QPoint) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def card_of(self, player_id: str) -> CardItem | None:
        self.catch_up()
        return next((c for c in self.cards if c.player_id == player_id), None)

    def select(self, card: CardItem | None) -> None:
        """Make card the selected one (None: no selection) and scroll it into view."""
        if self.selected is not None and self.selected is not card:
            self.selected.mark(selected=False)
        self.selected = card
        if card is not None:
            card.mark(selected=True)
            self.ensureVisible(card, 4, 4)

    def card_width_px(self) -> float:
        """How wide a card currently looks on screen, in device-independent pixels."""
        return CARD_W * self.transform().m11() * (self.cards[0].scale() if self.cards else 1)

    def fixture_exists(self) -> bool:
        """False once the fixture is gone (removed, or another plan opened): the shell closes
        the tab; until then it shows what it showed."""
        return any(f.id == self.fixture_id for f in self.session.plan.fixtures)

    def _on_plan_replaced(self) -> None:
        if self.fixture_exists():
            self.refresh()

    def _on_plan_changed(self, change: PlanChange) -> None:
        if not self.fixture_exists():
            return
        if self.isVisible():
            self.refresh()  # readiness here depends on every fixture, so any edit may matter
        else:
            self._stale = True  # a hidden tab catches up when it is shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.catch_up()

    def catch_up(self) -> None:
        """Refresh now if edits arrived while the view was hidden."""
        if self._stale:
            self._stale = False
            self.refresh()

    def _push(self, command: PlanCommand) -> None:
        self.session.push(command)

    def _drops_blocked(self) -> str | None:
        """Why no drop can land here now: the fixture is gone or played, or a long task holds
        the plan."""
        if not self.fixture_exists():
            return tr("This fixture has been removed: nothing was changed.")
        if self.session.plan.is_played(self.fixture_id):
            return played_refusal()
        if self.session.busy:
            return tr("Wait until {0} has finished: nothing was changed.").format(self.session.busy)
        return None

    # -- keyboard --------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._tab_key(cast(QKeyEvent, event)):
            return True
        return super().event(event)

    def _tab_key(self, event: QKeyEvent) -> bool:
        """Tab / Shift+Tab walk the cards, then leave the view at either end."""
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        order = self.cards
        if self.selected in order:
            index = order.index(self.selected) + (1 if forward else -1)
            if 0 <= index < len(order):
                self.select(order[index])
                return True
        self.select(None)
        return self.focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.selected is None and self.cards:
            reason = event.reason()
            if reason == Qt.FocusReason.TabFocusReason:
                self.select(self.cards[0])
            elif reason == Qt.FocusReason.BacktabFocusReason:
                self.select(self.cards[-1])

    def _refuse_if_played(self) -> bool:
        """On a played fixture's tab, say why nothing can be edited here (True)."""
        if not self.session.plan.is_played(self.fixture_id):
            return False
        self.session.statusMessage.emit(played_refusal())
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        card = self.selected
        editing = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter}
        editing |= {Qt.Key.Key_Menu, Qt.Key.Key_F10}
        if key in editing and card is not None and self._refuse_if_played():
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and card and card.player_id:
            self._push(UnassignPlayer(self.session.plan, self.fixture_id, card.player_id))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and card is not None:
            where = self.mapFromScene(card.pos())
            if card.player_id is None:
                self.open_menu(card, where)
            else:
                menu = slot_picker(self.session, self.fixture_id, card.player_id, self)
                self._popup(menu, where)
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier
        ):
            if card is not None:
                self.open_menu(card, self.mapFromScene(card.pos()))
        else:
            super().keyPressEvent(event)

    # -- context menu ----------------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:
        card = self.card_at(event.pos()) if event.reason() == event.Reason.Mouse else self.selected
        if card is None or self._refuse_if_played():
            return
        self.select(card)
        self.open_menu(
            card,
            event.pos() if event.reason() == event.Reason.Mouse else self.mapFromScene(card.pos()),
        )

    def open_menu(self, card: CardItem, pos: QPoint) -> QMenu | None:
        """Pop up card's menu at viewport pos (kept in active_menu): the lineup menu of its
        player, or who could start in an empty slot."""
        if card.player_id is not None:
            menu = lineup_menu(self.session, self.fixture_id, card.player_id, self)
        elif card.place != BENCH:
            menu = slot_menu(self.session, self.fixture_id, card.place, self)
        else:
            return None
        self._popup(menu, pos)
        return menu

    def _popup(self, menu: QMenu, pos: QPoint) -> None:
        """Show menu at viewport pos, kept in active_menu until it closes."""
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_menu = menu
        menu.popup(self.viewport().mapToGlobal(pos))

    # -- dragging a card out ---------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        card = self.card_at(event.position().toPoint())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(card)
        if event.button() == Qt.MouseButton.LeftButton and card and card.player_id:
            self._press = (event.position().toPoint(), card)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        card = self.card_at(event.position().toPoint())
        if card is not None and card.player_id is not None:
            self.session.playerEditRequested.emit(card.player_id)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._press is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            return super().mouseMoveEvent(event)
        start, card = self._press
        if (
            event.position().toPoint() - start
        ).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        self._start_drag(card, event.position().toPoint())

    def mouseReleaseEvent(self, event) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def _start_drag(self, card: CardItem, pos: QPoint) -> None:
        player_id = card.player_id
        if player_id is None or self._refuse_if_played():
            return  # an empty slot, or a played fixture: nothing to drag
        drag = QDrag(self)
        drag.setMimeData(player_mime_data(player_id, self.fixture_id, card.place))
        dpr = self.devicePixelRatioF()
        pixmap = card_pixmap(self.session, self.fixture_id, player_id, dpr, self.card_width_px())
        drag.setPixmap(pixmap)
        centre = self.mapFromScene(card.pos())
        size = QPointF(pixmap.width(), pixmap.height()) / dpr / 2
        drag.setHotSpot((QPointF(pos - centre) + size).toPoint())
        card.setOpacity(0.35)  # the card is "in the hand" until the drop
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            card.setOpacity(1.0)

    # -- dropping --------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if dragged_player(event.mimeData()) is None:
            if not event.mimeData().hasUrls():  # files go on to the window, which opens them
                self.session.statusMessage.emit(
                    tr("Only players can be dropped here: drag one from the squad list.")
                )
            event.ignore()
            return
        self._judge(event)
        # Accept the drag as a whole whatever lies under the pointer now (grass, the dragged
        # card itself): a refused enter gets no more move events for the rest of the drag.
        # Each position is judged on move, and the drop again.
        event.accept()

    def dragMoveEvent(self, event) -> None:
        self._judge(event)

    def dragLeaveEvent(self, event) -> None:
        self._show_drop(None)

    def dropEvent(self, event) -> None:
        drop = self._judge(event)
        self._show_drop(None)
        if drop is None or drop.refusal or drop.command is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._push(drop.command())

    def _judge(self, event) -> Drop | None:
        """Decide the drop under the cursor: highlight, accept or refuse with a reason."""
        player_id = dragged_player(event.mimeData())
        fixture, place = drag_origin(event.mimeData())
        origin = place if fixture == self.fixture_id else None
        blocked = self._drops_blocked()
        if player_id is None:
            drop = None
        elif blocked:
            drop = Drop(None, blocked)
        else:
            drop = self.drop_at(event.position().toPoint(), player_id, origin)
        self._show_drop(drop)
        if drop is None or drop.refusal or drop.command is None:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        return drop

    def _show_drop(self, drop: Drop | None) -> None:
        key = None if drop is None else (drop.card, drop.refusal, drop.sub_label, drop.hint)
        if key == self._last_drop:
            return
        self._last_drop = key
        for card in self.cards:
            valid = drop is not None and drop.card is card and drop.command and not drop.refusal
            card.mark(target=valid, sub_label=drop.sub_label if drop is not None and valid else "")
        self.viewport().update()
        if drop is not None and (drop.refusal or drop.hint):
            self.session.statusMessage.emit(drop.refusal or drop.hint)


def played_refusal() -> str:
    """Why a played fixture's lineup cannot be edited, and what to do."""
    return tr("Played: reopen it to edit (Plan > Reopen fixture). Nothing was changed.")
