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
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

from planner.importing.errors import SpreadsheetError

# The file name endings the importer reads (it goes by content, these are for file dialogs)
WORKBOOK_SUFFIXES = ("xlsx", "xlsm", "xlsb", "xls", "ods")
TEXT_SUFFIXES = ("csv", "tsv", "txt")

# A club's squad or a season's minutes log is a few thousand rows at most; these caps leave
# room for years of logs and refuse files that would only exhaust memory.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 250 * 1024 * 1024
MAX_ZIP_MEMBERS = 2_000
MAX_ROWS = 100_000
MAX_COLUMNS = 500
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
    _text_rows: Grid | None = field(default=None, repr=False)
    _workbook: Any = field(default=None, repr=False)  # the open CalamineWorkbook

    @property
    def name(self) -> str:
        return self.path.name

    def error(self, reason: str, sheet: str | None = None) -> SpreadsheetError:
        return SpreadsheetError(reason, file=self.name, sheet=sheet)

    def rows(self, sheet: str | None) -> Grid:
        """Every row of a sheet (of the table, for a text file), as the file stores it."""
        if self.kind == "text":
            assert self._text_rows is not None
            return self._text_rows
        if sheet not in self.sheets:
            listed = ", ".join(f"'{s}'" for s in self.sheets)
            raise self.error(f"it has no sheet '{sheet}' (its sheets: {listed})")
        with self._library_errors(sheet):
            grid = self._workbook.get_sheet_by_name(sheet)
            if grid.height > MAX_ROWS or grid.width > MAX_COLUMNS:
                raise self._too_large(grid.height, grid.width, sheet)
            rows = grid.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
        _check_shape(self, rows, sheet)
        return rows

    def _too_large(self, height: int, width: int, sheet: str | None) -> SpreadsheetError:
        return self.error(
            f"it is too large to be a squad or a minutes log ({height:,} rows x {width:,} "
            f"columns; the limit is {MAX_ROWS:,} rows and {MAX_COLUMNS:,} columns). Split it "
            "or remove what is not squad or minutes",
            sheet,
        )

    @contextlib.contextmanager
    def _library_errors(self, sheet: str | None = None) -> Iterator[None]:
        """Turn whatever a third-party parser raises on hostile bytes into our error."""
        try:
            with _panic_messages_silenced():
                yield
        except SpreadsheetError:
            raise
        except python_calamine.PasswordError as exc:
            raise self.error(
                "the workbook is password-protected; save a copy without the "
                "password and import that",
                sheet,
            ) from exc
        except (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError):
            raise
        except python_calamine.CalamineError as exc:
            detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
            raise self.error(f"the file is damaged or not a spreadsheet ({detail})", sheet) from exc
        except BaseException as exc:  # Rust panics (pyo3 PanicException) derive from BaseException
            raise self.error("the file is damaged or not a spreadsheet", sheet) from exc


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
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SpreadsheetError(
                f"the file is {size / 1e6:.0f} MB; a squad or minutes log is far smaller (the "
                f"limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)",
                file=name,
            )
        with path.open("rb") as handle:
            head = handle.read(8)
    except IsADirectoryError as exc:
        raise SpreadsheetError("it is a folder, not a file", file=name) from exc
    except OSError as exc:
        raise SpreadsheetError(
            f"the file cannot be opened ({exc.strerror or exc})", file=name
        ) from exc
    if size == 0:
        raise SpreadsheetError("the file is empty", file=name)
    if head.startswith(ZIP_MAGIC):
        _check_zip(path)
        return _workbook(path)
    if head.startswith(CFB_MAGIC):
        if _ENCRYPTED_STREAM in path.read_bytes():
            raise SpreadsheetError(
                "the workbook is password-protected (encrypted); save a copy without the "
                "password and import that",
                file=name,
            )
        return _workbook(path)
    return _text_source(path)


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
        raise source.error("the workbook has no worksheets")
    source.sheets = sheets
    return source


def _check_zip(path: Path) -> None:
    """Refuse zip bombs, non-spreadsheet zips and XML parts that declare a DTD."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise SpreadsheetError(
                    f"the workbook has {len(members):,} parts, far more than a spreadsheet has",
                    file=name,
                )
            total = sum(m.file_size for m in members)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise SpreadsheetError(
                    f"the workbook unpacks to {total / 1e6:,.0f} MB, more than the "
                    f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB limit (a zip bomb or not a "
                    "squad)",
                    file=name,
                )
            names = {m.filename for m in members}
            is_ooxml = "xl/workbook.xml" in names or "xl/workbook.bin" in names
            is_ods = "mimetype" in names and archive.read("mimetype").startswith(_ODS_MIMETYPE)
            if not (is_ooxml or is_ods):
                what = "a Word document" if "word/document.xml" in names else "a zip archive"
                raise SpreadsheetError(f"it is {what}, not a spreadsheet", file=name)
            for member in members:
                _check_part(archive, member, name)
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
        raise SpreadsheetError(
            f"the file is damaged (truncated or not a valid workbook: {exc})", file=name
        ) from exc
    except Exception as exc:  # zlib.error, struct.error... from a mangled archive
        raise SpreadsheetError(f"the file is damaged ({type(exc).__name__})", file=name) from exc


def _check_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> None:
    """Unpack one part to nowhere: zipfile stops at the size the archive declares and checks
    the CRC, so a part that lies about its size (to slip past the cap) fails here, before the
    parser sees it. XML parts must not declare a DTD (entity expansion attacks)."""
    with archive.open(member) as part:
        prolog = part.read(_PROLOG_BYTES)
        if member.filename.endswith((".xml", ".rels")) and (
            b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog
        ):
            raise SpreadsheetError(
                f"part '{member.filename}' declares XML entities, which a spreadsheet never "
                "needs; it was refused as unsafe",
                file=name,
            )
        while part.read(1 << 20):
            pass


def _text_source(path: Path) -> Source:
    source = Source(path, "text")
    text = _decode(path.read_bytes(), path.name)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: Grid = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as exc:
        raise source.error(f"row {reader.line_num} is not valid CSV ({exc})") from exc
    _check_shape(source, rows, None)
    source._text_rows = rows
    return source


def _decode(data: bytes, name: str) -> str:
    """Text of a CSV: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
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
        raise SpreadsheetError("it is neither a spreadsheet nor a readable text table", file=name)
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\r\n")
    if controls:
        raise SpreadsheetError(
            "it is not a spreadsheet (binary content, not a workbook or a text table)", file=name
        )
    return text


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
    if len(rows) > MAX_ROWS or width > MAX_COLUMNS:
        raise source._too_large(len(rows), width, sheet)
