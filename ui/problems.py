"""The problems dock: validate()'s errors and warnings, fixture by fixture; a click shows where."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from ui.fixture_names import fixture_label
from ui.session import PlanSession
from ui.tables.dataframe_model import ROOT
from ui.tables.view import fit_columns_on_reset
from ui.theme import icon
from ui.wording import worded

Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 20


def tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


class ProblemsModel(QAbstractTableModel):
    """One row per problem: severity icon and fixture, then the message."""

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[tuple[Any, str, str]] = []  # (problem, fixture column, message column)
        session.planChanged.connect(self.refresh)
        session.planReplaced.connect(self.refresh)
        self.refresh()

    @property
    def problems(self) -> list:
        return [row[0] for row in self._rows]

    def refresh(self, *_: Any) -> None:
        """Replace only the rows that changed, so the list keeps its scroll and selection."""
        problems = list(self.session.problems())
        fixtures = _fixture_names(self.session.plan)
        rows = [(p, *_texts(p, fixtures)) for p in problems]
        old = self._rows
        if rows == old:
            return
        start = 0
        while start < min(len(old), len(rows)) and old[start] == rows[start]:
            start += 1
        end_old, end_new = len(old), len(rows)
        while end_old > start and end_new > start and old[end_old - 1] == rows[end_new - 1]:
            end_old, end_new = end_old - 1, end_new - 1
        if end_old > start:
            self.beginRemoveRows(ROOT, start, end_old - 1)
            del self._rows[start:end_old]
            self.endRemoveRows()
        if end_new > start:
            self.beginInsertRows(ROOT, start, end_new - 1)
            self._rows[start:start] = rows[start:end_new]
            self.endInsertRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem, fixture_text, message_text = self._rows[index.row()]
        if role == PROBLEM_ROLE:
            return problem
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return fixture_text
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(f"problem-{problem.severity}")
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    tr("Error: the plan breaks a rule")
                    if problem.severity == "error"
                    else tr("Warning: allowed, but think twice")
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return message_text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{fixture_text}: {message_text}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Fixture"), tr("Problem"))[section] if section in (0, 1) else None
        return None


def error_lines(plan, problems: list, limit: int = 8) -> list[str]:
    """ "Sun 6 Apr v Toronto FC: Luis Suárez is suspended …", one line per problem (the fixture
    named in the app's language), at most limit of them and a line saying how many more."""
    fixtures = _fixture_names(plan)
    lines = [": ".join(_texts(p, fixtures)) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(tr("… and {0} more (see Problems)").format(len(problems) - limit))
    return lines


def _fixture_names(plan) -> dict[str, str]:
    """Fixture id -> its label in the app's language."""
    return {f.id: fixture_label(f) for f in plan.fixtures}


def _texts(problem, fixtures: dict[str, str]) -> tuple[str, str]:
    """The fixture column and the problem, both in the app's language."""
    fixture = problem.fixture_id
    return (tr("Week") if fixture is None else fixtures.get(fixture, fixture)), worded(problem.text)


class FixtureFirst(QSortFilterProxyModel):
    """The fixture on screen's problems first, then the week's, then the other fixtures' in
    the plan's order (greyed); validate()'s order within each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fixture_id: str | None = None

    def set_fixture(self, fixture_id: str | None) -> None:
        self.fixture_id = fixture_id
        self.invalidate()

    def _group(self, row: int) -> int:
        problem = self.sourceModel().index(row, 0).data(PROBLEM_ROLE)
        if problem.fixture_id == self.fixture_id:
            return 0
        return 1 if problem.fixture_id is None else 2

    def _other_fixture(self, index: Index) -> bool:
        return index.isValid() and self._group(self.mapToSource(index).row()) == 2

    def lessThan(self, left: Index, right: Index) -> bool:
        return (self._group(left.row()), left.row()) < (self._group(right.row()), right.row())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._other_fixture(index):
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return super().data(index, role)


class ProblemsView(QTreeView):
    """The list of problems; activating one asks the window to show its slot or player."""

    problemActivated = Signal(object)

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.problems_model = ProblemsModel(session, self)
        self.order = FixtureFirst(self)
        self.order.setSourceModel(self.problems_model)
        self.order.sort(0)
        self.setModel(self.order)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns_on_reset(self, self.problems_model, stretch=1)
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)

    def set_fixture(self, fixture_id: str | None) -> None:
        """List fixture_id's problems first (the fixture on screen)."""
        self.order.set_fixture(fixture_id)
        self.scrollToTop()

    def _activate(self, index: QModelIndex) -> None:
        self.problemActivated.emit(index.data(PROBLEM_ROLE))
