"""Merging an import into a plan: match by id or name, no duplicates, same file twice = no change;
the samples import into a new plan; the import command writes the plan or leaves it untouched."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from planner import Plan, Status, load_plan, sample_plan, save_plan
from planner.importing import SpreadsheetError, import_spreadsheet, merge_import
from tests.planner_process import run_planner

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
GOOD = ROOT / "tests" / "data" / "good"
BROKEN = ROOT / "tests" / "data" / "broken"


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_sample_spreadsheets_rebuild_the_sample_squad_minutes_and_cards() -> None:
    plan = Plan()
    squad = merge_import(plan, import_spreadsheet(SAMPLES / "squad.xlsx"))
    minutes = merge_import(plan, import_spreadsheet(SAMPLES / "minutes-2025.xlsx"))
    sample = sample_plan()
    assert len(squad.players_added) == 26 and squad.players_unchanged == 0
    assert minutes.players_unchanged == 26 and minutes.appearances_added == len(sample.history)
    assert plan.players == sample.players
    assert plan.yellow_cards == sample.yellow_cards
    pd.testing.assert_frame_equal(plan.history, sample.history)


def test_the_sample_spreadsheets_say_their_data_is_illustrative() -> None:
    from openpyxl import load_workbook

    for name in ("squad.xlsx", "minutes-2025.xlsx"):
        sheet = load_workbook(SAMPLES / name).worksheets[0]
        assert "ILLUSTRATIVE" in sheet["A1"].value


def test_importing_the_same_files_again_changes_nothing(plan: Plan) -> None:
    for name in ("squad.xlsx", "minutes-2025.xlsx"):
        summary = merge_import(plan, import_spreadsheet(SAMPLES / name))
        assert not summary.changed, summary.lines()
    before = plan.revision
    merge_import(plan, import_spreadsheet(GOOD / "minutes-long.xlsx"))
    again = merge_import(plan, import_spreadsheet(GOOD / "minutes-long.xlsx"))
    assert not again.changed and again.appearances_unchanged == 6
    assert plan.revision > before


def test_players_match_by_name_ignoring_case_accents_and_spaces(tmp_path: Path) -> None:
    plan = sample_plan()
    path = write_csv(
        tmp_path / "s.csv", "Player,No\nLIONEL   messi,30\noscar ustari,19\nNew Kid,44\n"
    )
    summary = merge_import(plan, import_spreadsheet(path))
    assert summary.players_updated == ["Lionel Messi"]
    assert summary.players_unchanged == 1
    assert summary.players_added == ["New Kid"]
    assert plan.player("lionel-messi").number == 30
    assert plan.player("lionel-messi").name == "Lionel Messi"  # the plan's spelling stays
    assert plan.player("new-kid").positions == () and plan.player("new-kid").number == 44


def test_players_match_by_id_first_and_take_the_files_name(tmp_path: Path) -> None:
    plan = sample_plan()
    path = write_csv(tmp_path / "s.csv", "ID,Name,Status\nluis-suarez,Luis Alberto Suárez,Inj\n")
    summary = merge_import(plan, import_spreadsheet(path))
    assert summary.players_updated == ["Luis Alberto Suárez"]
    assert plan.player("luis-suarez").status == Status.INJURED


def test_fields_the_file_leaves_blank_keep_the_plans_values(tmp_path: Path) -> None:
    plan = sample_plan()
    path = write_csv(tmp_path / "s.csv", "Player,Pos,Rating\nJordi Alba,,\n")
    summary = merge_import(plan, import_spreadsheet(path))
    assert summary.players_unchanged == 1 and not summary.changed
    assert plan.player("jordi-alba") == sample_plan().player("jordi-alba")


def test_appearances_are_added_without_duplicates_and_corrected_where_minutes_differ(
    tmp_path: Path,
) -> None:
    plan = sample_plan()
    history = plan.history
    messi = history[history["player_id"] == "lionel-messi"].iloc[0]
    alba = history[history["player_id"] == "jordi-alba"].iloc[0]
    path = write_csv(
        tmp_path / "log.csv",
        "Player,Date,Min,Comp\n"
        f"Lionel Messi,{messi['date']:%Y-%m-%d},{messi['minutes']},\n"
        f"Jordi Alba,{alba['date']:%Y-%m-%d},{alba['minutes'] - 10},\n"
        "Jordi Alba,2025-04-06,64,MLS\n",
    )
    rows = len(history)
    summary = merge_import(plan, import_spreadsheet(path))
    assert (summary.appearances_added, summary.appearances_updated) == (1, 1)
    assert summary.appearances_unchanged == 1
    assert len(plan.history) == rows + 1
    alba_rows = plan.history[plan.history["player_id"] == "jordi-alba"]
    corrected = alba_rows[alba_rows["date"] == alba["date"]]
    assert corrected[["minutes", "competition", "opponent"]].values.tolist() == [
        [alba["minutes"] - 10, alba["competition"], alba["opponent"]]
    ]
    added = plan.history[plan.history["date"] == "2025-04-06"]
    assert added[["player_id", "minutes", "competition"]].values.tolist() == [
        ["jordi-alba", 64, "MLS"]
    ]


def test_a_minutes_log_adds_players_the_plan_does_not_have_yet() -> None:
    plan = Plan()
    summary = merge_import(plan, import_spreadsheet(GOOD / "minutes-wide.xlsx"))
    assert summary.players_added == ["Lionel Messi", "Luis Suárez", "Sergio Busquets"]
    assert plan.player("lionel-messi").number == 10
    assert sorted(plan.history["player_id"].unique()) == [
        "lionel-messi",
        "luis-suarez",
        "sergio-busquets",
    ]


def test_yellow_cards_per_competition_are_set_and_reported(plan: Plan) -> None:
    summary = merge_import(plan, import_spreadsheet(GOOD / "squad-title-rows.xlsx"))
    assert plan.yellow_cards["jordi-alba"] == {"MLS": 2, "CCC": 1}
    assert plan.yellow_cards["sergio-busquets"] == {"MLS": 4}
    assert summary.cards_unchanged >= 3
    assert any(line.startswith("yellow cards:") for line in summary.lines())


def test_a_merge_is_all_or_nothing_when_a_player_cannot_be_built(plan: Plan) -> None:
    result = import_spreadsheet(GOOD / "squad-tabs.tsv")
    result.players.append(replace(result.players[0], name="Zed", positions=("XX",)))
    untouched = plan.copy()
    with pytest.raises(ValueError):
        merge_import(plan, result)
    assert plan.matches(untouched)


def test_the_rotation_workbook_the_app_exports_imports_back_without_changes(
    plan: Plan, tmp_path: Path
) -> None:
    from planner.export import export_excel

    export_excel(plan, tmp_path / "rotation.xlsx")
    history = import_spreadsheet(tmp_path / "rotation.xlsx")
    assert history.sheet == "Minutes history"
    summary = merge_import(plan, history)
    assert not summary.changed and summary.appearances_unchanged == len(plan.history)
    planned = import_spreadsheet(tmp_path / "rotation.xlsx", sheet="Planned minutes")
    assert planned.kind == "minutes-wide" and len(planned.appearances) > 0


# -- the import command ---------------------------------------------------------------------


def test_the_import_command_builds_a_new_plan_from_the_samples(tmp_path: Path) -> None:
    target = tmp_path / "new.squadplan"
    done = run_planner(
        "import", SAMPLES / "squad.xlsx", SAMPLES / "minutes-2025.xlsx", "--into", target
    )
    assert done.returncode == 0, done.stderr
    assert "players: 26 added, 0 updated, 0 unchanged" in done.stdout
    assert f"appearances: {len(sample_plan().history)} added" in done.stdout
    assert "row 30: a total or average row" in done.stdout
    assert load_plan(target).players == sample_plan().players
    again = run_planner("import", SAMPLES / "minutes-2025.xlsx", "--into", target)
    assert again.returncode == 0 and "nothing changed in" in again.stdout


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bad-minutes.xlsx", "(sheet 'Log', row 14, column 'Min'): '9O' is not a number"),
        ("encrypted.xlsx", "password-protected"),
        ("zip-bomb.xlsx", "zip bomb"),
        ("truncated.xlsx", "damaged"),
        ("truncated.xls", "damaged"),  # calamine panics: no Rust backtrace may reach stderr
    ],
)
def test_a_bad_file_exits_2_with_one_line_and_leaves_the_plan_byte_for_byte(
    name: str, words: str, tmp_path: Path
) -> None:
    target = tmp_path / "week.squadplan"
    save_plan(sample_plan(), target)
    before = target.read_bytes()
    done = run_planner("import", SAMPLES / "squad.xlsx", BROKEN / name, "--into", target)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"Could not read '{name}'" in done.stderr and words in done.stderr
    assert target.read_bytes() == before


def test_a_bad_file_creates_no_plan(tmp_path: Path) -> None:
    target = tmp_path / "new.squadplan"
    done = run_planner("import", BROKEN / "duplicate-names.csv", "--into", target)
    assert done.returncode == 2 and not target.exists()


def test_the_sheet_option_chooses_the_sheet(tmp_path: Path) -> None:
    target = tmp_path / "new.squadplan"
    done = run_planner("import", GOOD / "multi-sheet.xlsx", "--sheet", "Squad", "--into", target)
    assert done.returncode == 0, done.stderr
    assert "sheet 'Squad': 6 players (squad)" in done.stdout
    assert load_plan(target).history.empty


def test_errors_are_the_planners_own_error_type() -> None:
    with pytest.raises(SpreadsheetError) as caught:
        import_spreadsheet(BROKEN / "bad-date.csv")
    from planner.errors import PlannerError

    assert isinstance(caught.value, PlannerError)
    assert (caught.value.sheet, caught.value.row, caught.value.column) == (None, 2, "Date")
