"""The lineup context menu: the keyboard path to everything a drag does.

Every entry that names a player shows his readiness at the fixture, as his card does (the
number, its colour as the entry's icon), so a menu opened from the keyboard tells as much as
the cards a mouse user looks at; an entry the rules forbid says why in its tooltip and in the
status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from planner import BENCH
from planner.formations import formation, position_fit
from planner.rules import default_sub_minute, off_candidates, on_candidates
from ui.commands import (
    AssignPlayer,
    BenchPlayer,
    LineupEdit,
    PlanSubstitution,
    SwapSlots,
    UnassignPlayer,
)
from ui.pitch.facts import readiness_by_player
from ui.pitch.lock_menu import add_lock_actions
from ui.pitch.rules import bench_refusal, start_refusal
from ui.session import PlanSession
from ui.theme import readiness_colour
from ui.wording import position_text, positions_text


def tr(text: str) -> str:
    return QCoreApplication.translate("LineupMenu", text)


class ReadinessMarks:
    """Adds a player's readiness at one fixture to menu entries that name him."""

    def __init__(self, session: PlanSession, fixture_id: str) -> None:
        self.values = readiness_by_player(session, fixture_id)
        self.params = session.plan.params

    def mark(self, action: QAction, player_id: str | None) -> QAction:
        value = self.values.get(player_id) if player_id else None
        if value is not None:
            action.setText(tr("{0}\tready {1}").format(action.text(), round(value)))
            action.setIcon(_dot(readiness_colour(value, self.params).name()))
        return action


@cache
def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _refuse(action: QAction, refusal: str) -> None:
    action.setEnabled(False)
    action.setToolTip(refusal)
    action.setStatusTip(refusal)


def lineup_menu(
    session: PlanSession, fixture_id: str, player_id: str, parent: QWidget | None = None
) -> QMenu:
    """Start at ▸ / Bench / Leave out / Swap with ▸ / Bring on for ▸ for one player, then
    his locks for the suggestion (ui/pitch/lock_menu.py).

    Moves the rules forbid are listed disabled with the reason as their tooltip.
    """
    plan = session.plan
    lineup = plan.lineup(fixture_id)
    place = lineup.place_of(player_id)
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    menu.setObjectName("lineupMenu")
    marks = ReadinessMarks(session, fixture_id)

    def add(target: QMenu, text: str, make, refusal: str | None = None, name: str = "", who=None):
        action = marks.mark(target.addAction(text), who)
        action.setObjectName(name)
        if refusal:
            _refuse(action, refusal)
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
            tr("{0} — {1}").format(position_text(slot), who(pid)),
            lambda slot=slot: AssignPlayer(plan, fixture_id, player_id, slot),
            start_refusal(plan, fixture_id, player_id, slot),
            f"start:{slot}",
            pid,
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
            make: Callable[..., LineupEdit]
            if place == BENCH:
                make = lambda slot=slot: AssignPlayer(plan, fixture_id, player_id, slot)  # noqa: E731
                refusal = start_refusal(plan, fixture_id, player_id, slot)
            else:
                make = lambda slot=slot: SwapSlots(plan, fixture_id, place, slot)  # noqa: E731
                refusal = start_refusal(plan, fixture_id, player_id, slot)
            text = tr("{0} — {1}").format(position_text(slot), who(pid))
            add(swap, text, make, refusal, f"swap:{slot}", pid)
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
                who=other,
            )
        sub.setEnabled(not sub.isEmpty())
    add_lock_actions(menu, session, fixture_id, player_id)
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
    marks = ReadinessMarks(session, fixture_id)
    marks.mark(menu.addAction(title), player_id).setEnabled(False)
    for on, off in pairs:
        other = off if on == player_id else on
        prefix = "off" if on == player_id else "on"
        action = marks.mark(
            menu.addAction(tr("{0} — {1}").format(lineup.place_of(other), plan.player(other).name)),
            other,
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
    title = menu.addAction(tr("Start at {0}:").format(position_text(slot)))
    title.setEnabled(False)
    candidates = [
        pid
        for pid in [*lineup.bench, *plan.unselected(fixture_id)]
        if start_refusal(plan, fixture_id, pid, slot) is None
    ]
    candidates.sort(key=lambda pid: -position_fit(plan.player(pid).positions, role))
    marks = ReadinessMarks(session, fixture_id)
    for pid in candidates:
        player = plan.player(pid)
        where = tr("bench") if pid in lineup.bench else tr("squad")
        action = marks.mark(
            menu.addAction(
                tr("{0} ({1}) — {2}").format(player.name, positions_text(player.positions), where)
            ),
            pid,
        )
        action.setObjectName(f"start:{pid}")
        action.triggered.connect(
            lambda _=False, pid=pid: session.push(AssignPlayer(plan, fixture_id, pid, slot))
        )
    return menu
