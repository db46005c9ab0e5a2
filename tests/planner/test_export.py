"""The Excel export read back with openpyxl and pandas and compared with the plan."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from planner import Plan, fatigue_table, sample_plan
from planner.cli import main
from planner.export import PrintLocale, export_excel
from planner.export.pitch_cells import COLUMNS, ROWS
from planner.export.workbook import build_workbook
from planner.importing import import_spreadsheet
from planner.minutes import lineup_minutes
from planner.planfile import save_plan
from planner.validate import validate
from planner.wording import Language
from tests.export_reading import block, find


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, Path]:
    plan = sample_plan()
    path = tmp_path_factory.mktemp("export") / "week.xlsx"
    export_excel(plan, path)
    return plan, path


@pytest.fixture(scope="module")
def book(exported: tuple[Plan, Path]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(exported[1])


def _fixture_sheet(book: openpyxl.Workbook, plan: Plan, fixture_id: str):
    fixture = plan.fixture(fixture_id)
    for ws in book.worksheets:
        if ws["A1"].value and f"v {fixture.opponent}" in str(ws["A1"].value):
            return ws
    raise AssertionError(f"no sheet for {fixture_id}")


def test_sheets_in_order(exported, book) -> None:
    plan, _ = exported
    assert book.sheetnames == [
        "Summary",
        "Planned minutes",
        "Sun 6 Apr Toronto FC",
        "Wed 9 Apr LAFC",
        "Minutes history",
        "Model",
    ]
    assert len(plan.fixtures) == 2


def test_every_starter_with_number_minutes_and_readiness(exported, book) -> None:
    plan, _ = exported
    readiness = fatigue_table(plan)["readiness"]
    for fixture in plan.fixtures:
        lineup = plan.lineup(fixture.id)
        minutes = lineup_minutes(lineup, fixture)
        rows = block(_fixture_sheet(book, plan, fixture.id), "Starting XI")
        assert [r["Slot"] for r in rows] == list(lineup.slots)
        for row, player_id in zip(rows, lineup.slots.values(), strict=True):
            player = plan.players[player_id]
            assert row["Name"] == player.name
            assert row["No."] == player.number
            assert row["Position"] == "/".join(player.positions)
            assert row["Minutes"] == minutes[player_id]
            assert row["Readiness"] == round(readiness[(player_id, fixture.id)])


def test_every_bench_player_with_minutes_and_when_he_comes_on(exported, book) -> None:
    plan, _ = exported
    for fixture in plan.fixtures:
        lineup = plan.lineup(fixture.id)
        minutes = lineup_minutes(lineup, fixture)
        coming_on = {s.on: s.minute for s in lineup.substitutions}
        rows = block(_fixture_sheet(book, plan, fixture.id), "Bench (")
        assert [r["Name"] for r in rows] == [plan.players[p].name for p in lineup.bench]
        for row, player_id in zip(rows, lineup.bench, strict=True):
            assert row["Minutes"] == minutes.get(player_id, 0)
            expected = f"on {coming_on[player_id]}'" if player_id in coming_on else None
            assert row["Sub on"] == expected


def test_every_substitution(exported, book) -> None:
    plan, _ = exported
    for fixture in plan.fixtures:
        subs = plan.lineup(fixture.id).substitutions
        rows = block(_fixture_sheet(book, plan, fixture.id), "Substitution plan")
        assert len(rows) == len(subs) > 0
        for row, sub in zip(rows, subs, strict=True):
            off, on = plan.players[sub.off], plan.players[sub.on]
            assert row == {
                "Minute": sub.minute,
                "Sub off": f"{off.number} {off.name}",
                "Sub on": f"{on.number} {on.name}",
            }


def test_who_is_not_selected_and_why(exported, book) -> None:
    plan, _ = exported
    reasons = {"available": "Rested", "injured": "Injured", "doubtful": "Rested (doubtful)"}
    for fixture in plan.fixtures:
        rows = block(_fixture_sheet(book, plan, fixture.id), "Not selected")
        left_out = plan.unselected(fixture.id)
        assert [r["Name"] for r in rows] == [plan.players[p].name for p in left_out]
        assert [r["Reason"] for r in rows] == [
            reasons[plan.players[p].status.value] for p in left_out
        ]
    # The sample has Marcelo Weigandt injured: he is never "rested".
    assert any(r["Reason"] == "Injured" for r in rows)


def test_pitch_shows_each_starter_number_and_surname(exported, book) -> None:
    plan, _ = exported
    for fixture in plan.fixtures:
        ws = _fixture_sheet(book, plan, fixture.id)
        texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
        for player_id in plan.lineup(fixture.id).starters():
            player = plan.players[player_id]
            assert f"{player.number} {player.surname}" in texts
        green = sum(
            1
            for row in ws.iter_rows()
            for c in row
            if c.fill.fgColor.rgb in ("004E9A51", "005AA95D")
        )
        assert green > 0.7 * (COLUMNS + 2) * (ROWS + 2)  # the grass less the cards and goals


def test_planned_minutes_sheet_matches_the_plan(exported) -> None:
    plan, path = exported
    frame = pd.read_excel(path, sheet_name="Planned minutes", index_col="Player", engine="openpyxl")
    assert list(frame.columns) == [
        "2025-04-06 v Toronto FC (MLS)",
        "2025-04-09 v LAFC (CCC)",
        "Total",
    ]
    assert list(frame.index) == [p.name for p in plan.players.values()]
    for fixture, column in zip(plan.fixtures, frame.columns, strict=False):
        minutes = lineup_minutes(plan.lineup(fixture.id), fixture)
        expected = [minutes.get(pid, 0) for pid in plan.players]
        assert frame[column].tolist() == expected
    assert (frame["Total"] == frame.iloc[:, :-1].sum(axis=1)).all()
    assert frame["Total"].sum() == 2 * 11 * 90


def test_minutes_history_is_the_plan_history(exported) -> None:
    plan, path = exported
    frame = pd.read_excel(path, sheet_name="Minutes history", engine="openpyxl")
    assert list(frame.columns) == ["Date", "Player", "Minutes", "Competition", "Opponent"]
    names = {pid: p.name for pid, p in plan.players.items()}
    expected = plan.history.assign(player=plan.history["player_id"].map(names))
    assert frame["Date"].tolist() == expected["date"].tolist()
    assert frame["Player"].tolist() == expected["player"].tolist()
    assert frame["Minutes"].tolist() == expected["minutes"].tolist()
    assert frame["Opponent"].tolist() == expected["opponent"].tolist()


def test_summary_grid_has_fixtures_minutes_totals_and_readiness(exported, book) -> None:
    plan, _ = exported
    ws = book["Summary"]
    head, _ = find(ws, "Fixture")
    labels = [ws.cell(head, 2 + 2 * j).value for j in range(len(plan.fixtures))]
    assert labels == [f.label for f in plan.fixtures]
    facts = {ws.cell(r, 1).value: r for r in range(head + 1, head + 5)}
    for j, fixture in enumerate(plan.fixtures):
        column = 2 + 2 * j
        assert ws.cell(facts["Kick-off"], column).value == fixture.kickoff
        assert ws.cell(facts["Competition"], column).value == fixture.rules.name
        assert ws.cell(facts["Venue"], column).value == fixture.venue
        assert ws.cell(facts["Importance (1-5)"], column).value == fixture.importance

    header = head + 5
    assert ws.cell(header, 1).value == "Player"
    assert ws.cell(header, 2).value == "Minutes" and ws.cell(header, 3).value == "Readiness"
    readiness = fatigue_table(plan)["readiness"]
    total_column = 2 + 2 * len(plan.fixtures)
    for row, player_id in enumerate(plan.players, start=header + 1):
        assert ws.cell(row, 1).value == plan.players[player_id].name
        week = 0
        for j, fixture in enumerate(plan.fixtures):
            minutes = lineup_minutes(plan.lineup(fixture.id), fixture).get(player_id, 0)
            week += minutes
            assert ws.cell(row, 2 + 2 * j).value == minutes
            assert ws.cell(row, 3 + 2 * j).value == round(readiness[(player_id, fixture.id)])
        assert ws.cell(row, total_column).value == week
    assert ws.print_title_rows.endswith(f"${head}:${header}")

    assert not list(ws.conditional_formatting)  # the readiness colours: test_readiness_scale


def test_summary_problems_and_risk_flags(exported, book) -> None:
    plan, _ = exported
    ws = book["Summary"]
    problems = block(ws, "Errors (")
    assert [r["Message"] for r in problems] == [p.message for p in validate(plan)]
    flags = block(ws, "Risk flags")
    table = fatigue_table(plan)
    flagged = table[table["risk"].astype(str).isin(["moderate", "high"])]
    assert len(flags) == len(flagged) > 0
    assert {r["Risk"] for r in flags} <= {"moderate", "high"}
    for row in flags:
        assert row["Readiness"] in {round(v) for v in flagged["readiness"]}


def test_model_sheet_names_every_parameter_with_its_value(exported, book) -> None:
    plan, _ = exported
    ws = book["Model"]
    rows = block(ws, "Parameters")
    values = {r["Name in the plan file"]: r["Value"] for r in rows}
    assert values == vars(plan.params)
    find(ws, "Load and readiness")


def test_print_set_up(book) -> None:
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1, ws.title
        assert ws.print_title_rows, ws.title
        assert ws.freeze_panes, ws.title
        assert "Inter Miami CF" in ws.oddHeader.left.text
        assert "&D" in ws.oddHeader.right.text
        assert "&P" in ws.oddFooter.right.text
    fixture_sheet = book["Wed 9 Apr LAFC"]
    assert fixture_sheet.page_setup.fitToHeight == 1
    assert "Wed 9 Apr v LAFC" in fixture_sheet.oddHeader.center.text


def test_tables_and_formats(book) -> None:
    assert set(book["Planned minutes"].tables) == {"PlannedMinutes"}
    assert book["Minutes history"].tables["MinutesHistory"].ref.startswith("A1:E")
    assert book["Minutes history"]["A2"].number_format == "yyyy-mm-dd"
    kickoff = book["Summary"].cell(*_right_of(book["Summary"], "Kick-off"))
    assert kickoff.is_date and "yyyy" in kickoff.number_format and "hh:mm" in kickoff.number_format


def _right_of(ws, label: str) -> tuple[int, int]:
    row, column = find(ws, label)
    return row, column + 1


@pytest.mark.parametrize(
    ("language", "history_sheet", "minutes_sheet"),
    [
        ("en", "Minutes history", "Planned minutes"),
        ("es", "Historial de minutos", "Minutos previstos"),
    ],
)
def test_exported_workbook_imports_back(
    tmp_path: Path, language: Language, history_sheet: str, minutes_sheet: str
) -> None:
    """In either language: the Spanish headings (Jugador, Fecha, Rival) are words the importer
    knows too."""
    plan, path = sample_plan(), tmp_path / "week.xlsx"
    export_excel(plan, path, locale=PrintLocale(language=language))
    history = import_spreadsheet(path)
    assert (history.sheet, history.kind) == (history_sheet, "minutes")
    assert len(history.appearances) == len(plan.history)
    assert history.appearances["minutes"].sum() == plan.history["minutes"].sum()

    planned = import_spreadsheet(path, sheet=minutes_sheet)
    assert planned.kind == "minutes-wide"
    assert not planned.skipped
    names = {p.name: pid for pid, p in plan.players.items()}
    got = planned.appearances.assign(player_id=planned.appearances["player"].map(names))
    for fixture in plan.fixtures:
        on_day = got[got["date"] == pd.Timestamp(fixture.kickoff.date())]
        assert dict(zip(on_day["player_id"], on_day["minutes"], strict=True)) == lineup_minutes(
            plan.lineup(fixture.id), fixture
        )
        assert set(on_day["competition"]) == {fixture.competition}


def test_progress_reports_each_step(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_excel(sample_plan(), tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t)))
    total = calls[0][1]
    assert [d for d, _ in calls] == list(range(1, total + 1))
    assert {t for _, t in calls} == {total}
    assert total == 2 + 5  # two fixtures, summary, minutes, history, model, saving


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_file = tmp_path / "week.squadplan"
    save_plan(sample_plan(), plan_file)
    assert main(["export", str(plan_file), "-o", str(tmp_path / "out.xlsx")]) == 0
    assert "out.xlsx" in capsys.readouterr().out
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames[0] == "Summary"
    assert main(["export", str(plan_file)]) == 0
    assert (tmp_path / "week.xlsx").exists()


def test_empty_plan_exports(tmp_path: Path) -> None:
    export_excel(Plan(), tmp_path / "empty.xlsx")
    book = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    assert book.sheetnames == ["Summary", "Planned minutes", "Minutes history", "Model"]


def test_merged_ranges_cover_only_empty_cells() -> None:
    """Excel repairs (and complains about) a file whose merged ranges hide values. Checked on
    the workbook before saving: openpyxl empties covered cells when it reads a file."""
    merged = 0
    for ws in build_workbook(sample_plan()).worksheets:
        for cells in ws.merged_cells.ranges:
            merged += 1
            covered = [
                ws.cell(r, c).value
                for r in range(cells.min_row, cells.max_row + 1)
                for c in range(cells.min_col, cells.max_col + 1)
                if (r, c) != (cells.min_row, cells.min_col)
            ]
            assert all(v is None for v in covered), (ws.title, cells.coord)
    assert merged > 2 * 3 * 11  # three per pitch card at least
