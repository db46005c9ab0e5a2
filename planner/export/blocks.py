"""Titled, styled blocks of rows (the building brick of every sheet), optionally Excel tables."""

from __future__ import annotations

import re
from collections.abc import Sequence

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.cells import put_text, put_value
from planner.export.styles import (
    BAND_FILL,
    GRID,
    LEFT,
    SECTION,
    SUBTITLE,
    TITLE,
    WRAP,
    paint_header,
)

_TABLE_STYLE = TableStyleInfo(name="TableStyleLight9", showRowStripes=False)


def write_title(ws: Worksheet, title: str, subtitle: str) -> None:
    """Rows 1-2: the sheet's title and a line saying what it shows."""
    put_text(ws, 1, 1, title).font = TITLE
    put_text(ws, 2, 1, subtitle).font = SUBTITLE
    ws.row_dimensions[1].height = 24


def write_section(ws: Worksheet, row: int, column: int, text: str) -> None:
    put_text(ws, row, column, text).font = SECTION


def write_block(
    ws: Worksheet,
    top: int,
    left: int,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    formats: dict[int, str] | None = None,
    wrap: Sequence[int] = (),
) -> list[list[Cell]]:
    """Header row at top, then rows (banded, gridded); returns the body cells row by row.

    formats maps a column offset to a number format; columns in wrap wrap their text.
    """
    for offset, header in enumerate(headers):
        put_text(ws, top, left + offset, header)
    paint_header([ws.cell(row=top, column=left + i) for i in range(len(headers))])
    body = []
    for r, values in enumerate(rows, start=1):
        cells = []
        for offset, value in enumerate(values):
            cell = put_value(ws, top + r, left + offset, value)
            cell.border = GRID
            cell.alignment = WRAP if offset in wrap else LEFT
            if formats and offset in formats:
                cell.number_format = formats[offset]
            if r % 2 == 0:
                cell.fill = BAND_FILL
            cells.append(cell)
        body.append(cells)
    return body


def add_table(ws: Worksheet, name: str, top: int, left: int, width: int, height: int) -> None:
    """Make the block at (top, left) with a header row and height data rows an Excel table."""
    if height == 0:
        return  # Excel refuses a table without a data row
    last = ws.cell(row=top + height, column=left + width - 1).coordinate
    table = Table(displayName=_table_name(name), ref=f"{ws.cell(row=top, column=left).coordinate}:{last}")
    table.tableStyleInfo = _TABLE_STYLE
    ws.add_table(table)


def _table_name(name: str) -> str:
    cleaned = re.sub(r"\W", "_", name, flags=re.ASCII)
    return cleaned if cleaned[:1].isalpha() else f"T_{cleaned}"
