"""Planned substitutions follow the places of the players an edit moves.

A change belongs to a place in the lineup: the slot of the player going off, the bench place
of the player coming on. When an edit puts someone else in that place, he takes the change
over; a change nobody can take over any more is removed. Either way the edit reports it, as
data the UI words (no text here).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from planner.lineup import Lineup, Substitution


class SubstitutionFate(StrEnum):
    """What an edit did to a planned substitution it touched."""

    KEPT = "kept"  # still planned, with another player going off and/or coming on
    REMOVED = "removed"  # it could no longer happen, so it is gone


@dataclass(frozen=True)
class SubstitutionOutcome:
    """One planned change an edit touched: before as it was, after as it is now (None when
    removed)."""

    fate: SubstitutionFate
    before: Substitution
    after: Substitution | None = None


Outcomes = tuple[SubstitutionOutcome, ...]


def follow_places(lineup: Lineup, successors: Mapping[str, str]) -> Outcomes:
    """Hand every planned change of a player in successors over to the player who took his
    place (old id -> new id), then remove the changes that cannot happen in the lineup as it
    now stands (see can_happen). Returns what happened to each change that differs."""
    renamed = [
        replace(s, off=successors.get(s.off, s.off), on=successors.get(s.on, s.on))
        for s in lineup.substitutions
    ]
    possible = can_happen(lineup, renamed)
    outcomes: list[SubstitutionOutcome] = []
    for before, after, ok in zip(lineup.substitutions, renamed, possible, strict=True):
        if not ok:
            outcomes.append(SubstitutionOutcome(SubstitutionFate.REMOVED, before))
        elif after != before:
            outcomes.append(SubstitutionOutcome(SubstitutionFate.KEPT, before, after))
    lineup.substitutions = sorted(s for s, ok in zip(renamed, possible, strict=True) if ok)
    return tuple(outcomes)


def can_happen(lineup: Lineup, subs: list[Substitution]) -> list[bool]:
    """For each change, whether it can still happen: the player coming on sits on the bench and
    the one going off is on the pitch by then (a starter, or on from an earlier change that
    can happen)."""
    starters, bench = set(lineup.starters()), set(lineup.bench)
    ok = [False] * len(subs)
    came_on: dict[str, int] = {}
    for i in sorted(range(len(subs)), key=lambda i: subs[i]):
        s = subs[i]
        on_pitch = s.off in starters or came_on.get(s.off, s.minute) < s.minute
        if s.on in bench and on_pitch:
            ok[i] = True
            came_on.setdefault(s.on, s.minute)
    return ok
