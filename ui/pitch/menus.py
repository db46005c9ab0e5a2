"""The lineup context menu: the keyboard path to everything a drag does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from planner import BENCH
from planner.formations import formation, position_fit
from ui.commands import AssignPlayer, BenchPlayer, PlanSubstitution, SwapSlots, UnassignPlayer
from ui.pitch.rules import (
    bench_refusal,
    default_sub_minute,
    off_candidates,
    on_candidates,
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

    if place is not None:
        minute = default_sub_minute(lineup, plan.fixture(fixture_id).rules)
        if place == BENCH:
            sub = menu.addMenu(tr("Bring on at {0}' for").format(minute))
            pairs = [(off, player_id) for off in off_candidates(plan, fixture_id, player_id)]
        else:
            sub = menu.addMenu(tr("Take off at {0}' for").format(minute))
            pairs = [(player_id, on) for on in on_candidates(plan, fixture_id, player_id)]
        for off, on in pairs:
            other = on if off == player_id else off
            add(
                sub,
                tr("{0} — {1}").format(lineup.place_of(other), plan.player(other).name),
                lambda off=off, on=on: PlanSubstitution(plan, fixture_id, minute, off, on),
                name=f"sub:{other}",
            )
        sub.setEnabled(not sub.isEmpty())
    return menu


def change_menu(
    session: PlanSession,
    fixture_id: str,
    when: str,
    player_id: str,
    plan_change: Callable[[str, str], object],
    parent: QWidget | None = None,
) -> QMenu:
    """For a player dropped on the timeline at when ("60'", "half-time"): a bench player asks
    "who goes off?", a starter "who comes on?"; choosing calls plan_change(on_id, off_id)."""
    plan = session.plan
    lineup = plan.lineup(fixture_id)
    name = plan.player(player_id).name
    menu = QMenu(parent)
    menu.setObjectName("changeMenu")
    if player_id in lineup.bench:
        title = tr("{0} on at {1} for:").format(name, when)
        pairs = [(player_id, off) for off in off_candidates(plan, fixture_id, player_id)]
    else:
        title = tr("{0} off at {1} for:").format(name, when)
        pairs = [(on, player_id) for on in on_candidates(plan, fixture_id, player_id)]
    menu.addAction(title).setEnabled(False)
    for on, off in pairs:
        other = off if on == player_id else on
        prefix = "off" if on == player_id else "on"
        action = menu.addAction(
            tr("{0} — {1}").format(lineup.place_of(other), plan.player(other).name)
        )
        action.setObjectName(f"{prefix}:{other}")
        action.triggered.connect(lambda _=False, on=on, off=off: plan_change(on, off))
    if not pairs:
        menu.addAction(tr("Nobody fits this change")).setEnabled(False)
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
