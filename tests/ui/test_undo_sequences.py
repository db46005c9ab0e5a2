"""Random sequences of edits, undos and redos: the stack always holds the plan's history.

After every step the plan equals the state the stack's index says (kept here independently: a
list of the plans after each recorded edit); undoing everything gives back the start, redoing
everything the last recorded edit's plan. Refused edits and edits that change nothing are not
recorded and leave the plan as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from helpers import CCC, MLS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Plan, PlanError, Substitution, formations, sample_plan
from ui.commands import (
    AssignPlayer,
    BenchPlayer,
    PlanCommand,
    PlanEdit,
    PlanSubstitution,
    RemoveSubstitution,
    ReplaceOnBench,
    SetFormation,
    SwapSlots,
    UnassignPlayer,
)
from ui.session import PlanSession

PLAYERS = list(sample_plan().players)
FIXTURES = (MLS, CCC)
SLOTS = sorted({slot for name in formations() for slot in formations()[name].slot_names})

Make = Callable[[Plan], PlanCommand]


@st.composite
def edits(draw: st.DrawFn) -> Make:
    """A command maker; what it names may be refused by the plan (that is part of the test)."""
    fixture, player, other = (
        draw(st.sampled_from(FIXTURES)),
        *draw(st.lists(st.sampled_from(PLAYERS), min_size=2, max_size=2, unique=True)),
    )
    slot, slot_b = draw(st.sampled_from(SLOTS)), draw(st.sampled_from(SLOTS))
    minute = draw(st.integers(-5, 100))
    kind = draw(st.integers(0, 10))
    if kind == 0:
        return lambda p: AssignPlayer(p, fixture, player, slot)
    if kind == 1:
        return lambda p: SwapSlots(p, fixture, slot, slot_b)
    if kind == 2:
        return lambda p: BenchPlayer(p, fixture, player)
    if kind == 3:
        return lambda p: ReplaceOnBench(p, fixture, player, other)
    if kind == 4:
        return lambda p: UnassignPlayer(p, fixture, player)
    if kind == 5:
        shape = draw(st.sampled_from(sorted(formations())))
        return lambda p: SetFormation(p, fixture, shape)
    if kind == 6:
        return lambda p: PlanSubstitution(p, fixture, minute, player, other)
    if kind == 7:
        index = draw(st.integers(0, 5))

        def remove(p: Plan) -> PlanCommand:
            subs = p.lineup(fixture).substitutions or [Substitution(30, player, other)]
            return RemoveSubstitution(p, fixture, subs[index % len(subs)])

        return remove
    if kind == 8:

        def move(p: Plan) -> PlanCommand:
            subs = p.lineup(fixture).substitutions
            old = subs[0] if subs else None
            on, off = (old.on, old.off) if old else (other, player)
            return PlanSubstitution(p, fixture, minute, off, on, replacing=old)

        return move
    if kind == 9:
        count = draw(st.integers(-1, 4))
        return lambda p: PlanEdit(p, "cards", lambda q: q.set_yellow_cards(player, "MLS", count))
    rating = draw(st.integers(1, 99))

    def two_steps(q: Plan) -> None:  # a compound edit whose second step may be refused
        q.update_player(replace(q.player(player), rating=rating))
        q.assign(fixture, other, slot)

    return lambda p: PlanEdit(p, "player and lineup", two_steps)


steps = st.lists(st.one_of(edits(), st.just("undo"), st.just("redo")), max_size=20)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps)
def test_undo_all_gives_the_start_and_redo_all_the_end(qapp, sequence) -> None:
    session = PlanSession(sample_plan())
    plan, stack = session.plan, session.undo_stack
    states = [plan.copy()]  # the plan after each recorded edit, states[stack.index()] now
    for step in sequence:
        if step == "undo":
            stack.undo()
        elif step == "redo":
            stack.redo()
        else:
            index = stack.index()
            try:
                recorded = session.push(step(plan))
            except PlanError:
                recorded = False
            if recorded:
                states[index + 1 :] = [plan.copy()]
            else:
                del states[index + 1 :]  # Qt drops the redo tail on any push
        assert stack.count() == len(states) - 1
        assert plan.matches(states[stack.index()])
    while stack.canUndo():
        stack.undo()
    assert plan.matches(states[0])
    while stack.canRedo():
        stack.redo()
    assert plan.matches(states[-1])
