"""The objective values what staff value: on the sample week, with no locks, the stars are kept
fresh for the key second leg, the stronger XI plays it, and no doubtful goalkeeper starts."""

from __future__ import annotations

import pytest

from planner import Status, sample_plan
from planner.formations import formation, out_of_position, position_fit
from planner.minutes import minutes_matrix
from planner.plan import Plan
from planner.suggest import suggest_with_report

TORONTO, LAFC = "2025-04-06-toronto-fc", "2025-04-09-lafc"
STAR = 84  # rated this or more
LONG = 45  # minutes in both matches that make a FIFPRO back-to-back


def xi_strength(plan: Plan, fixture_id: str) -> float:
    """Sum over the XI of rating x position fit."""
    lineup = plan.lineup(fixture_id)
    roles = {s.name: s.role for s in formation(lineup.formation).slots}
    return sum(
        plan.player(pid).rating * position_fit(plan.player(pid).positions, roles[slot])
        for slot, pid in lineup.slots.items()
        if pid
    )


@pytest.fixture(scope="module")
def week() -> tuple[Plan, Plan]:
    plan = sample_plan()
    assert not any(plan.locks.values())  # the acceptance is about the optimiser alone
    return plan, suggest_with_report(plan).plan


def test_no_star_plays_both_matches_when_a_rested_alternative_exists(week) -> None:
    plan, suggested = week
    minutes = minutes_matrix(suggested)
    for pid, player in plan.players.items():
        if player.rating < STAR:
            continue
        # a rested alternative: another fit player who plays his main position naturally
        # (for Jordi Alba, Noah Allen at left back)
        role = player.main_position
        assert role is not None
        others = [
            q
            for q, p in plan.players.items()
            if q != pid
            and p.status == Status.AVAILABLE
            and position_fit(p.positions, role) > 0
            and not out_of_position(p.positions, role)
        ]
        assert others, player.name
        both = [minutes.loc[pid, fid] for fid in (TORONTO, LAFC)]
        assert min(both) < LONG, f"{player.name} plays {both[0]} and {both[1]}"


def test_the_second_leg_gets_an_xi_at_least_as_strong_as_sundays(week) -> None:
    _, suggested = week
    assert xi_strength(suggested, LAFC) >= xi_strength(suggested, TORONTO)


def test_no_doubtful_goalkeeper_starts_while_a_fit_one_is_available(week) -> None:
    plan, suggested = week
    keepers = [pid for pid, p in plan.players.items() if "GK" in p.positions]
    doubtful = {pid for pid in keepers if plan.player(pid).status == Status.DOUBTFUL}
    fit = [pid for pid in keepers if plan.player(pid).status == Status.AVAILABLE]
    assert doubtful and fit  # the sample has both (Drake Callender is doubtful)
    for fid in (TORONTO, LAFC):
        assert suggested.lineup(fid).slots["GK"] not in doubtful
