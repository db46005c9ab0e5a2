"""A pitch drawn in cells: green stripes, white lines, the XI as cards at formation places.

The team attacks up the page. Each card is two rows: shirt number and surname, then a row in
two halves that a CardLook fills (the staff sheet: planned minutes and readiness, the number on
its colour). Proportions follow a 105 x 68 m pitch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.cells import merge, put_text
from planner.export.context import ExportContext
from planner.export.styles import FONT_NAME, INK, MUTED, paint, paint_readiness
from planner.fixtures import Fixture
from planner.formations import formation

COLUMNS = 20  # pitch width in cells (68 m); fewer, wider cells write faster
ROWS = 36  # pitch length in cells (105 m), goal lines excluded
COLUMN_WIDTH = 2.6
CARD_WIDTH = 4
HALF_CARD = CARD_WIDTH // 2

_STRIPES = (PatternFill("solid", fgColor="4E9A51"), PatternFill("solid", fgColor="5AA95D"))
_LINE = Side(style="medium", color="FFFFFF")
_NET = Side(style="thin", color=MUTED)
_CARD_EDGE = Side(style="thin", color=INK)
_CARD_FILL = PatternFill("solid", fgColor="FFFFFF")
_GOAL_FILL = PatternFill("solid", fgColor="D9DEE3")
_NAME_FONT = Font(name=FONT_NAME, bold=True, size=9, color=INK)
_EMPTY_FONT = Font(name=FONT_NAME, italic=True, size=9, color=MUTED)
_MINUTES_FONT = Font(name=FONT_NAME, size=9, color=INK)
CARD_TEXT = Alignment(horizontal="center", vertical="center", shrink_to_fit=True)

# Line markings in pitch cells: (first column, last column, depth in rows).
_PENALTY_AREA = (4, 15, 6)  # 40.3 m wide, 16.5 m deep
_GOAL_AREA = (7, 12, 2)  # 18.3 m wide, 5.5 m deep
_GOAL = (9, 10)  # 7.32 m


@dataclass(frozen=True)
class PitchCard:
    """A card's place on the pitch and who is on it."""

    row: int  # pitch row of the card's top (0 = the opponent's goal line)
    column: int  # pitch column of the card's left edge
    slot: str
    player_id: str | None


# Fills a starter's lower card row: (ws, row, left half's column, right half's column, card,
# fixture, context).
LowerRow = Callable[[Worksheet, int, int, int, PitchCard, Fixture, ExportContext], None]


@dataclass(frozen=True)
class CardLook:
    """How the cards of one kind of sheet look and what their lower row says."""

    name_font: Font
    empty_font: Font
    column_width: float
    lower_row: LowerRow


def draw_pitch(
    ws: Worksheet, top: int, left: int, fixture: Fixture, context: ExportContext, look: CardLook
) -> int:
    """Draw the fixture's XI on a pitch whose green run-off area starts at (top, left); returns
    the last sheet row used."""
    for i in range(COLUMNS + 2):
        ws.column_dimensions[get_column_letter(left + i)].width = look.column_width
    first, first_column = top + 1, left + 1  # a run-off cell all round keeps the lines visible
    _draw_grass(ws, top, left)
    for card in _place_cards(fixture, context):
        _draw_card(ws, first + card.row, first_column + card.column, card, fixture, context, look)
    return top + ROWS + 1


def _draw_grass(ws: Worksheet, top: int, left: int) -> None:
    """Stripes, touchlines, goal lines, halfway line, penalty and goal areas, goals."""
    half = ROWS // 2
    for r in range(-1, ROWS + 1):
        fill = _STRIPES[((r + 1) // 3) % 2]
        from_goal = min(r, ROWS - 1 - r)  # depth from the nearer goal line
        for c in range(-1, COLUMNS + 1):
            cell = ws.cell(row=top + 1 + r, column=left + 1 + c)
            inside = 0 <= r < ROWS and 0 <= c < COLUMNS
            if inside:
                edges = (
                    c == 0 or _box_side(c, from_goal, left_side=True),
                    c == COLUMNS - 1 or _box_side(c, from_goal, left_side=False),
                    r == 0 or _box_front(c, r, top_side=True),
                    r in (ROWS - 1, half - 1) or _box_front(c, r, top_side=False),
                )
                paint(cell, fill=fill, border=edge_border(_LINE, *edges))
            elif (r < 0 or r >= ROWS) and _GOAL[0] <= c <= _GOAL[1]:
                edges = (c == _GOAL[0], c == _GOAL[1], r < 0, r >= ROWS)
                paint(cell, fill=_GOAL_FILL, border=edge_border(_NET, *edges))
            else:
                paint(cell, fill=fill)


@cache
def edge_border(side: Side, left: bool, right: bool, top: bool, bottom: bool) -> Border:
    """One Border object per combination, so the workbook looks each up only once."""
    return Border(
        left=side if left else None,
        right=side if right else None,
        top=side if top else None,
        bottom=side if bottom else None,
    )


def _box_side(column: int, from_goal: int, *, left_side: bool) -> bool:
    """Whether a cell carries a side line of a penalty or goal area."""
    return any(
        from_goal < depth and column == (first if left_side else last)
        for first, last, depth in (_PENALTY_AREA, _GOAL_AREA)
    )


def _box_front(column: int, row: int, *, top_side: bool) -> bool:
    """Whether a cell carries the front line of a penalty or goal area."""
    return any(
        first <= column <= last and row == (ROWS - depth if top_side else depth - 1)
        for first, last, depth in (_PENALTY_AREA, _GOAL_AREA)
    )


def _place_cards(fixture: Fixture, context: ExportContext) -> list[PitchCard]:
    """Cards at their formation places, nudged apart where two would overlap."""
    lineup = context.plan.lineup(fixture.id)
    shape = formation(lineup.formation)
    placed: list[PitchCard] = []
    for slot in shape.slots:
        row = round((1 - slot.y) * (ROWS - 2))
        column = min(max(round(slot.x * (COLUMNS - 1)) - HALF_CARD, 0), COLUMNS - CARD_WIDTH)
        for dr, dc in _nudges():
            r, c = row + dr, column + dc
            inside = 0 <= r <= ROWS - 2 and 0 <= c <= COLUMNS - CARD_WIDTH
            if inside and not any(_overlap(r, c, other) for other in placed):
                row, column = r, c
                break
        placed.append(PitchCard(row, column, slot.name, lineup.slots.get(slot.name)))
    return placed


def _nudges() -> list[tuple[int, int]]:
    """Offsets to try, nearest first: sideways before up or down."""
    steps = [(0, 0)] + [(0, d) for k in range(1, HALF_CARD + 1) for d in (k, -k)]
    return steps + [(d, c) for k in (1, 2, 3) for d in (k, -k) for _, c in steps]


def _overlap(row: int, column: int, other: PitchCard) -> bool:
    return abs(row - other.row) < 2 and abs(column - other.column) < CARD_WIDTH


def _draw_card(
    ws: Worksheet,
    row: int,
    column: int,
    card: PitchCard,
    fixture: Fixture,
    context: ExportContext,
    look: CardLook,
) -> None:
    last = column + CARD_WIDTH - 1
    middle = column + HALF_CARD
    merge(ws, row, column, row, last)
    merge(ws, row + 1, column, row + 1, middle - 1)
    merge(ws, row + 1, middle, row + 1, last)
    for r in (row, row + 1):
        for c in range(column, last + 1):
            edges = (
                c == column or (r == row + 1 and c == middle),
                c == last or (r == row + 1 and c == middle - 1),
                r == row,
                r == row + 1,
            )
            paint(ws.cell(row=r, column=c), fill=_CARD_FILL, border=edge_border(_CARD_EDGE, *edges))
    if card.player_id is None:
        paint(
            put_text(
                ws, row, column, context.text("export.empty_slot", slot=context.position(card.slot))
            ),
            font=look.empty_font,
            alignment=CARD_TEXT,
        )
        return
    name = put_text(ws, row, column, context.card_name(card.player_id))
    paint(name, font=look.name_font, alignment=CARD_TEXT)
    look.lower_row(ws, row + 1, column, middle, card, fixture, context)


def _minutes_and_readiness(
    ws: Worksheet,
    row: int,
    left: int,
    middle: int,
    card: PitchCard,
    fixture: Fixture,
    context: ExportContext,
) -> None:
    player_id = card.player_id or ""
    minutes = put_text(ws, row, left, f"{context.minutes[fixture.id].get(player_id, 0)}'")
    paint(minutes, font=_MINUTES_FONT, alignment=CARD_TEXT)
    readiness = ws.cell(row=row, column=middle)
    paint_readiness(readiness, context.readiness(player_id, fixture.id), context.plan.params)
    paint(readiness, alignment=CARD_TEXT)


STAFF_CARDS = CardLook(_NAME_FONT, _EMPTY_FONT, COLUMN_WIDTH, _minutes_and_readiness)
