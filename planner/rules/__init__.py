"""The one place that answers rule questions for a fixture.

May this player start in that slot, sit on the bench, come on for that one (a refusal
``Message`` or None); how many substitutions and windows are used and left; is a minute in
the match (half-time, stoppage time "90+3", extra time) and does it open a new window; is a
player suspended, is a card a suspension risk. validate, the pitch, the fixture tab's header,
the minutes editor and the optimiser all ask here (the optimiser compiles ``limits`` into
its model). The rules' values live in ``CompetitionRules`` (planner/fixtures.py), their
defaults in planner/data/competitions.json, their sources in docs/rules.md.
"""

from __future__ import annotations

import planner.wording.problems  # noqa: F401  (registers the wording of refusals and problems)
from planner.rules.cards import card_suspension, one_card_from_suspension, suspended
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
    bench_refusal,
    default_sub_minute,
    off_candidates,
    on_candidates,
    start_refusal,
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
    "Limits",
    "Overrun",
    "SubstitutionCount",
    "bench_refusal",
    "card_suspension",
    "default_sub_minute",
    "in_extra_time",
    "is_new_window",
    "last_minute",
    "limits",
    "minute_refusal",
    "off_candidates",
    "on_candidates",
    "one_card_from_suspension",
    "overruns",
    "start_refusal",
    "sub_refusal",
    "substitution_count",
    "suspended",
    "window_of",
]
