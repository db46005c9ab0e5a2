"""Titled, styled blocks of rows (the building brick of every sheet), optionally Excel tables."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.cells import put_text, put_value, shorten
from planner.export.styles import (
    BAND_FILL,
    GRID,
    HEADER,
    LEFT,
    SECTION,
    SUBTITLE,
    TITLE,
    WRAP,
    paint,
    paint_header,
)

TITLE_LIMIT = 90  # characters: a title overflows into the empty cells to its right
_TABLE_STYLE = TableStyleInfo(name="TableStyleLight9", showRowStripes=False)


def width_for(texts: Iterable[object], minimum: float, maximum: float) -> float:
    """A column width (Excel units) that fits the longest of texts, within bounds."""
    longest = max((len(str(t)) for t in texts), default=0)
    return min(max(minimum, longest * 1.1 + 1), maximum)


def write_title(ws: Worksheet, title: str, subtitle: str) -> None:
    """Rows 1-2: the sheet's title and a line saying what it shows."""
    paint(put_text(ws, 1, 1, shorten(title, TITLE_LIMIT)), font=TITLE)
    paint(put_text(ws, 2, 1, shorten(subtitle, TITLE_LIMIT * 2)), font=SUBTITLE)
    ws.row_dimensions[1].height = 24


def write_section(ws: Worksheet, row: int, column: int, text: str) -> None:
    paint(put_text(ws, row, column, text), font=SECTION)


def write_block(
    ws: Worksheet,
    top: int,
    left: int,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    formats: dict[int, str] | None = None,
    wrap: Sequence[int] = (),
    header_font: Font = HEADER,
    font: Font | None = None,
) -> list[list[Cell]]:
    """Header row at top, then rows (banded, gridded); returns the body cells row by row.

    formats maps a column offset to a number format; columns in wrap wrap their text; fonts
    other than the workbook's 11 pt need row heights set by the caller.
    """
    for offset, header in enumerate(headers):
        put_text(ws, top, left + offset, header)
    header_cells = [ws.cell(row=top, column=left + i) for i in range(len(headers))]
    paint_header(header_cells, header_font)
    fit_height(ws, header_cells, bold=True)
    body = []
    for r, values in enumerate(rows, start=1):
        cells = []
        for offset, value in enumerate(values):
            cell = put_value(ws, top + r, left + offset, value)
            paint(
                cell,
                font=font,
                border=GRID,
                alignment=WRAP if offset in wrap else LEFT,
                fill=BAND_FILL if r % 2 == 0 else None,
            )
            if formats and offset in formats:
                cell.number_format = formats[offset]
            cells.append(cell)
        body.append(cells)
        if wrap:
            fit_height(ws, [cells[i] for i in wrap if i < len(cells)])
    return body


def text_lines(text: str, per_line: float) -> int:
    """Lines a text needs when wrapped word by word at per_line average characters (capitals
    count as wider)."""
    limit = max(1.0, per_line)
    lines = 0
    for paragraph in text.split("\n"):
        lines, used = lines + 1, 0.0
        for word in paragraph.split():
            size = len(word) + 0.35 * sum(c.isupper() for c in word)
            if used and used + 1 + size > limit:
                lines, used = lines + 1, 0.0
            while size > limit:  # a word longer than the line breaks anywhere
                lines, size = lines + 1, size - limit
            used = used + 1 + size if used else size
    return max(1, lines)


def fit_height(ws: Worksheet, cells: Sequence[Cell], *, bold: bool = False, span: int = 1) -> None:
    """Give the cells' row the height its tallest wrapped text needs (openpyxl cannot autofit,
    and LibreOffice does not on opening). span: columns a merged cell covers.

    Character widths were measured on LibreOffice's PDFs, which print Calibri in a wider face
    when Calibri is missing; Excel with Calibri fits more per line, so nothing is cut off.
    """
    if not cells:
        return
    lines = max(
        text_lines(str(cell.value or ""), per_line(ws, cell.column, span=span, bold=bold))
        for cell in cells
    )
    if lines > 1:
        row = cells[0].row
        current = ws.row_dimensions[row].height or 15
        ws.row_dimensions[row].height = min(max(current, 15 * lines), MAX_ROW_HEIGHT)


def per_line(ws: Worksheet, column: int, *, span: int = 1, bold: bool = False) -> float:
    """Characters that fit on one line of a cell span columns wide (widths already set)."""
    pixels = sum(
        7 * (ws.column_dimensions[get_column_letter(column + i)].width or 8.43) + 5
        for i in range(span)
    )
    return (pixels - 6) / (_BOLD_CHAR_PX if bold else _CHAR_PX)


MAX_ROW_HEIGHT = 409  # points, Excel's limit
_CHAR_PX, _BOLD_CHAR_PX = 6.3, 7.0  # average character width at 11 pt, in pixels


def add_table(ws: Worksheet, name: str, top: int, left: int, width: int, height: int) -> None:
    """Make the block at (top, left) with a header row and height data rows an Excel table."""
    if height == 0:
        return  # Excel refuses a table without a data row
    first = ws.cell(row=top, column=left).coordinate
    last = ws.cell(row=top + height, column=left + width - 1).coordinate
    table = Table(displayName=_table_name(name), ref=f"{first}:{last}")
    table.tableStyleInfo = _TABLE_STYLE
    ws.add_table(table)


def _table_name(name: str) -> str:
    cleaned = re.sub(r"\W", "_", name, flags=re.ASCII)
    return cleaned if cleaned[:1].isalpha() else f"T_{cleaned}"
