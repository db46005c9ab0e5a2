"""The fatigue model's terms as linear functions of planned minutes, keyed for the optimiser.

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
class ReadinessTerms:
    """At each kickoff: value without planned minutes (base) + per planned minute before it.

    readiness = base - sum(per_minute x minutes); acute and chronic load likewise, plus.
    """

    base: dict[Key2, float]
    per_minute: dict[Key3, float]
    acute: dict[Key2, float]
    acute_per_minute: dict[Key3, float]
    chronic: dict[Key2, float]
    chronic_per_minute: dict[Key3, float]
    chronic_floor: dict[Key2, float]  # the ratio divides by max(chronic, this)

    def readiness(self, pid: str, fid: str, minutes: Mapping[str, float]) -> float:
        """Readiness of pid at fid's kickoff given planned minutes per earlier fixture."""
        drop = sum(self.per_minute.get((pid, g, fid), 0.0) * m for g, m in minutes.items())
        return max(0.0, self.base[(pid, fid)] - drop)


def readiness_terms(plan: Plan) -> ReadinessTerms:
    """The linear terms of readiness, acute and chronic load for every player and fixture."""
    coefficients = fatigue_load_coefficients(plan)
    players, fixtures = coefficients.players, coefficients.fixtures
    params = plan.params
    unplanned = plan.copy()
    for fid in fixtures:
        unplanned.set_lineup(fid, Lineup(plan.lineup(fid).formation))
    base = fatigue_table(unplanned)
    days = np.array([f.kickoff.date().toordinal() for f in plan.fixtures])
    gap = days[:, None] - days[None, :]  # gap[j, k]: days from fixture k to fixture j

    def ewma_terms(column: str, window: int) -> tuple[dict[Key2, float], dict[Key3, float]]:
        # EWMA before kickoff j: a load on an earlier day k weighs lambda (1 - lambda)^(j - k)
        lam = ewma_lambda(window)
        carried = np.where(gap > 0, lam * np.power(1 - lam, np.maximum(gap, 0)), 0.0)
        rate = coefficients.per_minute[:, None, None]
        per_minute = np.broadcast_to(rate * carried, coefficients.drop.shape)
        pairs = [(str(p), str(f)) for p, f in base.index.to_list()]
        at_kickoff = dict(zip(pairs, base[column].astype(float).to_list(), strict=True))
        return at_kickoff, _keyed3(players, fixtures, per_minute)

    acute, acute_per_minute = ewma_terms("acute", params.acute_days)
    chronic, chronic_per_minute = ewma_terms("chronic", params.chronic_days)
    return ReadinessTerms(
        base=_keyed2(players, fixtures, coefficients.base),
        per_minute=_keyed3(players, fixtures, coefficients.drop),
        acute=acute,
        acute_per_minute=acute_per_minute,
        chronic=chronic,
        chronic_per_minute=chronic_per_minute,
        chronic_floor=_keyed2(players, fixtures, coefficients.chronic_floor),
    )


def _keyed2(players: list[str], fixtures: list[str], values: np.ndarray) -> dict[Key2, float]:
    return {
        (p, f): float(values[i, j]) for i, p in enumerate(players) for j, f in enumerate(fixtures)
    }


def _keyed3(players: list[str], fixtures: list[str], values: np.ndarray) -> dict[Key3, float]:
    """values[p, j, k] -> {(player, fixture k, fixture j)} for the non-zero ones."""
    out: dict[Key3, float] = {}
    for i, j, k in zip(*np.nonzero(values), strict=True):
        out[(players[i], fixtures[k], fixtures[j])] = float(values[i, j, k])
    return out
