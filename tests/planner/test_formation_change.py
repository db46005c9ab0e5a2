"""Formation changes keep players in their roles and on their sides, and the assignment behind
them is the cheapest one (checked against brute force)."""

from __future__ import annotations

from collections import Counter
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.assignment import min_cost_assignment
from planner.formations import Formation, Slot, formation, formations, move_cost
from planner.lineup import Lineup

NAMES = list(formations())


def wing(slot: Slot) -> str:
    """Independent of Slot.side: the outer quarter of the width on each side is a wing."""
    return "left" if slot.x < 0.25 else "right" if slot.x > 0.75 else "middle"


def group(slot: Slot) -> tuple[str, str]:
    return slot.role, wing(slot)


@st.composite
def changes(draw: st.DrawFn, max_players: int = 11) -> tuple[Lineup, Formation, Formation]:
    """A lineup in one catalog formation with some slots filled, and a formation to go to."""
    old, new = formation(draw(st.sampled_from(NAMES))), formation(draw(st.sampled_from(NAMES)))
    filled = draw(
        st.lists(st.sampled_from(old.slot_names), unique=True, min_size=1, max_size=max_players)
    )
    lineup = Lineup(old.name, {slot: f"at-{slot}" for slot in filled})
    return lineup, old, new


@settings(max_examples=300, deadline=None)
@given(changes())
def test_players_keep_their_role_and_side_wherever_the_new_formation_has_room(
    case: tuple[Lineup, Formation, Formation],
) -> None:
    lineup, old, new = case
    before = {pid: old.slot(slot) for slot, pid in lineup.slots.items() if pid}
    lineup.change_formation(new.name)
    after = {pid: new.slot(slot) for slot, pid in lineup.slots.items() if pid}
    assert lineup.formation == new.name
    assert sorted(after) == sorted(before), "someone was lost or duplicated"
    room = Counter(group(s) for s in new.slots)
    wanting = Counter(group(s) for s in before.values())
    for pid, slot in before.items():
        if wanting[group(slot)] <= room[group(slot)]:
            assert group(after[pid]) == group(slot), f"{slot.name} moved to {after[pid].name}"
        assert {wing(slot), wing(after[pid])} != {"left", "right"}, "crossed to the other wing"
        if slot.role == "GK":
            assert after[pid].role == "GK"


def test_the_named_examples_of_the_issue() -> None:
    """RB stays right, LW stays left; never a right-back at left wing-back."""
    for target in NAMES:
        lineup = Lineup("4-3-3", {"RB": "rb", "LW": "lw"})
        lineup.change_formation(target)
        place = {pid: formation(target).slot(s) for s, pid in lineup.slots.items() if pid}
        assert wing(place["rb"]) == "right" and wing(place["lw"]) == "left", target
        assert place["rb"].name != "LWB"
    lineup = Lineup("4-3-3", {"RB": "rb", "LB": "lb", "LW": "lw", "RW": "rw"})
    lineup.change_formation("3-5-2")
    assert lineup.slots["RWB"] == "rb"


@settings(max_examples=150, deadline=None)
@given(changes(max_players=4))
def test_the_formation_change_is_the_cheapest_assignment(
    case: tuple[Lineup, Formation, Formation],
) -> None:
    lineup, old, new = case
    players = [(old.slot(slot), pid) for slot, pid in lineup.slots.items() if pid]
    best = min(
        sum(move_cost(slot, new.slots[j]) for (slot, _), j in zip(players, chosen, strict=True))
        for chosen in permutations(range(len(new.slots)), len(players))
    )
    lineup.change_formation(new.name)
    got = sum(
        move_cost(old.slot(pid.removeprefix("at-")), new.slot(slot))
        for slot, pid in lineup.slots.items()
        if pid
    )
    assert abs(got - best) < 1e-6


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda rows: st.integers(rows, 6).flatmap(
            lambda cols: st.lists(
                st.lists(st.integers(0, 20) | st.floats(0, 10), min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_min_cost_assignment_matches_brute_force(cost: list[list[float]]) -> None:
    chosen = min_cost_assignment(cost)
    assert len(set(chosen)) == len(cost)
    got = sum(row[j] for row, j in zip(cost, chosen, strict=True))
    best = min(
        sum(row[j] for row, j in zip(cost, p, strict=True))
        for p in permutations(range(len(cost[0])), len(cost))
    )
    assert abs(got - best) < 1e-9
