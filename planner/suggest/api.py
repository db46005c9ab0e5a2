"""``suggest(plan)``: the best rotation across the planned fixtures, solved exactly."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field

from planner.lineup import Lineup
from planner.plan import Plan
from planner.suggest.bound import upper_bound
from planner.suggest.columns import solve_by_columns
from planner.suggest.decode import lineup_columns, suggested_lineups
from planner.suggest.explain import LineupChange, explain, fixture_headlines, lineup_changes
from planner.suggest.greedy import greedy_lineups
from planner.suggest.horizon import block_lineups
from planner.suggest.instance import Instance, SuggestionError, build_instance
from planner.suggest.milp import (
    OutOfTime,
    build_model,
    choose_formulation,
    lock_label,
    model_seconds,
)
from planner.suggest.options import SuggestOptions
from planner.suggest.score import objective
from planner.suggest.solver import Solution, solve
from planner.wording import Message
from planner.wording.common import joined
from planner.wording.locks import lock_name, lock_problem
from planner.wording.suggest import rule_group, suggestion_problem

COLUMNS = ("patterns", "columns")  # whole-week formulations: no block-by-block start
BLOCKS_SHARE = 0.3  # of the time left, for the block-by-block first lineups
BUILD_SHARE = 0.5  # of the time left: a model that takes longer to build is not built
RULE_GROUPS = ("locks", "minutes targets", "readiness floors", "key fixture risk")


@dataclass(frozen=True)
class Suggestion:
    """A suggested plan and how it was found: objective (importance-weighted rating points),
    relative optimality gap (0 = proven best), seconds in all (building included), whether
    the exact model was solved or, too big for the time limit, the greedy pick was returned
    (its gap then against a quick bound), one line per player, what changed (lines worded
    at the edge: planner/wording)."""

    plan: Plan
    objective: float
    gap: float
    seconds: float
    optimal: bool
    exact: bool = True  # False: the model could not be built in time; the greedy pick
    explanations: dict[str, Message] = field(default_factory=dict)
    changes: list[LineupChange] = field(default_factory=list)
    headlines: dict[str, Message] = field(default_factory=dict)  # by fixture id, XI before -> after


def suggest(plan: Plan, options: SuggestOptions | None = None) -> Plan:
    """A new plan with the suggested lineups (the input plan is not changed)."""
    return suggest_with_report(plan, options).plan


def suggest_with_report(plan: Plan, options: SuggestOptions | None = None) -> Suggestion:
    """The suggested plan with objective, gap, solve time, explanations and changes, within
    options.time_limit: building the model counts against it, and part of it is kept for
    writing the answer (_answer_reserve); a huge squad with a very short limit may overrun.

    Raises SuggestionError naming the conflict when no lineup meets every rule.
    """
    options = options or SuggestOptions()
    began = time.perf_counter()
    deadline = began + options.time_limit - _answer_reserve(plan, options)
    inst = build_instance(plan, options)
    found = _solve(inst, choose_formulation(inst), deadline)
    result = _with(plan, found.lineups)
    result.revision = 0
    explanations = explain(inst, plan, result)
    changes = lineup_changes(plan, result)
    headlines = fixture_headlines(inst, plan, result)
    return Suggestion(
        plan=result,
        objective=found.objective,
        gap=found.gap,
        seconds=time.perf_counter() - began,
        optimal=found.optimal,
        exact=found.exact,
        explanations=explanations,
        changes=changes,
        headlines=headlines,
    )


@dataclass(frozen=True)
class _Found:
    lineups: dict[str, Lineup]
    objective: float
    gap: float
    optimal: bool
    exact: bool


def _solve(inst: Instance, chosen: str, deadline: float) -> _Found:
    """Solve as `chosen` says, starting from the better of the greedy pick and, for long
    weeks, the block-by-block lineups: the answer is never worse than either. Column
    generation falls back on the block formulation when it cannot start. When the exact
    model cannot be built in the time left, the greedy pick with its gap to bound.upper_bound."""
    greedy = None
    with contextlib.suppress(SuggestionError):  # the greedy pick can get stuck
        greedy = greedy_lineups(inst)
    if greedy is not None and model_seconds(inst) > BUILD_SHARE * _left(deadline):
        return _greedy_found(inst, greedy)
    try:
        start = _first_lineups(inst, greedy, deadline, long_week=chosen not in COLUMNS)
        if chosen == "columns":
            sol = solve_by_columns(inst, start, _left(deadline))
            if sol is not None:
                return _exact_found(inst, sol)
            chosen = "blocks"
        model = build_model(inst, formulation=chosen, deadline=deadline)
        begin = lineup_columns(inst, model, start) if start else None
        sol = solve(model, _left(deadline), start=begin)
    except OutOfTime:
        if greedy is None:
            raise SuggestionError(_no_lineup_in_time(inst)) from None
        return _greedy_found(inst, greedy)
    if sol.values is None:
        if not sol.infeasible and greedy is not None:
            return _greedy_found(inst, greedy)
        raise SuggestionError(_why_not(inst, sol))
    return _exact_found(inst, sol)


ANSWER_SECONDS = 0.3  # decoding, explaining and comparing the answer: kept out of the solve
ANSWER_SECONDS_PER_PAIR = 8e-6  # ... and per player and fixture (about 1.5 s for 3,000 x 62)


def _answer_reserve(plan: Plan, options: SuggestOptions) -> float:
    """Seconds of the time limit kept for writing the answer once the lineups are found (at
    most a fifth of the limit), so the whole suggestion ends within the limit."""
    pairs = len(plan.players) * len(plan.fixtures)
    wanted = max(ANSWER_SECONDS, ANSWER_SECONDS_PER_PAIR * pairs)
    return min(0.2 * options.time_limit, wanted)


def _left(deadline: float) -> float:
    """Seconds left for the solver (at least a moment: a solver stopped at once still
    returns the start it was given)."""
    return max(0.05, deadline - time.perf_counter())


def _exact_found(inst: Instance, sol: Solution) -> _Found:
    """The solver's lineups; when stopped, the gap to the better of its bound and the quick
    one (both hold for every lineup)."""
    lineups = suggested_lineups(inst, sol)
    gap = sol.gap if sol.optimal else min(sol.gap, _quick_gap(inst, sol.objective))
    return _Found(lineups, sol.objective, gap, sol.optimal, exact=True)


def _greedy_found(inst: Instance, lineups: dict[str, Lineup]) -> _Found:
    """The greedy pick as the answer, its gap measured against the quick upper bound."""
    value = objective(inst, _with(inst.plan, lineups))
    return _Found(lineups, value, _quick_gap(inst, value), optimal=False, exact=False)


def _quick_gap(inst: Instance, value: float) -> float:
    return max(0.0, (upper_bound(inst) - value) / max(1.0, abs(value)))


def _first_lineups(
    inst: Instance, greedy: dict[str, Lineup] | None, deadline: float, *, long_week: bool
) -> dict[str, Lineup] | None:
    """The better of the greedy pick and, for long weeks solved in blocks or pairwise, the
    block-by-block lineups, given a share of the time left (None if neither finds lineups)."""
    candidates = [] if greedy is None else [greedy]
    if long_week:
        blocks = block_lineups(inst, BLOCKS_SHARE * _left(deadline))
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


def _why_not(inst: Instance, sol: Solution) -> Message:
    """Name the rule (and, where one alone does it, the case) that makes the plan impossible."""
    if not sol.infeasible:
        return _no_lineup_in_time(inst)
    # the pairwise formulation states every rule in labelled rows: drop them one at a time
    limit = inst.options.time_limit

    def feasible_without(name: str) -> bool:
        model = build_model(inst, frozenset({name}), formulation="pairwise")
        return solve(model, limit, feasibility=True).values is not None

    rows = build_model(inst, formulation="pairwise").rows
    for group in RULE_GROUPS:
        if not feasible_without(group):
            continue
        labels = sorted({label for g, label in rows.tags if g == group and label})
        single = [label for label in labels[:40] if feasible_without(label)]
        if single and group == "locks":
            return _unmet_lock(inst, single[0])
        if single:
            rules = joined([rows.words[label] for label in single[:3]], "list.semicolons")
            return suggestion_problem("would_without", rules=rules)
        return suggestion_problem("group", group=rule_group(group))
    return suggestion_problem("squad_rules")


def _no_lineup_in_time(inst: Instance) -> Message:
    return suggestion_problem("no_time", seconds=f"{inst.options.time_limit:g}")


def _unmet_lock(inst: Instance, label: str) -> Message:
    """The sentence for the lock whose row is labelled label (milp.lock_label)."""
    for fx in inst.fixtures:
        for pid in fx.locks:
            if lock_label(fx, pid) == label:
                lock = inst.plan.locks[fx.fixture.id][pid]
                name = inst.player(pid).name
                return lock_problem("unmet", name, fx.fixture, lock=lock_name(lock))
    raise KeyError(label)
