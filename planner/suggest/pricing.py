"""Every whole-week pattern of one player at once, for column generation: the exact cost of
each (fatigue carried between the planned matches, back-to-backs) and whether his rules allow
it, as a matrix over the patterns of the first half of the week (rows) by those of the
second (columns). Fatigue only flows forward, so a pattern's cost is the first half's, plus
the second half's, plus one product of the two (a small matrix product): 4^10 patterns of a
ten-match week cost a 1,024 x 1,024 array, not a million Python calls.

Costs and rules are those of weeks.price() (tested equal), computed for all patterns at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product

import numpy as np

from planner.suggest.instance import Instance
from planner.suggest.readiness import ByTriple
from planner.suggest.weeks import Pattern, stints_for


class _Half:
    """The patterns of a run of fixtures, as arrays over the whole week's fixtures."""

    def __init__(self, inst: Instance, pid: str, indices: list[int]) -> None:
        n = len(inst.fixtures)
        self.options = [[None, *stints_for(inst, inst.fixtures[f], pid)] for f in indices]
        combos = list(product(*[range(len(opts)) for opts in self.options]))
        self.combos = np.array(combos, dtype=np.int64).reshape(len(combos), len(indices))
        self.indices = indices
        shape = (len(combos), n)
        self.tiring, self.minutes = np.zeros(shape), np.zeros(shape)
        self.starts, self.plays = np.zeros(shape, bool), np.zeros(shape, bool)
        for j, f in enumerate(indices):
            stints = [None if k is None else inst.fixtures[f].stints[k] for k in self.options[j]]
            pick = self.combos[:, j]
            self.tiring[:, f] = np.array([0.0 if s is None else s.tiring for s in stints])[pick]
            self.minutes[:, f] = np.array([0 if s is None else s.minutes for s in stints])[pick]
            self.starts[:, f] = np.array([s is not None and s.starts for s in stints])[pick]
            self.plays[:, f] = pick > 0
        self.long = self.minutes >= inst.plan.params.back_to_back_minutes

    def pattern(self, row: int) -> list[int | None]:
        return [opts[c] for opts, c in zip(self.options, self.combos[row], strict=True)]

    def values(self, duals: list[np.ndarray]) -> np.ndarray:
        """Sum over this half's fixtures of the dual value of the chosen option."""
        total = np.zeros(len(self.combos))
        for j, f in enumerate(self.indices):
            total += duals[f][self.combos[:, j]]
        return total


EXACT_ROWS = 128  # rows of the cost array computed at a time in double precision
Priced = tuple[Pattern, float]  # a pattern and its cost


class Scratch:
    """Reused memory for reduced costs (fresh memory of this size costs page faults)."""

    def __init__(self) -> None:
        self._arrays: dict[tuple[int, ...], np.ndarray] = {}

    def get(self, shape: tuple[int, ...]) -> np.ndarray:
        """A single-precision array of this shape (its contents are left over)."""
        if shape not in self._arrays:
            self._arrays[shape] = np.empty(shape, np.float32)
        return self._arrays[shape]


class WeekPrices:
    """One player's every week pattern: cost (inf where a rule forbids it) and pricing."""

    def __init__(self, inst: Instance, pid: str) -> None:
        n = len(inst.fixtures)
        half = n // 2
        self.pid = pid
        self.first = _Half(inst, pid, list(range(half)))
        self.second = _Half(inst, pid, list(range(half, n)))
        ids = [fx.fixture.id for fx in inst.fixtures]
        per_minute = inst.readiness.per_minute.matrix(pid, ids)  # [g, f]: lost at f per min in g
        weights = np.array([inst.fatigue_rate(pid) * fx.weight for fx in inst.fixtures])
        fatigue = per_minute * weights[None, :]
        b2b = np.zeros((n, n))
        for fx in inst.fixtures:
            if fx.previous is not None:
                b2b[fx.previous, fx.index] = inst.back_to_back_cost(fx, pid)
        a, b = self.first, self.second
        # one matrix product gives every pattern's cost: first half's own, second half's
        # own, and the fatigue and back-to-backs the first half carries into the second
        into_a, into_b = a.minutes @ fatigue, b.minutes @ fatigue
        own_a = (into_a * a.tiring).sum(1) + ((a.long @ b2b) * a.long).sum(1)
        own_b = (into_b * b.tiring).sum(1) + ((b.long @ b2b) * b.long).sum(1)
        ones_a, ones_b = np.ones((len(a.combos), 1)), np.ones((len(b.combos), 1))
        left = np.hstack([into_a, a.long @ b2b, own_a[:, None], ones_a])
        right = np.hstack([b.tiring, b.long, ones_b, own_b[:, None]])
        self._left, self._right = left, right
        self._rows, self._pairs = self._forbidden(inst, per_minute)
        # kept in single precision only (a third of the memory); double-precision cells are
        # recomputed from the two factors when they matter
        self._single = self._exact(0, len(left)).astype(np.float32)

    @property
    def size(self) -> int:
        """How many patterns (forbidden ones included)."""
        return len(self.first.combos) * len(self.second.combos)

    def _exact(self, start: int, stop: int) -> np.ndarray:
        """Rows start:stop of the cost array in double precision (inf where forbidden)."""
        block = self._left[start:stop] @ self._right.T
        block[self._rows[start:stop], :] = np.inf
        if self._pairs is not None:
            block[self._pairs[start:stop]] = np.inf
        return block

    def _blocks(self) -> Iterator[tuple[int, np.ndarray]]:
        """The exact cost array in blocks of rows (first row, block)."""
        for start in range(0, len(self._left), EXACT_ROWS):
            yield start, self._exact(start, start + EXACT_ROWS)

    def _forbidden(
        self, inst: Instance, per_minute: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Patterns breaking a minutes target, a readiness floor or the key-fixture rule: as
        first halves forbidden whatever follows, and as pairs of halves (None if none)."""
        a, b, pid = self.first, self.second, self.pid
        params, terms = inst.plan.params, inst.readiness
        rows = np.zeros(len(a.combos), bool)
        pairs: list[np.ndarray] = []

        def beyond(x: np.ndarray, y: np.ndarray, line: float, ok: np.ndarray) -> None:
            """Forbid the pairs (i, j) with ok[j] (the rule applies) and x[i] + y[j] above
            line; computed only when some pair can be above it."""
            applies = np.flatnonzero(ok)
            if not len(applies) or x.max() + y[applies].max() <= line:
                return
            whole = np.zeros((len(x), len(y)), bool)
            whole[:, applies] = np.add.outer(x, y[applies]) > line
            pairs.append(whole)

        target = inst.plan.targets.get(pid)
        if target is not None:
            low = -np.inf if target.minimum is None else target.minimum
            high = np.inf if target.maximum is None else target.maximum
            every = np.ones(len(b.combos), bool)
            beyond(a.minutes.sum(1), b.minutes.sum(1), high, every)
            beyond(-a.minutes.sum(1), -b.minutes.sum(1), -low, every)
        acute_rate = _rates(inst, pid, terms.acute_per_minute)
        chronic_rate = _rates(inst, pid, terms.chronic_per_minute)
        floor = inst.floors.get(pid)
        danger = params.acwr_danger
        for fx in inst.fixtures:
            f, fid = fx.index, fx.fixture.id
            in_first = f < len(a.indices)
            checks = []  # (who the rule applies to, the drop's room before it is broken)
            if floor is not None:
                checks.append(((a if in_first else b).plays[:, f], terms.base[(pid, fid)] - floor))
            if fx.key:
                starting = (a if in_first else b).starts[:, f]
                checks.append((starting, terms.base[(pid, fid)] - params.readiness_red))
            drop_a, drop_b = a.minutes @ per_minute[:, f], b.minutes @ per_minute[:, f]
            for who, room in checks:
                if in_first:
                    rows |= who & (drop_a > room)
                else:
                    beyond(drop_a, drop_b, room, who)
            if not fx.key:
                continue
            # a load ratio in the danger zone: acute >= danger x chronic and >= danger x floor
            acute_a, acute_b = a.minutes @ acute_rate[:, f], b.minutes @ acute_rate[:, f]
            ratio_a = acute_a - danger * (a.minutes @ chronic_rate[:, f])
            ratio_b = acute_b - danger * (b.minutes @ chronic_rate[:, f])
            over_chronic = danger * terms.chronic[(pid, fid)] - terms.acute[(pid, fid)]
            over_floor = danger * terms.chronic_floor[(pid, fid)] - terms.acute[(pid, fid)]
            if in_first:
                rows |= starting & (ratio_a >= over_chronic) & (acute_a >= over_floor)
                continue
            if ratio_a.max() + ratio_b.max() < over_chronic:
                continue
            if acute_a.max() + acute_b.max() < over_floor:
                continue
            applies = np.flatnonzero(starting)
            whole = np.zeros((len(a.combos), len(b.combos)), bool)
            whole[:, applies] = (np.add.outer(ratio_a, ratio_b[applies]) >= over_chronic) & (
                np.add.outer(acute_a, acute_b[applies]) >= over_floor
            )
            pairs.append(whole)
        both = np.logical_or.reduce(pairs) if pairs else None
        return rows, both

    def best(
        self,
        duals: list[np.ndarray],
        week: float,
        scratch: Scratch,
        limit: float,
        most: int,
        *,
        exact: bool = True,
    ) -> tuple[list[Priced], float]:
        """Up to `most` patterns with reduced cost below limit, best first, and the lowest
        reduced cost of all. The reduced cost of a pattern is its cost less the duals of the
        rows it enters (per fixture, the dual of the option's link row, 0 for not playing;
        and week, his week row's). exact=False searches the single-precision array (fast;
        the lowest reduced cost is then approximate) for the best second half of each of the
        best first halves and the best first half of each of the best second halves;
        exact=True goes through the double-precision array by rows."""
        second = self.second.values(duals)
        first = self.first.values(duals) + week
        if exact:
            columns, values = np.empty(len(first), np.int64), np.empty(len(first))
            for start, block in self._blocks():
                block -= second
                rows = slice(start, start + len(block))
                columns[rows] = block.argmin(axis=1)
                values[rows] = block[np.arange(len(block)), columns[rows]] - first[rows]
        else:
            partial = np.subtract(
                self._single, second.astype(np.float32), out=scratch.get(self._single.shape)
            )
            columns = partial.argmin(axis=1)
            values = partial[np.arange(len(columns)), columns] - first
        chosen = np.flatnonzero(values < limit)
        chosen = chosen[np.argsort(values[chosen], kind="stable")][: (most + 1) // 2]
        picked = [(int(i), int(columns[i])) for i in chosen]
        if not exact:
            partial -= first[:, None].astype(np.float32)
            by_column = partial.min(axis=0)  # (argmin across rows is slow in numpy)
            chosen = np.flatnonzero(by_column < limit)
            chosen = chosen[np.argsort(by_column[chosen], kind="stable")][: most // 2]
            picked += [(int(partial[:, j].argmin()), int(j)) for j in chosen]
        found = []
        for i, j in dict.fromkeys(picked):
            pattern, cost = self._priced(i * len(second) + j)
            if cost - second[j] - first[i] < limit:
                found.append((pattern, cost))
        return found, float(values.min())

    def options(self) -> list[tuple[int, list[int | None]]]:
        """(fixture index, the stint options in the order reduced() expects) per fixture."""
        return [
            (f, opts)
            for half in (self.first, self.second)
            for f, opts in zip(half.indices, half.options, strict=True)
        ]

    def _priced(self, flat: int) -> Priced:
        """The pattern at a flat index of the array, and its cost in double precision."""
        i, j = divmod(int(flat), len(self.second.combos))
        pattern = tuple(self.first.pattern(i) + self.second.pattern(j))
        forbidden = self._rows[i] or (self._pairs is not None and self._pairs[i, j])
        return pattern, np.inf if forbidden else float(self._left[i] @ self._right[j])

    def all_below(self, duals: list[np.ndarray], week: float, limit: float) -> list[Priced]:
        """Every pattern with reduced cost at most limit (see best)."""
        second = self.second.values(duals)
        first = self.first.values(duals) + week
        width = len(second)
        found = []
        for start, block in self._blocks():
            block -= second
            block -= first[start : start + len(block), None]
            found += [self._priced(start * width + int(i)) for i in np.flatnonzero(block <= limit)]
        return found


def _rates(inst: Instance, pid: str, coefs: ByTriple) -> np.ndarray:
    return coefs.matrix(pid, [fx.fixture.id for fx in inst.fixtures])
