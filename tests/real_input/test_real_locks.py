"""Locks from a real right-click and a real menu choice (issue 17): the lock is in the plan,
Ctrl+Z takes it back."""

from __future__ import annotations

from tests.real_input.conftest import RunningApp


def test_right_click_a_card_then_lock_here_locks_him_in_his_slot(app: RunningApp) -> None:
    striker = app.ask("lineup")["slots"]["ST"]
    assert app.ask("locks") == {}
    app.hands.click(app.ask("slot", slot="ST"), button=3)
    app.wait_for("the card's menu", lambda: app.ask("popup") == "lineupMenu")
    app.hands.click(app.ask("menu_item", name="lockStart"))
    locks = app.wait_for("the lock", lambda: app.ask("locks"))
    assert locks == {striker: {"kind": "start", "slot": "ST"}}
    assert app.ask("lineup")["slots"]["ST"] == striker  # a lock does not move anyone
    app.hands.key("Control_L", "z")
    app.wait_for("the undo", lambda: app.ask("locks") == {})


def test_right_click_a_bench_card_then_keep_out_of_this_match(app: RunningApp) -> None:
    benched = app.ask("lineup")["bench"][0]
    app.hands.click(app.ask("bench_card", player=benched), button=3)
    app.wait_for("the card's menu", lambda: app.ask("popup") == "lineupMenu")
    app.hands.click(app.ask("menu_item", name="lockRest"))
    locks = app.wait_for("the lock", lambda: app.ask("locks"))
    assert locks == {benched: {"kind": "rest"}}
