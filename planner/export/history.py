"""The Minutes history sheet: the past appearances the fatigue model starts from.

A plain long table with its headers in row 1, so the importer reads it back as a minutes log.
A long history is cut to its most recent MAX_ROWS appearances, with a note beside the table:
a styled openpyxl row costs ~0.1 ms, so 650,000 rows took 85 s and 1.8 GB; the plan file
keeps them all.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import add_table, width_for, write_block
from planner.export.context import ExportContext
from planner.export.page import set_up_printing

# the importer knows these headings in English and Spanish (import-synonyms.json)
HEADERS = (
    "export.date",
    "export.player",
    "export.minutes",
    "export.competition",
    "export.opponent",
)
MAX_ROWS = 20_000  # ~15 seasons of a squad's matches; exports in about a second


def write_history(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with one row per past appearance, oldest first (the most recent MAX_ROWS)."""
    history = context.plan.history.iloc[-MAX_ROWS:]
    total = len(context.plan.history)
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
    headers = [context.text(code) for code in HEADERS]
    write_block(ws, 1, 1, headers, rows, formats={0: "yyyy-mm-dd", 2: "0"})
    add_table(ws, "MinutesHistory", 1, 1, len(HEADERS), len(rows))
    ws.freeze_panes = "A2"
    if total > len(rows):
        note = ws.cell(row=1, column=len(HEADERS) + 2)
        note.value = context.text("export.history.cut", shown=len(rows), total=total)
    set_up_printing(
        ws,
        context,
        subject=context.text("export.subject.history"),
        title_rows="1:1",
    )
