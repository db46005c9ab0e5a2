"""Squad Planner's domain and I/O core. Never imports Qt: the ui package sits on top of it.

The light domain modules load with the package; import, export, the optimiser and validation
load on first use (a module-level ``__getattr__``), so the app's start-up does not pay for
openpyxl, python-calamine or HiGHS. ``from planner import export_excel`` still works.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

from planner.fatigue import cached_fatigue_table, fatigue_load_coefficients, fatigue_table
from planner.fixtures import CompetitionRules, Fixture, default_rules
from planner.formations import Formation, Slot, formation, formations
from planner.lineup import BENCH, REST, Lineup, Substitution
from planner.minutes import minutes_matrix, planned_minutes
from planner.model_params import ModelParams
from planner.plan import ChangeKind, Plan, PlanChange, PlanError
from planner.planfile import PlanFileError, load_plan, save_plan
from planner.players import MinutesTarget, Player, Status
from planner.sample import sample_plan
from planner.substitution_follow import SubstitutionFate, SubstitutionOutcome

if TYPE_CHECKING:
    from planner.export import export_excel
    from planner.importing import (
        ImportResult,
        MergeSummary,
        SpreadsheetError,
        import_spreadsheet,
        merge_import,
    )
    from planner.suggest import Suggestion, SuggestionError, suggest, suggest_with_report
    from planner.validate import Problem, validate

# name -> the submodule that defines it, imported on first access
_LAZY = {
    "export_excel": "planner.export",
    "ImportResult": "planner.importing",
    "MergeSummary": "planner.importing",
    "SpreadsheetError": "planner.importing",
    "import_spreadsheet": "planner.importing",
    "merge_import": "planner.importing",
    "Suggestion": "planner.suggest",
    "SuggestionError": "planner.suggest",
    "suggest": "planner.suggest",
    "suggest_with_report": "planner.suggest",
    "Problem": "planner.validate",
    "validate": "planner.validate",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'planner' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


class _Package(ModuleType):
    """`planner.suggest` and `planner.validate` name both a submodule and its function: the
    import system binds the submodule on the package once it is imported, and this keeps the
    function there instead (as the eager imports used to)."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, ModuleType) and _LAZY.get(name) == value.__name__:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "BENCH",
    "REST",
    "ChangeKind",
    "CompetitionRules",
    "Fixture",
    "Formation",
    "ImportResult",
    "Lineup",
    "MergeSummary",
    "MinutesTarget",
    "ModelParams",
    "Plan",
    "PlanChange",
    "PlanError",
    "PlanFileError",
    "Player",
    "Problem",
    "Slot",
    "SpreadsheetError",
    "Status",
    "Substitution",
    "SubstitutionFate",
    "SubstitutionOutcome",
    "Suggestion",
    "SuggestionError",
    "cached_fatigue_table",
    "default_rules",
    "export_excel",
    "fatigue_load_coefficients",
    "fatigue_table",
    "formation",
    "formations",
    "import_spreadsheet",
    "load_plan",
    "merge_import",
    "minutes_matrix",
    "planned_minutes",
    "sample_plan",
    "save_plan",
    "suggest",
    "suggest_with_report",
    "validate",
]
