"""The workbook exported in Spanish speaks Spanish throughout: sheet titles, headings, labels,
print headers and footers, dates and the Model sheet (planner/wording/export.py)."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from planner import Plan, sample_plan
from planner.export import PrintLocale, export_excel
from tests.export_reading import find
from tests.wording_phrases import template_phrases

SPANISH = PrintLocale(language="es")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, Path]:
    plan = sample_plan()
    path = tmp_path_factory.mktemp("export-es") / "semana.xlsx"
    export_excel(plan, path, locale=SPANISH, players_sheets=True)
    return plan, path


@pytest.fixture(scope="module")
def book(exported: tuple[Plan, Path]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(exported[1])


def _texts(book: openpyxl.Workbook) -> list[tuple[str, str]]:
    """(where, text) of every sheet title, print header and footer and text cell."""
    texts = []
    for ws in book.worksheets:
        texts.append((ws.title, ws.title))
        for place in ("oddHeader", "oddFooter"):
            for side in ("left", "center", "right"):
                text = getattr(getattr(ws, place), side).text
                if text:
                    texts.append((f"{ws.title} {place} {side}", text))
        texts += [
            (f"{ws.title}!{cell.coordinate}", cell.value)
            for row in ws.iter_rows()
            for cell in row
            if isinstance(cell.value, str)
        ]
    return texts


def _english_in(text: str, phrases: set[str]) -> list[str]:
    """The phrases text holds as whole words ("Modelo" holds no "Model"), the app's name left
    out ("Squad Planner" is no English "Squad")."""
    text = text.replace("Squad Planner", "")
    return [p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]


def test_no_english_phrase_of_the_export_wording_in_any_cell(book) -> None:
    # phrases the two languages share ("Total", "Error") are no sign of English
    phrases = template_phrases("export.") - template_phrases("export.", "es")
    assert {"Starting XI", "Planned minutes", "Printed &D", "kick-off"} <= phrases
    texts = _texts(book)
    assert len(texts) > 500  # every sheet was walked, names and all
    english = [(where, text) for where, text in texts if _english_in(text, phrases)]
    assert not english, english[:10]


def test_no_english_phrase_of_the_core_messages_either(book) -> None:
    """Problems, risk reasons, statuses and places: worded by the core's tables, in Spanish."""
    prefixes = ("problem.", "fatigue.", "status.", "place.", "weekday.", "month.", "fixture.")
    english = set().union(*(template_phrases(p) for p in prefixes))
    spanish = set().union(*(template_phrases(p, "es") for p in prefixes))
    found = [(where, text) for where, text in _texts(book) if _english_in(text, english - spanish)]
    assert not found, found[:10]


def test_sheet_titles_dates_and_headings_are_spanish(exported, book) -> None:
    plan, _ = exported
    assert book.sheetnames == [
        "Resumen",
        "Minutos previstos",
        "dom 6 abr Toronto FC",
        "Jugadores dom 6 abr Toronto FC",
        "mié 9 abr LAFC",
        "Jugadores mié 9 abr LAFC",
        "Historial de minutos",
        "Modelo",
    ]
    assert all(len(title) <= 31 for title in book.sheetnames)  # Excel's limit
    summary = book["Resumen"]
    assert summary["A1"].value == "Inter Miami CF: plan de rotaciones"
    assert summary["A2"].value.startswith("2 partidos, 26 jugadores. Exportado el ")
    fixture = book["dom 6 abr Toronto FC"]
    assert fixture["A1"].value == "dom 6 abr 2025  ·  Inter Miami CF - Toronto FC"
    assert fixture.oddFooter.right.text == "Página &P de &N"
    assert find(fixture, "Once inicial") and find(fixture, "No convocados")
    # the kick-off row of the week grid: a date cell the spreadsheet names in Spanish
    row, column = find(summary, "Inicio")
    kickoff = summary.cell(row, column + 1)
    assert kickoff.value == plan.fixtures[0].kickoff
    assert kickoff.number_format == "[$-C0A]ddd d mmm yyyy, hh:mm"
