"""The baseline a suggestion is measured against, and its fallback when the exact model cannot
be built in time: fixture by fixture, slot by slot, the best available player on the day (full
matches, no planned substitutions), within the same hard rules (locks, availability, doubtful
players only on the bench, minutes caps, readiness floors, no high-risk starter in key games).
Vectorised over the squad (numpy), so a 3,000-player season is picked in about a second."""

from __future__ import annotations

import numpy as np

from planner.fatigue.scale import in_red
from planner.formations import Slot
from planner.lineup import BENCH, Lineup
from planner.plan import Plan
from planner.suggest.instance import (
    ANY_SLOT,
    FixtureData,
    Instance,
    SuggestionError,
    build_instance,
)
from planner.suggest.options import SuggestOptions
from planner.wording import Message
from planner.wording.common import joined
from planner.wording.positions import position_name
from planner.wording.suggest import suggestion_problem


def greedy_plan(plan: Plan, options: SuggestOptions | None = None) -> Plan:
    """A new plan with pick-best-available lineups; SuggestionError if it gets stuck."""
    result = plan.copy()
    for fid, lineup in greedy_lineups(build_instance(plan, options or SuggestOptions())).items():
        result.set_lineup(fid, lineup)
    result.revision = 0
    return result


def greedy_lineups(inst: Instance) -> dict[str, Lineup]:
    """Pick-best-available lineups per fixture id, in kickoff order."""
    squad = _Squad(inst)
    lineups = {}
    for fx in inst.fixtures:
        lineup = _pick(inst, fx, squad)
        full = max(s.minutes for s in fx.stints)
        squad.minutes[squad.rows(lineup.starters()), squad.column(fx)] = full
        lineups[fx.fixture.id] = lineup
    return lineups


class _Squad:
    """Per player (the readiness terms' rows): planned minutes so far, cap and floor."""

    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        index = inst.readiness.index
        self.index = index.players
        self.minutes = np.zeros((len(index.players), len(index.fixtures)))
        ids = list(index.players)
        targets = inst.plan.targets
        self.cap = np.array(
            [
                np.inf
                if pid not in targets or targets[pid].maximum is None
                else float(targets[pid].maximum)  # type: ignore[arg-type]
                for pid in ids
            ]
        )
        self.floor = np.array([inst.floors.get(pid, -np.inf) for pid in ids])

    def rows(self, pids: list[str]) -> np.ndarray:
        return np.array([self.index[pid] for pid in pids], dtype=np.int64)

    def column(self, fx: FixtureData) -> int:
        return self.inst.readiness.index.fixtures[fx.fixture.id]

    def load(self, rows: np.ndarray, per_minute: np.ndarray) -> np.ndarray:
        """What the minutes planned so far add to a linear term, for these players."""
        return (per_minute[rows] * self.minutes[rows]).sum(axis=1)


def _pick(inst: Instance, fx: FixtureData, squad: _Squad) -> Lineup:
    lineup = Lineup(inst.plan.lineup(fx.fixture.id).formation)
    benched = [pid for pid, place in fx.locks.items() if place == BENCH]
    anywhere = [pid for pid, place in fx.locks.items() if place == ANY_SLOT]
    for pid, place in fx.locks.items():
        if place not in (BENCH, ANY_SLOT):
            lineup.slots[place] = pid
    for pid in anywhere:  # locked to start, in the free slot where he is worth most
        free_slots = [s for s in fx.slots if lineup.slots[s.name] is None]
        _place_locked(inst, fx, lineup, pid, free_slots)
    # ties go to the last id, as they always have
    free = sorted(
        (pid for pid in fx.candidates if fx.may_start(pid) and pid not in benched), reverse=True
    )
    rows = squad.rows(free)
    fid = fx.fixture.id
    readiness = inst.readiness.base.column(fid)[rows] - squad.load(
        rows, inst.readiness.per_minute.at(fid)
    )
    fatigue = inst.fatigue_rates[rows] * (100.0 - readiness)
    open_ = _allowed(inst, fx, squad, rows, readiness)
    open_[[i for i, pid in enumerate(free) if pid in lineup.starters()]] = False
    for slot in fx.slots:
        if lineup.slots[slot.name] is not None:
            continue
        value = np.where(open_, inst.strengths(slot.role)[rows] - fatigue, -np.inf)
        best = int(np.argmax(value)) if len(value) else -1
        if best < 0 or value[best] == -np.inf:
            raise SuggestionError(_stuck(fx, [slot]))
        lineup.slots[slot.name] = free[best]
        open_[best] = False
    taken = set(lineup.starters())
    rest = [pid for pid in fx.candidates if pid not in taken and pid not in benched]
    rest.sort(key=lambda pid: ("GK" not in inst.player(pid).positions, -inst.player(pid).rating))
    lineup.bench = benched + rest[: fx.bench_target - len(benched)]
    return lineup


def _place_locked(
    inst: Instance, fx: FixtureData, lineup: Lineup, pid: str, slots: list[Slot]
) -> None:
    """Put a player locked to start (in any slot) where he is worth most (his fatigue is the
    same in every slot)."""
    options = [(inst.strength(pid, s.role), s.name) for s in slots if inst.fit(pid, s.role) > 0]
    if not options:
        raise SuggestionError(_stuck(fx, slots))
    lineup.slots[max(options)[1]] = pid


def _allowed(
    inst: Instance, fx: FixtureData, squad: _Squad, rows: np.ndarray, readiness: np.ndarray
) -> np.ndarray:
    """Whether a full match here keeps each player within his cap, floor and the key-game
    rules."""
    params = inst.plan.params
    full = max(s.minutes for s in fx.stints)
    ok = squad.minutes[rows].sum(axis=1) + full <= squad.cap[rows]
    ok &= readiness >= squad.floor[rows]
    if not fx.key:
        return ok
    ids = list(squad.index)
    back_to_back = np.array([ids[r] in fx.history_long for r in rows], dtype=bool)
    if fx.previous is not None:
        previous = squad.column(inst.fixtures[fx.previous])
        concerned = np.array([ids[r] not in inst.no_back_to_back for r in rows], dtype=bool)
        back_to_back |= concerned & (squad.minutes[rows, previous] >= params.back_to_back_minutes)
    terms, fid = inst.readiness, fx.fixture.id
    acute = terms.acute.column(fid)[rows] + squad.load(rows, terms.acute_per_minute.at(fid))
    chronic = terms.chronic.column(fid)[rows] + squad.load(rows, terms.chronic_per_minute.at(fid))
    floor = terms.chronic_floor.column(fid)[rows]
    danger = acute >= params.acwr_danger * np.maximum(chronic, floor)
    return ok & ~in_red(readiness, params) & ~back_to_back & ~danger


def _stuck(fx: FixtureData, slots: list[Slot]) -> Message:
    where = joined([position_name(s.name) for s in slots])
    return suggestion_problem("greedy_stuck", fx.fixture, slots=where)
