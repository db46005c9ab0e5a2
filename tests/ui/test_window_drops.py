"""Drag and drop in the real window: squad list -> pitch, swap, bench, back to the squad list,
undo and redo of each; after every drop every view agrees with the model."""

from __future__ import annotations

import pytest
from helpers import MLS, drag_to
from PySide6.QtCore import QPoint
from views_agree import assert_views_agree

from planner import BENCH
from ui.dnd import PLAYER_MIME, dragged_player, player_mime_data
from ui.squad.model import PLAYER_ID_ROLE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def squad_mime(window, player_id: str):
    """The MIME data the squad list itself produces for a player (what its drag carries)."""
    view = window.squad.view
    window.squad.select_player(player_id)
    index = view.currentIndex()
    assert index.data(PLAYER_ID_ROLE) == player_id
    return view.model().mimeData([index])


def lineup(window):
    return window.plan.lineup(MLS)


def undo_redo_agree(window, before, after) -> None:
    window.actions.undo.trigger()
    assert lineup(window) == before
    assert_views_agree(window)
    window.actions.redo.trigger()
    assert lineup(window) == after
    assert_views_agree(window)


def test_squad_list_drags_the_player_id_as_utf8(window):
    mime = squad_mime(window, "oscar-ustari")
    assert bytes(mime.data(PLAYER_MIME).data()).decode("utf-8") == "oscar-ustari"


def test_squad_player_dropped_on_a_slot_starts_there(window):
    pitch = window.tabs.tab(MLS).pitch
    before = lineup(window).copy()
    assert lineup(window).place_of("leo-afonso") is None

    assert drag_to(pitch, pitch.slot_position("ST"), squad_mime(window, "leo-afonso"))

    assert lineup(window).slots["ST"] == "leo-afonso"
    assert "luis-suarez" not in lineup(window).matchday_squad()  # back in the squad, not lost
    assert window.isWindowModified()
    assert_views_agree(window)
    undo_redo_agree(window, before, lineup(window).copy())


def test_dropping_on_an_occupied_slot_swaps(window):
    pitch = window.tabs.tab(MLS).pitch
    before = lineup(window).copy()
    striker, winger = before.slots["ST"], before.slots["LW"]

    assert drag_to(pitch, pitch.slot_position("LW"), player_mime_data(striker, MLS, "ST"))

    assert lineup(window).slots["LW"] == striker
    assert lineup(window).slots["ST"] == winger
    assert_views_agree(window)
    undo_redo_agree(window, before, lineup(window).copy())


def test_starter_dropped_on_a_bench_card_changes_places_with_him(window):
    bench = window.tabs.tab(MLS).bench_view
    before = lineup(window).copy()
    alba = bench.card_of("jordi-alba")
    at = bench.mapFromScene(alba.pos())

    assert drag_to(bench, at, player_mime_data("luis-suarez", MLS, "ST"))

    assert lineup(window).bench[before.bench.index("jordi-alba")] == "luis-suarez"
    assert lineup(window).slots["ST"] == "jordi-alba"
    assert_views_agree(window)
    undo_redo_agree(window, before, lineup(window).copy())


def test_player_dropped_on_the_squad_list_is_left_out(window):
    view = window.squad.view
    before = lineup(window).copy()
    at = QPoint(view.viewport().width() // 2, view.viewport().height() // 3)

    assert drag_to(view, at, player_mime_data("lionel-messi", MLS, BENCH))

    assert lineup(window).place_of("lionel-messi") is None
    assert_views_agree(window)
    undo_redo_agree(window, before, lineup(window).copy())


def test_squad_list_refuses_a_drag_that_started_in_the_squad_list(window):
    view = window.squad.view
    at = QPoint(view.viewport().width() // 2, 10)
    mime = squad_mime(window, "leo-afonso")
    assert dragged_player(mime) == "leo-afonso"
    assert not drag_to(view, at, mime)
    assert not window.session.undo_stack.count()


def test_a_drag_hovering_the_pitch_changes_nothing_until_dropped(window):
    pitch = window.tabs.tab(MLS).pitch
    before = lineup(window).copy()
    assert drag_to(
        pitch, pitch.slot_position("GK"), squad_mime(window, "drake-callender"), drop=False
    )
    assert lineup(window) == before
    assert not window.isWindowModified()


def test_views_agree_after_fifty_drops(window):
    """A long random-ish session of drops: the views never drift from the model."""
    pitch = window.tabs.tab(MLS).pitch
    slots = list(lineup(window).slots)
    players = [p for p, player in window.plan.players.items() if player.status.selectable]
    for i in range(50):
        player, slot = players[(i * 7) % len(players)], slots[(i * 5) % len(slots)]
        origin = lineup(window).place_of(player)
        drag_to(pitch, pitch.slot_position(slot), player_mime_data(player, MLS, origin))
    assert window.session.undo_stack.count() > 10
    assert_views_agree(window)
