"""The Load sheet: the load table's rows, recorded and planned (marked), with each row's load.

A plain long table, headers in row 1, like the Minutes history; cut to its most recent
MAX_ROWS rows with a note (see planner/export/history.py). Only written when the plan has a
load table or a training week (has_load).
"""

from __future__ import annotations

import pandas as pd
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import add_table, width_for, write_block
from planner.export.context import ExportContext
from planner.export.history import MAX_ROWS
from planner.export.page import set_up_printing
from planner.fatigue.load import row_loads
from planner.microcycle import planned_rows
from planner.plan import Plan

HEADERS = (
    "export.date",
    "export.player",
    "export.load.source",
    "export.load.kind",
    "export.minutes",
    "export.load.rpe",
    "export.load.au",
)


def has_load(plan: Plan) -> bool:
    """Whether the workbook gets a Load sheet."""
    return len(plan.sessions) > 0 or plan.training is not None


def write_load(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with every recorded and planned load row, oldest first."""
    plan = context.plan
    recorded, planned = plan.sessions, planned_rows(plan)
    table = pd.concat(
        [recorded.assign(planned=False), planned.assign(planned=True)], ignore_index=True
    ).sort_values(["date", "player_id"], kind="stable")
    total = len(table)
    table = table.iloc[-MAX_ROWS:]
    names = {pid: p.name for pid, p in plan.players.items()}
    source = {marked: context.text(f"export.load.{marked}") for marked in ("recorded", "planned")}
    rows = [
        [
            day.date(),
            names.get(pid, pid),
            source["planned" if marked else "recorded"],
            context.text(f"export.load.kind.{kind}"),
            duration,
            None if rpe != rpe else rpe,
            round(float(load), 1),
        ]
        for day, pid, marked, kind, duration, rpe, load in zip(
            table["date"],
            table["player_id"],
            table["planned"],
            table["kind"],
            table["duration"],
            table["rpe"],
            row_loads(plan, table),
            strict=True,
        )
    ]
    widths = {"A": 13, "B": width_for((r[1] for r in rows), 14, 50), "C": 12, "D": 14}
    widths |= {"E": 10, "F": 8, "G": 11}
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    headers = [context.text(code) for code in HEADERS]
    write_block(ws, 1, 1, headers, rows, formats={0: "yyyy-mm-dd", 4: "0", 6: "0"})
    add_table(ws, "Load", 1, 1, len(HEADERS), len(rows))
    ws.freeze_panes = "A2"
    if total > len(rows):
        note = ws.cell(row=1, column=len(HEADERS) + 2)
        note.value = context.text("export.load.cut", shown=len(rows), total=total)
    set_up_printing(ws, context, subject=context.text("export.subject.load"), title_rows="1:1")
