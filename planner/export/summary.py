"""The Summary sheet: the plan's errors and warnings and the risk flags, then the week's grid
(fixtures across, players down: planned minutes and readiness at each kick-off)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import fit_height, write_block, write_section, write_title
from planner.export.cells import merge, shorten
from planner.export.context import MESSAGE_LIMIT, ExportContext
from planner.export.page import set_up_printing
from planner.export.styles import (
    ERROR,
    GRID,
    WRAP,
    paint,
    paint_readiness,
)
from planner.export.week_grid import grid_width, set_grid_widths, write_week_grid

COLUMN_WIDTH = 16  # columns right of the grid, where the warnings' text runs
MIN_WIDTH = 8
_RISK_ORDER = {"high": 0, "moderate": 1}


def write_summary(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with the plan's overview, one page wide: errors, warnings and risk flags first,
    then the week's grid from a new page."""
    plan = context.plan
    width = grid_width(len(plan.fixtures))
    wide = max(MIN_WIDTH, width)
    write_title(
        ws,
        context.text(
            "export.summary.title", club=plan.club or context.text("export.summary.squad")
        ),
        context.text(
            "export.summary.subtitle",
            fixtures=len(plan.fixtures),
            players=len(plan.players),
            moment=context.locale.day_and_time(context.exported_at),
        ),
    )
    set_grid_widths(ws, context)
    for column in range(width + 1, wide + 1):
        ws.column_dimensions[get_column_letter(column)].width = COLUMN_WIDTH

    # Each part starts a page, so no table's header is left alone at the foot of a page.
    row = _problems(ws, 4, context, wide)
    ws.row_breaks.append(Break(id=row + 1))
    row = _risk_flags(ws, row + 2, context, wide)
    ws.row_breaks.append(Break(id=row + 1))
    head, header, _ = write_week_grid(ws, row + 2, context)

    ws.freeze_panes = "B3"
    set_up_printing(
        ws,
        context,
        subject=context.text("export.sheet.summary"),
        title_rows=f"{head}:{header}",  # the grid's headers repeat on every page it runs to
    )


def _problems(ws: Worksheet, top: int, context: ExportContext, wide: int) -> int:
    errors = sum(1 for p in context.problems if p.severity == "error")
    warnings = len(context.problems) - errors
    write_section(
        ws, top, 1, context.text("export.summary.problems", errors=errors, warnings=warnings)
    )
    ordered = sorted(context.problems, key=lambda p: p.severity != "error")
    rows = [[context.severity(p), shorten(context.problem(p), MESSAGE_LIMIT)] for p in ordered]
    if not rows:
        rows = [
            [
                context.text("export.summary.no_problems"),
                context.text("export.summary.no_problems_text"),
            ]
        ]
    headers = (context.text("export.summary.severity"), context.text("export.summary.message"))
    body = write_block(ws, top + 1, 1, headers, rows)
    for cells, problem in zip(body, [*ordered, None], strict=False):
        error = problem is not None and problem.severity == "error"
        paint(cells[0], alignment=WRAP, font=ERROR if error else None)
    _widen_last(ws, top + 1, len(rows), 2, wide)
    return top + 1 + len(rows)


def _risk_flags(ws: Worksheet, top: int, context: ExportContext, wide: int) -> int:
    plan = context.plan
    order = {f.id: i for i, f in enumerate(plan.fixtures)}
    labels = {f.id: context.fixture_name(f) for f in plan.fixtures}
    table = context.fatigue
    flagged = table[table["risk"].astype(str).isin(_RISK_ORDER)]
    entries = sorted(
        zip(
            [order.get(fid, 0) for fid in flagged.index.get_level_values("fixture_id")],
            [_RISK_ORDER[risk] for risk in flagged["risk"].astype(str)],
            [context.player_name(pid) for pid in flagged.index.get_level_values("player_id")],
            [labels.get(fid, fid) for fid in flagged.index.get_level_values("fixture_id")],
            flagged["risk"].astype(str),
            flagged["readiness"].astype(float),
            [context.word(reasons) for reasons in flagged["reasons"]],
            strict=True,
        ),
        key=lambda entry: entry[:3],
    )
    write_section(ws, top, 1, context.text("export.summary.risk_flags"))
    rows: list[list[object]] = [
        [
            name,
            None,
            context.text(f"export.risk.{risk}"),
            context.text("export.summary.flag_reasons", fixture=fixture, reasons=reasons),
        ]
        for _, _, name, fixture, risk, _, reasons in entries
    ]
    if not rows:
        rows = [[context.text("export.summary.no_flags"), None, "", ""]]
    headers = tuple(
        context.text(code)
        for code in (
            "export.player",
            "export.readiness",
            "export.summary.risk",
            "export.summary.why",
        )
    )
    body = write_block(ws, top + 1, 1, headers, rows)
    for cells, entry in zip(body, entries, strict=False):
        paint_readiness(cells[1], _number(entry[5]), plan.params)
        paint(cells[1], border=GRID)
    _widen_last(ws, top + 1, len(rows), 4, wide)
    return top + 1 + len(rows)


def _number(value: float | None) -> float | None:
    """None for a missing or NaN value."""
    return None if value is None or value != value else value


def _widen_last(ws: Worksheet, header: int, count: int, column: int, wide: int) -> None:
    """Merge a block's last column with the free columns to its right, wrapping its text and
    giving each row the height its text needs."""
    span = wide - column + 1
    for row in range(header, header + count + 1):
        for c in range(column + 1, wide + 1):
            paint(ws.cell(row=row, column=c), border=GRID)
        if span > 1:
            merge(ws, row, column, row, wide)
        cell = ws.cell(row=row, column=column)
        if row > header:
            paint(cell, alignment=WRAP)
            fit_height(ws, [cell], span=span)
