"""A quick upper bound on the objective, valid for every lineup the rules allow: what the gap
of a suggestion is measured against when the exact model could not be built in time.

Planned minutes only lower readiness (the fatigue model's coefficients are never negative) and
back-to-backs only cost, so each fixture is worth at most, role by role, the best players for
that role at their readiness without any planned minute (distinct within a role; a slot's
stints add up to one full match, so substitutions cannot add more), plus the best bench.
"""

from __future__ import annotations

import numpy as np

from planner.suggest.instance import Instance


def upper_bound(inst: Instance) -> float:
    """No lineup of inst scores above this (docs/rotation-optimiser.md)."""
    o, terms = inst.options, inst.readiness
    index = terms.index.players
    total = 0.0
    for fx in inst.fixtures:
        rows = np.array([index[pid] for pid in fx.candidates], dtype=np.int64)
        fatigue = inst.fatigue_rates[rows] * (100.0 - terms.base.column(fx.fixture.id)[rows])
        for role, count in fx.roles.items():
            value = inst.strengths(role)[rows] - fatigue
            total += fx.weight * float(np.sort(value)[::-1][:count].sum())
        ratings = np.sort([inst.player(pid).rating for pid in fx.candidates])[::-1]
        total += o.bench_rating_bonus * float(ratings[: fx.bench_target].sum())
        keepers = sum("GK" in inst.player(pid).positions for pid in fx.candidates)
        if keepers > 1 and fx.bench_target > 0:
            total += o.bench_goalkeeper_bonus
    return total
