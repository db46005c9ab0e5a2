"""Where cards stand, and how big they are, when the pitch is small for them.

Cards keep their formation x (so the channels still read), and the cards of one line of the
formation (a back four, a midfield three) keep their depths relative to each other: a line
never zigzags. Lines whose cards would overlap are pushed apart up and down the pitch, each
line moving as a whole, the one further forward going up. If that cannot keep them apart (or
two cards of one line are too close side by side), cards get smaller until it can. On a pitch
big enough nothing moves.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

Place = tuple[float, float]  # card centre: x, y (y grows down the screen)
SEARCH_STEPS = 7  # halvings of the card width range: within 0.5% of the largest that fits
LINE_DEPTH = 6.0  # metres: cards of a formation closer than this in depth form one line


def formation_lines(places: list[Place]) -> list[list[int]]:
    """Indices of the cards of each line, deepest line first: a line starts at its deepest
    card and takes every card less than LINE_DEPTH further forward."""
    lines: list[list[int]] = []
    for i in sorted(range(len(places)), key=lambda i: -places[i][1]):
        if lines and places[lines[-1][0]][1] - places[i][1] < LINE_DEPTH:
            lines[-1].append(i)
        else:
            lines.append([i])
    return lines


def spread_lines(
    places: list[Place], width: float, height: float, top: float, bottom: float
) -> list[float] | None:
    """New y of each card centre so that no two width x height cards overlap, all between top
    and bottom, each line of the formation moved as a whole; None when that cannot be done."""
    lines = formation_lines(places)
    line_of = {i: k for k, line in enumerate(lines) for i in line}
    pairs = [
        (i, j) if places[i][1] < places[j][1] else (j, i)  # (further forward, deeper)
        for i, j in combinations(range(len(places)), 2)
        if abs(places[i][0] - places[j][0]) < width
    ]
    if any(
        line_of[i] == line_of[j] and abs(places[i][1] - places[j][1]) < height for i, j in pairs
    ):
        return None  # two cards of one line side by side: only smaller cards keep them apart
    if _longest_stack(pairs, places) * height > bottom - top - height + 1e-6:
        return None  # a stack of cards that must sit one above the other is taller than the room
    ys0 = [y for _, y in places]
    # how far each line may move up (negative) or down and keep its cards on the pitch
    limits = [
        (
            top + height / 2 - min(ys0[i] for i in line),
            bottom - height / 2 - max(ys0[i] for i in line),
        )
        for line in lines
    ]
    if any(up > down + 1e-6 for up, down in limits):
        return None
    shift = [0.0] * len(lines)
    crossing = [(i, j, line_of[i], line_of[j]) for i, j in pairs if line_of[i] != line_of[j]]
    for _ in range(4 * len(places)):
        moved = False
        for i, j, a, b in crossing:
            overlap = height - ((ys0[j] + shift[b]) - (ys0[i] + shift[a]))
            if overlap > 1e-6:
                shift[a] -= overlap / 2
                shift[b] += overlap / 2
                moved = True
        shift = [min(max(s, up), down) for s, (up, down) in zip(shift, limits, strict=True)]
        if not moved:
            return [y + shift[line_of[i]] for i, y in enumerate(ys0)]
    return None


def _longest_stack(pairs: list[tuple[int, int]], places: list[Place]) -> int:
    """How many card heights the longest chain of "up above down" pairs spans."""
    depth = dict.fromkeys(range(len(places)), 0)
    for up, down in sorted(pairs, key=lambda pair: places[pair[1]][1]):
        depth[down] = max(depth[down], depth[up] + 1)
    return max(depth.values(), default=0)


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
    ys = spread_lines(places, width + gap, width * aspect + gap, top, bottom)
    if ys is not None:
        return width, ys
    low, high = width / 3, width
    best = None
    for _ in range(SEARCH_STEPS):
        middle = (low + high) / 2
        ys = spread_lines(places, middle + gap, middle * aspect + gap, top, bottom)
        if ys is None:
            high = middle
        else:
            low, best = middle, (middle, ys)
    return best or (low, [y for _, y in places])
