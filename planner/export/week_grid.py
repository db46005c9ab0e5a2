"""The Summary's grid: fixtures across (date, competition, venue, importance), the squad down,
each player's planned minutes and readiness at kick-off under every fixture, and his total."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import fit_height, width_for, write_section
from planner.export.cells import merge, put_text, put_value
from planner.export.context import ExportContext
from planner.export.styles import (
    BAND_FILL,
    BOLD,
    CENTRE,
    GRID,
    LEFT,
    WRAP,
    paint,
    paint_header,
    paint_readiness,
)

MINUTES_WIDTH = 11
READINESS_WIDTH = 11
MINUTES_FORMAT = '0;-0;"–"'  # a dash for 0: who does not play stands out
# the rows under each fixture's name, by their wording codes
FACTS = ("export.grid.kickoff", "export.competition", "export.grid.venue", "export.grid.importance")


def grid_width(fixture_count: int) -> int:
    """Columns the grid takes: names, two per fixture, the total."""
    return 2 + 2 * fixture_count


def set_grid_widths(ws: Worksheet, context: ExportContext) -> None:
    fixture_count = len(context.plan.fixtures)
    names = [context.player_name(pid) for pid in context.plan.players]
    facts = [context.text(code) for code in FACTS]
    ws.column_dimensions["A"].width = width_for([*names, *facts], 18, 40)
    for j in range(fixture_count):
        ws.column_dimensions[get_column_letter(2 + 2 * j)].width = MINUTES_WIDTH
        ws.column_dimensions[get_column_letter(3 + 2 * j)].width = READINESS_WIDTH
    ws.column_dimensions[get_column_letter(grid_width(fixture_count))].width = READINESS_WIDTH


def write_week_grid(ws: Worksheet, top: int, context: ExportContext) -> tuple[int, int, int]:
    """Write the grid from row top; returns its first header row (the fixtures), the player
    header row and the last row."""
    plan = context.plan
    params = plan.params
    fixtures = plan.fixtures
    total_column = grid_width(len(fixtures))
    write_section(
        ws,
        top,
        1,
        context.text("export.grid.title", red=params.readiness_red, amber=params.readiness_amber),
    )
    head = top + 1
    put_text(ws, head, 1, context.text("export.grid.fixture"))
    put_text(ws, head, total_column, context.text("export.grid.week"))
    for j, fixture in enumerate(fixtures):
        column = 2 + 2 * j
        put_text(ws, head, column, context.fixture_name(fixture))
        merge(ws, head, column, head, column + 1)
        values = (fixture.kickoff, fixture.rules.name, fixture.venue, fixture.importance)
        for i, value in enumerate(values, start=1):
            cell = put_value(ws, head + i, column, value)
            merge(ws, head + i, column, head + i, column + 1)
            paint(cell, alignment=WRAP if isinstance(value, str) else CENTRE)
            if i == 1:
                cell.number_format = context.locale.date_format
    paint_header([ws.cell(row=head, column=c) for c in range(1, total_column + 1)])
    fit_height(
        ws, [ws.cell(row=head, column=2 + 2 * j) for j in range(len(fixtures))], bold=True, span=2
    )
    for i, fact in enumerate(FACTS, start=1):
        paint(
            put_text(ws, head + i, 1, context.text(fact)), font=BOLD, fill=BAND_FILL, alignment=LEFT
        )
        for c in range(1, total_column + 1):
            paint(ws.cell(row=head + i, column=c), border=GRID)
        fit_height(
            ws, [ws.cell(row=head + i, column=2 + 2 * j) for j in range(len(fixtures))], span=2
        )

    header = head + len(FACTS) + 1
    minutes_heading, readiness_heading = (
        context.text("export.minutes"),
        context.text("export.readiness"),
    )
    put_text(ws, header, 1, context.text("export.player"))
    for j in range(len(fixtures)):
        put_text(ws, header, 2 + 2 * j, minutes_heading)
        put_text(ws, header, 3 + 2 * j, readiness_heading)
    put_text(ws, header, total_column, minutes_heading)
    paint_header([ws.cell(row=header, column=c) for c in range(1, total_column + 1)])
    fit_height(ws, [ws.cell(row=header, column=total_column)], bold=True)

    row = header
    for row, player_id in enumerate(plan.players, start=header + 1):
        band = BAND_FILL if (row - header) % 2 == 0 else None
        paint(
            put_text(ws, row, 1, context.player_name(player_id)),
            border=GRID,
            alignment=LEFT,
            fill=band,
        )
        total = 0
        for j, fixture in enumerate(fixtures):
            minutes = context.minutes[fixture.id].get(player_id, 0)
            total += minutes
            cell = put_value(ws, row, 2 + 2 * j, minutes)
            cell.number_format = MINUTES_FORMAT
            paint(cell, border=GRID, alignment=CENTRE, fill=band)
            readiness = context.readiness(player_id, fixture.id)
            cell = put_value(ws, row, 3 + 2 * j, None)
            paint(cell, border=GRID, alignment=CENTRE, font=BOLD)
            paint_readiness(cell, readiness, params)
        cell = put_value(ws, row, total_column, total)
        paint(cell, border=GRID, alignment=CENTRE, font=BOLD, fill=band)
    return head, header, row
