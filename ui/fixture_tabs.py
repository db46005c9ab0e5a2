"""The centre of the window: one tab per fixture (date, opponent, competition, importance).

A fixture's tab is built when it first comes on screen or is asked for (tab, show_fixture):
until then a light placeholder holds its place, so start-up builds only the tab it shows.
"""

from __future__ import annotations

from typing import cast

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from planner import ChangeKind, Fixture, PlanChange
from planner.roll_forward import archived
from ui.fixture_names import fixture_tab_title
from ui.pitch import FixtureTab
from ui.session import PlanSession


def tr(text: str) -> str:
    return QCoreApplication.translate("FixtureTabs", text)


class _PendingTab(QWidget):
    """Holds a fixture's place in the tab bar until its FixtureTab is built."""

    def __init__(self, fixture_id: str, parent=None) -> None:
        super().__init__(parent)
        self.fixture_id = fixture_id


class FixtureTabs(QTabWidget):
    """Keeps one tab per fixture of the plan, in kickoff order, titles up to date."""

    currentFixtureChanged = Signal(object)  # fixture id or None
    editRequested = Signal(str)  # a tab was double-clicked: edit that fixture
    matchPlayedRequested = Signal(str)  # a tab's "Match played…" button
    reopenRequested = Signal(str)  # a played tab's "Reopen" button
    copyLineupRequested = Signal(str)  # a tab's "Copy lineup from…" button

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fixtureTabs")
        self.setDocumentMode(True)
        self.setMovable(False)
        self.session = session
        self.show_played_weeks = False  # tabs of past weeks' played fixtures are put away
        self._tabs: dict[str, FixtureTab | _PendingTab] = {}
        self.empty = QLabel(
            tr("No fixtures yet.\nAdd one from Plan > Add fixture…, or open a plan."), self
        )
        self.empty.setObjectName("noFixtures")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)  # drawn in the palette's quiet, disabled text colour
        self.currentChanged.connect(self._current_changed)
        self.tabBarDoubleClicked.connect(self._double_clicked)
        session.planChanged.connect(self._plan_changed)
        session.planReplaced.connect(self.rebuild)
        self.rebuild()

    def set_show_played_weeks(self, show: bool) -> None:
        """Show or put away the tabs of past weeks' played fixtures."""
        self.show_played_weeks = show
        self.rebuild()

    def fixture_id(self) -> str | None:
        """The fixture on screen."""
        tab = self.currentWidget()
        return getattr(tab, "fixture_id", None) if tab is not None else None

    def tab(self, fixture_id: str) -> FixtureTab | None:
        """The fixture's tab, built now if it has not been on screen yet."""
        tab = self._tabs.get(fixture_id)
        return self._built(tab) if tab is not None else None

    def show_fixture(self, fixture_id: str) -> QWidget | None:
        tab = self.tab(fixture_id)
        if tab is not None:
            self.setCurrentWidget(tab)
        return tab

    def _current_changed(self, index: int) -> None:
        tab = self.widget(index)
        if isinstance(tab, _PendingTab):
            self._built(tab)
        self.currentFixtureChanged.emit(self.fixture_id())

    def _built(self, tab: FixtureTab | _PendingTab) -> FixtureTab:
        """Swap a placeholder for the fixture's real tab, at the same place in the bar."""
        if not isinstance(tab, _PendingTab):
            return tab
        built = FixtureTab(self.session, tab.fixture_id, self)
        built.matchPlayedRequested.connect(self.matchPlayedRequested)
        built.reopenRequested.connect(self.reopenRequested)
        built.copyLineupRequested.connect(self.copyLineupRequested)
        self._tabs[tab.fixture_id] = built
        index = self.indexOf(tab)
        if index >= 0:
            current = self.currentIndex()
            text, tip = self.tabText(index), self.tabToolTip(index)
            self.blockSignals(True)
            self.removeTab(index)
            self.insertTab(index, built, text)
            self.setTabToolTip(index, tip)
            self.setCurrentIndex(current)
            self.blockSignals(False)
        shiboken6.delete(tab)
        return built

    def _plan_changed(self, change: PlanChange) -> None:
        if change.kind in (ChangeKind.FIXTURE, ChangeKind.RESET, ChangeKind.PLAYED):
            self.rebuild()

    def rebuild(self) -> None:
        """Match the tabs to the plan's fixtures, keeping the fixture on screen."""
        current = self.fixture_id()
        fixtures = self.session.plan.fixtures
        wanted = [f.id for f in fixtures]
        stale = [f for f in self._tabs if f not in wanted]
        kept = [self._tabs[f] for f in wanted if f in self._tabs]
        self.blockSignals(True)
        if current in stale and kept:
            self.setCurrentWidget(kept[0])  # never let Qt show a gone fixture's tab
        for fixture_id in sorted(stale, key=lambda f: f == self.fixture_id()):
            self._retire(self._tabs.pop(fixture_id))
        self.blockSignals(False)
        if [getattr(self.widget(i), "fixture_id", None) for i in range(self.count())] != wanted:
            self.blockSignals(True)
            while self.count():
                self.removeTab(0)
            for fixture_id in wanted:
                tab = self._tabs.get(fixture_id) or _PendingTab(fixture_id, self)
                self._tabs[fixture_id] = tab
                self.addTab(tab, "")
            self.blockSignals(False)
        put_away = set() if self.show_played_weeks else archived(self.session.plan)
        for i, fixture in enumerate(fixtures):
            title = fixture_tab_title(fixture)
            played = self.session.plan.is_played(fixture.id)
            self.setTabText(i, tr("✓ {0} (played)").format(title) if played else title)
            self.setTabToolTip(i, _tab_tooltip(fixture))
            self.setTabVisible(i, fixture.id not in put_away)
        on_screen = current
        if current in put_away:  # its tab was just put away: the first one on show instead
            on_screen = next((f.id for f in fixtures if f.id not in put_away), current)
        if on_screen in self._tabs:
            self.setCurrentWidget(self._tabs[on_screen])
        if self.currentIndex() >= 0:
            # the tab on screen is never a placeholder
            self._built(cast(FixtureTab | _PendingTab, self.currentWidget()))
        self.empty.setVisible(not fixtures)
        if self.fixture_id() != current:
            self.currentFixtureChanged.emit(self.fixture_id())

    def _double_clicked(self, index: int) -> None:
        fixture_id = getattr(self.widget(index), "fixture_id", None)
        if fixture_id is not None:
            self.editRequested.emit(fixture_id)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty.setGeometry(self.rect())

    def _retire(self, tab: FixtureTab | _PendingTab) -> None:
        """Delete a gone fixture's tab at once, so it hears no more about the plan."""
        self.removeTab(self.indexOf(tab))
        shiboken6.delete(tab)


def _tab_tooltip(fixture: Fixture) -> str:
    return tr("{0}, {1:%H:%M}, {2}; importance {3}/5").format(
        fixture.rules.name,
        fixture.kickoff,
        fixture.venue or tr("venue not set"),
        fixture.importance,
    )
