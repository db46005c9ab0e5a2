"""The load table: one row per player per recorded session or match (training, matches,
anything else), separate from the minutes. What the fatigue model makes of it:
planner/fatigue/load.py and docs/fatigue-model.md.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner.errors import PlannerError

SESSION_KINDS = ("match", "training", "other")
GPS_COLUMNS = ("total_distance", "hsr", "sprint_distance", "accelerations", "player_load")
"""Optional GPS measures: total distance, high-speed running and sprint distance (m),
accelerations (count), the vendor's "player load" (AU); NaN when not recorded."""
SESSION_COLUMNS = ("date", "player_id", "kind", "duration", "rpe", *GPS_COLUMNS)
MAX_DURATION = 600  # minutes: a longer session is a typing error


class SessionError(PlannerError, ValueError):
    """A load table that cannot be taken as it is; the message names the row and column."""


def empty_sessions() -> pd.DataFrame:
    """A load table with the right columns and dtypes and no rows."""
    return pd.DataFrame(
        {"date": pd.Series(dtype="datetime64[ns]"), "player_id": pd.Series(dtype="object")}
        | {"kind": pd.Series(dtype="object")}
        | {c: pd.Series(dtype="float64") for c in ("duration", "rpe", *GPS_COLUMNS)}
    )


def checked_sessions(frame: pd.DataFrame) -> pd.DataFrame:
    """frame as a load table: its columns in order with their dtypes (absent optional ones NaN),
    sorted by date and player; SessionError naming the first bad row and column otherwise.

    Needed: date, player_id, kind (match/training/other), duration (minutes, 0-600).
    rpe is 0-10 when known; the GPS columns are >= 0 when known.
    """
    missing = [c for c in ("date", "player_id", "kind", "duration") if c not in frame.columns]
    if missing:
        raise SessionError(f"the load table lacks column(s) {missing}")
    out = pd.DataFrame(
        {
            "date": pd.to_datetime(frame["date"]).astype("datetime64[ns]"),
            "player_id": frame["player_id"].astype(object),
            "kind": frame["kind"].astype(object),
        }
    )
    for column in ("duration", "rpe", *GPS_COLUMNS):
        values = frame[column] if column in frame.columns else np.nan
        numbers = pd.to_numeric(pd.Series(values, index=frame.index), errors="coerce")
        out[column] = numbers.astype(float)
    _check(out, frame)
    return out.sort_values(["date", "player_id"], kind="stable").reset_index(drop=True)


def _check(out: pd.DataFrame, raw: pd.DataFrame) -> None:
    def fail(bad: np.ndarray, column: str, why: str) -> None:
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise SessionError(f"load table row {row + 1}, {column}: {why}")

    fail(out["date"].isna().to_numpy(), "date", "no date")
    ids = out["player_id"]
    fail(~ids.map(lambda v: isinstance(v, str) and bool(v)).to_numpy(bool), "player_id", "no id")
    fail(~out["kind"].isin(SESSION_KINDS).to_numpy(), "kind", f"not one of {SESSION_KINDS}")
    duration = out["duration"].to_numpy()
    fail(~((duration >= 0) & (duration <= MAX_DURATION)), "duration", "not 0-600 minutes")
    for column in ("rpe", *GPS_COLUMNS):
        values = out[column].to_numpy()
        given = raw[column].notna().to_numpy() if column in raw.columns else values == values
        fail(given & np.isnan(values), column, "not a number")
    rpe = out["rpe"].to_numpy()
    fail((rpe < 0) | (rpe > 10), "rpe", "outside the 0-10 scale")
    for column in GPS_COLUMNS:
        fail(out[column].to_numpy() < 0, column, "negative")
