"""Near-miss player names: "L. Messi", "Leo Messi", "MESSI Lionel", "Suarez", "Busquets S.".

A name that matches no player exactly is compared word by word with the plan's names (accents
and case folded, punctuation dropped, any word order): every word of the shorter name must
stand for a different word of the longer one, as the same word (rapidfuzz allows a typo in a
long word), an initial, or a short form with the same first letter ("Leo" for "Lionel"), and at
least one must be a whole word of three letters or more. A name that fits two players is not
matched: it is ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from planner.text import fold

TYPO_SCORE = 88  # rapidfuzz ratio at which two long words are the same word mistyped


def words(name: str) -> list[str]:
    """The folded words of a name, punctuation dropped: 'Busquets S.' -> ['busquets', 's']."""
    return [w for w in re.split(r"[^a-z0-9]+", fold(name).replace("'", "")) if w]


def _same_word(short: str, long: str) -> bool:
    if short == long:
        return True
    return min(len(short), len(long)) >= 5 and fuzz.ratio(short, long) >= TYPO_SCORE


def _stands_for(short: str, long: str) -> bool:
    """Whether a word of the shorter name can stand for a word of the longer one."""
    if _same_word(short, long):
        return True
    if len(short) == 1:
        return long.startswith(short)  # an initial
    return short[0] == long[0] and len(short) < len(long)  # a short form: Leo, Sergi, Jordi


def _assign(shorter: list[str], longer: list[str]) -> bool:
    """Each word of shorter stands for a different word of longer, one of them in full."""
    if not any(len(w) >= 3 and any(_same_word(w, x) for x in longer) for w in shorter):
        return False

    def place(index: int, used: frozenset[int]) -> bool:
        if index == len(shorter):
            return True
        return any(
            j not in used and _stands_for(shorter[index], word) and place(index + 1, used | {j})
            for j, word in enumerate(longer)
        )

    return place(0, frozenset())


def alike(a: str, b: str) -> bool:
    """Whether two names can be the same player (see the module's rule)."""
    first, second = words(a), words(b)
    if not first or not second:
        return False
    shorter, longer = sorted((first, second), key=len)
    return len(longer) <= 6 and _assign(shorter, longer)


def near_match(name: str, candidates: Iterable[tuple[str, str]]) -> tuple[str | None, list[str]]:
    """(the id of the one player name may stand for, or None; the ids of every look-alike).

    candidates are (id, name) pairs of the plan's players."""
    found = [pid for pid, other in candidates if alike(name, other)]
    if len(found) > 1:
        # two look-alikes: keep the one clearly closer (word order ignored), else none
        scored = sorted(
            (
                (fuzz.token_sort_ratio(fold(name), fold(other)), pid)
                for pid, other in candidates
                if pid in found
            ),
            reverse=True,
        )
        if scored[0][0] - scored[1][0] >= 15:
            return scored[0][1], found
        return None, found
    return (found[0] if found else None), found
