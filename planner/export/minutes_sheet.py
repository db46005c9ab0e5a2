"""The Planned minutes sheet: players x fixtures minutes with each player's total.

Its header is row 1 (Player, then one column per fixture headed '2025-04-06 v Toronto FC (MLS)',
then Total; Jugador and Total in Spanish, which the importer knows too) so the importer reads
it back as a minutes table.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import add_table, width_for, write_block
from planner.export.context import ExportContext
from planner.export.page import set_up_printing
from planner.export.styles import BOLD, CENTRE, WHOLE, paint

FIXTURE_WIDTH = 14


def write_minutes(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with the planned minutes matrix, squad order, a total per player."""
    plan = context.plan
    fixtures = plan.fixtures
    ws.column_dimensions["A"].width = width_for((p.name for p in plan.players.values()), 18, 50)
    for column in range(2, len(fixtures) + 3):
        ws.column_dimensions[get_column_letter(column)].width = FIXTURE_WIDTH
    rows = []
    for player_id, player in plan.players.items():
        played = [context.minutes[f.id].get(player_id, 0) for f in fixtures]
        rows.append([player.name, *played, sum(played)])
    headers = (
        context.text("export.player"),
        *context.headings.values(),
        context.text("export.total"),
    )
    body = write_block(ws, 1, 1, headers, rows, formats={i: WHOLE for i in range(1, len(headers))})
    for cells in body:
        for cell in cells[1:]:
            paint(cell, alignment=CENTRE)
        paint(cells[-1], font=BOLD)
    add_table(ws, "PlannedMinutes", 1, 1, len(headers), len(rows))
    ws.freeze_panes = "B2"
    set_up_printing(
        ws,
        context,
        subject=context.text("export.sheet.minutes"),
        title_rows="1:1",
    )
