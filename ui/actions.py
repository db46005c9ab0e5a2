"""The window's actions, menus and toolbar (standard shortcuts, icons, status tips)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui.language import language_menu
from ui.theme import icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Key = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def themed(name: str) -> QIcon:
    """The desktop's icon for a freedesktop name ("edit-undo"), else the app's own
    (ui/icons/action-undo.svg)."""
    return QIcon.fromTheme(name, icon(f"action-{name.split('-')[1]}"))


class Actions:
    """Every QAction of the main window, by attribute (each has objectName 'action<Name>')."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w, files, tasks, editor = window, window.files, window.tasks, window.editor
        self.new = self._make("New", tr("&New"), files.new, Key.New, themed("document-new"))
        self.open = self._make(
            "Open", tr("&Open…"), lambda: files.open(), Key.Open, themed("document-open")
        )
        self.save = self._make("Save", tr("&Save"), files.save, Key.Save, themed("document-save"))
        self.save_as = self._make("SaveAs", tr("Save &As…"), files.save_as, Key.SaveAs)
        self.import_ = self._make(
            "Import", tr("&Import…"), lambda: tasks.import_file(), None, icon("action-import"),
            tr("Load players and past minutes from a spreadsheet (xlsx, xls, ods, csv)"),
        )  # fmt: skip
        self.export_excel = self._make(
            "ExportExcel", tr("&Export to Excel…"), lambda: tasks.export_excel(),
            QKeySequence("Ctrl+E"), icon("action-export-excel"),
            tr("Write print-ready rotation sheets to an Excel workbook"),
        )  # fmt: skip
        self.export_players = self._make(
            "ExportPlayers", tr("Export with &players' sheets…"),
            lambda: tasks.export_excel(players_sheets=True), QKeySequence("Ctrl+Shift+E"), None,
            tr("The rotation workbook plus a large-type sheet per fixture for the dressing-room "
               "wall: XI, bench and substitutions, no readiness or medical status"),
        )  # fmt: skip
        self.quit = self._make("Quit", tr("&Quit"), w.close, Key.Quit)
        stack = window.session.undo_stack
        self.undo = stack.createUndoAction(w, tr("&Undo"))
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcuts(Key.Undo)
        self.undo.setIcon(themed("edit-undo"))
        # the toolbar button keeps a short label (the tooltip and Edit menu name the edit), so
        # the toolbar is not laid out again and repainted after every edit
        self.undo.setIconText(tr("Undo"))
        self.redo = stack.createRedoAction(w, tr("&Redo"))
        self.redo.setObjectName("actionRedo")
        # Ctrl+Y as well as the platform's key (Ctrl+Shift+Z on Linux): the Windows/Excel habit
        redo_keys, ctrl_y = QKeySequence.keyBindings(Key.Redo), QKeySequence("Ctrl+Y")
        self.redo.setShortcuts(redo_keys if ctrl_y in redo_keys else [*redo_keys, ctrl_y])
        self.redo.setIcon(themed("edit-redo"))
        self.redo.setIconText(tr("Redo"))
        self.find_player = self._make(
            "FindPlayer", tr("&Find player"), w.find_player, Key.Find, None,
            tr("Search the squad list by name or number"),
        )  # fmt: skip
        self.add_player = self._make("AddPlayer", tr("Add &player…"), editor.add_player)
        self.edit_player = self._make(
            "EditPlayer", tr("&Edit player…"), w.edit_selected_player, None, None,
            tr("Edit the player selected in the squad list"),
        )  # fmt: skip
        self.remove_player = self._make(
            "RemovePlayer", tr("&Remove player"), w.remove_selected_player
        )
        self.add_fixture = self._make("AddFixture", tr("Add &fixture…"), editor.add_fixture)
        self.edit_fixture = self._make(
            "EditFixture", tr("Edit fi&xture…"), w.edit_current_fixture, None, None,
            tr("Date, kickoff, opponent, competition, venue, importance and formation"),
        )  # fmt: skip
        self.fixture_rules = self._make(
            "FixtureRules", tr("Fixture r&ules…"), w.edit_current_rules, None, None,
            tr("Substitutions, windows, extra time, stoppage time and card bans of this fixture"),
        )  # fmt: skip
        self.remove_fixture = self._make(
            "RemoveFixture", tr("Remo&ve fixture"), w.remove_current_fixture
        )
        self.match_played = self._make(
            "MatchPlayed", tr("&Match played…"), w.record_current_fixture, None, None,
            tr("Record what happened in this fixture: starters, substitutions, cards, injuries"),
        )  # fmt: skip
        self.reopen = self._make(
            "Reopen", tr("Re&open fixture"), w.reopen_current_fixture, None, None,
            tr("Make this played fixture planned again, to edit its lineup"),
        )  # fmt: skip
        self.next_week = self._make(
            "NextWeek", tr("&Next week…"), editor.next_week, None, None,
            tr("Add the next fixtures, a week after the last ones: dates, opponents, competitions"),
        )  # fmt: skip
        self.copy_lineup = self._make(
            "CopyLineup", tr("&Copy lineup from…"), w.copy_lineup_to_current, None, None,
            tr("Start this fixture from another one's lineup (a played one's XI and bench)"),
        )  # fmt: skip
        self.model_settings = self._make(
            "ModelSettings", tr("Mo&del settings…"), editor.model_settings, None, None,
            tr("Readiness thresholds and the fatigue model's parameters"),
        )  # fmt: skip
        self.training_week = self._make(
            "TrainingWeek", tr("&Training week…"), editor.training_week, None, None,
            tr("The sessions planned between the fixtures, counted in readiness"),
        )  # fmt: skip
        self.suggest = self._make(
            "Suggest", tr("&Suggest rotation"), tasks.suggest, QKeySequence("Ctrl+R"),
            icon("action-suggest"),
            tr("Find the lineups that keep the best players fresh for the games that matter"),
        )  # fmt: skip
        self.restore_layout = self._make(
            "RestoreLayout", tr("&Restore layout"), w.restore_layout, None, None,
            tr("Put every panel back where it started"),
        )  # fmt: skip
        self.about = self._make("About", tr("&About Squad Planner"), w.about)
        self.show_played_weeks = self._make(
            "ShowPlayedWeeks", tr("Show &played weeks"), w.show_played_weeks, None, None,
            tr("Show the tabs of past weeks' played matches (readiness always counts them)"),
        )  # fmt: skip
        self.show_played_weeks.setCheckable(True)
        self.show_played_weeks.setChecked(w.tabs.show_played_weeks)
        self.recent_menu = QMenu(tr("Open &Recent"), w)
        self.recent_menu.setObjectName("menuRecent")
        files.recentChanged.connect(self.fill_recent)
        self.fill_recent(files.recent())

    def _make(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        action_icon: QIcon | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action{name}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        if action_icon is not None:
            action.setIcon(action_icon)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def fill_recent(self, paths: list[str]) -> None:
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.window.files.open(p))
        self.recent_menu.setEnabled(bool(paths))

    def build_menus(self) -> None:
        """File, Edit, View, Plan and Help menus, and the toolbar."""
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.new, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.import_, self.export_excel, self.export_players])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_player)
        view_menu = bar.addMenu(tr("&View"))
        view_menu.setObjectName("menuView")
        for dock in w.docks():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.restore_layout)
        view_menu.addAction(self.show_played_weeks)
        view_menu.addMenu(language_menu(w, w.settings))
        plan_menu = bar.addMenu(tr("&Plan"))
        plan_menu.setObjectName("menuPlan")
        plan_menu.addActions([self.add_player, self.edit_player, self.remove_player])
        plan_menu.addSeparator()
        plan_menu.addActions(
            [self.add_fixture, self.edit_fixture, self.fixture_rules, self.remove_fixture]
        )
        plan_menu.addActions([self.match_played, self.reopen])
        plan_menu.addActions([self.next_week, self.copy_lineup])
        plan_menu.addSeparator()
        plan_menu.addActions([self.training_week, self.model_settings, self.suggest])
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.about)

        toolbar = QToolBar(tr("Main toolbar"), w)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.suggest, self.export_excel])
        w.addToolBar(toolbar)
