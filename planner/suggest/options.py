"""The optimiser's weights and choices; defaults and their reasons: docs/rotation-optimiser.md."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SuggestOptions:
    """How the rotation optimiser weighs strength against fatigue.

    All weights are in rating points (a slot's strength is rating x position fit). A player
    plays at his rating x (fit - readiness_weight x (100 - readiness)): with 0.006, an 84 at
    readiness 58 plays like a 63, a 67 at readiness 58 like a 50 (a star's freshness is worth
    more rating points than a squad player's).
    """

    # share of his rating a player loses per readiness point below 100, per full match
    readiness_weight: float = 0.006
    # the objective before issue 17: these rating points per readiness point for everyone,
    # whatever his rating (None: readiness_weight x rating); kept to compare plans
    flat_fatigue_weight: float | None = None
    # legs tire: a player pays his readiness cost this much more for the last third of a
    # match (1: double), so a tired starter is worth replacing by fresher legs at 60' or 75'
    late_fatigue_weight: float = 1.0
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
