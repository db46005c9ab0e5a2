"""The planned training week: sessions around the matches (the microcycle), as staff plan them.

A template gives the sessions of each day between two matches by the gap between them (days
from one match day to the next) and the day's place in it (days after the previous match);
per-day edits replace the template's sessions of one date. What the sessions do to the load:
planner.microcycle and docs/fatigue-model.md ("Planned training").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.errors import PlannerError
from planner.resources import load_json

if TYPE_CHECKING:
    from planner.planschema import _Checker

GROUPS = ("everyone", "starters", "non_starters", "goalkeepers")
"""Who does a session: the whole squad, the starters or the others of the previous match,
the goalkeepers."""
FOCUSES = ("recovery", "compensation", "activation", "tactical", "loading")
LONGEST_TEMPLATE = 7  # days: a longer gap uses this template at its ends (see microcycle.py)
MAX_SESSION_MINUTES = 240


class TrainingError(PlannerError, ValueError):
    """A planned session or training week that cannot be taken as it is."""


@dataclass(frozen=True)
class PlannedSession:
    """One planned session: who, what, how long (minutes) and how hard (RPE 0-10)."""

    group: str
    focus: str
    duration: int
    rpe: float

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise TrainingError(f"group {self.group!r} is not one of {GROUPS}")
        if self.focus not in FOCUSES:
            raise TrainingError(f"focus {self.focus!r} is not one of {FOCUSES}")
        if not 0 < self.duration <= MAX_SESSION_MINUTES:
            raise TrainingError(f"duration {self.duration} is not 1-{MAX_SESSION_MINUTES} minutes")
        if not 0 <= self.rpe <= 10:
            raise TrainingError(f"RPE {self.rpe} is outside the 0-10 scale")

    @property
    def load(self) -> float:
        """Session-RPE load (AU)."""
        return self.rpe * self.duration


Sessions = tuple[PlannedSession, ...]
Template = dict[int, dict[int, Sessions]]  # gap (days) -> day after the previous match -> ...


@dataclass(frozen=True)
class TrainingWeek:
    """The template per gap and the per-day edits (a date's sessions, () = a rest day)."""

    template: Template = field(default_factory=lambda: default_template())
    days: dict[date, Sessions] = field(default_factory=dict)

    def with_days(self, days: dict[date, Sessions]) -> TrainingWeek:
        """The same template with these per-day edits."""
        return TrainingWeek(self.template, dict(sorted(days.items())))


def default_template() -> Template:
    """The shipped template (planner/data/microcycle.json)."""
    return template_from_dict(load_json("microcycle.json")["template"])


def day_label(after: int | None, before: int) -> str:
    """'MD+n' counted from the previous match (after days ago) or 'MD-n' to the next one
    (before days ahead), whichever is nearer; a tie counts from the previous match."""
    if after is not None and after <= before:
        return f"MD+{after}"
    return f"MD-{before}"


def sessions_to_list(sessions: Sessions) -> list[list[Any]]:
    return [[s.group, s.focus, s.duration, s.rpe] for s in sessions]


def sessions_from_list(rows: list[list[Any]]) -> Sessions:
    return tuple(PlannedSession(str(g), str(f), int(d), float(r)) for g, f, d, r in rows)


def template_to_dict(template: Template) -> dict[str, dict[str, list[list[Any]]]]:
    return {
        str(gap): {str(day): sessions_to_list(s) for day, s in days.items()}
        for gap, days in template.items()
    }


def template_from_dict(data: dict[str, dict[str, list[list[Any]]]]) -> Template:
    return {
        int(gap): {int(day): sessions_from_list(rows) for day, rows in days.items()}
        for gap, days in data.items()
    }


def week_to_dict(week: TrainingWeek) -> dict[str, Any]:
    """The week as JSON-ready data (plan files)."""
    return {
        "template": template_to_dict(week.template),
        "days": {day.isoformat(): sessions_to_list(s) for day, s in week.days.items()},
    }


def week_from_dict(data: dict[str, Any]) -> TrainingWeek:
    """A week from week_to_dict's data (checked by planner.planschema first)."""
    days = {date.fromisoformat(d): sessions_from_list(rows) for d, rows in data["days"].items()}
    return TrainingWeek(template_from_dict(data["template"]), days)


def check_training(check: _Checker, week: object) -> None:
    """Report through check every part of a plan file's training week that is wrong."""
    if week is None or not check.mapping(week, "training"):
        return
    assert isinstance(week, dict)
    for key in ("template", "days"):
        if key not in week:
            check.fail(f"training.{key}", "missing")
    template = week.get("template", {})
    if check.mapping(template, "training.template"):
        for gap, days in template.items():
            path = f"training.template.{gap}"
            if not (gap.isdigit() and 2 <= int(gap) <= LONGEST_TEMPLATE):
                check.fail(path, f"a gap must be 2-{LONGEST_TEMPLATE} days")
            elif check.mapping(days, path):
                for day, rows in days.items():
                    if not (day.isdigit() and 1 <= int(day) < int(gap)):
                        check.fail(f"{path}.{day}", f"a day must be 1-{int(gap) - 1}")
                    else:
                        _check_sessions(check, rows, f"{path}.{day}")
    days = week.get("days", {})
    if check.mapping(days, "training.days"):
        for day, rows in days.items():
            check.day(day, f"training.days.{day}")
            _check_sessions(check, rows, f"training.days.{day}")


def _check_sessions(check: _Checker, rows: object, path: str) -> None:
    if not check.sequence(rows, path):
        return
    assert isinstance(rows, list)
    for index, row in enumerate(rows):
        where = f"{path}[{index}]"
        if not isinstance(row, list) or len(row) != 4:
            check.fail(where, "needs [group, focus, duration, rpe]")
            continue
        group, focus, duration, rpe = row
        numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in row[2:])
        if not numbers or not float(duration).is_integer():
            check.fail(where, "duration must be whole minutes and rpe a number")
            continue
        try:
            PlannedSession(group, focus, int(duration), float(rpe))
        except TrainingError as exc:
            check.fail(where, str(exc))
