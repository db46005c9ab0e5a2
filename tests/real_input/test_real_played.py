"""A played fixture with a real hand: a drag onto its pitch is refused and says why; Match
played… opens from the keyboard's menu accelerators (Alt+P, M) and Escape closes it."""

from __future__ import annotations

from planner import Plan
from planner.played import record_from_lineup
from tests.real_input.conftest import RunningApp
from tests.real_input.test_real_drags import SUNDAY, _not_selected


def _sunday_played(plan: Plan) -> None:
    fixture = plan.fixture(SUNDAY)
    plan.record_played(SUNDAY, record_from_lineup(plan.lineup(SUNDAY), fixture, 0))


def test_a_drag_onto_a_played_fixtures_pitch_is_refused_and_says_why(launch) -> None:
    app = launch(_sunday_played)
    assert app.ask("fixture") == SUNDAY
    before, undo = app.ask("lineup"), app.ask("undo")
    player = _not_selected(app)
    app.hands.drag(app.ask("squad_row", player=player), app.ask("slot", slot="LB"))
    status = app.wait_for(
        "the refusal", lambda: "reopen" in app.ask("status") and app.ask("status")
    )
    assert status.startswith("Played: reopen it to edit")
    assert app.ask("lineup") == before and app.ask("undo") == undo


def test_match_played_opens_from_the_keyboard_and_escape_changes_nothing(app: RunningApp) -> None:
    undo = app.ask("undo")
    app.hands.click(app.ask("grass"))  # the hand is on the window: it has the keyboard
    app.wait_for("the pitch's focus", lambda: app.ask("focus") == "pitchView")
    app.hands.key("Alt_L", "p")
    app.wait_for("the Plan menu", lambda: app.ask("popup") == "menuPlan")
    app.hands.key("m")
    title = app.wait_for("the dialog", lambda: app.ask("modal"))
    assert title.startswith("Match played: Sun 6 Apr")
    app.wait_for("the dialog to take the keyboard", lambda: app.ask("active") == title)
    app.hands.key("Escape")
    app.wait_for("the dialog to close", lambda: app.ask("modal") == "")
    assert app.ask("undo") == undo
