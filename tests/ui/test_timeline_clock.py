"""The timeline beyond minute 90: extra time on the axis of a tie that can go to it, and a
change's minute edited as the clock shows it (stoppage time "90+3"), or marked a concussion
substitute (planner.rules says what the match allows)."""

from __future__ import annotations

import pytest
from helpers import CCC, MLS, QUIET
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from planner import Substitution
from planner.rules import substitution_count
from ui.pitch.fixture_tab import FixtureTab
from ui.pitch.sub_edit import SubstitutionEditor

pytestmark = QUIET

CREMASCHI_ON = Substitution(75, "benjamin-cremaschi", "telasco-segovia")


@pytest.fixture
def cup_tab(open_tab) -> FixtureTab:
    """The second leg's tab: the tie can go to extra time (the sample's rules)."""
    return open_tab(CCC)


def test_the_cup_tie_axis_runs_to_120_and_a_change_can_be_planned_in_extra_time(cup_tab, session):
    timeline = cup_tab.timeline
    assert session.plan.fixture(CCC).rules.extra_time
    assert timeline.minute_at(timeline.minute_x(105)) == 105
    assert timeline.minute_at(timeline.axis()[1] + 50) == 119  # kept inside the match
    assert timeline.plan_change_at(105, "noah-allen", "jordi-alba")
    planned = session.plan.lineup(CCC).substitutions
    assert Substitution(105, "jordi-alba", "noah-allen") in planned


def test_a_league_game_axis_stops_at_90(tab):
    timeline = tab.timeline
    assert timeline.minute_at(timeline.axis()[1] + 50) == 89
    assert timeline.minute_x(90) == timeline.axis()[1]


def _editor_answers(monkeypatch, minute: str, *, concussion: bool = False) -> list[str]:
    """Let the next editor be filled in as a user would and closed with OK; returns the
    problems it showed on the way."""
    shown: list[str] = []

    def filled(editor: SubstitutionEditor) -> int:
        editor.minute.setText(minute)
        editor.concussion.setChecked(concussion)
        shown.append(editor.problem.text())
        ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            return 0
        editor.accept()
        return editor.result()

    monkeypatch.setattr(SubstitutionEditor, "exec", filled)
    return shown


def test_enter_on_a_marker_edits_its_minute_into_stoppage_time_in_one_undoable_step(
    tab, session, monkeypatch
):
    timeline = tab.timeline
    _editor_answers(monkeypatch, "90+3")
    timeline.setFocus()
    timeline.select_substitution(CREMASCHI_ON)
    QTest.keyClick(timeline, Qt.Key.Key_Return)
    moved = Substitution(90, "benjamin-cremaschi", "telasco-segovia", added=3)
    assert moved in session.plan.lineup(MLS).substitutions
    assert CREMASCHI_ON not in session.plan.lineup(MLS).substitutions
    assert "90+3'" in timeline.marker_tooltip(moved)
    session.undo_stack.undo()
    assert CREMASCHI_ON in session.plan.lineup(MLS).substitutions


def test_a_minute_the_match_does_not_have_keeps_ok_disabled_and_says_why(tab, session, monkeypatch):
    before = list(session.plan.lineup(MLS).substitutions)
    shown = _editor_answers(monkeypatch, "95")
    tab.timeline.select_substitution(CREMASCHI_ON)
    assert not tab.timeline.edit_selected()
    assert shown == ["Minute 95 is outside the match (1-89)."]
    assert session.plan.lineup(MLS).substitutions == before
    shown = _editor_answers(monkeypatch, "60+3")
    assert not tab.timeline.edit_selected()
    assert "stoppage time follows the end of a half" in shown[-1]


def test_a_concussion_substitute_leaves_the_count_of_changes_and_windows(tab, session, monkeypatch):
    fixture = session.plan.fixture(MLS)
    before = substitution_count(session.plan.lineup(MLS), fixture.rules)
    _editor_answers(monkeypatch, "75", concussion=True)
    tab.timeline.select_substitution(CREMASCHI_ON)
    assert tab.timeline.edit_selected()
    marked = Substitution(75, "benjamin-cremaschi", "telasco-segovia", concussion=True)
    assert marked in session.plan.lineup(MLS).substitutions
    after = substitution_count(session.plan.lineup(MLS), fixture.rules)
    # the sample plans 4 changes in 2 windows (60', 75'): the 75' one was alone in its window
    assert (before.changes, before.windows) == (4, 2)
    assert (after.changes, after.windows) == (3, 1)
    assert "Concussion" in tab.timeline.marker_tooltip(marked)
    assert tab.timeline.marker_lines(marked)[0].endswith("✚")
