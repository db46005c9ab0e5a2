"""The optimiser's constraint matrix in HiGHS's compressed column form, built with numpy."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.suggest.solver import column_wise

# a sparse matrix as {(row, col): value}, nonzero values, at most one entry per cell
cells = st.dictionaries(
    st.tuples(st.integers(0, 7), st.integers(0, 9)),
    st.floats(-5, 5, allow_nan=False).filter(bool),
    max_size=40,
)


@given(cells, st.randoms())
def test_each_column_lists_its_entries_in_row_order(entries, random) -> None:
    triples = list(entries.items())
    random.shuffle(triples)  # the model adds rows in any order (pruning renumbers them)
    n_cols = 10
    start, index, value = column_wise(
        [r for (r, _), _ in triples], [c for (_, c), _ in triples], [v for _, v in triples], n_cols
    )
    assert len(start) == n_cols + 1 and start[0] == 0 and start[-1] == len(entries)
    for col in range(n_cols):
        expected = sorted((r, v) for (r, c), v in entries.items() if c == col)
        span = slice(start[col], start[col + 1])
        got = list(zip(index[span], value[span], strict=True))
        assert got == expected


def test_no_entries_gives_empty_columns() -> None:
    start, index, value = column_wise([], [], [], 3)
    assert list(start) == [0, 0, 0, 0] and len(index) == 0 and len(value) == 0
