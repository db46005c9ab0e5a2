"""Between lineups and the solver's columns: the chosen columns back into lineups (XI, bench,
planned substitutions), and full-match lineups into columns for a warm start."""

from __future__ import annotations

from planner.lineup import Lineup, Substitution
from planner.suggest.instance import FixtureData, Instance
from planner.suggest.milp import Model
from planner.suggest.solver import Solution


def suggested_lineups(inst: Instance, sol: Solution) -> dict[str, Lineup]:
    """One lineup per fixture id, in the fixture's current formation."""
    return {fx.fixture.id: _lineup(inst, sol, fx) for fx in inst.fixtures}


def lineup_columns(inst: Instance, m: Model, lineups: dict[str, Lineup]) -> dict[int, float]:
    """Column values for whole lineups (who starts where, who is on the bench, planned changes
    at the model's change minutes); the solver works out the rest."""
    values = dict.fromkeys([*m.stint.values(), *m.bench.values()], 0.0)
    played = [stints_played(fx, lineups[fx.fixture.id]) for fx in inst.fixtures]
    for fx, stints in zip(inst.fixtures, played, strict=True):
        for pid, (role, k) in stints.items():
            values[m.stint[(fx.index, pid, role, k)]] = 1.0
        for pid in lineups[fx.fixture.id].bench:
            values[m.bench[(fx.index, pid)]] = 1.0
    if m.formulation == "columns":  # the pattern of each player's week, when in the pool
        for col, (pid, pattern) in m.pattern_of.items():
            values[col] = float(week_pattern(played, pid) == pattern)
    return values


def week_pattern(played: list[dict[str, tuple[str, int]]], pid: str) -> tuple[int | None, ...]:
    """A player's stint index per fixture (None: does not play), from stints_played."""
    return tuple(stints.get(pid, ("", None))[1] for stints in played)


def stints_played(fx: FixtureData, lineup: Lineup) -> dict[str, tuple[str, int]]:
    """Who plays in the lineup: player -> (role, stint index); a substitute takes the role
    of the player he replaces."""
    kind = {(s.kind, s.minute): k for k, s in enumerate(fx.stints)}
    stint = {pid: kind[("full", 0)] for pid in lineup.starters()}
    role = {pid: fx.role_of(slot) for slot, pid in lineup.slots.items() if pid}
    for sub in lineup.substitutions:
        stint[sub.off] = kind[("off", sub.minute)]
        stint[sub.on] = kind[("on", sub.minute)]
        role[sub.on] = role[sub.off]
    return {pid: (role[pid], k) for pid, k in stint.items()}


def _lineup(inst: Instance, sol: Solution, fx: FixtureData) -> Lineup:
    m = sol.model
    starters: dict[str, list[str]] = {role: [] for role in fx.roles}
    going_off: dict[tuple[str, int], list[str]] = {}  # (role, minute) -> players
    coming_on: dict[tuple[str, int], list[str]] = {}
    for (f, pid, role, k), col in m.stint.items():
        if f != fx.index or not sol.chosen(col):
            continue
        stint = fx.stints[k]
        if stint.kind == "on":
            coming_on.setdefault((role, stint.start), []).append(pid)
        else:
            starters[role].append(pid)
            if stint.kind == "off":
                going_off.setdefault((role, stint.end), []).append(pid)
    half = fx.fixture.rules.match_minutes // 2
    changes = sorted(
        Substitution(minute, off, on, minute == half)
        for (role, minute), offs in going_off.items()
        for off, on in zip(offs, coming_on[(role, minute)], strict=True)
    )
    entering = {s.on: s.minute for s in changes}
    bench = [pid for pid in fx.candidates if sol.chosen(m.bench[(fx.index, pid)])]
    bench.sort(key=lambda pid: _bench_order(inst, pid, entering))
    before = inst.plan.lineup(fx.fixture.id)
    return Lineup(before.formation, _name_slots(fx, starters, before), bench, changes)


def _name_slots(
    fx: FixtureData, starters: dict[str, list[str]], before: Lineup
) -> dict[str, str | None]:
    """Pinned players take their slot, then players keep the slot they had (if of the same
    role), then the rest fill their role's slots in formation order."""
    slots: dict[str, str | None] = {s.name: None for s in fx.slots}
    waiting = {role: list(pids) for role, pids in starters.items()}
    wanted = [(slot, pid) for pid, slot in fx.locks.items()] + list(before.slots.items())
    for slot, pid in wanted:
        role = fx.role_of(slot) if slot in slots else None
        if role and slots[slot] is None and pid in waiting[role]:
            slots[slot] = pid
            waiting[role].remove(pid)
    for s in fx.slots:
        if slots[s.name] is None and waiting[s.role]:
            slots[s.name] = waiting[s.role].pop(0)
    return slots


def _bench_order(inst: Instance, pid: str, entering: dict[str, int]) -> tuple[int, int, int]:
    """Planned substitutes first (by minute), then goalkeepers, then the rest by rating."""
    player = inst.player(pid)
    return (entering.get(pid, 999), 0 if "GK" in player.positions else 1, -player.rating)
