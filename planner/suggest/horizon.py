"""A good first lineup for long weeks: solve a few fixtures at a time exactly (week patterns),
each block seeing the minutes of the blocks before it as past matches, and hand the joined
result to the whole-week MILP as its starting point. Never the answer itself: the whole-week
solve then improves on it and reports its gap."""

from __future__ import annotations

import contextlib
import time
from dataclasses import replace

import pandas as pd

from planner.lineup import Lineup
from planner.minutes import lineup_minutes
from planner.plan import Plan
from planner.players import MinutesTarget
from planner.suggest.decode import lineup_columns, suggested_lineups
from planner.suggest.greedy import greedy_lineups
from planner.suggest.instance import Instance, SuggestionError, build_instance
from planner.suggest.milp import build_model
from planner.suggest.solver import solve
from planner.suggest.weeks import BLOCK, PATTERN_BUDGET, pattern_count


def block_lineups(inst: Instance, seconds: float) -> dict[str, Lineup] | None:
    """Lineups for every fixture, block by block, or None if a block finds none in time."""
    plan, options = inst.plan, replace(inst.options, formulation="patterns")
    fixtures = [fx.fixture for fx in inst.fixtures]
    chosen: dict[str, Lineup] = {}
    deadline = time.perf_counter() + seconds
    for first in range(0, len(fixtures), BLOCK):
        block = fixtures[first : first + BLOCK]
        last = first + BLOCK >= len(fixtures)
        sub = _block_plan(plan, [f.id for f in block], chosen, last)
        try:
            sub_inst = build_instance(sub, options)
        except SuggestionError:
            return None
        if pattern_count(sub_inst, sub_inst.fixtures) > PATTERN_BUDGET:
            return None
        share = len(block) / (len(fixtures) - first)
        left = max(0.1, (deadline - time.perf_counter()) * share)
        model = build_model(sub_inst, formulation="patterns")
        start = None
        with contextlib.suppress(SuggestionError):  # the greedy pick can get stuck
            start = lineup_columns(sub_inst, model, greedy_lineups(sub_inst))
        sol = solve(model, left, start=start)
        if sol.values is None:
            return None
        chosen.update(suggested_lineups(sub_inst, sol))
    return chosen


def _block_plan(plan: Plan, block: list[str], chosen: dict[str, Lineup], last: bool) -> Plan:
    """The plan cut to one block (played fixtures stay: their minutes are past minutes), the
    minutes chosen so far moved into its history."""
    sub = plan.copy()
    for fixture in plan.fixtures:
        if fixture.id not in block and fixture.id not in plan.records:
            sub.remove_fixture(fixture.id)
    rows, used = [], dict.fromkeys(plan.players, 0)
    added = plan.params.added_time_per_half
    for fixture in plan.fixtures:
        if fixture.id in chosen:
            for pid, m in lineup_minutes(chosen[fixture.id], fixture, added).items():
                rows.append((fixture.kickoff.date(), pid, m, fixture.competition, fixture.opponent))
                used[pid] += m
    if rows:
        frame = pd.DataFrame(rows, columns=list(plan.history.columns))
        sub.set_history(pd.concat([plan.history, frame], ignore_index=True))
    for pid, target in plan.targets.items():
        low = max(0, target.minimum - used[pid]) if target.minimum is not None and last else None
        high = max(0, target.maximum - used[pid]) if target.maximum is not None else None
        sub.set_target(pid, MinutesTarget(low, high))
    return sub
