"""The planned training week laid out on dates and expanded to load rows (one function:
planned_rows), which the fatigue model adds to the load like recorded sessions
(docs/fatigue-model.md, "Planned training").

The days between two team matches (fixtures and past match days) before each fixture not yet
played get the sessions of the template for their gap, unless staff edited that date. A gap
longer than LONGEST_TEMPLATE days keeps that template's days after the previous match (MD+1,
MD+2) and before the next one (MD-4 to MD-1); the days between, and the week before a first
match with none before it, start empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planner.players import Status
from planner.sessions import SESSION_COLUMNS, empty_sessions
from planner.training import LONGEST_TEMPLATE, Sessions, TrainingWeek, day_label

if TYPE_CHECKING:
    from planner.plan import Plan

LISTED_DAYS = 13  # at most this many days before a fixture are training days
STARTER_MINUTES = 45  # a past match day without a lineup: who played this much started
_AWAY = (Status.INJURED, Status.UNAVAILABLE)  # they do not train with the squad


@dataclass(frozen=True)
class TrainingDay:
    """A day between two matches: its date, the next fixture (not yet played), the previous
    match (a plan fixture's id, or None for a past match day or none at all) and where the day
    lies between them."""

    day: date
    fixture_id: str
    previous_fixture: str | None
    previous_day: date | None
    after: int | None  # days after the previous match (None: no previous match)
    before: int  # days before the next match

    @property
    def label(self) -> str:
        return day_label(self.after, self.before)

    @property
    def template_key(self) -> tuple[int, int] | None:
        """(gap, day after the previous match) of the template that applies, if any."""
        gap = None if self.after is None else self.after + self.before
        if gap is not None and gap <= LONGEST_TEMPLATE:
            return gap, self.after  # type: ignore[return-value]
        if self.after is not None and self.after <= 2:
            return LONGEST_TEMPLATE, self.after
        if self.before <= LONGEST_TEMPLATE - 3:
            return LONGEST_TEMPLATE, LONGEST_TEMPLATE - self.before
        return None


def training_days(plan: Plan) -> list[TrainingDay]:
    """The days between matches before every fixture not yet played, in date order."""
    history_days = {d.date() for d in pd.DatetimeIndex(plan.history["date"])}
    fixture_on = {f.kickoff.date(): f.id for f in plan.fixtures}  # the day's last fixture
    team_days = sorted(history_days | set(fixture_on))
    out: list[TrainingDay] = []
    for fixture in plan.fixtures:
        day = fixture.kickoff.date()
        if fixture.id in plan.records or fixture_on[day] != fixture.id:
            continue
        earlier = [d for d in team_days if d < day]
        previous = earlier[-1] if earlier else None
        first = day - timedelta(days=LISTED_DAYS if previous else LONGEST_TEMPLATE - 1)
        if previous is not None:
            first = max(first, previous + timedelta(days=1))
        for n in range((day - first).days):
            current = first + timedelta(days=n)
            out.append(
                TrainingDay(
                    current,
                    fixture.id,
                    None if previous is None else fixture_on.get(previous),
                    previous,
                    None if previous is None else (current - previous).days,
                    (day - current).days,
                )
            )
    return out


def planned_dates(plan: Plan) -> list[date]:
    """The dates that have planned sessions (whoever does them), in date order."""
    week = plan.training
    if week is None:
        return []
    return [day.day for day in training_days(plan) if sessions_on(week, day)]


def sessions_on(week: TrainingWeek, day: TrainingDay) -> Sessions:
    """The day's sessions: staff's edit of that date, else the template's."""
    if day.day in week.days:
        return week.days[day.day]
    key = day.template_key
    return () if key is None else week.template.get(key[0], {}).get(key[1], ())


def starters_before(plan: Plan, day: TrainingDay, unknown_lineups: bool = False) -> set[str] | None:
    """Who started the match before day: a played fixture's record, a planned fixture's XI
    (None, not known, when it has none yet or unknown_lineups), on a past match day who played
    STARTER_MINUTES or more; nobody when there is no previous match."""
    if day.previous_fixture is not None:
        record = plan.records.get(day.previous_fixture)
        if record is not None:
            return set(record.starters())
        starters = plan.lineup(day.previous_fixture).starters()
        return None if unknown_lineups or not starters else set(starters)
    if day.previous_day is None:
        return set()
    history = plan.history
    on_day = history[(history["date"].dt.date == day.previous_day)]
    return set(on_day.loc[on_day["minutes"] >= STARTER_MINUTES, "player_id"])


def planned_rows(plan: Plan, unknown_lineups: bool = False) -> pd.DataFrame:
    """The planned sessions as load-table rows (kind training) per player who trains that day
    (not injured or unavailable, unless back by then). A player with a recorded training or
    other row on a date keeps that instead. Where the starters of the previous match are not
    known (a planned fixture with no XI yet, or every planned fixture with unknown_lineups,
    as the optimiser sees them), every player gets the sessions of the starters or of the
    others, whichever group's load that day is higher."""
    week = plan.training
    if week is None:
        return empty_sessions()
    recorded = plan.sessions[plan.sessions["kind"] != "match"]
    done = set(zip(recorded["date"].dt.date, recorded["player_id"], strict=True))
    goalkeepers = {p for p, player in plan.players.items() if player.main_position == "GK"}
    rows: list[tuple[date, str, float, float]] = []
    for day in training_days(plan):
        sessions = sessions_on(week, day)
        if not sessions:
            continue
        squad = [p for p in plan.players if _trains(plan, p, day.day)]
        starters = starters_before(plan, day, unknown_lineups)
        heavier = None if starters is not None else _heavier_group(sessions)
        for session in sessions:
            group = session.group
            if group in ("starters", "non_starters") and heavier is not None:
                members = squad if group == heavier else []
            elif group == "starters":
                members = [p for p in squad if p in starters]  # type: ignore[operator]
            elif group == "non_starters":
                members = [p for p in squad if p not in starters]  # type: ignore[operator]
            elif group == "goalkeepers":
                members = [p for p in squad if p in goalkeepers]
            else:
                members = squad
            rows += [
                (day.day, p, session.duration, session.rpe)
                for p in members
                if (day.day, p) not in done
            ]
    if not rows:
        return empty_sessions()
    days, players, durations, rpes = zip(*rows, strict=True)
    frame = pd.DataFrame({"date": pd.to_datetime(list(days)), "player_id": list(players)})
    frame["kind"] = "training"
    frame["duration"] = np.asarray(durations, dtype=float)
    frame["rpe"] = np.asarray(rpes, dtype=float)
    for column in SESSION_COLUMNS[5:]:
        frame[column] = np.nan
    return frame.astype({"date": "datetime64[ns]"})


def _trains(plan: Plan, player_id: str, day: date) -> bool:
    player = plan.players[player_id]
    back = player.return_date
    return player.status not in _AWAY or (back is not None and back <= day)


def _heavier_group(sessions: Sessions) -> str:
    load = {
        group: sum(s.load for s in sessions if s.group == group)
        for group in ("starters", "non_starters")
    }
    return "starters" if load["starters"] > load["non_starters"] else "non_starters"
