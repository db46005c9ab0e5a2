"""The load and fatigue model: EWMA acute:chronic workload and Banister readiness per player
per planned fixture (docs/fatigue-model.md)."""

from planner.fatigue.linear import FatigueCoefficients, fatigue_load_coefficients
from planner.fatigue.scale import ReadinessBand, in_red, readiness_band
from planner.fatigue.table import (
    REASONS,
    RISK_LEVELS,
    cached_fatigue_table,
    fatigue_table,
    reason_flags,
)

__all__ = [
    "REASONS",
    "RISK_LEVELS",
    "FatigueCoefficients",
    "ReadinessBand",
    "cached_fatigue_table",
    "fatigue_load_coefficients",
    "fatigue_table",
    "in_red",
    "readiness_band",
    "reason_flags",
]
