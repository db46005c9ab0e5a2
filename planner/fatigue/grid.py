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


# -- day-by-day filters, read at kickoff -----------------------------------------------------
# Each filter is a first-order recurrence x_t = decay x x_(t-1) + gain x load_t, run day by day
# from 0. Only its value at each kickoff (that day's own load left out) is needed, which is the
# closed form sum over earlier days s of gain x decay^(kickoff - s) x load_s: one matrix
# product of the daily grid with a days x fixtures weight matrix. Same numbers as running the
# recurrence (or scipy.signal.lfilter) without importing scipy.signal (~0.9 s at start-up).
def at_kickoff(load: np.ndarray, decay: float, days: np.ndarray, gain: float = 1.0) -> np.ndarray:
    """P x D daily load -> P x F value of the recurrence at each kickoff day, before it."""
    ago = days[None, :] - np.arange(load.shape[1])[:, None]  # D x F: days before kickoff
    weights = np.where(ago > 0, gain * np.power(decay, np.maximum(ago, 1), dtype=float), 0.0)
    return load @ weights


def ewma_lambda(window_days: int) -> float:
    """Williams et al. (2017): lambda = 2 / (N + 1)."""
    return 2.0 / (window_days + 1)


def ewma_at_kickoff(load: np.ndarray, window_days: int, days: np.ndarray) -> np.ndarray:
    """EWMA_t = lambda x load_t + (1 - lambda) x EWMA_(t-1), at each kickoff (pre-match)."""
    lam = ewma_lambda(window_days)
    return at_kickoff(load, 1.0 - lam, days, gain=lam)


def banister_at_kickoff(load: np.ndarray, tau_days: float, days: np.ndarray) -> np.ndarray:
    """Banister component x_t = x_(t-1) x e^(-1/tau) + load_t, at each kickoff (pre-match)."""
    return at_kickoff(load, math.exp(-1.0 / tau_days), days)


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
