"""Reading an exported workbook back the way a person would: find a block by its title."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet


def find(ws: Worksheet, prefix: str) -> tuple[int, int]:
    """(row, column) of the first cell whose text starts with prefix."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(prefix):
                return cell.row, cell.column
    raise AssertionError(f"no cell starting {prefix!r} in sheet {ws.title!r}")


def block(ws: Worksheet, title: str) -> list[dict[str, object]]:
    """The rows under the header below the section titled title, as header -> value, up to the
    first empty row. Headers left blank (merged columns) are skipped."""
    row, column = find(ws, title)
    header_row = row + 1
    headers = []
    c = column
    while ws.cell(header_row, c).value is not None:
        headers.append((c, ws.cell(header_row, c).value))
        c += 1
    rows = []
    r = header_row + 1
    while any(ws.cell(r, c).value not in (None, "") for c, _ in headers):
        rows.append({name: ws.cell(r, c).value for c, name in headers if name})
        r += 1
    return rows
