"""``suggest(plan)``: the best rotation across the planned fixtures, solved exactly."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field

from planner.lineup import Lineup
from planner.plan import Plan
from planner.suggest.columns import solve_by_columns
from planner.suggest.decode import lineup_columns, suggested_lineups
from planner.suggest.explain import LineupChange, explain, fixture_headlines, lineup_changes
from planner.suggest.greedy import greedy_lineups
from planner.suggest.horizon import block_lineups
from planner.suggest.instance import Instance, SuggestionError, build_instance
from planner.suggest.milp import build_model, choose_formulation, lock_label
from planner.suggest.options import SuggestOptions
from planner.suggest.score import objective
from planner.suggest.solver import Solution, solve
from planner.wording import Message
from planner.wording.locks import lock_name, lock_problem

RULE_GROUPS = ("locks", "minutes targets", "readiness floors", "key fixture risk")


@dataclass(frozen=True)
class Suggestion:
    """A suggested plan and how it was found: objective (importance-weighted rating points),
    relative optimality gap (0 = proven best), seconds spent solving (first lineups and the
    MILP), one line per player, what changed (lines worded at the edge: planner/wording)."""

    plan: Plan
    objective: float
    gap: float
    seconds: float
    optimal: bool
    explanations: dict[str, Message] = field(default_factory=dict)
    changes: list[LineupChange] = field(default_factory=list)
    headlines: dict[str, Message] = field(default_factory=dict)  # by fixture id, XI before -> after


def suggest(plan: Plan, options: SuggestOptions | None = None) -> Plan:
    """A new plan with the suggested lineups (the input plan is not changed)."""
    return suggest_with_report(plan, options).plan


def suggest_with_report(plan: Plan, options: SuggestOptions | None = None) -> Suggestion:
    """The suggested plan with objective, gap, solve time, explanations and changes.

    Raises SuggestionError naming the conflict when no lineup meets every rule.
    """
    options = options or SuggestOptions()
    inst = build_instance(plan, options)
    began = time.perf_counter()
    sol = _solve(inst, choose_formulation(inst))
    if sol.values is None:
        raise SuggestionError(_why_not(inst, sol))
    result = _with(plan, suggested_lineups(inst, sol))
    result.revision = 0
    return Suggestion(
        plan=result,
        objective=sol.objective,
        gap=sol.gap,
        seconds=time.perf_counter() - began,
        optimal=sol.optimal,
        explanations=explain(inst, plan, result),
        changes=lineup_changes(plan, result),
        headlines=fixture_headlines(inst, plan, result),
    )


def _solve(inst: Instance, chosen: str) -> Solution:
    """Solve as `chosen` says, starting from the better of the greedy pick and, for long
    weeks, the block-by-block lineups: the answer is never worse than either. Column
    generation falls back on the block formulation when it cannot start."""
    began = time.perf_counter()
    start = _first_lineups(inst, long_week=chosen not in ("patterns", "columns"))
    left = max(0.1, inst.options.time_limit - (time.perf_counter() - began))
    if chosen == "columns":
        sol = solve_by_columns(inst, start, left)
        if sol is not None:
            return sol
        chosen = "blocks"
        left = max(0.1, inst.options.time_limit - (time.perf_counter() - began))
    model = build_model(inst, formulation=chosen)
    return solve(model, left, start=lineup_columns(inst, model, start) if start else None)


def _first_lineups(inst: Instance, *, long_week: bool) -> dict[str, Lineup] | None:
    """The better of the greedy pick and, for long weeks solved in blocks or pairwise, the
    block-by-block lineups (None if neither finds lineups)."""
    candidates = []
    with contextlib.suppress(SuggestionError):  # the greedy pick can get stuck
        candidates.append(greedy_lineups(inst))
    if long_week:
        blocks = block_lineups(inst, 0.8 * inst.options.time_limit)
        if blocks is not None:
            candidates.append(blocks)
    if not candidates:
        return None
    return max(candidates, key=lambda lineups: objective(inst, _with(inst.plan, lineups)))


def _with(plan: Plan, lineups: dict[str, Lineup]) -> Plan:
    result = plan.copy()
    for fid, lineup in lineups.items():
        result.set_lineup(fid, lineup)
    return result


def _why_not(inst: Instance, sol: Solution) -> str | Message:
    """Name the rule (and, where one alone does it, the case) that makes the plan impossible."""
    if not sol.infeasible:
        return (
            f"the solver found no lineup within {inst.options.time_limit:g} s; "
            "allow it more time or lock more players"
        )
    # the pairwise formulation states every rule in labelled rows: drop them one at a time
    limit = inst.options.time_limit

    def feasible_without(name: str) -> bool:
        model = build_model(inst, frozenset({name}), formulation="pairwise")
        return solve(model, limit, feasibility=True).values is not None

    tags = build_model(inst, formulation="pairwise").rows.tags
    for group in RULE_GROUPS:
        if not feasible_without(group):
            continue
        labels = sorted({label for g, label in tags if g == group and label})
        single = [label for label in labels[:40] if feasible_without(label)]
        if single and group == "locks":
            return _unmet_lock(inst, single[0])
        if single:
            return "no lineup meets every rule; it would without: " + "; ".join(single[:3])
        return f"no lineup meets the {group} together with the other rules; relax some of them"
    return "no lineup meets the squad, bench and substitution rules of the fixtures"


def _unmet_lock(inst: Instance, label: str) -> Message:
    """The sentence for the lock whose row is labelled label (milp.lock_label)."""
    for fx in inst.fixtures:
        for pid in fx.locks:
            if lock_label(fx, pid) == label:
                lock = inst.plan.locks[fx.fixture.id][pid]
                name = inst.player(pid).name
                return lock_problem("unmet", name, fx.fixture, lock=lock_name(lock))
    raise KeyError(label)
