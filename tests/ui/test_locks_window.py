"""Locks in the window (issue 17): the card's and the squad row's menu lock a player, the
suggestion keeps the lock, Undo takes it back; the lock icon and tooltip; the suggestion
dialog lists the locks and clears them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from planner import Lock, LockKind
from ui.dialogs.suggestion import SuggestionDialog
from ui.pitch import lineup_menu
from ui.pitch.facts import card_info

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
SUNDAY, WEDNESDAY = "2025-04-06-toronto-fc", "2025-04-09-lafc"


def _choose(menu: QMenu, name: str) -> None:
    action = menu.findChild(QAction, name)
    assert action is not None and action.isEnabled(), name
    action.trigger()


@pytest.fixture
def suggestions(monkeypatch) -> list[SuggestionDialog]:
    """Suggest rotation shows its dialog; Apply is pressed."""
    shown: list[SuggestionDialog] = []

    def exec_(dialog: SuggestionDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SuggestionDialog, "exec", exec_)
    return shown


def test_each_lock_from_a_menu_holds_through_suggest_and_apply(window, suggestions) -> None:
    plan, session = window.plan, window.session
    striker = plan.lineup(SUNDAY).slots["ST"]
    bench_player = plan.lineup(SUNDAY).bench[0]
    _choose(lineup_menu(session, SUNDAY, striker), "lockStart")  # a card on the pitch
    _choose(lineup_menu(session, SUNDAY, bench_player), "lockRest")  # a bench card
    _choose(window.squad.context_menu("jordi-alba"), "lockBench")  # a squad row (Sunday on screen)
    expected = {
        striker: Lock(LockKind.START, "ST"),
        bench_player: Lock(LockKind.REST),
        "jordi-alba": Lock(LockKind.BENCH),
    }
    assert plan.locks == {SUNDAY: expected}

    window.actions.suggest.trigger()

    lineup = plan.lineup(SUNDAY)
    assert lineup.slots["ST"] == striker
    assert lineup.place_of(bench_player) is None
    assert lineup.place_of("jordi-alba") == "BENCH"
    assert plan.locks == {SUNDAY: expected}
    listed = suggestions[0].locks.tree.topLevelItem(0)
    assert listed.childCount() == 3


def test_undo_removes_a_lock_and_unlock_clears_it(window) -> None:
    session = window.session
    _choose(lineup_menu(session, SUNDAY, "lionel-messi"), "lockRest")
    assert window.plan.lock_of(SUNDAY, "lionel-messi") == Lock(LockKind.REST)
    window.actions.undo.trigger()
    assert window.plan.locks == {}
    window.actions.redo.trigger()
    assert window.plan.lock_of(SUNDAY, "lionel-messi") == Lock(LockKind.REST)
    menu = lineup_menu(session, SUNDAY, "lionel-messi")
    assert menu.findChild(QAction, "lockRest").isChecked()
    _choose(menu, "unlock")
    assert window.plan.locks == {}


def test_a_locked_card_and_row_say_so(window) -> None:
    session = window.session
    assert card_info(session, SUNDAY, "lionel-messi").lock == ""
    _choose(lineup_menu(session, SUNDAY, "lionel-messi"), "lockBench")
    info = card_info(session, SUNDAY, "lionel-messi")
    assert info.lock == "bench only"
    assert "Locked for the suggestion: bench only" in info.tooltip
    model = window.squad.model
    row = model.row_of("lionel-messi")
    assert "Locked for the suggestion: bench only" in model.data(model.index(row, 0), 3)


def test_the_dialog_clears_one_lock_then_all_and_offers_to_suggest_again(window, qtbot) -> None:
    from planner.suggest import suggest_with_report

    session = window.session
    _choose(lineup_menu(session, SUNDAY, "lionel-messi"), "lockRest")
    _choose(lineup_menu(session, WEDNESDAY, "jordi-alba"), "lockBench")
    _choose(lineup_menu(session, WEDNESDAY, "luis-suarez"), "lockStart")
    dialog = SuggestionDialog(window.plan, suggest_with_report(window.plan), session=session)
    qtbot.addWidget(dialog)
    tree = dialog.locks.tree
    assert tree.topLevelItemCount() == 2
    tree.topLevelItem(1).child(0).setSelected(True)  # Wednesday: Alba
    dialog.locks.clear_one.click()
    assert window.plan.locks == {
        SUNDAY: {"lionel-messi": Lock(LockKind.REST)},
        WEDNESDAY: {"luis-suarez": Lock(LockKind.START, "ST")},  # on the pitch: his slot
    }
    assert dialog.findChild(type(dialog.locks.clear_all), "suggestAgain").isVisibleTo(dialog)
    dialog.locks.clear_all.click()
    assert window.plan.locks == {}
    window.actions.undo.trigger()  # "clear all" is one step
    assert len(window.plan.locks) == 2
