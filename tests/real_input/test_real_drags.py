"""Drags done by a hand: the real pointer on a real X screen, Qt's own QDrag.exec loop.

Every drag starts where a person would press and travels the way a hand goes: from the squad
list across the grass, over other cards, over its own card, and sometimes out of the window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from planner import Plan
from tests.real_input.conftest import ROOT, RunningApp

SUNDAY = "2025-04-06-toronto-fc"


def _leave_out(slot: str):
    def edit(plan: Plan) -> None:
        plan.unassign(SUNDAY, plan.lineup(SUNDAY).slots[slot])

    return edit


def _not_selected(app: RunningApp) -> str:
    lineup = app.ask("lineup")
    picked = {*lineup["slots"].values(), *lineup["bench"]}
    return next(
        p
        for p in _squad(app)
        if p not in picked
        and "GK" not in app.ask("player", player=p)["positions"]
        and app.ask("player", player=p)["status"] == "available"
    )


def _squad(app: RunningApp) -> list[str]:
    return app.ask("squad")


def _lineup_after(app: RunningApp, before: dict) -> dict:
    """The lineup once the drop has changed it (or the old one after a grace period)."""
    try:
        return app.wait_for(
            "the drop", lambda: (app.ask("lineup") != before) and app.ask("lineup"), 5
        )
    except TimeoutError:
        return app.ask("lineup")


def test_the_fixture_on_screen_is_sunday(app: RunningApp) -> None:
    assert app.ask("fixture") == SUNDAY


def test_squad_to_an_empty_slot_across_the_grass(launch) -> None:
    app = launch(_leave_out("LB"))
    before = app.ask("lineup")
    assert before["slots"]["LB"] is None
    player = _not_selected(app)
    app.hands.drag(
        app.ask("squad_row", player=player), app.ask("slot", slot="LB"), via=[app.ask("grass")]
    )
    after = _lineup_after(app, before)
    assert after["slots"]["LB"] == player
    assert after["bench"] == before["bench"]
    assert {k: v for k, v in after["slots"].items() if k != "LB"} == {
        k: v for k, v in before["slots"].items() if k != "LB"
    }


def test_squad_to_an_occupied_slot_sends_the_starter_back_to_the_squad(app: RunningApp) -> None:
    before = app.ask("lineup")
    player, displaced = _not_selected(app), before["slots"]["RB"]
    app.hands.drag(app.ask("squad_row", player=player), app.ask("slot", slot="RB"))
    after = _lineup_after(app, before)
    assert after["slots"]["RB"] == player
    assert displaced not in after["slots"].values() and displaced not in after["bench"]
    assert "RB" in app.ask("undo")["text"]


def test_card_onto_card_swaps_them(app: RunningApp) -> None:
    before = app.ask("lineup")
    app.hands.drag(app.ask("slot", slot="LB"), app.ask("slot", slot="RB"))
    after = _lineup_after(app, before)
    assert after["slots"]["LB"] == before["slots"]["RB"]
    assert after["slots"]["RB"] == before["slots"]["LB"]


def test_a_drag_that_starts_over_its_own_card_and_crosses_the_grass_still_drops(
    app: RunningApp,
) -> None:
    before = app.ask("lineup")
    own = app.ask("slot", slot="LCB")
    app.hands.drag(own, app.ask("slot", slot="RCB"), via=[app.ask("grass"), own])
    after = _lineup_after(app, before)
    assert after["slots"]["LCB"] == before["slots"]["RCB"]
    assert after["slots"]["RCB"] == before["slots"]["LCB"]


def test_card_onto_the_bench_space_benches_him(app: RunningApp) -> None:
    before = app.ask("lineup")
    starter = before["slots"]["LB"]
    app.hands.drag(app.ask("slot", slot="LB"), app.ask("bench_space"))
    after = _lineup_after(app, before)
    assert after["slots"]["LB"] is None
    assert after["bench"][-1] == starter


def test_bench_player_onto_the_upper_card_starts_him_and_benches_the_starter(
    app: RunningApp,
) -> None:
    before = app.ask("lineup")
    sub, starter = before["bench"][1], before["slots"]["LB"]  # Alba starts for Allen
    app.hands.drag(app.ask("bench_card", player=sub), app.ask("slot", slot="LB", part="upper"))
    after = _lineup_after(app, before)
    assert after["slots"]["LB"] == sub
    assert starter in after["bench"]


def test_bench_player_onto_a_starters_lower_half_plans_a_substitution(app: RunningApp) -> None:
    before = app.ask("lineup")
    sub, starter = before["bench"][1], before["slots"]["LB"]  # Alba for Allen
    app.hands.drag(app.ask("bench_card", player=sub), app.ask("slot", slot="LB", part="lower"))
    after = _lineup_after(app, before)
    assert after["slots"] == before["slots"] and after["bench"] == before["bench"]
    added = [s for s in after["subs"] if s not in before["subs"]]
    assert len(added) == 1 and added[0][1:] == [starter, sub]
    assert 0 < added[0][0] < 90


def test_card_onto_the_squad_list_leaves_him_out(app: RunningApp) -> None:
    before = app.ask("lineup")
    starter = before["slots"]["RW"]
    app.hands.drag(app.ask("slot", slot="RW"), app.ask("squad_space"))
    after = _lineup_after(app, before)
    assert after["slots"]["RW"] is None
    assert starter not in after["bench"]


def test_dragging_a_timeline_marker_moves_the_change(app: RunningApp) -> None:
    before = app.ask("lineup")
    first = before["subs"][0]
    marker = app.ask("marker", on=first[2])
    shift = app.ask("minute", minute=first[0] + 10)[0] - app.ask("minute", minute=first[0])[0]
    app.hands.drag(marker, [marker[0] + shift, marker[1]])
    after = _lineup_after(app, before)
    moved = [s for s in after["subs"] if s[1:] == first[1:]]
    assert len(moved) == 1 and moved[0][0] != first[0]
    assert abs(moved[0][0] - (first[0] + 10)) <= 2  # the hand lands within a minute or two


def test_a_drag_released_outside_the_window_changes_nothing(app: RunningApp) -> None:
    before, undo = app.ask("lineup"), app.ask("undo")
    x, y, width, height = app.ask("window")
    outside = [x + width + 100, y + height // 2]
    app.hands.drag(app.ask("slot", slot="ST"), outside, via=[app.ask("grass")])
    app.settle()
    assert app.ask("lineup") == before
    assert app.ask("undo") == undo


def test_the_status_bar_follows_the_pointer_and_a_refused_drop_changes_nothing(
    app: RunningApp,
) -> None:
    before, undo = app.ask("lineup"), app.ask("undo")
    injured = "marcelo-weigandt"
    app.hands.pick_up(app.ask("squad_row", player=injured))
    app.hands.move(app.ask("slot", slot="RB"))
    refused = app.wait_for(
        "the refusal", lambda: "cannot start" in app.ask("status") and app.ask("status")
    )
    assert "Weigandt" in refused
    app.hands.move(app.ask("grass"))
    app.wait_for("the grass hint", lambda: "on a place in the XI" in app.ask("status"))
    app.hands.move(app.ask("slot", slot="RB"))
    app.hands.release()
    app.settle()
    assert app.ask("lineup") == before and app.ask("undo") == undo


def test_a_drop_says_what_it_did(app: RunningApp) -> None:
    before = app.ask("lineup")
    app.hands.pick_up(app.ask("slot", slot="LB"))
    app.hands.move(app.ask("slot", slot="RB"))
    hint = app.wait_for("the swap hint", lambda: "Swap" in app.ask("status") and app.ask("status"))
    assert "(LB)" in hint and "(RB)" in hint
    app.hands.release()
    _lineup_after(app, before)
    assert app.ask("undo")["index"] == 1


@contextmanager
def other_program(app: RunningApp, display: str, *args: str) -> Iterator[list[int]]:
    """Another program beside the window whose label drags out text (or the file in args);
    yields the point to press on it."""
    x, y, width, _ = app.ask("window")
    other = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.real_input.foreign_app",
            str(x + width + 40),
            str(y + 200),
            *args,
        ],
        cwd=ROOT,
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout and other.stdout.readline().strip() == "up"
        time.sleep(0.5)  # mapped and placed by the window manager
        yield [x + width + 140, y + 260]
    finally:
        other.terminate()
        other.wait(10)


def test_text_dragged_from_another_program_is_refused_with_a_reason(
    app: RunningApp, x_display: str
) -> None:
    before, undo = app.ask("lineup"), app.ask("undo")
    with other_program(app, x_display) as source:
        app.hands.pick_up(source)
        app.hands.move(app.ask("slot", slot="ST"), via=[app.ask("grass")])
        app.wait_for("the reason", lambda: "Only players" in app.ask("status"))
        app.hands.release()
        app.settle()
    assert app.ask("lineup") == before and app.ask("undo") == undo


def test_a_plan_dragged_in_from_a_file_manager_opens(
    app: RunningApp, x_display: str, tmp_path
) -> None:
    other_plan = tmp_path / "other week.squadplan"
    other_plan.write_bytes(app.plan.read_bytes())
    with other_program(app, x_display, str(other_plan)) as source:
        app.hands.drag(source, app.ask("slot", slot="ST"), via=[app.ask("grass")])
        app.wait_for("the other plan", lambda: app.ask("path") == str(other_plan))


def test_a_spreadsheet_dragged_in_from_a_file_manager_starts_import(
    app: RunningApp, x_display: str, tmp_path
) -> None:
    sheet = tmp_path / "squad.csv"
    sheet.write_text("Name,Number,Positions\nLionel Messi,10,RW\n", encoding="utf-8")
    before, undo = app.ask("lineup"), app.ask("undo")
    with other_program(app, x_display, str(sheet)) as source:
        app.hands.drag(source, app.ask("squad_space"))
        title = app.wait_for("the import dialog", lambda: app.ask("modal"))
        assert "squad.csv" in title or "Import" in title
        app.hands.click(app.ask("modal_button", text="Cancel"))
        app.wait_for("the dialog to close", lambda: app.ask("modal") == "")
    assert app.ask("lineup") == before and app.ask("undo") == undo


def test_card_onto_a_bench_card_changes_their_places(app: RunningApp) -> None:
    before = app.ask("lineup")
    app.hands.drag(app.ask("slot", slot="ST"), app.ask("bench_card", player="jordi-alba"))
    after = _lineup_after(app, before)
    assert after["slots"]["ST"] == "jordi-alba"
    assert after["bench"][before["bench"].index("jordi-alba")] == before["slots"]["ST"]
    assert "ST" in app.ask("undo")["text"] or "Alba" in app.ask("undo")["text"]
