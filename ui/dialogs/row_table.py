"""A table of editable rows (each cell a widget) with Add and Remove buttons and Del to remove:
the substitutions, cards, injuries and bench of the Match played dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from planner import Plan


def tr(text: str) -> str:
    return QCoreApplication.translate("RowTable", text)


RowFactory = Callable[[Sequence[object] | None], list[QWidget]]


class RowTable(QWidget):
    """Rows of widgets under column titles; make_row builds one row's widgets (from values,
    or blank). changed fires on any edit, added or removed row."""

    changed = Signal()

    def __init__(
        self, name: str, titles: list[str], make_row: RowFactory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._make_row = make_row
        self.table = QTableWidget(0, len(titles), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(tr("Remove the selected row (Del)"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button.clicked.connect(self.remove_current)
        # Del in a minute field deletes a character (the field takes the key first)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: Sequence[object] | None = None, *, focus: bool = False) -> int:
        """Append a row (values, or blank); returns its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        widgets = self._make_row(values)
        for column, widget in enumerate(widgets):
            self.table.setCellWidget(row, column, widget)
            _connect(widget, self.changed.emit)
        if focus and widgets:
            self.table.selectRow(row)
            widgets[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return row

    def current_row(self) -> int:
        """The row whose field has the focus, else the selected one (-1: none)."""
        focus = QApplication.focusWidget()
        for row in range(self.table.rowCount()):
            if any(w is focus or w.isAncestorOf(focus) for w in self.widgets(row) if focus):
                return row
        return self.table.currentRow()

    def remove_current(self) -> None:
        """Remove the row being edited or selected."""
        row = self.current_row()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self.changed.emit()

    def widgets(self, row: int) -> list[QWidget]:
        return [self.table.cellWidget(row, c) for c in range(self.table.columnCount())]

    def row_count(self) -> int:
        return self.table.rowCount()

    def show_row(self, row: int) -> None:
        """Select row (the one a problem names) and scroll to it."""
        self.table.selectRow(row)
        self.table.scrollTo(self.table.model().index(row, 0))


def _connect(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: slot())
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _t: slot())
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.valueChanged.connect(lambda _v: slot())


def player_combo(plan: Plan, player_id: str | None, *, blank: str = "") -> QComboBox:
    """A choice of the squad's players ("10 Lionel Messi"), player_id chosen; blank, when
    given, is a first choice meaning nobody."""
    combo = QComboBox()
    if blank:
        combo.addItem(blank, None)
    players = sorted(plan.players.values(), key=lambda p: (p.number is None, p.number or 0, p.name))
    for player in players:
        number = "" if player.number is None else f"{player.number} "
        combo.addItem(f"{number}{player.name}", player.id)
    index = combo.findData(player_id)
    combo.setCurrentIndex(max(index, 0) if blank or player_id else -1)
    return combo
