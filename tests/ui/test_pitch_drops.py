"""Dragging players between the squad, the pitch and the bench of a fixture tab."""

from __future__ import annotations

from helpers import CCC, MLS, QUIET, drag_to, hovering, mime
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDrag
from PySide6.QtTest import QTest

from planner import BENCH
from ui.dnd import drag_origin, dragged_player

pytestmark = QUIET


def lineup(session):
    return session.plan.lineup(MLS)


def test_squad_player_dropped_on_empty_slot_starts(tab, session):
    session.plan.unassign(MLS, "luis-suarez")
    assert lineup(session).slots["ST"] is None

    accepted = drag_to(tab.pitch, tab.pitch.slot_position("ST"), mime("leo-afonso"))

    assert accepted
    assert lineup(session).slots["ST"] == "leo-afonso"
    assert tab.pitch.slot_card("ST").player_id == "leo-afonso"
    session.undo_stack.undo()
    assert lineup(session).slots["ST"] is None
    session.undo_stack.redo()
    assert lineup(session).slots["ST"] == "leo-afonso"


def test_drop_on_occupied_slot_sends_the_starter_back_to_the_squad(tab, session):
    drag_to(tab.pitch, tab.pitch.slot_position("ST"), mime("leo-afonso"))

    assert lineup(session).slots["ST"] == "leo-afonso"
    assert "luis-suarez" in session.plan.unselected(MLS)
    squad = set(session.plan.players)
    placed = set(lineup(session).matchday_squad()) | set(session.plan.unselected(MLS))
    assert placed == squad


def test_slot_to_slot_swaps_the_two_players(tab, session):
    accepted = drag_to(tab.pitch, tab.pitch.slot_position("LW"), mime("tadeo-allende", MLS, "RW"))

    assert accepted
    assert lineup(session).slots["LW"] == "tadeo-allende"
    assert lineup(session).slots["RW"] == "fafa-picault"
    assert tab.pitch.slot_card("RW").player_id == "fafa-picault"
    session.undo_stack.undo()
    assert lineup(session).slots["RW"] == "tadeo-allende"
    assert tab.pitch.slot_card("RW").player_id == "tadeo-allende"


def test_slot_to_the_bench_space_benches_him_at_the_end(tab, session):
    bench = tab.bench_view
    below = bench.mapFromScene(bench.cards[-1].pos()) + QPoint(
        0, bench.cards[-1].boundingRect().height()
    )

    assert drag_to(bench, below, mime("luis-suarez", MLS, "ST"))

    assert lineup(session).bench[-1] == "luis-suarez"
    assert lineup(session).slots["ST"] is None
    assert bench.cards[-1].player_id == "luis-suarez"
    assert tab.pitch.slot_card("ST").player_id is None
    session.undo_stack.undo()
    assert lineup(session).slots["ST"] == "luis-suarez"
    assert "luis-suarez" not in lineup(session).bench


def test_slot_onto_a_bench_card_changes_places_as_on_the_pitch(tab, session, messages):
    bench = tab.bench_view
    on_alba = bench.mapFromScene(bench.card_of("jordi-alba").pos())
    index = lineup(session).bench.index("jordi-alba")

    assert drag_to(bench, on_alba, mime("luis-suarez", MLS, "ST"))

    assert lineup(session).bench[index] == "luis-suarez"
    assert lineup(session).slots["ST"] == "jordi-alba"
    assert "Alba" in messages[-1]


def test_a_starter_onto_the_bench_keepers_card_is_refused_with_the_reason(tab, session, messages):
    bench = tab.bench_view
    keeper = bench.mapFromScene(bench.card_of("rocco-rios-novo").pos())
    before = lineup(session).copy()

    assert not drag_to(bench, keeper, mime("luis-suarez", MLS, "ST"))
    assert lineup(session) == before
    assert "goalkeeper" in messages[-1]


def test_bench_player_onto_another_bench_card_swaps_their_places(tab, session):
    bench = tab.bench_view
    order = list(lineup(session).bench)
    on_messi = bench.mapFromScene(bench.card_of("lionel-messi").pos())

    assert drag_to(bench, on_messi, mime("jordi-alba", MLS, BENCH))

    swapped = list(order)
    a, b = order.index("jordi-alba"), order.index("lionel-messi")
    swapped[a], swapped[b] = swapped[b], swapped[a]
    assert lineup(session).bench == swapped


def test_bench_to_slot_swaps_starter_onto_the_bench(tab, session):
    assert drag_to(tab.pitch, tab.pitch.slot_position("RW"), mime("lionel-messi", MLS, BENCH))

    assert lineup(session).slots["RW"] == "lionel-messi"
    assert "tadeo-allende" in lineup(session).bench
    assert "lionel-messi" not in lineup(session).bench
    session.undo_stack.undo()
    assert lineup(session).slots["RW"] == "tadeo-allende"


def test_injured_player_is_refused_with_a_reason(tab, session, messages):
    before = lineup(session).copy()

    accepted = drag_to(tab.pitch, tab.pitch.slot_position("RB"), mime("marcelo-weigandt"))

    assert not accepted
    assert lineup(session) == before
    assert any("injured" in m for m in messages)
    assert session.undo_stack.count() == 0


def test_field_player_into_goal_is_refused(tab, session, messages):
    accepted = drag_to(tab.pitch, tab.pitch.slot_position("GK"), mime("luis-suarez", MLS, "ST"))

    assert not accepted
    assert lineup(session).slots["GK"] == "oscar-ustari"
    assert any("goalkeeper" in m for m in messages)


def test_goalkeeper_into_outfield_slot_is_refused(tab, session, messages):
    accepted = drag_to(
        tab.pitch, tab.pitch.slot_position("LB"), mime("rocco-rios-novo", MLS, BENCH)
    )

    assert not accepted
    assert lineup(session).slots["LB"] == "noah-allen"
    assert any("goalkeeper" in m for m in messages)


def test_valid_target_is_highlighted_while_hovering(tab):
    pitch = tab.pitch
    with hovering(pitch, pitch.slot_position("ST"), mime("leo-afonso")) as accepted:
        assert accepted
        assert pitch.slot_card("ST").target
        assert not pitch.slot_card("LW").target
    assert not pitch.slot_card("ST").target


def test_drop_on_pitch_background_does_nothing(tab, session):
    before = lineup(session).copy()
    corner = tab.pitch.mapFromScene(tab.pitch.sceneRect().topLeft()) + tab.pitch.rect().topLeft()

    accepted = drag_to(tab.pitch, corner, mime("luis-suarez", MLS, "ST"))

    assert not accepted
    assert lineup(session) == before


def test_injured_player_cannot_sit_on_the_bench(tab, session, messages):
    bench = tab.bench_view
    assert not drag_to(bench, bench.mapFromScene(bench.cards[0].pos()), mime("marcelo-weigandt"))
    assert "marcelo-weigandt" not in lineup(session).bench
    assert messages


def test_formation_picker_changes_the_formation_and_the_slots(tab, session, qtbot):
    picker = tab.formation_picker
    index = picker.findText("4-4-2")

    picker.setCurrentIndex(index)
    picker.activated.emit(index)

    assert lineup(session).formation == "4-4-2"
    assert set(tab.pitch.slot_card(s).place for s in lineup(session).slots) == set(
        lineup(session).slots
    )
    assert len(lineup(session).starters()) == 11
    session.undo_stack.undo()
    assert lineup(session).formation == "4-3-3"
    qtbot.waitUntil(lambda: picker.currentText() == "4-3-3")


def test_every_view_follows_an_edit_made_elsewhere(tab, session, qtbot):
    session.plan.bench(MLS, "luis-suarez", 0)

    assert tab.pitch.slot_card("ST").player_id is None
    assert tab.bench_view.cards[0].player_id == "luis-suarez"
    qtbot.waitUntil(lambda: "10/9" in tab.bench_label.text())
    assert "10/9" in tab.bench_panel.capacity.text()
    assert "too many" in tab.bench_panel.capacity.text()


def test_dragging_a_card_carries_the_player_his_place_and_a_card_pixmap(tab, monkeypatch):
    started = []

    def fake_exec(drag, *args):
        started.append((dragged_player(drag.mimeData()), drag_origin(drag.mimeData()), drag))
        return Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    pitch = tab.pitch
    start = pitch.slot_position("ST")
    viewport = pitch.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(30, 30))

    assert len(started) == 1
    player, origin, drag = started[0]
    assert (player, origin) == ("luis-suarez", (MLS, "ST"))
    assert not drag.pixmap().isNull()
    assert drag.pixmap().width() / drag.pixmap().devicePixelRatio() >= 70
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)


def test_removing_the_fixture_leaves_the_tab_quiet(tab, session, qtbot):
    session.plan.remove_fixture(MLS)  # the shell closes the tab; until then nothing breaks
    tab.repaint()
    tab.bench_panel.view.viewport().repaint()  # the bench paints its size limit from the rules
    session.plan.bench(CCC, "lionel-messi")
    qtbot.wait(10)  # an exception in a slot or paint event would fail the test here
    assert tab.pitch.slot_card("ST").player_id == "luis-suarez"  # shows what it showed


def test_header_counts_say_what_is_wrong_with_a_mark_not_only_colour(tab, session, qtbot):
    session.plan.unassign(MLS, "luis-suarez")

    qtbot.waitUntil(lambda: "XI 10/11" in tab.xi_label.text())
    assert tab.xi_label.text().startswith("⚠")
    assert "Errors: 1" in tab.warnings_label.text()
    assert "10 players" in tab.warnings_label.toolTip()
    session.plan.assign(MLS, "luis-suarez", "ST")
    qtbot.waitUntil(lambda: tab.xi_label.text().startswith("✓"))


def test_while_a_suggestion_holds_the_plan_a_drop_is_refused_with_a_reason(tab, session, messages):
    before = lineup(session).copy()
    with session.working("the suggestion"):
        accepted = drag_to(tab.pitch, tab.pitch.slot_position("ST"), mime("leo-afonso"))
    assert not accepted
    assert lineup(session) == before and session.undo_stack.count() == 0
    assert "Wait until the suggestion has finished" in messages[-1]
    assert drag_to(tab.pitch, tab.pitch.slot_position("ST"), mime("leo-afonso"))  # then it lands


def test_a_drop_on_a_fixture_removed_meanwhile_changes_nothing(tab, session, messages):
    plan = session.plan
    session.plan.remove_fixture(MLS)
    state = plan.copy()
    accepted = drag_to(tab.pitch, tab.pitch.slot_position("ST"), mime("leo-afonso"))
    assert not accepted
    assert plan.matches(state) and session.undo_stack.count() == 0
    assert "removed" in messages[-1]


def test_text_from_another_program_is_refused_and_says_why(tab, session, messages):
    from PySide6.QtCore import QMimeData

    text = QMimeData()
    text.setText("Lionel Messi")
    assert not drag_to(tab.pitch, tab.pitch.slot_position("ST"), text)
    assert not drag_to(tab.bench_view, QPoint(40, 40), text)
    assert session.undo_stack.count() == 0
    assert "Only players" in messages[-1]
