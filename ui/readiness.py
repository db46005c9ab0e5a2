"""The readiness dock: the fatigue table (the game on screen, all games or one) above the
selected player's chart. It opens on the game on screen, most at risk first.

Until a player is picked the chart's place holds a hint; QtCharts is loaded and the chart built
when the first player is picked (~30 ms the window's start no longer pays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ui.fixture_names import fixture_label
from ui.session import PlanSession
from ui.tables.fatigue import COLUMNS, FatigueModel, FixtureFilter
from ui.tables.view import table_view

if TYPE_CHECKING:
    from ui.chart import LoadChart

CHART_HEIGHT = 180
ON_SCREEN = ""  # the filter's choice "the game on screen" (no fixture id is empty)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReadinessPanel", text)


class ReadinessPanel(QWidget):
    """Fatigue table with a fixture filter, and the load chart of the player clicked."""

    playerSelected = Signal(str)

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = FatigueModel(session, self)
        self.proxy = FixtureFilter(self)
        self.table = table_view("fatigueTable", self.model, self, self.proxy, stretch=None)
        self.table.sortByColumn(COLUMNS.index("risk"), Qt.SortOrder.DescendingOrder)
        self._on_screen: str | None = None
        self._chart: LoadChart | None = None
        self.chart_place = QWidget(self, objectName="chartPlace")
        self.chart_hint = QLabel(
            tr("Pick a player in the squad or in this table to see his minutes and readiness "
               "over the fortnight."),
            self.chart_place,
        )  # fmt: skip
        self.chart_hint.setObjectName("chartHint")
        self.chart_hint.setWordWrap(True)
        self.chart_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_hint.setEnabled(False)  # drawn in the palette's quieter, disabled text
        self._chart_layout = chart_layout = QVBoxLayout(self.chart_place)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_hint)
        self.chart_place.setMinimumHeight(CHART_HEIGHT)
        self.games = QComboBox(self, objectName="fatigueFixtureFilter")
        self.games.setToolTip(
            tr("Show the game on screen (it follows the fixture tabs), every game, or one game")
        )
        self.games.currentIndexChanged.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show"), self))
        top.addWidget(self.games, 1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("readinessSplitter")
        splitter.addWidget(upper)
        splitter.addWidget(self.chart_place)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 200])  # 3 : 2 from the start, hint or chart alike
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.games, self.table)  # as drawn: the filter, then the table
        self.table.clicked.connect(self._clicked)
        self.playerSelected.connect(self.show_player)
        self._listed: tuple = ()
        session.planChanged.connect(self._fill_games)
        session.planReplaced.connect(self._fill_games)
        self._fill_games()

    def _fill_games(self, *_: object) -> None:
        plan_fixtures = tuple(self.session.plan.fixtures)
        if plan_fixtures == self._listed:
            return  # same (frozen) fixtures: same labels; a lineup edit lands here every drop
        self._listed = plan_fixtures
        fixtures = [(f.id, fixture_label(f)) for f in plan_fixtures]
        shown = [
            (self.games.itemData(i), self.games.itemText(i)) for i in range(2, self.games.count())
        ]
        if fixtures == shown:
            return
        current = self.games.currentData() if self.games.count() else ON_SCREEN
        self.games.blockSignals(True)
        self.games.clear()
        self.games.addItem(self._on_screen_text(), ON_SCREEN)
        self.games.addItem(tr("All games"), None)
        for fixture_id, label in fixtures:
            self.games.addItem(label, fixture_id)
        self.games.setCurrentIndex(max(0, self.games.findData(current)))
        self.games.blockSignals(False)
        self._filter()

    def follow(self, fixture_id: str | None) -> None:
        """The fixture on screen changed: show its readiness if the filter follows it."""
        self._on_screen = fixture_id
        self.games.setItemText(0, self._on_screen_text())
        self._filter()

    def _on_screen_text(self) -> str:
        fixture = next((f for f in self.session.plan.fixtures if f.id == self._on_screen), None)
        if fixture is None:
            return tr("Game on screen")
        return tr("Game on screen: {0}").format(fixture_label(fixture))

    def _filter(self) -> None:
        chosen = self.games.currentData()
        fixture_id = self._on_screen if chosen == ON_SCREEN else chosen
        if fixture_id != self.proxy.fixture_id:
            self.proxy.set_fixture(fixture_id)
        # one game: its column would say the same on every row
        self.table.setColumnHidden(COLUMNS.index("fixture"), fixture_id is not None)

    @property
    def chart(self) -> LoadChart:
        """The load chart, built on first use (showing the squad's first player until one is
        picked)."""
        if self._chart is None:
            from ui.chart import LoadChart

            self._chart = LoadChart(self.session, self.chart_place)
            self.chart_hint.hide()
            self._chart_layout.addWidget(self._chart)
            QWidget.setTabOrder(self.table, self._chart)
        return self._chart

    def show_player(self, player_id: str | None) -> None:
        """Chart player_id's fortnight (the chart is built for the first player picked)."""
        self.chart.set_player(player_id)

    def _clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        self.playerSelected.emit(self.model.player_id(source.row()))
