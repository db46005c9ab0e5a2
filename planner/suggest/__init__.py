"""Rotation optimiser: the best XI, bench and substitutions for every planned fixture, from an
exact MILP (HiGHS via highspy). Formulation: docs/rotation-optimiser.md."""

from planner.suggest.api import Suggestion, suggest, suggest_with_report
from planner.suggest.explain import LineupChange, change_summary
from planner.suggest.instance import SuggestionError
from planner.suggest.options import SuggestOptions

__all__ = [
    "LineupChange",
    "SuggestOptions",
    "Suggestion",
    "SuggestionError",
    "change_summary",
    "suggest",
    "suggest_with_report",
]
