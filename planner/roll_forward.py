"""Rolling the season forward: the next week's fixtures proposed from the last one, a new
fixture's id, and a lineup copied from an earlier fixture (its record's XI and bench when it
was played) with the players who cannot be named for the new fixture left out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.fixtures import Fixture
from planner.lineup import Lineup
from planner.plan import Plan
from planner.rules import available
from planner.substitution_follow import follow_places
from planner.text import slug

WEEK = timedelta(days=7)


def archived(plan: Plan) -> set[str]:
    """The played fixtures of past weeks, which the window may put away: those played seven
    days or more before the day of the first fixture still to play (of the last fixture when
    all are played). The latest week's played matches stay on show."""
    if not plan.fixtures:
        return set()
    to_play = [f.kickoff for f in plan.fixtures if not plan.is_played(f.id)]
    ahead = (min(to_play) if to_play else max(f.kickoff for f in plan.fixtures)).date()
    return {
        f.id for f in plan.fixtures if plan.is_played(f.id) and ahead - f.kickoff.date() >= WEEK
    }


def next_week(plan: Plan) -> list[Fixture]:
    """The fixtures of the plan's last week (those less than seven days before its last
    kickoff, that one included) a week later: same weekdays, kickoff times, competitions and
    sides; no opponent yet (the staff name them). Empty for a plan without fixtures."""
    if not plan.fixtures:
        return []
    last = max(f.kickoff for f in plan.fixtures)
    week = [f for f in plan.fixtures if last - f.kickoff < WEEK]
    taken = {f.id for f in plan.fixtures}
    proposed = []
    for fixture in sorted(week, key=lambda f: f.kickoff):
        kickoff = fixture.kickoff + WEEK
        new = Fixture(
            fixture_id(kickoff, "", taken), kickoff, "", fixture.competition, home=fixture.home
        )
        taken.add(new.id)
        proposed.append(new)
    return proposed


def fixture_id(kickoff: datetime, opponent: str, taken: Iterable[str]) -> str:
    """A new fixture's id from its day and opponent ("2025-04-12-d-c-united"), made unique
    among taken by a number ("-2")."""
    used = set(taken)
    base = slug(f"{kickoff:%Y-%m-%d} {opponent}") or "fixture"
    found, n = base, 2
    while found in used:
        found, n = f"{base}-{n}", n + 1
    return found


@dataclass(frozen=True)
class CopiedLineup:
    """A lineup copied for a fixture and the players left out of it (not available there)."""

    lineup: Lineup
    left_out: tuple[str, ...]


def copied_lineup(plan: Plan, source_id: str, target_id: str) -> CopiedLineup:
    """source's lineup as a start for target: the record's XI and bench when source was
    played (what happened, without its substitutions), else its planned lineup with the
    planned changes; anyone target may not name (planner.rules.available) is left out, and so
    are the planned changes that no longer can happen."""
    plan.fixture(target_id)
    record = plan.records.get(source_id)
    if record is not None:
        lineup = Lineup(record.formation, dict(record.xi), list(record.bench))
    else:
        lineup = plan.lineup(source_id).copy()
    left_out = tuple(
        dict.fromkeys(
            pid
            for pid in lineup.matchday_squad()
            if pid not in plan.players or not available(plan, pid, target_id)
        )
    )
    lineup.slots = {slot: (None if pid in left_out else pid) for slot, pid in lineup.slots.items()}
    lineup.bench = [pid for pid in lineup.bench if pid not in left_out]
    follow_places(lineup, {})
    return CopiedLineup(lineup, left_out)
