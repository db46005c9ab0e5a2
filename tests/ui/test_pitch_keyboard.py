"""The keyboard path: Tab through cards, the lineup menu, Delete to leave a player out."""

from __future__ import annotations

from helpers import MLS, QUIET
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from planner import BENCH
from ui.pitch import lineup_menu

pytestmark = QUIET


def action(menu, name):
    for act in menu.actions():
        if act.objectName() == name:
            return act
        if act.menu() is not None:
            found = action(act.menu(), name)
            if found is not None:
                return found
    return None


def test_tab_walks_the_cards_of_the_pitch(tab):
    pitch = tab.pitch
    pitch.setFocus(Qt.FocusReason.TabFocusReason)
    assert pitch.selected.place == "GK"

    QTest.keyClick(pitch, Qt.Key.Key_Tab)
    assert pitch.selected.place == "LB"
    QTest.keyClick(pitch, Qt.Key.Key_Backtab)
    assert pitch.selected.place == "GK"


def test_menu_key_opens_the_lineup_menu_and_bench_works(tab, session):
    pitch = tab.pitch
    tab.select_slot("ST")

    QTest.keyClick(pitch, Qt.Key.Key_Menu)

    menu = pitch.active_menu
    assert menu is not None and menu.isVisible()
    action(menu, "bench").trigger()
    menu.close()
    assert "luis-suarez" in session.plan.lineup(MLS).bench
    assert session.plan.lineup(MLS).slots["ST"] is None
    session.undo_stack.undo()
    assert session.plan.lineup(MLS).slots["ST"] == "luis-suarez"


def test_shift_f10_opens_the_menu_too(tab):
    tab.select_slot("LB")
    QTest.keyClick(tab.pitch, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert tab.pitch.active_menu is not None
    tab.pitch.active_menu.close()


def test_delete_leaves_the_selected_player_out(tab, session):
    assert tab.select_player("lionel-messi")
    assert tab.bench_view.selected.player_id == "lionel-messi"

    QTest.keyClick(tab.bench_view, Qt.Key.Key_Delete)

    assert "lionel-messi" in session.plan.unselected(MLS)
    session.undo_stack.undo()
    assert "lionel-messi" in session.plan.lineup(MLS).bench


def test_menu_starts_a_squad_player_in_a_chosen_slot(session):
    menu = lineup_menu(session, MLS, "leo-afonso", None)

    action(menu, "start:ST").trigger()

    assert session.plan.lineup(MLS).slots["ST"] == "leo-afonso"
    assert "luis-suarez" in session.plan.unselected(MLS)


def test_menu_swaps_two_starters(session):
    menu = lineup_menu(session, MLS, "tadeo-allende", None)

    action(menu, "swap:LW").trigger()

    lineup = session.plan.lineup(MLS)
    assert (lineup.slots["LW"], lineup.slots["RW"]) == ("tadeo-allende", "fafa-picault")


def test_menu_lists_forbidden_moves_disabled_with_the_reason(session):
    injured = lineup_menu(session, MLS, "marcelo-weigandt", None)
    start_rb = action(injured, "start:RB")
    assert not start_rb.isEnabled()
    assert "injured" in start_rb.toolTip()
    assert not action(injured, "bench").isEnabled()

    striker = lineup_menu(session, MLS, "luis-suarez", None)
    assert not action(striker, "start:GK").isEnabled()
    assert "goalkeeper" in action(striker, "start:GK").toolTip()


def test_menu_brings_a_bench_player_on(session):
    menu = lineup_menu(session, MLS, "jordi-alba", None)

    action(menu, "sub:noah-allen").trigger()

    subs = session.plan.lineup(MLS).substitutions
    assert any(s.on == "jordi-alba" and s.off == "noah-allen" and s.minute == 60 for s in subs)


def test_select_player_finds_him_on_the_pitch_or_the_bench(tab):
    assert tab.select_player("luis-suarez")
    assert tab.pitch.selected.place == "ST"
    assert tab.select_player("lionel-messi")
    assert tab.bench_view.selected.place == BENCH
    assert tab.pitch.selected is None
    assert not tab.select_player("leo-afonso")  # not in the matchday squad


def test_menu_on_an_empty_slot_offers_who_could_start_there(tab, session):
    session.plan.unassign(MLS, "luis-suarez")
    tab.select_slot("ST")

    QTest.keyClick(tab.pitch, Qt.Key.Key_Menu)

    menu = tab.pitch.active_menu
    names = [a.objectName() for a in menu.actions()]
    assert "start:leo-afonso" in names
    assert "start:rocco-rios-novo" not in names  # a goalkeeper cannot play up front
    assert "start:marcelo-weigandt" not in names  # injured
    action(menu, "start:leo-afonso").trigger()
    menu.close()
    assert session.plan.lineup(MLS).slots["ST"] == "leo-afonso"


def test_menu_takes_a_starter_off_for_a_bench_player(session):
    menu = lineup_menu(session, MLS, "tadeo-allende", None)

    action(menu, "sub:robert-taylor").trigger()

    subs = session.plan.lineup(MLS).substitutions
    assert any(s.off == "tadeo-allende" and s.on == "robert-taylor" for s in subs)
