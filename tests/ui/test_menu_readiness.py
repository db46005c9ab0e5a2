"""Menus opened from the keyboard say as much as the cards a mouse user looks at: each player
named carries his readiness at the fixture; a forbidden entry says why in the status bar."""

from __future__ import annotations

import pytest
from helpers import CCC, MLS, QUIET
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from planner import fatigue_table
from ui.pitch.menus import slot_menu

pytestmark = QUIET


def readiness(plan, fixture_id: str) -> dict[str, int]:
    """Readiness at kickoff straight from the planner's fatigue table, rounded as cards show."""
    table = fatigue_table(plan).xs(fixture_id, level="fixture_id")["readiness"].dropna()
    return {player: round(value) for player, value in table.items()}


def entries(menu: QMenu) -> dict[str, str]:
    """objectName -> text of every entry, submenus included."""
    found = {}
    for act in menu.actions():
        if act.menu() is not None:
            found.update(entries(act.menu()))
        elif act.objectName():
            found[act.objectName()] = act.text()
    return found


def test_the_pitch_menu_key_names_players_with_their_readiness(tab, session):
    expected = readiness(session.plan, MLS)
    lineup = session.plan.lineup(MLS)
    tab.select_slot("LB")
    QTest.keyClick(tab.pitch, Qt.Key.Key_Menu)
    texts = entries(tab.pitch.active_menu)
    tab.pitch.active_menu.close()
    checked = 0
    for name, text in texts.items():
        kind, _, key = name.partition(":")
        who = lineup.slots.get(key) if kind in ("start", "swap") else key if kind == "sub" else None
        if who:
            assert text.endswith(f"\tready {expected[who]}"), (name, text)
            checked += 1
    assert checked >= 20  # every place of the XI, twice, and the bench players who can come on


def test_the_empty_slot_menu_names_candidates_with_their_readiness(tab, session):
    session.plan.unassign(MLS, "luis-suarez")
    expected = readiness(session.plan, MLS)
    menu = slot_menu(session, MLS, "ST")
    texts = {n.removeprefix("start:"): t for n, t in entries(menu).items()}
    assert texts and all(t.endswith(f"\tready {expected[p]}") for p, t in texts.items())


def test_a_forbidden_entry_says_why_in_the_status_bar(tab, session):
    tab.select_slot("ST")
    QTest.keyClick(tab.pitch, Qt.Key.Key_Menu)
    menu = tab.pitch.active_menu
    goal = next(a for a in menu.actions()[0].menu().actions() if a.objectName() == "start:GK")
    menu.close()
    assert not goal.isEnabled()
    assert "goalkeeper" in goal.statusTip() and goal.statusTip() == goal.toolTip()


@pytest.mark.parametrize("fixture_id", [MLS, CCC])
def test_shift_f10_in_the_squad_list_opens_the_current_player_s_menu(qtbot, window, fixture_id):
    window.tabs.show_fixture(fixture_id)
    window.squad.select_player("jordi-alba")
    window.squad.view.setFocus()
    expected = readiness(window.plan, fixture_id)
    seen: list[dict[str, str]] = []

    def look() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.append(entries(popup))
            popup.close()

    QTimer.singleShot(50, look)
    QTest.keyClick(window.squad.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen))
    lineup = window.plan.lineup(fixture_id)
    rb = lineup.slots["RB"]
    assert seen[0]["swap:RB"].endswith(f"\tready {expected[rb]}")
