"""Wide players x fixtures frames cut from the plan and its fatigue table (what tables show)."""

from __future__ import annotations

from typing import cast

import numpy as np
import pandas as pd

from planner import Plan
from planner.minutes import minutes_matrix
from planner.played import played_minutes


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
    """Minutes per player (rows, every squad player) per fixture, plus a total: the columns of
    the minutes table, keyed by fixture id and TOTAL. A played fixture's column holds the
    minutes played (planner.played.played_minutes) and is followed by its planned minutes,
    keyed by planned_key(fixture id)."""
    matrix = minutes_matrix(plan)
    row = {pid: i for i, pid in enumerate(matrix.index)}
    columns: dict[str, np.ndarray] = {}
    for fixture, planned in zip(plan.fixtures, matrix.to_numpy().T, strict=True):
        record = plan.records.get(fixture.id)
        if record is None:
            columns[fixture.id] = planned
            continue
        actual = np.zeros_like(planned)
        for pid, minutes in played_minutes(record, fixture).items():
            if pid in row:
                actual[row[pid]] = minutes
        columns[fixture.id], columns[planned_key(fixture.id)] = actual, planned
    total = sum((columns[f.id] for f in plan.fixtures), np.zeros(len(row), dtype=np.int64))
    return {**columns, TOTAL: total}


def planned_key(fixture_id: str) -> str:
    """The minutes table's key of a played fixture's planned-minutes column."""
    return f"{fixture_id}{PLANNED}"


TOTAL = "total"
PLANNED = "\x00planned"  # no fixture id holds a NUL
