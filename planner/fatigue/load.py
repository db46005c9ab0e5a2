"""Daily load in arbitrary units (AU), computed here and nowhere else (docs/fatigue-model.md,
"Load"): session-RPE (RPE x duration) where the load table gives an RPE, else the match
stand-in match_rpe x minutes x the player's position factor.

Minutes come from the history, the match records and the planned lineups; sessions from the
plan's load table (planner.sessions). A load-table match row on a day stands for that day's
recorded minutes of that player (the row wins), so a match is never counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planner.microcycle import planned_rows

if TYPE_CHECKING:
    from planner.model_params import ModelParams
    from planner.plan import Plan


@dataclass(frozen=True)
class SessionGrid:
    """The load table laid on a players x days grid (what no parameter changes)."""

    rpe_load: np.ndarray  # P x D: sum of RPE x duration of rows with an RPE
    match_minutes: np.ndarray  # P x D: duration of match rows without an RPE
    match_row: np.ndarray  # bool P x D: a match row covers that player's day
    active: np.ndarray  # bool P x D: a session of some duration that day
    training: np.ndarray  # P x D: the part of rpe_load from training and other rows


def session_grid(
    sessions: pd.DataFrame, rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]
) -> SessionGrid:
    """The load table's rows summed per player (rows: grid row, -1 = not in the squad) per day
    (columns: grid column)."""
    keep = rows >= 0
    cells = (rows * shape[1] + columns)[keep]
    size = shape[0] * shape[1]
    duration = sessions["duration"].to_numpy(float)[keep]
    rpe = sessions["rpe"].to_numpy(float)[keep]
    match = (sessions["kind"].to_numpy() == "match")[keep]
    known = ~np.isnan(rpe)

    def summed(weights: np.ndarray) -> np.ndarray:
        return np.bincount(cells, weights=weights, minlength=size).reshape(shape).astype(float)

    return SessionGrid(
        rpe_load=summed(np.where(known, rpe * duration, 0.0)),
        match_minutes=summed(np.where(match & ~known, duration, 0.0)),
        match_row=summed(match.astype(float)) > 0,
        active=summed((duration > 0).astype(float)) > 0,
        training=summed(np.where(known & ~match, rpe * duration, 0.0)),
    )


def planned_training_load(
    plan: Plan, players: list[str], days: np.ndarray, unknown_lineups: bool = False
) -> np.ndarray:
    """P x D session-RPE load of the planned training week (planner.microcycle.planned_rows)
    on the grid's days (calendar day numbers, which hold every planned date)."""
    shape = (len(players), len(days))
    if plan.training is None:
        return np.zeros(shape)
    rows = planned_rows(plan, unknown_lineups)
    day_numbers = rows["date"].to_numpy("datetime64[D]").astype(np.int64)
    rows_of = pd.Index(players).get_indexer(pd.Index(rows["player_id"]))
    return session_grid(rows, rows_of, np.searchsorted(days, day_numbers), shape).rpe_load


def row_loads(plan: Plan, rows: pd.DataFrame) -> np.ndarray:
    """Each load-table row's own load (AU): RPE x duration when it has an RPE, a match row
    without one match load per minute x duration (players out of the squad: match_rpe), else
    0 (docs/fatigue-model.md, "Load")."""
    squad = [p for p in rows["player_id"] if p in plan.players]
    per_minute = dict(zip(squad, load_per_minute(plan, squad), strict=True))
    rate = np.array([per_minute.get(p, plan.params.match_rpe) for p in rows["player_id"]])
    duration, rpe = rows["duration"].to_numpy(float), rows["rpe"].to_numpy(float)
    match = (rows["kind"] == "match").to_numpy()
    return np.where(np.isnan(rpe), np.where(match, rate * duration, 0.0), rpe * duration)


def load_per_minute(plan: Plan, players: list[str]) -> np.ndarray:
    """Match load per minute played (AU) per player, in the given order: match_rpe, times
    goalkeeper_load_factor for a player whose main position is GK."""
    params = plan.params
    goalkeeper = np.array([plan.players[p].main_position == "GK" for p in players], dtype=bool)
    return params.match_rpe * np.where(goalkeeper, params.goalkeeper_load_factor, 1.0)


def back_to_back_counts(plan: Plan, players: list[str]) -> np.ndarray:
    """Per player, in the given order: whether FIFPRO's back-to-back flag applies to him (an
    outfield player; a goalkeeper too when back_to_back_goalkeepers is set)."""
    if plan.params.back_to_back_goalkeepers:
        return np.ones(len(players), dtype=bool)
    return np.array([plan.players[p].main_position != "GK" for p in players], dtype=bool)


def minutes_load(minutes: np.ndarray, per_minute: np.ndarray) -> np.ndarray:
    """Load of a players x (days or fixtures) minutes array."""
    return per_minute[:, None] * minutes


def recorded_load(
    past_minutes: np.ndarray, sessions: SessionGrid, per_minute: np.ndarray
) -> np.ndarray:
    """P x D load of everything recorded: the load table's sessions and the past minutes of
    the days no load-table match row covers."""
    minutes = np.where(sessions.match_row, 0.0, past_minutes) + sessions.match_minutes
    return sessions.rpe_load + minutes_load(minutes, per_minute)


def baseline_daily_load(params: ModelParams, minutes_per_week: float | None = None) -> float:
    """Daily load of the baseline minutes a week (or of minutes_per_week) at match_rpe: it
    stands for training, which a goalkeeper does too, so no position factor."""
    weekly = params.baseline_minutes_per_week if minutes_per_week is None else minutes_per_week
    return params.match_rpe * weekly / 7.0
