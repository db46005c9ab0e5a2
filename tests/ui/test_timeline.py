"""Planning, moving and removing substitutions on the pitch and the timeline."""

from __future__ import annotations

from helpers import MLS, QUIET, drag_to, mime
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from planner import BENCH, Substitution

pytestmark = QUIET


def subs(session) -> list[Substitution]:
    return list(session.plan.lineup(MLS).substitutions)


def test_bench_player_dropped_on_a_starters_card_plans_a_change(tab, session, qtbot):
    before = subs(session)
    pitch = tab.pitch

    accepted = drag_to(pitch, pitch.sub_drop_position("LB"), mime("jordi-alba", MLS, BENCH))

    assert accepted
    new = set(subs(session)) - set(before)
    assert new == {Substitution(60, "noah-allen", "jordi-alba")}
    assert session.plan.lineup(MLS).slots["LB"] == "noah-allen"  # he still starts
    assert "jordi-alba" in session.plan.lineup(MLS).bench
    qtbot.waitUntil(lambda: "Subs 5/5" in tab.subs_label.text())
    session.undo_stack.undo()
    assert subs(session) == before
    qtbot.waitUntil(lambda: "Subs 4/5" in tab.subs_label.text())


def test_centre_of_a_starters_card_still_means_start_instead(tab, session):
    drag_to(tab.pitch, tab.pitch.slot_position("LB"), mime("jordi-alba", MLS, BENCH))

    assert session.plan.lineup(MLS).slots["LB"] == "jordi-alba"
    assert "noah-allen" in session.plan.lineup(MLS).bench


def test_a_goalkeeper_can_only_be_replaced_by_a_goalkeeper(tab, session, messages):
    before = subs(session)
    accepted = drag_to(tab.pitch, tab.pitch.sub_drop_position("GK"), mime("jordi-alba", MLS, BENCH))

    assert not accepted
    assert subs(session) == before
    assert any("goalkeeper" in m for m in messages)


def test_dragging_a_marker_moves_the_change_in_one_undoable_step(tab, session, qtbot):
    timeline = tab.timeline
    sub = Substitution(75, "benjamin-cremaschi", "telasco-segovia")
    start = timeline.marker_rect(sub).center()
    dx = timeline.minute_x(70) - timeline.minute_x(75)

    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(timeline, start + QPoint(dx // 2, 0))
    QTest.mouseMove(timeline, start + QPoint(dx, 0))
    QTest.mouseRelease(
        timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(dx, 0)
    )

    moved = Substitution(70, "benjamin-cremaschi", "telasco-segovia")
    assert moved in subs(session) and sub not in subs(session)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert sub in subs(session) and moved not in subs(session)


def test_a_marker_cannot_leave_the_match(tab, session):
    timeline = tab.timeline
    sub = Substitution(75, "benjamin-cremaschi", "telasco-segovia")
    start = timeline.marker_rect(sub).center()
    far = QPoint(timeline.width() + 200, start.y())

    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(timeline, far)
    QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, far)

    assert Substitution(89, "benjamin-cremaschi", "telasco-segovia") in subs(session)


def test_delete_removes_the_selected_marker(tab, session, qtbot):
    timeline = tab.timeline
    sub = Substitution(75, "benjamin-cremaschi", "telasco-segovia")
    centre = timeline.marker_rect(sub).center()
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert timeline.selected == sub

    QTest.keyClick(timeline, Qt.Key.Key_Delete)

    assert sub not in subs(session)
    qtbot.waitUntil(lambda: "Subs 3/5" in tab.subs_label.text())
    session.undo_stack.undo()
    assert sub in subs(session)


def test_arrow_keys_nudge_the_selected_marker(tab, session):
    timeline = tab.timeline
    sub = Substitution(75, "benjamin-cremaschi", "telasco-segovia")
    timeline.select_substitution(sub)

    QTest.keyClick(timeline, Qt.Key.Key_Right)

    assert Substitution(76, "benjamin-cremaschi", "telasco-segovia") in subs(session)


def test_bench_player_dropped_on_the_timeline_asks_who_goes_off(tab, session, qtbot):
    timeline = tab.timeline
    at = QPoint(timeline.minute_x(70), timeline.height() // 2)

    assert drag_to(timeline, at, mime("robert-taylor", MLS, BENCH))

    menu = timeline.active_menu
    assert menu is not None
    names = [a.objectName() for a in menu.actions() if a.isEnabled()]
    assert "off:fafa-picault" not in names  # he already goes off at 60'
    assert "off:oscar-ustari" not in names  # a field player cannot replace the goalkeeper
    action = next(a for a in menu.actions() if a.objectName() == "off:tadeo-allende")
    action.trigger()
    menu.close()

    assert Substitution(70, "tadeo-allende", "robert-taylor") in subs(session)
    session.undo_stack.undo()
    assert Substitution(70, "tadeo-allende", "robert-taylor") not in subs(session)


def test_the_timeline_refuses_players_outside_the_matchday_squad(tab, session, messages):
    timeline = tab.timeline
    at = QPoint(timeline.minute_x(70), timeline.height() // 2)

    assert not drag_to(timeline, at, mime("leo-afonso"))
    assert messages


def test_plan_change_at_refuses_impossible_changes(tab, session, messages):
    assert not tab.timeline.plan_change_at(70, "lionel-messi", "tadeo-allende")  # already on
    assert any("already comes on" in m for m in messages)
    assert tab.timeline.plan_change_at(30, "tomas-aviles", "david-martinez")
    assert Substitution(30, "david-martinez", "tomas-aviles") in subs(session)


def test_keyboard_reaches_every_marker(tab, session):
    timeline = tab.timeline
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    first = timeline.selected
    assert first is not None

    QTest.keyClick(timeline, Qt.Key.Key_Tab)
    assert timeline.selected not in (None, first)
    QTest.keyClick(timeline, Qt.Key.Key_Backtab)
    assert timeline.selected == first


def test_markers_say_who_comes_on_and_off_in_a_tooltip(tab):
    sub = Substitution(75, "benjamin-cremaschi", "telasco-segovia")
    text = tab.timeline.marker_tooltip(sub)
    assert "75'" in text and "Telasco Segovia" in text and "Benjamin Cremaschi" in text


def test_starter_dropped_on_the_timeline_asks_who_comes_on(tab, session):
    timeline = tab.timeline
    at = QPoint(timeline.minute_x(80), timeline.height() // 2)

    assert drag_to(timeline, at, mime("tadeo-allende", MLS, "RW"))

    menu = timeline.active_menu
    names = [a.objectName() for a in menu.actions()]
    assert "on:robert-taylor" in names
    assert "on:lionel-messi" not in names  # he already comes on at 60'
    next(a for a in menu.actions() if a.objectName() == "on:robert-taylor").trigger()
    menu.close()
    assert Substitution(80, "tadeo-allende", "robert-taylor") in subs(session)


def test_a_marker_dropped_on_the_half_time_band_becomes_a_half_time_change(tab, session):
    timeline = tab.timeline
    sub = Substitution(75, "benjamin-cremaschi", "telasco-segovia")
    start = timeline.marker_rect(sub).center()
    band = (timeline.minute_x(45) + timeline.minute_x(46)) // 2
    end = QPoint(start.x() + band - timeline.minute_x(75), start.y())

    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(timeline, end)
    QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

    assert Substitution(45, "benjamin-cremaschi", "telasco-segovia", True) in subs(session)
    assert "half-time" in timeline.marker_tooltip(timeline.selected)


def test_bench_player_dropped_on_half_time_plans_a_half_time_change(tab, session):
    timeline = tab.timeline
    band = (timeline.minute_x(45) + timeline.minute_x(46)) // 2

    assert drag_to(timeline, QPoint(band, timeline.height() // 2), mime("jordi-alba", MLS, BENCH))

    menu = timeline.active_menu
    assert "half-time" in menu.actions()[0].text()
    next(a for a in menu.actions() if a.objectName() == "off:noah-allen").trigger()
    menu.close()
    assert Substitution(45, "noah-allen", "jordi-alba", True) in subs(session)
