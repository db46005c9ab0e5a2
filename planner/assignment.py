"""The cheapest one-to-one assignment of rows to columns (the Hungarian method).

Small and exact, for matching eleven players to eleven slots without pulling in scipy.
"""

from __future__ import annotations

from collections.abc import Sequence


def min_cost_assignment(cost: Sequence[Sequence[float]]) -> list[int]:
    """For each row, the column it gets, so that no column is used twice and the summed cost
    is as small as it can be. Needs at least as many columns as rows; ValueError otherwise.

    Shortest augmenting paths with row and column potentials, O(rows^2 x columns).
    """
    rows = len(cost)
    if rows == 0:
        return []
    cols = len(cost[0])
    if any(len(row) != cols for row in cost) or rows > cols:
        raise ValueError(f"need a rectangular matrix with rows <= columns, got {rows} rows")
    inf = float("inf")
    # 1-based; column 0 is a virtual start, owner[j] = the row holding column j (0: none)
    row_pot, col_pot = [0.0] * (rows + 1), [0.0] * (cols + 1)
    owner, came_from = [0] * (cols + 1), [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0], col = row, 0
        slack, done = [inf] * (cols + 1), [False] * (cols + 1)
        while owner[col]:
            done[col] = True
            here, delta, nearest = owner[col], inf, 0
            for j in range(1, cols + 1):
                if done[j]:
                    continue
                reduced = cost[here - 1][j - 1] - row_pot[here] - col_pot[j]
                if reduced < slack[j]:
                    slack[j], came_from[j] = reduced, col
                if slack[j] < delta:
                    delta, nearest = slack[j], j
            for j in range(cols + 1):
                if done[j]:
                    row_pot[owner[j]] += delta
                    col_pot[j] -= delta
                else:
                    slack[j] -= delta
            col = nearest
        while col:  # flip the augmenting path back to the start
            previous = came_from[col]
            owner[col] = owner[previous]
            col = previous
    result = [0] * rows
    for j in range(1, cols + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result
