"""Lineup edits as undo commands: undo/redo put back exactly the plan before/after, and the text
(undo history and status bar) names the fixture and what became of planned substitutions."""

from __future__ import annotations

import pytest
from helpers import MLS

from planner import Lineup, Plan, PlanError, Substitution
from ui.commands import (
    AssignPlayer,
    BenchPlayer,
    LineupEdit,
    PlanEdit,
    PlanSubstitution,
    RemoveSubstitution,
    ReplaceOnBench,
    SetFormation,
    SwapSlots,
    UnassignPlayer,
)

PICAULT_OFF = Substitution(60, "fafa-picault", "lionel-messi")

EDITS = {
    "from the squad": lambda p: AssignPlayer(p, MLS, "leo-afonso", "LW"),
    "from the bench": lambda p: AssignPlayer(p, MLS, "lionel-messi", "LW"),
    "slot to slot": lambda p: AssignPlayer(p, MLS, "fafa-picault", "ST"),
    "swap": lambda p: SwapSlots(p, MLS, "LB", "RB"),
    "bench": lambda p: BenchPlayer(p, MLS, "fafa-picault"),
    "leave out": lambda p: UnassignPlayer(p, MLS, "lionel-messi"),
    "replace from the squad": lambda p: ReplaceOnBench(p, MLS, "leo-afonso", "lionel-messi"),
    "replace from a slot": lambda p: ReplaceOnBench(p, MLS, "fafa-picault", "lionel-messi"),
    "replace on the bench": lambda p: ReplaceOnBench(p, MLS, "jordi-alba", "lionel-messi"),
    "formation": lambda p: SetFormation(p, MLS, "3-5-2"),
    "substitution": lambda p: PlanSubstitution(p, MLS, 70, "noah-allen", "jordi-alba"),
    "remove substitution": lambda p: RemoveSubstitution(p, MLS, PICAULT_OFF),
}


@pytest.mark.parametrize("make", EDITS.values(), ids=EDITS.keys())
def test_undo_and_redo_give_back_exactly_the_plan_before_and_after(session, make, messages):
    plan = session.plan
    before = plan.copy()
    command = make(plan)
    assert plan.matches(before)  # made, not applied: the undo stack applies it on push
    assert session.push(command)
    after = plan.copy()
    assert not after.matches(before)
    assert command.text().startswith("Sun 6 Apr: ")
    assert messages[-1] == command.text()
    session.undo_stack.undo()
    assert plan.matches(before)
    session.undo_stack.redo()
    assert plan.matches(after)
    session.undo_stack.undo()
    assert plan.matches(before)


def test_replacing_a_starter_says_who_takes_over_his_change(session, messages):
    session.push(AssignPlayer(session.plan, MLS, "leo-afonso", "LW"))
    assert messages == [
        "Sun 6 Apr: Afonso starts at LW instead of Picault; Picault's 60' change goes to Afonso"
    ]
    assert session.undo_stack.undoText() == messages[0]


def test_leaving_out_a_player_coming_on_says_his_change_was_removed(session, messages):
    session.push(UnassignPlayer(session.plan, MLS, "lionel-messi"))
    assert messages == ["Sun 6 Apr: leave out Messi; the 60' change Picault–Messi was removed"]


def test_texts_for_each_kind_of_lineup_edit(session):
    """Each edit here starts from the one before."""
    plan = session.plan

    def pushed(command: LineupEdit) -> str:
        assert session.push(command)
        return command.text()

    assert pushed(SwapSlots(plan, MLS, "LB", "RB")) == "Sun 6 Apr: swap LB and RB"
    assert pushed(AssignPlayer(plan, MLS, "jordi-alba", "LB")) == (
        "Sun 6 Apr: Alba starts at LB, Fray to the bench"
    )
    assert pushed(BenchPlayer(plan, MLS, "jordi-alba")) == ("Sun 6 Apr: Alba to the bench")
    assert pushed(ReplaceOnBench(plan, MLS, "leo-afonso", "lionel-messi")) == (
        "Sun 6 Apr: Afonso to the bench instead of Messi; Afonso comes on at 60' instead of Messi"
    )
    assert pushed(ReplaceOnBench(plan, MLS, "fafa-picault", "leo-afonso")) == (
        "Sun 6 Apr: Picault to the bench, Afonso starts at LW; "
        "the 60' change is now Picault on for Afonso"
    )


def test_replace_on_bench_with_a_target_off_the_bench_is_refused(session):
    before = session.plan.copy()
    with pytest.raises(PlanError, match="not on the bench"):
        session.push(ReplaceOnBench(session.plan, MLS, "leo-afonso", "luis-suarez"))
    assert session.undo_stack.count() == 0
    assert session.plan.matches(before)


def test_an_edit_that_changes_nothing_is_not_recorded(session):
    assert session.push(UnassignPlayer(session.plan, MLS, "luis-suarez"))
    assert not session.push(UnassignPlayer(session.plan, MLS, "luis-suarez"))
    assert not session.push(PlanEdit(session.plan, "nothing", lambda plan: None))
    assert session.undo_stack.count() == 1


def stack_state(session) -> tuple[int, int, list[str]]:
    stack = session.undo_stack
    return stack.count(), stack.index(), [stack.text(i) for i in range(stack.count())]


def test_moving_a_change_out_of_the_match_leaves_it_where_it_was(session):
    """The move is two steps (remove the change, plan it again); the second fails."""
    session.push(UnassignPlayer(session.plan, MLS, "luis-suarez"))
    before, stack = session.plan.copy(), stack_state(session)
    move = PlanSubstitution(
        session.plan, MLS, 95, PICAULT_OFF.off, PICAULT_OFF.on, replacing=PICAULT_OFF
    )
    with pytest.raises(PlanError, match="outside the match"):
        session.push(move)
    assert session.plan.matches(before)
    assert PICAULT_OFF in session.plan.lineup(MLS).substitutions
    assert stack_state(session) == stack


def test_a_compound_edit_failing_at_its_second_step_leaves_nothing(session, monkeypatch):
    """As applying a suggested rotation does: one lineup after another; the second fails."""
    plan = session.plan
    session.push(UnassignPlayer(plan, MLS, "luis-suarez"))
    before, stack = plan.copy(), stack_state(session)
    suggested = {f.id: plan.lineup(f.id).copy() for f in plan.fixtures}
    for lineup in suggested.values():
        lineup.bench.reverse()
    real_set_lineup, calls = Plan.set_lineup, []

    def second_fails(self: Plan, fixture_id: str, lineup: Lineup) -> None:
        calls.append(fixture_id)
        if len(calls) == 2:
            raise PlanError("the second step fails")
        real_set_lineup(self, fixture_id, lineup)

    monkeypatch.setattr(Plan, "set_lineup", second_fails)

    def apply(p: Plan) -> None:
        for fixture_id, lineup in suggested.items():
            p.set_lineup(fixture_id, lineup)

    with pytest.raises(PlanError, match="second step"):
        session.push(PlanEdit(plan, "Suggested rotation", apply))
    assert len(calls) == 2  # the first lineup was set before the second failed
    assert plan.matches(before)
    assert stack_state(session) == stack
