"""The importer over tests/data/: one good and one broken file of each kind staff really have."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from planner.importing import (
    SpreadsheetError,
    detect_mapping,
    import_spreadsheet,
    import_table,
    read_table,
)
from planner.importing import reader as reader_module
from planner.wording import word

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = DATA / "good"
BROKEN = DATA / "broken"


def minutes_of(result) -> dict[tuple[str, str], int]:
    frame = result.appearances
    return {
        (p, d.date().isoformat()): int(m)
        for p, d, m in zip(frame["player"], frame["date"], frame["minutes"], strict=True)
    }


def test_title_rows_totals_and_synonyms_in_an_english_squad() -> None:
    result = import_spreadsheet(GOOD / "squad-title-rows.xlsx")
    assert result.kind == "squad"
    assert [p.name for p in result.players] == [
        "Lionel Messi",
        "Luis Suárez",
        "Sergio Busquets",
        "Jordi Alba",
    ]
    messi, suarez, busquets, alba = result.players
    assert messi.row == 5 and messi.number == 10 and messi.rating == 92
    assert messi.positions == ("ST", "CM")  # "FW,MF"
    assert busquets.positions == ("CB", "CM")  # "DF/MF"
    assert (busquets.status, alba.status) == ("doubtful", "injured")
    assert suarez.birth_date == date(1987, 1, 24)
    assert [word(s.reason) for s in result.skipped] == ["a total or average row"] * 2
    cards = {(c.player, c.competition): c.count for c in result.yellow_cards}
    assert cards[("Sergio Busquets", "MLS")] == 4 and cards[("Jordi Alba", "CCC")] == 1


def test_spanish_headers_positions_cp1252_semicolons_and_decimal_comma() -> None:
    result = import_spreadsheet(GOOD / "squad-spanish-cp1252.csv")
    players = {p.name: p for p in result.players}
    assert set(players) == {
        "Óscar Ustari",
        "Luis Suárez",
        "Sergio Busquets",
        "Jordi Alba",
        "Marcelo Weigandt",
        "Noah Allen",
    }
    assert players["Óscar Ustari"].positions == ("GK",)  # POR
    assert players["Luis Suárez"].positions == ("ST",)  # DC
    assert players["Luis Suárez"].rating == 84  # "84,0"
    assert players["Sergio Busquets"].positions == ("CM",)  # MC
    assert players["Jordi Alba"].positions == ("LB",)  # LI
    assert players["Marcelo Weigandt"].positions == ("RB",)  # LD
    assert players["Noah Allen"].positions == ("CB", "CM")  # DFC/MC
    assert players["Marcelo Weigandt"].status == "unavailable"  # Baja
    assert word(result.skipped[0].reason) == "a total or average row"


@pytest.mark.parametrize(
    "name", ["squad-utf8-bom.csv", "squad-tabs.tsv", "squad.ods", "squad.xls", "squad.xlsm"]
)
def test_every_format_and_delimiter_gives_the_same_squad(name: str) -> None:
    result = import_spreadsheet(GOOD / name)
    assert [(p.name, p.number) for p in result.players] == [
        ("Lionel Messi", 10),
        ("Luis Suárez", 9),
        ("Sergio Busquets", 5),
        ("Jordi Alba", 18),
        ("Óscar Ustari", 19),
        ("Marcelo Weigandt", 57),
    ]
    assert result.players[0].positions == ("RW", "AM")
    assert result.players[0].name.encode("utf-8") == b"Lionel Messi"  # the BOM is not in it


def test_a_long_log_reads_marks_and_skips_totals() -> None:
    result = import_spreadsheet(GOOD / "minutes-long.xlsx")
    assert result.kind == "minutes"
    assert minutes_of(result) == {
        ("Lionel Messi", "2025-03-09"): 90,
        ("Luis Suárez", "2025-03-09"): 45,  # 45'
        ("Sergio Busquets", "2025-03-09"): 90,  # 90+
        ("Jordi Alba", "2025-03-13"): 68,  # 67.5
        ("Óscar Ustari", "2025-03-13"): 93,  # 90+3
        ("Marcelo Weigandt", "2025-03-13"): 90,
    }
    assert set(result.appearances["competition"]) == {"MLS", "CCC"}
    assert word(result.skipped[-1].reason) == "a total or average row"
    assert any("did not play 2" in w and "injured 2" in w for w in map(word, result.warnings))


def test_a_spanish_long_log_with_day_first_dates_and_decimal_comma() -> None:
    result = import_spreadsheet(GOOD / "minutes-long-dmy.csv")
    assert minutes_of(result) == {
        ("Lionel Messi", "2025-03-09"): 90,
        ("Lionel Messi", "2025-03-13"): 68,
        ("Luis Suárez", "2025-03-13"): 90,
    }
    assert list(result.appearances["competition"]) == ["MLS", "CCC", "CCC"]


def test_a_wide_log_takes_match_dates_opponents_and_competitions_from_the_header() -> None:
    result = import_spreadsheet(GOOD / "minutes-wide.xlsx")
    assert result.kind == "minutes-wide"
    assert minutes_of(result) == {
        ("Lionel Messi", "2025-03-13"): 90,
        ("Lionel Messi", "2025-03-16"): 90,
        ("Luis Suárez", "2025-03-09"): 90,
        ("Luis Suárez", "2025-03-16"): 64,
        ("Sergio Busquets", "2025-03-09"): 90,
        ("Sergio Busquets", "2025-03-13"): 90,
    }
    frame = result.appearances.set_index(["player", "date"])
    assert frame.loc[("Lionel Messi", "2025-03-13"), "competition"] == "CCC"
    assert frame.loc[("Lionel Messi", "2025-03-13"), "opponent"] == "Cavalier"


def test_match_headers_without_a_year_take_it_from_the_title(tmp_path: Path) -> None:
    result = import_spreadsheet(GOOD / "minutes-wide-no-year.xlsx")
    assert minutes_of(result) == {
        ("Lionel Messi", "2025-03-13"): 90,
        ("Lionel Messi", "2025-03-16"): 90,
        ("Luis Suárez", "2025-03-09"): 90,
        ("Luis Suárez", "2025-03-16"): 64,
    }
    frame = result.appearances
    opponents = dict(zip(frame["date"].dt.day, frame["opponent"], strict=True))
    assert opponents == {9: "Charlotte", 13: "Cavalier", 16: "Atlanta"}
    untitled = tmp_path / "untitled.csv"
    untitled.write_text("Player,9 Mar v Charlotte\nLionel Messi,90\n")
    result = import_spreadsheet(untitled)
    assert result.appearances.empty
    assert "'9 Mar v Charlotte' look like matches but no year is given" in word(result.warnings[0])


def test_a_grouped_two_row_header_with_min_and_yc_under_each_match() -> None:
    result = import_spreadsheet(GOOD / "minutes-grouped-header.xlsx")
    assert minutes_of(result) == {
        ("Lionel Messi", "2025-03-16"): 90,
        ("Luis Suárez", "2025-03-09"): 90,
        ("Luis Suárez", "2025-03-16"): 78,
        ("Sergio Busquets", "2025-03-09"): 90,
        ("Sergio Busquets", "2025-03-16"): 45,
    }
    assert result.columns[2] == "2025-03-09 v Charlotte (MLS) / Min"
    assert {(c.player, c.competition, c.count) for c in result.yellow_cards} == {
        ("Lionel Messi", "MLS", 1),
        ("Luis Suárez", "MLS", 1),
        ("Sergio Busquets", "MLS", 1),
    }
    assert result.players[0].positions == ("RW",)


def test_a_workbook_with_several_sheets_picks_one_and_names_the_others() -> None:
    picked = import_spreadsheet(GOOD / "multi-sheet.xlsx")
    assert picked.sheet == "Minutes" and len(picked.appearances) == 3
    notes = [word(w) for w in picked.warnings]
    assert "read sheet 'Minutes'; the workbook also has 'Notes', 'Squad'" in notes
    chosen = import_spreadsheet(GOOD / "multi-sheet.xlsx", sheet="Squad")
    assert chosen.kind == "squad" and len(chosen.players) == 6
    with pytest.raises(SpreadsheetError, match=r"no sheet 'Kader' \(its sheets: 'Notes'"):
        import_spreadsheet(GOOD / "multi-sheet.xlsx", sheet="Kader")


def test_a_hidden_sheet_is_not_picked_unless_asked_for(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Old squad"
    book.active.sheet_state = "hidden"
    for row in (["Player", "No", "Pos", "Status"], ["Old Timer", 1, "GK", "Out"]):
        book.active.append(row)
    current = book.create_sheet("Squad")
    for row in (["Player", "No"], ["Lionel Messi", 10]):
        current.append(row)
    book.save(tmp_path / "hidden.xlsx")
    assert import_spreadsheet(tmp_path / "hidden.xlsx").sheet == "Squad"
    asked = import_spreadsheet(tmp_path / "hidden.xlsx", sheet="Old squad")
    assert [p.name for p in asked.players] == ["Old Timer"]


@pytest.mark.parametrize("name", ["formula-like-names.csv", "formula-like-names.xlsx"])
def test_names_that_look_like_formulas_import_verbatim_as_text(name: str) -> None:
    names = [p.name for p in import_spreadsheet(GOOD / name).players]
    assert "+Alex Plus" in names and "@Carlos At" in names
    assert names[0] in ('=HYPERLINK("http://x","Bad")', "=1+2")


def test_a_user_edited_mapping_is_used_instead_of_the_detected_one() -> None:
    table = read_table(GOOD / "squad-title-rows.xlsx")
    detected = detect_mapping(table)
    assert detected[1] == "player" and detected[4] == "rating"
    edited = {i: f for i, f in detected.items() if f != "rating"}
    edited[4] = "number"  # the staff say column E is the shirt number
    del edited[0]
    result = import_table(table, edited)
    assert result.players[0].number == 92 and result.players[0].rating is None
    with pytest.raises(SpreadsheetError, match="no column of player names"):
        import_table(table, {0: "number"})


BROKEN_CASES = {
    "not-a-spreadsheet.xlsx": (None, None, "not a spreadsheet"),
    "truncated.xlsx": (None, None, "damaged"),
    "truncated.xls": (None, None, "damaged"),
    "encrypted.xlsx": (None, None, "password-protected"),
    "empty-sheet.xlsx": (None, None, "sheet 'Empty'): the sheet is empty"),
    "empty.csv": (None, None, "the file is empty"),
    "no-player-column.csv": (None, None, "no column of player names"),
    "bad-minutes.xlsx": (14, "Min", "'9O' is not a number"),
    "negative-minutes.csv": (2, "Min", "negative"),
    "impossible-minutes.csv": (3, "Min", "more than a match lasts"),
    "duplicate-names.csv": (4, "Player", "appears twice (rows 2 and 4)"),
    "bad-date.csv": (2, "Date", "'next sunday' is not a date"),
    "zip-bomb.xlsx": (None, None, "unpacks to 315 MB"),
    "billion-laughs.xlsx": (None, None, "refused as unsafe"),
    "lying-sizes.xlsx": (None, None, "damaged"),
    "word-document.xlsx": (None, None, "Word document, not a spreadsheet"),
}


@pytest.mark.parametrize("name", sorted(BROKEN_CASES))
def test_broken_files_fail_with_one_message_naming_file_row_and_column(name: str) -> None:
    row, column, words = BROKEN_CASES[name]
    with pytest.raises(SpreadsheetError) as caught:
        import_spreadsheet(BROKEN / name)
    error = caught.value
    assert (error.file, error.row, error.column) == (name, row, column)
    assert words in str(error)
    assert str(error).startswith(f"Could not read '{name}'")
    assert str(error).endswith("Nothing was imported.")
    assert "\n" not in str(error)


def test_the_message_reads_as_the_ux_guide_says() -> None:
    with pytest.raises(SpreadsheetError) as caught:
        import_spreadsheet(BROKEN / "bad-minutes.xlsx")
    assert str(caught.value) == (
        "Could not read 'bad-minutes.xlsx' (sheet 'Log', row 14, column 'Min'): '9O' is not a "
        "number of minutes. Nothing was imported."
    )


def test_a_log_with_a_player_twice_on_one_date_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Player,Date,Min\nLionel Messi,2025-03-09,90\nlionel messi,9/3/2025,45\n")
    with pytest.raises(SpreadsheetError) as caught:
        import_spreadsheet(path)
    assert (caught.value.row, caught.value.column) == (3, "Min")
    assert "two entries for 2025-03-09 (rows 2 and 3)" in str(caught.value)


def test_a_log_row_without_date_or_minutes_is_skipped_but_one_with_minutes_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Player,Date,Min\nLionel Messi,2025-03-09,90\nLuis Suárez,,\n")
    result = import_spreadsheet(path)
    assert [(s.row, word(s.reason)) for s in result.skipped] == [
        (3, "no match date or minutes (only the player is taken)")
    ]
    path.write_text("Player,Date,Min\nLionel Messi,2025-03-09,90\nLuis Suárez,,45\n")
    with pytest.raises(SpreadsheetError, match=r"\(row 3, column 'Date'\): the date is missing"):
        import_spreadsheet(path)


def test_a_file_too_large_to_be_a_squad_is_refused_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    rows = reader_module.MAX_ROWS + 5
    path.write_text("Player,Min\n" + "A,1\n" * rows, encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="too large to be a squad or a minutes log"):
        import_spreadsheet(path)


def test_a_workbook_with_too_many_rows_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Big")
    sheet.append(["Player", "Min"])
    for _ in range(reader_module.MAX_ROWS + 1):
        sheet.append(["A", 1])
    book.save(tmp_path / "big.xlsx")
    with pytest.raises(SpreadsheetError, match=f"{reader_module.MAX_ROWS + 2:,} rows"):
        import_spreadsheet(tmp_path / "big.xlsx")
