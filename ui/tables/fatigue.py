"""The readiness table: readiness, load ratio, days of rest, risk and why, per player per
fixture.

One row per player per fixture (the fatigue table's own shape), so sorting by risk lists the
most at risk first (the lowest readiness first within a level); a fixture filter narrows it to
one game. After an edit, each figure it changed reads "before→after" for FLASH_MS.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush

from planner.fatigue import REASONS, RISK_LEVELS, reason_flags
from ui.fixture_names import fixture_label
from ui.language import local_date
from ui.tables.dataframe_model import SORT_ROLE, row_runs
from ui.tables.plan_model import PlanFrameModel
from ui.theme import RISK_COLOURS, readiness_colour, tint
from ui.wording import worded

MEASURES = ("readiness", "acwr", "days_rest", "risk")
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
COLUMNS = ("player", "fixture", "readiness", "risk", "reason", "acwr", "days_rest")
"""At a glance first: who, how ready, how much at risk and why; the model's figures after."""
FIGURES = {"readiness": 0, "acwr": 2, "days_rest": 0}  # figures an edit flashes: decimals shown
FLASH_MS = 4000  # how long a changed figure reads "before→after"
WIDEST_FIGURE = {"readiness": "100", "acwr": "0.00", "days_rest": "10"}
CHANGE = "{0}→{1}"  # a changed figure, before and after: no spaces, narrow columns


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
        "reason": (tr("Why"), tr("Why the risk is raised; hover for the figures")),
    }


def _day(kickoff) -> str:
    return local_date(kickoff, "ddd d")


def risk_word(level: str) -> str:
    """A short word for a risk level, narrow enough for a table cell."""
    return {"low": tr("low"), "moderate": tr("medium"), "high": tr("HIGH")}.get(level, level)


def reason_words() -> dict[str, str]:
    """A short phrase per reason of planner.fatigue.REASONS (the figures are in their columns)."""
    return {
        "readiness_red": tr("low readiness"),
        "load_danger": tr("load danger zone"),
        "back_to_back": tr("back-to-back"),
        "load_high": tr("high load"),
        "training": tr("training"),
        "recent": tr("short rest"),
    }


def short_reasons(fatigue: pd.DataFrame, params) -> np.ndarray:
    """Each row's reasons, most telling first, as one short text ("" when none)."""
    flags = reason_flags(
        fatigue["days_rest"].to_numpy(),
        fatigue["acwr"].to_numpy(),
        fatigue["readiness"].to_numpy(),
        fatigue["back_to_back"].to_numpy(),
        fatigue["training_share"].to_numpy(),
        params,
    )
    code = np.zeros(len(fatigue), dtype=np.int64)
    for bit, reason in enumerate(REASONS):
        code |= flags[reason].astype(np.int64) << bit
    words = [reason_words()[reason] for reason in REASONS]
    texts = np.array(
        [
            " · ".join(w for bit, w in enumerate(words) if c >> bit & 1)
            for c in range(1 << len(words))
        ],
        dtype=object,
    )  # every combination worded once: a lookup per row, no per-row Python work
    return texts[code]


class FatigueModel(PlanFrameModel):
    """Rows: (player, fixture) pairs; columns: see COLUMNS; coloured, figures in tooltips."""

    def __init__(self, session, parent=None) -> None:
        self._was: dict[tuple[int, int], float] = {}  # (row, column): the figure before the edit
        self._settle = QTimer(singleShot=True)
        super().__init__(session, parent)
        self._settle.setParent(self)
        self._settle.timeout.connect(self._settled)

    def refresh(self, *_: Any) -> None:
        plan = self.session.plan
        if not (plan.players and plan.fixtures):
            self._was.clear()
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
            "risk": risk.cat.categories.to_numpy(dtype=object)[risk.cat.codes.to_numpy()],
            "reason": short_reasons(fatigue, plan.params),
            "acwr": fatigue["acwr"].to_numpy(),
            "days_rest": fatigue["days_rest"].to_numpy(),
        }  # in COLUMNS order
        frame = pd.DataFrame(columns, index=index)
        before = self.frame.index.equals(index) and list(self.frame.columns) == list(COLUMNS)
        old = {name: self.value_column(name) for name in FIGURES} if before else None
        self.set_frame(frame, list(columns.values()))
        self._flash(old)

    def value_column(self, name: str) -> np.ndarray:
        """The raw values of a column (by name) as now shown."""
        return self._columns[COLUMNS.index(name)]

    def _flash(self, old: dict[str, np.ndarray] | None) -> None:
        """Mark the figures the edit changed (as shown, rounded) to read "before→after" for
        FLASH_MS; figures still flashing from an earlier edit settle now."""
        previous = {row for row, _ in self._was}
        self._was = {}
        shown_before = old if old is not None else {}
        for name, decimals in FIGURES.items() if shown_before else ():
            before, after = (
                np.round(shown_before[name], decimals),
                np.round(self.value_column(name), decimals),
            )
            moved = ~((before == after) | (np.isnan(before) & np.isnan(after)))
            column = COLUMNS.index(name)
            for row in np.flatnonzero(moved):
                self._was[(int(row), column)] = float(shown_before[name][row])
        settled = previous - {row for row, _ in self._was}
        self._repaint(settled)
        if self._was:
            self._settle.start(FLASH_MS)

    def _settled(self) -> None:
        rows = {row for row, _ in self._was}
        self._was = {}
        self._repaint(rows)

    def _repaint(self, rows: set[int]) -> None:
        if not rows:
            return
        flags = np.zeros(self.rowCount(), dtype=bool)
        flags[[r for r in rows if r < len(flags)]] = True
        for first, last in row_runs(flags):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def player_id(self, row: int) -> str:
        return str(self.frame.index[row][0])

    def fixture_id(self, row: int) -> str:
        return str(self.frame.index[row][1])

    def display(self, value: Any, row: int, column: int) -> str:
        name = COLUMNS[column]
        if name in ("player", "fixture", "reason"):
            return str(value)
        if name == "risk":
            return risk_word(str(value))
        shown = _figure(value, FIGURES[name])
        was = self._was.get((row, column))
        return shown if was is None else CHANGE.format(_figure(was, FIGURES[name]), shown)

    def widest_text(self, column: int) -> str:
        name = COLUMNS[column]
        if name == "reason":  # room for two reasons; longer ones elide (the tooltip has all)
            words = reason_words()
            return f"{words['back_to_back']} · {words['recent']}"
        sample = WIDEST_FIGURE.get(name)
        return CHANGE.format(sample, sample) if sample else ""

    def alignment(self, column: int) -> int:
        return CENTRE if COLUMNS[column] in MEASURES else super().alignment(column)

    def sort_value(self, row: int, column: int) -> Any:
        name = COLUMNS[column]
        if name == "risk":  # then by readiness: sorted high risk first, the least ready first
            readiness = self.value(row, COLUMNS.index("readiness"))
            level = RISK_LEVELS.index(str(self.value(row, column)))
            return level * 1000.0 - (0.0 if pd.isna(readiness) else float(readiness))
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
            colour = readiness_colour(value, params)
            return QBrush(tint(colour))
        return None

    def tooltip(self, row: int, column: int) -> str | None:
        player_id, fixture_id = self.player_id(row), self.fixture_id(row)
        cell = cast(pd.Series, self.session.fatigue().loc[(player_id, fixture_id)])
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
            lines.append(tr("Why: {0}").format(worded(cell["reasons"])))
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


def _figure(value: float, decimals: int) -> str:
    return "–" if pd.isna(value) else f"{value:.{decimals}f}"


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
