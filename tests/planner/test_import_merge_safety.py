"""Merging never degrades curated data: blank fields keep the plan's values, coarse positions
keep finer ones, total rows are skipped, near-miss names match known players."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import load_plan, sample_plan
from planner.importing import MergeOptions, import_spreadsheet, merge_import
from planner.players import Status
from planner.wording import word
from tests.data import hostile
from tests.planner.test_import_hostile import import_into_copy


def test_an_id_only_availability_sheet_updates_status_and_keeps_names(tmp_path: Path) -> None:
    plan = sample_plan()
    sheet = hostile.csv_file(
        tmp_path, "availability.csv", [["ID", "Status"], ["lionel-messi", "injured"]]
    )
    summary = merge_import(plan, import_spreadsheet(sheet))
    messi = plan.player("lionel-messi")
    assert (messi.name, messi.status) == ("Lionel Messi", Status.INJURED)
    assert summary.players_updated == ["Lionel Messi"] and not summary.players_added


def test_a_blank_name_beside_a_known_id_keeps_the_plans_name(tmp_path: Path) -> None:
    plan = sample_plan()
    sheet = hostile.csv_file(
        tmp_path,
        "ids.csv",
        [["ID", "Player", "No"], ["luis-suarez", "", "19"], ["ghost-9", "", "4"]],
    )
    summary = merge_import(plan, import_spreadsheet(sheet))
    assert plan.player("luis-suarez").name == "Luis Suárez"
    assert plan.player("luis-suarez").number == 19
    assert "ghost-9" not in plan.players
    assert any("id 'ghost-9'" in line for line in summary.lines())


def test_a_stats_site_export_skips_totals_and_keeps_curated_positions(tmp_path: Path) -> None:
    plan = sample_plan()
    result = import_spreadsheet(hostile.stats_site_xlsx(tmp_path))
    assert [p.name for p in result.players] == ["Lionel Messi", "Luis Suárez", "Sergio Busquets"]
    assert [word(s.reason) for s in result.skipped] == ["a total or average row"] * 2
    summary = merge_import(plan, result)
    assert plan.player("lionel-messi").positions == ("RW", "AM")  # not ST, CM
    assert plan.player("sergio-busquets").positions == ("DM",)  # not CM
    assert plan.player("luis-suarez").positions == ("ST",)
    assert summary.positions_kept == ["Lionel Messi", "Sergio Busquets"]
    assert not summary.players_added and len(plan.players) == len(sample_plan().players)


def test_coarse_positions_replace_finer_ones_only_when_asked(tmp_path: Path) -> None:
    plan = sample_plan()
    result = import_spreadsheet(hostile.stats_site_xlsx(tmp_path))
    merge_import(plan, result, MergeOptions(coarse_positions=True))
    assert plan.player("lionel-messi").positions == ("ST", "CM")


def test_near_miss_names_match_the_known_players(tmp_path: Path) -> None:
    plan = sample_plan()
    rows = {(d, p) for d, p in zip(plan.history["date"], plan.history["player_id"], strict=True)}
    summary = merge_import(plan, import_spreadsheet(hostile.near_miss_log(tmp_path)))
    assert not summary.players_added and len(plan.players) == len(sample_plan().players)
    after = {(d, p) for d, p in zip(plan.history["date"], plan.history["player_id"], strict=True)}
    expected = {
        (pd.Timestamp(f"2025-03-{day:02d}"), pid)
        for day, pid in enumerate(hostile.NEAR_MISS.values(), start=1)
    }
    assert after - rows == expected and summary.appearances_added == len(expected)
    assert "'Busquets S.' taken as Sergio Busquets" in [word(m) for m in summary.near_matches]


def test_a_name_that_fits_two_players_is_left_out(tmp_path: Path) -> None:
    plan = sample_plan()
    sheet = hostile.csv_file(
        tmp_path, "a.csv", [["Player", "Date", "Minutes"], ["Allen", "2025-03-01", "90"]]
    )
    summary = merge_import(plan, import_spreadsheet(sheet))
    assert not summary.changed
    assert summary.left_out and "Noah Allen or Allen Obando" in word(summary.left_out[0])


def test_the_cli_reports_near_misses_and_adds_them_only_with_add_new(tmp_path: Path) -> None:
    log = hostile.near_miss_log(tmp_path)
    done, plan_path = import_into_copy(tmp_path, log)
    assert done.returncode == 0, done.stderr
    assert "near miss: 'L. Messi' taken as Lionel Messi" in done.stdout
    assert len(load_plan(plan_path).players) == len(sample_plan().players)
    from tests.planner_process import run_planner

    again = run_planner("import", log, "--into", plan_path, "--add-new")
    assert again.returncode == 0, again.stderr
    assert len(load_plan(plan_path).players) == len(sample_plan().players) + 5


NAMES = st.sampled_from(
    ["Lionel Messi", "Luis Suárez", "Jordi Alba", "New Kid", "Óscar Ustari", "Ana Pérez"]
)
ROW = st.fixed_dictionaries(
    {
        "No": st.one_of(st.just(""), st.integers(1, 99).map(str)),
        "Position": st.sampled_from(["", "GK", "FW", "RW/AM", "DF/MF", "LB"]),
        "Status": st.sampled_from(["", "available", "injured", "doubtful"]),
        "Rating": st.one_of(st.just(""), st.integers(0, 100).map(str)),
    }
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.dictionaries(NAMES, ROW, min_size=1, max_size=6))
def test_any_squad_sheet_imports_once_and_never_blanks_a_field(tmp_path: Path, rows) -> None:
    header = ["Player", "No", "Position", "Status", "Rating"]
    body = [[name, *(row[c] for c in header[1:])] for name, row in rows.items()]
    sheet = hostile.csv_file(tmp_path, "squad.csv", [header, *body])
    plan = sample_plan()
    before = dict(plan.players)
    merge_import(plan, import_spreadsheet(sheet))
    for pid, old in before.items():
        new = plan.player(pid)
        for field in dataclasses.fields(old):
            was, now = getattr(old, field.name), getattr(new, field.name)
            assert not (was not in (None, "", ()) and now in (None, "", ())), (pid, field.name)
    history = plan.history.copy()
    again = merge_import(plan, import_spreadsheet(sheet))
    assert not again.changed, again.lines()
    pd.testing.assert_frame_equal(plan.history, history)
