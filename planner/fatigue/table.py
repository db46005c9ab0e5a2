"""``fatigue_table(plan)``: minutes, load, readiness and risk per squad player per fixture."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planner.fatigue.grid import (
    LoadGrid,
    banister_at_kickoff,
    baseline_daily_load,
    build_grid,
    capacity,
    ewma_at_kickoff,
    readiness_from,
)

if TYPE_CHECKING:
    from planner.model_params import ModelParams
    from planner.plan import Plan

RISK_LEVELS = ("low", "moderate", "high")


def fatigue_table(plan: Plan) -> pd.DataFrame:
    """One row per squad player per planned fixture, indexed (player_id, fixture_id).

    Every value is "at kickoff", before that match's own minutes, except ``minutes``,
    ``started`` and ``back_to_back`` (which needs this match's minutes too).
    Columns, model and thresholds: docs/fatigue-model.md.
    """
    grid = build_grid(plan)
    params = plan.params
    load = params.match_rpe * grid.total

    acute = ewma_at_kickoff(load, params.acute_days, grid)
    chronic = ewma_at_kickoff(load, params.chronic_days, grid)
    chronic_floor = np.maximum(chronic, baseline_daily_load(params))
    acwr = np.divide(acute, chronic_floor, out=np.full_like(acute, np.nan), where=chronic_floor > 0)

    fitness = banister_at_kickoff(params.match_rpe * grid.past, params.fitness_tau, grid)
    fatigue = banister_at_kickoff(load, params.fatigue_tau, grid)
    readiness = readiness_from(fatigue, capacity(fitness, params), params)

    days_rest, last_minutes = _last_appearance(grid)
    back_to_back = _back_to_back(grid, params)
    level = np.where(back_to_back | (acwr > params.acwr_high), 1, 0)
    level = np.where((acwr >= params.acwr_danger) | (readiness < params.readiness_red), 2, level)
    risk = pd.Categorical.from_codes(level.ravel(), categories=pd.Index(RISK_LEVELS), ordered=True)
    reasons = _reasons(
        days_rest.ravel(), acwr.ravel(), readiness.ravel(), back_to_back.ravel(),
        last_minutes.ravel(), params,
    )  # fmt: skip
    return _frame(
        grid,
        {
            "minutes": grid.fixture_minutes.astype(np.int64),
            "started": grid.started,
            "days_rest": days_rest,
            "minutes_last_7d": _minutes_before(grid, 7),
            "minutes_last_28d": _minutes_before(grid, 28),
            "acute": acute,
            "chronic": chronic,
            "acwr": acwr,
            "fitness": fitness,
            "fatigue": fatigue,
            "readiness": readiness,
            "back_to_back": back_to_back,
        },
        risk=risk,
        reasons=reasons,
    )


_cache: weakref.WeakKeyDictionary[Plan, tuple[int, pd.DataFrame]] = weakref.WeakKeyDictionary()


def cached_fatigue_table(plan: Plan) -> pd.DataFrame:
    """fatigue_table(plan), computed once per plan revision (treat the result as read-only).

    Changes made through Plan methods bump the revision; direct attribute edits do not.
    """
    hit = _cache.get(plan)
    if hit is not None and hit[0] == plan.revision:
        return hit[1]
    table = fatigue_table(plan)
    _cache[plan] = (plan.revision, table)
    return table


def _frame(grid: LoadGrid, columns: dict[str, np.ndarray], **more: object) -> pd.DataFrame:
    """One row per player per fixture (player-major); columns P x F arrays, then more."""
    n_players, n_fixtures = len(grid.players), len(grid.fixtures)
    index = pd.MultiIndex(
        levels=[grid.players, grid.fixtures],
        codes=[
            np.repeat(np.arange(n_players), n_fixtures).tolist(),
            np.tile(np.arange(n_fixtures), n_players).tolist(),
        ],
        names=["player_id", "fixture_id"],
        verify_integrity=False,
    )
    data = {name: values.ravel() for name, values in columns.items()}
    return pd.DataFrame(data | more, index=index)


def _minutes_before(grid: LoadGrid, window: int) -> np.ndarray:
    """Minutes played in the window days before each kickoff day (that day excluded)."""
    ago = grid.days_before
    inside = np.ascontiguousarray((ago > 0) & (ago <= window), dtype=float)
    return (grid.total @ inside).round().astype(np.int64)


def _last_appearance(grid: LoadGrid) -> tuple[np.ndarray, np.ndarray]:
    """Days since and minutes of each player's last appearance before each kickoff day."""
    total = grid.total
    played_in = np.where(total > 0, np.arange(total.shape[1]), -1)
    last = np.maximum.accumulate(played_in, axis=1)
    last = np.concatenate([np.full((total.shape[0], 1), -1), last], axis=1)[:, grid.fixture_columns]
    seen = last >= 0
    days_rest = np.where(seen, grid.fixture_days - grid.days[np.maximum(last, 0)], np.nan)
    last_minutes = np.where(seen, np.take_along_axis(total, np.maximum(last, 0), 1), 0.0)
    return days_rest, last_minutes


def _back_to_back(grid: LoadGrid, params: ModelParams) -> np.ndarray:
    """FIFPRO critical zone: 45+ min in this fixture and in the team's previous match, fewer
    than back_to_back_days apart."""
    previous = grid.previous_columns
    gap = grid.fixture_days - grid.days[np.maximum(previous, 0)]
    close = (previous >= 0) & (gap < params.back_to_back_days)
    before = grid.total[:, np.maximum(previous, 0)]
    enough = params.back_to_back_minutes
    return close & (before >= enough) & (grid.fixture_minutes >= enough)


def _reasons(
    days_rest: np.ndarray,
    acwr: np.ndarray,
    readiness: np.ndarray,
    back_to_back: np.ndarray,
    last_minutes: np.ndarray,
    params: ModelParams,
) -> list[str]:
    """Short text per row, in the coach's words, saying why the risk is what it is."""
    recent = days_rest < params.back_to_back_days
    flagged = recent | back_to_back | (acwr > params.acwr_high) | (readiness < params.readiness_red)
    texts = [""] * len(days_rest)
    for i in np.flatnonzero(flagged):
        parts = []
        if recent[i]:
            days = int(days_rest[i])
            parts.append(f"{last_minutes[i]:.0f} min {days} day{'s' if days != 1 else ''} ago")
        if back_to_back[i]:
            parts.append(
                f"{params.back_to_back_minutes}+ min in consecutive matches "
                f"< {params.back_to_back_days} days apart"
            )
        if acwr[i] >= params.acwr_danger:
            parts.append(f"load ratio {acwr[i]:.2f} (danger zone from {params.acwr_danger:g})")
        elif acwr[i] > params.acwr_high:
            parts.append(f"load ratio {acwr[i]:.2f} (above {params.acwr_high:g})")
        if readiness[i] < params.readiness_red:
            parts.append(f"readiness {readiness[i]:.0f} (red below {params.readiness_red})")
        texts[i] = "; ".join(parts)
    return texts
