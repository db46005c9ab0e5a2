"""Wide players x fixtures frames cut from the plan and its fatigue table (what tables show)."""

from __future__ import annotations

from typing import cast

import numpy as np
import pandas as pd

from planner import Plan
from planner.minutes import minutes_matrix


def wide(fatigue: pd.DataFrame, column: str, plan: Plan) -> pd.DataFrame:
    """One fatigue column as players (rows) x fixtures (columns), in the plan's order."""
    players, fixtures = list(plan.players), [f.id for f in plan.fixtures]
    values = fatigue[column]
    index = cast(pd.MultiIndex, fatigue.index)  # (player_id, fixture_id)
    if (
        len(values) == len(players) * len(fixtures)
        and list(index.levels[0][index.codes[0][:: max(len(fixtures), 1)]]) == players
        and list(index.levels[1][index.codes[1][: len(fixtures)]]) == fixtures
    ):  # the usual player-major layout: a reshape, no pivot
        data = values.to_numpy().reshape(len(players), len(fixtures))
        return pd.DataFrame(data, index=pd.Index(players), columns=pd.Index(fixtures))
    return values.unstack("fixture_id").reindex(index=players, columns=fixtures)


def minutes_columns(plan: Plan) -> dict[str, np.ndarray]:
    """Planned minutes per player (rows, every squad player) per fixture, plus a total: the
    columns of the minutes table, keyed by fixture id and TOTAL."""
    matrix = minutes_matrix(plan)
    data = matrix.to_numpy().T  # fixtures x players: a column per fixture
    return dict(zip([*matrix.columns, TOTAL], [*data, data.sum(axis=0)], strict=True))


TOTAL = "total"
