"""The optimiser's weights and choices; defaults and their reasons: docs/rotation-optimiser.md."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SuggestOptions:
    """How the rotation optimiser weighs strength against fatigue.

    All weights are in rating points (a slot's strength is rating x position fit), so a
    fatigue weight of 0.3 means: ten readiness points below 100 cost three rating points
    over a full match.
    """

    fatigue_weight: float = 0.3  # rating points per readiness point below 100, per full match
    back_to_back_penalty: float = 6.0  # rating points per FIFPRO back-to-back (45+ both, < 5 days)
    key_back_to_back_penalty: float = 20.0  # the same into a key fixture: avoided unless forced
    doubtful_penalty: float = 5.0  # rating points off a doubtful player, per full match
    # a doubtful player never starts unless locked to; may he sit on the bench (and come on)?
    doubtful_on_bench: bool = True
    # per full match out of position (fit below the catalog's line, as validate warns): more
    # than any rating, so a fitting player is always preferred when one can play
    out_of_position_penalty: float = 100.0
    key_importance: int = 4  # fixtures this important: no high-risk starter (hard rule)
    sub_minutes: tuple[int, ...] = (60,)  # planned substitution minutes, one window each
    bench_goalkeeper_bonus: float = 1.0  # prefer a goalkeeper among the substitutes
    bench_rating_bonus: float = 0.01  # fill the bench with the best of the rest (tie-break)
    # "patterns" (short weeks), "blocks", "pairwise" or "auto" (by size): all exact
    formulation: str = "auto"
    time_limit: float = 10.0  # seconds before the solver stops and reports its gap
