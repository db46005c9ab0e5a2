"""Bytes to a raw grid of cells: format sniffing, encodings, delimiters, and safety caps.

Workbooks (.xlsx/.xlsm/.xlsb/.ods/.xls) are read with python-calamine, the engine behind
``pandas.read_excel(engine="calamine")``, called directly because header detection needs the
raw grid. Text tables (.csv/.tsv/.txt) are read with the csv module. Nothing here knows what a
player is.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import stat
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

from planner.importing import extent
from planner.importing.errors import SpreadsheetError, quoted
from planner.wording import Message

# A club's squad or a season's minutes log is a few thousand rows at most; these caps leave
# room for years of logs and refuse files that would only exhaust memory.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 250 * 1024 * 1024
MAX_ZIP_MEMBERS = 2_000
MAX_ROWS = 250_000  # a few seasons of a GPS export at drill level
MAX_COLUMNS = 200
MAX_CELLS = 4_000_000  # rows x columns of the grid a sheet unpacks to (~0.5 GB at most)
# The prolog of an XML part, where a DTD (entity attacks) would have to be declared.
_PROLOG_BYTES = 64 * 1024

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

Cell = Any  # str, float, int, bool, date, datetime, time, timedelta; "" when empty
Grid = list[list[Cell]]


@dataclass
class Source:
    """An opened spreadsheet: its sheet names (empty for a text table) and a way to read one."""

    path: Path
    kind: str  # "workbook" or "text"
    sheets: tuple[str, ...] = ()
    hidden: frozenset[str] = frozenset()  # sheets the workbook hides from view
    notes: list[Message] = field(default_factory=list)  # what reading changed, for the staff
    _text_rows: Grid | None = field(default=None, repr=False)
    _workbook: Any = field(default=None, repr=False)  # the open CalamineWorkbook
    _parts: dict[str, str] = field(default_factory=dict, repr=False)  # sheet -> xlsx XML part
    _bounds: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)  # part -> bound

    @property
    def name(self) -> str:
        return self.path.name

    def error(self, reason: Message, sheet: str | None = None) -> SpreadsheetError:
        return SpreadsheetError(reason, file=self.name, sheet=sheet)

    def rows(self, sheet: str | None) -> Grid:
        """Every row of a sheet (of the table, for a text file), as the file stores it."""
        if self.kind == "text":
            assert self._text_rows is not None
            return self._text_rows
        if sheet not in self.sheets:
            raise self.error(
                Message("import.no-sheet", {"sheet": sheet, "sheets": quoted(self.sheets)})
            )
        self._check_extent(sheet)
        with self._library_errors(sheet):
            grid = self._workbook.get_sheet_by_name(sheet)
            if _oversized(grid.height, grid.width):
                raise self._too_large(grid.height, grid.width, sheet)
            rows = grid.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
        _check_shape(self, rows, sheet)
        return rows

    def _check_extent(self, sheet: str) -> None:
        """Refuse a sheet whose used range is too large before anything allocates its grid
        (measured cell by cell only when a quick bound cannot tell that it fits)."""
        if sheet not in self._parts:
            return
        part = self._parts[sheet]
        with self._library_errors(sheet):
            found_bound = self._bounds.get(part) or extent.bound(self.path, part)
            if not _oversized(*found_bound):
                return
            found = extent.measure(self.path, part)
        if _oversized(found.rows, found.columns):
            raise self._too_large(found.rows, found.columns, sheet, found.far_cell)

    def _too_large(
        self, height: int, width: int, sheet: str | None, far_cell: str = ""
    ) -> SpreadsheetError:
        size = {"rows": height, "columns": width}
        where = (
            Message("import.size-from-cell", {"cell": far_cell, **size})
            if far_cell
            else Message("import.size", size)
        )
        limits = {"rows": MAX_ROWS, "columns": MAX_COLUMNS, "cells": MAX_CELLS}
        return self.error(Message("import.too-large", {"size": where, **limits}), sheet)

    @contextlib.contextmanager
    def _library_errors(self, sheet: str | None = None) -> Iterator[None]:
        """Turn whatever a third-party parser raises on hostile bytes into our error."""
        try:
            with _panic_messages_silenced():
                yield
        except SpreadsheetError:
            raise
        except python_calamine.PasswordError as exc:
            raise self.error(Message("import.encrypted"), sheet) from exc
        except (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError):
            raise
        except python_calamine.CalamineError as exc:
            detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
            raise self.error(Message("import.damaged", {"detail": detail}), sheet) from exc
        except BaseException as exc:  # Rust panics (pyo3 PanicException) derive from BaseException
            detail = type(exc).__name__
            raise self.error(Message("import.damaged", {"detail": detail}), sheet) from exc


_STDERR = threading.Lock()


@contextlib.contextmanager
def _panic_messages_silenced() -> Iterator[None]:
    """Keep stderr quiet while calamine parses: on a damaged file its Rust code panics, and the
    panic hook prints a message and backtrace before the panic reaches us as an exception that
    we report in one line. (fd 2 is process-wide: other threads' stderr is muted meanwhile.)"""
    with _STDERR:
        try:
            sys.stderr.flush()
            saved = os.dup(2)
        except (OSError, ValueError, AttributeError):  # no stderr (GUI without a console)
            yield
            return
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def open_source(path: str | os.PathLike[str]) -> Source:
    """Open a spreadsheet by its content (not its extension) and check it is safe to parse."""
    path = Path(path)
    name = path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(status.st_mode):
            # a named pipe or a device would block the read or never end
            raise SpreadsheetError(Message("import.not-regular-file"), file=name)
        size = status.st_size
        if size > MAX_FILE_BYTES:
            megabytes = {"size": round(size / 1e6), "limit": MAX_FILE_BYTES // (1024 * 1024)}
            raise SpreadsheetError(Message("import.file-too-big", megabytes), file=name)
        with path.open("rb") as handle:
            head = handle.read(8)
    except IsADirectoryError as exc:
        raise SpreadsheetError(Message("import.folder"), file=name) from exc
    except OSError as exc:
        why = {"why": str(exc.strerror or exc)}
        raise SpreadsheetError(Message("import.cannot-open", why), file=name) from exc
    if size == 0:
        raise SpreadsheetError(Message("import.empty-file"), file=name)
    if head.startswith(ZIP_MAGIC):
        bounds = _check_zip(path)
        source = _zip_workbook(path)
        source._bounds = bounds
        return source
    if head.startswith(CFB_MAGIC):
        if _ENCRYPTED_STREAM in path.read_bytes():
            raise SpreadsheetError(Message("import.encrypted"), file=name)
        return _workbook(path)
    return _text_source(path)


def _zip_workbook(path: Path) -> Source:
    """An .xlsx/.xlsm (each sheet measured when it is read) or an .ods (calamine loads every
    table on opening, so all are measured first and any oversized one refuses the file)."""
    probe = Source(path, "workbook")
    with probe._library_errors():
        parts = extent.sheet_parts(path)
        extents = {} if parts else extent.measure_ods(path)
    for sheet, found in extents.items():
        if _oversized(found.rows, found.columns):
            raise probe._too_large(found.rows, found.columns, sheet, found.far_cell)
    source = _workbook(path)
    source._parts = parts
    return source


def _workbook(path: Path) -> Source:
    source = Source(path, "workbook")
    with source._library_errors():
        workbook = python_calamine.CalamineWorkbook.from_path(os.fspath(path))
        source._workbook = workbook
        worksheets = [
            m for m in workbook.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet
        ]
        sheets = tuple(m.name for m in worksheets)
        visible = python_calamine.SheetVisibleEnum.Visible
        source.hidden = frozenset(m.name for m in worksheets if m.visible != visible)
    if not sheets:
        raise source.error(Message("import.no-worksheets"))
    source.sheets = sheets
    return source


def _check_zip(path: Path) -> dict[str, tuple[int, int]]:
    """Refuse zip bombs, non-spreadsheet zips and XML parts that declare a DTD; the extent
    bound of each XML part (extent.Bound), measured on the way."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                count = {"count": len(members)}
                raise SpreadsheetError(Message("import.too-many-parts", count), file=name)
            total = sum(m.file_size for m in members)
            if total > MAX_UNCOMPRESSED_BYTES:
                megabytes = {
                    "size": round(total / 1e6),
                    "limit": MAX_UNCOMPRESSED_BYTES // (1024 * 1024),
                }
                raise SpreadsheetError(Message("import.zip-bomb", megabytes), file=name)
            names = {m.filename for m in members}
            is_ooxml = "xl/workbook.xml" in names or "xl/workbook.bin" in names
            is_ods = "mimetype" in names and archive.read("mimetype").startswith(_ODS_MIMETYPE)
            if not (is_ooxml or is_ods):
                word_file = "word/document.xml" in names
                what = "import.word-document" if word_file else "import.zip-archive"
                raise SpreadsheetError(Message(what), file=name)
            bounds = {}
            for member in members:
                found = _check_part(archive, member, name)
                if found is not None:
                    bounds[member.filename] = found
            return bounds
    except SpreadsheetError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        damaged = Message("import.damaged", {"detail": str(exc) or type(exc).__name__})
        raise SpreadsheetError(damaged, file=name) from exc
    except Exception as exc:  # zlib.error, struct.error... from a mangled archive
        damaged = Message("import.damaged", {"detail": type(exc).__name__})
        raise SpreadsheetError(damaged, file=name) from exc


def _check_part(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str
) -> tuple[int, int] | None:
    """Unpack one part to nowhere: zipfile stops at the size the archive declares and checks
    the CRC, so a part that lies about its size (to slip past the cap) fails here, before the
    parser sees it. XML parts must not declare a DTD (entity expansion attacks); their extent
    bound is returned (None for other parts)."""
    xml = member.filename.endswith(".xml")
    found = extent.Bound() if xml else None
    with archive.open(member) as part:
        prolog = part.read(_PROLOG_BYTES)
        if (xml or member.filename.endswith(".rels")) and (
            b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog
        ):
            part_name = {"part": member.filename}
            raise SpreadsheetError(Message("import.xml-entities", part_name), file=name)
        piece = prolog
        while piece:
            if found is not None:
                found.feed(piece)
            piece = part.read(1 << 20)
    return found.close() if found is not None else None


def _text_source(path: Path) -> Source:
    source = Source(path, "text")
    text = _decode(path.read_bytes(), path.name, source.notes)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: Grid = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as exc:
        bad_row = {"row": reader.line_num, "detail": str(exc)}
        raise source.error(Message("import.bad-csv", bad_row)) from exc
    _check_shape(source, rows, None)
    source._text_rows = rows
    return source


def _decode(data: bytes, name: str, notes: list[Message]) -> str:
    """Text of a CSV: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    A few stray control characters (a pasted cell) are removed, with a note; many, or any
    NUL, mean the file is binary."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "cp1252", "latin-1"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SpreadsheetError(Message("import.not-text"), file=name)
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if "\0" in text or controls > max(2, len(text) // 1000):
        raise SpreadsheetError(Message("import.binary"), file=name)
    if controls:
        text = _CONTROL.sub("", text)
        code = "import.note.controls-removed" if controls > 1 else "import.note.control-removed"
        notes.append(Message(code, {"count": controls}))
    return text


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # vertical tab and form feed read as spaces


def _delimiter(text: str) -> str:
    """The delimiter of a text table: the one of , ; tab | splitting the first lines evenly."""
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t", "|")}
        best = max(counts, key=counts.__getitem__)
        return best if counts[best] else ","


def _check_shape(source: Source, rows: Grid, sheet: str | None) -> None:
    width = max((len(r) for r in rows), default=0)
    if _oversized(len(rows), width):
        raise source._too_large(len(rows), width, sheet)


def _oversized(height: int, width: int) -> bool:
    return height > MAX_ROWS or width > MAX_COLUMNS or height * width > MAX_CELLS
