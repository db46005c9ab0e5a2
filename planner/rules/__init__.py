"""The one place that answers rule questions for a fixture.

May this player start in that slot, sit on the bench, come on for that one (a refusal
``Message`` or None); how many substitutions and windows are used and left; is a minute in
the match (half-time, stoppage time "90+3", extra time) and does it open a new window; is a
player available for a fixture (status, return date, bans from cards), is a card a
suspension risk. validate, the pitch, the fixture tab's header,
the minutes editor and the optimiser all ask here (the optimiser compiles ``limits`` into
its model). The rules' values live in ``CompetitionRules`` (planner/fixtures.py), their
defaults in planner/data/competitions.json, their sources in docs/rules.md.
"""

from __future__ import annotations

import planner.wording.problems  # noqa: F401  (registers the wording of refusals and problems)
from planner.rules.cards import (
    Ban,
    card_ban,
    card_suspension,
    one_card_from_suspension,
    recorded_yellows,
    suspended,
)
from planner.rules.changes import (
    Limits,
    Overrun,
    SubstitutionCount,
    limits,
    overruns,
    substitution_count,
)
from planner.rules.selection import (
    DEFAULT_SUB_MINUTE,
    RETURNING,
    Absence,
    absence,
    absence_name,
    available,
    back_for,
    bench_refusal,
    default_sub_minute,
    fixture_day,
    off_candidates,
    on_candidates,
    start_refusal,
    status_for,
    sub_refusal,
)
from planner.rules.timing import (
    in_extra_time,
    is_new_window,
    last_minute,
    minute_refusal,
    window_of,
)

__all__ = [
    "DEFAULT_SUB_MINUTE",
    "RETURNING",
    "Absence",
    "Ban",
    "Limits",
    "Overrun",
    "SubstitutionCount",
    "absence",
    "absence_name",
    "available",
    "back_for",
    "bench_refusal",
    "card_ban",
    "card_suspension",
    "default_sub_minute",
    "fixture_day",
    "in_extra_time",
    "is_new_window",
    "last_minute",
    "limits",
    "minute_refusal",
    "off_candidates",
    "on_candidates",
    "one_card_from_suspension",
    "overruns",
    "recorded_yellows",
    "start_refusal",
    "status_for",
    "sub_refusal",
    "substitution_count",
    "suspended",
    "window_of",
]
