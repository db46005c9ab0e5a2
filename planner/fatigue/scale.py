"""The readiness scale every view and the export read: green, amber or red, cut at the plan's
thresholds (ModelParams.readiness_amber and readiness_red, editable in the model settings).

A readiness below readiness_red is red (and makes the fatigue risk high), below readiness_amber
amber, else green. Colours from docs (ux.md); a view always shows the number beside them.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, overload

import numpy as np

if TYPE_CHECKING:
    from planner.model_params import ModelParams


class ReadinessBand(Enum):
    """Where a readiness value falls on the scale; the value is the band's colour (#RRGGBB)."""

    GREEN = "#2E7D32"
    AMBER = "#F9A825"
    RED = "#C62828"


def readiness_band(readiness: float, params: ModelParams) -> ReadinessBand:
    """The band of one readiness value under the plan's thresholds."""
    if in_red(readiness, params):
        return ReadinessBand.RED
    return ReadinessBand.AMBER if readiness < params.readiness_amber else ReadinessBand.GREEN


@overload
def in_red(readiness: float, params: ModelParams) -> bool: ...
@overload
def in_red(readiness: np.ndarray, params: ModelParams) -> np.ndarray: ...
def in_red(readiness: float | np.ndarray, params: ModelParams) -> bool | np.ndarray:
    """True where readiness is red (for an array, element by element; NaN is not red)."""
    red = np.less(readiness, params.readiness_red)
    return red if isinstance(readiness, np.ndarray) else bool(red)
