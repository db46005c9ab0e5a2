"""The pitch of one fixture: a card per slot of the formation, drops to start players."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from planner import BENCH
from planner.formations import formation
from planner.rules import default_sub_minute
from ui.commands import AssignPlayer, PlanSubstitution
from ui.pitch.board import CardBoard, CardItem, Drop
from ui.pitch.card import CARD_H, CARD_W
from ui.pitch.drop_hints import grass_hint, start_hint, sub_hint
from ui.pitch.facts import shown_lineup
from ui.pitch.markings import SCENE_RECT, paint_pitch, to_scene
from ui.pitch.rules import start_refusal, sub_refusal
from ui.pitch.spread import fit_cards
from ui.wording import position_text

CARD_METRES = 13.0  # a card's width on the pitch, in metres, when the pitch is large enough
MIN_CARD_PX = 80.0  # ... and never narrower than this on screen, so it stays readable
SUB_ZONE = 0.55  # dropping a bench player on the lower part of a starter's card subs him on


def tr(text: str) -> str:
    return QCoreApplication.translate("PitchView", text)


class PitchView(CardBoard):
    """The pitch, drawn to proportion, scaled to fit; cards stand at the formation's places."""

    cardsFitted = Signal()  # the cards took a new size (the bench follows it)

    def __init__(self, session, fixture_id: str, parent=None) -> None:
        super().__init__(session, fixture_id, parent)
        self.setObjectName("pitchView")
        self.setAccessibleName(tr("Starting eleven on the pitch"))
        self.setSceneRect(SCENE_RECT)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMinimumSize(200, 280)
        self._formation = ""
        self._slots: dict[str, CardItem] = {}
        self._sized = False  # cards are fitted to the zoom from the first resize on
        self.refresh()

    # -- public ----------------------------------------------------------------------------
    def slot_position(self, slot: str) -> QPoint:
        """The centre of slot's card in viewport coordinates."""
        return self.mapFromScene(self._slots[slot].pos())

    def sub_drop_position(self, slot: str) -> QPoint:
        """A point in the "sub on" part of slot's card (lower part), in viewport coordinates."""
        card = self._slots[slot]
        return self.mapFromScene(card.mapToScene(QPointF(0, CARD_H * 0.32)))

    def slot_card(self, slot: str) -> CardItem:
        return self._slots[slot]

    def select_slot(self, slot: str) -> None:
        self.select(self._slots.get(slot))

    def refresh(self) -> None:
        """Bring every card in line with the plan (repaints only cards that changed)."""
        lineup = shown_lineup(self.session.plan, self.fixture_id)
        if lineup.formation != self._formation:
            self._build(lineup.formation)
        for slot, pid in lineup.slots.items():
            self.show_player(self._slots[slot], pid)

    # -- layout ----------------------------------------------------------------------------
    def _build(self, name: str) -> None:
        selected = self.selected.place if self.selected else None
        self.select(None)
        for card in self.cards:
            self.scene().removeItem(card)
        self._formation, self._slots = name, {}
        for slot in formation(name).slots:
            card = CardItem(slot.name, position_text(slot.name))
            self.scene().addItem(card)
            self._slots[slot.name] = card
        self.cards = list(self._slots.values())
        if self._sized:
            self._fit_cards()
        if selected in self._slots:
            self.select(self._slots[selected])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(SCENE_RECT, Qt.AspectRatioMode.KeepAspectRatio)
        self._sized = True
        self._fit_cards()

    def _fit_cards(self) -> None:
        """Size cards for the current zoom, spreading or shrinking them where they would
        overlap."""
        metre_px = max(self.transform().m11(), 1e-6)
        shape = formation(self._formation)
        places = [to_scene(s.x, s.y) for s in shape.slots]
        width, ys = fit_cards(
            [(p.x(), p.y()) for p in places],
            max(CARD_METRES, MIN_CARD_PX / metre_px),
            CARD_H / CARD_W,
            SCENE_RECT.top(),
            SCENE_RECT.bottom(),
            gap=4 / metre_px,  # a few pixels between cards
        )
        for slot, place, y in zip(shape.slots, places, ys, strict=True):
            card = self._slots[slot.name]
            card.setScale(width / CARD_W)
            card.setPos(place.x(), y)
        self.cardsFitted.emit()

    def drawBackground(self, painter: QPainter, rect) -> None:
        painter.fillRect(rect, self.palette().window())
        paint_pitch(painter)

    # -- drops -----------------------------------------------------------------------------
    def drop_at(self, pos: QPoint, player_id: str, origin: str | None) -> Drop | None:
        plan, fixture_id = self.session.plan, self.fixture_id
        card = self.card_at(pos)
        if card is None or card.player_id == player_id:
            return Drop(None, None, hint=grass_hint(plan, player_id))
        if origin == BENCH and card.player_id and self._in_sub_zone(card, pos):
            off = card.player_id
            rules = plan.fixture(fixture_id).rules
            minute = default_sub_minute(plan.lineup(fixture_id), rules)
            return Drop(
                card,
                sub_refusal(plan, fixture_id, player_id, off),
                lambda: PlanSubstitution(plan, fixture_id, minute, off, player_id),
                tr("↑ sub on {0}'").format(minute),
                sub_hint(plan, player_id, off, minute),
            )
        slot = card.place
        return Drop(
            card,
            start_refusal(plan, fixture_id, player_id, slot),
            lambda: AssignPlayer(plan, fixture_id, player_id, slot),
            hint=start_hint(plan, fixture_id, player_id, slot),
        )

    def _in_sub_zone(self, card: CardItem, pos: QPoint) -> bool:
        local = card.mapFromScene(self.mapToScene(pos))
        return local.y() > CARD_H * (SUB_ZONE - 0.5)
