"""The Minutes history sheet: the past appearances the fatigue model starts from.

A plain long table with its headers in row 1, so the importer reads it back as a minutes log.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import add_table, width_for, write_block
from planner.export.context import ExportContext
from planner.export.page import set_up_printing

HEADERS = ("Date", "Player", "Minutes", "Competition", "Opponent")


def write_history(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with one row per past appearance, oldest first."""
    history = context.plan.history
    names = {pid: p.name for pid, p in context.plan.players.items()}
    rows = [
        [date.date(), names.get(pid, pid), int(minutes), competition, opponent]
        for date, pid, minutes, competition, opponent in zip(
            history["date"],
            history["player_id"],
            history["minutes"],
            history["competition"],
            history["opponent"],
            strict=True,
        )
    ]
    widths = {
        "A": 13,
        "B": width_for((r[1] for r in rows), 14, 50),
        "C": 10,
        "D": width_for((r[3] for r in rows), 14, 30),
        "E": width_for((r[4] for r in rows), 14, 40),
    }
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    write_block(ws, 1, 1, HEADERS, rows, formats={0: "yyyy-mm-dd", 2: "0"})
    add_table(ws, "MinutesHistory", 1, 1, len(HEADERS), len(rows))
    ws.freeze_panes = "A2"
    set_up_printing(
        ws,
        context,
        subject="Minutes history (past appearances used by the fatigue model)",
        title_rows="1:1",
    )
