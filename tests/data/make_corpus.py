"""Write the importer's test corpus into tests/data/ (good and broken files of each kind).

Reproducible: run `.venv/bin/python tests/data/make_corpus.py`; the generated files are
committed too. The .xls file needs LibreOffice (soffice) and is left as it is without it.
Names and minutes are ILLUSTRATIVE.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
GOOD = HERE / "good"
BROKEN = HERE / "broken"

SQUAD = [
    # number, name, positions as staff write them, status
    (10, "Lionel Messi", "RW/AM", "available"),
    (9, "Luis Suárez", "ST", "available"),
    (5, "Sergio Busquets", "DM", "doubtful"),
    (18, "Jordi Alba", "LB", "available"),
    (19, "Óscar Ustari", "GK", "available"),
    (57, "Marcelo Weigandt", "RB", "injured"),
]


def _book(rows: list[list[object]], title: str = "Sheet1") -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    return book


def _text_cells(book: Workbook) -> None:
    """Keep cells that start with '=' as text (openpyxl would write them as formulas)."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"


def squad_title_rows() -> None:
    """English headers under two title rows, a totals and an average row at the bottom."""
    rows = [
        ["Inter Miami CF - first-team squad (ILLUSTRATIVE)"],
        ["Updated 2025-04-01"],
        [],
        ["No.", "Player", "Position", "Status", "Rating", "DOB", "YC MLS", "YC CCC"],
        [10, "Lionel Messi", "FW,MF", "Available", 92, date(1987, 6, 24), 0, 0],
        [9, "Luis  Suárez", "FW", "available", 84, date(1987, 1, 24), 2, 0],
        [5, "Sergio Busquets", "DF/MF", "Doubtful", 85, date(1988, 7, 16), 4, 0],
        [18, "Jordi Alba", "LB", "Injured", 84, date(1989, 3, 21), 2, 1],
        [None, "Total", None, None, None, None, "=SUM(G5:G8)", "=SUM(H5:H8)"],
        [None, "Average", None, None, "=AVERAGE(E5:E8)", None, None, None],
    ]
    _book(rows, "Squad").save(GOOD / "squad-title-rows.xlsx")


def minutes_grouped_header() -> None:
    """A wide log with a two-row header: the match above 'Min' and 'YC'; player merged down."""
    book = _book(
        [
            ["Minutes and cards - ILLUSTRATIVE"],
            [
                "Jugador",
                None,
                "2025-03-09 v Charlotte (MLS)",
                None,
                "2025-03-16 at Atlanta United (MLS)",
                None,
            ],
            [None, "Pos", "Min", "YC", "Min", "YC"],
            ["Lionel Messi", "RW", "DNP", None, 90, 1],
            ["Luis Suárez", "ST", 90, 1, "78'", None],
            ["Sergio Busquets", "DM", "90+", None, 45, 1],
            ["Total", None, 180, 1, 213, 2],
        ],
        "Matches",
    )
    sheet = book.active
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("C2:D2")
    sheet.merge_cells("E2:F2")
    book.save(GOOD / "minutes-grouped-header.xlsx")


def squad_spanish_csv() -> None:
    """Spanish headers and position codes, ';' delimiter, Windows-1252, decimal comma."""
    text = (
        "Plantilla 2025;;;;\n"
        "Nombre;Dorsal;Posición;Estado;Valoración\n"
        "Óscar Ustari;19;POR;Disponible;74\n"
        "Luis Suárez;9;DC;Disponible;84,0\n"
        "Sergio Busquets;5;MC;Duda;85\n"
        "Jordi Alba;18;LI;Lesionado;84\n"
        "Marcelo Weigandt;57;LD;Baja;73\n"
        "Noah Allen;32;DFC/MC;Disponible;71\n"
        "Totales;;;;\n"
    )
    (GOOD / "squad-spanish-cp1252.csv").write_bytes(text.encode("cp1252"))


def squad_bom_csv() -> None:
    """UTF-8 with BOM, ',' delimiter, compound positions quoted."""
    text = "Player,#,Pos,Status\n"
    text += "".join(f'{n},{num},"{p}",{s}\n' for num, n, p, s in SQUAD)
    (GOOD / "squad-utf8-bom.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


def squad_tsv() -> None:
    """Tab-separated UTF-8 without BOM."""
    text = "Name\tNumber\tPosition\n"
    text += "".join(f"{n}\t{num}\t{p}\n" for num, n, p, _ in SQUAD)
    (GOOD / "squad-tabs.tsv").write_text(text, encoding="utf-8")


def minutes_long_xlsx() -> None:
    """A long log (player, date, minutes) with marks: DNP, Inj, 45', 90+, blanks; totals."""
    rows: list[list[object]] = [
        ["Minutes log 2025 (ILLUSTRATIVE)"],
        [],
        ["Player", "Date", "Mins", "Competition", "Opponent"],
    ]
    marks = [90, "45'", "90+", "DNP", "Inj", None, 67.5, "90+3"]
    for i, (_, name, _, _) in enumerate(SQUAD):
        rows.append([name, datetime(2025, 3, 9), marks[i % len(marks)], "MLS", "Charlotte FC"])
        rows.append(
            [name, datetime(2025, 3, 13), marks[(i + 3) % len(marks)], "CCC", "Cavalier FC"]
        )
    rows.append(["Total", None, 999, None, None])
    _book(rows, "Log").save(GOOD / "minutes-long.xlsx")


def minutes_long_dmy_csv() -> None:
    """A Spanish long log: ';', day-first dates, decimal comma, 'Sup' and 'Lesionado' marks."""
    text = (
        "Jugador;Fecha;Minutos;Competición;Rival\n"
        "Lionel Messi;09/03/2025;90;MLS;Charlotte FC\n"
        "Lionel Messi;13/03/2025;67,5;Concacaf Champions Cup;Cavalier FC\n"
        "Luis Suárez;09/03/2025;Sup;MLS;Charlotte FC\n"
        "Luis Suárez;13/03/2025;90;Concacaf Champions Cup;Cavalier FC\n"
        "Jordi Alba;09/03/2025;Lesionado;MLS;Charlotte FC\n"
        "Promedio;;78,75;;\n"
    )
    (GOOD / "minutes-long-dmy.csv").write_text(text, encoding="utf-8")


def minutes_wide_xlsx() -> None:
    """One column per match, header '2025-03-09 v Charlotte'; group row names competitions."""
    rows = [
        ["Minutes 2025 - ILLUSTRATIVE"],
        [None, None, "MLS", "CCC", "MLS"],
        ["#", "Player", "2025-03-09 v Charlotte", "2025-03-13 @ Cavalier", "2025-03-16 at Atlanta"],
        [10, "Lionel Messi", "Inj", 90, 90],
        [9, "Luis Suárez", 90, "DNP", "64'"],
        [5, "Sergio Busquets", 90, 90, None],
        [None, "Total", 180, 180, 154],
    ]
    _book(rows, "Minutes").save(GOOD / "minutes-wide.xlsx")


def minutes_wide_without_year() -> None:
    """Match headers without the year ('Dom 9 mar v Charlotte'): the title row gives it."""
    rows = [
        ["Minutos temporada 2025 (ILUSTRATIVO)"],
        ["Jugador", "Dom 9 mar v Charlotte", "Jue 13 mar @ Cavalier (CCC)", "16/03 en Atlanta"],
        ["Lionel Messi", "Les", 90, 90],
        ["Luis Suárez", 90, "NJ", 64],
    ]
    _book(rows, "Minutos").save(GOOD / "minutes-wide-no-year.xlsx")


def multi_sheet_xlsx() -> None:
    """Notes, a squad and a minutes log in one workbook."""
    book = _book([["These sheets are ILLUSTRATIVE"], ["Kept by the analysts"]], "Notes")
    squad = book.create_sheet("Squad")
    squad.append(["Player", "No", "Pos"])
    for num, name, pos, _ in SQUAD:
        squad.append([name, num, pos])
    log = book.create_sheet("Minutes")
    log.append(["Player", "Date", "Min", "Comp"])
    for _, name, _, _ in SQUAD[:3]:
        log.append([name, date(2025, 3, 29), 90, "MLS"])
    book.save(GOOD / "multi-sheet.xlsx")


def squad_ods() -> None:
    """An OpenDocument squad (LibreOffice)."""
    frame = pd.DataFrame(
        [(n, num, p) for num, n, p, _ in SQUAD], columns=["Jugador", "Dorsal", "Pos"]
    )
    frame.to_excel(GOOD / "squad.ods", engine="odf", index=False, sheet_name="Plantilla")


def squad_xls_and_xlsm() -> None:
    """Legacy .xls (converted by LibreOffice when present) and a macro-enabled .xlsm name."""
    book = _book([["Player", "No", "Pos"], *[[n, num, p] for num, n, p, _ in SQUAD]], "Squad")
    book.save(GOOD / "squad.xlsm")
    soffice = shutil.which("soffice")
    if soffice is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "squad.xlsx"
        book.save(source)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "xls", "--outdir", folder, str(source)],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(folder) / "squad.xls", GOOD / "squad.xls")


def formula_like_names_csv() -> None:
    """Names that look like formulas import verbatim as text."""
    text = (
        'Player,No\n"=HYPERLINK(""http://x"",""Bad"")",1\n'
        "+Alex Plus,2\n-Bruno Minus,3\n@Carlos At,4\n"
    )
    (GOOD / "formula-like-names.csv").write_text(text, encoding="utf-8")
    book = _book([["Player", "No"], ["=1+2", 1], ["+Alex Plus", 2], ["@Carlos At", 4]], "Squad")
    _text_cells(book)
    book.save(GOOD / "formula-like-names.xlsx")


# -- broken ---------------------------------------------------------------------------------


def broken_files() -> None:
    (BROKEN / "not-a-spreadsheet.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    good = (GOOD / "minutes-long.xlsx").read_bytes()
    (BROKEN / "truncated.xlsx").write_bytes(good[: len(good) // 2])
    # cut inside a sector: calamine's .xls reader panics (a Rust panic, not a Python error)
    (BROKEN / "truncated.xls").write_bytes((GOOD / "squad.xls").read_bytes()[:4608])
    (BROKEN / "encrypted.xlsx").write_bytes(_encrypted_cfb())
    _book([], "Empty").save(BROKEN / "empty-sheet.xlsx")
    (BROKEN / "empty.csv").write_bytes(b"")
    (BROKEN / "no-player-column.csv").write_text("Colour,Size\nred,3\nblue,4\n", "utf-8")
    rows: list[list[object]] = [["Minutes log"], ["Player", "Date", "Min"]]
    rows += [[f"Player {i}", date(2025, 3, 1 + i), 90] for i in range(1, 12)]
    rows.append(["Player 12", date(2025, 3, 20), "9O"])  # row 14: letter O typed for a zero
    _book(rows, "Log").save(BROKEN / "bad-minutes.xlsx")
    (BROKEN / "negative-minutes.csv").write_text(
        "Player,Date,Min\nLionel Messi,2025-03-09,-5\n", "utf-8"
    )
    (BROKEN / "impossible-minutes.csv").write_text(
        "Player,Date,Min\nLionel Messi,2025-03-09,90\nLuis Suárez,2025-03-09,145\n", "utf-8"
    )
    (BROKEN / "duplicate-names.csv").write_text(
        "Player,No\nLionel Messi,10\nLuis Suárez,9\nlionel  MESSI,30\n", "utf-8"
    )
    (BROKEN / "bad-date.csv").write_text("Player,Date,Min\nLionel Messi,next sunday,90\n", "utf-8")
    _zip_bomb(BROKEN / "zip-bomb.xlsx")
    _entity_attack(BROKEN / "billion-laughs.xlsx")
    _lying_sizes(BROKEN / "lying-sizes.xlsx")
    with zipfile.ZipFile(BROKEN / "word-document.xlsx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")


def _encrypted_cfb() -> bytes:
    """A compound file as Excel writes a password-protected workbook: an OLE2 container
    holding 'EncryptionInfo' and 'EncryptedPackage' streams (here with dummy contents)."""
    sector = 512
    free, end, fat_mark = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<IIII", header, 60, end, 0, end, 0)  # no mini FAT, no DIFAT
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0]: FAT in sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, free)
    fat = bytearray(sector)
    entries = [fat_mark, end, 3, end] + [free] * (sector // 4 - 4)
    struct.pack_into(f"<{sector // 4}I", fat, 0, *entries)
    directory = bytearray(sector)

    def entry(index: int, name: str, kind: int, child: int, right: int, start: int, size: int):
        raw = name.encode("utf-16-le") + b"\0\0"
        offset = index * 128
        directory[offset : offset + len(raw)] = raw
        struct.pack_into("<HBB", directory, offset + 64, len(raw), kind, 1)
        struct.pack_into("<III", directory, offset + 68, free, right, child)
        struct.pack_into("<II", directory, offset + 116, start, size)

    entry(0, "Root Entry", 5, 1, free, end, 0)
    entry(1, "EncryptionInfo", 2, free, 2, 2, 8)
    entry(2, "EncryptedPackage", 2, free, free, 3, 16)
    data = bytearray(sector * 2)
    data[0:8] = struct.pack("<HHI", 4, 4, 0x40)
    data[sector : sector + 16] = b"\x08\0\0\0\0\0\0\0ENCRYPTED"[:16].ljust(16, b"\0")
    return bytes(header + fat + directory + data)


def _zip_bomb(path: Path) -> None:
    """A workbook whose sheet unpacks to 300 MB of spaces (a few hundred KB on disk)."""
    source = GOOD / "squad.xlsm"
    with (
        zipfile.ZipFile(source) as good,
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bomb,
    ):
        for item in good.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(item.filename, good.read(item.filename))
        with bomb.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b" " * (1 << 20)
            for _ in range(300):
                part.write(chunk)


def _lying_sizes(path: Path) -> None:
    """A workbook whose sheet part claims to unpack to 100 bytes (headers patched): the trick
    that slips a zip bomb past a check of declared sizes alone."""
    data = bytearray((GOOD / "squad.xlsm").read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04")
    while local != -1:
        length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + length] == name:
            struct.pack_into("<I", data, local + 22, 100)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == name:
            struct.pack_into("<I", data, central + 24, 100)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def _entity_attack(path: Path) -> None:
    """A workbook whose shared strings declare nested entities (billion laughs)."""
    source = GOOD / "squad.xlsm"
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
            for i in range(1, 10)
        )
        + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    with zipfile.ZipFile(source) as good, zipfile.ZipFile(path, "w") as attack:
        for item in good.infolist():
            if item.filename != "xl/sharedStrings.xml":
                attack.writestr(item.filename, good.read(item.filename))
        attack.writestr("xl/sharedStrings.xml", laughs)


def main() -> None:
    GOOD.mkdir(exist_ok=True)
    BROKEN.mkdir(exist_ok=True)
    squad_title_rows()
    minutes_grouped_header()
    squad_spanish_csv()
    squad_bom_csv()
    squad_tsv()
    minutes_long_xlsx()
    minutes_long_dmy_csv()
    minutes_wide_xlsx()
    minutes_wide_without_year()
    multi_sheet_xlsx()
    squad_ods()
    squad_xls_and_xlsm()
    formula_like_names_csv()
    broken_files()
    print("corpus written to", HERE)


if __name__ == "__main__":
    main()
