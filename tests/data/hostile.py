"""Hostile files for the safety tests, written at test time into a folder the test gives.

Each function writes one small file (kilobytes, never a committed binary) that once broke the
app: a stray far-away cell, repeated ODS rows, a named pipe, a giant cell, dates pandas cannot
hold, control characters. Names are ILLUSTRATIVE.
"""

from __future__ import annotations

import csv
import os
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

SQUAD_HEADER = ["Player", "Position", "Status"]
SQUAD_ROWS = [["Lionel Messi", "RW", "available"], ["Luis Suárez", "ST", "available"]]


def far_cell_xlsx(folder: Path, cell: str = "XFD1000000", *, other_sheet: bool = False) -> Path:
    """A squad with one value at cell; with other_sheet, the value sits in a second sheet."""
    book = Workbook()
    squad = book.active
    squad.title = "Squad"
    for row in [SQUAD_HEADER, *SQUAD_ROWS]:
        squad.append(row)
    target = book.create_sheet("Notes") if other_sheet else squad
    target[cell] = "x"
    path = folder / f"far-{cell}.xlsx"
    book.save(path)
    return path


def date_xlsx(folder: Path, when: datetime) -> Path:
    """A long minutes log whose second appearance is dated when (a real date cell)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Log"
    sheet.append(["Player", "Date", "Minutes"])
    sheet.append(["Lionel Messi", datetime(2025, 3, 9), 90])
    sheet.append(["Luis Suárez", when, 75])
    path = folder / f"date-{when.year}.xlsx"
    book.save(path)
    return path


def repeated_ods(folder: Path, rows: int = 1_000_000, columns: int = 16_000) -> Path:
    """An .ods whose last value sits after rows empty rows and columns empty cells, written
    with number-rows/columns-repeated (a few hundred bytes that would unpack to a huge grid)."""
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        f'xmlns:table="{table}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="Squad">'
        + _ods_row(["Player"])
        + _ods_row(["Lionel Messi"])
        + f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell/>'
        "</table:table-row><table:table-row>"
        f'<table:table-cell table:number-columns-repeated="{columns}"/>'
        '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
        "</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    path = folder / "repeated.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content)
    return path


def _ods_row(values: list[str]) -> str:
    cells = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
        for v in values
    )
    return f"<table:table-row>{cells}</table:table-row>"


def named_pipe(folder: Path) -> Path:
    """A FIFO called squad.csv: opening it for reading blocks until someone writes."""
    path = folder / "squad.csv"
    os.mkfifo(path)
    return path


def csv_file(folder: Path, name: str, rows: list[list[str]]) -> Path:
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def giant_cell_csv(folder: Path, size: int = 40_000) -> Path:
    """A squad whose minutes cell holds size characters."""
    return csv_file(
        folder,
        "giant.csv",
        [["Player", "Date", "Minutes"], ["Lionel Messi", "2025-03-09", "9" * 3 + "x" * size]],
    )


def control_character_csv(folder: Path) -> Path:
    """A squad with one control character pasted into a name."""
    return csv_file(folder, "control.csv", [SQUAD_HEADER, ["Luis Su\x01árez", "ST", "available"]])


def stats_site_xlsx(folder: Path) -> Path:
    """A stats site's squad export: a grouped header, nation, "FW,MF" positions, minutes
    without dates, and squad/opponent total rows at the bottom."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Standard Stats"
    sheet.append(["", "", "", "", "Playing Time", "", ""])
    sheet.append(["Player", "Nation", "Pos", "Age", "MP", "Starts", "Min"])
    sheet.append(["Lionel Messi", "ar ARG", "FW,MF", "37-312", 6, 6, 540])
    sheet.append(["Luis Suárez", "uy URU", "FW", "38-083", 7, 5, 480])
    sheet.append(["Sergio Busquets", "es ESP", "MF", "36-264", 7, 7, 600])
    sheet.append(["Squad Total", "", "", "28.4", 7, 77, 6930])
    sheet.append(["Opponent Total", "", "", "27.1", 7, 77, 6930])
    path = folder / "stats-site.xlsx"
    book.save(path)
    return path


NEAR_MISS = {
    "L. Messi": "lionel-messi",
    "Leo Messi": "lionel-messi",
    "MESSI Lionel": "lionel-messi",
    "Suarez": "luis-suarez",
    "Busquets S.": "sergio-busquets",
}


def near_miss_log(folder: Path) -> Path:
    """A minutes log naming sample players the way other sites and staff write them."""
    rows = [["Player", "Date", "Minutes"]]
    rows += [[name, f"2025-03-{day:02d}", "90"] for day, name in enumerate(NEAR_MISS, start=1)]
    return csv_file(folder, "near-miss.csv", rows)
