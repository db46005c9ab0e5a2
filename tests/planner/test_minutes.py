"""Planned minutes from the XI and the substitution plan."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings

from planner import Fixture, Lineup, Plan, Substitution, minutes_matrix, planned_minutes
from planner.minutes import lineup_minutes
from tests.strategies import plans

MLS = Fixture("f", datetime(2025, 4, 6, 19), "Toronto FC", "MLS")
XI = {
    "GK": "gk",
    "LB": "lb",
    "LCB": "lcb",
    "RCB": "rcb",
    "RB": "rb",
    "DM": "dm",
    "LCM": "lcm",
    "RCM": "rcm",
    "LW": "lw",
    "ST": "st",
    "RW": "rw",
}


def lineup(*subs: Substitution, bench: tuple[str, ...] = ("s1", "s2", "s3")) -> Lineup:
    return Lineup("4-3-3", dict(XI), list(bench), sorted(subs))


def test_a_starter_with_no_substitution_plays_the_whole_match() -> None:
    minutes = lineup_minutes(lineup(), MLS)
    assert minutes == {pid: 90 for pid in XI.values()}


def test_a_change_at_60_gives_60_and_30() -> None:
    minutes = lineup_minutes(lineup(Substitution(60, "st", "s1")), MLS)
    assert (minutes["st"], minutes["s1"]) == (60, 30)
    assert "s2" not in minutes


def test_a_substitute_who_is_substituted_himself_plays_between_his_two_minutes() -> None:
    minutes = lineup_minutes(
        lineup(Substitution(46, "lw", "s1"), Substitution(80, "s1", "s2")), MLS
    )
    assert (minutes["lw"], minutes["s1"], minutes["s2"]) == (46, 34, 10)


def test_impossible_changes_add_no_minutes() -> None:
    minutes = lineup_minutes(
        lineup(
            Substitution(30, "st", "s1"), Substitution(50, "s1", "st"), Substitution(60, "s3", "s2")
        ),
        MLS,
    )
    assert minutes["st"] == 30  # no re-entry
    assert minutes["s1"] == 60
    assert "s2" not in minutes  # s3 was never on


def test_planned_added_time_is_credited_to_whoever_is_on() -> None:
    minutes = lineup_minutes(lineup(Substitution(45, "st", "s1")), MLS, added_time_per_half=3)
    assert (minutes["gk"], minutes["st"], minutes["s1"]) == (96, 48, 48)


def test_the_sample_week_minutes(plan: Plan) -> None:
    matrix = minutes_matrix(plan)
    assert list(matrix.index) == list(plan.players)
    assert list(matrix.columns) == [f.id for f in plan.fixtures]
    toronto, lafc = (f.id for f in plan.fixtures)
    assert matrix.loc["lionel-messi", toronto] == 30
    assert matrix.loc["luis-suarez", toronto] == 60
    assert matrix.loc["lionel-messi", lafc] == 90
    assert matrix.loc["jordi-alba", toronto] == 0
    long = planned_minutes(plan)
    assert long.loc[long["player_id"] == "lionel-messi", "started"].tolist() == [False, True]


@settings(max_examples=80, deadline=None)
@given(plans(max_fixtures=3, with_extras=False))
def test_no_match_gives_more_minutes_than_eleven_players_on_the_pitch(plan: Plan) -> None:
    for fixture in plan.fixtures:
        minutes = lineup_minutes(plan.lineup(fixture.id), fixture)
        starters = len(plan.lineup(fixture.id).starters())
        assert all(0 < m <= fixture.rules.match_minutes for m in minutes.values())
        assert sum(minutes.values()) == pytest.approx(starters * fixture.rules.match_minutes)
