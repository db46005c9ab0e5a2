"""The main window: fixture tabs in the centre, squad, readiness, minutes and problems docks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMainWindow,
    QTabBar,
    QTableView,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from planner import BENCH, Plan
from ui.actions import Actions
from ui.editing import PlanEditor
from ui.file_drops import FileDrops
from ui.file_watch import FileWatch
from ui.files import PlanFiles
from ui.fixture_tabs import FixtureTabs
from ui.problems import ProblemsView
from ui.readiness import ReadinessPanel
from ui.session import PlanSession
from ui.settings import SHOW_PLAYED_WEEKS, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from ui.squad.view import SquadPanel
from ui.tables.view import table_view
from ui.tasks import PlanTasks

if TYPE_CHECKING:
    from ui.tables.minutes import MinutesModel

STATUS_SECONDS = 6
DOCK_MINIMUM_WIDTH = 300  # the squad and readiness docks, so the window fits 1280 x 800
SQUAD_WIDTH, READINESS_WIDTH = 470, 480  # wide enough to show all their columns
SIDE_BY_SIDE_WIDTH = 1440  # room for both beside the pitch; a narrower window tabs them
PROBLEMS_HEIGHT = 150  # five problems; less on a short screen, where the pitch needs it
PROBLEMS_SHARE = 0.15
TABLE_MARGINS = (4, 4, 4, 4)  # a table dock's, the same as the panels with filters


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Squad Planner's window on one PlanSession."""

    # the menus' actions by name; hides QWidget.actions(), which nothing here calls
    actions: Actions  # type: ignore[assignment]

    def __init__(self, session: PlanSession, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session, self.settings = session, settings
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self.tabs = FixtureTabs(session, self)
        self.tabs.set_show_played_weeks(settings.get(SHOW_PLAYED_WEEKS))
        self.setCentralWidget(self.tabs)
        self.squad = SquadPanel(session, self)
        self.minutes_panel = QWidget(self)  # holds the Minutes table once it is built
        self._minutes_layout = QVBoxLayout(self.minutes_panel)
        self._minutes_layout.setContentsMargins(*TABLE_MARGINS)
        self._minutes: tuple[MinutesModel, QTableView] | None = None
        self.readiness = ReadinessPanel(session, self)
        self.readiness.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.fatigue_model, self.fatigue_table = self.readiness.model, self.readiness.table
        self.problems = ProblemsView(session, self)
        self.history = QUndoView(session.undo_stack, self)
        self.history.setObjectName("editHistory")
        self.history.setEmptyLabel(tr("Plan as opened"))

        area = Qt.DockWidgetArea
        self.squad_dock = self._dock("squadDock", tr("Squad"), self.squad, area.LeftDockWidgetArea)
        self.readiness_dock = self._dock(
            "readinessDock", tr("Readiness"), self.readiness, area.RightDockWidgetArea
        )
        self.squad_dock.setMinimumWidth(DOCK_MINIMUM_WIDTH)
        self.readiness_dock.setMinimumWidth(DOCK_MINIMUM_WIDTH)
        self.minutes_dock = self._dock(
            "minutesDock", tr("Minutes"), self.minutes_panel, area.RightDockWidgetArea
        )
        self.minutes_dock.visibilityChanged.connect(lambda shown: shown and self.minutes_table)
        self.problems_dock = self._dock(
            "problemsDock", tr("Problems"), self.problems, area.BottomDockWidgetArea
        )
        self.history_dock = self._dock(
            "historyDock", tr("Edit history"), self.history, area.BottomDockWidgetArea
        )

        self.files = PlanFiles(self, session, settings)
        self.file_watch = FileWatch(self.files, self)
        self.tasks = PlanTasks(self, session, settings)
        self.editor = PlanEditor(self, session)
        self.actions = Actions(self)
        self.actions.build_menus()
        self.file_drops = FileDrops(self)
        self.problem_count = QLabel(self, objectName="problemCount")
        self.statusBar().addPermanentWidget(self.problem_count)
        self._default_state = self.saveState()
        # Tab from the squad list to the fixture on screen, then on to readiness
        QWidget.setTabOrder(self.squad.view, self.tabs)

        session.statusMessage.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_SECONDS * 1000)
        )
        session.pathChanged.connect(self._update_title)
        session.undo_stack.cleanChanged.connect(self._show_clean)
        session.planChanged.connect(self._count_problems)
        session.planReplaced.connect(self._count_problems)
        self.tabs.currentFixtureChanged.connect(self._fixture_changed)
        self.tabs.editRequested.connect(self.editor.edit_fixture)
        self.tabs.matchPlayedRequested.connect(self.editor.match_played)
        self.tabs.reopenRequested.connect(self.editor.reopen)
        self.tabs.copyLineupRequested.connect(self.editor.copy_lineup)
        session.planChanged.connect(lambda _change: self._enable_played_actions())
        session.planReplaced.connect(self._enable_played_actions)
        self.squad.playerSelected.connect(self.readiness.show_player)
        self.squad.editRequested.connect(self.editor.edit_player)
        session.playerEditRequested.connect(self.editor.edit_player)
        self.squad.removeRequested.connect(self.editor.remove_player)
        self.problems.problemActivated.connect(self.show_problem)
        self._fixture_changed(self.tabs.fixture_id())
        self._update_title()
        self._count_problems()

    # -- public ------------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        """The plan being edited."""
        return self.session.plan

    @property
    def current_fixture_id(self) -> str | None:
        """The fixture whose tab is on screen."""
        return self.tabs.fixture_id()

    @property
    def minutes_table(self) -> QTableView:
        """The Minutes table, built when its dock first comes on screen or it is asked for."""
        return self._built_minutes()[1]

    @property
    def minutes_model(self) -> MinutesModel:
        return self._built_minutes()[0]

    def docks(self) -> list[QDockWidget]:
        return [
            self.squad_dock,
            self.readiness_dock,
            self.minutes_dock,
            self.problems_dock,
            self.history_dock,
        ]

    def restore_settings(self) -> None:
        """Window geometry and dock layout as the user left them."""
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(WINDOW_STATE)
        if state.isEmpty() or not self.restoreState(state):
            self._arrange_docks()

    def restore_layout(self) -> None:
        """Every dock back to where it started, shown."""
        self.restoreState(self._default_state)
        for dock in self.docks():
            dock.setVisible(dock is not self.history_dock)
        self._arrange_docks()
        if self.isVisible():
            self._hide_stray_tab_bars()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._hide_stray_tab_bars)  # once the docks are laid out

    def _hide_stray_tab_bars(self) -> None:
        """Qt leaves on screen the tab bars of dock groups laid out before (at another window
        size, or elsewhere; seen over the pitch): keep only the bar right under each group of
        tabbed docks, as wide as it and with its titles."""
        if (layout := self.layout()) is not None:
            layout.activate()
        live = set()
        for dock in self.docks():
            group = [dock, *self.tabifiedDockWidgets(dock)]
            if dock.isVisible() and len(group) > 1:
                place = dock.geometry()
                titles = frozenset(d.windowTitle() for d in group)
                live.add((place.left(), place.bottom() + 1, place.width(), titles))
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            place = bar.geometry()
            titles = frozenset(bar.tabText(i) for i in range(bar.count()))
            if (place.left(), place.top(), place.width(), titles) not in live:
                bar.hide()

    def show_problem(self, problem) -> None:
        """Bring a problem's fixture to the front and select its slot or player."""
        if problem is None:
            return
        tab = self.tabs.show_fixture(problem.fixture_id) if problem.fixture_id else None
        if problem.player_id:
            self.squad.select_player(problem.player_id)
        if tab is None:
            return
        if problem.slot and problem.slot != BENCH and hasattr(tab, "select_slot"):
            tab.select_slot(problem.slot)
        elif problem.player_id and hasattr(tab, "select_player"):
            tab.select_player(problem.player_id)

    def find_player(self) -> None:
        """Bring the squad list forward and put the cursor in its search, text selected."""
        self.squad_dock.show()
        self.squad_dock.raise_()
        self.squad.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.squad.search.selectAll()

    def edit_selected_player(self) -> None:
        player_id = self._selected_player()
        if player_id:
            self.editor.edit_player(player_id)

    def remove_selected_player(self) -> None:
        player_id = self._selected_player()
        if player_id:
            self.editor.remove_player(player_id)

    def edit_current_fixture(self) -> None:
        if self.current_fixture_id:
            self.editor.edit_fixture(self.current_fixture_id)

    def edit_current_rules(self) -> None:
        if self.current_fixture_id:
            self.editor.edit_rules(self.current_fixture_id)

    def record_current_fixture(self) -> None:
        if self.current_fixture_id and not self.plan.is_played(self.current_fixture_id):
            self.editor.match_played(self.current_fixture_id)

    def copy_lineup_to_current(self) -> None:
        if self.current_fixture_id:
            self.editor.copy_lineup(self.current_fixture_id)

    def reopen_current_fixture(self) -> None:
        if self.current_fixture_id:
            self.editor.reopen(self.current_fixture_id)

    def remove_current_fixture(self) -> None:
        if self.current_fixture_id:
            self.editor.remove_fixture(self.current_fixture_id)

    def show_played_weeks(self) -> None:
        """View > Show played weeks: the tabs of past weeks' played matches on or off (saved;
        the readiness table and chart always span them)."""
        show = self.actions.show_played_weeks.isChecked()
        self.settings.set(SHOW_PLAYED_WEEKS, show)
        self.tabs.set_show_played_weeks(show)

    def about(self) -> None:
        from ui.about import about_box  # loaded when first needed, not at start

        about_box(self).exec()

    # -- internals ---------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if isinstance(widget, QAbstractItemView):  # the same margin as the panels with filters
            frame = QWidget(dock)
            layout = QVBoxLayout(frame)
            layout.addWidget(widget)
            layout.setContentsMargins(*TABLE_MARGINS)
            widget = frame
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        tips = {  # Qt's title-bar buttons are icons only and come without a tooltip
            "qt_dockwidget_floatbutton": tr(
                "Undock into its own window (double-click the title bar to dock it again)"
            ),
            "qt_dockwidget_closebutton": tr("Close this panel (View brings it back)"),
        }
        for button in dock.findChildren(QAbstractButton):
            if button.objectName() in tips:
                button.setToolTip(tips[button.objectName()])
        # a dock behind another's tab stays "visible" off-screen: keep Tab out of it
        dock.visibilityChanged.connect(widget.setEnabled)
        return dock

    def _built_minutes(self) -> tuple[MinutesModel, QTableView]:
        if self._minutes is None:
            from ui.tables.minutes import MinutesModel

            model = MinutesModel(self.session, self)
            table = table_view("minutesTable", model, self.minutes_panel)
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            table.setTabKeyNavigation(False)
            self._minutes_layout.addWidget(table)
            self._minutes = model, table
        return self._minutes

    def _arrange_docks(self) -> None:
        """Squad on the left and readiness on the right when the window has room for both
        beside the pitch; on a narrower one (a 1280 x 800 laptop) readiness and minutes become
        tabs behind the squad, whose list shows each player's readiness too."""
        # tabified once, in their final places: Qt leaves the tab bar of a group that is
        # tabified again elsewhere on screen, over the pitch
        if self.width() < SIDE_BY_SIDE_WIDTH:
            for dock in (self.readiness_dock, self.minutes_dock):
                self.tabifyDockWidget(self.squad_dock, dock)
        else:
            self.tabifyDockWidget(self.readiness_dock, self.minutes_dock)
        self.tabifyDockWidget(self.problems_dock, self.history_dock)
        for dock in (self.readiness_dock, self.squad_dock, self.problems_dock):
            dock.raise_()  # the squad in front when it shares its place
        self._size_docks()

    def _size_docks(self) -> None:
        self.resizeDocks(
            [self.squad_dock, self.readiness_dock],
            [SQUAD_WIDTH, READINESS_WIDTH],
            Qt.Orientation.Horizontal,
        )
        height = min(PROBLEMS_HEIGHT, round(self.height() * PROBLEMS_SHARE))
        self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)

    def _selected_player(self) -> str | None:
        index = self.squad.view.currentIndex()
        if not index.isValid():
            self.statusBar().showMessage(tr("Select a player in the squad list first."), 4000)
            return None
        from ui.squad.model import PLAYER_ID_ROLE

        return index.data(PLAYER_ID_ROLE)

    def _fixture_changed(self, fixture_id: str | None) -> None:
        self.squad.set_fixture(fixture_id)
        self.problems.set_fixture(fixture_id)
        self.readiness.follow(fixture_id)
        has_fixture = fixture_id is not None
        actions = self.actions
        for action in (actions.edit_fixture, actions.fixture_rules, actions.remove_fixture):
            action.setEnabled(has_fixture)
        self._enable_played_actions()

    def _enable_played_actions(self) -> None:
        """Match played… for a planned fixture, Reopen for a played one."""
        fixture_id = self.current_fixture_id
        played = fixture_id is not None and self.plan.is_played(fixture_id)
        self.actions.match_played.setEnabled(fixture_id is not None and not played)
        self.actions.reopen.setEnabled(played)
        self.actions.copy_lineup.setEnabled(fixture_id is not None and not played)

    def _show_clean(self, clean: bool) -> None:
        # from the signal's flag: the stack also emits it while it is being destroyed
        self.setWindowModified(not clean)

    def _update_title(self, *_: object) -> None:
        path = self.session.path
        name = path.name if path else tr("Untitled")
        self.setWindowTitle(tr("Squad Planner - {0}[*]").format(name))
        self.setWindowFilePath(str(path) if path else "")
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _count_problems(self, *_: object) -> None:
        problems = self.session.problems() if self.plan.fixtures else []
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        text = tr("Errors: {0}, warnings: {1}").format(errors, warnings)
        if text != self.problem_count.text():
            self.problem_count.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.files.discard_recovery()
        event.accept()
