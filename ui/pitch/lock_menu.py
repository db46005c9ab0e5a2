"""The lock entries of a player's menu (card on the pitch or bench, squad row): lock him to
start (in his slot when he is on the pitch), keep him out of the match, bench only, unlock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from planner import BENCH, Lock, LockKind
from ui.commands import set_lock
from ui.session import PlanSession
from ui.wording import position_text


def tr(text: str) -> str:
    return QCoreApplication.translate("LockMenu", text)


def add_lock_actions(menu: QMenu, session: PlanSession, fixture_id: str, player_id: str) -> None:
    """Lock here / Keep out of this match / Bench only / Unlock, the current lock checked."""
    plan = session.plan
    place = plan.lineup(fixture_id).place_of(player_id)
    current = plan.lock_of(fixture_id, player_id)
    on_pitch = place not in (None, BENCH)
    here = Lock(LockKind.START, place if on_pitch else None)
    choices = [
        (
            tr("Lock here (starts at {0})").format(position_text(place))
            if on_pitch and place
            else tr("Lock to start"),
            here,
            "lockStart",
        ),
        (tr("Keep out of this match"), Lock(LockKind.REST), "lockRest"),
        (tr("Bench only"), Lock(LockKind.BENCH), "lockBench"),
    ]
    menu.addSeparator()
    for text, lock, name in choices:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.setCheckable(True)
        action.setChecked(current == lock)
        action.triggered.connect(
            lambda _=False, lock=lock: session.push(set_lock(plan, fixture_id, player_id, lock))
        )
    unlock = menu.addAction(tr("Unlock"))
    unlock.setObjectName("unlock")
    unlock.setEnabled(current is not None)
    unlock.triggered.connect(lambda: session.push(set_lock(plan, fixture_id, player_id, None)))
