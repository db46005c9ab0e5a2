"""Import, Excel export and the rotation suggestion: long work behind a progress dialog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

# message boxes and file dialogs are imported where they open: start-up does not load them
from PySide6.QtWidgets import QDialog, QWidget

from planner import Plan
from planner.errors import PlannerError
from planner.file_kinds import SPREADSHEET_SUFFIXES
from ui.commands import PlanEdit
from ui.problems import error_lines
from ui.session import PlanSession
from ui.settings import LAST_FOLDER, Settings
from ui.wording import app_language, error_text
from ui.workers import run_with_progress

if TYPE_CHECKING:
    from planner.importing import MergeSummary


def tr(text: str) -> str:
    return QCoreApplication.translate("Tasks", text)


def import_filter() -> str:
    """The import file dialog's filter: every format the importer reads, then any file (it
    goes by content, so a squad saved with another ending still imports)."""
    patterns = " ".join(f"*{suffix}" for suffix in SPREADSHEET_SUFFIXES)
    return ";;".join(
        (tr("Spreadsheets and text tables ({0})").format(patterns), tr("All files (*)"))
    )


class PlanTasks(QObject):
    """The window's long-running actions; each ends with a status message or a clear error."""

    def __init__(self, window: QWidget, session: PlanSession, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.session, self.settings = window, session, settings

    def import_file(self, path: str | Path | None = None) -> bool:
        """Read a squad or minutes spreadsheet, review it (columns, near-miss names), merge it
        as one undoable step."""
        from PySide6.QtWidgets import QFileDialog

        from planner.importing import merge_import
        from ui.import_dialog import ImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, tr("Import squad or minutes"), self.settings.get(LAST_FOLDER),
                import_filter(),
            )  # fmt: skip
            if not path:
                return False

        dialog = ImportDialog(str(path), self.window, self.session.plan)
        with self.session.working(tr("the import")):
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result, options = dialog.result(), dialog.merge_options()
        if not accepted or result is None:
            return False
        summaries = []
        edit = PlanEdit(
            self.session.plan,
            tr("Import {0}").format(Path(path).name),
            lambda plan: summaries.append(merge_import(plan, result, options)),
        )
        self.session.push(edit)  # recorded only if the merge changed the plan
        self.settings.set(LAST_FOLDER, str(Path(path).parent))
        self.session.statusMessage.emit(_merge_text(Path(path).name, summaries[0]))
        return True

    def export_excel(self, path: str | Path | None = None, *, players_sheets: bool = False) -> bool:
        """Write the rotation sheets (and, with players_sheets, each fixture's sheet for the
        dressing-room wall) to an xlsx, in the background, on the system's paper and date
        order. A plan that breaks a rule is written only if the user says so."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if not self._export_despite_errors():
            return False
        if path is None:
            stem = self.session.path.stem if self.session.path else "rotation"
            start = str(Path(self.settings.get(LAST_FOLDER)) / f"{stem}.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self.window, tr("Export to Excel"), start, tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return False
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        from planner.export import PrintLocale, export_excel

        snapshot = self.session.plan.copy()
        territory = QLocale.territoryToCode(QLocale.system().territory())
        locale = replace(PrintLocale.for_territory(territory), language=app_language())

        def work(report) -> None:
            export_excel(
                snapshot,
                path,
                lambda done, total: report(done / max(total, 1)),
                locale=locale,
                players_sheets=players_sheets,
            )

        try:
            run_with_progress(self.window, tr("Writing {0}…").format(path.name), work)
        except (PlannerError, OSError) as exc:
            QMessageBox.warning(self.window, tr("Export failed"), error_text(exc))
            return False
        self.settings.set(LAST_FOLDER, str(path.parent))
        self.session.statusMessage.emit(tr("Exported the rotation sheets to {0}.").format(path))
        return True

    def _export_despite_errors(self) -> bool:
        """True when the plan breaks no rule, or the user chose "Export anyway" after reading
        the errors."""
        from PySide6.QtWidgets import QMessageBox

        errors = [p for p in self.session.problems() if p.severity == "error"]
        if not errors:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Export a plan with errors?"), "",
                          QMessageBox.StandardButton.Cancel, self.window)  # fmt: skip
        box.setObjectName("exportErrorsQuestion")
        box.setText(
            tr("The plan breaks {0} rule(s). Printed sheets would show lineups that cannot "
               "be played as planned.").format(len(errors))
        )  # fmt: skip
        box.setInformativeText("\n".join(error_lines(self.session.plan, errors)))
        export = box.addButton(tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is export

    def suggest(self) -> bool:
        """Find the best rotation, show what changes and why, apply it as one undoable step."""
        from PySide6.QtWidgets import QMessageBox

        from planner.suggest import suggest_with_report
        from ui.dialogs.suggestion import SuggestionDialog

        snapshot = self.session.plan.copy()
        try:
            with self.session.working(tr("the suggestion")):
                suggestion = run_with_progress(
                    self.window,
                    tr("Looking for the best rotation…"),
                    lambda report: suggest_with_report(snapshot),
                )
        except PlannerError as exc:
            QMessageBox.warning(self.window, tr("No rotation found"), error_text(exc))
            return False
        dialog = SuggestionDialog(self.session.plan, suggestion, self.window, session=self.session)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return self.suggest() if dialog.again else False
        suggested: Plan = suggestion.plan

        def apply(plan: Plan) -> None:
            for fixture in plan.fixtures:
                if fixture.id in suggested.lineups:
                    plan.set_lineup(fixture.id, suggested.lineup(fixture.id))

        self.session.push(PlanEdit(self.session.plan, tr("Suggested rotation"), apply))
        self.session.statusMessage.emit(
            tr("Applied the suggested rotation ({0} changes). Undo takes it back.").format(
                len(suggestion.changes)
            )
        )
        return True


def _merge_text(name: str, summary: MergeSummary) -> str:
    if not summary.changed:
        return tr("Imported {0}: the plan already had all of it, nothing changed.").format(name)
    return tr("Imported {0}: {1} players added, {2} updated, {3} appearances added.").format(
        name, len(summary.players_added), len(summary.players_updated), summary.appearances_added
    )
