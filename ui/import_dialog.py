"""File > Import…: preview a spreadsheet, check the column mapping, see skipped rows, then
review near-miss names (same player / new player / skip), import.

Reading, checking and finding near-miss names run in the thread pool so the window keeps
painting; the dialog only produces an ImportResult and MergeOptions. The main window merges
them (planner.importing.merge_import) as one undoable step:

    dialog = ImportDialog(path, window, plan)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result() is not None:
        merge_import(plan, dialog.result(), dialog.merge_options())
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.importing import (
    FIELDS,
    ImportResult,
    Mapping,
    MergeOptions,
    NearMatch,
    Table,
    detect_mapping,
    import_table,
    near_misses,
    read_table,
)
from planner.importing.cells import text
from planner.importing.loadcells import MEASURES
from planner.plan import Plan
from ui.name_review import NameReview
from ui.wording import error_text, worded

PREVIEW_ROWS = 200
LOAD_FIELDS = ("duration", *MEASURES)
NO_PARENT = QModelIndex()
HEADER_BACKGROUND = QColor("#DDEBF7")
SKIPPED_FOREGROUND = QColor("#757575")
ERROR_STYLE = "color: #C62828"


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def field_labels() -> dict[str, str]:
    """What each field is called in the mapping combo boxes ('' ignores the column)."""
    return {
        "": tr("(not imported)"),
        "player": tr("Player name"),
        "id": tr("Player id"),
        "number": tr("Shirt number"),
        "position": tr("Position(s)"),
        "status": tr("Status"),
        "rating": tr("Rating"),
        "birth_date": tr("Date of birth"),
        "notes": tr("Notes"),
        "yellow_cards": tr("Yellow cards"),
        "date": tr("Date (match or session)"),
        "minutes": tr("Minutes"),
        "competition": tr("Competition"),
        "opponent": tr("Opponent"),
        "match": tr("Minutes in this match"),
        "session": tr("Session title"),
        "drill": tr("Drill or period"),
        "session_kind": tr("Session type"),
        "duration": tr("Duration"),
        "rpe": tr("RPE (0-10)"),
        "total_distance": tr("Total distance"),
        "hsr": tr("High-speed running"),
        "sprint_distance": tr("Sprint distance"),
        "accelerations": tr("Accelerations"),
        "player_load": tr("Player load"),
    }


class _JobSignals(QObject):
    progress = Signal(int, int, int)  # generation, done, total
    done = Signal(int, object, object)  # generation, value, error


class _Job(QRunnable):
    """work(report) in the thread pool; the outcome comes back as signals to the GUI thread."""

    def __init__(self, generation: int, work: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self.generation, self.work = generation, work
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            value = self.work(lambda done, total: self.signals.progress.emit(
                self.generation, done, total))  # fmt: skip
        except PlannerError as error:
            self.signals.done.emit(self.generation, None, error)
        else:
            self.signals.done.emit(self.generation, value, None)


class PreviewModel(QAbstractTableModel):
    """The first rows of the sheet as the file has them; header rows shaded, skipped rows grey."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._mapping: Mapping = {}
        self._skipped: dict[int, str] = {}
        self._width = 0

    def show(self, table: Table | None, mapping: Mapping, skipped: dict[int, str]) -> None:
        self.beginResetModel()
        self._table, self._mapping, self._skipped = table, dict(mapping), dict(skipped)
        rows = table.rows[:PREVIEW_ROWS] if table else []
        self._width = max((len(r) for r in rows), default=0)
        if table:
            self._width = max(self._width, len(table.columns))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return min(len(self._table.rows), PREVIEW_ROWS)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        cells = self._table.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(cells[column]) if column < len(cells) else ""
        in_header = self._table.header_start <= row <= self._table.header_end
        if role == Qt.ItemDataRole.BackgroundRole and in_header:
            return QBrush(HEADER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row + 1 in self._skipped:
            return QBrush(SKIPPED_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and row + 1 in self._skipped:
            return tr("Skipped: {0}").format(self._skipped[row + 1])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        letter = _column_letter(section)
        field = self._mapping.get(section, "")
        return f"{letter}\n{field_labels()[field]}" if field else letter


class ImportDialog(QDialog):
    """Shows what a spreadsheet holds and lets the staff fix the column mapping before import."""

    ready = Signal()
    """Emitted each time a read or a re-check of the mapping has finished (or failed)."""

    def __init__(
        self, path: str | Path, parent: QWidget | None = None, plan: Plan | None = None
    ) -> None:
        """plan: the plan the import goes into; with it, near-miss names are reviewed before
        Import (the plan is only read)."""
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.path = Path(path)
        self._plan = plan
        self.setWindowTitle(tr("Import {0}").format(self.path.name))
        self._table: Table | None = None
        self._result: ImportResult | None = None
        self._generation = 0
        self._jobs: dict[int, tuple[_Job, Callable[[Any], None]]] = {}

        self.sheet_picker = QComboBox(objectName="sheetPicker")
        self.sheet_picker.setToolTip(tr("The sheet to import"))
        self.sheet_picker.activated.connect(lambda _: self._read(self.sheet_picker.currentText()))
        self.found = QLabel(objectName="foundLabel")
        self.found.setWordWrap(True)
        self.progress = QProgressBar(objectName="progress")
        self.progress.setTextVisible(False)
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView(objectName="preview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setMaximumSectionSize(220)
        self.preview_model.modelReset.connect(self.preview.resizeColumnsToContents)
        self.mapping_table = QTableWidget(0, 2, objectName="mappingTable")
        self.mapping_table.setHorizontalHeaderLabels([tr("Column in the file"), tr("Holds")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_table.verticalHeader().hide()
        self.combos: dict[int, QComboBox] = {}
        self.skipped = QListWidget(objectName="skippedList")
        self.notes = QListWidget(objectName="notesList")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.back_button = self.buttons.addButton(
            tr("&Back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.back_button.setObjectName("backButton")
        self.back_button.hide()
        self.back_button.clicked.connect(self._back)
        self.buttons.accepted.connect(self._go_on)
        self.buttons.rejected.connect(self.reject)
        self.review = NameReview()

        top = QFormLayout()
        top.addRow(tr("File"), QLabel(str(self.path)))
        top.addRow(tr("&Sheet"), self.sheet_picker)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(tr("Columns (change what a column holds if needed)")))
        side_layout.addWidget(self.mapping_table, 4)
        side_layout.addWidget(QLabel(tr("Rows that will be skipped, and why")))
        side_layout.addWidget(self.skipped, 1)
        side_layout.addWidget(QLabel(tr("Notes")))
        side_layout.addWidget(self.notes, 1)
        splitter = QSplitter()
        splitter.addWidget(self.preview)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.pages = QStackedWidget(objectName="importPages")
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.review)
        status = QHBoxLayout()
        status.addWidget(self.found, 1)
        status.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        self._read(None)

    # -- public API --------------------------------------------------------------------------
    def result(self) -> ImportResult | None:  # type: ignore[override]
        """What the import found under the current mapping; None until it has been read."""
        return self._result

    def table(self) -> Table | None:
        """The sheet as read, with its header located."""
        return self._table

    def mapping(self) -> Mapping:
        """The column mapping as the combo boxes show it now."""
        mapping = {}
        for index, combo in self.combos.items():
            field = combo.currentData()
            if field:
                mapping[index] = field
        return mapping

    def set_field(self, column: int, field: str) -> None:
        """Say what a column holds ('' to leave it out), as choosing in its combo box does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def busy(self) -> bool:
        """Whether a read, a check or the search for near-miss names is still running."""
        return bool(self._jobs)

    def reviewing(self) -> bool:
        """Whether the review of near-miss names is on screen."""
        return self.pages.currentWidget() is self.review

    def merge_options(self) -> MergeOptions:
        """How to merge: the choices made for near-miss names (none before the review)."""
        return MergeOptions(names=self.review.choices() if self.reviewing() else {})

    # -- the review step ---------------------------------------------------------------------
    def _go_on(self) -> None:
        """Import: first review the near-miss names, if there are any."""
        plan, result = self._plan, self._result
        if plan is None or result is None or self.reviewing():
            self.accept()
            return
        self._start(lambda report: near_misses(plan, result), self._review)

    def _review(self, misses: list[NearMatch]) -> None:
        self.import_button.setEnabled(True)
        if not misses:
            self.accept()
            return
        self.review.show_names(misses)
        self.pages.setCurrentWidget(self.review)
        self.sheet_picker.setEnabled(False)
        self.back_button.show()
        self.review.combos(0)[1].setFocus()

    def _back(self) -> None:
        self.pages.setCurrentIndex(0)
        self.back_button.hide()
        table = self._table
        self.sheet_picker.setEnabled(table is not None and len(table.sheets) > 1)

    # -- work in the background ------------------------------------------------------------
    def _read(self, sheet: str | None) -> None:
        path = self.path
        self._start(lambda report: _read_and_check(path, sheet, report), self._show_table)

    def _recheck(self) -> None:
        table, mapping = self._table, self.mapping()
        if table is not None:
            self._start(lambda report: (table, import_table(table, mapping, report)), self._show)

    def _start(self, work: Callable, on_done: Callable[[Any], None]) -> None:
        self._generation += 1
        job = _Job(self._generation, work)
        # bound methods, not lambdas: Qt then queues the calls to this dialog's (GUI) thread
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(self._on_done)
        self._jobs[self._generation] = (job, on_done)
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first row count comes in
        self.progress.show()
        QThreadPool.globalInstance().start(job)

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_done(self, generation: int, value: Any, error: Any) -> None:
        _, on_done = self._jobs.pop(generation)
        if generation == self._generation:
            self.progress.hide()
            if error is not None:
                self._show_error(error)
            else:
                on_done(value)
        self.ready.emit()

    # -- showing outcomes ------------------------------------------------------------------
    def _show_table(self, value: tuple[Table, ImportResult | PlannerError]) -> None:
        table, outcome = value
        self._table = table
        self.sheet_picker.blockSignals(True)
        self.sheet_picker.clear()
        self.sheet_picker.addItems(list(table.sheets) or [tr("(text file: one table)")])
        if table.sheet:
            self.sheet_picker.setCurrentText(table.sheet)
        self.sheet_picker.setEnabled(len(table.sheets) > 1)
        self.sheet_picker.blockSignals(False)
        mapping = outcome.mapping if isinstance(outcome, ImportResult) else detect_mapping(table)
        self._fill_mapping(table, mapping)
        if isinstance(outcome, ImportResult):
            self._show((table, outcome))
        else:
            self.preview_model.show(table, mapping, {})
            self._show_error(outcome)

    def _fill_mapping(self, table: Table, mapping: Mapping) -> None:
        self.mapping_table.setRowCount(0)
        self.combos = {}
        labels = field_labels()
        for column in table.columns:
            if not column.label and column.index not in mapping:
                continue
            row = self.mapping_table.rowCount()
            self.mapping_table.insertRow(row)
            name = f"{_column_letter(column.index)}  {column.title}"
            self.mapping_table.setCellWidget(row, 0, QLabel(name))
            combo = QComboBox(objectName=f"mapping{column.index}")
            for field in ("", *FIELDS):
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(combo.findData(mapping.get(column.index, "")))
            combo.currentIndexChanged.connect(lambda _: self._recheck())
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[column.index] = combo
        self.mapping_table.resizeColumnToContents(1)

    def _show(self, value: tuple[Table, ImportResult]) -> None:
        table, result = value
        self._result = result
        skipped = {s.row: worded(s.reason) for s in result.skipped}
        self.preview_model.show(table, result.mapping, skipped)
        self.skipped.clear()
        self.skipped.addItems(
            [tr("Row {0}: {1}").format(row, reason) for row, reason in skipped.items()]
        )
        self.notes.clear()
        self.notes.addItems([worded(w) for w in result.warnings])
        self.found.setText(_found_text(result))
        self.error.clear()
        self.import_button.setEnabled(True)

    def _show_error(self, error: PlannerError) -> None:
        self._result = None
        self.found.clear()
        self.error.setText(error_text(error))
        self.import_button.setEnabled(False)
        self._point_at(getattr(error, "row", None), getattr(error, "column", None))

    def _point_at(self, row: int | None, column: str | None) -> None:
        """Select and show the cell an error names, so the staff see what to fix."""
        if self._table is None or row is None or row > PREVIEW_ROWS:
            return
        index = next((c.index for c in self._table.columns if c.title == column), 0)
        cell = self.preview_model.index(row - 1, index)
        self.preview.setCurrentIndex(cell)
        self.preview.scrollTo(cell)


def _found_text(result: ImportResult) -> str:
    """What the sheet was recognised as, and what it holds."""
    if result.kind != "load":
        return tr("Found {0} players, {1} appearances and {2} yellow cards.").format(
            len(result.players),
            len(result.appearances),
            sum(c.count for c in result.yellow_cards),
        )
    labels = field_labels()
    measures = [labels[f] for f in dict.fromkeys(result.mapping.values()) if f in LOAD_FIELDS]
    sessions = result.sessions
    return tr(
        "Load log: {0} sessions of {1} players ({2} summed from drill rows); columns read: {3}."
    ).format(
        len(sessions),
        len(result.players),
        int((sessions["drills"] > 1).sum()),
        ", ".join(measures),
    )


def _read_and_check(
    path: Path, sheet: str | None, report: Callable[[int, int], None]
) -> tuple[Table, ImportResult | PlannerError]:
    """Read the sheet, then import it with the detected mapping. A mapping problem comes back
    with the table (the staff can fix it in the dialog); a file problem is raised."""
    table = read_table(path, sheet)
    try:
        return table, import_table(table, None, report)
    except PlannerError as error:
        return table, error


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
