"""What a suggestion changed and one line per player saying why, as Messages (worded by the
window or the command line in the user's language: planner/wording/explanations.py)."""

from __future__ import annotations

from dataclasses import dataclass

import planner.wording.explanations  # noqa: F401  (registers the wording of these Messages)
from planner.fatigue import fatigue_table
from planner.fixtures import Fixture
from planner.formations import formation, position_fit
from planner.lineup import BENCH, Lineup
from planner.locks import KEEP_OUT
from planner.plan import Plan
from planner.rules import available, status_for
from planner.suggest.instance import FixtureData, Instance
from planner.suggest.score import fixture_objectives, played_minutes
from planner.wording import Message
from planner.wording.common import fixture_name, joined, place_name, status_name, weekday_name
from planner.wording.positions import position_name

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

    def message(self, plan: Plan) -> Message:
        """'Sun 6 Apr v Toronto FC: Lionel Messi RW -> bench (90 -> 30 min)'."""
        return Message(
            "explain.change",
            {
                "fixture": fixture_name(plan.fixture(self.fixture_id)),
                "player": plan.player(self.player_id).name,
                "before": change_place_name(self.before),
                "after": change_place_name(self.after),
                "minutes_before": self.minutes_before,
                "minutes_after": self.minutes_after,
            },
        )


def lineup_changes(before: Plan, after: Plan) -> list[LineupChange]:
    """Every player whose place or planned minutes differ, fixture by fixture."""
    old, new = played_minutes(before), played_minutes(after)
    changes = []
    for fixture in after.fixtures:
        fid = fixture.id
        lineup_before, lineup_after = before.lineup(fid), after.lineup(fid)
        for pid in after.players:
            was, now = _place(lineup_before, pid), _place(lineup_after, pid)
            m_was, m_now = old.get((pid, fid), 0), new[(pid, fid)]
            if (was, m_was) != (now, m_now):
                changes.append(LineupChange(fid, pid, was, now, m_was, m_now))
    return changes


def fixture_headlines(inst: Instance, before: Plan, after: Plan) -> dict[str, Message]:
    """Per fixture id, how the XI compares before and after: what the fixture adds to the
    objective, strength (sum of rating x position fit), mean readiness at kickoff, high-risk
    and back-to-back starters; played fixtures, which the suggestion leaves alone, have none."""
    old, new = _xi_figures(before), _xi_figures(after)
    value_before, value_after = fixture_objectives(inst, before), fixture_objectives(inst, after)
    lines = {}
    for fixture in after.fixtures:
        if fixture.id in after.records:
            continue
        (s0, r0, h0, b0), (s1, r1, h1, b1) = old[fixture.id], new[fixture.id]
        lines[fixture.id] = Message(
            "explain.headline",
            {
                "value_before": f"{value_before[fixture.id]:.1f}",
                "value_after": f"{value_after[fixture.id]:.1f}",
                "strength_before": round(s0),
                "strength_after": round(s1),
                "readiness_before": round(r0),
                "readiness_after": round(r1),
                "high_before": h0,
                "high_after": h1,
                "b2b_before": b0,
                "b2b_after": b1,
            },
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


def change_summary(changes: list[LineupChange], plan: Plan) -> list[Message]:
    """The changes as lines, for a dialog or the command line."""
    return [change.message(plan) for change in changes]


def _place(lineup: Lineup, pid: str) -> str:
    place = lineup.place_of(pid)
    return NOT_SELECTED if place is None else ("bench" if place == BENCH else place)


def change_place_name(place: str) -> Message | str:
    """A LineupChange's before or after to word: a slot's position code, bench, not selected."""
    return place_name(None if place == NOT_SELECTED else BENCH if place == "bench" else place)


def explain(inst: Instance, before: Plan, after: Plan) -> dict[str, Message]:
    """One line per squad player: his week in the suggestion and the main reason for it,
    compared with the plan as it stood (before)."""
    played, draft = played_minutes(after), played_minutes(before)
    saved: set[str] = set()  # players already named as kept fresh, to name each once
    days = {fx.fixture.id: _day(fx.fixture, inst) for fx in inst.fixtures}
    lineups = {fx.fixture.id: after.lineup(fx.fixture.id) for fx in inst.fixtures}
    lines = {}
    for pid in after.players:
        if not any(available(after, pid, fx.fixture.id) for fx in inst.fixtures):
            status = status_for(after, pid, inst.fixtures[0].fixture.id)
            lines[pid] = Message("explain.not_considered", {"status": status_name(status)})
            continue
        week = joined(
            [
                Message(
                    "explain.day",
                    {
                        "role": _role(after, lineups[fx.fixture.id], pid, fx),
                        "day": days[fx.fixture.id],
                    },
                )
                for fx in inst.fixtures
            ],
            "list.semicolons",
        )
        reason = _reason(inst, after, played, draft, pid, saved)
        lines[pid] = Message("explain.line", {"week": week, "reason": reason})
    return lines


def _role(plan: Plan, lineup: Lineup, pid: str, fx: FixtureData) -> Message:
    place = lineup.place_of(pid)
    if place is None:
        kept_out = plan.lock_of(fx.fixture.id, pid) == KEEP_OUT
        return Message("explain.pinned_out" if kept_out else "explain.rested")
    for sub in lineup.substitutions:
        if sub.on == pid:
            return Message("explain.on_at", {"minute": sub.minute})
        if sub.off == pid:
            return Message(
                "explain.starts_then_off", {"slot": position_name(place), "minute": sub.minute}
            )
    if place == BENCH:
        return Message("explain.on_bench")
    return Message("explain.starts", {"slot": position_name(place)})


def _day(fixture: Fixture, inst: Instance) -> Message:
    """The weekday ("Sunday"), or the fixture's name and date when another fixture of the
    week falls on the same weekday ("Sun 6 Apr v Toronto FC")."""
    weekdays = [fx.fixture.kickoff.weekday() for fx in inst.fixtures]
    shared = weekdays.count(fixture.kickoff.weekday()) > 1
    return fixture_name(fixture) if shared else weekday_name(fixture.kickoff.date())


def _match(fixture: Fixture, inst: Instance) -> Message | str:
    """The opponent ("LAFC"), or the fixture's name and date when the week meets that
    opponent twice."""
    opponents = [fx.fixture.opponent for fx in inst.fixtures]
    return fixture_name(fixture) if opponents.count(fixture.opponent) > 1 else fixture.opponent


def _key(inst: Instance) -> FixtureData:
    """The fixture the week is planned around: the most important, the earliest of those."""
    return max(inst.fixtures, key=lambda fx: (fx.fixture.importance, -fx.index))


def _reason(
    inst: Instance, plan: Plan, played: Played, draft: Played, pid: str, saved: set[str]
) -> Message:
    """Why: fresher for the key match than in the draft, covering for someone, the best left,
    or behind whom."""
    key = _key(inst)
    mine = {fx.fixture.id: played[(pid, fx.fixture.id)] for fx in inst.fixtures}
    pinned = [fx for fx in inst.fixtures if pid in fx.locks]
    if pinned:
        return Message(
            "explain.pinned", {"fixtures": joined([_day(fx.fixture, inst) for fx in pinned])}
        )
    if not any(mine.values()):
        return _behind(inst, plan, pid, key)
    if mine[key.fixture.id]:
        return _fresh_for_key(inst, plan, mine, draft, pid, key)
    return _covering(inst, plan, played, pid, key, saved)


def _fresh_for_key(
    inst: Instance, plan: Plan, mine: dict[str, int], draft: Played, pid: str, key: FixtureData
) -> Message:
    """Fresher for the key match than the draft had him (fewer minutes before it, and what
    the readiness gained is worth there), or why he plays it as he is."""
    earlier = inst.fixtures[: key.index]
    kid = key.fixture.id
    was = {g.fixture.id: draft.get((pid, g.fixture.id), 0) for g in earlier}
    saved = [g for g in earlier if mine[g.fixture.id] < was[g.fixture.id]]
    now = inst.readiness.readiness(pid, kid, {g.fixture.id: mine[g.fixture.id] for g in earlier})
    then = inst.readiness.readiness(pid, kid, was)
    if saved and now - then >= 1 and not any(mine[fid] > m for fid, m in was.items()):
        rested = not any(mine[g.fixture.id] for g in saved)
        when = [
            Message(
                "explain.day_minutes",
                {
                    "day": _day(g.fixture, inst),
                    "before": was[g.fixture.id],
                    "after": mine[g.fixture.id],
                },
            )
            for g in saved
        ]
        return Message(
            "explain.rested_for_key" if rested else "explain.minutes_cut_for_key",
            {
                "when": joined(when),
                "opponent": _match(key.fixture, inst),
                "before": round(then),
                "after": round(now),
                "points": f"{inst.fatigue_rate(pid) * (now - then):.1f}",
            },
        )
    if earlier and all(mine.values()):
        return _no_fresher(inst, plan, pid, key)
    return Message(
        "explain.ready_for_key",
        {"readiness": round(now), "opponent": _match(key.fixture, inst)},
    )


def _no_fresher(inst: Instance, plan: Plan, pid: str, key: FixtureData) -> Message:
    lineup = plan.lineup(key.fixture.id)
    slot = lineup.place_of(pid)
    if slot is None or slot == BENCH:
        return Message("explain.every_match_worth_it")
    role = key.role_of(slot)
    others = [
        (plan.player(q).rating * inst.fit(q, role), q)
        for q in key.candidates
        if q not in lineup.starters()
    ]
    mine = plan.player(pid).rating * inst.fit(pid, role)
    if not others:
        return Message("explain.every_match_nobody_else")
    value, best = max(others)
    return Message(
        "explain.every_match_no_fresher",
        {
            "role": position_name(role),
            "player": plan.player(best).name,
            "value": round(value),
            "mine": round(mine),
        },
    )


def _covering(
    inst: Instance, plan: Plan, played: Played, pid: str, key: FixtureData, saved: set[str]
) -> Message:
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
                return Message(
                    "explain.covering",
                    {
                        "day": _day(fx.fixture, inst),
                        "player": plan.player(q).name,
                        "opponent": _match(key.fixture, inst),
                    },
                )
    return Message("explain.covering_first_choices", {"opponent": _match(key.fixture, inst)})


def _behind(inst: Instance, plan: Plan, pid: str, key: FixtureData) -> Message:
    role = plan.player(pid).main_position or "-"
    lineup = plan.lineup(key.fixture.id)
    ahead: list[Message | str] = [
        plan.player(q).name for slot, q in lineup.slots.items() if q and key.role_of(slot) == role
    ]
    if ahead:
        return Message("explain.behind", {"players": joined(ahead), "role": position_name(role)})
    return Message("explain.no_place", {"role": position_name(role), "formation": lineup.formation})
