"""What a coach reads: names and reasons shown whole or shortened sensibly, counts worded
plainly, the window usable on a 1280 x 800 screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import MLS
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QStyleOptionViewItem,
    QTabBar,
)

from planner.suggest import Suggestion
from planner.suggest.explain import LineupChange
from ui.dialogs.suggestion import WHY, SuggestionDialog
from ui.squad.model import COLUMNS
from ui.squad.view import shorter_names

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _drawn_name(window, player_id: str, width: int) -> str:
    view = window.squad.view
    column = COLUMNS.index("name")
    view.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    view.header().resizeSection(column, width)
    index = window.squad.proxy.mapFromSource(
        window.squad.model.index(window.squad.model.row_of(player_id), column)
    )
    option = QStyleOptionViewItem()
    option.widget = view
    option.rect = view.visualRect(index)
    view.itemDelegateForColumn(column).initStyleOption(option, index)
    return option.text


def test_a_name_too_long_for_its_column_keeps_the_surname_whole(window):
    player_id = next(p.id for p in window.plan.players.values() if p.name == "Maximiliano Falcón")
    assert _drawn_name(window, player_id, 400) == "Maximiliano Falcón"
    assert _drawn_name(window, player_id, 110) == "M. Falcón"
    assert _drawn_name(window, player_id, 60) == "Falcón"
    assert shorter_names("Rocco Ríos Novo") == ["Rocco Ríos Novo", "R. Ríos Novo", "Ríos Novo"]
    assert shorter_names("Ronaldinho") == ["Ronaldinho"]


def test_a_long_reason_wraps_onto_more_lines_instead_of_being_cut(qtbot, session):
    plan = session.plan
    short, long = list(plan.players)[:2]
    reason = "rested Sunday; starts Wednesday: " + "readiness for LAFC 57 -> 79; " * 8
    suggestion = Suggestion(
        plan=plan,
        objective=0.0,
        gap=0.0,
        seconds=0.1,
        optimal=True,
        explanations={short: "rested", long: reason},
        changes=[
            LineupChange(MLS, short, "bench", "GK", 0, 90),
            LineupChange(MLS, long, "GK", "bench", 90, 0),
        ],
        headlines={MLS: "XI strength 815 -> 777"},
    )
    dialog = SuggestionDialog(plan, suggestion)
    qtbot.addWidget(dialog)
    dialog.resize(900, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    fixture_row = dialog.changes.topLevelItem(0)
    assert fixture_row.text(0) == f"{plan.fixture(MLS).label}  ·  XI strength 815 -> 777"
    rows = [fixture_row.child(i) for i in range(2)]
    heights = [dialog.changes.visualItemRect(row).height() for row in rows]
    assert rows[1].text(WHY) == reason
    assert heights[1] >= 2 * heights[0]
    assert dialog.changes.columnWidth(WHY) < dialog.changes.fontMetrics().horizontalAdvance(reason)


def test_the_window_fits_a_1280_by_800_screen_with_names_whole(window, qtbot):
    window.resize(1280, 800)
    window.restore_layout()
    qtbot.wait(50)

    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 800
    assert window.readiness_dock in window.tabifiedDockWidgets(window.squad_dock)
    view = window.squad.view
    bold = view.font()
    bold.setBold(True)
    longest = max(
        QFontMetrics(bold).horizontalAdvance(p.name) for p in window.plan.players.values()
    )
    assert view.columnWidth(COLUMNS.index("name")) > longest + view.iconSize().width()


def test_a_wide_window_shows_readiness_beside_the_pitch(window, qtbot):
    window.resize(1600, 1000)
    window.restore_layout()
    qtbot.wait(50)

    assert window.readiness_dock not in window.tabifiedDockWidgets(window.squad_dock)
    assert window.dockWidgetArea(window.readiness_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert not window.readiness_dock.visibleRegion().isEmpty()


def visible_dock_tab_bars(window) -> list[QTabBar]:
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return [bar for bar in window.findChildren(QTabBar, options=direct) if bar.isVisible()]


def assert_one_tab_bar_per_dock_group_and_none_over_the_fixtures(window) -> None:
    on_screen, central = window.rect(), window.centralWidget().geometry()
    bars = [b for b in visible_dock_tab_bars(window) if b.geometry().intersects(on_screen)]
    assert not [b for b in bars if b.geometry().intersects(central)]
    groups = {
        frozenset(d.windowTitle() for d in [dock, *window.tabifiedDockWidgets(dock)])
        for dock in window.docks()
        if dock.isVisible() and window.tabifiedDockWidgets(dock)
    }
    shown = [frozenset(b.tabText(i) for i in range(b.count())) for b in bars]
    assert sorted(map(sorted, shown)) == sorted(map(sorted, groups))


OPENED_WINDOW_TAB_BARS = """
import json, sys
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QTabBar
QStandardPaths.setTestModeEnabled(True)
from ui.app import build_window, start_app
app = start_app([])
window = build_window(sys.argv[1])
window.resize(int(sys.argv[2]), int(sys.argv[3]))
window.show()
for _ in range(10):
    app.processEvents()
central = window.centralWidget().geometry()
bars = [
    {
        "titles": [bar.tabText(i) for i in range(bar.count())],
        "over": bar.geometry().intersects(central),
    }
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if bar.isVisible() and bar.geometry().intersects(window.rect())
]
groups = sorted(
    sorted({dock.windowTitle(), *(d.windowTitle() for d in window.tabifiedDockWidgets(dock))})
    for dock in window.docks()
    if dock.isVisible() and window.tabifiedDockWidgets(dock)
)
window.session.undo_stack.setClean()
print(json.dumps({"bars": bars, "groups": groups}))
"""


@pytest.mark.parametrize("size", [(1280, 800), (1600, 1000)])
def test_no_stray_dock_tab_bar_when_the_app_opens(plan_path, tmp_path, size):
    # a child process as a user starts the app: Qt's stray tab bars came with a fresh layout
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path)
    )
    done = subprocess.run(
        [sys.executable, "-c", OPENED_WINDOW_TAB_BARS, str(plan_path), *map(str, size)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    shown = json.loads(done.stdout.splitlines()[-1])
    assert not [bar for bar in shown["bars"] if bar["over"]]
    titles = sorted(sorted(bar["titles"]) for bar in shown["bars"])
    assert titles == sorted(map(sorted, {tuple(group) for group in shown["groups"]}))


@pytest.mark.parametrize("first, then", [((1600, 1000), (1280, 800)), ((1280, 800), (1600, 1000))])
def test_no_stray_dock_tab_bar_after_restore_layout(window, qtbot, first, then):
    for size in (first, then):
        window.resize(*size)
        window.restore_layout()
        qtbot.wait(50)
        assert_one_tab_bar_per_dock_group_and_none_over_the_fixtures(window)


def test_tab_goes_through_the_window_as_drawn_and_never_into_a_hidden_tab(window, qtbot):
    window.restore_layout()  # at 1600 x 1000: readiness beside the pitch, minutes behind it
    window.activateWindow()
    window.squad.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.squad.search)
    names = []
    for _ in range(60):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.squad.search:
            break
        if not names or names[-1] != focused.objectName():
            names.append(focused.objectName())

    drawn = [
        "squadStatusFilter",
        "squadList",
        "formationPicker",
        "pitchView",
        "benchView",
        "subsTimeline",
        "fatigueFixtureFilter",
        "fatigueTable",
        "problemsList",
    ]
    assert [n for n in names if n in drawn] == drawn
    assert "minutesTable" not in names  # its dock is behind the readiness tab
    window.minutes_dock.raise_()
    qtbot.waitUntil(window.minutes_table.isEnabled)
    assert not window.readiness.isEnabled()


def test_icon_only_buttons_say_what_they_do(window):
    for dock in window.docks():
        buttons = [b for b in dock.findChildren(QAbstractButton) if b.objectName()]
        titled = [b for b in buttons if b.objectName().startswith("qt_dockwidget_")]
        assert len(titled) == 2 and all(b.toolTip() for b in titled), dock.objectName()
    clear = window.squad.search.findChildren(QAbstractButton)
    assert clear and all(b.toolTip() for b in clear)
