"""The Summary sheet: the fixtures, the plan's warnings and errors, the risk flags and every
player's readiness at each kick-off (planned minutes have their own sheet)."""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import add_table, fit_height, write_block, write_section, write_title
from planner.export.cells import merge, shorten
from planner.export.context import MESSAGE_LIMIT, ExportContext
from planner.export.page import set_up_printing
from planner.export.styles import (
    AMBER,
    BOLD,
    CENTRE,
    DATE_FORMAT,
    ERROR,
    GREEN,
    GRID,
    RED,
    TIME_FORMAT,
    WHOLE,
    WRAP,
    paint,
    paint_readiness,
)

NAME_WIDTH = 26
COLUMN_WIDTH = 16
_RISK_ORDER = {"high": 0, "moderate": 1}


def write_summary(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with the plan's overview, one page wide."""
    plan = context.plan
    wide = max(6, len(plan.fixtures) + 1)
    write_title(
        ws,
        f"{plan.club or 'Squad'}: rotation plan",
        f"{len(plan.fixtures)} fixtures, {len(plan.players)} players. "
        f"Exported {context.exported_at:%a %d %b %Y %H:%M}.",
    )
    ws.column_dimensions["A"].width = NAME_WIDTH
    for column in range(2, wide + 1):
        ws.column_dimensions[get_column_letter(column)].width = COLUMN_WIDTH

    row = _fixtures(ws, 4, context)
    row = _problems(ws, row + 2, context, wide)
    row = _risk_flags(ws, row + 2, context, wide)
    ws.row_breaks.append(Break(id=row + 1))  # the readiness table starts a page of its own
    _readiness(ws, row + 2, context)

    ws.freeze_panes = "B3"
    set_up_printing(
        ws, club=plan.club, subject="Summary", exported_at=context.exported_at, title_rows="1:2"
    )


def _fixtures(ws: Worksheet, top: int, context: ExportContext) -> int:
    write_section(ws, top, 1, "Fixtures")
    rows = [
        [f.kickoff, f.kickoff.time(), f.opponent, f.rules.name, f.venue, f.importance]
        for f in context.plan.fixtures
    ]
    headers = ("Date", "Kick-off", "Opponent", "Competition", "Venue", "Importance (1-5)")
    body = write_block(
        ws, top + 1, 1, headers, rows, formats={0: DATE_FORMAT, 1: TIME_FORMAT}, wrap=(2, 3, 4)
    )
    for cells in body:
        paint(cells[5], alignment=CENTRE)
        paint(cells[1], alignment=CENTRE)
    add_table(ws, "Fixtures", top + 1, 1, len(headers), len(rows))
    return top + 1 + len(rows)


def _problems(ws: Worksheet, top: int, context: ExportContext, wide: int) -> int:
    errors = sum(1 for p in context.problems if p.severity == "error")
    write_section(ws, top, 1, f"Errors ({errors}) and warnings ({len(context.problems) - errors})")
    ordered = sorted(context.problems, key=lambda p: p.severity != "error")
    rows = [[p.severity.capitalize(), shorten(p.message, MESSAGE_LIMIT)] for p in ordered]
    if not rows:
        rows = [["None", "The plan breaks no rule the planner checks."]]
    body = write_block(ws, top + 1, 1, ("Severity", "Message"), rows)
    for cells in body:
        paint(cells[0], alignment=WRAP, font=ERROR if cells[0].value == "Error" else None)
    _widen_last(ws, top + 1, len(rows), 2, wide)
    return top + 1 + len(rows)


def _risk_flags(ws: Worksheet, top: int, context: ExportContext, wide: int) -> int:
    plan = context.plan
    order = {f.id: i for i, f in enumerate(plan.fixtures)}
    labels = {f.id: f.label for f in plan.fixtures}
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
            flagged["reasons"].astype(str),
            strict=True,
        ),
        key=lambda entry: entry[:3],
    )
    write_section(ws, top, 1, "Risk flags at kick-off (moderate and high)")
    rows: list[list[object]] = [
        [name, fixture, risk, None, reasons] for _, _, name, fixture, risk, _, reasons in entries
    ]
    if not rows:
        rows = [["No player is flagged", "", "", None, ""]]
    body = write_block(
        ws, top + 1, 1, ("Player", "Fixture", "Risk", "Readiness", "Why"), rows, wrap=(1,)
    )
    for cells, entry in zip(body, entries, strict=False):
        paint_readiness(cells[3], _number(entry[5]), plan.params)
        paint(cells[3], border=GRID)
    _widen_last(ws, top + 1, len(rows), 5, wide)
    return top + 1 + len(rows)


def _readiness(ws: Worksheet, top: int, context: ExportContext) -> None:
    plan = context.plan
    params = plan.params
    write_section(
        ws,
        top,
        1,
        f"Readiness at kick-off, 0-100 (green {params.readiness_amber}+, amber "
        f"{params.readiness_red}-{params.readiness_amber - 1}, red below {params.readiness_red})",
    )
    fixtures = plan.fixtures
    rows = [
        [
            context.player_name(pid),
            *(_number(context.readiness(pid, f.id), whole=True) for f in fixtures),
        ]
        for pid in plan.players
    ]
    headers = ("Player", *(f.label for f in fixtures))
    formats = {i: WHOLE for i in range(1, len(headers))}
    body = write_block(ws, top + 1, 1, headers, rows, formats=formats)
    for cells in body:
        for cell in cells[1:]:
            paint(cell, alignment=CENTRE, font=BOLD)
    if fixtures and rows:
        area = f"B{top + 2}:{get_column_letter(len(fixtures) + 1)}{top + 1 + len(rows)}"
        ws.conditional_formatting.add(
            area,
            ColorScaleRule(
                start_type="num",
                start_value=params.readiness_red,
                start_color=RED,
                mid_type="num",
                mid_value=params.readiness_amber,
                mid_color=AMBER,
                end_type="num",
                end_value=100,
                end_color=GREEN,
            ),
        )
    add_table(ws, "Readiness", top + 1, 1, len(headers), len(rows))


def _number(value: float | None, *, whole: bool = False) -> float | None:
    """None for a missing or NaN value; rounded when whole."""
    if value is None or value != value:
        return None
    return round(value) if whole else value


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
