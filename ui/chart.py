"""A small chart of one player's load and readiness over the fortnight around the fixtures.

QtCharts ships with PySide6 (no extra dependency, native Qt painting that follows the palette
and high-DPI scaling, and series updated in place, cheap enough to redraw on every drop).
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

import pandas as pd
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ui.language import local_date
from ui.session import PlanSession
from ui.theme import readiness_colour

DAYS = 14
READINESS_LINE = QColor("#546E7A")  # neutral: each point takes its readiness band's colour


AXES_WIDTH = 140  # px the two value axes and margins take from the chart's width
LABEL_GAP = 8  # px QtCharts wants around a category label before it cuts it
SMALLEST_POINTS = 5.5


def tr(text: str) -> str:
    return QCoreApplication.translate("LoadChart", text)


class LoadChart(QChartView):
    """Minutes played (history) and planned per day, readiness at each fixture's kickoff."""

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("loadChart")
        self.session = session
        self.player_id: str | None = None
        self._days: list[date] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        chart = QChart()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.played, self.planned = QBarSet(tr("Played")), QBarSet(tr("Planned"))
        self.played.setColor(QColor("#7A8699"))
        self.planned.setColor(QColor("#1E6FD9"))
        self.bars = QStackedBarSeries()
        self.bars.append([self.played, self.planned])
        self.readiness = QLineSeries()
        self.readiness.setName(tr("Readiness"))
        self.readiness.setPen(QPen(READINESS_LINE, 2.5))
        self.readiness.setPointsVisible(True)
        self.readiness.setMarkerSize(9)
        chart.addSeries(self.bars)
        chart.addSeries(self.readiness)
        self.days_axis = QBarCategoryAxis()
        self.minutes_axis = QValueAxis()
        self.minutes_axis.setRange(0, 100)
        self.minutes_axis.setLabelFormat("%d")
        self.minutes_axis.setTitleText(tr("min"))
        self.readiness_axis = QValueAxis()
        self.readiness_axis.setRange(0, 100)
        self.readiness_axis.setLabelFormat("%d")
        self.readiness_axis.setTitleText(tr("ready"))
        chart.addAxis(self.days_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.minutes_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.readiness_axis, Qt.AlignmentFlag.AlignRight)
        for series, y_axis in (
            (self.bars, self.minutes_axis),
            (self.readiness, self.readiness_axis),
        ):
            series.attachAxis(self.days_axis)
            series.attachAxis(y_axis)
        self.setChart(chart)
        self._shown: tuple | None = None
        self._played_key: tuple | None = None
        self._played_cache: list[float] = []
        self._style()
        session.planChanged.connect(self.refresh)
        session.planReplaced.connect(self.refresh)
        self.refresh()

    def set_player(self, player_id: str | None) -> None:
        """Show player_id's fortnight."""
        self.player_id = player_id
        self._shown = None
        self.refresh()

    def refresh(self, *_: Any) -> None:
        plan = self.session.plan
        if self.player_id not in plan.players:
            self.player_id = next(iter(plan.players), None)
        days = fortnight(plan)
        if days != self._days:
            self._days, self._shown = days, None
            self.days_axis.clear()
            self.days_axis.append([str(d.day) for d in days])
            self.days_axis.setTitleText(_months(days))
            self.days_axis.setLabelsVisible(bool(days))
            self._fit_day_labels()
            for bar_set in (self.played, self.planned):
                bar_set.remove(0, bar_set.count())
                bar_set.append([0.0] * len(days))
        if self.player_id is None or not days:
            self.chart().setTitle(tr("No player selected"))
            self.readiness.clear()
            return
        name = plan.player(self.player_id).name
        played, planned, readiness = self._values(days, self.player_id)
        params = plan.params
        shown = (name, played, planned, readiness, params.readiness_amber, params.readiness_red)
        if shown == self._shown:
            return  # nothing to redraw: QtCharts lays the whole chart out again on any change
        self._shown = shown
        for bar_set, values in ((self.played, played), (self.planned, planned)):
            for i, value in enumerate(values):
                bar_set.replace(i, value)
        self.readiness.replace([QPointF(i, r) for i, r in readiness])
        self._colour_readiness([r for _, r in readiness])
        self.minutes_axis.setRange(0, max(100, *played, *planned))
        self.chart().setTitle(tr("{0}: minutes and readiness").format(name))

    def _values(
        self, days: list[date], pid: str
    ) -> tuple[list[float], list[float], list[tuple[int, float]]]:
        plan = self.session.plan
        slot = {d: i for i, d in enumerate(days)}
        planned = [0.0] * len(days)
        played = self._played(days, slot)
        readiness: list[tuple[int, float]] = []
        if not plan.fixtures:
            return played, planned, readiness
        row = list(plan.players).index(pid)
        minutes = self.session.by_fixture("minutes")[row].tolist()
        ready = self.session.by_fixture("readiness")[row].tolist()
        for j, fixture in enumerate(plan.fixtures):
            day = fixture.kickoff.date()
            if day in slot:
                planned[slot[day]] += float(minutes[j])
                readiness.append((slot[day], float(ready[j])))
        return played, planned, readiness

    def _colour_readiness(self, values: list[float]) -> None:
        """Each readiness point in its band's colour on the plan's scale."""
        self.readiness.clearPointsConfiguration()
        params, colour_key = self.session.plan.params, QXYSeries.PointConfiguration.Color
        for index, value in enumerate(values):
            if not math.isnan(value):
                colour = readiness_colour(value, params)
                self.readiness.setPointConfiguration(index, colour_key, colour)

    def _played(self, days: list[date], slot: dict[date, int]) -> list[float]:
        """Past minutes per day; the history only changes on import, so it is read once."""
        history = self.session.plan.history
        key = (id(history), len(history), self.player_id, days[0], days[-1])
        if self._played_key != key:
            played = [0.0] * len(days)
            rows = history[
                (history["date"] >= pd.Timestamp(days[0]))
                & (history["player_id"] == self.player_id)
            ]
            for day, minutes in zip(rows["date"].dt.date, rows["minutes"], strict=True):
                if day in slot:
                    played[slot[day]] += float(minutes)
            self._played_key, self._played_cache = key, played
        return list(self._played_cache)

    def _style(self) -> None:
        palette = self.palette()
        chart = self.chart()
        chart.setBackgroundBrush(palette.base())
        chart.setTitleBrush(palette.text())
        chart.legend().setLabelColor(palette.text().color())
        for axis in (self.days_axis, self.minutes_axis, self.readiness_axis):
            axis.setLabelsBrush(palette.text())
            axis.setTitleBrush(palette.text())
            axis.setGridLineColor(palette.mid().color())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.EnabledChange):
            self._style()  # the palette's colours for its state: greyed while disabled

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_day_labels()

    def _fit_day_labels(self) -> None:
        """Day numbers as large as fits under each bar, down to SMALLEST_POINTS (QtCharts would
        cut "27" to "..." on a narrow panel)."""
        plot = self.chart().plotArea().width() or self.width() - AXES_WIDTH  # 0 before layout
        per_day = plot / max(len(self._days), 1)
        font = QFont(self.font())
        size = font.pointSizeF() * 0.8
        while size > SMALLEST_POINTS:
            font.setPointSizeF(size)
            if QFontMetricsF(font).horizontalAdvance("30") + LABEL_GAP <= per_day:
                break
            size -= 0.5
        font.setPointSizeF(max(size, SMALLEST_POINTS))
        if font != self.days_axis.labelsFont():
            self.days_axis.setLabelsFont(font)


def _months(days: list[date]) -> str:
    if not days:
        return ""
    if days[0].month == days[-1].month:
        return local_date(days[-1], "MMMM yyyy")
    return f"{local_date(days[0], 'MMM')} – {local_date(days[-1], 'MMM yyyy')}"


def fortnight(plan) -> list[date]:
    """The days the chart covers: the 14 days up to the last fixture (or the history's end)."""
    if plan.fixtures:
        end = plan.fixtures[-1].kickoff.date()
    elif len(plan.history):
        end = plan.history["date"].max().date()
    else:
        return []
    return [end - timedelta(days=DAYS - 1 - i) for i in range(DAYS)]
