"""One sheet per fixture, one landscape page: XI and bench on the left, the pitch in the middle,
the substitution plan, who is not selected and why, and the fixture's warnings on the right."""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import (
    per_line,
    text_lines,
    width_for,
    write_block,
    write_section,
    write_title,
)
from planner.export.cells import merge, put_text, shorten
from planner.export.context import MESSAGE_LIMIT, ExportContext
from planner.export.page import set_up_printing
from planner.export.pitch_cells import COLUMNS, STAFF_CARDS, draw_pitch
from planner.export.styles import BOLD, ERROR, GRID, TOP, TOP_WRAP, paint, paint_readiness
from planner.fixtures import Fixture
from planner.locks import LockKind
from planner.players import Status
from planner.rules import status_for

FIRST_ROW = 4
LEFT_WIDTHS = (7, 5, 22, 9, 8, 10)  # slot, number, name (fitted), position, minutes, readiness
PITCH_LEFT = len(LEFT_WIDTHS) + 2  # after a narrow gap
RIGHT = PITCH_LEFT + COLUMNS + 3  # the pitch and its run-off cells, then a gap
RIGHT_WIDTHS = (9, 22, 22)  # minute or number, then two name columns (fitted)

_LEFT_OUT = {
    Status.AVAILABLE: "Rested",
    Status.DOUBTFUL: "Rested (doubtful)",
    Status.INJURED: "Injured",
    Status.SUSPENDED: "Suspended",
    Status.UNAVAILABLE: "Unavailable",
}


def write_fixture_sheet(ws: Worksheet, fixture: Fixture, context: ExportContext) -> None:
    """Fill ws with the fixture's rotation sheet, ready to print on one landscape page."""
    plan = context.plan
    lineup = plan.lineup(fixture.id)
    write_title(
        ws,
        f"{context.locale.day(fixture.kickoff)}  ·  {context.match(fixture)}",
        f"{fixture.rules.name}  ·  {fixture.venue or 'venue not set'}  ·  kick-off "
        f"{fixture.kickoff:%H:%M}  ·  importance {fixture.importance}/5  ·  "
        f"formation {lineup.formation}",
    )
    _set_widths(ws, context)

    row = _starting_xi(ws, FIRST_ROW, fixture, context)
    _bench(ws, row + 2, fixture, context)
    paint(put_text(ws, FIRST_ROW, PITCH_LEFT, "On the pitch: minutes · readiness"), font=BOLD)
    draw_pitch(ws, FIRST_ROW + 1, PITCH_LEFT, fixture, context, STAFF_CARDS)
    row = _substitutions(ws, FIRST_ROW, fixture, context)
    row = _left_out(ws, row + 2, fixture, context)
    _problems(ws, row + 2, fixture, context)

    ws.freeze_panes = "A4"
    set_up_printing(
        ws,
        context,
        subject=context.subject(fixture),
        title_rows="1:2",
        one_page=True,
    )


def _set_widths(ws: Worksheet, context: ExportContext) -> None:
    names = [context.player_name(pid) for pid in context.plan.players]
    numbered = width_for([f"99 {n}" for n in names], 16, 30)  # '10 Lionel Messi'
    fitted = {3: width_for(names, 16, 30), RIGHT + 1: numbered, RIGHT + 2: max(numbered, 20)}
    for first, widths in ((1, LEFT_WIDTHS), (RIGHT, RIGHT_WIDTHS)):
        for i, width in enumerate(widths):
            column = first + i
            ws.column_dimensions[get_column_letter(column)].width = fitted.get(column, width)
    for gap in (PITCH_LEFT - 1, RIGHT - 1):
        ws.column_dimensions[get_column_letter(gap)].width = 2


def _who(context: ExportContext, player_id: str) -> tuple[int | None, str, str]:
    """Shirt number, name and listed positions of a player."""
    player = context.plan.players.get(player_id)
    if player is None:
        return None, player_id, ""
    positions = "/".join(context.position(code) for code in player.positions)
    return player.number, context.player_name(player_id), positions


def _numbered(context: ExportContext, player_id: str) -> str:
    """'10 Lionel Messi'."""
    number, name, _ = _who(context, player_id)
    return name if number is None else f"{number} {name}"


def _paint_readiness(cell: Cell, player_id: str, fixture: Fixture, context: ExportContext) -> None:
    paint_readiness(cell, context.readiness(player_id, fixture.id), context.plan.params)
    paint(cell, border=GRID)


def _starting_xi(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    minutes = context.minutes[fixture.id]
    write_section(ws, top, 1, "Starting XI")
    rows: list[list[object]] = []
    for slot, player_id in lineup.slots.items():
        if player_id is None:
            rows.append([context.position(slot), None, "(empty)", "", None, None])
        else:
            number, name, positions = _who(context, player_id)
            played = minutes.get(player_id, 0)
            rows.append([context.position(slot), number, name, positions, played, None])
    headers = ("Slot", "No.", "Name", "Position", "Minutes", "Readiness")
    body = write_block(ws, top + 1, 1, headers, rows)
    for cells, player_id in zip(body, lineup.slots.values(), strict=True):
        if player_id is not None:
            _paint_readiness(cells[5], player_id, fixture, context)
    return top + 1 + len(rows)


def _bench(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    minutes = context.minutes[fixture.id]
    coming_on = {s.on: s.minute for s in lineup.substitutions}
    write_section(ws, top, 1, f"Bench ({len(lineup.bench)} of {fixture.rules.bench_size})")
    rows: list[list[object]] = []
    for player_id in lineup.bench:
        number, name, positions = _who(context, player_id)
        on_at = f"on {coming_on[player_id]}'" if player_id in coming_on else ""
        rows.append([on_at, number, name, positions, minutes.get(player_id, 0), None])
    headers = ("Sub on", "No.", "Name", "Position", "Minutes", "Readiness")
    body = write_block(ws, top + 1, 1, headers, rows)
    for cells, player_id in zip(body, lineup.bench, strict=True):
        _paint_readiness(cells[5], player_id, fixture, context)
    return top + 1 + len(rows)


def _substitutions(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    allowed = fixture.rules.substitutes_allowed
    write_section(ws, top, RIGHT, f"Substitution plan ({len(lineup.substitutions)} of {allowed})")
    rows: list[list[object]] = [
        [
            "half-time" if sub.half_time else sub.minute,
            _numbered(context, sub.off),
            _numbered(context, sub.on),
        ]
        for sub in lineup.substitutions
    ]
    if not rows:
        rows = [["", "No substitutions planned", ""]]
    write_block(ws, top + 1, RIGHT, ("Minute", "Sub off", "Sub on"), rows)
    return top + 1 + len(rows)


def _left_out(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    plan = context.plan
    pinned_rest = set(plan.locked(fixture.id, LockKind.REST))
    write_section(ws, top, RIGHT, "Not selected")
    rows: list[list[object]] = []
    for player_id in plan.unselected(fixture.id):
        number, name, _ = _who(context, player_id)
        reason = _LEFT_OUT[status_for(plan, player_id, fixture.id)]
        if player_id in pinned_rest and reason == "Rested":
            reason = "Rested (planned)"
        rows.append([number, name, reason])
    if not rows:
        rows = [[None, "Everyone is in the matchday squad", ""]]
    write_block(ws, top + 1, RIGHT, ("No.", "Name", "Reason"), rows)
    return top + 1 + len(rows)


def _problems(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> None:
    problems = [p for p in context.problems if p.fixture_id == fixture.id]
    if not problems:
        return
    write_section(ws, top, RIGHT, "Warnings and errors")
    row = top + 1
    for problem in problems:
        # One sheet row per line of text (merged), so no row grows taller and the pitch beside
        # keeps its proportions.
        message = shorten(context.problem(problem, with_fixture=False), MESSAGE_LIMIT)
        lines = text_lines(message, per_line(ws, RIGHT + 1, span=2))
        label = put_text(ws, row, RIGHT, problem.severity.capitalize())
        paint(label, font=ERROR if problem.severity == "error" else BOLD, alignment=TOP)
        paint(put_text(ws, row, RIGHT + 1, message), alignment=TOP_WRAP)
        last = row + lines - 1
        merge(ws, row, RIGHT, last, RIGHT)
        merge(ws, row, RIGHT + 1, last, RIGHT + 2)
        row = last + 1
