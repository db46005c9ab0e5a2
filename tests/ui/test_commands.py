"""Lineup edits as undo commands: undo/redo put back exactly the plan before/after, and the text
(undo history and status bar) names the fixture and what became of planned substitutions."""

from __future__ import annotations

import pytest
from helpers import MLS

from planner import PlanError, Substitution
from ui.commands import (
    AssignPlayer,
    BenchPlayer,
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
    after = plan.copy()
    assert not after.matches(before)
    assert session.push(command)
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
    """Each command applies when made, so each edit here starts from the one before."""
    plan = session.plan
    assert SwapSlots(plan, MLS, "LB", "RB").text() == "Sun 6 Apr: swap LB and RB"
    assert AssignPlayer(plan, MLS, "jordi-alba", "LB").text() == (
        "Sun 6 Apr: Alba starts at LB, Fray to the bench"
    )
    assert BenchPlayer(plan, MLS, "jordi-alba").text() == ("Sun 6 Apr: Alba to the bench")
    assert ReplaceOnBench(plan, MLS, "leo-afonso", "lionel-messi").text() == (
        "Sun 6 Apr: Afonso to the bench instead of Messi; Afonso comes on at 60' instead of Messi"
    )
    assert ReplaceOnBench(plan, MLS, "fafa-picault", "leo-afonso").text() == (
        "Sun 6 Apr: Picault to the bench, Afonso starts at LW; "
        "the 60' change is now Picault on for Afonso"
    )


def test_replace_on_bench_with_a_target_off_the_bench_is_refused(session):
    with pytest.raises(PlanError, match="not on the bench"):
        ReplaceOnBench(session.plan, MLS, "leo-afonso", "luis-suarez")
    assert session.undo_stack.count() == 0
