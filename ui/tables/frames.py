"""Wide players x fixtures frames cut from the plan and its fatigue table (what tables show)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner import Plan
from planner.minutes import lineup_minutes


def wide(fatigue: pd.DataFrame, column: str, plan: Plan) -> pd.DataFrame:
    """One fatigue column as players (rows) x fixtures (columns), in the plan's order."""
    players, fixtures = list(plan.players), [f.id for f in plan.fixtures]
    values = fatigue[column]
    index = fatigue.index
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
    players, fixtures = list(plan.players), plan.fixtures
    row_of = {pid: i for i, pid in enumerate(players)}
    data = np.zeros((len(fixtures) + 1, len(players)), dtype=np.int64)
    for j, fixture in enumerate(fixtures):
        minutes = lineup_minutes(plan.lineup(fixture.id), fixture, plan.params.added_time_per_half)
        for pid, m in minutes.items():
            if pid in row_of:
                data[j, row_of[pid]] = m
    data[-1] = data[:-1].sum(axis=0)
    return dict(zip([*(f.id for f in fixtures), TOTAL], data, strict=True))


TOTAL = "total"
