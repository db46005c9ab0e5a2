"""The players' sheet of a fixture: one landscape page for the dressing-room wall, in large type.

The XI as cards in their formation lines (the team attacking up the page), the bench and the
planned substitutions. Nothing about readiness, load or medical status: players read this.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import write_block
from planner.export.cells import merge, put_text
from planner.export.context import ExportContext
from planner.export.page import set_up_printing
from planner.export.pitch_cells import edge_border
from planner.export.styles import FONT_NAME, HEADER_FILL_COLOUR, INK, MUTED, WHITE, paint
from planner.fixtures import Fixture
from planner.formations import Slot, formation
from planner.lineup import Lineup

BOARD_COLUMNS = 19  # the XI's area: five cards of three columns and four gaps fit across
BOARD_WIDTH = 5.2
CARD_SPAN = 3
LINE_GAP = 0.09  # slots closer than this up the pitch stand in one line
RIGHT = BOARD_COLUMNS + 4  # after the board's two margin columns and a gap
RIGHT_WIDTHS = (12, 26, 20)  # minute or number, a name, a number and surname (large type)
ROW_HEIGHT = 30.0  # every row under the title: the cards and the lists share them
FIRST_ROW = 4

_TITLE = Font(name=FONT_NAME, bold=True, size=26, color=INK)
_SUBTITLE = Font(name=FONT_NAME, size=16, color=MUTED)
_SECTION = Font(name=FONT_NAME, bold=True, size=20, color=HEADER_FILL_COLOUR)
_HEADER = Font(name=FONT_NAME, bold=True, size=14, color=WHITE)
_BODY = Font(name=FONT_NAME, size=16, color=INK)
_NAME = Font(name=FONT_NAME, bold=True, size=18, color=INK)
_ROLE = Font(name=FONT_NAME, size=13, color=INK)
_EMPTY = Font(name=FONT_NAME, italic=True, size=14, color=MUTED)
_GRASS = PatternFill("solid", fgColor="4E9A51")
_CARD = PatternFill("solid", fgColor="FFFFFF")
_EDGE = Side(style="medium", color=INK)
_CENTRE = Alignment(horizontal="center", vertical="center", shrink_to_fit=True)


def write_players_sheet(ws: Worksheet, fixture: Fixture, context: ExportContext) -> None:
    """Fill ws with the fixture's players' sheet: one landscape page, large type."""
    lineup = context.plan.lineup(fixture.id)
    locale = context.locale
    paint(put_text(ws, 1, 1, f"{locale.day(fixture.kickoff)}  ·  {context.match(fixture)}"),
          font=_TITLE)  # fmt: skip
    kickoff = context.text("export.kickoff_at", time=f"{fixture.kickoff:%H:%M}")
    facts = [fixture.rules.name, fixture.venue, kickoff, lineup.formation]
    paint(put_text(ws, 2, 1, "  ·  ".join(f for f in facts if f)), font=_SUBTITLE)
    ws.row_dimensions[1].height, ws.row_dimensions[2].height = 36, 24
    for column in range(1, RIGHT - 1):
        ws.column_dimensions[get_column_letter(column)].width = BOARD_WIDTH
    ws.column_dimensions[get_column_letter(RIGHT - 1)].width = 3  # the gap
    for i, width in enumerate(RIGHT_WIDTHS):
        ws.column_dimensions[get_column_letter(RIGHT + i)].width = width

    last = _board(ws, FIRST_ROW, lineup, context)
    row = _bench(ws, FIRST_ROW, lineup, context)
    last = max(last, _substitutions(ws, row + 2, lineup, context))
    for r in range(FIRST_ROW, last + 1):
        ws.row_dimensions[r].height = ROW_HEIGHT
    subject = context.text("export.subject.players", subject=context.subject(fixture))
    set_up_printing(ws, context, subject=subject, one_page=True)


def formation_lines(formation_name: str) -> list[list[Slot]]:
    """The formation's slots in lines, the most advanced line first, each left to right."""
    lines: list[list[Slot]] = []
    for slot in sorted(formation(formation_name).slots, key=lambda s: -s.y):
        if lines and lines[-1][0].y - slot.y < LINE_GAP:
            lines[-1].append(slot)
        else:
            lines.append([slot])
    return [sorted(line, key=lambda s: s.x) for line in lines]


def _board(ws: Worksheet, top: int, lineup: Lineup, context: ExportContext) -> int:
    """The XI on green, one card row pair per formation line; returns the last row used."""
    lines = formation_lines(lineup.formation)
    last = top + 3 * len(lines)  # a gap row above each line and one below the last
    for r in range(top, last + 1):
        for c in range(1, RIGHT - 1):
            paint(ws.cell(row=r, column=c), fill=_GRASS)
    row = top + 1
    for line in lines:
        for slot, column in zip(line, _card_columns(line), strict=True):
            _card(ws, row, 2 + column, slot.name, lineup, context)
        row += 3
    return last


def _card_columns(line: list[Slot]) -> list[int]:
    """Board columns of a line's cards (left edges): near each slot's x, never overlapping."""
    count, step = len(line), CARD_SPAN + 1  # a card and the gap after it
    wanted = [round(s.x * (BOARD_COLUMNS - CARD_SPAN)) for s in line]
    columns: list[int] = []
    for i, column in enumerate(wanted):
        lowest = columns[-1] + step if columns else 0
        highest = BOARD_COLUMNS - CARD_SPAN - step * (count - 1 - i)
        columns.append(min(max(column, lowest), highest))
    return columns


def _card(
    ws: Worksheet, row: int, column: int, slot: str, lineup: Lineup, context: ExportContext
) -> None:
    last = column + CARD_SPAN - 1
    for r in (row, row + 1):
        for c in range(column, last + 1):
            edges = edge_border(_EDGE, c == column, c == last, r == row, r == row + 1)
            paint(ws.cell(row=r, column=c), fill=_CARD, border=edges)
    merge(ws, row, column, row, last)
    merge(ws, row + 1, column, row + 1, last)
    player_id = lineup.slots.get(slot)
    if player_id is None:
        empty = context.text("export.empty_slot", slot=context.position(slot))
        paint(put_text(ws, row, column, empty), font=_EMPTY, alignment=_CENTRE)
        return
    paint(put_text(ws, row, column, context.card_name(player_id)), font=_NAME, alignment=_CENTRE)
    off = next((s for s in lineup.substitutions if s.off == player_id), None)
    role = context.position(slot)
    if off is not None:
        off_at = context.text(
            "export.players.off", minute=_minute(off.minute, off.half_time, context)
        )
        role = f"{role}  ·  {off_at}"
    paint(put_text(ws, row + 1, column, role), font=_ROLE, alignment=_CENTRE)


def _minute(minute: int, half_time: bool, context: ExportContext) -> str:
    return context.text("export.half_time") if half_time else f"{minute}'"


def _bench(ws: Worksheet, top: int, lineup: Lineup, context: ExportContext) -> int:
    coming_on = {s.on: _minute(s.minute, s.half_time, context) for s in lineup.substitutions}
    rows: list[list[object]] = []
    for player_id in lineup.bench:
        player = context.plan.players.get(player_id)
        number = player.number if player else None
        rows.append([number, context.player_name(player_id), coming_on.get(player_id, "")])
    if not rows:
        rows = [[None, context.text("export.players.nobody_on_bench"), ""]]
    codes = ("export.number", "export.name", "export.players.comes_on")
    return _list(ws, top, context.text("export.players.bench"), codes, rows, context)


def _substitutions(ws: Worksheet, top: int, lineup: Lineup, context: ExportContext) -> int:
    rows: list[list[object]] = [
        [_minute(s.minute, s.half_time, context), context.card_name(s.off), context.card_name(s.on)]
        for s in lineup.substitutions
    ]
    if not rows:
        rows = [["", context.text("export.no_substitutions"), ""]]
    codes = ("export.minute", "export.players.off_heading", "export.players.on_heading")
    return _list(ws, top, context.text("export.players.substitutions"), codes, rows, context)


def _list(
    ws: Worksheet,
    top: int,
    title: str,
    headings: tuple[str, ...],
    rows: list[list[object]],
    context: ExportContext,
) -> int:
    """A titled block in large type on the right, headings as wording codes; returns its last
    row."""
    paint(put_text(ws, top, RIGHT, title), font=_SECTION)
    headers = [context.text(code) for code in headings]
    write_block(ws, top + 1, RIGHT, headers, rows, header_font=_HEADER, font=_BODY)
    return top + 1 + len(rows)
