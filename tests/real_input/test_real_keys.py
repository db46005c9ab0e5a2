"""The keyboard and the double-click, pressed on a real keyboard and mouse."""

from __future__ import annotations

from tests.real_input.conftest import RunningApp
from tests.real_input.test_real_drags import _lineup_after, _not_selected


def test_enter_then_a_number_puts_the_selected_player_in_that_place(app: RunningApp) -> None:
    before = app.ask("lineup")
    player = _not_selected(app)
    app.hands.click(app.ask("squad_row", player=player))
    app.wait_for("the squad list's focus", lambda: app.ask("focus") == "squadList")
    app.hands.key("Return")
    app.wait_for("the place picker", lambda: app.ask("popup") == "slotPicker")
    app.hands.key("2")  # the second place of a 4-3-3: LB
    after = _lineup_after(app, before)
    assert list(before["slots"])[1] == "LB"
    assert after["slots"]["LB"] == player
    assert before["slots"]["LB"] not in after["slots"].values()


def test_enter_on_a_card_then_a_number_swaps_places(app: RunningApp) -> None:
    before = app.ask("lineup")
    app.hands.click(app.ask("slot", slot="LB"))
    app.wait_for("the pitch's focus", lambda: app.ask("focus") == "pitchView")
    app.hands.key("Return")
    app.wait_for("the place picker", lambda: app.ask("popup") == "slotPicker")
    app.hands.key("5")  # RB
    after = _lineup_after(app, before)
    assert after["slots"]["RB"] == before["slots"]["LB"]
    assert after["slots"]["LB"] == before["slots"]["RB"]


def test_b_in_the_picker_benches_and_escape_changes_nothing(app: RunningApp) -> None:
    before = app.ask("lineup")
    app.hands.click(app.ask("slot", slot="ST"))
    app.hands.key("Return")
    app.wait_for("the place picker", lambda: app.ask("popup") == "slotPicker")
    app.hands.key("Escape")
    app.wait_for("the picker to close", lambda: app.ask("popup") == "")
    assert app.ask("lineup") == before
    app.hands.key("Return")
    app.wait_for("the place picker", lambda: app.ask("popup") == "slotPicker")
    app.hands.key("b")
    after = _lineup_after(app, before)
    assert after["slots"]["ST"] is None and after["bench"][-1] == before["slots"]["ST"]


def test_double_click_on_a_card_opens_the_player(app: RunningApp) -> None:
    app.hands.click(app.ask("slot", slot="ST"), double=True)
    assert app.wait_for("the player dialog", lambda: app.ask("modal")) == "Edit player"
    assert "Luis Suárez" in app.ask("modal_fields")
    # the window manager hands the dialog the keyboard a moment after it shows
    app.wait_for("the dialog to take the keyboard", lambda: app.ask("active") == "Edit player")
    app.hands.key("Escape")
    app.wait_for("the dialog to close", lambda: app.ask("modal") == "")


def test_on_a_laptop_screen_the_whole_window_is_on_screen(launch_on) -> None:
    app = launch_on("1280x800x24")
    x, y, width, height = app.ask("window")
    assert x >= 0 and y >= 0 and x + width <= 1280 and y + height <= 800


def test_ctrl_z_undoes_and_ctrl_y_redoes_on_a_real_keyboard(app: RunningApp) -> None:
    before = app.ask("lineup")
    app.hands.drag(app.ask("slot", slot="LB"), app.ask("slot", slot="RB"))
    swapped = _lineup_after(app, before)
    assert swapped != before
    app.hands.key("Control_L", "z")
    app.wait_for("the undo", lambda: app.ask("lineup") == before)
    app.hands.key("Control_L", "y")
    app.wait_for("the redo", lambda: app.ask("lineup") == swapped)


def test_ctrl_f_puts_the_cursor_in_the_squad_search(app: RunningApp) -> None:
    app.hands.click(app.ask("slot", slot="ST"))
    app.hands.key("Control_L", "f")
    app.wait_for("the search's focus", lambda: app.ask("focus") == "squadSearch")
    app.hands.type("messi")
    app.wait_for("one row", lambda: app.ask("squad_rows") == ["lionel-messi"])
