"""Cells that come from data: always text, never a formula, always valid XML, sheet names safe.

A player called ``=HYPERLINK(...)`` must print as that string, not run as a formula, so every
data string is stored with the cell type forced to text; strings a spreadsheet would read as a
formula or number on re-entry also get the quote prefix (Excel's leading apostrophe).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

MAX_CELL_TEXT = 32_767  # Excel's limit per cell
MAX_SHEET_TITLE = 31
MAX_HEADER_FOOTER = 255  # Excel's limit for a whole header or footer

# Control characters XML 1.0 forbids (tab, newline and carriage return are allowed), lone
# surrogates (not encodable as UTF-8) and the two non-characters U+FFFE / U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_LIKE = re.compile(r"^[=+\-@\t\r]|^\s*[0-9.,]+%?\s*$")
_NOT_IN_SHEET_TITLE = re.compile(r"[\[\]:*?/\\]")


def clean_text(value: object) -> str:
    """value as a string a workbook can hold: XML-invalid characters removed, line ends as
    "\\n" (XML reads a carriage return as one), cut to 32,767."""
    text = _NOT_XML.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return text[:MAX_CELL_TEXT]


def shorten(text: str, limit: int) -> str:
    """text cut to limit characters with an ellipsis: an absurdly long name or message must
    not stretch a printed page (the data sheets keep the full text)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def put_text(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write value into a cell as literal text (never a formula); returns the cell."""
    text = clean_text(value)
    cell = ws.cell(row=row, column=column)
    cell.value = text
    cell.data_type = "s"
    if _FORMULA_LIKE.match(text):
        cell.quotePrefix = True
    return cell


def put_value(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write a number, date or None as it is, and anything else as literal text."""
    if value is None or isinstance(value, bool | int | float) or hasattr(value, "isoformat"):
        cell = ws.cell(row=row, column=column)
        cell.value = value
        return cell
    return put_text(ws, row, column, value)


def sheet_title(text: str, taken: Iterable[str] = ()) -> str:
    """A valid, unique sheet name from text: no []:*?/\\, no edge apostrophes, <= 31 chars."""
    base = _NOT_IN_SHEET_TITLE.sub(" ", clean_text(text))
    base = " ".join(base.split()).strip("'").strip() or "Sheet"
    used = {t.casefold() for t in taken}
    if base.casefold() == "history":  # Excel reserves this name
        base = "History sheet"
    candidate, n = base[:MAX_SHEET_TITLE].rstrip(), 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate, n = base[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix, n + 1
    return candidate


def header_footer_text(text: str, limit: int = 80) -> str:
    """Text for a print header or footer: '&' doubled (it starts a code there), kept short."""
    cleaned = " ".join(clean_text(text).split())[:limit]
    return cleaned.replace("&", "&&")


def merge(
    ws: Worksheet, first_row: int, first_column: int, last_row: int, last_column: int
) -> None:
    """Merge a range whose cells are already styled.

    ws.merge_cells() also replaces every covered cell and re-applies the range's borders, which
    made merging most of an export's time; here the range is only recorded (the writer needs no
    more), and the covered cells keep the borders and fills they were given, which is what a
    spreadsheet shows and prints. Covered cells must stay empty.
    """
    ws.merged_cells.add(
        CellRange(min_row=first_row, min_col=first_column, max_row=last_row, max_col=last_column)
    )
