"""The short-horizon formulation: one column per player per *week pattern* (how he spends each
fixture: not playing, or one stint), priced exactly.

Every per-player rule is decided on the pattern itself: the fatigue carried between matches,
back-to-back pairs, minutes caps, readiness floors and the key-fixture risk rule. The solver
only picks one pattern per player, linked to the lineup columns. Its LP relaxation is the
convex hull of each player's own choices, far tighter than pricing products pairwise, but the
patterns grow as (stints + 1) ^ fixtures, so it serves weeks of a few fixtures
(docs/rotation-optimiser.md).
"""

from __future__ import annotations

from itertools import product
from typing import TYPE_CHECKING

import numpy as np

from planner.fatigue.scale import in_red
from planner.suggest.instance import FixtureData, Instance, Stint

if TYPE_CHECKING:
    from planner.suggest.milp import Model, _Expressions

PATTERN_BUDGET = 50_000  # columns: past this, a block is too long to list all its patterns
PRICING_BUDGET = 4**10  # one player's patterns: past this, column generation is not used
BLOCK = 3  # fixtures per block when it is

Pattern = tuple[int | None, ...]  # stint index per fixture, None = does not play


def blocks(inst: Instance) -> list[list[FixtureData]]:
    """Consecutive fixtures in runs of BLOCK."""
    return [inst.fixtures[i : i + BLOCK] for i in range(0, len(inst.fixtures), BLOCK)]


def pattern_count(inst: Instance, fixtures: list[FixtureData]) -> int:
    """How many pattern columns these fixtures would need."""
    total = 0
    for pid in inst.plan.players:
        if any(pid in fx.named for fx in fixtures):
            count = 1
            for fx in fixtures:
                count *= 1 + len(stints_for(inst, fx, pid))
            total += count
    return total


def most_patterns(inst: Instance) -> int:
    """The largest number of week patterns of any one player."""
    most = 1
    for pid in inst.plan.players:
        count = 1
        for fx in inst.fixtures:
            count *= 1 + len(stints_for(inst, fx, pid))
        most = max(most, count)
    return most


def add_week_patterns(
    inst: Instance,
    m: Model,
    e: _Expressions,
    fixtures: list[FixtureData],
    *,
    with_rules: bool,
    pool: dict[str, set[Pattern]] | None = None,
) -> None:
    """One binary per pattern per player over fixtures, linked to his stint columns, priced
    for the fatigue and back-to-backs between these fixtures. with_rules (fixtures = the whole
    week): patterns breaking a minutes target, floor or key-fixture rule are left out.
    pool: only these patterns per player (column generation adds the others it needs)."""
    for pid in inst.plan.players:
        if not any(pid in fx.named for fx in fixtures):
            continue
        m.check_time()
        choices = [[None, *stints_for(inst, fx, pid)] for fx in fixtures]
        links: dict[tuple[int, int], dict[int, float]] = {}
        every: dict[int, float] = {}
        patterns = product(*choices) if pool is None else sorted(pool.get(pid, ()), key=str)
        for pattern in patterns:
            penalty = price(inst, pid, fixtures, pattern, with_rules)
            if penalty is None:
                continue
            # no upper bound (the week row caps it): in column generation every pattern's
            # reduced cost is then >= 0 at the LP optimum, which the bound relies on
            col = m.var(penalty, upper=1.0 if pool is None else np.inf)
            m.pattern_of[col] = (pid, pattern)
            every[col] = 1.0
            for fx, k in zip(fixtures, pattern, strict=True):
                if k is not None:
                    links.setdefault((fx.index, k), {})[col] = 1.0
        name = inst.player(pid).name
        m.week_row[pid] = m.rows.add(every, 1, 1, "week", f"a week for {name} within his rules")
        for fx in fixtures:
            for k in stints_for(inst, fx, pid):
                row = dict(links.get((fx.index, k), {}))
                row.update({c: -1.0 for c in e.by_stint[(fx.index, pid, k)]})
                m.link_row[(fx.index, pid, k)] = m.rows.add(row, 0, 0, "week")


def stints_for(inst: Instance, fx: FixtureData, pid: str) -> list[int]:
    """The stints pid can play in fx (goalkeepers play whole matches; a doubtful player who
    is not locked to start only comes on)."""
    if pid not in fx.named:
        return []
    keeper = "GK" in inst.player(pid).positions
    return [
        k
        for k, s in enumerate(fx.stints)
        if (not keeper or s.kind == "full") and (fx.may_start(pid) or not s.starts)
    ]


def price(
    inst: Instance, pid: str, fixtures: list[FixtureData], pattern: Pattern, with_rules: bool
) -> float | None:
    """What the pattern costs beyond its stints' own value (fatigue carried between these
    fixtures, back-to-backs), or None if a rule forbids it."""
    params = inst.plan.params
    stints = {
        fx.index: fx.stints[k] for fx, k in zip(fixtures, pattern, strict=True) if k is not None
    }
    minutes = {f: s.minutes for f, s in stints.items()}
    target = inst.plan.targets.get(pid)
    if with_rules and target and not _within(sum(minutes.values()), target.minimum, target.maximum):
        return None
    terms = inst.readiness
    penalty = 0.0
    for fx in fixtures:
        stint = stints.get(fx.index)
        if stint is None:
            continue
        fid = fx.fixture.id
        earlier = {g.fixture.id: minutes.get(g.index, 0) for g in fixtures if g.index < fx.index}
        drop = sum(terms.per_minute.get((pid, g, fid), 0.0) * v for g, v in earlier.items())
        penalty += inst.fatigue_rate(pid) * fx.weight * stint.tiring * drop
        long = params.back_to_back_minutes
        before = minutes.get(fx.previous, 0) if fx.previous is not None else 0
        if before >= long and stint.minutes >= long:
            penalty += inst.back_to_back_cost(fx, pid)
        if with_rules and _breaks_a_rule(inst, pid, fx, stint, earlier):
            return None
    return penalty


def _breaks_a_rule(
    inst: Instance, pid: str, fx: FixtureData, stint: Stint, earlier: dict[str, int]
) -> bool:
    """Below his readiness floor, or a high-risk start in a key fixture."""
    terms, params, fid = inst.readiness, inst.plan.params, fx.fixture.id
    drop = sum(terms.per_minute.get((pid, g, fid), 0.0) * v for g, v in earlier.items())
    readiness = terms.base[(pid, fid)] - drop
    floor = inst.floors.get(pid)
    if floor is not None and readiness < floor:
        return True
    return (
        fx.key and stint.starts and (in_red(readiness, params) or _danger(inst, pid, fx, earlier))
    )


def _danger(inst: Instance, pid: str, fx: FixtureData, earlier: dict[str, int]) -> bool:
    """The load ratio at kickoff in the danger zone (as the fatigue table computes it)."""
    terms, fid = inst.readiness, fx.fixture.id
    acute = terms.acute[(pid, fid)] + sum(
        terms.acute_per_minute.get((pid, g, fid), 0.0) * v for g, v in earlier.items()
    )
    chronic = terms.chronic[(pid, fid)] + sum(
        terms.chronic_per_minute.get((pid, g, fid), 0.0) * v for g, v in earlier.items()
    )
    return acute >= inst.plan.params.acwr_danger * max(chronic, terms.chronic_floor[(pid, fid)])


def _within(total: int, low: int | None, high: int | None) -> bool:
    return (low is None or total >= low) and (high is None or total <= high)
