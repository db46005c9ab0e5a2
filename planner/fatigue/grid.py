"""Daily load grid: every squad player x every day from the first recorded match to the last
planned fixture, with the day-by-day filters of the load model (EWMA and Banister).

Everything here is numpy over whole arrays; the only Python loop runs over fixtures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy.signal import lfilter

from planner.minutes import planned_minutes

if TYPE_CHECKING:
    from planner.model_params import ModelParams
    from planner.plan import Plan


@dataclass(frozen=True)
class LoadGrid:
    """Minutes per player (rows, squad order) per day (columns, day 0 = ``start``)."""

    players: list[str]
    fixtures: list[str]
    start: pd.Timestamp
    past: np.ndarray  # minutes from the history (past matches), P x D
    planned: np.ndarray  # minutes from the plan's lineups, P x D
    fixture_days: np.ndarray  # day index of each fixture's kickoff, F
    fixture_minutes: np.ndarray  # planned minutes per player per fixture, P x F
    started: np.ndarray  # bool, P x F
    previous_match_day: np.ndarray  # day of the team's previous match before each fixture, -1 none

    @property
    def total(self) -> np.ndarray:
        return self.past + self.planned


def build_grid(plan: Plan) -> LoadGrid:
    """The load grid of a plan (past minutes of players no longer in the squad are ignored)."""
    players = list(plan.players)
    fixtures = [f.id for f in plan.fixtures]
    kickoff_days = pd.DatetimeIndex([f.kickoff for f in plan.fixtures]).normalize()
    history = plan.history
    history_days = pd.DatetimeIndex(history["date"]).normalize()
    all_days = kickoff_days.append(history_days)
    start = all_days.min() if len(all_days) else pd.Timestamp(0)
    end = all_days.max() if len(all_days) else start
    n_days = (end - start).days + 1
    n_players = len(players)

    past = _daily_minutes(
        pd.Categorical(history["player_id"], categories=players).codes,
        np.asarray((history_days - start).days, dtype=np.int64),
        history["minutes"].to_numpy(dtype=float),
        n_players,
        n_days,
    )
    fixture_days = np.asarray((kickoff_days - start).days, dtype=np.int64)
    fixture_minutes, started = _fixture_minutes(plan, players, fixtures)
    planned = np.zeros((n_players, n_days))
    for j, day in enumerate(fixture_days):
        planned[:, day] += fixture_minutes[:, j]

    team_days = np.unique(np.concatenate([fixture_days, (history_days - start).days]))
    before = np.searchsorted(team_days, fixture_days, side="left") - 1
    previous = np.where(before >= 0, team_days[np.maximum(before, 0)], -1)
    return LoadGrid(
        players, fixtures, start, past, planned, fixture_days, fixture_minutes, started, previous
    )


def _daily_minutes(
    player_codes: np.ndarray, days: np.ndarray, minutes: np.ndarray, n_players: int, n_days: int
) -> np.ndarray:
    keep = player_codes >= 0
    flat = player_codes[keep].astype(np.int64) * n_days + days[keep]
    summed = np.bincount(flat, weights=minutes[keep], minlength=n_players * n_days)
    return summed.reshape(n_players, n_days)


def _fixture_minutes(
    plan: Plan, players: list[str], fixtures: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    long = planned_minutes(plan)
    rows = pd.Categorical(long["player_id"], categories=players).codes
    cols = pd.Categorical(long["fixture_id"], categories=fixtures).codes
    keep = rows >= 0
    minutes = np.zeros((len(players), len(fixtures)))
    started = np.zeros((len(players), len(fixtures)), dtype=bool)
    np.add.at(minutes, (rows[keep], cols[keep]), long["minutes"].to_numpy(dtype=float)[keep])
    started[rows[keep], cols[keep]] = long["started"].to_numpy(dtype=bool)[keep]
    return minutes, started


# -- day-by-day filters ---------------------------------------------------------------------
def ewma_lambda(window_days: int) -> float:
    """Williams et al. (2017): lambda = 2 / (N + 1)."""
    return 2.0 / (window_days + 1)


def ewma(load: np.ndarray, window_days: int) -> np.ndarray:
    """EWMA_t = lambda x load_t + (1 - lambda) x EWMA_(t-1), from 0, along each row."""
    lam = ewma_lambda(window_days)
    return lfilter([lam], [1.0, lam - 1.0], load, axis=1)


def impulse(load: np.ndarray, tau_days: float) -> np.ndarray:
    """Banister component: x_t = x_(t-1) x e^(-1/tau) + load_t, from 0, along each row."""
    return lfilter([1.0], [1.0, -math.exp(-1.0 / tau_days)], load, axis=1)


def before_kickoff(series: np.ndarray, decay: float, days: np.ndarray) -> np.ndarray:
    """Each row's value on each kickoff day with that day's own load left out:
    decay x value of the day before (0 before the first day). P x D -> P x F."""
    padded = np.concatenate([np.zeros((series.shape[0], 1)), series], axis=1)
    return decay * padded[:, days]


def baseline_daily_load(params: ModelParams) -> float:
    """Daily session load of the baseline minutes a week (the floor for chronic load)."""
    return params.match_rpe * params.baseline_minutes_per_week / 7.0


def capacity(fitness_from_past: np.ndarray, params: ModelParams) -> np.ndarray:
    """k1 x fitness that readiness is measured against: fitness carried in from past matches,
    never below the steady fitness of the baseline minutes a week."""
    floor = baseline_daily_load(params) / (1.0 - math.exp(-1.0 / params.fitness_tau))
    return params.fitness_gain * np.maximum(fitness_from_past, floor)


def readiness_from(fatigue: np.ndarray, capacity_: np.ndarray, params: ModelParams) -> np.ndarray:
    """0-100: Banister performance k1.C - k2.g as a share of the rested performance k1.C."""
    strain = params.fatigue_gain * fatigue
    share = np.divide(strain, capacity_, out=np.where(strain > 0, np.inf, 0.0), where=capacity_ > 0)
    return 100.0 * np.clip(1.0 - share, 0.0, 1.0)
