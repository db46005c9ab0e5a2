"""The fatigue model's terms as linear functions of planned minutes, held as arrays for the
optimiser (a 3,000-player, 62-fixture season is a few arrays, not millions of dict entries).

Readiness comes from planner.fatigue's own linearisation (Banister fatigue is linear in load).
The acute and chronic loads of the ACWR are EWMAs, also linear in load; their coefficients are
derived here from the same daily filters planner.fatigue uses, so "high risk" means here what
it means in the fatigue table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from planner.fatigue import fatigue_load_coefficients, fatigue_table
from planner.fatigue.grid import ewma_lambda
from planner.lineup import Lineup
from planner.plan import Plan

Key2 = tuple[str, str]  # (player, fixture)
Key3 = tuple[str, str, str]  # (player, earlier fixture, fixture)


@dataclass(frozen=True)
class Index:
    """Row of each player and column of each fixture in the arrays below."""

    players: dict[str, int]
    fixtures: dict[str, int]


class ByPair:
    """A players x fixtures array read by (player, fixture)."""

    def __init__(self, index: Index, values: np.ndarray) -> None:
        self.index, self.values = index, values

    def __getitem__(self, key: Key2) -> float:
        return float(self.values[self.index.players[key[0]], self.index.fixtures[key[1]]])

    def column(self, fid: str) -> np.ndarray:
        """The value at fid for every player (index order)."""
        return self.values[:, self.index.fixtures[fid]]


class ByTriple:
    """Per planned minute in an earlier fixture, at a later kickoff: rate[p] x carried[p, j, k]
    (j the kickoff, k the earlier fixture), read by (player, earlier fixture, fixture)."""

    def __init__(self, index: Index, rate: np.ndarray, carried: np.ndarray) -> None:
        self.index, self.rate, self.carried = index, rate, carried  # carried: 2-D or 3-D

    def get(self, key: Key3, default: float = 0.0) -> float:
        p = self.index.players[key[0]]
        k, j = self.index.fixtures[key[1]], self.index.fixtures[key[2]]
        carried = self.carried[p, j, k] if self.carried.ndim == 3 else self.carried[j, k]
        return float(self.rate[p] * carried) or default

    def at(self, fid: str) -> np.ndarray:
        """a[p, k]: per minute p plays in fixture k (index order), at fid's kickoff."""
        j = self.index.fixtures[fid]
        carried = self.carried[:, j, :] if self.carried.ndim == 3 else self.carried[None, j, :]
        return self.rate[:, None] * carried

    def matrix(self, pid: str, fids: list[str]) -> np.ndarray:
        """m[k, j]: per minute in fixture fids[k], at fixture fids[j]'s kickoff."""
        p = self.index.players[pid]
        carried = self.carried[p] if self.carried.ndim == 3 else self.carried
        at = [self.index.fixtures[f] for f in fids]
        return self.rate[p] * carried[np.ix_(at, at)].T


@dataclass(frozen=True)
class ReadinessTerms:
    """At each kickoff: value without planned minutes (base) + per planned minute before it.

    readiness = base - sum(per_minute x minutes); acute and chronic load likewise, plus.
    """

    index: Index
    base: ByPair
    per_minute: ByTriple
    acute: ByPair
    acute_per_minute: ByTriple
    chronic: ByPair
    chronic_per_minute: ByTriple
    chronic_floor: ByPair  # the ratio divides by max(chronic, this)

    def readiness(self, pid: str, fid: str, minutes: Mapping[str, float]) -> float:
        """Readiness of pid at fid's kickoff given planned minutes per earlier fixture."""
        drop = sum(self.per_minute.get((pid, g, fid), 0.0) * m for g, m in minutes.items())
        return max(0.0, self.base[(pid, fid)] - drop)


def readiness_terms(plan: Plan) -> ReadinessTerms:
    """The linear terms of readiness, acute and chronic load for every player and fixture."""
    coefficients = fatigue_load_coefficients(plan)
    index = Index(
        {str(p): i for i, p in enumerate(coefficients.players)},
        {str(f): j for j, f in enumerate(coefficients.fixtures)},
    )
    params = plan.params
    unplanned = plan.copy()
    for fid in coefficients.fixtures:
        unplanned.set_lineup(fid, Lineup(plan.lineup(fid).formation))
    table = fatigue_table(unplanned)
    rows = [index.players[str(p)] for p, _ in table.index]
    cols = [index.fixtures[str(f)] for _, f in table.index]
    days = np.array([f.kickoff.date().toordinal() for f in plan.fixtures])
    gap = days[:, None] - days[None, :]  # gap[j, k]: days from fixture k to fixture j
    shape = coefficients.base.shape

    def ewma_terms(column: str, window: int) -> tuple[ByPair, ByTriple]:
        # EWMA before kickoff j: a load on an earlier day k weighs lambda (1 - lambda)^(j - k)
        lam = ewma_lambda(window)
        carried = np.where(gap > 0, lam * np.power(1 - lam, np.maximum(gap, 0)), 0.0)
        at_kickoff = np.zeros(shape)
        at_kickoff[rows, cols] = table[column].to_numpy(float)
        return ByPair(index, at_kickoff), ByTriple(index, coefficients.per_minute, carried)

    acute, acute_per_minute = ewma_terms("acute", params.acute_days)
    chronic, chronic_per_minute = ewma_terms("chronic", params.chronic_days)
    ones = np.ones(len(coefficients.players))
    return ReadinessTerms(
        index=index,
        base=ByPair(index, coefficients.base),
        per_minute=ByTriple(index, ones, coefficients.drop),
        acute=acute,
        acute_per_minute=acute_per_minute,
        chronic=chronic,
        chronic_per_minute=chronic_per_minute,
        chronic_floor=ByPair(index, coefficients.chronic_floor),
    )
