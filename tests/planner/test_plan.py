"""Plan operations: every edit keeps each player in one place and never loses anyone."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import (
    ChangeKind,
    Lineup,
    Plan,
    PlanChange,
    PlanError,
    Substitution,
    SubstitutionFate,
    SubstitutionOutcome,
)
from tests.strategies import plans

TORONTO = "2025-04-06-toronto-fc"


def placed(plan: Plan, fixture_id: str) -> Counter[str]:
    return Counter(plan.lineup(fixture_id).matchday_squad())


def test_assign_from_the_squad_sends_the_displaced_player_back_to_the_squad(plan: Plan) -> None:
    plan.assign(TORONTO, "santiago-morales", "LCM")
    lineup = plan.lineup(TORONTO)
    assert lineup.slots["LCM"] == "santiago-morales"
    assert "baltasar-rodriguez" not in lineup.matchday_squad()
    assert "baltasar-rodriguez" in plan.unselected(TORONTO)


def test_assign_between_slots_swaps_the_two_players(plan: Plan) -> None:
    plan.assign(TORONTO, "ian-fray", "LB")
    slots = plan.lineup(TORONTO).slots
    assert (slots["LB"], slots["RB"]) == ("ian-fray", "noah-allen")


def test_assign_from_the_bench_puts_the_displaced_starter_on_the_bench(plan: Plan) -> None:
    plan.assign(TORONTO, "lionel-messi", "RW")
    lineup = plan.lineup(TORONTO)
    assert lineup.slots["RW"] == "lionel-messi"
    assert "tadeo-allende" in lineup.bench
    assert "lionel-messi" not in lineup.bench


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda p: p.assign(TORONTO, "lionel-messi", "LWB"), "no slot"),
        (lambda p: p.assign(TORONTO, "nobody", "RW"), "no player"),
        (lambda p: p.replace_on_bench(TORONTO, "leo-afonso", "luis-suarez"), "not on the bench"),
        (lambda p: p.replace_on_bench(TORONTO, "nobody", "lionel-messi"), "no player"),
    ],
)
def test_an_impossible_lineup_edit_raises_and_changes_nothing(
    plan: Plan, edit: Callable[[Plan], object], reason: str
) -> None:
    before = plan.lineup(TORONTO).copy()
    with pytest.raises(PlanError, match=reason):
        edit(plan)
    assert plan.lineup(TORONTO) == before


def test_bench_moves_a_starter_to_the_bench_at_the_given_place(plan: Plan) -> None:
    plan.bench(TORONTO, "luis-suarez", index=0)
    lineup = plan.lineup(TORONTO)
    assert lineup.bench[0] == "luis-suarez"
    assert lineup.slots["ST"] is None


def test_unassign_takes_a_player_out_of_the_matchday_squad(plan: Plan) -> None:
    plan.unassign(TORONTO, "lionel-messi")
    assert "lionel-messi" not in plan.lineup(TORONTO).matchday_squad()
    assert "lionel-messi" in plan.unselected(TORONTO)


def test_leaving_out_a_player_coming_on_removes_his_change_and_says_so(plan: Plan) -> None:
    outcomes = plan.unassign(TORONTO, "lionel-messi")
    subs = plan.lineup(TORONTO).substitutions
    assert all(s.on != "lionel-messi" for s in subs)
    assert len(subs) == 3
    removed = Substitution(60, "fafa-picault", "lionel-messi")
    assert outcomes == (SubstitutionOutcome(SubstitutionFate.REMOVED, removed),)


def test_set_formation_keeps_every_player(plan: Plan) -> None:
    before = placed(plan, TORONTO)
    plan.set_formation(TORONTO, "3-5-2")
    lineup = plan.lineup(TORONTO)
    assert lineup.formation == "3-5-2"
    assert placed(plan, TORONTO) == before
    assert lineup.slots["GK"] == "oscar-ustari"


def test_remove_player_takes_him_out_of_every_lineup_and_keeps_his_past_minutes(
    plan: Plan,
) -> None:
    past = int((plan.history["player_id"] == "luis-suarez").sum())
    plan.remove_player("luis-suarez")
    assert "luis-suarez" not in plan.players
    for fixture in plan.fixtures:
        lineup = plan.lineup(fixture.id)
        assert "luis-suarez" not in lineup.matchday_squad()
        assert all("luis-suarez" not in (s.off, s.on) for s in lineup.substitutions)
    assert int((plan.history["player_id"] == "luis-suarez").sum()) == past > 0


def test_substitute_rejects_impossible_changes(plan: Plan) -> None:
    with pytest.raises(PlanError, match="outside the match"):
        plan.substitute(TORONTO, 95, "luis-suarez", "allen-obando")
    with pytest.raises(PlanError, match="replace himself"):
        plan.substitute(TORONTO, 50, "luis-suarez", "luis-suarez")
    sub = plan.substitute(TORONTO, 10, "noah-allen", "jordi-alba", half_time=True)
    assert sub == Substitution(45, "noah-allen", "jordi-alba", True)


def test_every_edit_notifies_subscribers_and_bumps_the_revision(plan: Plan) -> None:
    seen: list[PlanChange] = []
    plan.subscribe(seen.append)
    plan.bench(TORONTO, "luis-suarez")
    plan.set_formation(TORONTO, "4-4-2")
    assert [c.kind for c in seen] == [ChangeKind.LINEUP, ChangeKind.LINEUP]
    assert plan.revision == 2


def test_snapshot_and_restore_give_back_the_same_plan(plan: Plan) -> None:
    state = plan.snapshot()
    original = plan.copy()
    plan.remove_player("lionel-messi")
    plan.restore(state)
    assert plan.matches(original)


@st.composite
def plans_with_edits(draw: st.DrawFn) -> tuple[Plan, list[tuple[str, str, str, str]]]:
    plan = draw(plans(min_players=1, min_fixtures=1, max_fixtures=2, with_extras=False))
    fixture_ids = [f.id for f in plan.fixtures]
    edit = st.tuples(
        st.sampled_from(["assign", "bench", "unassign", "swap", "replace", "formation"]),
        st.sampled_from(fixture_ids),
        st.sampled_from(list(plan.players)),
        st.sampled_from(["GK", "LB", "RB", "ST", "LCM", "RCB", "LW", "bench"]),
    )
    return plan, draw(st.lists(edit, max_size=25))


def can_happen(sub: Substitution, lineup: Lineup) -> bool:
    """The player coming on sits on the bench; the one going off is on the pitch by then."""
    came_on_before = any(t.on == sub.off and t.minute < sub.minute for t in lineup.substitutions)
    return sub.on in lineup.bench and (sub.off in lineup.starters() or came_on_before)


@settings(max_examples=80, deadline=None)
@given(plans_with_edits(), st.sampled_from(["4-3-3", "4-4-2", "3-5-2"]))
def test_random_edits_keep_each_player_in_one_place_and_say_what_became_of_every_change(
    case: tuple[Plan, list[tuple[str, str, str, str]]], formation_name: str
) -> None:
    plan, edits = case
    for lineup in plan.lineups.values():  # start from changes that can happen
        starters, bench = set(lineup.starters()), set(lineup.bench)
        lineup.substitutions = [
            s for s in lineup.substitutions if s.off in starters and s.on in bench
        ]
    for op, fixture_id, player_id, slot in edits:
        lineup = plan.lineup(fixture_id)
        before = set(lineup.matchday_squad())
        subs_before = list(lineup.substitutions)
        expected, outcomes = before, ()
        if op == "assign" and slot in lineup.slots:
            displaced, came_from = lineup.slots[slot], lineup.place_of(player_id)
            outcomes = plan.assign(fixture_id, player_id, slot)
            expected = before | {player_id}
            if came_from is None and displaced not in (None, player_id):
                expected = expected - {displaced}
        elif op == "bench":
            outcomes = plan.bench(fixture_id, player_id)
            expected = before | {player_id}
        elif op == "unassign":
            outcomes = plan.unassign(fixture_id, player_id)
            expected = before - {player_id}
        elif op == "swap" and slot in lineup.slots:
            outcomes = plan.swap(fixture_id, slot, next(iter(lineup.slots)))
        elif op == "replace" and lineup.bench:
            target = lineup.bench[len(slot) % len(lineup.bench)]
            came_from = lineup.place_of(player_id)
            outcomes = plan.replace_on_bench(fixture_id, player_id, target)
            expected = before | {player_id}
            if came_from is None and target != player_id:
                expected = expected - {target}
        elif op == "formation":
            plan.set_formation(fixture_id, formation_name)
        lineup = plan.lineup(fixture_id)
        squad = lineup.matchday_squad()
        assert len(squad) == len(set(squad)), f"{op} left a player in two places"
        assert set(squad) == expected, f"{op} lost or added someone"
        assert all(can_happen(s, lineup) for s in lineup.substitutions)
        touched = Counter(o.before for o in outcomes)
        kept = Counter(o.after for o in outcomes if o.after is not None)
        assert not touched - Counter(subs_before), f"{op} reported a change that was not planned"
        assert Counter(lineup.substitutions) == Counter(subs_before) - touched + kept, (
            f"{op} changed substitutions without saying so"
        )


def test_reading_a_lineup_the_plan_lacks_leaves_the_plan_unchanged(plan: Plan) -> None:
    del plan.lineups[TORONTO]
    before, revision = plan.copy(), plan.revision
    lineup = plan.lineup(TORONTO)
    assert lineup == Lineup() and TORONTO not in plan.lineups
    assert plan.unselected(TORONTO) == list(plan.players)
    assert plan.matches(before) and plan.revision == revision


@pytest.mark.parametrize(
    "edit",
    [
        lambda p: p.assign(TORONTO, "lionel-messi", "LWB"),
        lambda p: p.replace_on_bench(TORONTO, "lionel-messi", "luis-suarez"),
        lambda p: p.remove_substitution(TORONTO, Substitution(60, "luis-suarez", "leo-afonso")),
        lambda p: p.unassign(TORONTO, "lionel-messi"),
    ],
)
def test_a_refused_edit_of_a_missing_lineup_leaves_it_missing(
    plan: Plan, edit: Callable[[Plan], object]
) -> None:
    del plan.lineups[TORONTO]
    with contextlib.suppress(PlanError):
        edit(plan)
    assert TORONTO not in plan.lineups


def test_an_edit_of_a_missing_lineup_goes_through_the_setters(plan: Plan) -> None:
    del plan.lineups[TORONTO]
    plan.bench(TORONTO, "lionel-messi")
    plan.assign(TORONTO, "luis-suarez", "ST")
    assert plan.lineups[TORONTO].bench == ["lionel-messi"]
    assert plan.lineup(TORONTO).slots["ST"] == "luis-suarez"
