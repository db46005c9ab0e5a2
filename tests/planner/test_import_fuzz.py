"""Random tables and random bytes never raise anything but the importer's own error type."""

from __future__ import annotations

import csv
import io
import math
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from planner import Plan
from planner.importing import SpreadsheetError, import_spreadsheet, merge_import
from planner.importing.reader import CFB_MAGIC, ZIP_MAGIC
from planner.text import fold

HEADER_WORDS = ["Player", "Jugador", "Min", "Minutos", "Date", "Fecha", "Pos", "Dorsal", "#", "YC"]
HEADER_WORDS += ["Estado", "Amarillas MLS", "2025-03-09 v Charlotte", "Total", "Rival", ""]
MARKS = ["DNP", "Inj", "45'", "90+", "90+3", "-", "Sup", "9O", "-5", "131", "67,5", "Total"]

cells = st.one_of(
    st.sampled_from(HEADER_WORDS + MARKS),
    st.text(max_size=12),
    st.integers(min_value=-200, max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.none(),
)
tables = st.lists(st.lists(cells, min_size=0, max_size=7), min_size=0, max_size=12)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))


def import_or_refuse(path: Path) -> None:
    """Import and merge into a fresh plan; only SpreadsheetError may come out."""
    try:
        result = import_spreadsheet(path)
    except SpreadsheetError as error:
        assert str(error).startswith(f"Could not read '{path.name}'")
        return
    merge_import(Plan(), result)


@SETTINGS
@given(
    table=tables,
    delimiter=st.sampled_from([",", ";", "\t"]),
    header=st.sampled_from([[], ["Player", "Date", "Min"], ["Jugador", "#", "Pos", "Amarillas"]]),
    at=st.integers(0, 3),
)
def test_random_csv_tables(
    tmp_path_factory: pytest.TempPathFactory, table, delimiter, header, at
) -> None:
    if header:
        table.insert(min(at, len(table)), header)
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(
        [["" if c is None else c for c in row] for row in table]
    )
    path = tmp_path_factory.mktemp("csv") / "table.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    import_or_refuse(path)


def _xlsx_value(cell: object) -> object:
    if isinstance(cell, str):
        return "".join(c for c in cell if c.isprintable())  # openpyxl refuses control chars
    if isinstance(cell, float) and not math.isfinite(cell):
        return None
    return cell


@SETTINGS
@given(table=tables)
def test_random_xlsx_tables(tmp_path_factory: pytest.TempPathFactory, table) -> None:
    book = Workbook()
    sheet = book.active
    for row in table:
        sheet.append([_xlsx_value(c) for c in row])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    path = tmp_path_factory.mktemp("xlsx") / "table.xlsx"
    book.save(path)
    import_or_refuse(path)


@SETTINGS
@given(
    prefix=st.sampled_from([b"", ZIP_MAGIC, CFB_MAGIC, b"\xef\xbb\xbf", b"\xff\xfe"]),
    body=st.binary(max_size=2048),
)
def test_random_bytes(tmp_path_factory: pytest.TempPathFactory, prefix: bytes, body: bytes):
    path = tmp_path_factory.mktemp("bytes") / "random.xlsx"
    path.write_bytes(prefix + body)
    import_or_refuse(path)


@SETTINGS
@given(cut=st.integers(min_value=1, max_value=4000), flip=st.integers(0, 255))
def test_mangled_workbooks(tmp_path_factory: pytest.TempPathFactory, cut: int, flip: int):
    good = (Path(__file__).parents[1] / "data" / "good" / "minutes-long.xlsx").read_bytes()
    data = bytearray(good)
    data[cut % len(data)] ^= flip
    path = tmp_path_factory.mktemp("mangled") / "mangled.xlsx"
    path.write_bytes(bytes(data[: max(cut, len(data) - cut)]))
    import_or_refuse(path)


def test_a_datetime_header_cell_names_a_match(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Player", datetime(2025, 3, 9)])
    book.active.append(["Lionel Messi", 77])
    book.save(tmp_path / "dated.xlsx")
    result = import_spreadsheet(tmp_path / "dated.xlsx")
    assert result.appearances["minutes"].tolist() == [77]


# -- round trips: what a random squad sheet says is what the import gives ----------------------

names = st.from_regex(r"[A-Z][a-zà-öø-ÿ]{1,9} [A-Z][a-zà-öø-ÿ]{1,9}", fullmatch=True)
squad_rows = st.lists(
    st.tuples(names, st.integers(1, 99), st.sampled_from(["POR", "DC", "MC", "LI", "LD", "FW,MF"])),
    min_size=1,
    max_size=25,
    unique_by=lambda r: fold(r[0]),
)
CODES = {"POR": ("GK",), "DC": ("ST",), "MC": ("CM",), "LI": ("LB",), "LD": ("RB",)}
CODES["FW,MF"] = ("ST", "CM")


@SETTINGS
@given(
    rows=squad_rows,
    headers=st.sampled_from(
        [("Jugador", "Dorsal", "Posición"), ("Player", "#", "Pos"), ("NOMBRE", "No.", "Puesto")]
    ),
    titles=st.integers(0, 3),
    total=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_a_random_squad_csv_imports_back_as_written(
    tmp_path_factory: pytest.TempPathFactory, rows, headers, titles, total, delimiter, encoding
) -> None:
    table = [["Squad list (ILLUSTRATIVE)"] for _ in range(titles)]
    table.append(list(headers))
    table += [list(r) for r in rows]
    if total:
        table.append(["Total", len(rows), ""])
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(table)
    path = tmp_path_factory.mktemp("squads") / "squad.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    result = import_spreadsheet(path)
    assert [(p.name, p.number, p.positions) for p in result.players] == [
        (name, number, CODES[code]) for name, number, code in rows
    ]
    assert len(result.skipped) == int(total)


@SETTINGS
@given(
    rows=squad_rows,
    minutes=st.lists(
        st.one_of(st.integers(1, 120), st.sampled_from(["DNP", "Inj", None])),
        min_size=25,
        max_size=25,
    ),
)
def test_a_random_wide_log_xlsx_imports_back_as_written(
    tmp_path_factory: pytest.TempPathFactory, rows, minutes
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Minutes (ILLUSTRATIVE)"])
    sheet.append(["Player", "2025-03-09 v Charlotte", "2025-03-13 @ Cavalier (CCC)"])
    expected = {}
    for i, (name, _, _) in enumerate(rows):
        first, second = minutes[i], minutes[-1 - i]
        sheet.append([name, first, second])
        for day, value in (("2025-03-09", first), ("2025-03-13", second)):
            if isinstance(value, int):
                expected[(name, day)] = value
    path = tmp_path_factory.mktemp("logs") / "log.xlsx"
    book.save(path)
    result = import_spreadsheet(path)
    frame = result.appearances
    found = {
        (p, d.date().isoformat()): m
        for p, d, m in zip(frame["player"], frame["date"], frame["minutes"], strict=True)
    }
    assert found == expected
    plan = Plan()
    merge_import(plan, result)
    assert not merge_import(plan, result).changed
