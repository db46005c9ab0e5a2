"""The fatigue model: what a coach relies on (rest helps, a recent 90 minutes hurts) and the
numbers checked against independent implementations of the published formulas."""

from __future__ import annotations

import gc
import math
import weakref
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import count

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import (
    Fixture,
    Lineup,
    Plan,
    Player,
    Status,
    cached_fatigue_table,
    fatigue_load_coefficients,
    fatigue_table,
    minutes_matrix,
    sample_plan,
)
from planner.validate import validate
from planner.wording import word
from tests.strategies import histories, match_records, model_params, plans, rules

TORONTO, LAFC = "2025-04-06-toronto-fc", "2025-04-09-lafc"
COLUMNS = {
    "minutes",
    "started",
    "days_rest",
    "minutes_last_7d",
    "minutes_last_28d",
    "acute",
    "chronic",
    "acwr",
    "readiness",
    "risk",
    "reasons",
}


def two_fixture_plan(days_apart: int = 3) -> Plan:
    """A squad of one outfield player 'ana' with a month of weekly 90s, two empty fixtures."""
    plan = Plan()
    plan.add_player(Player("ana", "Ana Ríos", positions=("CM",)))
    plan.add_player(Player("bo", "Bo Lee", positions=("ST",)))
    first = datetime(2025, 4, 6, 19)
    plan.add_fixture(Fixture("one", first, "Toronto FC", "MLS"))
    plan.add_fixture(Fixture("two", first + timedelta(days=days_apart), "LAFC", "CCC"))
    days = pd.date_range(end="2025-03-30", periods=5, freq="7D")
    plan.set_history(
        pd.DataFrame(
            {
                "date": days,
                "player_id": "ana",
                "minutes": 90,
                "competition": "MLS",
                "opponent": "X",
            }
        )
    )
    return plan


def test_one_row_per_squad_player_per_fixture(plan: Plan) -> None:
    table = fatigue_table(plan)
    assert set(table.columns) >= COLUMNS
    assert table.index.names == ["player_id", "fixture_id"]
    assert len(table) == len(plan.players) * len(plan.fixtures)
    assert table["readiness"].between(0, 100).all()
    assert set(table["risk"].unique()) <= {"low", "moderate", "high"}


def test_an_empty_plan_gives_an_empty_table() -> None:
    table = fatigue_table(Plan())
    assert table.empty
    assert set(table.columns) >= COLUMNS


def test_a_player_with_no_history_is_fresh_for_his_first_fixture(plan: Plan) -> None:
    row = fatigue_table(plan).loc[("allen-obando", TORONTO)]
    assert math.isnan(row["days_rest"])
    assert row["readiness"] == 100
    assert row["acwr"] == 0
    assert row["risk"] == "low"


def test_resting_a_player_on_sunday_raises_his_readiness_for_wednesday(plan: Plan) -> None:
    before = fatigue_table(plan).loc[("luis-suarez", LAFC), "readiness"]
    plan.unassign(TORONTO, "luis-suarez")
    after = fatigue_table(plan).loc[("luis-suarez", LAFC), "readiness"]
    assert after > before


def test_ninety_minutes_three_days_before_lowers_readiness() -> None:
    plan = two_fixture_plan(days_apart=3)
    rested = fatigue_table(plan).loc[("ana", "two")]
    plan.assign("one", "ana", "LCM")
    played = fatigue_table(plan).loc[("ana", "two")]
    assert played["readiness"] < rested["readiness"]
    assert played["days_rest"] == 3
    assert played["minutes_last_7d"] == 90
    assert word(played["reasons"]).startswith("90 min 3 days ago")


def test_readiness_is_measured_before_the_match_itself() -> None:
    plan = two_fixture_plan()
    before = fatigue_table(plan).loc[("bo", "one")]
    plan.assign("one", "bo", "ST")
    row = fatigue_table(plan).loc[("bo", "one")]
    assert row["minutes"] == 90 and row["started"]
    assert row["readiness"] == before["readiness"] == 100


def test_ewma_and_banister_match_the_published_recurrences() -> None:
    plan = two_fixture_plan()
    plan.assign("one", "ana", "LCM")
    params = plan.params
    row = fatigue_table(plan).loc[("ana", "two")]
    # daily load from the first recorded day to Wednesday's kickoff (load 0 that day so far)
    days = pd.date_range("2025-03-02", "2025-04-09", freq="D")
    minutes = pd.Series(0.0, index=days)
    minutes[pd.date_range(end="2025-03-30", periods=5, freq="7D")] = 90
    minutes[pd.Timestamp("2025-04-06")] = 90
    load = pd.concat([pd.Series([0.0]), pd.Series(params.match_rpe * minutes.to_numpy())])
    for column, window in (("acute", params.acute_days), ("chronic", params.chronic_days)):
        reference = load.ewm(alpha=2 / (window + 1), adjust=False).mean().iloc[-1]
        assert row[column] == pytest.approx(reference)
    fatigue = 0.0
    for value in load:
        fatigue = fatigue * math.exp(-1 / params.fatigue_tau) + value
    assert row["fatigue"] == pytest.approx(fatigue)
    # chronic load is floored at the baseline minutes a week (training is not recorded)
    floor = params.match_rpe * params.baseline_minutes_per_week / 7
    assert row["chronic"] < floor
    assert row["acwr"] == pytest.approx(row["acute"] / floor)
    plan.set_params(replace(params, baseline_minutes_per_week=0))
    row = fatigue_table(plan).loc[("ana", "two")]
    assert row["acwr"] == pytest.approx(row["acute"] / row["chronic"])


def test_back_to_back_matches_are_flagged_with_the_fifpro_reason(plan: Plan) -> None:
    table = fatigue_table(plan)
    row = table.loc[("maximiliano-falcon", LAFC)]  # 90 on Sunday and 90 on Wednesday
    assert row["back_to_back"]
    assert row["risk"] == "moderate"
    assert "45+ min in consecutive matches < 5 days apart" in word(row["reasons"])
    assert not table.loc[("lionel-messi", LAFC), "back_to_back"]  # 30 min on Sunday


def test_a_goalkeepers_back_to_back_is_flagged_only_when_the_staff_ask_for_it(plan: Plan) -> None:
    # Ustari plays 90 on Sunday and 90 on Wednesday, three days apart, in goal
    assert plan.player("oscar-ustari").main_position == "GK"
    keeper = fatigue_table(plan).loc[("oscar-ustari", LAFC)]
    assert not keeper["back_to_back"] and keeper["risk"] == "low"
    plan.set_params(replace(plan.params, back_to_back_goalkeepers=True))
    keeper = fatigue_table(plan).loc[("oscar-ustari", LAFC)]
    assert keeper["back_to_back"] and keeper["risk"] == "moderate"


def test_acwr_thresholds_come_from_the_plan(plan: Plan) -> None:
    row = fatigue_table(plan).loc[("ian-fray", LAFC)]
    assert row["acwr"] < plan.params.acwr_high
    plan.set_params(replace(plan.params, acwr_high=0.5, acwr_danger=0.8))
    row = fatigue_table(plan).loc[("ian-fray", LAFC)]
    assert row["risk"] == "high"
    reasons = word(row["reasons"])
    assert "load ratio" in reasons and "danger zone from 0.8" in reasons


def test_red_readiness_is_high_risk(plan: Plan) -> None:
    plan.set_params(replace(plan.params, readiness_red=65))
    row = fatigue_table(plan).loc[("ian-fray", LAFC)]
    assert row["readiness"] < 65
    assert row["risk"] == "high"
    assert "readiness 57 (red below 65)" in word(row["reasons"])


def test_the_cached_table_follows_the_plan_revision(plan: Plan) -> None:
    first = cached_fatigue_table(plan)
    assert cached_fatigue_table(plan) is first
    plan.unassign(TORONTO, "luis-suarez")
    second = cached_fatigue_table(plan)
    assert second is not first
    assert second.loc[("luis-suarez", TORONTO), "minutes"] == 0


@settings(max_examples=60, deadline=None)
@given(plans(min_players=1, min_fixtures=2, max_fixtures=4), st.data())
def test_resting_a_player_never_lowers_his_readiness_later(plan: Plan, data: st.DataObject):
    fixture = data.draw(st.sampled_from(plan.fixtures[:-1]))
    pid = data.draw(st.sampled_from(list(plan.players)))
    before = fatigue_table(plan).xs(pid, level="player_id")["readiness"]
    plan.unassign(fixture.id, pid)
    after = fatigue_table(plan).xs(pid, level="player_id")["readiness"]
    assert (after >= before - 1e-9).all()


@settings(max_examples=60, deadline=None)
@given(plans(max_fixtures=4))
def test_the_optimiser_coefficients_reproduce_readiness_exactly(plan: Plan) -> None:
    coefficients = fatigue_load_coefficients(plan)
    minutes = minutes_matrix(plan).to_numpy(dtype=float)
    expected = fatigue_table(plan)["readiness"].to_numpy().reshape(minutes.shape)
    np.testing.assert_allclose(coefficients.readiness(minutes), expected, atol=1e-9)


def test_coefficients_say_which_fixture_came_just_before(plan: Plan) -> None:
    coefficients = fatigue_load_coefficients(plan)
    assert coefficients.previous_fixture.tolist() == [-1, 0]
    # Sunday's previous match is the 2 April first leg, four days before: a past match
    messi = coefficients.players.index("lionel-messi")
    assert coefficients.previous_past_minutes[messi].tolist() == [90, 0]
    assert (coefficients.drop[:, 1, 0] > 0).all()
    assert (coefficients.drop[:, 0, :] == 0).all()


def test_a_fixture_with_an_empty_lineup_counts_nobody() -> None:
    plan = two_fixture_plan()
    plan.set_lineup("one", Lineup("4-4-2"))
    table = fatigue_table(plan)
    assert (table["minutes"] == 0).all()


def test_without_a_baseline_an_unconditioned_player_is_still_linear_in_minutes() -> None:
    plan = two_fixture_plan()
    plan.set_params(replace(plan.params, baseline_minutes_per_week=0))
    plan.assign("one", "bo", "ST")  # bo has no history at all
    readiness = fatigue_table(plan).loc[("bo", "two"), "readiness"]
    coefficients = fatigue_load_coefficients(plan)
    predicted = coefficients.readiness(minutes_matrix(plan).to_numpy(dtype=float))
    assert readiness == predicted[1, 1] == 0  # one match exhausts a player with no conditioning
    assert coefficients.base[1, 1] == 100


# -- what is kept between revisions ----------------------------------------------------------
EDITS = (
    "assign",
    "bench",
    "unassign",
    "substitute",
    "history",
    "params",
    "status",
    "fixture",
    "squad",
    "floor",
    "played",
    "undo",
)


def edit_at_random(data: st.DataObject, plan: Plan, snapshots: list[dict]) -> None:
    """One edit such as staff make: lineups, substitutions, history, parameters, a player's
    status, a fixture's date or rules, the squad, a readiness floor, an undo."""
    kind = data.draw(st.sampled_from(EDITS), label="edit")
    players = list(plan.players)
    pid = data.draw(st.sampled_from(players), label="player")
    fixture = data.draw(st.sampled_from(plan.fixtures), label="fixture")
    lineup = plan.lineup(fixture.id)
    if kind == "assign":
        plan.assign(fixture.id, pid, data.draw(st.sampled_from(list(lineup.slots))))
    elif kind == "bench":
        plan.bench(fixture.id, pid)
    elif kind == "unassign":
        plan.unassign(fixture.id, data.draw(st.sampled_from(lineup.matchday_squad() or [pid])))
    elif kind == "substitute":
        off = data.draw(st.sampled_from(lineup.starters() or players))
        on = data.draw(st.sampled_from(lineup.bench or players))
        minute = data.draw(st.integers(1, fixture.rules.match_minutes - 1))
        if off != on:
            plan.substitute(fixture.id, minute, off, on, half_time=data.draw(st.booleans()))
    elif kind == "history":
        plan.set_history(data.draw(new_histories(plan, fixture)))
    elif kind == "params":
        plan.set_params(
            data.draw(
                model_params()
                | st.builds(
                    replace,
                    st.just(plan.params),
                    acwr_high=st.floats(0.5, 1.5),
                    acwr_danger=st.floats(1.5, 2.5),
                    back_to_back_days=st.integers(2, 7),
                    back_to_back_minutes=st.integers(1, 90),
                )
            )
        )
    elif kind == "status":
        status = data.draw(st.sampled_from(list(Status)))
        plan.update_player(replace(plan.player(pid), status=status))
    elif kind == "fixture":
        moved = fixture.kickoff + timedelta(days=data.draw(st.integers(-4, 4)))
        plan.update_fixture(
            replace(fixture, kickoff=moved, rules=data.draw(rules(fixture.competition)))
        )
    elif kind == "squad" and data.draw(st.booleans()) and len(players) > 1:
        plan.remove_player(pid)
    elif kind == "squad":
        new = next(f"new-{i}" for i in count() if f"new-{i}" not in plan.players)
        plan.add_player(Player(new, "New Player", positions=("CM",)))
        plan.assign(fixture.id, new, data.draw(st.sampled_from(list(lineup.slots))))
    elif kind == "played" and plan.is_played(fixture.id) and data.draw(st.booleans()):
        plan.reopen(fixture.id)
    elif kind == "played":
        plan.record_played(fixture.id, data.draw(match_records(players, fixture)))
    elif kind == "floor":
        plan.set_readiness_floor(pid, data.draw(st.none() | st.integers(0, 100)))
    elif snapshots:
        plan.restore(data.draw(st.sampled_from(snapshots)))
    snapshots.append(plan.snapshot())


@st.composite
def new_histories(draw: st.DrawFn, plan: Plan, fixture: Fixture) -> pd.DataFrame:
    """The same history again (a new object), one with a result recorded on a fixture's day,
    one with rows left out, or another history altogether."""
    history = plan.history
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return history.copy()
    if choice == 1:
        pids = draw(st.lists(st.sampled_from(list(plan.players)), unique=True, max_size=3))
        result = pd.DataFrame(
            {
                "date": pd.Timestamp(fixture.kickoff.date()),
                "player_id": pids,
                "minutes": [draw(st.integers(1, 120)) for _ in pids],
                "competition": fixture.competition,
                "opponent": fixture.opponent,
            }
        )
        return pd.concat([history, result], ignore_index=True)
    if choice == 2 and len(history):
        keep = draw(st.lists(st.booleans(), min_size=len(history), max_size=len(history)))
        return history[keep]
    return draw(histories(list(plan.players), min(f.kickoff for f in plan.fixtures)))


@settings(max_examples=80, deadline=None)
@given(st.just(None) | plans(min_players=2, min_fixtures=1), st.data())
def test_after_any_run_of_edits_the_kept_results_equal_a_cold_computation(
    drawn: Plan | None, data: st.DataObject
) -> None:
    """cached_fatigue_table and validate keep work between revisions; after every edit their
    results must be exactly those of a fresh copy of the plan (which shares none of it).
    Starts from the sample week or from a random plan."""
    plan = drawn or sample_plan()
    snapshots = [plan.snapshot()]
    cached_fatigue_table(plan), validate(plan)
    for _ in range(data.draw(st.integers(1, 6), label="edits")):
        edit_at_random(data, plan, snapshots)
        cold = plan.copy()
        pd.testing.assert_frame_equal(
            cached_fatigue_table(plan), fatigue_table(cold), check_exact=True
        )
        assert validate(plan) == validate(cold)


def test_the_kept_results_do_not_keep_a_plan_alive() -> None:
    plan = sample_plan()
    cached_fatigue_table(plan), validate(plan)
    gone = weakref.ref(plan)
    del plan
    gc.collect()
    assert gone() is None
