"""``fatigue_table(plan)``: minutes, load, readiness and risk per squad player per fixture.

``cached_fatigue_table(plan)`` keeps, per plan, what a lineup edit leaves alone: the days, past
minutes and sessions (while the history and load-table objects, the squad, the kickoff days and
the match records stay the same), the recorded load, the filters' weight matrices, fitness and
the chronic floor (while the parameters and each player's load per minute stay too), the row
index, and the reasons of rows whose numbers did not move. The planned minutes then go
through the same products as in a cold computation, so the numbers are the same to the bit.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

import planner.wording.fatigue  # noqa: F401  (registers the wording of the reasons)
from planner.fatigue.grid import (
    KickoffFilter,
    LoadGrid,
    MatchDays,
    PlannedMinutes,
    banister_at_kickoff,
    build_grid,
    capacity,
    chronic_floor,
    match_days,
    readiness_from,
)
from planner.fatigue.load import (
    back_to_back_counts,
    load_per_minute,
    minutes_load,
    planned_training_load,
    recorded_load,
)
from planner.fatigue.scale import in_red
from planner.wording import Message
from planner.wording.common import joined

if TYPE_CHECKING:
    from planner.model_params import ModelParams
    from planner.plan import Plan

RISK_LEVELS = ("low", "moderate", "high")
_RISK = pd.CategoricalDtype(pd.Index(RISK_LEVELS), ordered=True)


def fatigue_table(plan: Plan) -> pd.DataFrame:
    """One row per squad player per planned fixture, indexed (player_id, fixture_id).

    Every value is "at kickoff", before that match's own minutes, except ``minutes``,
    ``started`` and ``back_to_back`` (which needs this match's minutes too).
    Columns, model and thresholds: docs/fatigue-model.md.
    """
    return _Model().table(plan)


def cached_fatigue_table(plan: Plan) -> pd.DataFrame:
    """fatigue_table(plan), computed once per plan revision (treat the result as read-only).

    Changes made through Plan methods bump the revision; direct attribute edits do not. The
    history DataFrame is taken as unchanging while it is the same object (Plan.set_history and
    Plan.restore put in a new one).
    """
    model = _models.get(plan)
    if model is None:
        model = _models[plan] = _Model()
    if model.revision != plan.revision or model.last is None:
        model.last, model.revision = model.table(plan), plan.revision
    return model.last


@dataclass(frozen=True)
class _FromHistory:
    """What the days, the past minutes, the sessions, the parameters and the load per minute
    give before any lineup is read: each filter's value at each kickoff from the recorded load
    and the fixtures x fixtures weights that add a planned match's load to it, fitness,
    capacity and the chronic floor, and the past parts of the minutes windows and last
    appearances."""

    per_minute: np.ndarray  # P: match load per minute
    filters: dict[str, tuple[np.ndarray, np.ndarray, KickoffFilter]]  # name: (recorded P x F,
    # planned F x F, the filter itself for other daily load: the planned training week)
    fitness: np.ndarray
    capacity: np.ndarray
    chronic_floor: np.ndarray  # P x F
    windows: dict[int, tuple[np.ndarray, np.ndarray]]  # days: (past P x F, planned F x F)
    week_recorded: np.ndarray  # P x F: recorded load in the 7 days before each kickoff
    week_training: np.ndarray  # P x F: recorded training load in those 7 days
    last_past: np.ndarray  # P x F: column of the last past appearance before each kickoff
    planned_columns: np.ndarray  # U: columns holding planned (not yet played) fixtures
    earlier: np.ndarray  # U x F: that column lies before the kickoff's

    @classmethod
    def of(cls, days: MatchDays, params: ModelParams, per_minute: np.ndarray) -> _FromHistory:
        load = recorded_load(days.past, days.sessions, per_minute)
        fitness = banister_at_kickoff(load, params.fitness_tau, days)
        planned_columns = np.unique(days.fixture_columns[~days.played])
        filters = {
            "acute": KickoffFilter.ewma(params.acute_days),
            "chronic": KickoffFilter.ewma(params.chronic_days),
            "fatigue": KickoffFilter.banister(params.fatigue_tau),
        }
        return cls(
            per_minute=per_minute,
            filters={
                name: (kind.at_kickoff(load, days), kind.between_fixtures(days), kind)
                for name, kind in filters.items()
            },
            fitness=fitness,
            capacity=capacity(fitness, params),
            chronic_floor=chronic_floor(days, params),
            windows={window: _window(days, window) for window in (7, 28)},
            week_recorded=_before_kickoff(load, days, 7),
            week_training=_before_kickoff(days.sessions.training, days, 7),
            last_past=_last_column(days.past > 0, days, planned_columns),
            planned_columns=planned_columns,
            earlier=planned_columns[:, None] < days.fixture_columns[None, :],
        )

    def at_kickoff(
        self, name: str, planned_load: np.ndarray, days: MatchDays, daily: np.ndarray | None
    ) -> np.ndarray:
        """P x F: a filter's value at each kickoff, with the planned fixtures' load (P x F)
        and, when given, other planned daily load (P x D: the training week)."""
        recorded, planned, kind = self.filters[name]
        value = recorded + planned_load @ planned
        return value if daily is None else value + kind.at_kickoff(daily, days)


class _Model:
    """The fatigue model of one plan, with what the next revision may reuse (see the module
    docstring); a new one computes everything."""

    def __init__(self) -> None:
        self.revision = -1
        self.last: pd.DataFrame | None = None
        self._history: pd.DataFrame | None = None  # held so that its identity stays unique
        self._sessions: pd.DataFrame | None = None  # likewise
        self._days_key: tuple = ()
        self._days: MatchDays | None = None
        self._params: ModelParams | None = None
        self._terms_days: MatchDays | None = None
        self._terms: _FromHistory | None = None
        self._index_key: tuple = ()
        self._index: pd.MultiIndex | None = None
        self._planned = PlannedMinutes()
        self._reasons = _Reasons()

    def table(self, plan: Plan) -> pd.DataFrame:
        days = self._match_days(plan)
        params = plan.params
        terms = self._from_history(days, params, load_per_minute(plan, days.players))
        grid = build_grid(plan, days, self._planned)
        planned = minutes_load(grid.fixture_minutes * ~grid.played, terms.per_minute)
        week_load = terms.week_recorded + planned @ terms.windows[7][1]
        week_training = terms.week_training
        training = None
        if plan.training is not None:  # planned sessions: more load rows (planner.microcycle)
            training = planned_training_load(plan, days.players, days.days)
            trained = _before_kickoff(training, days, 7)
            week_training, week_load = week_training + trained, week_load + trained

        acute = terms.at_kickoff("acute", planned, days, training)
        chronic = terms.at_kickoff("chronic", planned, days, training)
        chronic_floor = np.maximum(chronic, terms.chronic_floor)
        acwr = np.divide(
            acute, chronic_floor, out=np.full_like(acute, np.nan), where=chronic_floor > 0
        )
        fatigue = terms.at_kickoff("fatigue", planned, days, training)
        readiness = readiness_from(fatigue, terms.capacity, params)

        days_rest, last_minutes = _last_appearance(grid, terms)
        back_to_back = (
            _back_to_back(grid, params) & back_to_back_counts(plan, grid.players)[:, None]
        )
        training_share = np.divide(
            week_training, week_load, out=np.zeros_like(week_load), where=week_load > 0
        )
        reasons = self._reasons.of(
            days_rest.ravel(), acwr.ravel(), readiness.ravel(), back_to_back.ravel(),
            last_minutes.ravel(), week_training.ravel(), training_share.ravel(), params,
        )  # fmt: skip
        columns = {
            "minutes": grid.fixture_minutes.astype(np.int64),
            "started": grid.started,
            "days_rest": days_rest,
            "minutes_last_7d": _minutes_before(grid, terms.windows[7]),
            "minutes_last_28d": _minutes_before(grid, terms.windows[28]),
            "acute": acute,
            "chronic": chronic,
            "acwr": acwr,
            "fitness": terms.fitness,
            "fatigue": fatigue,
            "readiness": readiness,
            "back_to_back": back_to_back,
            "training_share": training_share,
        }
        data = {name: values.ravel() for name, values in columns.items()}
        risk = _risk(acwr, readiness, back_to_back, params)
        return pd.DataFrame(data | {"risk": risk, "reasons": reasons}, index=self._index_of(grid))

    def _match_days(self, plan: Plan) -> MatchDays:
        key = (
            tuple(plan.players),
            tuple((f.kickoff, f.kickoff.tzinfo) for f in plan.fixtures),
            tuple(
                (f.rules, plan.records[f.id])  # a record's periods follow its fixture's rules
                for f in plan.fixtures
                if f.id in plan.records
            ),
            plan.training,  # the planned training's dates are columns
        )
        if (
            self._days is None
            or plan.history is not self._history
            or plan.sessions is not self._sessions
            or key != self._days_key
        ):
            self._history, self._sessions, self._days_key = plan.history, plan.sessions, key
            self._days = match_days(plan)
        return self._days

    def _from_history(
        self, days: MatchDays, params: ModelParams, per_minute: np.ndarray
    ) -> _FromHistory:
        if (
            self._terms is None
            or days is not self._terms_days
            or params != self._params
            or not np.array_equal(per_minute, self._terms.per_minute)
        ):
            self._terms = _FromHistory.of(days, params, per_minute)
            self._terms_days, self._params = days, params
        return self._terms

    def _index_of(self, grid: LoadGrid) -> pd.MultiIndex:
        """Rows player-major: every fixture of the first player, then the next player..."""
        key = (tuple(grid.players), tuple(grid.fixtures))
        if self._index is None or key != self._index_key:
            n_players, n_fixtures = len(grid.players), len(grid.fixtures)
            self._index_key = key
            self._index = pd.MultiIndex(
                levels=[grid.players, grid.fixtures],
                codes=[
                    np.repeat(np.arange(n_players), n_fixtures).tolist(),
                    np.tile(np.arange(n_fixtures), n_players).tolist(),
                ],
                names=["player_id", "fixture_id"],
                verify_integrity=False,
            )
        return self._index


_models: weakref.WeakKeyDictionary[Plan, _Model] = weakref.WeakKeyDictionary()


def _window(days: MatchDays, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Minutes in the window days before each kickoff (that day excluded) = the first (past,
    P x F) + planned minutes @ the second (whole minutes: exact in any order)."""
    kickoff = days.fixture_days
    ago = kickoff[None, :] - kickoff[:, None]
    planned = ((ago > 0) & (ago <= window)) * ~days.played[:, None]
    return _before_kickoff(days.past, days, window), planned.astype(float)


def _before_kickoff(daily: np.ndarray, days: MatchDays, window: int) -> np.ndarray:
    """P x D daily values -> P x F: their sum over the window days before each kickoff (that
    day excluded), by running sums (no product over every day)."""
    running = np.concatenate([np.zeros((len(daily), 1)), np.cumsum(daily, axis=1)], 1)
    start = np.searchsorted(days.days, days.fixture_days - window)
    return running[:, days.fixture_columns] - running[:, start]


def _minutes_before(grid: LoadGrid, window: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Minutes played in the window days before each kickoff day (that day excluded)."""
    past, planned = window
    return (past + grid.fixture_minutes @ planned).round().astype(np.int64)


def _last_column(appeared: np.ndarray, days: MatchDays, skipped: np.ndarray) -> np.ndarray:
    """P x F: last column before each kickoff where appeared is True (-1 if none), the skipped
    columns left out."""
    appeared = appeared.copy()
    appeared[:, skipped] = False
    last = np.maximum.accumulate(np.where(appeared, np.arange(appeared.shape[1]), -1), axis=1)
    return np.concatenate([np.full((len(last), 1), -1), last], axis=1)[:, days.fixture_columns]


def _last_appearance(grid: LoadGrid, terms: _FromHistory) -> tuple[np.ndarray, np.ndarray]:
    """Days since and minutes of each player's last appearance before each kickoff day."""
    columns = terms.planned_columns
    planned = np.where(grid.total[:, columns] > 0, columns, -1)  # P x U
    last_planned = np.where(terms.earlier, planned[:, :, None], -1).max(axis=1, initial=-1)
    last = np.maximum(terms.last_past, last_planned)
    seen = last >= 0
    days_rest = np.where(seen, grid.fixture_days - grid.days[np.maximum(last, 0)], np.nan)
    last_minutes = np.where(seen, np.take_along_axis(grid.total, np.maximum(last, 0), 1), 0.0)
    return days_rest, last_minutes


def _back_to_back(grid: LoadGrid, params: ModelParams) -> np.ndarray:
    """FIFPRO critical zone: 45+ min in this fixture and in the team's previous match, fewer
    than back_to_back_days apart (whoever plays: back_to_back_counts says whom it concerns)."""
    previous = grid.previous_columns
    gap = grid.fixture_days - grid.days[np.maximum(previous, 0)]
    close = (previous >= 0) & (gap < params.back_to_back_days)
    before = grid.total[:, np.maximum(previous, 0)]
    enough = params.back_to_back_minutes
    return close & (before >= enough) & (grid.fixture_minutes >= enough)


def _risk(
    acwr: np.ndarray, readiness: np.ndarray, back_to_back: np.ndarray, params: ModelParams
) -> pd.Categorical:
    """high: load ratio in the danger zone or readiness red; moderate: load ratio above the
    high mark or back-to-back; else low."""
    level = np.where(back_to_back | (acwr > params.acwr_high), 1, 0)
    level = np.where((acwr >= params.acwr_danger) | in_red(readiness, params), 2, level)
    return pd.Categorical.from_codes(level.ravel(), dtype=_RISK, validate=False)


TRAINING_SHARE = 0.5  # of the last 7 days' load: training drives the flag
REASONS = ("readiness_red", "load_danger", "back_to_back", "load_high", "training", "recent")
"""Why a row's risk is raised, most telling first (keys of reason_flags)."""


def reason_flags(
    days_rest: np.ndarray,
    acwr: np.ndarray,
    readiness: np.ndarray,
    back_to_back: np.ndarray,
    training_share: np.ndarray,
    params: ModelParams,
) -> dict[str, np.ndarray]:
    """One boolean array per reason in REASONS, over the fatigue table's columns of the same
    names: readiness in the red, load ratio in the danger zone or above the high mark (not
    both), back-to-back matches, training at least TRAINING_SHARE of the last 7 days' load
    when readiness or the load ratio is flagged, a match fewer than back_to_back_days ago."""
    danger = acwr >= params.acwr_danger
    red, high = in_red(readiness, params), (acwr > params.acwr_high) & ~danger
    return {
        "readiness_red": red,
        "load_danger": danger,
        "back_to_back": np.asarray(back_to_back, dtype=bool),
        "load_high": high,
        "training": (red | danger | high) & (training_share >= TRAINING_SHARE),
        "recent": days_rest < params.back_to_back_days,
    }


class _Reasons:
    """The reasons of the last table; only rows whose inputs changed are made again."""

    def __init__(self) -> None:
        self._params: ModelParams | None = None
        self._inputs = np.empty((0, 7), dtype=np.int64)
        self._texts: list[Message | str] = []

    def of(
        self,
        days_rest: np.ndarray,
        acwr: np.ndarray,
        readiness: np.ndarray,
        back_to_back: np.ndarray,
        last_minutes: np.ndarray,
        week_training: np.ndarray,
        training_share: np.ndarray,
        params: ModelParams,
    ) -> list[Message | str]:
        """Per row, why the risk is what it is: a Message to word (planner/wording/fatigue.py),
        "" for a row with no reason."""
        flags = reason_flags(days_rest, acwr, readiness, back_to_back, training_share, params)
        recent, red = flags["recent"], flags["readiness_red"]
        flagged = np.logical_or.reduce(list(flags.values()))
        # bit patterns, so that NaN equals NaN and any change at all counts
        inputs = np.column_stack(
            [days_rest, acwr, readiness, back_to_back, last_minutes, week_training, training_share]
        )
        inputs = inputs.view(np.int64)
        if params == self._params and inputs.shape == self._inputs.shape:
            changed = (inputs != self._inputs).any(axis=1)
            texts = list(self._texts)
            for i in np.flatnonzero(changed & ~flagged):
                texts[i] = ""
        else:
            changed, texts = np.ones(len(flagged), dtype=bool), [""] * len(flagged)
        for i in np.flatnonzero(changed & flagged):
            parts: list[Message | str] = []
            if recent[i]:
                days = int(days_rest[i])
                parts.append(
                    Message(
                        "fatigue.recent_one_day" if days == 1 else "fatigue.recent",
                        {"minutes": round(float(last_minutes[i])), "days": days},
                    )
                )
            if back_to_back[i]:
                parts.append(
                    Message(
                        "fatigue.back_to_back",
                        {"minutes": params.back_to_back_minutes, "days": params.back_to_back_days},
                    )
                )
            if flags["load_danger"][i]:
                ratio = {"ratio": float(acwr[i]), "limit": params.acwr_danger}
                parts.append(Message("fatigue.load_danger", ratio))
            elif flags["load_high"][i]:
                ratio = {"ratio": float(acwr[i]), "limit": params.acwr_high}
                parts.append(Message("fatigue.load_high", ratio))
            if flags["training"][i]:
                parts.append(Message("fatigue.training", {"load": round(week_training[i])}))
            if red[i]:
                parts.append(
                    Message(
                        "fatigue.readiness_red",
                        {"readiness": float(readiness[i]), "limit": params.readiness_red},
                    )
                )
            texts[i] = joined(parts, "list.semicolons")
        self._params, self._inputs, self._texts = params, inputs, texts
        return texts
