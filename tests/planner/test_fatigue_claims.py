"""The load model of docs/fatigue-model.md: each claim of the doc checked, and the table
checked against a direct day-by-day loop of the documented formulas written here."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from planner import (
    Fixture,
    Lineup,
    ModelParams,
    Plan,
    Player,
    cached_fatigue_table,
    fatigue_table,
)
from planner.errors import PlannerError
from planner.fatigue import fatigue_load_coefficients
from planner.plan import PlanError
from planner.planfile import plan_from_dict, plan_to_dict
from planner.suggest.readiness import readiness_terms

START = date(2025, 1, 6)  # a Monday; day n of a test is START + n
KICKOFFS = (60, 63, 67)  # the planned fixtures' days


def day(n: int) -> datetime:
    return datetime.combine(START + timedelta(days=n), datetime.min.time())


def history(rows: list[tuple[int, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(day(d), pid, m, "MLS", "X") for d, pid, m in rows],
        columns=["date", "player_id", "minutes", "competition", "opponent"],
    )


def sessions(rows: list[tuple[int, str, str, float, float]]) -> pd.DataFrame:
    """(day, player, kind, duration, rpe) rows; rpe NaN = not recorded."""
    return pd.DataFrame(rows, columns=["date", "player_id", "kind", "duration", "rpe"]).assign(
        date=lambda f: [day(d) for d in f["date"]]
    )


def week_plan(players: dict[str, str], planned: dict[str, tuple[int, int]] | None = None) -> Plan:
    """Players (id: main position) and three fixtures on KICKOFFS; planned: id -> minutes in
    the first two fixtures (he starts, and goes off at that minute when under 90)."""
    plan = Plan()
    for pid, position in players.items():
        plan.add_player(Player(pid, pid.title(), positions=(position,)))
    for n in KICKOFFS:
        kickoff = day(n) + timedelta(hours=19)
        plan.add_fixture(Fixture(f"f{n}", kickoff, "Rival", "MLS"), Lineup("4-3-3"))
    slots = {"GK": "GK"}
    for pid, minutes in (planned or {}).items():
        for fid, m in zip(("f60", "f63"), minutes, strict=True):
            if m:
                plan.assign(fid, pid, slots.get(players[pid], "ST" if pid != "b" else "LW"))
    return plan


# -- the independent computation: documented formulas, one day at a time -----------------------
def direct(
    plan: Plan,
    pid: str,
    kickoff_day: int,
    planned: dict[int, float],
    training: dict[int, float] | None = None,
) -> tuple[float, float, float]:
    """(acwr, readiness, fatigue) of pid at the kickoff on kickoff_day, by looping over every
    calendar day from the team's first record; planned: day -> planned minutes; training:
    day -> planned training load (AU), which counts like planned minutes' load."""
    training = training or {}
    p = plan.params
    gk = plan.players[pid].main_position == "GK"
    per_minute = p.match_rpe * (p.goalkeeper_load_factor if gk else 1.0)
    rows = plan.sessions[plan.sessions["player_id"] == pid]
    minutes = plan.history[plan.history["player_id"] == pid]
    recorded: dict[int, float] = {}
    match_row_days = set()
    for _, r in rows.iterrows():
        n = (r["date"].date() - START).days
        if r["kind"] == "match":
            match_row_days.add(n)
        if not math.isnan(r["rpe"]):
            load = r["rpe"] * r["duration"]
        elif r["kind"] == "match":
            load = per_minute * r["duration"]
        else:
            load = 0.0
        recorded[n] = recorded.get(n, 0.0) + load
    active = {(r["date"].date() - START).days for _, r in rows.iterrows() if r["duration"] > 0}
    for _, r in minutes.iterrows():
        n = (r["date"].date() - START).days
        if n not in match_row_days:
            recorded[n] = recorded.get(n, 0.0) + per_minute * r["minutes"]
        if r["minutes"] > 0:
            active.add(n)
    team_days = [(d.date() - START).days for d in plan.history["date"]] + [
        (d.date() - START).days for d in plan.sessions["date"]
    ]
    first = min(team_days)
    lam_a, lam_c = 2 / (p.acute_days + 1), 2 / (p.chronic_days + 1)
    acute = chronic = fitness = fatigue = 0.0
    last = start = first  # the team's first record counts as a day of every player
    # planned load may come before the first record (a fixture ahead of the first session)
    begin = min([first, *(n for n, m in planned.items() if m), *training])
    for n in range(begin, kickoff_day + 1):  # the kickoff day's own load left out
        load = recorded.get(n, 0.0) if n < kickoff_day else 0.0
        planned_load = per_minute * planned.get(n, 0.0) + training.get(n, 0.0)
        total = load + planned_load if n < kickoff_day else 0.0
        acute = lam_a * total + (1 - lam_a) * acute
        chronic = lam_c * total + (1 - lam_c) * chronic
        fitness = fitness * math.exp(-1 / p.fitness_tau) + load
        fatigue = fatigue * math.exp(-1 / p.fatigue_tau) + total
        if n in active and n != first and n < kickoff_day:
            if n - last > p.absence_days:
                start = n
            last = n
    real = kickoff_day - last <= p.absence_days and (
        kickoff_day - start >= p.chronic_days or start == first
    )
    baseline = p.match_rpe * p.baseline_minutes_per_week / 7
    acwr = acute / max(chronic, baseline if real else 1e-6)
    weekly = max(p.baseline_minutes_per_week, 1)
    least_fitness = p.match_rpe * weekly / 7 / (1 - math.exp(-1 / p.fitness_tau))
    capacity = p.fitness_gain * max(fitness, least_fitness)
    readiness = 100 * min(1.0, max(0.0, 1 - p.fatigue_gain * fatigue / capacity))
    return acwr, readiness, fatigue


def assert_equals_direct(
    table: pd.DataFrame, plan: Plan, pid: str, planned: dict[int, float]
) -> None:
    """pid's rows of the table equal direct() at every kickoff, to 1e-9."""
    for n in KICKOFFS:
        acwr, readiness, fatigue = direct(plan, pid, n, planned)
        row = table.loc[(pid, f"f{n}")]
        assert row["acwr"] == pytest.approx(acwr, rel=1e-9, abs=1e-9)
        assert row["readiness"] == pytest.approx(readiness, rel=1e-9, abs=1e-9)
        assert row["fatigue"] == pytest.approx(fatigue, rel=1e-9, abs=1e-9)


def test_the_table_equals_a_day_by_day_loop_of_the_documented_formulas() -> None:
    """Training rows with and without RPE, a match row that stands for its minutes, a
    goalkeeper, a regular (floored) and a player back from a long absence (not floored)."""
    plan = week_plan({"keeper": "GK", "a": "CM", "back": "ST"}, {"keeper": (90, 90)})
    plan.assign("f60", "a", "ST")
    plan.assign("f63", "back", "LW")
    rows = [(d, pid, 90) for d in range(0, 57, 7) for pid in ("keeper", "a")]
    rows += [(0, "back", 90), (7, "back", 90), (52, "back", 90), (56, "back", 60)]
    plan.set_history(history(rows))
    plan.set_sessions(
        sessions(
            [(d, "a", "training", 75, 6) for d in range(1, 58, 7)]
            + [(d, "keeper", "training", 60, 5) for d in range(2, 58, 7)]
            + [(54, "back", "training", 50, 7), (55, "back", "training", 40, float("nan"))]
            + [(49, "a", "match", 95, 9)]  # stands for his 90 minutes that day
        )
    )
    table = fatigue_table(plan)
    planned = {
        "keeper": {60: 90.0, 63: 90.0},
        "a": {60: 90.0},
        "back": {63: 90.0},
    }
    for pid, minutes in planned.items():
        assert_equals_direct(table, plan, pid, minutes)


PLAYERS = {"keeper": "GK", "a": "CM", "b": "ST"}
history_rows = st.lists(
    st.tuples(st.integers(0, 59), st.sampled_from(list(PLAYERS)), st.integers(1, 90)),
    max_size=15,
)
load_rows = st.lists(
    st.tuples(
        st.integers(0, 69),  # before, between and after the kickoffs
        st.sampled_from(list(PLAYERS)),
        st.sampled_from(["match", "training", "other"]),
        st.integers(1, 150),
        st.one_of(st.just(math.nan), st.integers(0, 10)),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@example(  # the only record comes after the first fixture: its planned minutes still count
    past=[],
    logged=[(61, "keeper", "match", 1, math.nan)],
    starts={"keeper": (False, False), "a": (False, False), "b": (True, False)},
    acute_days=3,
    chronic_days=14,
    fitness_tau=7,
)
@given(
    history_rows,
    load_rows,
    st.fixed_dictionaries({pid: st.tuples(st.booleans(), st.booleans()) for pid in PLAYERS}),
    st.integers(3, 10),
    st.integers(14, 42),
    st.integers(7, 60),
)
def test_any_plan_with_sessions_equals_the_day_by_day_loop(
    past, logged, starts, acute_days, chronic_days, fitness_tau
) -> None:
    """Random histories, load tables (rows before, between and after the kickoffs) and lineups:
    the table's vectorised and cached computation equals the direct loop, cold and after an
    edit."""
    planned = {pid: tuple(90 if s else 0 for s in two) for pid, two in starts.items()}
    plan = week_plan(PLAYERS, planned)
    plan.set_params(
        replace(
            plan.params,
            acute_days=acute_days,
            chronic_days=chronic_days,
            fitness_tau=float(fitness_tau),
        )
    )
    plan.set_history(history(past))
    plan.set_sessions(sessions(logged))
    cached_fatigue_table(plan)  # kept; the edit below recomputes the planned part only
    plan.unassign("f60", next(iter(PLAYERS)))
    planned["keeper"] = (0, planned["keeper"][1])
    table = cached_fatigue_table(plan)
    for pid, (first, second) in planned.items():
        minutes = {60: float(first), 63: float(second)}
        assert [table.loc[(pid, f"f{n}"), "minutes"] for n in (60, 63)] == [first, second]
        assert_equals_direct(table, plan, pid, minutes)


def test_hard_monday_training_lowers_wednesday_readiness_and_deleting_it_restores() -> None:
    plan = week_plan({"a": "CM"})
    plan.set_history(history([(d, "a", 90) for d in range(4, 60, 7)]))
    before = fatigue_table(plan).loc[("a", "f63"), "readiness"]
    plan.set_sessions(sessions([(61, "a", "training", 90, 8)]))  # Monday after Sunday's game
    after = fatigue_table(plan).loc[("a", "f63"), "readiness"]
    _, expected, _ = direct(plan, "a", 63, {})
    assert after == pytest.approx(expected, rel=1e-9)
    assert after < before - 5
    plan.set_sessions(plan.sessions.iloc[0:0])
    assert fatigue_table(plan).loc[("a", "f63"), "readiness"] == before


def test_a_goalkeepers_ninety_minutes_load_him_by_the_configured_factor() -> None:
    """Docs, Load: a goalkeeper's match minutes count goalkeeper_load_factor of an
    outfielder's; his fatigue after the same 90 minutes is that share."""
    plan = week_plan({"keeper": "GK", "a": "CM"}, {"keeper": (90, 0)})
    plan.assign("f60", "a", "ST")
    for factor in (0.5, 0.3):
        plan.set_params(replace(plan.params, goalkeeper_load_factor=factor))
        table = fatigue_table(plan)
        keeper, outfield = table.loc[("keeper", "f63")], table.loc[("a", "f63")]
        assert keeper["fatigue"] == pytest.approx(factor * outfield["fatigue"], rel=1e-12)
        assert keeper["acute"] == pytest.approx(factor * outfield["acute"], rel=1e-12)
        assert keeper["readiness"] > outfield["readiness"]


def test_the_sample_keeper_is_green_for_wednesday(plan: Plan) -> None:
    """Docs: in the sample week Ustari, in goal on 29 March, 2 April and Sunday, is at about 79
    for Wednesday; outfielders with the same minutes at about 57."""
    table = fatigue_table(plan)
    assert table.loc[("oscar-ustari", "2025-04-09-lafc"), "readiness"] == pytest.approx(79, abs=1)
    assert table.loc[("ian-fray", "2025-04-09-lafc"), "readiness"] == pytest.approx(57, abs=1)
    assert table.loc[("lionel-messi", "2025-04-09-lafc"), "readiness"] == pytest.approx(72, abs=1)


def test_a_returning_players_spike_is_flagged(plan: Plan) -> None:
    """Docs: Allen Obando, with no real history in the sample, has no floor; his ratio 1.89
    is high risk where the floored ratio would be 0.25."""
    row = fatigue_table(plan).loc[("allen-obando", "2025-04-09-lafc")]
    assert row["acwr"] == pytest.approx(1.89, abs=0.01) and row["risk"] == "high"
    floored = row["acute"] / max(row["chronic"], 8 * 90 / 7)
    assert floored == pytest.approx(0.25, abs=0.01)


def test_two_full_games_in_a_week() -> None:
    """Docs, ACWR: 90 minutes on days 60 and 63, read at the kickoff of day 67: a regular
    (weekly 90s until three weeks before) is floored, ratio acute / 102.9 ~ 0.79; a new
    signing is not, ratio acute / chronic ~ 1.20."""
    plan = week_plan({"a": "CM", "new": "ST"}, {"a": (90, 90)})
    plan.assign("f60", "new", "LW")
    plan.assign("f63", "new", "LW")
    plan.set_history(history([(d, "a", 90) for d in range(4, 40, 7)]))
    table = fatigue_table(plan)
    lam_a, lam_c = 2 / 8, 2 / 29
    acute = lam_a * 720 * ((1 - lam_a) ** 4 + (1 - lam_a) ** 7)
    chronic = lam_c * 720 * ((1 - lam_c) ** 4 + (1 - lam_c) ** 7)
    established, new = table.loc[("a", "f67")], table.loc[("new", "f67")]
    assert established["acwr"] <= acute * 1.01 / (8 * 90 / 7)
    assert established["acwr"] == pytest.approx(0.79, abs=0.01)
    assert new["acwr"] == pytest.approx(acute / chronic, rel=1e-9)
    assert new["acwr"] == pytest.approx(1.20, abs=0.01)


def test_a_cameo_after_three_quiet_weeks_is_not_a_spike() -> None:
    """Docs, ACWR: with the floor, a 10-minute cameo after three quiet weeks is a ratio near 0."""
    plan = week_plan({"a": "CM"}, {"a": (10, 0)})
    plan.set_history(history([(d, "a", 90) for d in range(0, 40, 7)]))
    row = fatigue_table(plan).loc[("a", "f63")]
    assert row["acwr"] < 0.8 and row["risk"] == "low"


@pytest.mark.parametrize(
    ("ago", "expected"), [(None, 100), (7, 88), (3, 78.5), (1, 71), ((6, 3), 65)]
)
def test_the_readiness_examples_of_the_doc(ago: int | tuple[int, int] | None, expected: float):
    """Docs, Readiness table: a player at the baseline capacity, 90 minutes some days before."""
    plan = week_plan({"a": "CM", "b": "ST"})
    days = [] if ago is None else [ago] if isinstance(ago, int) else list(ago)
    plan.set_history(history([(0, "b", 90)] + [(67 - d, "a", 90) for d in days]))
    readiness = fatigue_table(plan).loc[("a", "f67"), "readiness"]
    assert readiness == pytest.approx(expected, abs=0.5)


def test_the_baseline_figures_of_the_doc() -> None:
    """Docs: baseline daily load ~103 AU, baseline fitness ~4,370 AU, and Banister fitness
    overtakes fatigue 5.8 days after a load with the defaults."""
    p = ModelParams()
    assert p.match_rpe * p.baseline_minutes_per_week / 7 == pytest.approx(103, abs=0.5)
    floor = p.match_rpe * p.baseline_minutes_per_week / 7 / (1 - math.exp(-1 / p.fitness_tau))
    assert floor == pytest.approx(4370, abs=10)
    crossing = math.log(p.fatigue_gain / p.fitness_gain) / (1 / p.fatigue_tau - 1 / p.fitness_tau)
    assert crossing == pytest.approx(5.8, abs=0.05)


def test_planned_minutes_never_raise_readiness_and_the_optimiser_agrees() -> None:
    """Docs, Linearisation: readiness = base - drop x planned minutes exactly, with training,
    a goalkeeper and a returning player; the optimiser's chronic floor is the table's."""
    plan = week_plan({"keeper": "GK", "a": "CM", "back": "ST"}, {"keeper": (90, 90)})
    plan.assign("f60", "a", "ST")
    plan.assign("f63", "back", "LW")
    plan.set_history(history([(0, "a", 90), (0, "back", 90), (50, "back", 90)]))
    plan.set_sessions(sessions([(d, "a", "training", 60, 6) for d in range(2, 59, 2)]))
    assert_the_optimiser_agrees(plan)


def assert_the_optimiser_agrees(plan: Plan) -> None:
    """The optimiser's linear readiness and load ratio equal the table's at the plan's minutes."""
    coefficients = fatigue_load_coefficients(plan)
    table = fatigue_table(plan)
    minutes = table["minutes"].unstack().loc[coefficients.players, coefficients.fixtures]
    expected = table["readiness"].unstack().loc[coefficients.players, coefficients.fixtures]
    np.testing.assert_allclose(coefficients.readiness(minutes.to_numpy(float)), expected, 1e-9)
    terms = readiness_terms(plan)
    for (pid, fid), row in table.iterrows():
        chronic = terms.chronic[(pid, fid)] + sum(
            terms.chronic_per_minute.get((pid, g, fid), 0.0) * m
            for g, m in table.xs(pid)["minutes"].items()
        )
        acute = terms.acute[(pid, fid)] + sum(
            terms.acute_per_minute.get((pid, g, fid), 0.0) * m
            for g, m in table.xs(pid)["minutes"].items()
        )
        ratio = acute / max(chronic, terms.chronic_floor[(pid, fid)])
        assert ratio == pytest.approx(row["acwr"], rel=1e-9, abs=1e-12)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("rpe", 11, "row 1, rpe: outside the 0-10 scale"),
        ("duration", -5, "row 1, duration: not 0-600 minutes"),
        ("date", None, "row 1, date: no date"),
        ("kind", "gym", "row 1, kind"),
    ],
)
def test_a_bad_load_table_is_refused_and_changes_nothing(column, value, message) -> None:
    plan = week_plan({"a": "CM"})
    frame = sessions([(1, "a", "training", 60, 5)])
    frame[column] = [value]
    revision = plan.revision
    with pytest.raises(PlanError, match=message):
        plan.set_sessions(frame)
    assert plan.revision == revision and plan.sessions.empty


session_rows = st.lists(
    st.tuples(
        st.integers(0, 66),
        st.sampled_from(["a", "keeper"]),
        st.sampled_from(["match", "training", "other"]),
        st.integers(0, 600),
        st.one_of(st.none(), st.integers(0, 10)),
        st.one_of(st.none(), st.floats(0, 20_000, allow_nan=False)),
    ),
    max_size=12,
)


@settings(max_examples=40, deadline=None)
@given(session_rows)
def test_the_load_table_survives_a_save_and_load(rows) -> None:
    plan = week_plan({"a": "CM", "keeper": "GK"})
    frame = sessions([(d, p, k, m, np.nan if r is None else r) for d, p, k, m, r, _ in rows])
    frame["total_distance"] = [np.nan if g is None else g for *_, g in rows]
    plan.set_sessions(frame)
    again = plan_from_dict(plan_to_dict(plan))
    pd.testing.assert_frame_equal(again.sessions, plan.sessions)
    pd.testing.assert_frame_equal(fatigue_table(again), fatigue_table(plan))


def test_a_file_without_a_load_table_loads_and_a_damaged_one_is_named() -> None:
    plan = week_plan({"a": "CM"})
    data = plan_to_dict(plan)
    del data["sessions"]
    assert plan_from_dict(data).sessions.empty
    plan.set_sessions(sessions([(1, "a", "training", 60, 5)]))
    data = plan_to_dict(plan)
    data["sessions"]["rpe"][0] = 12
    with pytest.raises(PlannerError, match=r"sessions\.rpe\[0\]"):
        plan_from_dict(data)
