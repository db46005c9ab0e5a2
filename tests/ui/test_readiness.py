"""The readiness dock answers "who is at risk in the game on screen" at a glance: it follows the
fixture tabs, lists the most at risk first after every edit, says why in a column, and shows
what an edit changed as "before → after" for a moment."""

from __future__ import annotations

import pytest
from helpers import CCC, MLS, QUIET
from PySide6.QtCore import Qt

import ui.tables.fatigue as fatigue_columns
from planner import fatigue_table
from planner.wording import word
from ui.commands import AssignPlayer, PlanEdit, UnassignPlayer
from ui.readiness import ON_SCREEN
from ui.tables.fatigue import COLUMNS

pytestmark = QUIET
LEVEL = {"low": 0, "moderate": 1, "high": 2}


def shown(window) -> list[tuple[str, str]]:
    """(player, fixture) of each row, top to bottom, as the table shows them."""
    panel = window.readiness
    rows = []
    for r in range(panel.proxy.rowCount()):
        source = panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()
        rows.append((panel.model.player_id(source), panel.model.fixture_id(source)))
    return rows


def cell(window, player_id: str, fixture_id: str, column: str) -> str:
    model = window.readiness.model
    row = next(
        r for r in range(model.rowCount()) if model.frame.index[r] == (player_id, fixture_id)
    )
    return model.index(row, COLUMNS.index(column)).data()


def assert_most_at_risk_first(window, fixture_id: str) -> None:
    """Row order against a fresh fatigue table sorted by risk (high first), then readiness."""
    table = fatigue_table(window.plan).xs(fixture_id, level="fixture_id")
    rows = shown(window)
    assert {f for _, f in rows} == {fixture_id}
    assert sorted(p for p, _ in rows) == sorted(table.index)
    keys = [(-LEVEL[str(table.at[p, "risk"])], round(table.at[p, "readiness"], 6)) for p, _ in rows]
    assert keys == sorted(keys)


def test_it_opens_on_the_game_on_screen_most_at_risk_first(window, qtbot):
    panel = window.readiness
    header = panel.table.horizontalHeader()
    assert panel.games.currentData() == ON_SCREEN
    assert header.sortIndicatorSection() == COLUMNS.index("risk")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert_most_at_risk_first(window, window.current_fixture_id)
    assert panel.table.isColumnHidden(COLUMNS.index("fixture"))  # one game: no Game column
    window.tabs.show_fixture(CCC)
    assert_most_at_risk_first(window, CCC)
    assert "LAFC" in panel.games.currentText()
    panel.games.setCurrentIndex(panel.games.findData(None))  # all games
    assert len(shown(window)) == 2 * len(window.plan.players)
    assert not panel.table.isColumnHidden(COLUMNS.index("fixture"))


def test_it_stays_sorted_after_edits_resets_and_undo(window, qtbot):
    window.tabs.show_fixture(CCC)
    session, plan = window.session, window.plan
    resting = plan.lineup(MLS).slots["LB"]
    session.push(UnassignPlayer(plan, MLS, resting))  # his Wednesday readiness goes up
    assert_most_at_risk_first(window, CCC)
    session.push(AssignPlayer(plan, CCC, resting, "RB"))
    assert_most_at_risk_first(window, CCC)
    gone = plan.unselected(CCC)[0]  # a squad change: the table's rows change (a model reset)
    session.push(PlanEdit(plan, "Remove", lambda p: p.remove_player(gone)))
    assert_most_at_risk_first(window, CCC)
    for _ in range(3):
        session.undo_stack.undo()
        assert_most_at_risk_first(window, CCC)


def test_the_reason_is_a_column_with_the_whole_text_in_its_tooltip(window, qtbot):
    window.tabs.show_fixture(CCC)
    plan, params = window.plan, window.plan.params
    table = fatigue_table(plan).xs(CCC, level="fixture_id")
    said = {}
    for player_id, row in table.iterrows():  # the documented rules, worded by hand
        why = []
        if row["readiness"] < params.readiness_red:
            why.append("low readiness")
        if row["acwr"] >= params.acwr_danger:
            why.append("load danger zone")
        if row["back_to_back"]:
            why.append("back-to-back")
        if params.acwr_high < row["acwr"] < params.acwr_danger:
            why.append("high load")
        if row["days_rest"] < params.back_to_back_days:
            why.append("short rest")
        said[player_id] = " · ".join(why)
        assert cell(window, player_id, CCC, "reason") == said[player_id]
    assert any("back-to-back" in text for text in said.values())
    assert any(text == "" for text in said.values())
    model = window.readiness.model
    tired = next(p for p, text in said.items() if "back-to-back" in text)
    row = next(r for r in range(model.rowCount()) if model.frame.index[r] == (tired, CCC))
    tip = model.index(row, COLUMNS.index("reason")).data(Qt.ItemDataRole.ToolTipRole)
    assert word(table.at[tired, "reasons"]) in tip  # the full wording, figures and all
    assert not window.readiness.table.isColumnHidden(COLUMNS.index("reason"))
    table = window.readiness.table
    two_reasons = table.fontMetrics().horizontalAdvance("back-to-back · short rest")
    assert table.columnWidth(COLUMNS.index("reason")) >= two_reasons


def test_a_changed_figure_reads_before_then_after_and_settles(window, qtbot, monkeypatch):
    monkeypatch.setattr(fatigue_columns, "FLASH_MS", 300)
    window.tabs.show_fixture(CCC)
    plan = window.plan
    resting = plan.lineup(MLS).slots["LB"]
    before = fatigue_table(plan).loc[(resting, CCC)]
    window.session.push(UnassignPlayer(plan, MLS, resting))
    after = fatigue_table(plan).loc[(resting, CCC)]
    assert round(before["readiness"]) != round(after["readiness"])  # the edit moved it
    flashing = f"{before['readiness']:.0f}→{after['readiness']:.0f}"
    assert cell(window, resting, CCC, "readiness") == flashing
    assert cell(window, resting, CCC, "acwr") == f"{before['acwr']:.2f}→{after['acwr']:.2f}"
    unmoved = plan.lineup(CCC).slots["GK"]  # Sunday's left-back does not touch his keeper
    assert "→" not in cell(window, unmoved, CCC, "readiness")
    qtbot.waitUntil(lambda: "→" not in cell(window, resting, CCC, "readiness"), timeout=3000)
    assert cell(window, resting, CCC, "readiness") == f"{after['readiness']:.0f}"
    assert_most_at_risk_first(window, CCC)


@pytest.mark.parametrize("column", ["readiness", "acwr", "days_rest"])
def test_the_figure_columns_have_room_for_before_and_after(window, column):
    table = window.readiness.table
    widest = window.readiness.model.widest_text(COLUMNS.index(column))
    assert "→" in widest
    assert table.columnWidth(COLUMNS.index(column)) >= table.fontMetrics().horizontalAdvance(widest)


def test_a_new_plan_then_an_opened_one_is_sorted_too(window, qtbot, plan_path):
    window.files.new()
    assert window.readiness.proxy.rowCount() == 0
    window.files.open(plan_path)
    assert_most_at_risk_first(window, window.current_fixture_id)
    header = window.readiness.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMNS.index("risk")
