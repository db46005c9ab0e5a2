"""Readiness as a linear function of planned minutes, for the rotation optimiser.

Banister fatigue is linear in load and readiness is linear in fatigue (with fitness taken from
recorded load only), so for every player p and fixture j

    readiness[p, j] = max(0, base[p, j] - sum_k drop[p, j, k] x minutes[p, k])

holds exactly, k running over planned fixtures on earlier days than j.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planner.fatigue.grid import (
    banister_at_kickoff,
    build_grid,
    capacity,
    chronic_floor,
    readiness_from,
)
from planner.fatigue.load import load_per_minute, planned_training_load, recorded_load

if TYPE_CHECKING:
    from planner.plan import Plan


@dataclass(frozen=True)
class FatigueCoefficients:
    """Arrays in squad order (players) x plan order (fixtures).

    base[p, j]: readiness at fixture j's kickoff if p plays no planned minute before it (his
    planned training counted, each group's heavier while a lineup decides it: planned_rows).
    drop[p, j, k]: readiness points lost at j per minute p plays in fixture k (0 unless k is on
    an earlier day). previous_fixture[j]: index of the planned fixture that is the team's
    previous match within the back-to-back window (-1 if none or if it is a past match).
    previous_past_minutes[p, j]: minutes p played in the team's previous match when that is a
    past match within the window (0 otherwise). per_minute[p]: his match load per minute (AU).
    chronic_floor[p, j]: what his load ratio's chronic load is floored at (recorded load only).
    """

    players: list[str]
    fixtures: list[str]
    base: np.ndarray
    drop: np.ndarray
    previous_fixture: np.ndarray
    previous_past_minutes: np.ndarray
    per_minute: np.ndarray
    chronic_floor: np.ndarray

    def readiness(self, minutes: np.ndarray) -> np.ndarray:
        """Readiness per player per fixture for a players x fixtures minutes matrix."""
        return np.maximum(0.0, self.base - np.einsum("pjk,pk->pj", self.drop, minutes))

    def base_frame(self) -> pd.DataFrame:
        """base as a players x fixtures DataFrame."""
        return pd.DataFrame(self.base, index=self.players, columns=self.fixtures)


def fatigue_load_coefficients(plan: Plan) -> FatigueCoefficients:
    """Base readiness and readiness drop per planned minute (see the module docstring)."""
    grid = build_grid(plan)
    params = plan.params
    days = grid.fixture_days
    per_minute = load_per_minute(plan, grid.players)
    past_load = recorded_load(grid.past, grid.sessions, per_minute)
    fitness = banister_at_kickoff(past_load, params.fitness_tau, grid)
    # planned training is fixed, not a decision; whom a starters' session concerns is not
    # known before the lineups are (planner.microcycle.planned_rows: the heavier group)
    training = planned_training_load(plan, grid.players, grid.days, unknown_lineups=True)
    past_fatigue = banister_at_kickoff(past_load + training, params.fatigue_tau, grid)
    capacity_ = capacity(fitness, params)
    base = readiness_from(past_fatigue, capacity_, params)

    gap = days[:, None] - days[None, :]  # gap[j, k] = days from fixture k to fixture j
    fatigue_decay = math.exp(-1 / params.fatigue_tau)
    carried = np.where(gap > 0, np.power(fatigue_decay, np.maximum(gap, 0)), 0.0)
    strain = 100.0 * params.fatigue_gain * per_minute[:, None]
    scale = np.divide(strain, capacity_, out=np.zeros_like(capacity_), where=capacity_ > 0)
    carried[:, grid.played] = 0.0  # a played fixture's load comes from its record (in base)
    drop = scale[:, :, None] * carried[None, :, :]

    previous = grid.previous_columns
    gap_before = days - grid.days[np.maximum(previous, 0)]
    close = (previous >= 0) & (gap_before < params.back_to_back_days)
    planned = np.isin(previous, grid.fixture_columns[~grid.played])
    # two fixtures on one day share a column; the first of them stands for both
    previous_fixture = np.where(
        close & planned, np.searchsorted(grid.fixture_columns, previous), -1
    )
    previous_past = np.where(close & ~planned, grid.past[:, np.maximum(previous, 0)], 0.0)
    return FatigueCoefficients(
        grid.players,
        grid.fixtures,
        base,
        drop,
        previous_fixture,
        previous_past,
        per_minute,
        chronic_floor(grid, params),
    )
