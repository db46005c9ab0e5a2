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


def write_fixture_sheet(ws: Worksheet, fixture: Fixture, context: ExportContext) -> None:
    """Fill ws with the fixture's rotation sheet, ready to print on one landscape page."""
    plan = context.plan
    lineup = plan.lineup(fixture.id)
    facts = (
        fixture.rules.name,
        fixture.venue or context.text("export.venue_not_set"),
        context.text("export.kickoff_at", time=f"{fixture.kickoff:%H:%M}"),
        context.text("export.importance", importance=fixture.importance),
        context.text("export.formation", formation=lineup.formation),
    )
    write_title(
        ws,
        f"{context.locale.day(fixture.kickoff)}  ·  {context.match(fixture)}",
        "  ·  ".join(facts),
    )
    _set_widths(ws, context)

    row = _starting_xi(ws, FIRST_ROW, fixture, context)
    _bench(ws, row + 2, fixture, context)
    on_the_pitch = context.text("export.fixture.on_the_pitch")
    paint(put_text(ws, FIRST_ROW, PITCH_LEFT, on_the_pitch), font=BOLD)
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
    # the first column holds a slot code, or when a substitute comes on ("entra 90'" is wider)
    on_at = context.text("export.fixture.on_at", minute=90)
    fitted = {
        1: width_for([on_at], LEFT_WIDTHS[0], 12),
        3: width_for(names, 16, 30),
        RIGHT + 1: numbered,
        RIGHT + 2: max(numbered, 20),
    }
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


def _player_headings(context: ExportContext, first: str) -> list[str]:
    """The headings of the XI's and the bench's blocks: first (the slot, or when he comes on),
    then number, name, position, minutes and readiness."""
    rest = ("number", "name", "fixture.position", "minutes", "readiness")
    return [context.text(first), *(context.text(f"export.{code}") for code in rest)]


def _paint_readiness(cell: Cell, player_id: str, fixture: Fixture, context: ExportContext) -> None:
    paint_readiness(cell, context.readiness(player_id, fixture.id), context.plan.params)
    paint(cell, border=GRID)


def _starting_xi(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    minutes = context.minutes[fixture.id]
    write_section(ws, top, 1, context.text("export.fixture.starting_xi"))
    rows: list[list[object]] = []
    for slot, player_id in lineup.slots.items():
        if player_id is None:
            empty = context.text("export.fixture.empty")
            rows.append([context.position(slot), None, empty, "", None, None])
        else:
            number, name, positions = _who(context, player_id)
            played = minutes.get(player_id, 0)
            rows.append([context.position(slot), number, name, positions, played, None])
    body = write_block(ws, top + 1, 1, _player_headings(context, "export.fixture.slot"), rows)
    for cells, player_id in zip(body, lineup.slots.values(), strict=True):
        if player_id is not None:
            _paint_readiness(cells[5], player_id, fixture, context)
    return top + 1 + len(rows)


def _bench(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    minutes = context.minutes[fixture.id]
    coming_on = {s.on: s.minute for s in lineup.substitutions}
    bench = context.text(
        "export.fixture.bench", count=len(lineup.bench), size=fixture.rules.bench_size
    )
    write_section(ws, top, 1, bench)
    rows: list[list[object]] = []
    for player_id in lineup.bench:
        number, name, positions = _who(context, player_id)
        on_at = ""
        if player_id in coming_on:
            on_at = context.text("export.fixture.on_at", minute=coming_on[player_id])
        rows.append([on_at, number, name, positions, minutes.get(player_id, 0), None])
    body = write_block(ws, top + 1, 1, _player_headings(context, "export.fixture.sub_on"), rows)
    for cells, player_id in zip(body, lineup.bench, strict=True):
        _paint_readiness(cells[5], player_id, fixture, context)
    return top + 1 + len(rows)


def _substitutions(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    allowed = fixture.rules.substitutes_allowed
    count = len(lineup.substitutions)
    write_section(
        ws, top, RIGHT, context.text("export.fixture.substitutions", count=count, allowed=allowed)
    )
    rows: list[list[object]] = [
        [
            context.text("export.half_time") if sub.half_time else sub.minute,
            _numbered(context, sub.off),
            _numbered(context, sub.on),
        ]
        for sub in lineup.substitutions
    ]
    if not rows:
        rows = [["", context.text("export.no_substitutions"), ""]]
    headers = [
        context.text(code)
        for code in ("export.minute", "export.fixture.sub_off", "export.fixture.sub_on")
    ]
    write_block(ws, top + 1, RIGHT, headers, rows)
    return top + 1 + len(rows)


def _left_out(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    plan = context.plan
    pinned_rest = set(plan.locked(fixture.id, LockKind.REST))
    write_section(ws, top, RIGHT, context.text("export.fixture.not_selected"))
    rows: list[list[object]] = []
    for player_id in plan.unselected(fixture.id):
        number, name, _ = _who(context, player_id)
        status = status_for(plan, player_id, fixture.id)
        if player_id in pinned_rest and status == Status.AVAILABLE:
            reason = context.text("export.left_out.planned")
        else:
            reason = context.text(f"export.left_out.{status.value}")
        rows.append([number, name, reason])
    if not rows:
        rows = [[None, context.text("export.fixture.everyone_selected"), ""]]
    headers = [
        context.text(code) for code in ("export.number", "export.name", "export.fixture.reason")
    ]
    write_block(ws, top + 1, RIGHT, headers, rows)
    return top + 1 + len(rows)


def _problems(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> None:
    problems = [p for p in context.problems if p.fixture_id == fixture.id]
    if not problems:
        return
    write_section(ws, top, RIGHT, context.text("export.fixture.problems"))
    row = top + 1
    for problem in problems:
        # One sheet row per line of text (merged), so no row grows taller and the pitch beside
        # keeps its proportions.
        message = shorten(context.problem(problem, with_fixture=False), MESSAGE_LIMIT)
        lines = text_lines(message, per_line(ws, RIGHT + 1, span=2))
        label = put_text(ws, row, RIGHT, context.severity(problem))
        paint(label, font=ERROR if problem.severity == "error" else BOLD, alignment=TOP)
        paint(put_text(ws, row, RIGHT + 1, message), alignment=TOP_WRAP)
        last = row + lines - 1
        merge(ws, row, RIGHT, last, RIGHT)
        merge(ws, row, RIGHT + 1, last, RIGHT + 2)
        row = last + 1
