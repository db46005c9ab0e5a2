"""The baseline a suggestion is measured against: fixture by fixture, slot by slot, the best
available player on the day (full matches, no planned substitutions), within the same hard
rules (locks, availability, doubtful players only on the bench, minutes caps, readiness
floors, no high-risk starter in key games)."""

from __future__ import annotations

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


def greedy_plan(plan: Plan, options: SuggestOptions | None = None) -> Plan:
    """A new plan with pick-best-available lineups; SuggestionError if it gets stuck."""
    result = plan.copy()
    for fid, lineup in greedy_lineups(build_instance(plan, options or SuggestOptions())).items():
        result.set_lineup(fid, lineup)
    result.revision = 0
    return result


def greedy_lineups(inst: Instance) -> dict[str, Lineup]:
    """Pick-best-available lineups per fixture id, in kickoff order."""
    played: dict[tuple[str, str], int] = {}
    lineups = {}
    for fx in inst.fixtures:
        lineup = _pick(inst, fx, played)
        full = max(s.minutes for s in fx.stints)
        for pid in lineup.starters():
            played[(pid, fx.fixture.id)] = full
        lineups[fx.fixture.id] = lineup
    return lineups


def _pick(inst: Instance, fx: FixtureData, played: dict[tuple[str, str], int]) -> Lineup:
    lineup = Lineup(inst.plan.lineup(fx.fixture.id).formation)
    benched = [pid for pid, place in fx.locks.items() if place == BENCH]
    anywhere = [pid for pid, place in fx.locks.items() if place == ANY_SLOT]
    for pid, place in fx.locks.items():
        if place not in (BENCH, ANY_SLOT):
            lineup.slots[place] = pid
    for pid in anywhere:  # locked to start, in the free slot where he is worth most
        _fill(
            inst, fx, lineup, [pid], played, [s for s in fx.slots if lineup.slots[s.name] is None]
        )
    free = [pid for pid in fx.candidates if fx.may_start(pid) and pid not in benched]
    for slot in fx.slots:
        if lineup.slots[slot.name] is None:
            allowed = [pid for pid in free if _allowed(inst, fx, pid, played)]
            _fill(inst, fx, lineup, allowed, played, [slot])
    rest = [pid for pid in fx.candidates if pid not in lineup.starters() and pid not in benched]
    rest.sort(key=lambda pid: ("GK" not in inst.player(pid).positions, -inst.player(pid).rating))
    lineup.bench = benched + rest[: fx.bench_target - len(benched)]
    return lineup


def _fill(
    inst: Instance,
    fx: FixtureData,
    lineup: Lineup,
    players: list[str],
    played: dict[tuple[str, str], int],
    slots: list[Slot],
) -> None:
    """Put the best of players in the best of slots (who is worth most where he fits)."""
    taken = set(lineup.starters())
    options = [
        (_value(inst, fx, pid, slot.role, played), pid, slot.name)
        for pid in players
        for slot in slots
        if pid not in taken and inst.fit(pid, slot.role) > 0
    ]
    if not options:
        where = ", ".join(s.name for s in slots)
        raise SuggestionError(f"greedy pick: nobody left for {where} in {fx.fixture.label}")
    _, pid, slot_name = max(options)
    lineup.slots[slot_name] = pid


def _readiness(inst: Instance, fx: FixtureData, pid: str, played: dict) -> float:
    fid = fx.fixture.id
    earlier = {g.fixture.id: played.get((pid, g.fixture.id), 0) for g in inst.fixtures[: fx.index]}
    drop = sum(inst.readiness.per_minute.get((pid, g, fid), 0.0) * m for g, m in earlier.items())
    return inst.readiness.base[(pid, fid)] - drop


def _value(inst: Instance, fx: FixtureData, pid: str, role: str, played: dict) -> float:
    fatigue = inst.fatigue_rate(pid) * (100.0 - _readiness(inst, fx, pid, played))
    return inst.strength(pid, role) - fatigue


def _allowed(inst: Instance, fx: FixtureData, pid: str, played: dict) -> bool:
    """Whether a full match here keeps pid within his cap, floor and the key-game rules."""
    params = inst.plan.params
    target = inst.plan.targets.get(pid)
    full = max(s.minutes for s in fx.stints)
    so_far = sum(m for (p, _), m in played.items() if p == pid)
    if target and target.maximum is not None and so_far + full > target.maximum:
        return False
    readiness = _readiness(inst, fx, pid, played)
    if pid in inst.floors and readiness < inst.floors[pid]:
        return False
    if not fx.key:
        return True
    previous = inst.fixtures[fx.previous].fixture.id if fx.previous is not None else None
    back_to_back = pid in fx.history_long or (
        previous is not None
        and pid not in inst.no_back_to_back
        and played.get((pid, previous), 0) >= params.back_to_back_minutes
    )
    return not in_red(readiness, params) and not back_to_back and not _danger(inst, fx, pid, played)


def _danger(inst: Instance, fx: FixtureData, pid: str, played: dict) -> bool:
    terms, fid = inst.readiness, fx.fixture.id
    earlier = {g.fixture.id: played.get((pid, g.fixture.id), 0) for g in inst.fixtures[: fx.index]}
    acute = terms.acute[(pid, fid)] + sum(
        terms.acute_per_minute.get((pid, g, fid), 0.0) * m for g, m in earlier.items()
    )
    chronic = terms.chronic[(pid, fid)] + sum(
        terms.chronic_per_minute.get((pid, g, fid), 0.0) * m for g, m in earlier.items()
    )
    return acute >= inst.plan.params.acwr_danger * max(chronic, terms.chronic_floor[(pid, fid)])
