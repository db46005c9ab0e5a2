"""When a change can happen: the match's minutes, stoppage time, extra time, and which
stoppage of play (window) a change uses."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from planner.fixtures import CompetitionRules
from planner.lineup import Substitution
from planner.wording import Message

HALF_TIME = "half-time"


def last_minute(rules: CompetitionRules) -> int:
    """The end of the match as planned: 90, or 120 for a tie that can go to extra time."""
    return rules.match_minutes + (rules.extra_time_minutes if rules.extra_time else 0)


def period_ends(rules: CompetitionRules) -> tuple[int, ...]:
    """The minutes that end a period and may have stoppage time after them (45, 90; with
    extra time also 105 and 120)."""
    length = rules.match_minutes
    ends = [length // 2, length]
    if rules.extra_time:
        ends += [length + rules.extra_time_minutes // 2, length + rules.extra_time_minutes]
    return tuple(ends)


def in_extra_time(sub: Substitution, rules: CompetitionRules) -> bool:
    """The change is made in extra time (after the 90 and its stoppage time)."""
    return rules.extra_time and sub.minute > rules.match_minutes


def minute_refusal(
    rules: CompetitionRules, minute: int, added: int = 0, *, half_time: bool = False
) -> Message | None:
    """Why a change cannot be planned at minute (+added), or None when it is in the match:
    1'..89' (or 119' with extra time), stoppage time after a period's end up to
    stoppage_minutes ("90+3"), and half-time."""
    if half_time:
        return None
    end = last_minute(rules)
    if added:
        if minute in period_ends(rules) and 0 < added <= rules.stoppage_minutes:
            return None
        return Message(
            "refusal.stoppage-outside",
            {"minute": minute, "added": added, "most": rules.stoppage_minutes},
        )
    if 0 < minute < end:
        return None
    return Message("refusal.minute-outside", {"minute": minute, "last": end - 1})


def window_of(sub: Substitution, rules: CompetitionRules) -> Hashable | None:
    """The stoppage of play a change uses up, or None when it uses none: a concussion
    substitute, or a half-time change where half-time is not a window."""
    if sub.concussion:
        return None
    if sub.half_time:
        return HALF_TIME if rules.half_time_is_window else None
    return (sub.minute, sub.added)


def is_new_window(
    subs: Iterable[Substitution], rules: CompetitionRules, minute: int, added: int = 0
) -> bool:
    """Would a change at minute (+added) open a window the planned changes have not used?"""
    used = {window_of(s, rules) for s in subs}
    return (minute, added) not in used
