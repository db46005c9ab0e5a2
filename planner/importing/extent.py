"""A workbook sheet's real used range, measured from its XML before any parser loads it.

calamine builds a dense grid from the first to the last cell that holds a value, so one stray
value at XFD1000000 would make it allocate hundreds of GB. Scanning the sheet's XML part for
cell references costs one streamed pass and almost no memory.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import defusedxml.ElementTree as SafeTree
import numpy as np

_CHUNK = 1 << 20
# a cell element that is not self-closing (self-closing cells hold only a style, no value)
_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"[^>]*?(/?)>")
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# any cell-like reference, whatever element holds it (a superset of what _CELL counts)
_REFERENCE = re.compile(rb"r=\"([A-Z]{1,3}[0-9]{1,7})\"")
_LONGEST_REFERENCE = len(b'r="XFD1234567"')


@dataclass(frozen=True)
class Extent:
    """The last row and column (1-based) holding a value, and that cell's reference."""

    rows: int
    columns: int
    far_cell: str  # the value furthest from A1, e.g. 'XFD1000000'


def column_number(letters: str) -> int:
    """'A' -> 1, 'XFD' -> 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> its XML part in an .xlsx/.xlsm (empty for other zip workbooks)."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
            return {}
        book = SafeTree.fromstring(archive.read("xl/workbook.xml"))
        rels = SafeTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for sheet in book.iter():
        if _local(sheet) != "sheet":
            continue
        target = targets.get(sheet.get(_REL_NS))
        if target:
            part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            parts[sheet.get("name", "")] = posixpath.normpath(part)
    return parts


class Bound:
    """At least the last row and column measure() finds, from a part fed in pieces as it is
    unpacked: the largest of every reference, self-closing cells and other elements included.
    One findall and a few array operations per piece instead of a Python step per cell."""

    def __init__(self) -> None:
        self.rows = self.columns = 0
        self._tail = b""  # the end of the last piece, read again with the next

    def feed(self, piece: bytes) -> None:
        data = self._tail + piece
        self._add(data)  # a reference cut at the end has no closing quote: not read here
        self._tail = data[-_LONGEST_REFERENCE:]  # ... but whole with the next piece

    def close(self) -> tuple[int, int]:
        """(rows, columns) of everything fed."""
        return self.rows, self.columns

    def _add(self, data: bytes) -> None:
        found = _REFERENCE.findall(data)
        if not found:
            return
        # one row per character position (A-Z, then 0-9, then zero padding), refs along it
        # as wide as the longest reference found (at most 10 characters: the pattern says so)
        codes = np.array(found).view(np.uint8).reshape(len(found), -1).T
        codes = codes.astype(np.int32)  # XFD and 7 digits fit: half the memory to go through
        row = column = np.zeros(len(found), dtype=np.int32)
        for code in codes:
            letter = code >= 65
            digit = (code >= 48) & (code <= 57)
            column = np.where(letter, column * 26 + code - 64, column)
            row = np.where(digit, row * 10 + code - 48, row)
        self.rows, self.columns = (
            max(self.rows, int(row.max())),
            max(self.columns, int(column.max())),
        )


def bound(path: Path, part: str) -> tuple[int, int]:
    """Bound of one sheet part read from the workbook (see Bound)."""
    found = Bound()
    with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
        while piece := stream.read(_CHUNK):
            found.feed(piece)
    return found.close()


def _chunks(path: Path, part: str) -> Iterator[bytes]:
    """The part in pieces that each end before a '<' (the next piece starts with that tag),
    so that no element is cut in two."""
    with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            end = data.rfind(b"<")
            end = len(data) if end < 0 else end
            yield data[:end]
            tail = data[end:]
        if tail:
            yield tail


def measure(path: Path, part: str) -> Extent:
    """The used range of one sheet part, read in chunks (see _chunks)."""
    rows = columns = 0
    far, far_key = "", (0, 0)
    for data in _chunks(path, part):
        for found in _CELL.finditer(data):
            if found[3]:
                continue
            column, row = column_number(found[1].decode()), int(found[2])
            rows, columns = max(rows, row), max(columns, column)
            if (row * column, row) > far_key:
                far_key, far = (row * column, row), f"{found[1].decode()}{row}"
    return Extent(rows, columns, far)


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def measure_ods(path: Path) -> dict[str, Extent]:
    """The used range of every table of an .ods: its rows and cells may say "repeated
    1,000,000 times", which calamine expands, so the repeats are counted, not expanded."""
    found: dict[str, Extent] = {}
    name, row, rows, columns = "", 0, 0, 0
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
        for event, element in SafeTree.iterparse(stream, events=("start", "end")):
            tag = _local(element)
            if event == "start":
                if tag == "table":
                    name, row, rows, columns = element.get(f"{{{_TABLE}}}name", ""), 0, 0, 0
                continue
            if tag == "table-row":
                repeat = _repeat(element, "rows")
                last = _last_filled_column(element)
                if last:
                    rows, columns = row + repeat, max(columns, last)
                row += repeat
                element.clear()
            elif tag == "table":
                found[name] = Extent(rows, columns, f"{_letters(columns)}{rows}" if rows else "")
                element.clear()
    return found


def _last_filled_column(row: ElementTree.Element) -> int:
    column = last = 0
    for cell in row:
        if _local(cell) not in ("table-cell", "covered-table-cell"):
            continue
        column += _repeat(cell, "columns")
        if cell.get(f"{{{_OFFICE}}}value-type") or len(cell):
            last = column
    return last


def _repeat(element: ElementTree.Element, what: str) -> int:
    try:
        return max(1, int(element.get(f"{{{_TABLE}}}number-{what}-repeated", "1")))
    except ValueError:
        return 1


def _letters(column: int) -> str:
    """16384 -> 'XFD'."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _local(element: ElementTree.Element) -> str:
    return element.tag.rpartition("}")[2]
