"""Match played… through the window: the dialog from the Plan menu, Apply as one undoable
edit, a played fixture's tab read-only until reopened, planned vs played minutes."""

from __future__ import annotations

import pytest
from helpers import CCC, MLS, QUIET, drag_to
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from views_agree import assert_views_agree

from planner.fatigue import fatigue_table
from planner.plan import states_match
from planner.played import Card, CardColour, Moment
from ui.dialogs.match_played import MatchPlayedDialog
from ui.dnd import player_mime_data

pytestmark = [QUIET, pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")]

MESSI, PICAULT, REDONDO = "lionel-messi", "fafa-picault", "federico-redondo"
EDIT = Qt.ItemDataRole.EditRole


def answer_with(monkeypatch, fill, *, accept: bool = True) -> list[MatchPlayedDialog]:
    """Make the dialog's exec fill its fields, then press Apply (or Cancel)."""
    shown: list[MatchPlayedDialog] = []

    def exec_(dialog: MatchPlayedDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.accept() if accept else dialog.reject()
        return dialog.result()

    monkeypatch.setattr(MatchPlayedDialog, "exec", exec_)
    return shown


def field(dialog_table, row: int, column: int):
    return dialog_table.widgets(row)[column]


def messi_on_at_67_and_a_yellow(dialog: MatchPlayedDialog) -> None:
    subs = dialog.subs
    row = next(r for r in range(subs.row_count()) if field(subs, r, 2).currentData() == MESSI)
    line = field(subs, row, 0)
    assert isinstance(line, QLineEdit)
    line.setText("67")
    card = dialog.cards.add_row()
    field(dialog.cards, card, 0).setText("55")
    player = field(dialog.cards, card, 1)
    assert isinstance(player, QComboBox)
    player.setCurrentIndex(player.findData(REDONDO))


def minutes_cell(window, player_id: str, column: int) -> int:
    model = window.minutes_model
    row = next(r for r in range(model.rowCount()) if model.player_id(r) == player_id)
    return model.index(row, column).data(EDIT)


def test_apply_records_the_match_and_every_view_follows(window, monkeypatch):
    plan = window.plan
    before = fatigue_table(plan).at[(MESSI, CCC), "readiness"]
    answer_with(monkeypatch, messi_on_at_67_and_a_yellow)
    window.tabs.show_fixture(MLS)
    assert window.actions.match_played.isEnabled() and not window.actions.reopen.isEnabled()
    window.actions.match_played.trigger()

    record = plan.records[MLS]
    assert any(s.on == MESSI and s.moment == Moment(67) for s in record.substitutions)
    assert Card(Moment(55), REDONDO, CardColour.YELLOW) in record.cards
    assert window.actions.reopen.isEnabled() and not window.actions.match_played.isEnabled()
    # no added time in the sample: Messi plays 90 - 67 = 23 (planned 90 - 60 = 30)
    model = window.minutes_model
    column = next(c for c in range(model.columnCount()) if model.fixture_id(c) == MLS)
    assert model.planned_of(column + 1) == MLS
    assert minutes_cell(window, MESSI, column) == 23
    assert minutes_cell(window, MESSI, column + 1) == 30
    assert minutes_cell(window, PICAULT, column) == 67
    messi_row = next(r for r in range(model.rowCount()) if model.player_id(r) == MESSI)
    assert "23" in model.index(messi_row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "played" in window.tabs.tabText(window.tabs.indexOf(window.tabs.tab(MLS)))

    window.tabs.show_fixture(CCC)
    after = fatigue_table(plan).at[(MESSI, CCC), "readiness"]
    assert after != before
    assert_views_agree(window)  # the readiness table shows fatigue_table's Wednesday

    window.actions.undo.trigger()
    assert not plan.is_played(MLS)
    assert fatigue_table(plan).at[(MESSI, CCC), "readiness"] == before
    assert_views_agree(window)
    window.actions.redo.trigger()
    assert plan.records[MLS] == record
    assert_views_agree(window)


def test_cancel_changes_nothing(window, monkeypatch):
    answer_with(monkeypatch, messi_on_at_67_and_a_yellow, accept=False)
    state = window.plan.snapshot()
    window.tabs.show_fixture(MLS)
    window.actions.match_played.trigger()
    assert states_match(window.plan.snapshot(), state)
    assert not window.session.undo_stack.count()


def test_a_sub_before_the_player_came_on_blocks_apply_and_names_the_row(window, monkeypatch):
    def fill(dialog: MatchPlayedDialog) -> None:
        subs = dialog.subs
        row = subs.add_row()  # Messi (on at 60) goes off at 50
        field(subs, row, 0).setText("50")
        field(subs, row, 1).setCurrentIndex(field(subs, row, 1).findData(MESSI))
        field(subs, row, 2).setCurrentIndex(field(subs, row, 2).findData("tomas-aviles"))
        assert not dialog.apply_button.isEnabled()
        assert dialog.problem.text().startswith(f"⚠ Substitution {row + 1}:")
        assert "before he came on" in dialog.problem.text()
        assert subs.table.currentRow() == row

    shown = answer_with(monkeypatch, fill)
    window.tabs.show_fixture(MLS)
    assert "tomas-aviles" in window.plan.lineup(MLS).bench
    window.actions.match_played.trigger()
    assert shown and not window.plan.is_played(MLS)
    assert not window.session.undo_stack.count()


def test_a_minute_that_is_no_minute_names_the_row(qapp, session):
    dialog = MatchPlayedDialog(session.plan, MLS)
    field(dialog.subs, 1, 0).setText("6x")
    assert not dialog.apply_button.isEnabled()
    assert dialog.problem.text() == "⚠ Substitution 2: '6x' is not a minute (e.g. 67 or 90+3)"
    field(dialog.subs, 1, 0).setText("90+3")
    assert dialog.apply_button.isEnabled() and not dialog.problem.text()


def test_played_tab_refuses_drops_and_reopen_makes_it_editable(window, monkeypatch):
    answer_with(monkeypatch, lambda dialog: None)
    tab = window.tabs.show_fixture(MLS)
    window.actions.match_played.trigger()
    assert window.plan.is_played(MLS)
    messages: list[str] = []
    window.session.statusMessage.connect(messages.append)
    bench_player = window.plan.records[MLS].bench[-1]
    slot_pos = tab.pitch.slot_position("ST")
    accepted = drag_to(tab.pitch, slot_pos, player_mime_data(bench_player, MLS, "bench"))
    assert not accepted and window.plan.records[MLS].xi["ST"] != bench_player
    assert any("reopen" in m.lower() for m in messages)
    assert tab.played_summary.isVisible() and not tab.timeline.isVisible()
    assert not tab.formation_picker.isEnabled()

    tab.reopen_button.click()
    assert not window.plan.is_played(MLS)
    assert drag_to(tab.pitch, slot_pos, player_mime_data(bench_player, MLS, "bench"))
    assert window.plan.lineup(MLS).slots["ST"] == bench_player
    window.actions.undo.trigger()
    window.actions.undo.trigger()  # the reopen
    assert window.plan.is_played(MLS)
