"""The Summary sheet: fixtures, planned minutes, readiness at each kick-off, risk flags and the
warnings and errors of the plan."""

from __future__ import annotations

import math

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import add_table, write_block, write_section, write_title
from planner.export.cells import put_text
from planner.export.context import ExportContext, fixture_heading
from planner.export.page import set_up_printing
from planner.export.styles import (
    AMBER,
    BOLD,
    CENTRE,
    DATE_FORMAT,
    GREEN,
    GRID,
    RED,
    TIME_FORMAT,
    WHOLE,
    WRAP,
    paint_readiness,
)

NAME_WIDTH = 26
COLUMN_WIDTH = 13
_RISK_ORDER = {"high": 0, "moderate": 1}
_ERROR_FONT = Font(bold=True, color=RED)


def write_summary(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with the plan's one-page-wide overview."""
    plan = context.plan
    headings = unique_headings(context)
    wide = max(7, len(plan.fixtures) + 2)
    write_title(
        ws,
        f"{plan.club or 'Squad'}: rotation plan",
        f"{len(plan.fixtures)} fixtures, {len(plan.players)} players. "
        f"Exported {context.exported_at:%a %d %b %Y %H:%M}.",
    )
    ws.column_dimensions["A"].width = NAME_WIDTH
    for column in range(2, wide + 1):
        ws.column_dimensions[get_column_letter(column)].width = COLUMN_WIDTH

    row = _fixtures(ws, 4, context, headings)
    row = _minutes(ws, row + 2, context, headings)
    row = _readiness(ws, row + 2, context, headings)
    row = _risk_flags(ws, row + 2, context, wide)
    _problems(ws, row + 2, context, wide)

    ws.freeze_panes = "B3"
    set_up_printing(
        ws,
        club=plan.club,
        subject="Summary",
        exported_at=context.exported_at,
        title_rows="1:2",
    )


def unique_headings(context: ExportContext) -> dict[str, str]:
    """Fixture id -> column heading ('2025-04-06 v Toronto FC'), made unique if two clash."""
    headings: dict[str, str] = {}
    for fixture in context.plan.fixtures:
        heading, n = fixture_heading(fixture), 2
        while heading.casefold() in {h.casefold() for h in headings.values()}:
            heading, n = f"{fixture_heading(fixture)} ({n})", n + 1
        headings[fixture.id] = heading
    return headings


def _fixtures(ws: Worksheet, top: int, context: ExportContext, headings: dict[str, str]) -> int:
    write_section(ws, top, 1, "Fixtures")
    rows = [
        [
            headings[f.id],
            f.kickoff,
            f.kickoff.time(),
            f.opponent,
            f.rules.name,
            f.venue,
            f.importance,
        ]
        for f in context.plan.fixtures
    ]
    headers = ("Fixture", "Date", "Kick-off", "Opponent", "Competition", "Venue", "Importance")
    write_block(
        ws, top + 1, 1, headers, rows, formats={1: DATE_FORMAT, 2: TIME_FORMAT}, wrap=(3, 4, 5)
    )
    add_table(ws, "Fixtures", top + 1, 1, len(headers), len(rows))
    return top + 1 + len(rows)


def _minutes(ws: Worksheet, top: int, context: ExportContext, headings: dict[str, str]) -> int:
    plan = context.plan
    write_section(ws, top, 1, "Planned minutes")
    fixtures = plan.fixtures
    rows = []
    for player_id, player in plan.players.items():
        played = [context.minutes[f.id].get(player_id, 0) for f in fixtures]
        rows.append([player.name, *played, sum(played)])
    headers = ("Player", *(headings[f.id] for f in fixtures), "Total")
    formats = {i: WHOLE for i in range(1, len(headers))}
    body = write_block(ws, top + 1, 1, headers, rows, formats=formats)
    for cells in body:
        cells[-1].font = BOLD
    add_table(ws, "PlannedMinutes", top + 1, 1, len(headers), len(rows))
    return top + 1 + len(rows)


def _readiness(ws: Worksheet, top: int, context: ExportContext, headings: dict[str, str]) -> int:
    plan = context.plan
    params = plan.params
    write_section(
        ws,
        top,
        1,
        f"Readiness at kick-off (0-100: green {params.readiness_amber}+, amber "
        f"{params.readiness_red}-{params.readiness_amber - 1}, red below {params.readiness_red})",
    )
    fixtures = plan.fixtures
    rows = [
        [player.name, *(_rounded(context.readiness(pid, f.id)) for f in fixtures)]
        for pid, player in plan.players.items()
    ]
    headers = ("Player", *(f"{headings[f.id]} " for f in fixtures))
    body = write_block(ws, top + 1, 1, headers, rows, formats={i: WHOLE for i in range(1, 99)})
    for cells in body:
        for cell in cells[1:]:
            cell.alignment = CENTRE
            cell.font = BOLD
    if fixtures and rows:
        first = f"B{top + 2}"
        last = f"{get_column_letter(len(fixtures) + 1)}{top + 1 + len(rows)}"
        ws.conditional_formatting.add(
            f"{first}:{last}",
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
    return top + 1 + len(rows)


def _rounded(value: float | None) -> int | None:
    return None if value is None else round(value)


def _risk_flags(ws: Worksheet, top: int, context: ExportContext, wide: int) -> int:
    plan = context.plan
    order = {f.id: i for i, f in enumerate(plan.fixtures)}
    labels = {f.id: f.label for f in plan.fixtures}
    table = context.fatigue
    flagged = table[table["risk"].astype(str).isin(_RISK_ORDER)]
    entries = sorted(
        (
            (order.get(fid, 0), _RISK_ORDER[str(row.risk)], pid, fid, row)
            for (pid, fid), row in zip(flagged.index, flagged.itertuples(index=False), strict=True)
        ),
        key=lambda e: e[:3],
    )
    write_section(ws, top, 1, "Risk flags (moderate and high)")
    rows = [
        [context.player_name(pid), labels.get(fid, fid), str(row.risk), None, row.reasons]
        for _, _, pid, fid, row in entries
    ]
    if not rows:
        rows = [["No player is flagged", "", "", None, ""]]
    body = write_block(ws, top + 1, 1, ("Player", "Fixture", "Risk", "Readiness", "Why"), rows)
    for cells, entry in zip(body, entries, strict=False):
        readiness = entry[4].readiness
        paint_readiness(cells[3], None if readiness != readiness else readiness, plan.params)
    _widen_last(ws, top + 1, len(rows), 5, wide)
    return top + 1 + len(rows)


def _problems(ws: Worksheet, top: int, context: ExportContext, wide: int) -> None:
    plan = context.plan
    labels = {f.id: f.label for f in plan.fixtures}
    write_section(ws, top, 1, "Warnings and errors")
    rows = []
    for problem in sorted(context.problems, key=lambda p: str(_severity(p)) != "error"):
        rows.append(
            [
                _severity(problem).capitalize(),
                labels.get(problem.fixture_id or "", ""),
                context.player_name(problem.player_id) if problem.player_id else "",
                problem.message,
            ]
        )
    if not rows:
        rows = [["None", "", "", "The plan breaks no rule the planner checks."]]
    body = write_block(ws, top + 1, 1, ("Severity", "Fixture", "Player", "Message"), rows)
    for cells in body:
        if cells[0].value == "Error":
            cells[0].font = _ERROR_FONT
    _widen_last(ws, top + 1, len(rows), 4, wide)


def _severity(problem: object) -> str:
    severity = problem.severity  # type: ignore[attr-defined]
    return str(getattr(severity, "value", severity))


def _widen_last(ws: Worksheet, header: int, count: int, column: int, wide: int) -> None:
    """Merge a block's last column with the free columns to its right, wrapping its text and
    giving each row the height its text needs."""
    if column >= wide:
        return
    span = (wide - column + 1) * COLUMN_WIDTH
    for row in range(header, header + count + 1):
        for c in range(column + 1, wide + 1):
            ws.cell(row=row, column=c).border = GRID
        ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=wide)
        cell = ws.cell(row=row, column=column)
        if row > header:
            cell.alignment = WRAP
            lines = math.ceil(len(str(cell.value or "")) / (span * 1.05)) or 1
            if lines > 1:
                ws.row_dimensions[row].height = 15 * lines
