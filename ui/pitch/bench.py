"""The bench of one fixture: its cards in order, a drop target and a drag source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner import BENCH, PlanChange
from ui.commands import BenchPlayer, ReplaceOnBench
from ui.pitch.board import CardBoard, CardItem, Drop
from ui.pitch.card import CARD_H, CARD_W, TARGET_EDGE, on_palette, show_alert
from ui.pitch.drop_hints import bench_hint
from ui.pitch.facts import shown_lineup
from ui.pitch.rules import bench_refusal, start_refusal

COLUMNS = 2
GAP = 10.0  # between cards, in card units


def tr(text: str) -> str:
    return QCoreApplication.translate("BenchView", text)


class BenchView(CardBoard):
    """Bench cards in two columns, in bench order (row by row); scrolls when it is long."""

    def __init__(self, session, fixture_id: str, parent=None) -> None:
        super().__init__(session, fixture_id, parent)
        self.setObjectName("benchView")
        self.setAccessibleName(tr("Bench"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._card_px = 0.0
        self._drop_ok = False
        self.set_card_width(96.0)
        self.refresh()

    def set_card_width(self, pixels: float) -> None:
        """Show cards pixels wide (the pitch's card size) and take the width two columns need."""
        pixels = max(64.0, pixels)
        if abs(pixels - self._card_px) < 1 and self.cards:
            return
        self._card_px = pixels
        scale = pixels / CARD_W
        self.resetTransform()
        self.scale(scale, scale)
        self.setFixedWidth(round((COLUMNS * CARD_W + (COLUMNS + 1) * GAP) * scale) + 14)

    def refresh(self) -> None:
        """Rebuild the cards only if the bench order changed; else repaint what changed."""
        bench = shown_lineup(self.session.plan, self.fixture_id).bench
        selected = self.selected.player_id if self.selected else None
        if [c.player_id for c in self.cards] != bench:
            self._build(len(bench))
        for card, pid in zip(self.cards, bench, strict=True):
            self.show_player(card, pid)
        if selected and self.selected is None:
            self.select(self.card_of(selected))

    def _build(self, count: int) -> None:
        self.select(None)
        for card in self.cards:
            self.scene().removeItem(card)
        self.cards = []
        for index in range(count):
            card = CardItem(BENCH)
            card.setPos(self._cell(index))
            self.scene().addItem(card)
            self.cards.append(card)
        rows = max(1, -(-(count + 1) // COLUMNS))
        width = COLUMNS * CARD_W + (COLUMNS + 1) * GAP
        self.setSceneRect(QRectF(0, 0, width, rows * (CARD_H + GAP) + GAP))

    def select_player(self, player_id: str) -> bool:
        card = self.card_of(player_id)
        self.select(card)
        return card is not None

    @staticmethod
    def _cell(index: int) -> QPointF:
        row, col = divmod(index, COLUMNS)
        return QPointF(
            GAP + col * (CARD_W + GAP) + CARD_W / 2, GAP + row * (CARD_H + GAP) + CARD_H / 2
        )

    # -- drops -----------------------------------------------------------------------------
    def drop_at(self, pos: QPoint, player_id: str, origin: str | None) -> Drop | None:
        """On a bench card: the same rule as a pitch card, he takes that place and its player
        goes where he came from. Anywhere else on the bench: he sits at the end."""
        plan, fixture_id = self.session.plan, self.fixture_id
        card = self.card_at(pos)
        target = card.player_id if card is not None else None
        if target is None or target == player_id:
            return Drop(
                None,
                bench_refusal(plan, fixture_id, player_id),
                lambda: BenchPlayer(plan, fixture_id, player_id),
                hint=bench_hint(plan, fixture_id, player_id, None),
            )
        previous = plan.lineup(fixture_id).place_of(player_id)
        refusal = bench_refusal(plan, fixture_id, player_id)
        if refusal is None and previous not in (None, BENCH):
            refusal = start_refusal(plan, fixture_id, target, previous)
        return Drop(
            card,
            refusal,
            lambda: ReplaceOnBench(plan, fixture_id, player_id, target),
            hint=bench_hint(plan, fixture_id, player_id, target),
        )

    def _show_drop(self, drop: Drop | None) -> None:
        super()._show_drop(drop)
        ok = drop is not None and drop.card is None and bool(drop.command) and not drop.refusal
        if ok != self._drop_ok:
            self._drop_ok = ok
            self.viewport().update()

    def drawForeground(self, painter: QPainter, rect) -> None:
        self._paint_limit(painter)
        if self._drop_ok:
            painter.setPen(QPen(TARGET_EDGE, 4 / self.transform().m11()))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                self.mapToScene(self.viewport().rect().adjusted(2, 2, -2, -2)).boundingRect()
            )

    def _paint_limit(self, painter: QPainter) -> None:
        """Cards beyond the bench size get a dashed frame and the words "over the limit"."""
        if not self.fixture_exists():
            return
        size = self.session.plan.fixture(self.fixture_id).rules.bench_size
        colour = on_palette(self.palette(), "#C62828", "#EF9A9A")
        font = painter.font()
        font.setPixelSize(15)
        font.setBold(True)
        painter.setFont(font)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for card in self.cards[size:]:
            frame = card.sceneBoundingRect().adjusted(-GAP / 2, -GAP / 2, GAP / 2, GAP / 2)
            painter.setPen(QPen(colour, 3, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(frame, 10, 10)
            label = QRectF(frame.left(), frame.bottom() - 2, frame.width(), GAP * 1.6)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, tr("over the limit"))


class BenchPanel(QWidget):
    """The bench with its "Bench 9/9" capacity line above it."""

    def __init__(self, session, fixture_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session, self.fixture_id = session, fixture_id
        self.capacity = QLabel(self)
        self.capacity.setObjectName("benchCapacity")
        self.view = BenchView(session, fixture_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.capacity)
        layout.addWidget(self.view, 1)
        session.planChanged.connect(self._on_plan_changed)
        session.planReplaced.connect(self.refresh)
        self.refresh()

    def _on_plan_changed(self, _change: PlanChange) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self.view.fixture_exists():
            return
        text, over = bench_capacity_text(self.session, self.fixture_id)
        self.capacity.setText(text)
        show_alert(self.capacity, over)


def bench_capacity_text(session, fixture_id: str) -> tuple[str, bool]:
    """("Bench 9/9", False), or ("⚠ Bench 10/9: 1 too many", True) over the limit."""
    plan = session.plan
    used = len(shown_lineup(plan, fixture_id).bench)
    size = plan.fixture(fixture_id).rules.bench_size
    if used > size:
        return tr("⚠ Bench {0}/{1}: {2} too many").format(used, size, used - size), True
    return tr("Bench {0}/{1}").format(used, size), False
