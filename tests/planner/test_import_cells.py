"""Cells and headers as staff type them: minutes marks, positions, dates, synonyms, matches."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from planner.importing.cells import CellError, minutes, parse_date, positions, whole_number
from planner.importing.header import Column, parse_match_header
from planner.importing.synonyms import (
    competition,
    header_field,
    is_note_row,
    is_total_row,
    status,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (90, (90, None)),
        (45.0, (45, None)),
        ("45'", (45, None)),
        ("45’", (45, None)),
        ("90+", (90, None)),
        ("90+3", (93, None)),
        ("90 + 4'", (94, None)),
        ("67,5", (68, None)),
        ("12 min", (12, None)),
        (timedelta(minutes=75), (75, None)),
        ("", (None, None)),
        (None, (None, None)),
        ("DNP", (None, "did not play")),
        ("dnp", (None, "did not play")),
        ("Inj", (None, "injured")),
        ("Lesionado", (None, "injured")),
        ("Sup", (None, "unused substitute")),
        ("Suplente", (None, "unused substitute")),
        ("N/C", (None, "not in squad")),
        ("-", (None, "did not play")),
    ],
)
def test_minutes_and_marks(cell: object, expected: tuple[int | None, str | None]) -> None:
    assert minutes(cell) == expected


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("9O", "'9O' is not a number"),
        (-1, "negative"),
        (131, "more than a match"),
        ("x5", "'x5' is not a number"),
    ],
)
def test_impossible_minutes_are_refused(cell: object, words: str) -> None:
    with pytest.raises(CellError, match=words):
        minutes(cell)


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("GK", ("GK",)),
        ("POR", ("GK",)),
        ("DC", ("ST",)),
        ("MC", ("CM",)),
        ("LI", ("LB",)),
        ("LD", ("RB",)),
        ("FW,MF", ("ST", "CM")),
        ("DF/MF", ("CB", "CM")),
        ("Lateral izquierdo", ("LB",)),
        ("ED, MCO", ("RW", "AM")),
        ("cam / cf", ("AM", "ST")),
    ],
)
def test_position_codes_in_english_and_spanish(cell: str, codes: tuple[str, ...]) -> None:
    assert positions(cell) == (codes, [])


def test_unknown_position_parts_are_reported_not_guessed() -> None:
    assert positions("ST/Libero") == (("ST",), ["Libero"])


@pytest.mark.parametrize(
    ("cell", "dayfirst", "expected"),
    [
        ("2025-03-09", True, date(2025, 3, 9)),
        ("09/03/2025", True, date(2025, 3, 9)),
        ("03/09/2025", False, date(2025, 3, 9)),
        ("9.3.25", True, date(2025, 3, 9)),
        ("9 Mar 2025", True, date(2025, 3, 9)),
        ("9 abr 2025", True, date(2025, 4, 9)),
        ("Sun 9 Mar 2025", True, date(2025, 3, 9)),
        ("March 9, 2025", True, date(2025, 3, 9)),
        (datetime(2025, 3, 9, 20, 0), True, date(2025, 3, 9)),
        (45725, True, date(2025, 3, 9)),  # a date cell that lost its format
    ],
)
def test_dates(cell: object, dayfirst: bool, expected: date) -> None:
    assert parse_date(cell, dayfirst=dayfirst) == expected


@pytest.mark.parametrize("cell", ["31/02/2025", "soon", 12])
def test_impossible_dates_are_refused(cell: object) -> None:
    with pytest.raises(CellError, match="is not a date"):
        parse_date(cell)


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Jugador", "player"),
        ("NOMBRE", "player"),
        ("Posición", "position"),
        ("posicion", "position"),
        ("No.", "number"),
        ("#", "number"),
        ("Nº", "number"),
        ("Dorsal", "number"),
        ("Mins", "minutes"),
        ("Minutos:", "minutes"),
        ("Fecha", "date"),
        ("Estado", "status"),
        ("  Yellow   Cards ", "yellow_cards"),
        ("Amarillas", "yellow_cards"),
        ("Shoe size", None),
    ],
)
def test_header_synonyms(label: str, field: str | None) -> None:
    assert header_field(label) == field


def test_statuses_competitions_and_total_rows() -> None:
    assert status("Lesionado") == "injured" and status("Duda") == "doubtful"
    assert competition("Concacaf Champions Cup") == "CCC" and competition("Amistoso") == "FRIENDLY"
    assert is_total_row("TOTALES") and is_total_row("Promedio") and not is_total_row("Totti")


@pytest.mark.parametrize(
    ("label", "when", "opponent", "comp"),
    [
        ("2025-03-09 v Charlotte", date(2025, 3, 9), "Charlotte", ""),
        ("2025-03-13 @ Cavalier FC", date(2025, 3, 13), "Cavalier FC", ""),
        ("09/03/2025 vs. Charlotte FC (MLS)", date(2025, 3, 9), "Charlotte FC", "MLS"),
        ("2 abr 2025 contra LAFC [CCC]", date(2025, 4, 2), "LAFC", "CCC"),
    ],
)
def test_match_headers(label: str, when: date, opponent: str, comp: str) -> None:
    match = parse_match_header(label)
    assert match is not None
    assert (match.date, match.opponent, match.competition) == (when, opponent, comp)


def test_a_competition_above_a_match_column_is_its_competition() -> None:
    match = Column(3, "2025-03-09 v Charlotte", "MLS").match()
    assert match is not None and match.competition == "MLS"
    assert Column(4, "YC CCC").competition() == "CCC"


def test_shirt_numbers() -> None:
    assert whole_number("#10", "shirt number", 0, 999) == 10
    assert whole_number(10.0, "shirt number", 0, 999) == 10
    with pytest.raises(CellError, match=r"'10\.5' is not a shirt number"):
        whole_number(10.5, "shirt number", 0, 999)


@pytest.mark.parametrize(
    ("cell", "note"),
    [
        ("* ILLUSTRATIVE data", True),
        ("Source: club match reports", True),
        ("Nota: datos ilustrativos", True),
        ("Nota Bene", False),  # could be a player
        ("Fuente Ovejuna", False),
    ],
)
def test_notes_under_a_table_are_told_from_players(cell: str, note: bool) -> None:
    assert is_note_row(cell) is note


@pytest.mark.parametrize(
    ("label", "when", "opponent"),
    [
        ("9 Mar v Charlotte", date(2025, 3, 9), "Charlotte"),
        ("Sun 9 Mar v Charlotte FC", date(2025, 3, 9), "Charlotte FC"),
        ("mar 9 mar @ Atlanta", date(2025, 3, 9), "Atlanta"),  # martes 9 de marzo
        ("Mar 9 v Charlotte", date(2025, 3, 9), "Charlotte"),
        ("09/03 v Charlotte", date(2025, 3, 9), "Charlotte"),
    ],
)
def test_match_headers_without_a_year_need_one_from_the_sheet(
    label: str, when: date, opponent: str
) -> None:
    assert parse_match_header(label) is None
    match = parse_match_header(label, 2025)
    assert match is not None and (match.date, match.opponent) == (when, opponent)
