"""Squad Planner's domain and I/O core. Never imports Qt: the ui package sits on top of it.

The package names the light domain modules' public parts. Import, export, the optimiser and
validation are imported from their own modules where they are used (``from planner.export
import export_excel``), so importing the package does not load openpyxl, python-calamine or
HiGHS.
"""

from __future__ import annotations

from planner.fatigue import cached_fatigue_table, fatigue_load_coefficients, fatigue_table
from planner.fixtures import CompetitionRules, Fixture, default_rules
from planner.formations import Formation, Slot, formation, formations
from planner.lineup import BENCH, REST, Lineup, Substitution
from planner.locks import Lock, LockKind
from planner.minutes import minutes_matrix, planned_minutes
from planner.model_params import ModelParams
from planner.plan import ChangeKind, Plan, PlanChange, PlanError
from planner.planfile import PlanFileError, load_plan, save_plan
from planner.players import MinutesTarget, Player, Status
from planner.sample import sample_plan
from planner.substitution_follow import SubstitutionFate, SubstitutionOutcome

__all__ = [
    "BENCH",
    "REST",
    "ChangeKind",
    "CompetitionRules",
    "Fixture",
    "Formation",
    "Lineup",
    "Lock",
    "LockKind",
    "MinutesTarget",
    "ModelParams",
    "Plan",
    "PlanChange",
    "PlanError",
    "PlanFileError",
    "Player",
    "Slot",
    "Status",
    "Substitution",
    "SubstitutionFate",
    "SubstitutionOutcome",
    "cached_fatigue_table",
    "default_rules",
    "fatigue_load_coefficients",
    "fatigue_table",
    "formation",
    "formations",
    "load_plan",
    "minutes_matrix",
    "planned_minutes",
    "sample_plan",
    "save_plan",
]
