"""Solve a rotation MILP with HiGHS (through highspy): optimal, or stopped with its gap."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from planner.suggest.milp import Model


@dataclass(frozen=True)
class Solution:
    """What the solver returned: chosen columns, objective, gap, time, status."""

    model: Model
    values: np.ndarray | None
    objective: float
    gap: float
    seconds: float
    optimal: bool
    infeasible: bool

    def chosen(self, col: int) -> bool:
        return self.values is not None and self.values[col] > 0.5


def solve(
    m: Model,
    time_limit: float,
    *,
    feasibility: bool = False,
    start: dict[int, float] | None = None,
) -> Solution:
    """Solve the MILP with HiGHS to proven optimality (relative gap 0) or until time_limit.

    feasibility: only look for any lineup that meets the rules (objective ignored).
    start: values for some columns (a known lineup) the search starts from.
    """
    highs = highs_for(m, time_limit, feasibility=feasibility)
    if start:
        set_start(highs, start)
    began = time.perf_counter()
    highs.run()
    return outcome(m, highs, time.perf_counter() - began)


def outcome(m: Model, highs: Any, seconds: float) -> Solution:
    """What HiGHS holds after a MIP run, as a Solution."""
    import highspy

    info, status = highs.getInfo(), highs.getModelStatus()
    found = info.primal_solution_status == 2  # a feasible solution
    values = np.asarray(highs.getSolution().col_value) if found else None
    return Solution(
        m,
        values,
        -info.objective_function_value if found else float("nan"),
        max(0.0, float(info.mip_gap)) if found else float("inf"),
        seconds,
        status == highspy.HighsModelStatus.kOptimal,
        status == highspy.HighsModelStatus.kInfeasible,
    )


def highs_for(
    m: Model, time_limit: float, *, feasibility: bool = False, relaxed: bool = False
) -> Any:
    """A silent HiGHS instance holding the model (minimising m.cost), gap 0, time_limit.

    relaxed: every column continuous (the LP relaxation)."""
    import highspy  # imported here: only a suggestion needs the solver
    from highspy.highs import _Highs

    n, r = len(m.cost), m.rows
    start, index, value = column_wise(r.rows, r.cols, r.vals, n)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = n, len(r.lower)
    lp.col_cost_ = np.zeros(n) if feasibility else np.asarray(m.cost)
    lp.col_lower_, lp.col_upper_ = np.asarray(m.lower), np.asarray(m.upper)
    lp.row_lower_, lp.row_upper_ = np.asarray(r.lower), np.asarray(r.upper)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = start, index, value
    if not relaxed:
        kinds = (highspy.HighsVarType.kContinuous, highspy.HighsVarType.kInteger)
        lp.integrality_ = [kinds[i] for i in m.integer]
    # the raw binding: highspy.Highs() (1.16) sets its logging callback in the constructor,
    # which prints a banner on fd 1 before output_flag can be set; _Highs has no callback
    # (highspy pinned in pyproject.toml; tests/test_suggest.py checks the command is silent)
    highs = _Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("time_limit", float(time_limit))
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.passModel(lp)
    return highs


def column_wise(
    rows: list[int], cols: list[int], vals: list[float], n_cols: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The matrix given by its nonzero entries (row, col, value; at most one per cell) in
    compressed column form: each column's first entry (n_cols + 1 offsets), the entries' rows,
    their values. Within a column the entries keep their row order."""
    row, col = np.asarray(rows, dtype=np.int32), np.asarray(cols, dtype=np.int32)
    order = np.lexsort((row, col))
    start = np.zeros(n_cols + 1, dtype=np.int32)
    np.cumsum(np.bincount(col, minlength=n_cols), out=start[1:])
    return start, row[order], np.asarray(vals, dtype=float)[order]


def set_start(highs: Any, start: dict[int, float]) -> None:
    """Values for some columns (a known lineup) the MIP search starts from."""
    cols = np.fromiter(sorted(start), dtype=np.int32)
    highs.setSolution(len(cols), cols, np.array([start[c] for c in cols], dtype=float))
