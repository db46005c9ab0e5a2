"""One player's daily load split by source, for the load chart: matches played, matches
planned and training (recorded sessions and planned ones), in AU, from the same functions
the fatigue table sums (planner.fatigue.load)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from planner.fatigue.grid import build_grid
from planner.fatigue.load import (
    load_per_minute,
    minutes_load,
    planned_training_load,
    recorded_load,
)

if TYPE_CHECKING:
    from planner.plan import Plan

EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class DailyLoad:
    """Per day (dates in order) of one player: load of matches played, matches planned and
    training; their sum is the daily load the fatigue model reads."""

    days: list[date]
    match_played: np.ndarray
    match_planned: np.ndarray
    training: np.ndarray


def daily_load(plan: Plan, player_id: str) -> DailyLoad:
    """player_id's load on every day of the fatigue grid (days with a match or a session)."""
    grid = build_grid(plan)
    row = grid.players.index(player_id)
    per_minute = load_per_minute(plan, grid.players)
    recorded = recorded_load(grid.past, grid.sessions, per_minute)[row]
    training_recorded = grid.sessions.training[row]
    planned_training = planned_training_load(plan, grid.players, grid.days)[row]
    return DailyLoad(
        [EPOCH + timedelta(days=int(n)) for n in grid.days],
        recorded - training_recorded,
        minutes_load(grid.planned, per_minute)[row],
        training_recorded + planned_training,
    )
