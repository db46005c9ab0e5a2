"""Played fixtures: Plan.record_played / reopen, the minutes of a MatchRecord, what the fatigue
model reads from it, plan files, bad records, and ``python -m planner played``."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import Plan, cached_fatigue_table, fatigue_table, load_plan, sample_plan, save_plan
from planner.cli import EXIT_USER_ERROR
from planner.model_params import ModelParams
from planner.plan import ChangeKind, PlanError
from planner.planfile import PlanFileError, plan_from_dict, plan_to_dict
from planner.played import (
    Card,
    CardColour,
    Injury,
    MatchRecord,
    Moment,
    PlayedSubstitution,
    Score,
    played_minutes,
    record_from_lineup,
)
from tests.planner_process import run_planner
from tests.strategies import match_records, plans

SUNDAY, WEDNESDAY = "2025-04-06-toronto-fc", "2025-04-09-lafc"


def reference_readiness(
    past: dict[date, int], planned: dict[date, int], kickoff: date, params: ModelParams
) -> float:
    """docs/fatigue-model.md, day by day: load = match RPE x minutes; fatigue from all load,
    capacity C = max(fitness from past load, baseline fitness); values at kickoff leave that
    day's own load out."""
    fatigue = fitness = 0.0
    day = min(past | planned)
    while day <= kickoff:
        before = day < kickoff
        past_load = params.match_rpe * past.get(day, 0) * before
        load = past_load + params.match_rpe * planned.get(day, 0) * before
        fatigue = fatigue * math.exp(-1 / params.fatigue_tau) + load
        fitness = fitness * math.exp(-1 / params.fitness_tau) + past_load
        day += timedelta(days=1)
    weekly = max(params.baseline_minutes_per_week, 1)
    baseline = params.match_rpe * weekly / 7 / (1 - math.exp(-1 / params.fitness_tau))
    capacity = params.fitness_gain * max(fitness, baseline)
    return 100 * max(0.0, (capacity - params.fatigue_gain * fatigue) / capacity)


# Noah Allen's appearances in the sample's history (planner/data/sample-miami-2025.json)
NOAH_PAST = {
    date(2025, 2, 22): 20,
    date(2025, 2, 25): 5,
    date(2025, 3, 2): 90,
    date(2025, 3, 9): 90,
    date(2025, 3, 13): 90,
}
SUNDAY_DAY, WEDNESDAY_DAY = date(2025, 4, 6), date(2025, 4, 9)


def readiness(plan: Plan, pid: str, fixture_id: str) -> float:
    return float(fatigue_table(plan).loc[(pid, fixture_id), "readiness"])


def noah_off_at_30(plan: Plan) -> MatchRecord:
    """Sunday as planned, except that Noah Allen went off at 30 for Jordi Alba."""
    planned = record_from_lineup(plan.lineup(SUNDAY), plan.fixture(SUNDAY), 0)
    early = PlayedSubstitution(Moment(30), "noah-allen", "jordi-alba")
    return replace(planned, substitutions=tuple(sorted((*planned.substitutions, early))))


def test_wednesday_readiness_follows_the_minutes_played_on_sunday(plan: Plan) -> None:
    params = plan.params
    as_planned = reference_readiness(NOAH_PAST, {SUNDAY_DAY: 90}, WEDNESDAY_DAY, params)
    assert readiness(plan, "noah-allen", WEDNESDAY) == pytest.approx(as_planned)
    plan.record_played(SUNDAY, noah_off_at_30(plan))
    actual = reference_readiness(NOAH_PAST | {SUNDAY_DAY: 30}, {}, WEDNESDAY_DAY, params)
    assert readiness(plan, "noah-allen", WEDNESDAY) == pytest.approx(actual)
    assert actual > as_planned + 10
    table = fatigue_table(plan)
    assert table.loc[("noah-allen", SUNDAY), "minutes"] == 30
    assert table.loc[("jordi-alba", SUNDAY), "minutes"] == 60


def test_reopen_and_undo_restore_the_planned_state(plan: Plan) -> None:
    before, state = fatigue_table(plan), plan.snapshot()
    seen = []
    plan.subscribe(seen.append)
    plan.record_played(SUNDAY, noah_off_at_30(plan))
    assert plan.is_played(SUNDAY) and not plan.is_played(WEDNESDAY)
    plan.reopen(SUNDAY)
    assert not plan.is_played(SUNDAY)
    pd.testing.assert_frame_equal(fatigue_table(plan), before)
    assert [(c.kind, c.fixture_id) for c in seen] == [(ChangeKind.PLAYED, SUNDAY)] * 2
    plan.record_played(SUNDAY, noah_off_at_30(plan))
    plan.restore(state)  # what the undo of an edit does
    assert plan.matches(sample_plan())
    with pytest.raises(PlanError, match="Sun 6 Apr v Toronto FC is not played"):
        plan.reopen(SUNDAY)


def stray_row(pid: str, minutes: int = 30) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": [pd.Timestamp(SUNDAY_DAY)],
            "player_id": [pid],
            "minutes": [minutes],
            "competition": ["MLS"],
            "opponent": ["Reserves"],
        }
    )


def test_a_history_row_on_a_planned_fixture_day_changes_nobody_elses_minutes(
    plan: Plan,
) -> None:
    """The review's case: a 30-minute row for a bench player on Sunday used to mark the whole
    fixture played and lift Noah Allen's Wednesday readiness from 77 to 99."""
    plan.set_history(pd.concat([plan.history, stray_row("robert-taylor")], ignore_index=True))
    expected = reference_readiness(NOAH_PAST, {SUNDAY_DAY: 90}, WEDNESDAY_DAY, plan.params)
    assert readiness(plan, "noah-allen", WEDNESDAY) == pytest.approx(expected)
    assert round(expected) == 77
    # the bench player (not planned to come on) has the reserve game on top of 20 min on 2 April
    assert fatigue_table(plan).loc[("robert-taylor", WEDNESDAY), "minutes_last_7d"] == 20 + 30


def test_on_a_played_day_the_record_wins_for_its_players_and_others_add_a_game(
    plan: Plan,
) -> None:
    plan.record_played(SUNDAY, noah_off_at_30(plan))
    recorded = fatigue_table(plan)
    rows = pd.concat([stray_row("noah-allen", 90), stray_row("leo-afonso", 45)])
    plan.set_history(pd.concat([plan.history, rows], ignore_index=True))
    table = fatigue_table(plan)
    noah = ("noah-allen", WEDNESDAY)
    assert table.loc[noah, "readiness"] == pytest.approx(recorded.loc[noah, "readiness"])
    assert table.loc[("leo-afonso", WEDNESDAY), "minutes_last_7d"] == 45


def test_the_minutes_of_a_record_count_real_time_with_added_and_extra_time(plan: Plan) -> None:
    lafc = replace(
        plan.fixture(WEDNESDAY), rules=replace(plan.fixture(WEDNESDAY).rules, extra_time=True)
    )
    plan.update_fixture(lafc)
    xi = dict(plan.lineup(SUNDAY).slots)
    record = MatchRecord(
        "4-3-3",
        xi,  # type: ignore[arg-type]
        bench=("lionel-messi", "jordi-alba", "sergio-busquets"),
        substitutions=(
            PlayedSubstitution(Moment(45, 2), "noah-allen", "jordi-alba"),  # injured
            PlayedSubstitution(Moment(67), "fafa-picault", "lionel-messi"),
            PlayedSubstitution(Moment(90, 3), "luis-suarez", "sergio-busquets"),
        ),
        cards=(Card(Moment(100), "ian-fray", CardColour.RED),),
        injuries=(Injury(Moment(44), "noah-allen"),),
        score=Score(2, 1),
        extra_time=True,
        added_time={45: 2, 90: 5, 105: 1, 120: 2},
    )
    plan.record_played(WEDNESDAY, record)
    minutes = played_minutes(record, lafc)
    # real time: 120 + 2 + 5 + 1 + 2 = 130 minutes; 67' is 69 minutes in (2 added before it)
    assert minutes["noah-allen"] == 47
    assert minutes["jordi-alba"] == 130 - 47
    assert minutes["fafa-picault"] == 69 and minutes["lionel-messi"] == 130 - 69
    assert minutes["luis-suarez"] == 95 and minutes["sergio-busquets"] == 130 - 95
    assert minutes["ian-fray"] == 100 + 7
    assert minutes["oscar-ustari"] == 130


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"substitutions": (PlayedSubstitution(Moment(95), "noah-allen", "jordi-alba"),)},
            "Sun 6 Apr v Toronto FC: minute 95 is after the end of the match "
            "(no extra time was played)",
        ),
        (
            {"substitutions": (PlayedSubstitution(Moment(67, 2), "noah-allen", "jordi-alba"),)},
            "minute 67+2: added time comes only after 45, 90",
        ),
        ({"extra_time": True}, "its rules allow no extra time"),
        (
            {
                "substitutions": (
                    PlayedSubstitution(Moment(60), "jordi-alba", "lionel-messi"),
                    PlayedSubstitution(Moment(70), "noah-allen", "jordi-alba"),
                )
            },
            "Jordi Alba goes off at 60, before he came on at 70",
        ),
        (
            {"substitutions": (PlayedSubstitution(Moment(60), "lionel-messi", "jordi-alba"),)},
            "Lionel Messi goes off at 60 but was not on the pitch",
        ),
        (
            {"substitutions": (PlayedSubstitution(Moment(60), "noah-allen", "leo-afonso"),)},
            "Leo Afonso comes on at 60 but is not on the bench",
        ),
        ({"cards": (Card(Moment(12), "pele", CardColour.YELLOW),)}, "'pele' is no player"),
        ({"reported": {"noah-allen": 91}}, "Noah Allen: 91 minutes is longer than the match"),
    ],
)
def test_an_impossible_record_is_refused_and_changes_nothing(
    plan: Plan, change: dict, message: str
) -> None:
    planned = record_from_lineup(plan.lineup(SUNDAY), plan.fixture(SUNDAY), 0)
    before, revision = plan.copy(), plan.revision
    with pytest.raises(PlanError, match=re.escape(message)):
        plan.record_played(SUNDAY, replace(planned, **change))
    assert plan.matches(before) and plan.revision == revision


# -- plan files ------------------------------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(plans(min_players=1, min_fixtures=1, with_extras=False), st.data())
def test_records_are_saved_and_loaded_exactly(drawn: Plan, data: st.DataObject) -> None:
    for fixture in drawn.fixtures:
        drawn.record_played(fixture.id, data.draw(match_records(list(drawn.players), fixture)))
    again = plan_from_dict(plan_to_dict(drawn))
    assert again.records == drawn.records
    assert again.matches(drawn)


def test_a_damaged_record_is_named_by_its_json_path(plan: Plan, tmp_path: Path) -> None:
    plan.record_played(SUNDAY, noah_off_at_30(plan))
    data = plan_to_dict(plan)
    data["records"][SUNDAY]["substitutions"][0]["minute"] = "6O"
    with pytest.raises(PlanFileError, match=rf"records\.{SUNDAY}\.substitutions\[0\]\.minute: "):
        plan_from_dict(data)


def test_an_injury_return_date_that_is_no_date_is_named_by_its_json_path(plan: Plan) -> None:
    lineup = plan.lineup(SUNDAY)
    record = record_from_lineup(lineup, plan.fixture(SUNDAY), 0)
    starter = next(iter(record.xi.values()))
    plan.record_played(SUNDAY, replace(record, injuries=(Injury(Moment(30), starter),)))
    data = plan_to_dict(plan)
    data["records"][SUNDAY]["injuries"][0]["return_date"] = "18 April"
    with pytest.raises(PlanFileError, match=rf"records\.{SUNDAY}\.injuries\[0\]\.return_date: "):
        plan_from_dict(data)


# -- the command line ------------------------------------------------------------------------
@pytest.fixture
def week(tmp_path: Path) -> Path:
    path = tmp_path / "week.squadplan"
    save_plan(sample_plan(), path)
    return path


def test_played_without_actual_records_the_plan_as_played(week: Path) -> None:
    result = run_planner("played", week, "--fixture", "2025-04-06")
    assert result.returncode == 0, result.stderr
    plan = load_plan(week)
    expected = record_from_lineup(plan.lineup(SUNDAY), plan.fixture(SUNDAY), 0)
    assert plan.records == {SUNDAY: expected}
    assert played_minutes(expected, plan.fixture(SUNDAY))["lionel-messi"] == 30


def test_played_with_actual_minutes_writes_them_to_the_output(week: Path, tmp_path: Path) -> None:
    actual = tmp_path / "sunday.csv"
    actual.write_text("Player,Min\nNoah Allen,30\nÓscar Ustari,90\nLionel Messi,DNP\n")
    out = tmp_path / "out.squadplan"
    result = run_planner("played", week, "--fixture", SUNDAY, "--actual", actual, "-o", out)
    assert result.returncode == 0, result.stderr
    plan = load_plan(out)
    minutes = played_minutes(plan.records[SUNDAY], plan.fixture(SUNDAY))
    assert minutes == {"noah-allen": 30, "oscar-ustari": 90}
    expected = reference_readiness(NOAH_PAST | {SUNDAY_DAY: 30}, {}, WEDNESDAY_DAY, plan.params)
    assert readiness(plan, "noah-allen", WEDNESDAY) == pytest.approx(expected)
    assert load_plan(week).records == {}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "Player,Min\nNoah Allen,30\nLionel Mesi,20\n",
            "error: Could not read 'bad.csv' (row 3, column 'Player'): 'Lionel Mesi' is no "
            "player of the squad. Nothing was imported.",
        ),
        (
            "Player,Min\nNoah Allen,93\n",
            "error: Could not read 'bad.csv' (row 2, column 'Min'): 93 minutes is longer than "
            "the match (90 minutes). Nothing was imported.",
        ),
    ],
)
def test_bad_actual_minutes_exit_2_naming_the_row_and_leave_the_plan(
    week: Path, tmp_path: Path, rows: str, message: str
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(rows)
    before = week.read_bytes()
    result = run_planner("played", week, "--fixture", SUNDAY, "--actual", bad)
    assert result.returncode == EXIT_USER_ERROR
    assert result.stderr.splitlines() == [message]
    assert week.read_bytes() == before


def test_an_unknown_fixture_is_one_line_and_exit_2(week: Path) -> None:
    result = run_planner("played", week, "--fixture", "2025-04-07")
    assert result.returncode == EXIT_USER_ERROR
    assert result.stderr.splitlines() == [
        "error: no fixture has the id or date '2025-04-07' (fixtures: 2025-04-06-toronto-fc, "
        "2025-04-09-lafc)"
    ]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            (),
            "error: Sun 6 Apr v Toronto FC: Drake Callender comes on at 70 but is not on the bench",
        ),
        (
            ("--language", "es"),
            "error: dom 6 abr vs Toronto FC: Drake Callender entra en el 70 pero no está en el "
            "banquillo",
        ),
    ],
)
def test_a_plan_that_cannot_have_been_played_is_refused_in_the_cli_language(
    tmp_path: Path, language: tuple[str, ...], line: str
) -> None:
    plan = sample_plan()  # a planned change brings on Callender, who is not on the bench
    plan.substitute(SUNDAY, 70, plan.lineup(SUNDAY).starters()[2], "drake-callender")
    path = tmp_path / "week.squadplan"
    save_plan(plan, path)
    before = path.read_bytes()
    result = run_planner("played", path, "--fixture", SUNDAY, *language)
    assert result.returncode == EXIT_USER_ERROR
    assert result.stderr.splitlines() == [line]
    assert path.read_bytes() == before


def test_a_played_fixtures_minutes_follow_a_change_of_its_extra_time_length() -> None:
    plan = sample_plan()
    fixture = plan.fixture(WEDNESDAY)
    plan.update_fixture(replace(fixture, rules=replace(fixture.rules, extra_time=True)))
    lineup = plan.lineup(WEDNESDAY)
    record = MatchRecord(lineup.formation, dict(lineup.slots), tuple(lineup.bench), extra_time=True)
    plan.record_played(WEDNESDAY, record)
    cached_fatigue_table(plan)  # the cached model keeps this fixture's minutes
    fixture = plan.fixture(WEDNESDAY)
    plan.update_fixture(replace(fixture, rules=replace(fixture.rules, extra_time_minutes=20)))
    starters = cached_fatigue_table(plan).xs(WEDNESDAY, level="fixture_id")["minutes"]
    assert set(starters[list(lineup.slots.values())]) == {90 + 20}  # no stoppage recorded
