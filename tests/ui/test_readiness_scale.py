"""One readiness scale: the squad list, the cards, the readiness table, the chart and the
exported week grid colour a readiness value alike, on both sides of each cut-off.

The scale as documented (docs/fatigue-model.md, /work/shared/ux.md): red below readiness_red,
amber below readiness_amber, green from it; #C62828 / #F9A825 / #2E7D32. The thresholds are
moved around one player's readiness so that it falls just above or just below each cut-off.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import MLS, QUIET
from openpyxl import load_workbook
from PySide6.QtCharts import QXYSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from planner import Plan, fatigue_table
from planner.export import export_excel
from ui.chart import LoadChart
from ui.pitch import card_pixmap
from ui.pitch.card import CARD_H, CARD_W
from ui.session import PlanSession
from ui.squad.model import COLUMNS as SQUAD_COLUMNS
from ui.squad.model import SquadModel
from ui.tables.fatigue import COLUMNS as TABLE_COLUMNS
from ui.tables.fatigue import FatigueModel

pytestmark = QUIET

DOCUMENTED = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828"}

# (band expected, thresholds as (amber, red) from f = the readiness rounded down)
SIDES = {
    "just above amber": ("green", lambda f: (f, f - 10)),
    "just below amber": ("amber", lambda f: (f + 1, f - 10)),
    "just above red": ("amber", lambda f: (f + 10, f)),
    "just below red": ("red", lambda f: (f + 10, f + 1)),
}


def a_player(plan: Plan) -> tuple[str, float]:
    """A starter of the MLS game whose readiness there is well inside 0-100 and not whole."""
    readiness = fatigue_table(plan)["readiness"]
    for player_id in plan.lineup(MLS).starters():
        value = float(readiness[(player_id, MLS)])
        if 20 < value < 80 and value != int(value):
            return player_id, value
    raise AssertionError("no starter to test with")


@pytest.fixture(params=list(SIDES))
def case(request, session: PlanSession) -> tuple[str, str]:
    """Set the thresholds for one side of one cut-off: (player id, the band expected)."""
    player_id, value = a_player(session.plan)
    band, thresholds = SIDES[request.param]
    amber, red = thresholds(math.floor(value))
    plan = session.plan
    plan.set_params(replace(plan.params, readiness_amber=amber, readiness_red=red))
    return player_id, DOCUMENTED[band]


def close(colour: QColor | QBrush, expected: str, tolerance: int = 40) -> bool:
    """Same red, green and blue within tolerance (a table cell's tint differs in alpha only)."""
    if isinstance(colour, QBrush):
        colour = colour.color()
    want = QColor(expected)
    pairs = zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True)
    return all(abs(a - b) <= tolerance for a, b in pairs)


def test_the_squad_list(session: PlanSession, case, qtbot) -> None:
    player_id, expected = case
    model = SquadModel(session)
    model.set_fixture(MLS)
    row = list(session.plan.players).index(player_id)
    index = model.index(row, SQUAD_COLUMNS.index("readiness"))
    assert close(model.data(index, Qt.ItemDataRole.BackgroundRole), expected)


def test_the_card(session: PlanSession, case) -> None:
    player_id, expected = case
    pixmap = card_pixmap(session, MLS, player_id, 1.0, width=CARD_W)
    bar = pixmap.toImage().pixelColor(12, round(CARD_H - 9.5))
    assert close(bar, expected), bar.name()


def test_the_readiness_table(session: PlanSession, case) -> None:
    player_id, expected = case
    model = FatigueModel(session)
    rows = [r for r in range(model.rowCount()) if model.player_id(r) == player_id]
    row = next(r for r in rows if model.fixture_id(r) == MLS)
    index = model.index(row, TABLE_COLUMNS.index("readiness"))
    assert close(model.data(index, Qt.ItemDataRole.BackgroundRole), expected)


def test_the_chart(session: PlanSession, case, qtbot) -> None:
    player_id, expected = case
    chart = LoadChart(session)
    qtbot.addWidget(chart)
    chart.set_player(player_id)
    fixtures = [f.id for f in session.plan.fixtures]
    point = chart.readiness.pointConfiguration(fixtures.index(MLS))
    assert close(point[QXYSeries.PointConfiguration.Color], expected, tolerance=0)


def test_the_exported_week_grid(session: PlanSession, case, tmp_path: Path) -> None:
    player_id, expected = case
    plan = session.plan
    export_excel(plan, tmp_path / "week.xlsx")
    ws = load_workbook(tmp_path / "week.xlsx")["Summary"]
    header = next(
        r for r in range(1, ws.max_row + 1) if ws.cell(r, 3).value == "Readiness"
    )  # the grid's header: Minutes, Readiness under each fixture
    row = next(
        r
        for r in range(header + 1, ws.max_row + 1)
        if ws.cell(r, 1).value == plan.player(player_id).name
    )
    column = 3 + 2 * [f.id for f in plan.fixtures].index(MLS)
    fill = ws.cell(row, column).fill.fgColor.rgb
    assert f"#{fill[-6:]}".lower() == expected
