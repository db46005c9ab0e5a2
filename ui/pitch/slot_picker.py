"""The keyboard's way to put a player somewhere: Enter on a player, then one key.

Enter on a player (a squad row, a card on the pitch or the bench) opens this menu; the places
of the XI are numbered 1-9, 0 and - in formation order (goalkeeper first), B benches him and O
leaves him out. Places he cannot take are listed greyed, with the reason as their tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from planner import BENCH
from ui.commands import AssignPlayer, BenchPlayer, UnassignPlayer
from ui.pitch.rules import bench_refusal, start_refusal
from ui.session import PlanSession
from ui.wording import position_text

SLOT_KEYS = "1234567890-"  # one key per place of an XI, in formation order


def tr(text: str) -> str:
    return QCoreApplication.translate("SlotPicker", text)


def slot_picker(
    session: PlanSession, fixture_id: str, player_id: str, parent: QWidget | None = None
) -> QMenu:
    """The menu of places for player_id in fixture_id (see the module docstring)."""
    plan = session.plan
    lineup = plan.lineup(fixture_id)
    place = lineup.place_of(player_id)
    menu = QMenu(parent)
    menu.setObjectName("slotPicker")
    menu.setToolTipsVisible(True)
    menu.addAction(tr("Put {0} at…").format(plan.player(player_id).name)).setEnabled(False)
    for key, (slot, occupant) in zip(SLOT_KEYS, lineup.slots.items(), strict=False):
        who = plan.player(occupant).name if occupant else tr("(empty)")
        action = menu.addAction(tr("&{0}  {1} — {2}").format(key, position_text(slot), who))
        action.setObjectName(f"place:{slot}")
        refusal = start_refusal(plan, fixture_id, player_id, slot)
        if refusal or slot == place:
            action.setEnabled(False)
            action.setToolTip(refusal or "")
        else:
            action.triggered.connect(
                lambda _=False, slot=slot: session.push(
                    AssignPlayer(plan, fixture_id, player_id, slot)
                )
            )
    menu.addSeparator()
    bench = menu.addAction(tr("&Bench"))
    bench.setObjectName("place:bench")
    refusal = bench_refusal(plan, fixture_id, player_id)
    bench.setEnabled(refusal is None and place != BENCH)
    bench.setToolTip(refusal or "")
    bench.triggered.connect(lambda: session.push(BenchPlayer(plan, fixture_id, player_id)))
    out = menu.addAction(tr("Leave &out"))
    out.setObjectName("place:out")
    out.setEnabled(place is not None)
    out.triggered.connect(lambda: session.push(UnassignPlayer(plan, fixture_id, player_id)))
    return menu
