"""Where cards stand, and how big they are, when the pitch is small for them.

Cards keep their formation x (so the channels still read). A line of the formation too wide
for its cards zigzags (every other card half a card higher), then cards still overlapping are
pushed apart up and down the pitch, the one further forward going up. If even that cannot
keep them apart, cards get smaller until it can. On a pitch big enough nothing moves.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations, pairwise

Place = tuple[float, float]  # card centre: x, y (y grows down the screen)
SEARCH_STEPS = 7  # halvings of the card width range: within 0.5% of the largest that fits


def spread_vertically(
    places: list[Place], width: float, height: float, top: float, bottom: float
) -> list[float] | None:
    """New y of each card centre so that no two width x height cards overlap, all between top
    and bottom; None when they cannot all be kept apart that way."""
    ys = [y for _, y in places]
    low, high = top + height / 2, bottom - height / 2
    rank, pairs = _stacked_pairs(places, width)
    if _longest_stack(pairs, rank) * height > high - low + 1e-6:
        return None  # a stack of cards that must sit one above the other is taller than the room
    for _ in range(4 * len(places)):
        moved = False
        for up, down in pairs:
            overlap = height - (ys[down] - ys[up])
            if overlap > 1e-6:
                ys[up] -= overlap / 2
                ys[down] += overlap / 2
                moved = True
        ys = [min(max(y, low), high) for y in ys]
        if not moved:
            return ys
    return None


def _stacked_pairs(
    places: list[Place], width: float
) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """Who stays above whom (further forward first, then left to right), and the pairs of cards
    too close side by side to share a height: (upper, lower)."""
    order = sorted(range(len(places)), key=lambda i: places[i][::-1])
    rank = {i: r for r, i in enumerate(order)}
    pairs = [
        (i, j) if rank[i] < rank[j] else (j, i)
        for i, j in combinations(range(len(places)), 2)
        if abs(places[i][0] - places[j][0]) < width
    ]
    return rank, pairs


def _longest_stack(pairs: list[tuple[int, int]], rank: dict[int, int]) -> int:
    """How many card heights the longest chain of "up above down" pairs spans."""
    depth = dict.fromkeys(rank, 0)
    for up, down in sorted(pairs, key=lambda pair: rank[pair[1]]):
        depth[down] = max(depth[down], depth[up] + 1)
    return max(depth.values(), default=0)


def zigzag_lines(places: list[Place], width: float, height: float) -> list[Place]:
    """Cards of one line (about the same depth) that would overlap side by side go half a
    card up and down in turn."""
    out = list(places)
    by_depth = sorted(range(len(places)), key=lambda i: places[i][1])
    lines: list[list[int]] = []
    for i in by_depth:
        if lines and places[i][1] - places[lines[-1][0]][1] < height / 2:
            lines[-1].append(i)
        else:
            lines.append([i])
    for line in lines:
        line.sort(key=lambda i: places[i][0])
        xs = [places[i][0] for i in line]
        if any(b - a < width for a, b in pairwise(xs)):
            for k, i in enumerate(line):
                x, y = places[i]
                out[i] = (x, y + (height / 2 if k % 2 else -height / 2))
    return out


def _arrange(places: list[Place], width: float, height: float, top: float, bottom: float):
    return spread_vertically(zigzag_lines(places, width, height), width, height, top, bottom)


def fit_cards(
    places: list[Place], width: float, aspect: float, top: float, bottom: float, gap: float
) -> tuple[float, list[float]]:
    """The largest card width up to width (height = width * aspect) at which the cards can be
    kept apart, and their y; down to a third of width, below which they may overlap."""
    fitted, ys = _fit_cards(tuple(places), width, aspect, top, bottom, gap)
    return fitted, list(ys)


@lru_cache(maxsize=64)  # every tab of a formation at one zoom asks the same; a search of ~8 tries
def _fit_cards(
    places: tuple[Place, ...], width: float, aspect: float, top: float, bottom: float, gap: float
) -> tuple[float, tuple[float, ...]]:
    fitted, ys = _search(list(places), width, aspect, top, bottom, gap)
    return fitted, tuple(ys)


def _search(
    places: list[Place], width: float, aspect: float, top: float, bottom: float, gap: float
) -> tuple[float, list[float]]:
    ys = _arrange(places, width + gap, width * aspect + gap, top, bottom)
    if ys is not None:
        return width, ys
    low, high = width / 3, width
    best = None
    for _ in range(SEARCH_STEPS):
        middle = (low + high) / 2
        ys = _arrange(places, middle + gap, middle * aspect + gap, top, bottom)
        if ys is None:
            high = middle
        else:
            low, best = middle, (middle, ys)
    return best or (low, [y for _, y in places])
