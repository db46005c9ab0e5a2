"""Squad Planner's domain and I/O core. Never imports Qt: the ui package sits on top of it."""

from planner.fixtures import CompetitionRules, Fixture, default_rules
from planner.formations import Formation, Slot, formation, formations
from planner.lineup import BENCH, REST, Lineup, Substitution
from planner.minutes import minutes_matrix, planned_minutes
from planner.model_params import ModelParams
from planner.plan import Plan, PlanChange, PlanError
from planner.planfile import PlanFileError, load_plan, save_plan
from planner.players import MinutesTarget, Player, Status
from planner.sample import sample_plan

__all__ = [
    "BENCH",
    "REST",
    "CompetitionRules",
    "Fixture",
    "Formation",
    "Lineup",
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
    "default_rules",
    "formation",
    "formations",
    "load_plan",
    "minutes_matrix",
    "planned_minutes",
    "sample_plan",
    "save_plan",
]
