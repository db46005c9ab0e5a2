"""The optimiser's objective for any plan's lineups, computed directly (products, not the MILP's
linearisation): compares a suggestion with a baseline or a brute-force search on equal terms."""

from __future__ import annotations

from itertools import product

from planner.lineup import Lineup
from planner.minutes import minutes_matrix
from planner.plan import Plan
from planner.suggest.instance import FixtureData, Instance, build_instance, shares
from planner.suggest.options import SuggestOptions


def plan_objective(plan: Plan, options: SuggestOptions | None = None) -> float:
    """Importance-weighted strength less fatigue, as the optimiser counts it, of plan's lineups."""
    inst = build_instance(plan, options or SuggestOptions())
    return objective(inst, plan)


def played_minutes(plan: Plan) -> dict[tuple[str, str], int]:
    """Planned minutes by (player, fixture), every squad player and fixture present."""
    matrix = minutes_matrix(plan)
    keys = product(map(str, matrix.index), map(str, matrix.columns))
    return dict(zip(keys, matrix.to_numpy().astype(int).ravel().tolist(), strict=True))


def objective(inst: Instance, plan: Plan) -> float:
    """The objective of plan's lineups under inst (locks and rules are not checked here)."""
    return sum(fixture_objectives(inst, plan).values())


def fixture_objectives(inst: Instance, plan: Plan) -> dict[str, float]:
    """The objective's terms fixture by fixture (by id): what each XI, bench and its
    players' fatigue and back-to-backs into it are worth; they add up to objective()."""
    minutes = played_minutes(plan)
    long_enough = inst.plan.params.back_to_back_minutes
    values = {}
    for fx in inst.fixtures:
        fid = fx.fixture.id
        lineup = plan.lineup(fid)
        total = 0.0
        for pid, role, start, end in _stints(fx, lineup):
            length = fx.fixture.rules.match_minutes
            share, tiring = shares(start, end, length, inst.options.late_fatigue_weight)
            drop = sum(
                inst.readiness.per_minute.get((pid, g.fixture.id, fid), 0.0)
                * minutes[(pid, g.fixture.id)]
                for g in inst.fixtures[: fx.index]
            )
            total += inst.stint_value(pid, fx, role, share, tiring)
            total -= inst.fatigue_rate(pid) * fx.weight * tiring * drop
            now = minutes[(pid, fid)]
            if now >= long_enough and pid in fx.history_long:
                total -= inst.back_to_back_cost(fx, pid)
            if fx.previous is not None and now >= long_enough:
                before = minutes[(pid, inst.fixtures[fx.previous].fixture.id)]
                if before >= long_enough:
                    total -= inst.back_to_back_cost(fx, pid)
        values[fid] = total + _bench_bonus(inst, fx, lineup)
    return values


def _stints(fx: FixtureData, lineup: Lineup) -> list[tuple[str, str, int, int]]:
    """(player, role, minute on, minute off) for everyone who plays; a substitute takes the
    role of the player he replaces."""
    length = fx.fixture.rules.match_minutes
    role = {s.name: s.role for s in fx.slots}
    playing = {pid: (role[slot], 0) for slot, pid in lineup.slots.items() if pid}
    out = []
    for sub in sorted(lineup.substitutions):
        r, start = playing.pop(sub.off)
        out.append((sub.off, r, start, sub.minute))
        playing[sub.on] = (r, sub.minute)
    out += [(pid, r, start, length) for pid, (r, start) in playing.items()]
    return out


def _bench_bonus(inst: Instance, fx: FixtureData, lineup: Lineup) -> float:
    o = inst.options
    bonus = sum(o.bench_rating_bonus * inst.player(pid).rating for pid in lineup.bench)
    keepers = [pid for pid in fx.candidates if "GK" in inst.player(pid).positions]
    if len(keepers) > 1 and fx.bench_target > 0 and set(keepers) & set(lineup.bench):
        bonus += o.bench_goalkeeper_bonus
    return bonus
