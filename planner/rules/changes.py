"""Substitutions against the rules: the limits, the changes and windows used, and each
change the rules do not allow (too many, or a player who cannot come on or go off then)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from planner.fixtures import CompetitionRules
from planner.lineup import Lineup, Substitution
from planner.rules.timing import in_extra_time, last_minute, minute_refusal, window_of


@dataclass(frozen=True)
class Limits:
    """How many changes and windows the rules allow (the optimiser compiles these)."""

    substitutes: int  # in normal time
    windows: int
    extra_time_substitutes: int  # more, in extra time only (0 when the tie cannot go there)
    extra_time_windows: int
    concussion_substitutes: int  # outside the count of changes and windows
    bench: int
    last_minute: int  # 90, or 120 with extra time

    @property
    def all_substitutes(self) -> int:
        return self.substitutes + self.extra_time_substitutes

    @property
    def all_windows(self) -> int:
        return self.windows + self.extra_time_windows


def limits(rules: CompetitionRules) -> Limits:
    """The limits of a fixture's rules."""
    extra = rules.extra_time
    return Limits(
        substitutes=rules.substitutes_allowed,
        windows=rules.substitution_windows,
        extra_time_substitutes=rules.extra_time_substitutes if extra else 0,
        extra_time_windows=rules.extra_time_windows if extra else 0,
        concussion_substitutes=rules.concussion_substitutes,
        bench=rules.bench_size,
        last_minute=last_minute(rules),
    )


@dataclass(frozen=True)
class Overrun:
    """A change past a limit: the number'th change (window, concussion substitute) where
    allowed are allowed by then."""

    sub: Substitution
    code: str  # too-many-substitutions, too-many-windows, too-many-concussion-substitutions
    number: int
    allowed: int


def overruns(subs: Iterable[Substitution], rules: CompetitionRules) -> Iterator[Overrun]:
    """Each change, in match order, that goes past a limit. The extra-time substitution and
    window count only for changes made in extra time."""
    lim = limits(rules)
    changes = concussion = 0
    windows: list[object] = []
    for sub in sorted(subs, key=lambda s: (s.when, s)):
        if sub.concussion:
            concussion += 1
            if concussion > lim.concussion_substitutes:
                code = "too-many-concussion-substitutions"
                yield Overrun(sub, code, concussion, lim.concussion_substitutes)
            continue
        extra = in_extra_time(sub, rules)
        changes += 1
        allowed = lim.substitutes + (lim.extra_time_substitutes if extra else 0)
        if changes > allowed:
            yield Overrun(sub, "too-many-substitutions", changes, allowed)
        window = window_of(sub, rules)
        if window is not None and window not in windows:
            windows.append(window)
            allowed = lim.windows + (lim.extra_time_windows if extra else 0)
            if len(windows) > allowed:
                yield Overrun(sub, "too-many-windows", len(windows), allowed)


@dataclass(frozen=True)
class SubstitutionCount:
    """Changes, windows and concussion substitutes used, the limits, and whether they fit."""

    changes: int
    windows: int
    concussion: int
    limits: Limits
    fits: bool

    @property
    def changes_left(self) -> int:
        return max(0, self.limits.all_substitutes - self.changes)

    @property
    def windows_left(self) -> int:
        return max(0, self.limits.all_windows - self.windows)


def substitution_count(lineup: Lineup, rules: CompetitionRules) -> SubstitutionCount:
    """What a fixture's planned changes use of the rules (the tab header shows it)."""
    subs = lineup.substitutions
    windows = {window_of(s, rules) for s in subs} - {None}
    concussion = sum(1 for s in subs if s.concussion)
    return SubstitutionCount(
        changes=len(subs) - concussion,
        windows=len(windows),
        concussion=concussion,
        limits=limits(rules),
        fits=next(overruns(subs, rules), None) is None,
    )


@dataclass(frozen=True)
class ChangeProblem:
    """A planned change that cannot be made: a worded reason and the player it is about."""

    sub: Substitution
    code: str
    player_id: str
    params: dict[str, object]


def change_problems(
    lineup: Lineup, rules: CompetitionRules, names: dict[str, str]
) -> Iterator[ChangeProblem]:
    """Changes that cannot be made as planned, in match order: outside the match, a player
    who went off coming back, one already on, one not on the bench, one going off who is not
    on the pitch then. names: player id -> name for the wording."""
    on_pitch, bench = set(lineup.starters()), set(lineup.bench)
    gone_off: dict[str, Substitution] = {}
    came_on: set[str] = set()
    for sub in sorted(lineup.substitutions, key=lambda s: (s.when, s)):
        params: dict[str, object] = {
            "on": names.get(sub.on, sub.on),
            "off": names.get(sub.off, sub.off),
            "minute": sub.clock,
        }
        outside = minute_refusal(rules, sub.minute, sub.added, half_time=sub.half_time)
        if outside is not None:
            yield ChangeProblem(sub, "sub-minute-outside", sub.on, params)
        found = _cannot(sub, on_pitch, bench, gone_off, came_on)
        if found is not None:
            code, player = found
            if code == "re-entry":
                params["left"] = gone_off[sub.on].clock
            yield ChangeProblem(sub, code, player, params)
            continue
        on_pitch.remove(sub.off)
        gone_off[sub.off] = sub
        on_pitch.add(sub.on)
        came_on.add(sub.on)


def _cannot(
    sub: Substitution,
    on_pitch: set[str],
    bench: set[str],
    gone_off: dict[str, Substitution],
    came_on: set[str],
) -> tuple[str, str] | None:
    if sub.on in gone_off:
        return "re-entry", sub.on
    if sub.on in on_pitch or sub.on in came_on:
        return "sub-already-on", sub.on
    if sub.on not in bench:
        return "sub-not-on-bench", sub.on
    if sub.off not in on_pitch:
        return "sub-off-not-on-pitch", sub.off
    return None
