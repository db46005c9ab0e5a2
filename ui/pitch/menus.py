"""The lineup context menu: the keyboard path to everything a drag does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from planner import BENCH
from planner.formations import formation, position_fit
from ui.commands import AssignPlayer, BenchPlayer, PlanSubstitution, SwapSlots, UnassignPlayer
from ui.pitch.rules import (
    bench_refusal,
    default_sub_minute,
    off_candidates,
    start_refusal,
)
from ui.session import PlanSession


def tr(text: str) -> str:
    return QCoreApplication.translate("LineupMenu", text)


def lineup_menu(
    session: PlanSession, fixture_id: str, player_id: str, parent: QWidget | None = None
) -> QMenu:
    """Start at ▸ / Bench / Leave out / Swap with ▸ / Bring on for ▸ for one player.

    Moves the rules forbid are listed disabled with the reason as their tooltip.
    """
    plan = session.plan
    lineup = plan.lineup(fixture_id)
    place = lineup.place_of(player_id)
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    menu.setObjectName("lineupMenu")

    def add(target: QMenu, text: str, make, refusal: str | None = None, name: str = ""):
        action = target.addAction(text)
        action.setObjectName(name)
        if refusal:
            action.setEnabled(False)
            action.setToolTip(refusal)
        else:
            action.triggered.connect(lambda: session.push(make()))
        return action

    def who(pid: str | None) -> str:
        return plan.player(pid).name if pid else tr("(empty)")

    start = menu.addMenu(tr("Start at"))
    start.setToolTipsVisible(True)
    for slot, pid in lineup.slots.items():
        action = add(
            start,
            tr("{0} — {1}").format(slot, who(pid)),
            lambda slot=slot: AssignPlayer(plan, fixture_id, player_id, slot),
            start_refusal(plan, fixture_id, player_id, slot),
            f"start:{slot}",
        )
        if slot == place:
            action.setEnabled(False)
    bench = add(
        menu,
        tr("Bench"),
        lambda: BenchPlayer(plan, fixture_id, player_id),
        bench_refusal(plan, fixture_id, player_id),
        "bench",
    )
    bench.setEnabled(bench.isEnabled() and place != BENCH)
    leave = add(menu, tr("Leave out"), lambda: UnassignPlayer(plan, fixture_id, player_id))
    leave.setObjectName("leaveOut")
    leave.setEnabled(place is not None)

    if place is not None:
        swap = menu.addMenu(tr("Swap with"))
        swap.setToolTipsVisible(True)
        for slot, pid in lineup.slots.items():
            if pid is None or pid == player_id:
                continue
            if place == BENCH:
                make = lambda slot=slot: AssignPlayer(plan, fixture_id, player_id, slot)  # noqa: E731
                refusal = start_refusal(plan, fixture_id, player_id, slot)
            else:
                make = lambda slot=slot: SwapSlots(plan, fixture_id, place, slot)  # noqa: E731
                refusal = start_refusal(plan, fixture_id, player_id, slot)
            add(swap, tr("{0} — {1}").format(slot, who(pid)), make, refusal, f"swap:{slot}")
        swap.setEnabled(not swap.isEmpty())

    if place == BENCH:
        minute = default_sub_minute(lineup, plan.fixture(fixture_id).rules)
        on = menu.addMenu(tr("Bring on at {0}' for").format(minute))
        for off in off_candidates(plan, fixture_id, player_id):
            add(
                on,
                tr("{0} — {1}").format(lineup.place_of(off), plan.player(off).name),
                lambda off=off: PlanSubstitution(plan, fixture_id, minute, off, player_id),
                name=f"sub:{off}",
            )
        on.setEnabled(not on.isEmpty())
    return menu


def slot_menu(
    session: PlanSession, fixture_id: str, slot: str, parent: QWidget | None = None
) -> QMenu:
    """For an empty slot: who could start there (bench first, then the squad), best fit
    first."""
    plan = session.plan
    lineup = plan.lineup(fixture_id)
    role = formation(lineup.formation).slot(slot).role
    menu = QMenu(parent)
    menu.setObjectName("slotMenu")
    title = menu.addAction(tr("Start at {0}:").format(slot))
    title.setEnabled(False)
    candidates = [
        pid
        for pid in [*lineup.bench, *plan.unselected(fixture_id)]
        if start_refusal(plan, fixture_id, pid, slot) is None
    ]
    candidates.sort(key=lambda pid: -position_fit(plan.player(pid).positions, role))
    for pid in candidates:
        player = plan.player(pid)
        where = tr("bench") if pid in lineup.bench else tr("squad")
        action = menu.addAction(
            tr("{0} ({1}) — {2}").format(player.name, "/".join(player.positions), where)
        )
        action.setObjectName(f"start:{pid}")
        action.triggered.connect(
            lambda _=False, pid=pid: session.push(AssignPlayer(plan, fixture_id, pid, slot))
        )
    return menu
