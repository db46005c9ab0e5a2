"""Load grid: every squad player x every day with a match or a recorded session, from the
first record to the last planned fixture, and the day-by-day filters of the load model (EWMA
and Banister).

Rest days carry load 0 and add nothing to a filter's weighted sum, so only days with load are
stored; the filters still count every calendar day through the decay exponents. Everything is
numpy over whole arrays; the only Python loop runs over fixtures.

The grid comes in two parts: the days with the past minutes and the load table's sessions
(``MatchDays``, from the history, the load table, the squad and the kickoff days: unchanged by
a lineup edit, so callers may keep it) and the planned minutes laid on top of them
(``build_grid``). What a day's load is: planner.fatigue.load.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planner.fatigue.load import SessionGrid, baseline_daily_load, session_grid
from planner.microcycle import planned_dates
from planner.minutes import lineup_minutes
from planner.played import MatchRecord, played_minutes

if TYPE_CHECKING:
    from planner.fixtures import Fixture
    from planner.lineup import Lineup
    from planner.model_params import ModelParams
    from planner.plan import Plan


@dataclass(frozen=True)
class MatchDays:
    """The team's match and session days (columns, in date order), the squad's past minutes
    and recorded sessions on them."""

    players: list[str]
    days: np.ndarray  # calendar day number (days since 1970-01-01) of each column, D
    past: np.ndarray  # minutes from the history (past matches), P x D
    fixture_columns: np.ndarray  # column of each fixture's kickoff day, F
    played: np.ndarray  # bool, F: played fixtures (their minutes are in past, from the record)
    match_day: np.ndarray  # bool, D: a team match day (history or fixture), not only sessions
    sessions: SessionGrid  # the load table on the grid

    @property
    def fixture_days(self) -> np.ndarray:
        return self.days[self.fixture_columns]

    @property
    def previous_columns(self) -> np.ndarray:
        """Column of the team's previous match before each fixture (-1 when none)."""
        marks = np.where(self.match_day, np.arange(len(self.days)), -1)
        before = np.maximum.accumulate(np.concatenate([[-1], marks]))  # [c]: last match < c
        return before[self.fixture_columns]

    @property
    def recorded(self) -> np.ndarray:
        """P x D: the player has recorded load that day (past minutes or a session)."""
        return (self.past > 0) | self.sessions.active


@dataclass(frozen=True)
class LoadGrid(MatchDays):
    """Minutes per player (rows, squad order) per team match day, past and planned."""

    fixtures: list[str]
    planned: np.ndarray  # planned (not played) minutes, P x D
    total: np.ndarray  # past and planned minutes, P x D
    fixture_minutes: np.ndarray  # minutes per player per fixture (played or planned), P x F
    started: np.ndarray  # bool, P x F


def match_days(plan: Plan) -> MatchDays:
    """The match and session days, past minutes and sessions of a plan (those of players no
    longer in the squad are ignored): everything of the grid but the planned minutes.

    Past minutes are the history's and the played fixtures' records. A history row on a played
    fixture's day for a player its record names is that match again (the record wins); any
    other history row is an appearance elsewhere (a reserve game) and adds to his load alone.
    """
    players = list(plan.players)
    kickoff_days = _day_numbers(pd.DatetimeIndex([f.kickoff for f in plan.fixtures]))
    history = _history_besides_records(plan, kickoff_days)
    past_days = _day_numbers(pd.DatetimeIndex(history["date"]))
    session_days = _day_numbers(pd.DatetimeIndex(plan.sessions["date"]))
    planned_days = _day_numbers(pd.DatetimeIndex(planned_dates(plan)))  # the training week
    days, (fixture_columns, past_columns, session_columns, _) = _columns(
        kickoff_days, past_days, session_days, planned_days
    )

    squad = pd.Index(players)
    rows = squad.get_indexer(pd.Index(history["player_id"]))
    keep = rows >= 0
    past = (
        np.bincount(
            rows[keep] * len(days) + past_columns[keep],
            weights=history["minutes"].to_numpy(dtype=float)[keep],
            minlength=len(players) * len(days),
        )
        .reshape(len(players), len(days))
        .astype(float)
    )  # bincount of nothing is int
    row_of = {pid: i for i, pid in enumerate(players)}
    played = np.zeros(len(plan.fixtures), dtype=bool)
    for j, fixture in enumerate(plan.fixtures):
        record = plan.records.get(fixture.id)
        if record is None:
            continue
        played[j] = True
        for pid, minutes in played_minutes(record, fixture).items():
            if pid in row_of:
                past[row_of[pid], fixture_columns[j]] += minutes
    sessions = session_grid(
        plan.sessions,
        squad.get_indexer(pd.Index(plan.sessions["player_id"])),
        session_columns,
        past.shape,
    )
    match_day = np.zeros(len(days), dtype=bool)
    match_day[fixture_columns] = match_day[past_columns] = True
    return MatchDays(players, days, past, fixture_columns, played, match_day, sessions)


def _history_besides_records(plan: Plan, kickoff_days: np.ndarray) -> pd.DataFrame:
    """The history without the rows a played fixture's record stands for (see match_days)."""
    history = plan.history
    if not plan.records or not len(history):
        return history
    days = _day_numbers(pd.DatetimeIndex(history["date"]))
    same_match = np.zeros(len(history), dtype=bool)
    for day, fixture in zip(kickoff_days, plan.fixtures, strict=True):
        record = plan.records.get(fixture.id)
        if record is not None:
            named = history["player_id"].isin(record.players()).to_numpy()
            same_match |= (days == day) & named
    return history[~same_match]


def build_grid(
    plan: Plan, days: MatchDays | None = None, planned: PlannedMinutes | None = None
) -> LoadGrid:
    """The load grid of a plan. days, when given, must be match_days(plan) (kept from before);
    planned, when given, keeps each lineup's minutes for the next call."""
    days = match_days(plan) if days is None else days
    planned = PlannedMinutes() if planned is None else planned
    fixture_minutes, started = planned.of(plan, days.players)
    planned_days = np.zeros_like(days.past)
    for j, column in enumerate(days.fixture_columns):
        if not days.played[j]:
            planned_days[:, column] += fixture_minutes[:, j]
    return LoadGrid(
        days.players,
        days.days,
        days.past,
        days.fixture_columns,
        days.played,
        days.match_day,
        days.sessions,
        [f.id for f in plan.fixtures],
        planned_days,
        days.past + planned_days,
        fixture_minutes,
        started,
    )


def _columns(*day_numbers: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The distinct days of all the arrays, in order, and each array's days as columns of
    them (a presence count over the span: linear, where sorting 60k session days is not)."""
    every = np.concatenate(day_numbers)
    if not len(every):
        return every, list(day_numbers)
    low = every.min()
    present = np.bincount(every - low) > 0
    column_of = np.cumsum(present) - 1
    return np.flatnonzero(present) + low, [column_of[d - low] for d in day_numbers]


_TICKS_PER_DAY = {"s": 86_400, "ms": 86_400_000, "us": 86_400_000_000, "ns": 86_400_000_000_000}


def _day_numbers(moments: pd.DatetimeIndex) -> np.ndarray:
    """Calendar day of each moment (local wall time) as whole days since 1970-01-01."""
    if moments.tz is not None:
        moments = moments.tz_localize(None)
    return np.asarray(moments.asi8 // _TICKS_PER_DAY[moments.unit], dtype=np.int64)


class PlannedMinutes:
    """Each fixture's minutes and starters as squad-order columns (a played fixture's from its
    record), kept per lineup: after a lineup edit only the edited fixture's lineup is read
    again."""

    def __init__(self) -> None:
        self._players: list[str] = []
        self._row: dict[str, int] = {}
        self._kept: dict[str, tuple[tuple, np.ndarray, np.ndarray]] = {}

    def of(self, plan: Plan, players: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Minutes and who starts, players x fixtures (planner.minutes.lineup_minutes, or
        planner.played.played_minutes for a played fixture)."""
        if players is not self._players and players != self._players:
            self._players, self._kept = players, {}
            self._row = {pid: i for i, pid in enumerate(players)}
        minutes = np.zeros((len(players), len(plan.fixtures)))
        started = np.zeros((len(players), len(plan.fixtures)), dtype=bool)
        added = plan.params.added_time_per_half
        kept = {}
        for j, fixture in enumerate(plan.fixtures):
            source = plan.records.get(fixture.id) or plan.lineups.get(fixture.id)
            if source is None:  # plan.lineup() would give an empty one: nobody plays
                continue
            content = (
                source
                if isinstance(source, MatchRecord)
                else (tuple(source.slots.values()), tuple(source.substitutions))
            )
            key = (fixture.rules, added, content)  # minutes follow the fixture's rules
            hit = self._kept.get(fixture.id)
            if hit is None or hit[0] != key:
                hit = (key, *self._columns(source, fixture, added))
            kept[fixture.id] = hit
            minutes[:, j], started[:, j] = hit[1], hit[2]
        self._kept = kept
        return minutes, started

    def _columns(
        self, source: Lineup | MatchRecord, fixture: Fixture, added_time_per_half: int
    ) -> tuple[np.ndarray, np.ndarray]:
        row = self._row
        minutes = np.zeros(len(row))
        started = np.zeros(len(row), dtype=bool)
        if isinstance(source, MatchRecord):
            played = played_minutes(source, fixture)
        else:
            played = lineup_minutes(source, fixture, added_time_per_half)
        for pid, value in played.items():
            if pid in row:
                minutes[row[pid]] = value
        for pid in source.starters():
            if pid in row and pid in played:
                started[row[pid]] = True
        return minutes, started


# -- day-by-day filters, read at kickoff -----------------------------------------------------
# Each filter is a first-order recurrence x_t = decay x x_(t-1) + gain x load_t, run day by day
# from 0. Only its value at each kickoff (that day's own load left out) is needed, which is the
# closed form sum over earlier days s of gain x decay^(kickoff - s) x load_s. Same numbers (to
# rounding) as running the recurrence, without importing scipy.signal (~0.9 s at start-up).
# Years of recorded days lie before the first kickoff: they are folded into one value at that
# kickoff by an elementwise product and sum, then decayed on to each later kickoff, so the only
# matrix product is over the few days from the first kickoff on (a multi-threaded BLAS product
# over every day took 5-10 ms on a loaded 2-core machine, waiting for its second thread).
@dataclass(frozen=True)
class KickoffFilter:
    """x_t = decay x x_(t-1) + gain x load_t, read at each kickoff day before its own load."""

    decay: float
    gain: float = 1.0

    @classmethod
    def ewma(cls, window_days: int) -> KickoffFilter:
        """EWMA_t = lambda x load_t + (1 - lambda) x EWMA_(t-1), lambda = 2 / (N + 1)
        (Williams et al. 2017)."""
        lam = ewma_lambda(window_days)
        return cls(1.0 - lam, lam)

    @classmethod
    def banister(cls, tau_days: float) -> KickoffFilter:
        """Banister component x_t = x_(t-1) x e^(-1/tau) + load_t."""
        return cls(math.exp(-1.0 / tau_days))

    def weights(self, ago: np.ndarray) -> np.ndarray:
        """Weight of a day's load in the value ago days later (0 unless ago > 0)."""
        return np.where(ago > 0, self.gain * np.power(self.decay, np.maximum(ago, 0)), 0.0)

    def at_kickoff(self, load: np.ndarray, days: MatchDays) -> np.ndarray:
        """P x D daily load -> P x F value at each kickoff day, before it."""
        kickoff = days.fixture_days
        if not len(kickoff):
            return np.zeros((len(load), 0))
        first = int(days.fixture_columns.min())
        folded = (load[:, :first] * self.weights(days.days[first] - days.days[:first])).sum(1)
        carried = folded[:, None] * np.power(self.decay, kickoff - days.days[first])
        tail = np.ascontiguousarray(self.weights(kickoff[None, :] - days.days[first:, None]))
        return carried + load[:, first:] @ tail

    def between_fixtures(self, days: MatchDays) -> np.ndarray:
        """F x F: load on fixture i's day @ this = its part of the value at each kickoff."""
        kickoff = days.fixture_days
        return self.weights(kickoff[None, :] - kickoff[:, None])


def ewma_lambda(window_days: int) -> float:
    """Williams et al. (2017): lambda = 2 / (N + 1)."""
    return 2.0 / (window_days + 1)


def banister_at_kickoff(load: np.ndarray, tau_days: float, days: MatchDays) -> np.ndarray:
    """P x D daily load -> P x F Banister component at each kickoff day, before it."""
    return KickoffFilter.banister(tau_days).at_kickoff(load, days)


def capacity(fitness_from_past: np.ndarray, params: ModelParams) -> np.ndarray:
    """k1 x fitness that readiness is measured against: fitness carried in from recorded load,
    never below the steady fitness of the baseline minutes a week (at least one minute a
    week, so that readiness stays linear in planned minutes even with a baseline of 0)."""
    daily = baseline_daily_load(params, max(params.baseline_minutes_per_week, 1))
    floor = daily / (1.0 - math.exp(-1.0 / params.fitness_tau))
    return params.fitness_gain * np.maximum(fitness_from_past, floor)


def chronic_floor(days: MatchDays, params: ModelParams) -> np.ndarray:
    """P x F: what the load ratio's chronic load is floored at, the baseline daily load for a
    player with a real history at that kickoff (see real_history), and never below
    LEAST_CHRONIC: a player with no load at all has ratio 0, in the table and the optimiser."""
    floor = np.where(real_history(days, params), baseline_daily_load(params), 0.0)
    return np.maximum(floor, LEAST_CHRONIC)


LEAST_CHRONIC = 1e-6  # AU a day: a chronic load below this counts as none


def real_history(days: MatchDays, params: ModelParams) -> np.ndarray:
    """P x F: at each kickoff, the player has a real history: recorded load within the last
    absence_days days, and his run of recorded load (no gap longer than absence_days) began
    at least chronic_days before the kickoff or goes back to the team's first record (the
    records start mid-career, so that day counts as a recorded day of every player). Before
    the team's first record nothing is known and everybody has one. Recorded load only:
    planned minutes change nothing.
    """
    recorded = days.recorded
    kickoff = days.fixture_days
    team = np.flatnonzero(recorded.any(axis=0))
    if not len(team):
        return np.ones((len(days.players), len(kickoff)), dtype=bool)
    recorded = recorded.copy()
    recorded[:, team[0]] = True
    columns = np.arange(len(days.days))
    last = np.maximum.accumulate(np.where(recorded, columns, -1), axis=1)
    previous = np.concatenate([np.full((len(last), 1), -1), last[:, :-1]], axis=1)
    gap = days.days - days.days[np.maximum(previous, 0)]
    begins = recorded & ((previous < 0) | (gap > params.absence_days))
    start = np.maximum.accumulate(np.where(begins, columns, -1), axis=1)
    # at a kickoff: the state after the column before it (that day's own load not counted)
    before = np.maximum(days.fixture_columns - 1, 0)
    last_at, start_at = last[:, before], start[:, before]
    first = days.days[team[0]]
    return (kickoff <= first) | (
        (kickoff - days.days[np.maximum(last_at, 0)] <= params.absence_days)
        & (
            (kickoff - days.days[np.maximum(start_at, 0)] >= params.chronic_days)
            | (start_at == team[0])
        )
    )


def readiness_from(fatigue: np.ndarray, capacity_: np.ndarray, params: ModelParams) -> np.ndarray:
    """0-100: Banister performance k1.C - k2.g as a share of the rested performance k1.C."""
    strain = params.fatigue_gain * fatigue
    share = np.divide(strain, capacity_, out=np.where(strain > 0, np.inf, 0.0), where=capacity_ > 0)
    return 100.0 * np.clip(1.0 - share, 0.0, 1.0)
