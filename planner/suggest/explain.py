"""What a suggestion changed and one line per player saying why (plain text, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.fixtures import Fixture
from planner.formations import formation
from planner.lineup import BENCH, Lineup
from planner.minutes import minutes_matrix
from planner.plan import Plan
from planner.suggest.instance import FixtureData, Instance

NOT_SELECTED = "not selected"


@dataclass(frozen=True)
class LineupChange:
    """One player's place and minutes in one fixture, before and after the suggestion."""

    fixture_id: str
    player_id: str
    before: str  # a slot name, "bench" or "not selected"
    after: str
    minutes_before: int
    minutes_after: int

    def text(self, plan: Plan) -> str:
        """'Sun 6 Apr v Toronto FC: Lionel Messi RW -> bench (90 -> 30 min)'."""
        who = plan.player(self.player_id).name
        return (
            f"{plan.fixture(self.fixture_id).label}: {who} {self.before} -> {self.after} "
            f"({self.minutes_before} -> {self.minutes_after} min)"
        )


def lineup_changes(before: Plan, after: Plan) -> list[LineupChange]:
    """Every player whose place or planned minutes differ, fixture by fixture."""
    old, new = minutes_matrix(before), minutes_matrix(after)
    changes = []
    for fixture in after.fixtures:
        fid = fixture.id
        for pid in after.players:
            was, now = _place(before.lineup(fid), pid), _place(after.lineup(fid), pid)
            m_was, m_now = int(old.at[pid, fid]), int(new.at[pid, fid])
            if (was, m_was) != (now, m_now):
                changes.append(LineupChange(fid, pid, was, now, m_was, m_now))
    return changes


def change_summary(changes: list[LineupChange], plan: Plan) -> list[str]:
    """The changes as lines of text, for a dialog or the command line."""
    return [change.text(plan) for change in changes]


def _place(lineup: Lineup, pid: str) -> str:
    place = lineup.place_of(pid)
    return NOT_SELECTED if place is None else ("bench" if place == BENCH else place)


def explain(inst: Instance, before: Plan, after: Plan) -> dict[str, str]:
    """One line per squad player: his week in the suggestion and the main reason for it."""
    minutes = minutes_matrix(after)
    lines = {}
    for pid, player in after.players.items():
        if not player.status.selectable:
            lines[pid] = f"not considered: {player.status}"
            continue
        week = [_role(after.lineup(fx.fixture.id), pid, fx) for fx in inst.fixtures]
        names = [_day(fx.fixture, inst) for fx in inst.fixtures]
        summary = "; ".join(f"{role} {day}" for role, day in zip(week, names, strict=True))
        lines[pid] = f"{summary}: {_reason(inst, after, minutes, pid)}"
    return lines


def _role(lineup: Lineup, pid: str, fx: FixtureData) -> str:
    place = lineup.place_of(pid)
    if place is None:
        return "rested" if pid in fx.candidates else "out (pinned to rest)"
    for sub in lineup.substitutions:
        if sub.on == pid:
            return f"on at {sub.minute}'"
        if sub.off == pid:
            return f"starts at {place}, off at {sub.minute}'"
    return "on the bench" if place == BENCH else f"starts at {place}"


def _day(fixture: Fixture, inst: Instance) -> str:
    days = [fx.fixture.kickoff.date() for fx in inst.fixtures]
    same_day = days.count(fixture.kickoff.date()) > 1
    return fixture.label if same_day else f"{fixture.kickoff:%A}"


def _reason(inst: Instance, plan: Plan, minutes, pid: str) -> str:
    """Why: fresher for the key match, the best left, or who was preferred."""
    fixtures = inst.fixtures
    played = {fx.fixture.id: int(minutes.at[pid, fx.fixture.id]) for fx in fixtures}
    key = max(fixtures, key=lambda fx: (fx.fixture.importance, -fx.index))
    earlier = [fx for fx in fixtures[: key.index]]
    key_id = key.fixture.id
    if played[key_id] and earlier:
        now = inst.readiness.readiness(
            pid, key_id, {g.fixture.id: played[g.fixture.id] for g in earlier}
        )
        full = {g.fixture.id: max(s.minutes for s in g.stints) for g in earlier}
        tired = inst.readiness.readiness(pid, key_id, full)
        saved = [g for g in earlier if played[g.fixture.id] < full[g.fixture.id]]
        if saved and now - tired >= 1:
            when = ", ".join(_day(g.fixture, inst) for g in saved)
            verb = "rested" if not any(played[g.fixture.id] for g in saved) else "minutes cut"
            return f"{verb} {when}: readiness for {key.fixture.opponent} {tired:.0f} -> {now:.0f}"
        if all(played.values()):
            return _no_fresher(inst, plan, pid, key)
    if not any(played.values()):
        return _preferred(inst, plan, pid, key)
    return _best_at(inst, plan, pid, fixtures)


def _no_fresher(inst: Instance, plan: Plan, pid: str, key: FixtureData) -> str:
    lineup = plan.lineup(key.fixture.id)
    slot = lineup.place_of(pid)
    if slot is None or slot == BENCH:
        return "plays every match: the minutes he adds are worth their fatigue"
    role = formation(lineup.formation).slot(slot).role
    others = [
        (plan.player(q).rating * inst.fit(q, role), q)
        for q in key.candidates
        if q not in lineup.starters()
    ]
    if not others:
        return "plays every match: nobody else can fill his place"
    value, best = max(others)
    mine = plan.player(pid).rating * inst.fit(pid, role)
    return (
        f"plays every match: no fresher {role} as good "
        f"(next best {plan.player(best).name}, {value:.0f} v {mine:.0f})"
    )


def _preferred(inst: Instance, plan: Plan, pid: str, key: FixtureData) -> str:
    player = plan.player(pid)
    role = player.main_position or "-"
    lineup = plan.lineup(key.fixture.id)
    ahead = [
        plan.player(q).name
        for slot, q in lineup.slots.items()
        if q and formation(lineup.formation).slot(slot).role == role
    ]
    if ahead:
        return f"behind {', '.join(ahead)} at {role}"
    return f"his {role} place is not in the {lineup.formation}"


def _best_at(inst: Instance, plan: Plan, pid: str, fixtures: list[FixtureData]) -> str:
    player = plan.player(pid)
    pinned = [fx for fx in fixtures if pid in fx.pins]
    if pinned:
        return "pinned by the staff in " + ", ".join(_day(fx.fixture, inst) for fx in pinned)
    return f"rating {player.rating} where the minutes are worth more than the fatigue they cost"
