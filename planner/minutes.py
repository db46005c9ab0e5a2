"""Planned minutes per player per fixture, from the XI and the substitution plan."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planner.fixtures import Fixture
from planner.lineup import Lineup

if TYPE_CHECKING:
    from planner.plan import Plan


def lineup_minutes(
    lineup: Lineup, fixture: Fixture, added_time_per_half: int = 0
) -> dict[str, int]:
    """Minutes each player of a lineup is planned to play (players who do not play are absent).

    A starter plays from 0 until he goes off (or the end); a substitute from the minute he comes
    on until he goes off himself (or the end). Planned added time counts as minutes played:
    it is credited in proportion to the part of the match a player is on. A change in stoppage
    or extra time counts at the end of normal time: the plan's minutes are those of a match
    decided in normal time.
    """
    length = fixture.rules.match_minutes
    changes = ((min(sub.minute, length), sub.off, sub.on) for sub in sorted(lineup.substitutions))
    played = stint_minutes(lineup.starters(), changes, length)
    if added_time_per_half:
        scale = (length + 2 * added_time_per_half) / length
        played = {pid: round(m * scale) for pid, m in played.items()}
    return {pid: m for pid, m in played.items() if m > 0}


def stint_minutes(
    starters: Iterable[str], changes: Iterable[tuple[int, str, str | None]], end: int
) -> dict[str, int]:
    """Minutes on the pitch between kick-off (0) and end, per player who was on it.

    changes are (time, off, on) in time order; on is None when nobody comes on (a sending-off).
    Impossible changes (off not on the pitch, on already used) are ignored: validation
    reports them.
    """
    on_since: dict[str, int] = dict.fromkeys(starters, 0)
    played: dict[str, int] = {}
    for time, off, on in changes:
        if off not in on_since or (on is not None and (on in on_since or on in played)):
            continue
        played[off] = played.get(off, 0) + time - on_since.pop(off)
        if on is not None:
            on_since[on] = time
    for pid, start in on_since.items():
        played[pid] = played.get(pid, 0) + end - start
    return played


def planned_minutes(plan: Plan) -> pd.DataFrame:
    """Long table of planned appearances: fixture_id, player_id, kickoff, minutes, started."""
    rows = []
    for fixture in plan.fixtures:
        lineup = plan.lineup(fixture.id)
        starters = set(lineup.starters())
        for pid, minutes in lineup_minutes(
            lineup, fixture, plan.params.added_time_per_half
        ).items():
            rows.append((fixture.id, pid, fixture.kickoff, minutes, pid in starters))
    return pd.DataFrame(
        rows, columns=["fixture_id", "player_id", "kickoff", "minutes", "started"]
    ).astype({"minutes": "int64", "started": "bool"})


def minutes_matrix(plan: Plan) -> pd.DataFrame:
    """Players x fixtures planned minutes (0 where not playing), every squad player a row."""
    players = list(plan.players)
    row_of = {pid: i for i, pid in enumerate(players)}
    data = np.zeros((len(players), len(plan.fixtures)), dtype=np.int64)
    for j, fixture in enumerate(plan.fixtures):
        played = lineup_minutes(plan.lineup(fixture.id), fixture, plan.params.added_time_per_half)
        for pid, minutes in played.items():
            if pid in row_of:
                data[row_of[pid], j] = minutes
    return pd.DataFrame(
        data,
        index=pd.Index(players, name="player_id"),
        columns=pd.Index([f.id for f in plan.fixtures], name="fixture_id"),
    )
