"""The fatigue model's terms as linear functions of planned minutes, keyed for the optimiser.

Readiness comes from planner.fatigue's own linearisation (Banister fatigue is linear in load).
The acute and chronic loads of the ACWR are EWMAs, also linear in load; their coefficients are
derived here from the same daily filters planner.fatigue uses, so "high risk" means here what
it means in the fatigue table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.fatigue import fatigue_load_coefficients
from planner.fatigue.grid import baseline_daily_load, build_grid, ewma_at_kickoff
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
    chronic_floor: float  # the ratio divides by max(chronic, this)

    def readiness(self, pid: str, fid: str, minutes: dict[str, float]) -> float:
        """Readiness of pid at fid's kickoff given planned minutes per earlier fixture."""
        drop = sum(self.per_minute.get((pid, g, fid), 0.0) * m for g, m in minutes.items())
        return max(0.0, self.base[(pid, fid)] - drop)


def readiness_terms(plan: Plan) -> ReadinessTerms:
    """The linear terms of readiness, acute and chronic load for every player and fixture."""
    coefficients = fatigue_load_coefficients(plan)
    players, fixtures = coefficients.players, coefficients.fixtures
    params = plan.params
    grid = build_grid(plan)
    past_load = params.match_rpe * grid.past
    days = grid.fixture_days
    # one unit of load on each fixture's day: the filter's value at every kickoff is then the
    # weight a planned minute in fixture k carries into fixture j ([k, j])
    unit = np.zeros((len(days), grid.past.shape[1]))
    unit[np.arange(len(days)), days] = 1.0

    def ewma_terms(window: int) -> tuple[dict[Key2, float], dict[Key3, float]]:
        base = ewma_at_kickoff(past_load, window, days)
        carried = params.match_rpe * ewma_at_kickoff(unit, window, days)  # [k, j]
        per_minute = np.broadcast_to(carried.T[None, :, :], coefficients.drop.shape)
        return _keyed2(players, fixtures, base), _keyed3(players, fixtures, per_minute)

    acute, acute_per_minute = ewma_terms(params.acute_days)
    chronic, chronic_per_minute = ewma_terms(params.chronic_days)
    return ReadinessTerms(
        base=_keyed2(players, fixtures, coefficients.base),
        per_minute=_keyed3(players, fixtures, coefficients.drop),
        acute=acute,
        acute_per_minute=acute_per_minute,
        chronic=chronic,
        chronic_per_minute=chronic_per_minute,
        chronic_floor=baseline_daily_load(params),
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
