"""Hostile or broken text in a plan never becomes a formula, never breaks the workbook, and a
locked target leaves the old file whole."""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Plan, sample_plan
from planner.atomic import SaveError
from planner.cli import main
from planner.export import export_excel
from planner.export.cells import MAX_CELL_TEXT, clean_text, put_text, sheet_title
from planner.planfile import save_plan
from tests.strategies import plans

HOSTILE = {
    "lionel-messi": '=HYPERLINK("http://evil.example","click")',
    "luis-suarez": "@SUM(1+1)*cmd|' /C calc'!A0",
    "sergio-busquets": "+1+1",
    "jordi-alba": "-2",
    "ian-fray": "Bell\x07Fray\x00 with\x1b controls\ufffe",
    "tadeo-allende": "A" * 40_000,
}
FORBIDDEN_IN_TITLES = re.compile(r"[\[\]:*?/\\]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = sample_plan()
    plan.club = "A&B =club"
    for player_id, name in HOSTILE.items():
        plan.update_player(replace(plan.players[player_id], name=name))
    first = plan.fixtures[0]
    plan.update_fixture(replace(first, opponent="=Evil/FC: [x]*? \\'quoted'", venue="+SUM(A1)"))
    path = tmp_path_factory.mktemp("hostile") / "hostile.xlsx"
    export_excel(plan, path)
    return path


def test_no_formula_anywhere(hostile: Path) -> None:
    with zipfile.ZipFile(hostile) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name
    book = openpyxl.load_workbook(hostile)
    formulas = [
        (ws.title, c.coordinate)
        for ws in book.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]
    assert formulas == []


def test_hostile_names_stay_literal_text(hostile: Path) -> None:
    ws = openpyxl.load_workbook(hostile)["Planned minutes"]
    names = {ws.cell(r, 1).value: ws.cell(r, 1) for r in range(2, ws.max_row + 1)}
    for text in ('=HYPERLINK("http://evil.example","click")', "@SUM(1+1)*cmd|' /C calc'!A0"):
        assert names[text].data_type == "s"
        assert names[text].quotePrefix  # stays text when someone edits the cell, too
    assert names["+1+1"].data_type == "s"
    assert names["-2"].data_type == "s" and names["-2"].value == "-2"
    assert "BellFray with controls" in names
    long = [n for n in names if n.startswith("AAAA")]
    assert [len(n) for n in long] == [MAX_CELL_TEXT]


def test_hostile_fixture_text_and_sheet_names(hostile: Path) -> None:
    book = openpyxl.load_workbook(hostile)
    for title in book.sheetnames:
        assert len(title) <= 31 and not FORBIDDEN_IN_TITLES.search(title), title
        assert not title.startswith("'") and not title.endswith("'"), title
    assert len({t.casefold() for t in book.sheetnames}) == len(book.sheetnames)
    fixture_sheet = book.worksheets[2]
    assert fixture_sheet.title.startswith("Sun 6 Apr =Evil FC")
    summary = book["Summary"]
    cells = {c.value: c for row in summary.iter_rows() for c in row if isinstance(c.value, str)}
    for text in ("+SUM(A1)", "Sun 6 Apr v =Evil/FC: [x]*? \\'quoted'"):
        assert cells[text].data_type == "s" and cells[text].quotePrefix == text.startswith("+")
    assert "A&&B =club" in summary.oddHeader.left.text  # '&' starts a code in headers


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        ("Sun 6 Apr Toronto FC", [], "Sun 6 Apr Toronto FC"),
        ("a/b\\c:d*e?f[g]h", [], "a b c d e f g h"),
        ("'quoted'", [], "quoted"),
        ("History", [], "History sheet"),
        ("", [], "Sheet"),
        ("Summary", ["summary"], "Summary (2)"),
        ("x" * 40, [], "x" * 31),
        ("x" * 40, ["x" * 31], "x" * 27 + " (2)"),
    ],
)
def test_sheet_title_examples(text: str, taken: list[str], expected: str) -> None:
    assert sheet_title(text, taken) == expected


@given(st.text(max_size=60), st.lists(st.text(max_size=40), max_size=5))
def test_sheet_title_is_always_valid_and_new(text: str, taken: list[str]) -> None:
    title = sheet_title(text, taken)
    assert 1 <= len(title) <= 31
    assert not FORBIDDEN_IN_TITLES.search(title)
    assert title[0] != "'" and title[-1] != "'"
    assert title.casefold() not in {t.casefold() for t in taken}
    openpyxl.Workbook().create_sheet(title)  # openpyxl accepts it


@given(st.text(max_size=200))
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_survives_a_save_as_literal_text(tmp_path: Path, text: str) -> None:
    book = openpyxl.Workbook()
    put_text(book.active, 1, 1, text)
    path = tmp_path / "t.xlsx"
    book.save(path)
    cell = openpyxl.load_workbook(path).active["A1"]
    expected = clean_text(text)
    assert cell.data_type == "s" or expected == ""
    assert (cell.value or "") == expected


@given(plans(max_players=14, max_fixtures=3))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_plan_exports_with_every_starter(tmp_path_factory, plan: Plan) -> None:
    path = tmp_path_factory.mktemp("any") / "plan.xlsx"
    export_excel(plan, path)
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == len(plan.fixtures) + 4
    minutes = book["Planned minutes"]
    assert minutes.max_row == len(plan.players) + 1
    for fixture, ws in zip(plan.fixtures, book.worksheets[2:], strict=False):
        names = {c.value for row in ws.iter_rows(max_col=6) for c in row}
        for player_id in plan.lineup(fixture.id).starters():
            assert clean_text(plan.players[player_id].name) in names


def _lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the final move fail the way Windows fails when Excel holds the file open."""

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", refuse)


def test_locked_target_gives_a_clear_error_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rotation.xlsx"
    target.write_bytes(b"the old workbook")
    _lock(monkeypatch)
    with pytest.raises(SaveError) as caught:
        export_excel(sample_plan(), target)
    message = str(caught.value)
    assert "rotation.xlsx" in message and "open in another program" in message
    assert target.read_bytes() == b"the old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["rotation.xlsx"]  # no temp file left


def test_cli_reports_a_locked_target_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_file = tmp_path / "week.squadplan"
    save_plan(sample_plan(), plan_file)
    target = tmp_path / "week.xlsx"
    target.write_bytes(b"old")
    _lock(monkeypatch)
    assert main(["export", str(plan_file), "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: Could not save") and "\n" not in err
    assert target.read_bytes() == b"old"


def test_a_failure_while_building_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rotation.xlsx"
    export_excel(sample_plan(), target)
    before = target.read_bytes()

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", crash)
    with pytest.raises(SaveError, match="No space left"):
        export_excel(sample_plan(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["rotation.xlsx"]
