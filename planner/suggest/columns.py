"""Long weeks solved exactly by column generation over whole-week patterns.

The week-pattern formulation (weeks.py) is tight but has (stints + 1) ^ fixtures columns per
player. Here it starts from a few patterns per player (the first lineups' and resting all
week), and:

1. column generation: solve the LP, price every pattern of every player against its duals
   (pricing.WeekPrices), add the best ones, until none has a negative reduced cost; the LP
   value is then the bound of the full formulation;
2. solve the MILP over the patterns found (HiGHS, gap 0 over them);
3. close the proof: a lineup better than that one could only use patterns whose reduced cost
   is below the gap between the two (LP duality); add every such pattern and solve again.
   Its optimum is the optimum of the whole week.

When time runs out before step 3 ends, the best lineup so far is returned with the gap to
the LP bound (the full formulation's, so an honest one).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from planner.lineup import Lineup
from planner.suggest.decode import lineup_columns, stints_played, week_pattern
from planner.suggest.instance import Instance
from planner.suggest.milp import Model, build_model
from planner.suggest.pricing import Priced, Scratch, WeekPrices
from planner.suggest.solver import Solution, highs_for, outcome, set_start
from planner.suggest.weeks import Pattern

PER_ROUND = 16  # most patterns added per player per pricing round
PRICING_SHARE = 0.85  # of the time limit; column generation stops there, unproven
CLOSING_BUDGET = 200_000  # most patterns step 3 may add; past it the gap is reported
TOLERANCE = 1e-6  # reduced costs above -TOLERANCE count as priced out
PROOF_SLACK = 1e-3  # rating points: solver tolerances on the duals, on the safe side
INTEGRAL = 1e-9  # an LP value this close to a whole number counts as one
STAND_IN = 1e4  # rating points a stand-in column costs (far above any lineup's gain)


def solve_by_columns(
    inst: Instance, start: dict[str, Lineup] | None, time_limit: float
) -> Solution | None:
    """The best lineups for a long week (see the module docstring), from start lineups if
    any; None when it finds no lineup meeting every rule in time (the caller then turns to
    the block formulation, whose rows also name a conflict)."""
    import highspy

    began = time.perf_counter()
    deadline = began + time_limit
    pricing_ends = began + PRICING_SHARE * time_limit  # the rest for the MILP
    players = [pid for pid in inst.plan.players if any(pid in fx.named for fx in inst.fixtures)]
    rest: Pattern = tuple(None for _ in inst.fixtures)
    pool: dict[str, set[Pattern]] = {pid: {rest} for pid in players}
    if start is not None:
        played = [stints_played(fx, start[fx.fixture.id]) for fx in inst.fixtures]
        for pid in players:
            pool[pid].add(week_pattern(played, pid))
    m = build_model(inst, formulation="columns", pool=pool, deadline=deadline)
    first = lineup_columns(inst, m, start) if start is not None else {}
    prices = {}
    for pid in players:
        m.check_time()
        prices[pid] = WeekPrices(inst, pid)
    highs = highs_for(m, time_limit, relaxed=True)
    highs.setOptionValue("presolve", "off")  # each round starts from the last basis
    stand_ins = _stand_ins(m, highs)
    # out-of-position stints are priced like patterns: held at 0 until their reduced cost
    # says they would help (HiGHS reports it for every column, held or not)
    held = {
        col
        for (_, pid, role, _), col in m.stint.items()
        if inst.misplaced(pid, role) and not first.get(col)
    }
    _bounds(m, highs, held, 0.0)

    bound = -np.inf  # on the minimised cost
    converged = False
    scratch = Scratch()
    duals, col_duals, lp = np.zeros(0), np.zeros(0), 0.0
    exact = False
    while time.perf_counter() < pricing_ends:
        _limit(highs, pricing_ends)
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            if not len(duals):
                return None  # out of time at once
            break  # out of time: the last round's duals give the bound
        lp = highs.getInfo().objective_function_value
        solution = highs.getSolution()
        duals, col_duals = np.asarray(solution.row_dual), np.asarray(solution.col_dual)
        wanted = {col for col in held if col_duals[col] < -TOLERANCE}
        lowest = float(np.minimum(col_duals[list(held)], 0.0).sum())  # each at most 1
        _bounds(m, highs, wanted, 1.0)
        held -= wanted
        found = {}
        for pid in players:
            found[pid], least = prices[pid].best(
                *_duals(m, prices[pid], duals), scratch, -TOLERANCE, PER_ROUND, exact=exact
            )
            lowest += min(0.0, least)
        added = len(wanted) + _add(inst, m, highs, found, pool)
        if exact:  # Lagrangian: each player picks one pattern
            bound = max(bound, lp + lowest)
        if not added and not exact:
            exact = True  # the last round, in double precision, proves that none is left
            added = 1
        if not added:
            converged = True
            break

    if not converged and len(duals):  # out of time: the bound from the last duals, exactly
        lowest = float(np.minimum(col_duals[list(held)], 0.0).sum())
        for pid in players:
            lowest += min(0.0, prices[pid].best(*_duals(m, prices[pid], duals), scratch, 0, 0)[1])
        bound = max(bound, lp + lowest)
    if converged:  # an integral LP optimum is the MILP's: nothing left to search
        values = np.asarray(highs.getSolution().col_value)
        integer = np.asarray(m.integer, bool)
        whole = np.abs(values[integer] - np.round(values[integer])).max() <= INTEGRAL
        if whole and values[stand_ins].max() <= TOLERANCE:
            sol = Solution(m, values, -lp, 0.0, time.perf_counter() - began, True, False)
            return _final(sol, bound, sol.seconds, proven=lp - bound <= PROOF_SLACK)
    # the MILP on a fresh HiGHS instance: default presolve, and its own clock
    sol = _milp(m, first, deadline, began)
    if sol.values is None or sol.values[stand_ins].max() > TOLERANCE:
        return None  # no lineup without a stand-in among the patterns found
    if converged and sol.optimal:
        gap_cost = -sol.objective - bound
        if gap_cost <= PROOF_SLACK:
            return _final(sol, bound, time.perf_counter() - began, proven=True)
        limit = gap_cost + PROOF_SLACK
        closing = {
            pid: prices[pid].all_below(*_duals(m, prices[pid], duals), limit) for pid in players
        }
        stints = {col for col in held if col_duals[col] <= limit}
        if sum(len(v) for v in closing.values()) + len(stints) <= CLOSING_BUDGET:
            incumbent = dict(enumerate(sol.values))
            _add(inst, m, None, closing, pool)
            _bounds(m, None, stints, 1.0)
            sol = _milp(m, incumbent, deadline, began)
            if sol.values is None:  # (the incumbent is a solution: only a solver failure)
                return None
            return _final(sol, bound, time.perf_counter() - began, proven=sol.optimal)
    return _final(sol, bound, time.perf_counter() - began, proven=False)


def _milp(m: Model, start: dict[int, float], deadline: float, began: float) -> Solution:
    highs = highs_for(m, max(0.05, deadline - time.perf_counter()))
    if start:
        set_start(highs, start)
    highs.run()
    return outcome(m, highs, time.perf_counter() - began)


def _stand_ins(m: Model, highs: Any) -> np.ndarray:
    """Columns that stand in for a player's week, a starter in a role or a locked player, at
    STAND_IN points each: the first LP is feasible whatever the first patterns (phase one and
    two in one). Any lineup is also a solution with stand-ins at 0, so the bounds hold; a
    suggestion that uses one is no lineup (None from solve_by_columns)."""
    rows = sorted(
        [*m.week_row.values()]
        + [
            r
            for r, (group, label) in enumerate(m.rows.tags)
            if group == "locks" or (group == "lineup" and label)
        ]
    )
    cols = []
    for row in rows:
        col = m.var(STAND_IN, upper=np.inf, integer=False)
        m.rows.rows.append(row)
        m.rows.cols.append(col)
        m.rows.vals.append(1.0)
        cols.append(col)
    n = len(rows)
    highs.addCols(
        n,
        np.full(n, STAND_IN),
        np.zeros(n),
        np.full(n, np.inf),
        n,
        np.arange(n, dtype=np.int32),
        np.array(rows, dtype=np.int32),
        np.ones(n),
    )
    return np.array(cols)


def _duals(m: Model, prices: WeekPrices, duals: np.ndarray) -> tuple[list[np.ndarray], float]:
    """A player's duals as pricing takes them: per fixture, each option's link-row dual (0
    for not playing), and his week row's."""
    pid = prices.pid
    by_option = [
        np.array([0.0 if k is None else duals[m.link_row[(f, pid, k)]] for k in options])
        for f, options in prices.options()
    ]
    return by_option, float(duals[m.week_row[pid]])


def _add(
    inst: Instance,
    m: Model,
    highs: Any | None,
    found: dict[str, list[Priced]],
    pool: dict[str, set[Pattern]],
) -> int:
    """Add the patterns not yet in the pool as columns (to the model and, if given, to HiGHS
    in one call); how many."""
    costs: list[float] = []
    starts: list[int] = []
    index: list[int] = []
    for pid, patterns in found.items():
        for pattern, cost in patterns:
            if pattern in pool[pid] or not np.isfinite(cost):
                continue
            pool[pid].add(pattern)
            col = m.var(cost, upper=np.inf)
            m.pattern_of[col] = (pid, pattern)
            rows = [m.week_row[pid]] + [
                m.link_row[(fx.index, pid, k)]
                for fx, k in zip(inst.fixtures, pattern, strict=True)
                if k is not None
            ]
            m.rows.rows.extend(rows)
            m.rows.cols.extend([col] * len(rows))
            m.rows.vals.extend([1.0] * len(rows))
            costs.append(cost)
            starts.append(len(index))
            index.extend(rows)
    n = len(costs)
    if n and highs is not None:
        highs.addCols(
            n,
            np.array(costs),
            np.zeros(n),
            np.full(n, np.inf),
            len(index),
            np.array(starts, dtype=np.int32),
            np.array(index, dtype=np.int32),
            np.ones(len(index)),
        )
    return n


def _bounds(m: Model, highs: Any | None, cols: set[int], upper: float) -> None:
    """Set the upper bound of these columns (0 holds them out, 1 lets them in) in the model
    and, if given, in HiGHS."""
    for col in cols:
        m.upper[col] = upper
    if cols and highs is not None:
        index = np.array(sorted(cols), dtype=np.int32)
        n = len(index)
        highs.changeColsBounds(n, index, np.zeros(n), np.full(n, upper))


def _limit(highs: Any, deadline: float) -> None:
    """Stop the next run at deadline (HiGHS counts time_limit on its own clock, which runs
    on across runs of one instance)."""
    left = max(0.05, deadline - time.perf_counter())
    highs.setOptionValue("time_limit", highs.getRunTime() + left)


def _final(sol: Solution, bound: float, seconds: float, *, proven: bool) -> Solution:
    if sol.values is None:
        return sol
    gap = 0.0 if proven else max(0.0, (-sol.objective - bound) / max(1.0, abs(sol.objective)))
    return Solution(sol.model, sol.values, sol.objective, gap, seconds, proven, False)
