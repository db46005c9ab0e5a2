"""Parts of the window built on first show (fixture tabs off screen, the Minutes table) are
up to date with every edit made before they were built, and reachable through the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import CCC, MLS
from PySide6.QtGui import QPalette

from ui.commands import AssignPlayer, SwapSlots

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_a_fixture_tab_first_shown_after_an_edit_shows_that_edit(window, qtbot):
    a, b = "GK", "ST"
    keeper, striker = (window.plan.lineup(CCC).slots[s] for s in (a, b))
    window.session.push(SwapSlots(window.plan, CCC, a, b))
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]

    with qtbot.waitSignal(window.tabs.currentFixtureChanged) as shown:
        window.tabs.setCurrentIndex(1)

    assert shown.args == [CCC]
    tab = window.tabs.currentWidget()
    assert tab is window.tabs.tab(CCC) and tab.isVisible()
    assert tab.pitch.slot_card(a).player_id == striker
    assert tab.pitch.slot_card(b).player_id == keeper
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    assert window.tabs.tabToolTip(1)


def test_asking_for_a_tab_off_screen_keeps_the_fixture_on_screen(window):
    tab = window.tabs.tab(CCC)

    assert tab.fixture_id == CCC and tab.pitch.slot_card("GK") is not None
    assert window.current_fixture_id == MLS
    assert window.tabs.indexOf(tab) == 1


def test_minutes_table_first_shown_after_an_edit_shows_that_edit(window, qtbot):
    lineup = window.plan.lineup(MLS)
    newcomer = next(
        p
        for p, player in window.plan.players.items()
        if player.status.selectable and p not in lineup.matchday_squad()
    )
    window.session.push(AssignPlayer(window.plan, MLS, newcomer, "ST"))

    window.minutes_dock.raise_()
    qtbot.waitUntil(lambda: window.minutes_table.isVisible())

    model = window.minutes_model
    assert window.minutes_table.model().sourceModel() is model
    row = next(r for r in range(model.rowCount()) if model.player_id(r) == newcomer)
    assert model.frame.at[model.frame.index[row], MLS] > 0


def test_the_chart_waits_for_a_player_then_follows_the_one_picked(window, qtbot):
    readiness = window.readiness
    assert readiness.chart_hint.isVisible() and readiness._chart is None  # nothing picked yet

    window.squad.select_player("lionel-messi")
    chart = readiness.chart
    qtbot.waitUntil(chart.isVisible)
    assert not readiness.chart_hint.isVisible()
    assert chart.player_id == "lionel-messi"
    assert chart.chart().title().startswith("Lionel Messi")
    window.minutes_dock.raise_()  # the chart's panel hidden, then back: drawn in full colour
    window.readiness_dock.raise_()
    qtbot.waitUntil(readiness.isEnabled)
    text = chart.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    assert chart.chart().titleBrush().color() == text

    row = next(
        r
        for r in range(readiness.proxy.rowCount())
        if readiness.model.player_id(readiness.proxy.mapToSource(readiness.proxy.index(r, 0)).row())
        == "luis-suarez"
    )
    readiness.table.clicked.emit(readiness.proxy.index(row, 0))
    assert readiness.chart is chart and chart.player_id == "luis-suarez"
    planned = [chart.planned.at(i) for i in range(chart.planned.count())]
    minutes = window.session.by_fixture("minutes")[list(window.plan.players).index("luis-suarez")]
    assert sum(planned) == pytest.approx(window.plan.params.match_rpe * sum(minutes))  # load


START_UP_COLLECTOR = """
import gc, json, sys
from PySide6.QtCore import QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
from ui.app import build_window, start_app
paused = not gc.isenabled()
app = start_app([])
window = build_window(sys.argv[1])
window.show()
QTimer.singleShot(100, app.quit)
app.exec()
print(json.dumps({"paused": paused, "on": gc.isenabled(), "frozen": gc.get_freeze_count()}))
window.session.undo_stack.setClean()
"""


def test_start_up_pauses_the_garbage_collector_until_the_window_is_up(plan_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", START_UP_COLLECTOR, str(plan_path)],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
        timeout=120, check=True,
    )  # fmt: skip
    state = json.loads(done.stdout.splitlines()[-1])
    assert state["paused"] and state["on"] and state["frozen"] > 10_000
