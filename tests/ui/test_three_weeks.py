"""Three weeks of a season through the window (issue 15): record fixture 1 (an injury with a
return date, a red card), plan and record fixture 2, add fixtures 3-4 with Next week…, copy a
lineup, suggest and apply; after each step every view agrees with fatigue_table and validate,
the banned player is refused for the next fixture of that competition and the injured one is
available after his return date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import CCC, MLS, QUIET, answer_with, drag_to
from PySide6.QtWidgets import QDialog, QLineEdit
from views_agree import assert_views_agree

from planner.rules import available
from ui.commands import AssignPlayer, UnassignPlayer
from ui.dialogs.copy_lineup import CopyLineupDialog
from ui.dialogs.match_played import MatchPlayedDialog
from ui.dialogs.next_week import NextWeekDialog
from ui.dialogs.suggestion import SuggestionDialog
from ui.dnd import player_mime_data

pytestmark = [QUIET, pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")]

FRAY, FALCON, AVILES, LUJAN = "ian-fray", "maximiliano-falcon", "tomas-aviles", "gonzalo-lujan"
BACK = date(2025, 4, 15)  # Falcon's return date: after Sun 13 April, before Wed 16 April


def choose(combo, player_id: str) -> None:
    combo.setCurrentIndex(combo.findData(player_id))


def sunday_as_it_happened(dialog: MatchPlayedDialog) -> None:
    """Falcon hurt at 30 (back on 15 April), replaced by Aviles; Fray sent off at 70."""
    sub = dialog.subs.add_row()
    minute, off, on = dialog.subs.widgets(sub)
    minute.setText("30")
    choose(off, FALCON)
    choose(on, AVILES)
    hurt = dialog.injuries.add_row()
    minute, player, back = dialog.injuries.widgets(hurt)
    minute.setText("30")
    choose(player, FALCON)
    back.setText(BACK.isoformat())
    card = dialog.cards.add_row()
    minute, player, colour = dialog.cards.widgets(card)
    minute.setText("70")
    choose(player, FRAY)
    colour.setCurrentIndex(1)  # red
    assert dialog.apply_button.isEnabled(), dialog.problem.text()


def name_opponents(dialog: NextWeekDialog) -> None:
    for row, name in enumerate(("D.C. United", "LAFC")):
        opponent = dialog.rows.widgets(row)[1]
        assert isinstance(opponent, QLineEdit)
        opponent.setText(name)


def test_three_weeks_of_a_season(window, monkeypatch, qtbot):
    plan, session = window.plan, window.session
    messages: list[str] = []
    session.statusMessage.connect(messages.append)

    # week 1, Sunday: recorded as it happened
    answer_with(monkeypatch, MatchPlayedDialog, sunday_as_it_happened)
    window.tabs.show_fixture(MLS)
    window.actions.match_played.trigger()
    assert plan.is_played(MLS) and plan.player(FALCON).return_date == BACK
    assert_views_agree(window)

    # Wednesday: planned without the injured Falcon, then recorded as planned
    window.tabs.show_fixture(CCC)
    assert not available(plan, FALCON, CCC)
    session.push(UnassignPlayer(plan, CCC, FALCON))
    session.push(AssignPlayer(plan, CCC, LUJAN, "RCB"))
    assert not [p for p in window.problems.problems_model.problems if p.severity == "error"]
    assert_views_agree(window)
    answer_with(monkeypatch, MatchPlayedDialog, lambda dialog: None)
    window.actions.match_played.trigger()
    assert plan.is_played(CCC)
    assert_views_agree(window)

    # Next week…: Sunday 13 (MLS) and Wednesday 16 April (CCC), one undoable edit
    steps = session.undo_stack.count()
    answer_with(monkeypatch, NextWeekDialog, name_opponents)
    window.actions.next_week.trigger()
    assert session.undo_stack.count() == steps + 1
    third, fourth = plan.fixtures[2], plan.fixtures[3]
    assert (third.kickoff, third.opponent, third.competition) == (
        datetime(2025, 4, 13, 19, 0),
        "D.C. United",
        "MLS",
    )
    assert (fourth.kickoff, fourth.opponent, fourth.competition) == (
        datetime(2025, 4, 16, 20, 0),
        "LAFC",
        "CCC",
    )
    window.tabs.show_fixture(third.id)
    assert_views_agree(window)

    # Copy lineup from Sunday's record: the banned Fray and the injured Falcon are left out
    def from_sunday(dialog: CopyLineupDialog) -> None:
        assert dialog.source() == MLS  # the latest earlier MLS fixture, chosen first

    answer_with(monkeypatch, CopyLineupDialog, from_sunday)
    window.actions.copy_lineup.trigger()
    lineup = plan.lineup(third.id)
    record = plan.records[MLS]
    assert {p for p in record.xi.values() if p not in (FRAY, FALCON)} == set(lineup.starters())
    assert FRAY not in lineup.matchday_squad() and FALCON not in lineup.matchday_squad()
    assert all(plan.player(pid).name in messages[-1] for pid in (FRAY, FALCON))
    assert_views_agree(window)

    # the pitch refuses the banned Fray for the next MLS fixture, not for the Champions Cup
    tab = window.tabs.show_fixture(third.id)
    slot_pos = tab.pitch.slot_position("RB")
    assert not drag_to(tab.pitch, slot_pos, player_mime_data(FRAY, None, None))
    assert tab.pitch.slot_card("RB").player_id != FRAY
    assert not available(plan, FALCON, third.id)  # 13 April: before his return
    tab4 = window.tabs.show_fixture(fourth.id)
    assert drag_to(tab4.pitch, tab4.pitch.slot_position("RB"), player_mime_data(FRAY, None, None))
    assert drag_to(
        tab4.pitch, tab4.pitch.slot_position("RCB"), player_mime_data(FALCON, None, None)
    )  # 16 April: back from injury
    assert plan.lineup(fourth.id).slots["RCB"] == FALCON
    assert_views_agree(window)

    # Suggest rotation, applied: the played fixtures stay as they were
    played = {fid: (plan.lineup(fid).copy(), plan.records[fid]) for fid in (MLS, CCC)}
    monkeypatch.setattr(SuggestionDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    steps = session.undo_stack.count()
    window.actions.suggest.trigger()
    assert session.undo_stack.count() == steps + 1
    assert session.undo_stack.undoText() == "Suggested rotation"
    for fid, (lineup, record) in played.items():
        assert plan.lineup(fid) == lineup and plan.records[fid] == record
    assert FRAY not in plan.lineup(third.id).matchday_squad()
    assert FALCON not in plan.lineup(third.id).matchday_squad()
    for fid in (third.id, fourth.id):
        window.tabs.show_fixture(fid)
        assert_views_agree(window)
    assert not [p for p in window.problems.problems_model.problems if p.severity == "error"]
