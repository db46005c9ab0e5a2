"""The MILP's optimum equals an exhaustive search on a small week (14 players, 2 fixtures).

What is enumerated: for each fixture every goalkeeper, every ordered filling of the three
unpinned outfield slots from the five unpinned outfield players, and every substitution
(none, or any outfield starter off at 60' for any outfield substitute): 2 x 60 x 21 = 2,520
lineups per fixture, and all 6.35 million pairs of them (some with a player out of position).
Seven outfielders are pinned per fixture (different ones) to keep the search exhaustive in
seconds; the bench is forced (three left over for three places). The objective is recomputed
here from the fatigue model's public coefficients with plain products, not with the MILP's
linearisation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import permutations

import numpy as np
import pandas as pd
import pytest

from planner import Fixture, Lineup, Lock, MinutesTarget, Plan, Player
from planner.fatigue import fatigue_load_coefficients, fatigue_table
from planner.formations import formation, out_of_position, position_fit
from planner.suggest import SuggestOptions, suggest_with_report

OPTIONS = SuggestOptions(sub_minutes=(60,))
SUNDAY, WEDNESDAY = "sun", "wed"
PLAYERS = {  # id: (positions, rating)
    "g1": (("GK",), 72),
    "g2": (("GK",), 66),
    "lb": (("LB",), 70),
    "cb1": (("CB",), 74),
    "cb2": (("CB",), 72),
    "cb3": (("CB", "RB"), 68),
    "rb": (("RB",), 71),
    "dm": (("DM",), 80),
    "cm1": (("CM",), 78),
    "cm2": (("CM",), 70),
    "am": (("AM", "CM"), 73),
    "lw": (("LW",), 75),
    "st": (("ST",), 84),
    "rw": (("RW", "AM"), 91),
}
PINS = {
    SUNDAY: {
        "lb": "LB",
        "cb1": "LCB",
        "cb3": "RCB",
        "rb": "RB",
        "dm": "DM",
        "cm2": "RCM",
        "lw": "LW",
    },
    WEDNESDAY: {
        "lb": "LB",
        "cb2": "LCB",
        "cb1": "RCB",
        "cb3": "RB",
        "dm": "DM",
        "am": "RCM",
        "lw": "LW",
    },
}
HISTORY = {  # past minutes: st and rw carry a heavy load, g1 played the last match
    "2025-03-20": {"st": 90, "rw": 90, "g1": 90, "cm1": 90, "dm": 90, "lb": 90},
    "2025-03-23": {"st": 90, "rw": 90, "g2": 90, "cm1": 90, "am": 90, "cb1": 90},
    "2025-03-26": {"st": 90, "rw": 90, "g1": 90, "cm1": 90, "dm": 90, "lb": 90},
    "2025-03-29": {"st": 90, "rw": 90, "g2": 90, "cm1": 60, "am": 90, "cb1": 90},
    "2025-04-02": {"st": 90, "rw": 75, "g1": 90, "cm1": 90, "cb2": 90, "dm": 30},
}


def small_week() -> Plan:
    plan = Plan(club="Brute force FC")
    for pid, (positions, rating) in PLAYERS.items():
        plan.add_player(Player(pid, pid.upper(), positions=positions, rating=rating))
    tight = {"bench_size": 3, "substitutes_allowed": 1, "substitution_windows": 1}
    for fid, kickoff, competition, importance in (
        (SUNDAY, datetime(2025, 4, 6, 19), "MLS", 3),
        (WEDNESDAY, datetime(2025, 4, 9, 20), "CCC", 5),
    ):
        fixture = Fixture(fid, kickoff, "Opponent", competition, importance=importance)
        plan.add_fixture(replace(fixture, rules=replace(fixture.rules, **tight)), Lineup("4-3-3"))
        for pid, slot in PINS[fid].items():
            plan.lock(fid, pid, Lock.from_place(slot))
    rows = [(d, pid, m, "MLS", "Past") for d, mins in HISTORY.items() for pid, m in mins.items()]
    plan.set_history(
        pd.DataFrame(rows, columns=["date", "player_id", "minutes", "competition", "opponent"])
    )
    plan.set_target("rw", MinutesTarget(maximum=120))
    # a higher red line than the default, so that it binds: st after 90' on Sunday is below it
    plan.set_params(replace(plan.params, readiness_red=60))
    return plan


def lineups(plan: Plan, fid: str) -> list[tuple[dict[str, str], str | None, str | None]]:
    """(slot -> player, off, on): every lineup the search considers for a fixture."""
    slots = formation("4-3-3").slots
    pinned = PINS[fid]
    free_slots = [s.name for s in slots if s.role != "GK" and s.name not in pinned.values()]
    free_players = [p for p in PLAYERS if p not in pinned and not p.startswith("g")]
    found = []
    for keeper in ("g1", "g2"):
        for chosen in permutations(free_players, len(free_slots)):
            xi = {slot: pid for pid, slot in pinned.items()} | dict(
                zip(free_slots, chosen, strict=True)
            )
            xi["GK"] = keeper
            bench = [p for p in PLAYERS if p not in xi.values()]
            found.append((xi, None, None))
            for slot, off in xi.items():
                if slot == "GK":
                    continue
                for on in bench:
                    if not on.startswith("g"):
                        found.append((xi, off, on))
    return found


def tables(plan: Plan, fid: str, base: dict[str, float], history_long: set[str]):
    """Per lineup: value without carried fatigue, minutes, tiring (what the readiness cost is
    multiplied by), starts."""
    o, weight = OPTIONS, plan.fixture(fid).importance
    roles = {s.name: s.role for s in formation("4-3-3").slots}
    ids = list(PLAYERS)
    key = weight >= o.key_importance
    found = lineups(plan, fid)
    value = np.zeros(len(found))
    minutes = np.zeros((len(found), len(ids)))
    tiring = np.zeros((len(found), len(ids)))
    starts = np.zeros((len(found), len(ids)), dtype=bool)
    for n, (xi, off, on) in enumerate(found):
        # (player, role, minutes played, of them after 60', the last third)
        stints = [
            (pid, roles[slot], 60 if pid == off else 90, 0 if pid == off else 30)
            for slot, pid in xi.items()
        ]
        if on:
            stints.append((on, roles[next(s for s, p in xi.items() if p == off)], 30, 30))
        total = 0.0
        for pid, role, played, late in stints:
            positions, rating = PLAYERS[pid]
            # docs: share x rating x fit - (share + late weight x late share) x rating x
            # readiness_weight x (100 - readiness); the planned part of the readiness drop
            # is added in brute_force_best
            tires = played / 90 + o.late_fatigue_weight * late / 90
            total += weight * played / 90 * rating * position_fit(positions, role)
            total -= weight * tires * rating * o.readiness_weight * (100 - base[pid])
            if out_of_position(positions, role):
                total -= weight * played / 90 * o.out_of_position_penalty
            # FIFPRO's back-to-back concerns outfield players (ModelParams, goalkeepers off)
            if pid in history_long and played >= 45 and not key and positions[0] != "GK":
                total -= weight * o.back_to_back_penalty
            minutes[n, ids.index(pid)] = played
            tiring[n, ids.index(pid)] = tires
        for pid in xi.values():
            starts[n, ids.index(pid)] = True
        bench = [p for p in PLAYERS if p not in xi.values()]
        total += sum(o.bench_rating_bonus * PLAYERS[p][1] for p in bench)
        total += o.bench_goalkeeper_bonus  # one goalkeeper is always left for the bench
        value[n] = total
    return value, minutes, tiring, starts


def brute_force_best(plan: Plan) -> float:
    o, params = OPTIONS, plan.params
    coefficients = fatigue_load_coefficients(plan)
    ids = coefficients.players
    base1 = dict(zip(ids, coefficients.base[:, 0], strict=True))
    base2 = dict(zip(ids, coefficients.base[:, 1], strict=True))
    drop = coefficients.drop[:, 1, 0]  # readiness on Wednesday per minute on Sunday
    last_match = {p for p, m in HISTORY["2025-04-02"].items() if m >= params.back_to_back_minutes}
    value1, minutes1, _, _ = tables(plan, SUNDAY, base1, last_match)
    value2, minutes2, tiring2, starts2 = tables(plan, WEDNESDAY, base2, set())
    w2 = plan.fixture(WEDNESDAY).importance
    key = w2 >= o.key_importance
    back_to_back = o.key_back_to_back_penalty if key else o.back_to_back_penalty
    rating = np.array([PLAYERS[p][1] for p in ids], dtype=float)
    # rating points lost on Wednesday: tiring there x rating x weight x readiness drop
    fatigue = tiring2 @ ((rating * drop)[:, None] * minutes1.T)  # [j, i]
    outfield = np.array([PLAYERS[p][0][0] != "GK" for p in ids])
    both_long = ((minutes2 >= 45) & outfield).astype(float) @ (minutes1 >= 45).T.astype(float)
    total = (
        value1[None, :]
        + value2[:, None]
        - o.readiness_weight * w2 * fatigue
        - back_to_back * w2 * both_long
    )
    # a key fixture: no starter below the red readiness line
    limit = (np.array([base2[p] for p in ids]) - params.readiness_red) / drop
    too_tired = starts2.astype(float) @ (minutes1 > limit[None, :]).T.astype(float) > 0
    too_tired &= key
    rw = ids.index("rw")
    over_cap = minutes2[:, rw][:, None] + minutes1[:, rw][None, :] > 120
    total[too_tired | over_cap] = -np.inf
    return float(total.max())


def test_no_load_ratio_can_reach_the_danger_zone_here() -> None:
    """The search leaves the ACWR rule out; this shows it could never bind on this week."""
    plan = small_week()
    for pid, slot in PINS[SUNDAY].items():
        plan.assign(SUNDAY, pid, slot)
    for slot, pid in {"GK": "g1", "LCM": "cm1", "ST": "st", "RW": "rw"}.items():
        plan.assign(SUNDAY, pid, slot)
    plan.bench(SUNDAY, "g2")
    plan.bench(SUNDAY, "am")
    plan.bench(SUNDAY, "cb2")
    acwr = fatigue_table(plan).xs(WEDNESDAY, level="fixture_id")["acwr"]
    assert acwr.max() < plan.params.acwr_danger


@pytest.mark.parametrize("formulation", ["patterns", "columns", "blocks", "pairwise"])
@pytest.mark.parametrize("importance", [5, 3])
def test_the_milp_objective_equals_the_exhaustive_search(importance: int, formulation: str) -> None:
    plan = small_week()
    wednesday = plan.fixture(WEDNESDAY)
    plan.update_fixture(replace(wednesday, importance=importance))
    suggestion = suggest_with_report(plan, replace(OPTIONS, formulation=formulation))
    assert suggestion.optimal
    assert suggestion.objective == pytest.approx(brute_force_best(plan), abs=1e-6)
