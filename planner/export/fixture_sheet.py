"""One sheet per fixture: XI, bench, substitution plan, who is left out and why, the pitch."""

from __future__ import annotations

import math

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import write_block, write_section, write_title
from planner.export.cells import put_text
from planner.export.context import ExportContext
from planner.export.page import set_up_printing
from planner.export.pitch_cells import draw_pitch
from planner.export.styles import BOLD, GRID, RED, WRAP, paint_readiness
from planner.fixtures import Fixture
from planner.players import Player, Status

# Columns A-G hold the tables, H is a gap, the pitch starts at I.
TABLE_WIDTHS = (8, 5, 24, 10, 9, 10, 10)
PITCH_LEFT = len(TABLE_WIDTHS) + 2
TABLES_WIDE = sum(TABLE_WIDTHS)
FIRST_ROW = 4

_LEFT_OUT = {
    Status.AVAILABLE: "Rested",
    Status.DOUBTFUL: "Rested (doubtful)",
    Status.INJURED: "Injured",
    Status.SUSPENDED: "Suspended",
    Status.UNAVAILABLE: "Unavailable",
}
_ERROR_FONT = Font(bold=True, color=RED)


def write_fixture_sheet(ws: Worksheet, fixture: Fixture, context: ExportContext) -> None:
    """Fill ws with the fixture's rotation sheet, ready to print on one landscape page."""
    plan = context.plan
    lineup = plan.lineup(fixture.id)
    home, away = (plan.club or "Us", fixture.opponent)
    match = f"{home} v {away}" if fixture.home else f"{away} v {home}"
    write_title(
        ws,
        f"{fixture.kickoff:%a %d %b %Y}  ·  {match}",
        f"{fixture.rules.name}  ·  {fixture.venue or 'venue not set'}  ·  kick-off "
        f"{fixture.kickoff:%H:%M}  ·  importance {fixture.importance}/5  ·  "
        f"formation {lineup.formation}",
    )
    for i, width in enumerate(TABLE_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.column_dimensions[get_column_letter(PITCH_LEFT - 1)].width = 2

    row = _starting_xi(ws, FIRST_ROW, fixture, context)
    row = _bench(ws, row + 2, fixture, context)
    row = _substitutions(ws, row + 2, fixture, context)
    row = _left_out(ws, row + 2, fixture, context)
    put_text(ws, FIRST_ROW, PITCH_LEFT, "On the pitch: minutes · readiness").font = BOLD
    pitch_end = draw_pitch(ws, FIRST_ROW + 1, PITCH_LEFT, fixture, context)
    # Below the pitch: these rows grow to fit their text, which would stretch the pitch.
    _problems(ws, max(row, pitch_end) + 2, fixture, context)

    ws.freeze_panes = "A4"
    set_up_printing(
        ws,
        club=plan.club,
        subject=f"{fixture.label} ({fixture.kickoff:%Y-%m-%d})",
        exported_at=context.exported_at,
        title_rows="1:2",
        one_page=True,
    )


def _who(context: ExportContext, player_id: str) -> tuple[int | None, str, str]:
    """Shirt number, name and listed positions of a player."""
    player: Player | None = context.plan.players.get(player_id)
    if player is None:
        return None, player_id, ""
    return player.number, player.name, "/".join(player.positions)


def _readiness_cells(ws: Worksheet, cells: list, player_id: str, fixture: Fixture, context) -> None:
    paint_readiness(cells[5], context.readiness(player_id, fixture.id), context.plan.params)
    cells[5].border = GRID


def _starting_xi(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    minutes = context.minutes[fixture.id]
    write_section(ws, top, 1, "Starting XI")
    rows, ids = [], []
    for slot, player_id in lineup.slots.items():
        if player_id is None:
            rows.append([slot, None, "(empty)", "", None, None, ""])
        else:
            number, name, positions = _who(context, player_id)
            risk = context.risk(player_id, fixture.id)
            rows.append([slot, number, name, positions, minutes.get(player_id, 0), None, risk])
        ids.append(player_id)
    headers = ("Slot", "No.", "Name", "Position", "Minutes", "Readiness", "Risk")
    body = write_block(ws, top + 1, 1, headers, rows)
    for cells, player_id in zip(body, ids, strict=True):
        if player_id is not None:
            _readiness_cells(ws, cells, player_id, fixture, context)
    return top + 1 + len(rows)


def _bench(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    minutes = context.minutes[fixture.id]
    coming_on = {s.on: s.minute for s in lineup.substitutions}
    write_section(ws, top, 1, f"Bench ({len(lineup.bench)} of {fixture.rules.bench_size})")
    rows = []
    for player_id in lineup.bench:
        number, name, positions = _who(context, player_id)
        on_at = f"on {coming_on[player_id]}'" if player_id in coming_on else ""
        risk = context.risk(player_id, fixture.id)
        rows.append([on_at, number, name, positions, minutes.get(player_id, 0), None, risk])
    headers = ("Sub on", "No.", "Name", "Position", "Minutes", "Readiness", "Risk")
    body = write_block(ws, top + 1, 1, headers, rows)
    for cells, player_id in zip(body, lineup.bench, strict=True):
        _readiness_cells(ws, cells, player_id, fixture, context)
    return top + 1 + len(rows)


def _substitutions(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    lineup = context.plan.lineup(fixture.id)
    rules = fixture.rules
    write_section(
        ws,
        top,
        1,
        f"Substitution plan ({len(lineup.substitutions)} of {rules.substitutes_allowed})",
    )
    rows = []
    for sub in lineup.substitutions:
        off_number, off_name, _ = _who(context, sub.off)
        on_number, on_name, _ = _who(context, sub.on)
        minute = "half-time" if sub.half_time else sub.minute
        rows.append([minute, off_number, off_name, on_number, on_name, None, None])
    if not rows:
        rows.append(["", None, "No substitutions planned", None, "", None, None])
    headers = ("Minute", "No.", "Sub off", "No.", "Sub on", "", "")
    write_block(ws, top + 1, 1, headers, rows)
    for r in range(top + 1, top + 2 + len(rows)):
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    return top + 1 + len(rows)


def _left_out(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> int:
    plan = context.plan
    pinned_rest = {p for p, place in plan.pins.get(fixture.id, {}).items() if place == "REST"}
    write_section(ws, top, 1, "Not selected")
    rows = []
    for player_id in plan.unselected(fixture.id):
        number, name, positions = _who(context, player_id)
        reason = _LEFT_OUT[plan.players[player_id].status]
        if player_id in pinned_rest and reason == "Rested":
            reason = "Rested (planned)"
        rows.append(["", number, name, positions, reason, None, None])
    if not rows:
        rows.append(["", None, "Everyone is in the matchday squad", "", "", None, None])
    write_block(ws, top + 1, 1, ("", "No.", "Name", "Position", "Reason", "", ""), rows)
    for r in range(top + 1, top + 2 + len(rows)):
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    return top + 1 + len(rows)


def _problems(ws: Worksheet, top: int, fixture: Fixture, context: ExportContext) -> None:
    problems = [p for p in context.problems if p.fixture_id == fixture.id]
    if not problems:
        return
    write_section(ws, top, 1, "Warnings and errors")
    for row, problem in enumerate(problems, start=top + 1):
        severity = str(getattr(problem.severity, "value", problem.severity))
        label = put_text(ws, row, 1, severity.capitalize())
        label.font = _ERROR_FONT if severity == "error" else BOLD
        text = put_text(ws, row, 2, problem.message)
        text.alignment = WRAP
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        lines = math.ceil(len(text.value) / (TABLES_WIDE - 8) * 1.1) or 1
        ws.row_dimensions[row].height = 15 * lines
