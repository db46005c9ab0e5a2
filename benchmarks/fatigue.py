"""Fatigue model speed: fatigue_table on the sample week and on 60 players x 12 fixtures with
5 seasons of history, against a naive per-player, per-day Python loop of the same recurrences
(EWMA acute/chronic and Banister fitness/fatigue) run in the same process. The baseline's
numbers are also compared with the table's, so the speed-up is for the same result.

Per edit: after one lineup edit (plan.assign) the UI calls cached_fatigue_table(plan) and
validate(plan) once each; both keep per plan what the edit leaves alone. Their times are set
against the cold path in the same run (fatigue_table, which keeps nothing, and validate on a
fresh copy whose table is already cached), and their results are checked equal to it.

Targets (issue 2): sample <= 20 ms, large <= 200 ms (median of repeated runs).
Per edit (16 ms for every view after a drop): fatigue table <= 0.6 ms sample, <= 1.5 ms large;
validate with the table cached <= 0.7 ms sample, <= 1.0 ms large.
Issue 16: the large plan with a training row (RPE x minutes) per player per training day
(~66k load-table rows): fatigue_table <= 20 ms, per edit <= 2 ms.
Run: .venv/bin/python benchmarks/fatigue.py
"""

from __future__ import annotations

import math
import random
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from planner import (
    Fixture,
    Plan,
    Player,
    cached_fatigue_table,
    fatigue_table,
    minutes_matrix,
    sample_plan,
)
from planner.formations import formation
from planner.validate import validate

SAMPLE_TARGET_MS = 20.0
LARGE_TARGET_MS = 200.0
TRAINING_TARGET_MS = 20.0
PER_EDIT_TARGETS_MS = {  # fatigue table, validate
    "sample": (0.6, 0.7),
    "large": (1.5, 1.0),
    "training": (2.0, 2.0),
}
FIELD_POSITIONS = ["RB", "CB", "CB", "LB", "DM", "CM", "CM", "AM", "RW", "LW", "ST", "ST"]


def large_plan(players: int = 60, fixtures: int = 12, seasons: int = 5, seed: int = 7) -> Plan:
    """A squad of `players` (4 keepers), `fixtures` planned 3-4 days apart with full XIs,
    benches and three changes each, and `seasons` x 50 past matches of 14-16 players each."""
    rng = random.Random(seed)
    plan = Plan(club="Benchmark FC")
    for i in range(players):
        position = "GK" if i < 4 else FIELD_POSITIONS[i % len(FIELD_POSITIONS)]
        plan.add_player(Player(f"p{i}", f"Player {i}", number=i + 1, positions=(position,)))
    ids = list(plan.players)
    first = datetime(2025, 3, 1, 19)
    season_days = [first - timedelta(days=d) for d in range(2, seasons * 365, 7)]
    rows = []
    for day in season_days + [d - timedelta(days=3) for d in season_days[: seasons * 25]]:
        for pid in rng.sample(ids[:2], 1) + rng.sample(ids[4:], rng.randint(13, 15)):
            rows.append((day.date(), pid, rng.choice([90, 90, 75, 60, 30, 15]), "MLS", "X"))
    plan.set_history(
        pd.DataFrame(rows, columns=["date", "player_id", "minutes", "competition", "opponent"])
    )
    slots = formation("4-3-3").slot_names
    for j in range(fixtures):
        fixture_id = f"f{j}"
        plan.add_fixture(Fixture(fixture_id, first + timedelta(days=3 * j + j // 2), "Opp", "MLS"))
        picked = [ids[j % 4], *rng.sample(ids[4:], 19)]
        for slot, pid in zip(slots, picked, strict=False):
            plan.assign(fixture_id, pid, slot)
        for pid in picked[11:]:
            plan.bench(fixture_id, pid)
        for k in range(3):
            plan.substitute(fixture_id, 60 + 10 * k, picked[8 + k], picked[11 + k])
    return plan


def with_training(plan: Plan, seed: int = 11) -> Plan:
    """plan plus a training row (RPE 3-7 x 45-90 minutes) for every player on every day of its
    history that is neither a match day nor the day after one (the day off)."""
    rng = random.Random(seed)
    matches = set(plan.history["date"].dt.date)
    start, end = min(matches), max(matches)
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    training = [d for d in days if d not in matches and d - timedelta(days=1) not in matches]
    rows = [
        (d, pid, "training", rng.choice([45, 60, 75, 90]), rng.randint(3, 7))
        for d in training
        for pid in plan.players
    ]
    out = plan.copy()
    out.set_sessions(pd.DataFrame(rows, columns=["date", "player_id", "kind", "duration", "rpe"]))
    return out


def naive_kickoff_values(plan: Plan) -> dict[str, np.ndarray]:
    """The same recurrences as the model, one player and one day at a time in plain Python
    (load-table rows with an RPE count RPE x duration; the benchmark plans have no match rows)."""
    params = plan.params
    planned = minutes_matrix(plan)
    days_of = {f.id: f.kickoff.date() for f in plan.fixtures}
    history, sessions = plan.history, plan.sessions
    assert not (sessions["kind"] == "match").any()
    start = min([*history["date"].dt.date, *days_of.values()])
    end = max([*history["date"].dt.date, *days_of.values()])
    lam_a, lam_c = 2 / (params.acute_days + 1), 2 / (params.chronic_days + 1)
    decay_fit, decay_fat = math.exp(-1 / params.fitness_tau), math.exp(-1 / params.fatigue_tau)
    out = {k: [] for k in ("acute", "chronic", "fitness", "fatigue")}
    for pid in plan.players:
        daily: dict = {}
        past: dict = {}
        for day, minutes in history.loc[history["player_id"] == pid, ["date", "minutes"]].values:
            daily[day.date()] = daily.get(day.date(), 0) + minutes
            past[day.date()] = past.get(day.date(), 0) + minutes
        for fid, day in days_of.items():
            daily[day] = daily.get(day, 0) + planned.loc[pid, fid]
        trained: dict = {}
        for day, duration, rpe in sessions.loc[
            sessions["player_id"] == pid, ["date", "duration", "rpe"]
        ].values:
            trained[day.date()] = trained.get(day.date(), 0) + rpe * duration
        acute = chronic = fitness = fatigue = 0.0
        keeper = plan.players[pid].main_position == "GK"
        rate = params.match_rpe * (params.goalkeeper_load_factor if keeper else 1.0)
        kickoff = {day: fid for fid, day in days_of.items()}
        values = {}
        day = start
        while day <= end:
            if day in kickoff:  # at kickoff, before the match's own load
                values[kickoff[day]] = (
                    (1 - lam_a) * acute,
                    (1 - lam_c) * chronic,
                    decay_fit * fitness,
                    decay_fat * fatigue,
                )
            load = rate * daily.get(day, 0) + trained.get(day, 0)
            acute = lam_a * load + (1 - lam_a) * acute
            chronic = lam_c * load + (1 - lam_c) * chronic
            fitness = decay_fit * fitness + rate * past.get(day, 0) + trained.get(day, 0)
            fatigue = decay_fat * fatigue + load
            day += timedelta(days=1)
        for fid in days_of:
            for name, value in zip(out, values[fid], strict=True):
                out[name].append(value)
    return {k: np.array(v) for k, v in out.items()}


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def per_edit_ms(plan: Plan, runs: int) -> tuple[float, float]:
    """Median ms of cached_fatigue_table, then of validate, right after one plan.assign (two
    players take turns in a slot of the first fixture)."""
    fixture = plan.fixtures[0].id
    lineup = plan.lineup(fixture)
    slot = next(name for name, pid in lineup.slots.items() if pid)
    pair = [lineup.slots[slot], next(p for p in plan.players if lineup.place_of(p) is None)]
    validate(plan)  # warm-up
    table_times, check_times = [], []
    for i in range(runs):
        plan.assign(fixture, pair[(i + 1) % 2], slot)
        start = time.perf_counter()
        cached_fatigue_table(plan)
        middle = time.perf_counter()
        validate(plan)
        table_times.append((middle - start) * 1000)
        check_times.append((time.perf_counter() - middle) * 1000)
    cold = plan.copy()
    pd.testing.assert_frame_equal(cached_fatigue_table(plan), fatigue_table(cold), check_exact=True)
    assert validate(plan) == validate(cold)
    return statistics.median(table_times), statistics.median(check_times)


def cold_validate_ms(plan: Plan, runs: int) -> float:
    """Median ms of validate on fresh copies of the plan whose fatigue table is cached."""
    copies = [plan.copy() for _ in range(runs)]
    times = []
    for copy in copies:
        cached_fatigue_table(copy)
        start = time.perf_counter()
        validate(copy)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report_per_edit(name: str, plan: Plan, runs: int) -> bool:
    table_ms, check_ms = per_edit_ms(plan, runs)
    cold_table_ms = median_ms(lambda: fatigue_table(plan), max(5, runs // 10))
    cold_check_ms = cold_validate_ms(plan, max(5, runs // 20))
    ok = True
    figures = zip(
        ("fatigue table", "validate"),
        (table_ms, check_ms),
        (cold_table_ms, cold_check_ms),
        PER_EDIT_TARGETS_MS[name],
        strict=True,
    )
    for what, ours, cold, target in figures:
        met = ours <= target
        ok &= met
        print(
            f"  {name:<6} {what:<14} {ours:6.2f} ms (target <= {target:.1f} ms: "
            f"{'PASS' if met else 'MISS'})  cold {cold:6.2f} ms  ratio {cold / ours:5.1f}x"
        )
    return ok


def report(name: str, plan: Plan, target_ms: float, runs: int) -> bool:
    ours = median_ms(lambda: fatigue_table(plan), runs)
    baseline = median_ms(lambda: naive_kickoff_values(plan), max(1, runs // 10))
    table = fatigue_table(plan)
    reference = naive_kickoff_values(plan)
    for column, values in reference.items():
        np.testing.assert_allclose(table[column].to_numpy(), values, rtol=1e-9, atol=1e-9)
    ok = ours <= target_ms
    verdict = "PASS" if ok else "MISS"
    print(
        f"{name:<34} fatigue_table {ours:8.2f} ms (target <= {target_ms:.0f} ms: {verdict})"
        f"  naive loop {baseline:9.1f} ms  ratio {baseline / ours:6.1f}x"
    )
    return ok


def main() -> int:
    sample = sample_plan()
    large = large_plan()
    print(f"history rows: sample {len(sample.history)}, large {len(large.history)}")
    ok = report("sample (26 players x 2 fixtures)", sample, SAMPLE_TARGET_MS, runs=50)
    ok &= report("large (60 x 12, 5 seasons)", large, LARGE_TARGET_MS, runs=20)
    trained = with_training(large)
    print(f"load-table rows (large + training): {len(trained.sessions)}")
    ok &= report("large + a training row a day", trained, TRAINING_TARGET_MS, runs=20)
    print("per lineup edit (one assign, then the UI's two calls):")
    ok &= report_per_edit("sample", sample, runs=400)
    ok &= report_per_edit("large", large, runs=200)
    ok &= report_per_edit("training", trained, runs=200)
    hit = median_ms(lambda: cached_fatigue_table(sample), 200)
    checks = median_ms(lambda: validate(sample), 20)
    print(f"cached_fatigue_table hit (sample)  {hit * 1000:8.1f} us")
    print(f"validate (sample, table cached)    {checks:8.2f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
