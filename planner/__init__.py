"""Squad Planner's domain and I/O core. Never imports Qt: the ui package sits on top of it."""

from planner.export import export_excel
from planner.fatigue import cached_fatigue_table, fatigue_load_coefficients, fatigue_table
from planner.fixtures import CompetitionRules, Fixture, default_rules
from planner.formations import Formation, Slot, formation, formations
from planner.importing import (
    ImportResult,
    MergeSummary,
    SpreadsheetError,
    import_spreadsheet,
    merge_import,
)
from planner.lineup import BENCH, REST, Lineup, Substitution
from planner.minutes import minutes_matrix, planned_minutes
from planner.model_params import ModelParams
from planner.plan import Plan, PlanChange, PlanError
from planner.planfile import PlanFileError, load_plan, save_plan
from planner.players import MinutesTarget, Player, Status
from planner.sample import sample_plan
from planner.suggest import Suggestion, SuggestionError, suggest, suggest_with_report
from planner.validate import Problem, validate

__all__ = [
    "BENCH",
    "REST",
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
