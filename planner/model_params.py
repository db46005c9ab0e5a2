"""Editable parameters of the fatigue model and its warning thresholds (stored in the plan)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelParams:
    """Parameters of the load/fatigue model. Defaults and sources: docs/fatigue-model.md."""

    match_rpe: float = 8.0  # session-RPE stand-in when no RPE is recorded (Foster 2001)
    acute_days: int = 7  # EWMA acute window N (Williams 2017): lambda = 2 / (N + 1)
    chronic_days: int = 28  # EWMA chronic window N
    fitness_tau: float = 42.0  # Banister fitness decay, days
    fatigue_tau: float = 7.0  # Banister fatigue decay, days
    fitness_gain: float = 1.0  # k1
    fatigue_gain: float = 2.0  # k2
    acwr_high: float = 1.3  # upper edge of the 0.8-1.3 "sweet spot" (Gabbett 2016)
    acwr_danger: float = 1.5  # "danger zone" (Gabbett 2016); disputed, so editable
    back_to_back_minutes: int = 45  # FIFPRO critical zone: 45+ min in consecutive matches...
    back_to_back_days: int = 5  # ...with fewer than this many days between them
    readiness_amber: int = 70  # readiness below this is amber
    readiness_red: int = 50  # readiness below this is red
    added_time_per_half: int = 0  # planned stoppage time counted as minutes played
    # Match minutes a week every squad player is assumed conditioned for (training is not
    # recorded): floors chronic load in the ACWR and the fitness readiness is measured against.
    baseline_minutes_per_week: int = 90
    # A goalkeeper's match load per minute as a share of an outfielder's (match running:
    # ~5.5-6 km against ~10-11 km a game); scales match RPE x minutes, not a recorded RPE.
    goalkeeper_load_factor: float = 0.5
    # A gap in a player's recorded load longer than this many days is a long absence: until
    # he has a chronic window of load again, his load ratio is not floored (real history).
    absence_days: int = 28
    # FIFPRO's critical zone is about the running of consecutive matches; a goalkeeper runs
    # about half an outfielder's distance with little high-speed running, so by default the
    # back-to-back flag is for outfield players (docs/fatigue-model.md). True flags keepers too.
    back_to_back_goalkeepers: bool = False
