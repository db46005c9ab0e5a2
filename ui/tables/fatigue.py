"""The readiness table: readiness, load ratio, days of rest and risk per player per fixture.

One row per player per fixture (the fatigue table's own shape), so sorting by readiness or risk
lists the most tired first; a fixture filter narrows it to one game.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from planner.fatigue import RISK_LEVELS
from ui.fixture_names import fixture_label
from ui.language import local_date
from ui.tables.dataframe_model import SORT_ROLE
from ui.tables.plan_model import PlanFrameModel
from ui.theme import RISK_COLOURS, readiness_colour, tint

MEASURES = ("readiness", "acwr", "days_rest", "risk")
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
COLUMNS = ("player", "fixture", *MEASURES)


def tr(text: str) -> str:
    return QCoreApplication.translate("FatigueModel", text)


def column_titles() -> dict[str, tuple[str, str]]:
    """Short header and explaining tooltip of each column, in the coach's words."""
    return {
        "player": (tr("Player"), tr("Squad player")),
        "fixture": (tr("Game"), tr("The fixture: readiness is at its kickoff")),
        "readiness": (tr("Ready"), tr("Readiness at kickoff, 0-100 (Banister fitness-fatigue)")),
        "acwr": (
            tr("Load"),
            tr("Load ratio: last week's load against the last four weeks' (EWMA ACWR)"),
        ),
        "days_rest": (tr("Rest"), tr("Days since his last match")),
        "risk": (tr("Risk"), tr("Overload risk: low, medium or high; hover for why")),
    }


def _day(kickoff) -> str:
    return local_date(kickoff, "ddd d")


def risk_word(level: str) -> str:
    """A short word for a risk level, narrow enough for a table cell."""
    return {"low": tr("low"), "moderate": tr("medium"), "high": tr("HIGH")}.get(level, level)


class FatigueModel(PlanFrameModel):
    """Rows: (player, fixture) pairs; columns: see COLUMNS; coloured, reasons in tooltips."""

    def refresh(self, *_: Any) -> None:
        plan = self.session.plan
        if not (plan.players and plan.fixtures):
            self.set_frame(pd.DataFrame(columns=list(COLUMNS)))
            return
        fatigue = self.session.fatigue()
        index = fatigue.index
        assert isinstance(index, pd.MultiIndex)
        # labels per index level, then picked by the level codes: no per-row Python work
        names = np.array([plan.players[pid].name for pid in index.levels[0]], dtype=object)
        days = np.array([_day(plan.fixture(fid).kickoff) for fid in index.levels[1]], dtype=object)
        risk = fatigue["risk"]
        columns = {
            "player": names[index.codes[0]],
            "fixture": days[index.codes[1]],
            "readiness": fatigue["readiness"].to_numpy(),
            "acwr": fatigue["acwr"].to_numpy(),
            "days_rest": fatigue["days_rest"].to_numpy(),
            "risk": risk.cat.categories.to_numpy(dtype=object)[risk.cat.codes.to_numpy()],
        }
        self.set_frame(pd.DataFrame(columns, index=index), list(columns.values()))

    def player_id(self, row: int) -> str:
        return str(self.frame.index[row][0])

    def fixture_id(self, row: int) -> str:
        return str(self.frame.index[row][1])

    def display(self, value: Any, row: int, column: int) -> str:
        name = COLUMNS[column]
        if name in ("player", "fixture"):
            return str(value)
        if pd.isna(value) if not isinstance(value, str) else False:
            return "–"
        if name == "acwr":
            return f"{value:.2f}"
        if name == "risk":
            return risk_word(str(value))
        return f"{value:.0f}"

    def alignment(self, column: int) -> int:
        return CENTRE if COLUMNS[column] in MEASURES else super().alignment(column)

    def sort_value(self, row: int, column: int) -> Any:
        name = COLUMNS[column]
        if name == "risk":
            return RISK_LEVELS.index(str(self.value(row, column)))
        if name == "fixture":
            return self.session.plan.fixture(self.fixture_id(row)).kickoff.isoformat()
        return super().sort_value(row, column)

    def background(self, row: int, column: int) -> Any:
        name = COLUMNS[column]
        value = self.value(row, column)
        if name == "risk":
            return QBrush(tint(RISK_COLOURS.get(str(value), RISK_COLOURS["low"])))
        if name == "readiness" and not pd.isna(value):
            params = self.session.plan.params
            colour = readiness_colour(value, params.readiness_amber, params.readiness_red)
            return QBrush(tint(colour))
        return None

    def tooltip(self, row: int, column: int) -> str | None:
        player_id, fixture_id = self.player_id(row), self.fixture_id(row)
        cell = self.session.fatigue().loc[(player_id, fixture_id)]
        fixture = self.session.plan.fixture(fixture_id)
        lines = [
            f"<b>{self.session.plan.player(player_id).name}</b> — {fixture_label(fixture)}",
            tr("Readiness {0:.0f}/100, load ratio (ACWR) {1:.2f}").format(
                cell["readiness"], cell["acwr"]
            ),
            tr("Minutes in the last 7 days: {0}, last 28 days: {1}").format(
                cell["minutes_last_7d"], cell["minutes_last_28d"]
            ),
        ]
        if not pd.isna(cell["days_rest"]):
            lines.append(tr("Days of rest: {0:.0f}").format(cell["days_rest"]))
        lines.append(tr("Risk: {0}").format(risk_word(str(cell["risk"]))))
        if cell["reasons"]:
            lines.append(tr("Why: {0}").format(cell["reasons"]))
        return "<br>".join(lines)

    def column_title(self, column: int) -> str:
        return column_titles()[COLUMNS[column]][0]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return column_titles()[COLUMNS[section]][1]
        if orientation == Qt.Orientation.Vertical:
            return None
        return super().headerData(section, orientation, role)


class FixtureFilter(QSortFilterProxyModel):
    """Sorts by raw values; shows every fixture, or one (set_fixture)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fixture_id: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_fixture(self, fixture_id: str | None) -> None:
        self.beginFilterChange()
        self.fixture_id = fixture_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        return self.fixture_id is None or (
            isinstance(model, FatigueModel) and model.fixture_id(row) == self.fixture_id
        )
