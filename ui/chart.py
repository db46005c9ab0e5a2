"""A small chart of one player's load and readiness over the fortnight around the fixtures.

QtCharts ships with PySide6 (no extra dependency, native Qt painting that follows the palette
and high-DPI scaling, and series updated in place, cheap enough to redraw on every drop).
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

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

from planner.fatigue.daily import daily_load
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
    """Load per day (matches played, matches planned, training: stacked), readiness at each
    fixture's kickoff."""

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
        self.played = QBarSet(tr("Match played"))
        self.planned = QBarSet(tr("Match planned"))
        self.training = QBarSet(tr("Training"))
        self.played.setColor(QColor("#7A8699"))
        self.planned.setColor(QColor("#1E6FD9"))
        self.training.setColor(QColor("#E08A00"))  # apart from both blues, and from the bands
        self.bars = QStackedBarSeries()
        self.bars.append([self.played, self.planned, self.training])
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
        self.minutes_axis.setTitleText(tr("load"))
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
            for bar_set in (self.played, self.planned, self.training):
                bar_set.remove(0, bar_set.count())
                bar_set.append([0.0] * len(days))
        if self.player_id is None or not days:
            self.chart().setTitle(tr("No player selected"))
            self.readiness.clear()
            return
        name = plan.player(self.player_id).name
        played, planned, training, readiness = self._values(days, self.player_id)
        params = plan.params
        shown = (
            name, played, planned, training, readiness, params.readiness_amber,
            params.readiness_red,
        )  # fmt: skip
        if shown == self._shown:
            return  # nothing to redraw: QtCharts lays the whole chart out again on any change
        self._shown = shown
        for bar_set, values in (
            (self.played, played), (self.planned, planned), (self.training, training)
        ):  # fmt: skip
            for i, value in enumerate(values):
                bar_set.replace(i, value)
        self.readiness.replace([QPointF(i, r) for i, r in readiness])
        self._colour_readiness([r for _, r in readiness])
        totals = [a + b + c for a, b, c in zip(played, planned, training, strict=True)]
        self.minutes_axis.setRange(0, max(100.0, *totals))
        self.chart().setTitle(tr("{0}: load and readiness").format(name))

    def _values(
        self, days: list[date], pid: str
    ) -> tuple[list[float], list[float], list[float], list[tuple[int, float]]]:
        """Load per day (AU) of matches played, matches planned and training, and readiness
        at each kickoff, over days."""
        plan = self.session.plan
        slot = {d: i for i, d in enumerate(days)}
        parts = [[0.0] * len(days) for _ in range(3)]
        load = daily_load(plan, pid)
        sources = (load.match_played, load.match_planned, load.training)
        for n, day in enumerate(load.days):
            if day in slot:
                for part, source in zip(parts, sources, strict=True):
                    part[slot[day]] += float(source[n])
        readiness: list[tuple[int, float]] = []
        if plan.fixtures:
            row = list(plan.players).index(pid)
            ready = self.session.by_fixture("readiness")[row].tolist()
            for j, fixture in enumerate(plan.fixtures):
                day = fixture.kickoff.date()
                if day in slot:
                    readiness.append((slot[day], float(ready[j])))
        return parts[0], parts[1], parts[2], readiness

    def _colour_readiness(self, values: list[float]) -> None:
        """Each readiness point in its band's colour on the plan's scale."""
        self.readiness.clearPointsConfiguration()
        params, colour_key = self.session.plan.params, QXYSeries.PointConfiguration.Color
        for index, value in enumerate(values):
            if not math.isnan(value):
                colour = readiness_colour(value, params)
                self.readiness.setPointConfiguration(index, colour_key, colour)

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
