"""Any sequence of drops keeps every player exactly once, the views in step with the plan,
and undoes back to where it started."""

from __future__ import annotations

from helpers import MLS, QUIET, drag_to, mime
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import BENCH, formation, sample_plan

pytestmark = QUIET

PLAYERS = sorted(sample_plan().players)
TARGETS = [*formation("4-3-3").slot_names, BENCH]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(moves=st.lists(st.tuples(st.sampled_from(PLAYERS), st.sampled_from(TARGETS)), max_size=10))
def test_drops_never_lose_anyone_and_undo_goes_back(tab, session, moves):
    plan = session.plan
    start, undo_index = plan.lineup(MLS).copy(), session.undo_stack.index()
    for player_id, target in moves:
        place = plan.lineup(MLS).place_of(player_id)
        carried = mime(player_id, MLS if place else None, place)
        if target == BENCH:
            bench = tab.bench_view
            drag_to(bench, bench.mapFromScene(bench.sceneRect().bottomLeft()), carried)
        else:
            drag_to(tab.pitch, tab.pitch.slot_position(target), carried)
        _check(tab, plan)
    session.undo_stack.setIndex(undo_index)
    assert plan.lineup(MLS) == start
    _check(tab, plan)


def _check(tab, plan) -> None:
    lineup = plan.lineup(MLS)
    everyone = lineup.starters() + lineup.bench + plan.unselected(MLS)
    assert sorted(everyone) == sorted(plan.players)  # each player exactly once
    keeper = lineup.slots["GK"]
    assert keeper is None or "GK" in plan.player(keeper).positions
    for pid in lineup.matchday_squad():
        assert plan.player(pid).status.selectable
    shown = {slot: tab.pitch.slot_card(slot).player_id for slot in lineup.slots}
    assert shown == lineup.slots
    assert [c.player_id for c in tab.bench_view.cards] == lineup.bench
