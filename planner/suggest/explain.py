"""What a suggestion changed and one line per player saying why (plain text, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.fatigue import fatigue_table
from planner.fixtures import Fixture
from planner.formations import formation, position_fit
from planner.lineup import BENCH, Lineup
from planner.plan import Plan
from planner.suggest.instance import FixtureData, Instance
from planner.suggest.score import played_minutes

Played = dict[tuple[str, str], int]

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
    old, new = played_minutes(before), played_minutes(after)
    changes = []
    for fixture in after.fixtures:
        fid = fixture.id
        for pid in after.players:
            was, now = _place(before.lineup(fid), pid), _place(after.lineup(fid), pid)
            m_was, m_now = old.get((pid, fid), 0), new[(pid, fid)]
            if (was, m_was) != (now, m_now):
                changes.append(LineupChange(fid, pid, was, now, m_was, m_now))
    return changes


def fixture_headlines(before: Plan, after: Plan) -> list[str]:
    """Per fixture, how the XI compares before and after: strength (sum of rating x position
    fit), mean readiness at kickoff, high-risk and back-to-back starters."""
    old, new = _xi_figures(before), _xi_figures(after)
    lines = []
    for fixture in after.fixtures:
        (s0, r0, h0, b0), (s1, r1, h1, b1) = old[fixture.id], new[fixture.id]
        lines.append(
            f"{fixture.label}: XI strength {s0:.0f} -> {s1:.0f}, readiness {r0:.0f} -> {r1:.0f}, "
            f"high-risk starters {h0} -> {h1}, back-to-back starters {b0} -> {b1}"
        )
    return lines


def _xi_figures(plan: Plan) -> dict[str, tuple[float, float, int, int]]:
    table = fatigue_table(plan)
    figures = {}
    for fixture in plan.fixtures:
        lineup = plan.lineup(fixture.id)
        roles = {s.name: s.role for s in formation(lineup.formation).slots}
        xi = [(slot, pid) for slot, pid in lineup.slots.items() if pid]
        strength = sum(
            plan.player(pid).rating * position_fit(plan.player(pid).positions, roles[slot])
            for slot, pid in xi
        )
        rows = table.xs(fixture.id, level="fixture_id").loc[[pid for _, pid in xi]]
        readiness = float(rows["readiness"].mean()) if len(rows) else 0.0
        high = int((rows["risk"] == "high").sum())
        figures[fixture.id] = (strength, readiness, high, int(rows["back_to_back"].sum()))
    return figures


def change_summary(changes: list[LineupChange], plan: Plan) -> list[str]:
    """The changes as lines of text, for a dialog or the command line."""
    return [change.text(plan) for change in changes]


def _place(lineup: Lineup, pid: str) -> str:
    place = lineup.place_of(pid)
    return NOT_SELECTED if place is None else ("bench" if place == BENCH else place)


def explain(inst: Instance, before: Plan, after: Plan) -> dict[str, str]:
    """One line per squad player: his week in the suggestion and the main reason for it."""
    played = played_minutes(after)
    saved: set[str] = set()  # players already named as kept fresh, to name each once
    lines = {}
    for pid, player in after.players.items():
        if not player.status.selectable:
            lines[pid] = f"not considered: {player.status}"
            continue
        week = "; ".join(
            f"{_role(after.lineup(fx.fixture.id), pid, fx)} {_day(fx.fixture, inst)}"
            for fx in inst.fixtures
        )
        lines[pid] = f"{week}: {_reason(inst, after, played, pid, saved)}"
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


def _key(inst: Instance) -> FixtureData:
    """The fixture the week is planned around: the most important, the earliest of those."""
    return max(inst.fixtures, key=lambda fx: (fx.fixture.importance, -fx.index))


def _reason(inst: Instance, plan: Plan, played: Played, pid: str, saved: set[str]) -> str:
    """Why: fresher for the key match, covering for someone, the best left, or behind whom."""
    key = _key(inst)
    mine = {fx.fixture.id: played[(pid, fx.fixture.id)] for fx in inst.fixtures}
    pinned = [fx for fx in inst.fixtures if pid in fx.pins]
    if pinned:
        return "pinned by the staff for " + ", ".join(_day(fx.fixture, inst) for fx in pinned)
    if not any(mine.values()):
        return _behind(inst, plan, pid, key)
    if mine[key.fixture.id]:
        return _fresh_for_key(inst, plan, mine, pid, key)
    return _covering(inst, plan, played, pid, key, saved)


def _fresh_for_key(
    inst: Instance, plan: Plan, mine: dict[str, int], pid: str, key: FixtureData
) -> str:
    earlier = inst.fixtures[: key.index]
    kid = key.fixture.id
    full = {g.fixture.id: max(s.minutes for s in g.stints) for g in earlier}
    saved = [g for g in earlier if mine[g.fixture.id] < full[g.fixture.id]]
    now = inst.readiness.readiness(pid, kid, {g.fixture.id: mine[g.fixture.id] for g in earlier})
    tired = inst.readiness.readiness(pid, kid, full)
    if saved and now - tired >= 1:
        when = ", ".join(_day(g.fixture, inst) for g in saved)
        verb = "rested" if not any(mine[g.fixture.id] for g in saved) else "minutes cut"
        return f"{verb} {when}: readiness for {key.fixture.opponent} {tired:.0f} -> {now:.0f}"
    if earlier and all(mine.values()):
        return _no_fresher(inst, plan, pid, key)
    return f"readiness {now:.0f} for {key.fixture.opponent}, the week's key match"


def _no_fresher(inst: Instance, plan: Plan, pid: str, key: FixtureData) -> str:
    lineup = plan.lineup(key.fixture.id)
    slot = lineup.place_of(pid)
    if slot is None or slot == BENCH:
        return "plays every match: his minutes are worth more than their fatigue"
    role = key.role_of(slot)
    others = [
        (plan.player(q).rating * inst.fit(q, role), q)
        for q in key.candidates
        if q not in lineup.starters()
    ]
    mine = plan.player(pid).rating * inst.fit(pid, role)
    if not others:
        return "plays every match: nobody else can fill his place"
    value, best = max(others)
    return (
        f"plays every match: no fresher {role} as good "
        f"(next best {plan.player(best).name}, {value:.0f} v {mine:.0f})"
    )


def _covering(
    inst: Instance, plan: Plan, played: Played, pid: str, key: FixtureData, saved: set[str]
) -> str:
    """He plays earlier matches but not the key one: whose legs does that save?"""
    for fx in inst.fixtures[: key.index]:
        slot = plan.lineup(fx.fixture.id).place_of(pid)
        if slot is None or slot == BENCH:
            continue
        role = fx.role_of(slot)
        key_lineup = plan.lineup(key.fixture.id)
        full = max(s.minutes for s in fx.stints)
        for key_slot, q in key_lineup.slots.items():
            if q is None or q in saved or played[(q, fx.fixture.id)] >= full:
                continue
            if key.role_of(key_slot) == role:
                saved.add(q)
                return (
                    f"starts {_day(fx.fixture, inst)} so that {plan.player(q).name} is fresh "
                    f"for {key.fixture.opponent}"
                )
    return f"his minutes come where the first choices are saved for {key.fixture.opponent}"


def _behind(inst: Instance, plan: Plan, pid: str, key: FixtureData) -> str:
    role = plan.player(pid).main_position or "-"
    lineup = plan.lineup(key.fixture.id)
    ahead = [
        plan.player(q).name for slot, q in lineup.slots.items() if q and key.role_of(slot) == role
    ]
    if ahead:
        return f"behind {', '.join(ahead)} at {role}"
    return f"no {role} place in the {lineup.formation}"
