"""What a drop under the pointer would do, in the coach's words, for the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner import BENCH, Plan
from ui.wording import position_text


def tr(text: str) -> str:
    return QCoreApplication.translate("DropHints", text)


def start_hint(plan: Plan, fixture_id: str, player_id: str, slot: str) -> str:
    """What dropping player_id on slot does: start, move, swap, or send someone back."""
    lineup = plan.lineup(fixture_id)
    name = plan.player(player_id).name
    previous, displaced = lineup.place_of(player_id), lineup.slots.get(slot)
    at = position_text(slot)
    if displaced is None:
        if previous not in (None, BENCH):
            return tr("Move {0} to {1}.").format(name, at)
        return tr("Start {0} at {1}.").format(name, at)
    other = plan.player(displaced).name
    if previous == BENCH:
        return tr(
            "{0} starts at {1}; {2} goes to the bench. Lower on the card: bring him on."
        ).format(name, at, other)
    if previous is not None:
        return tr("Swap {0} ({1}) and {2} ({3}).").format(name, position_text(previous), other, at)
    return tr("{0} starts at {1}; {2} goes back to the squad.").format(name, at, other)


def bench_hint(plan: Plan, fixture_id: str, player_id: str, target_id: str | None) -> str:
    """What dropping player_id on the bench does (on target_id's card, or in free space)."""
    lineup = plan.lineup(fixture_id)
    name = plan.player(player_id).name
    if target_id is None or target_id == player_id:
        return tr("Put {0} on the bench.").format(name)
    other = plan.player(target_id).name
    previous = lineup.place_of(player_id)
    if previous == BENCH:
        return tr("Swap {0} and {1} on the bench.").format(name, other)
    if previous is not None:
        return tr("{0} goes to the bench; {1} starts at {2}.").format(
            name, other, position_text(previous)
        )
    return tr("{0} takes {1}'s place on the bench; {1} goes back to the squad.").format(name, other)


def sub_hint(plan: Plan, on_id: str, off_id: str, minute: int) -> str:
    return tr("Bring {0} on for {1} at {2}'.").format(
        plan.player(on_id).name, plan.player(off_id).name, minute
    )


def grass_hint(plan: Plan, player_id: str) -> str:
    return tr("Drop {0} on a place in the XI, or on the bench.").format(plan.player(player_id).name)
