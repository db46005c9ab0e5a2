"""Squad, fixture and model edits through the Plan menu's dialogs (all undoable), and problems
that show where they are."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from helpers import CCC, MLS, answer_with
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from planner import MinutesTarget, Status
from planner.validate import validate
from ui.dialogs.fixture import FixtureDialog
from ui.dialogs.model_settings import ModelSettingsDialog
from ui.dialogs.player import PlayerDialog
from ui.problems import PROBLEM_ROLE
from ui.squad.model import PLAYER_ID_ROLE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_add_player(window, monkeypatch):
    def fill(d: PlayerDialog) -> None:
        d.name.setText("Jordan Test")
        d.number.setValue(44)
        d.position_buttons["CM"].setChecked(True)
        d.position_buttons["DM"].setChecked(True)
        d.rating.setValue(66)

    answer_with(monkeypatch, PlayerDialog, fill)
    count = len(window.plan.players)
    window.actions.add_player.trigger()
    player = window.plan.player("jordan-test")
    assert (player.number, player.positions, player.rating) == (44, ("CM", "DM"), 66)
    assert window.squad.model.rowCount() == count + 1
    window.actions.undo.trigger()
    assert "jordan-test" not in window.plan.players


def test_minutes_target_set_in_the_player_dialog_is_one_undoable_step(window, monkeypatch):
    before = window.plan.targets.get("lionel-messi")
    answer_with(monkeypatch, PlayerDialog, lambda d: d.max_minutes.setValue(100))
    window.squad.select_player("lionel-messi")
    window.actions.edit_player.trigger()

    assert window.plan.targets["lionel-messi"] == MinutesTarget(None, 100)
    codes = {(p.code, p.player_id) for p in window.session.problems()}
    assert any(pid == "lionel-messi" and "target" in code for code, pid in codes)
    window.actions.undo.trigger()
    assert window.plan.targets.get("lionel-messi") == before


def test_an_injured_players_return_date_makes_him_available_from_that_day(window, monkeypatch):
    from datetime import date

    from PySide6.QtCore import QDate

    def fill(d: PlayerDialog) -> None:
        d.status.setCurrentIndex(d.status.findData(Status.INJURED))
        d.back_known.setChecked(True)
        d.back_on.setDate(QDate(2025, 4, 8))

    answer_with(monkeypatch, PlayerDialog, fill)
    window.squad.select_player("lionel-messi")
    window.actions.edit_player.trigger()
    messi = window.plan.player("lionel-messi")
    assert (messi.status, messi.return_date) == (Status.INJURED, date(2025, 4, 8))
    errors = {p.fixture_id for p in validate(window.plan) if p.player_id == messi.id
              and p.severity == "error"}  # fmt: skip
    assert errors == {MLS}  # out on Sunday 6 Apr, back for Wednesday 9 Apr
    window.actions.undo.trigger()
    assert window.plan.player("lionel-messi").return_date is None


def test_a_return_date_is_only_for_a_player_who_is_out(qapp):
    dialog = PlayerDialog(None, set())
    dialog.name.setText("Jordan Test")
    dialog.back_known.setChecked(True)
    assert not dialog.back_known.isEnabled() and dialog.player().return_date is None


def test_minimum_above_maximum_is_refused(qapp):
    dialog = PlayerDialog(None, set(), target=MinutesTarget(30, None))
    dialog.name.setText("Jordan Test")
    dialog.max_minutes.setValue(20)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text()


def test_a_player_without_a_name_is_refused(qapp):
    dialog = PlayerDialog(None, set())
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text()


def test_status_change_revalidates_every_lineup_at_once(window, monkeypatch):
    starter = window.plan.lineup(MLS).slots["ST"]
    in_both = starter in window.plan.lineup(CCC).matchday_squad()
    answer_with(monkeypatch, PlayerDialog, lambda d: d.status.setCurrentIndex(
        d.status.findData(Status.INJURED)))  # fmt: skip
    window.squad.select_player(starter)
    window.actions.edit_player.trigger()

    assert window.plan.player(starter).status == Status.INJURED
    shown = window.problems.problems_model.problems
    assert shown == validate(window.plan)
    flagged = {p.fixture_id for p in shown if p.player_id == starter and p.severity == "error"}
    assert MLS in flagged and (CCC in flagged or not in_both)
    window.actions.undo.trigger()
    assert window.plan.player(starter).status == Status.AVAILABLE
    assert window.problems.problems_model.problems == validate(window.plan)


def test_remove_player_asks_and_is_undoable(window, answers):
    window.squad.select_player("lionel-messi")
    window.actions.remove_player.trigger()
    assert answers.questions and "Lionel Messi" in answers.questions[0]
    assert "lionel-messi" not in window.plan.players
    window.actions.undo.trigger()
    assert "lionel-messi" in window.plan.players
    assert window.plan.lineup(MLS).place_of("lionel-messi") is not None


def test_add_fixture_makes_a_tab(window, monkeypatch):
    def fill(d: FixtureDialog) -> None:
        d.opponent.setText("Orlando City")
        d.importance.setValue(4)
        d.formation_box.setCurrentText("4-4-2")

    answer_with(monkeypatch, FixtureDialog, fill)
    window.actions.add_fixture.trigger()
    added = next(f for f in window.plan.fixtures if f.opponent == "Orlando City")
    assert window.plan.lineup(added.id).formation == "4-4-2"
    assert window.tabs.count() == 3
    assert window.tabs.tab(added.id) is not None
    window.actions.undo.trigger()
    assert window.tabs.count() == 2


def test_edit_fixture_changes_formation_and_title_in_one_step(window, monkeypatch):
    def fill(d: FixtureDialog) -> None:
        d.importance.setValue(5)
        d.formation_box.setCurrentText("4-4-2")

    shown = answer_with(monkeypatch, FixtureDialog, fill)
    assert window.current_fixture_id == MLS
    window.tabs.tabBarDoubleClicked.emit(0)  # as double-clicking the tab does
    assert shown and shown[0].opponent.text() == "Toronto FC"
    assert window.plan.fixture(MLS).importance == 5
    assert window.plan.lineup(MLS).formation == "4-4-2"
    assert window.tabs.tabText(0).endswith("★★★★★")
    assert window.session.undo_stack.count() == 1
    window.actions.undo.trigger()
    assert window.plan.lineup(MLS).formation == "4-3-3"
    window.actions.edit_fixture.trigger()  # Plan > Edit fixture… does the same
    assert len(shown) == 2 and window.plan.lineup(MLS).formation == "4-4-2"


def test_remove_fixture_removes_its_tab(window, answers):
    window.tabs.setCurrentIndex(1)
    assert window.current_fixture_id == CCC
    window.actions.remove_fixture.trigger()
    assert window.tabs.count() == 1
    assert window.current_fixture_id == MLS
    window.actions.undo.trigger()
    assert window.tabs.count() == 2


def test_model_settings_change_recolours_readiness(window, monkeypatch):
    answer_with(
        monkeypatch, ModelSettingsDialog, lambda d: d.editors["readiness_amber"].setValue(95)
    )
    window.actions.model_settings.trigger()
    assert window.plan.params == replace(window.plan.params, readiness_amber=95)
    assert window.plan.params.readiness_amber == 95
    window.actions.undo.trigger()
    assert window.plan.params.readiness_amber != 95


def test_clicking_a_problem_shows_its_slot(window, qtbot):
    view = window.problems
    model = view.problems_model
    row = next(i for i, p in enumerate(model.problems) if p.fixture_id == CCC and p.slot)
    problem = model.problems[row]
    view.clicked.emit(model.index(row, 1))
    assert window.current_fixture_id == CCC
    tab = window.tabs.tab(CCC)
    if problem.slot == "BENCH":
        assert tab.bench_view.selected.player_id == problem.player_id
    else:
        assert tab.pitch.selected is tab.pitch.slot_card(problem.slot)
    assert window.squad.view.currentIndex().data(PLAYER_ID_ROLE) == problem.player_id


def test_problems_list_the_fixture_on_screen_first_and_grey_the_others(window):
    view = window.problems

    def listed() -> list:
        order = view.model()
        return [order.index(r, 0).data(PROBLEM_ROLE) for r in range(order.rowCount())]

    for fixture_id in (MLS, CCC):
        window.tabs.show_fixture(fixture_id)
        shown = listed()
        assert Counter(shown) == Counter(validate(window.plan))  # all of them, each once
        groups = [
            0 if p.fixture_id == fixture_id else 1 if p.fixture_id is None else 2 for p in shown
        ]
        assert groups == sorted(groups) and groups[0] == 0  # this fixture's first, then the rest
        theirs = [p for p in validate(window.plan) if p.fixture_id == fixture_id]
        assert shown[: len(theirs)] == theirs  # in validate's order
        other = groups.index(2) if 2 in groups else None
        if other is not None:
            greyed = view.model().index(other, 1).data(Qt.ItemDataRole.ForegroundRole)
            assert greyed is not None
            assert view.model().index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None


def test_view_menu_toggles_and_restores_docks(window):
    window.problems_dock.toggleViewAction().trigger()
    assert not window.problems_dock.isVisible()
    window.actions.restore_layout.trigger()
    assert window.problems_dock.isVisible() and window.squad_dock.isVisible()


def test_squad_context_menu_offers_the_lineup_choices(window):
    menu = window.squad.context_menu("leo-afonso")
    texts = [a.text() for a in menu.actions()]
    assert any("Edit player" in t for t in texts)
    assert len(texts) > 3
