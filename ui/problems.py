"""The problems dock: validate()'s errors and warnings, fixture by fixture; a click shows where."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from planner import PlanError
from ui.session import PlanSession
from ui.tables.dataframe_model import ROOT
from ui.tables.view import fit_columns_on_reset
from ui.theme import icon

Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 20


def tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


class ProblemsModel(QAbstractTableModel):
    """One row per problem: severity icon and fixture, then the message."""

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._problems: list = []
        self._texts: list[tuple[str, str]] = []  # (fixture column, message column) per row
        session.planChanged.connect(self.refresh)
        session.planReplaced.connect(self.refresh)
        self.refresh()

    @property
    def problems(self) -> list:
        return list(self._problems)

    def refresh(self, *_: Any) -> None:
        problems = list(self.session.problems())
        if problems == self._problems:
            return
        self.beginResetModel()
        self._problems = problems
        self._texts = [
            (self._fixture_label(p.fixture_id), self._without_fixture(p)) for p in problems
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role == PROBLEM_ROLE:
            return problem
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._texts[index.row()][0]
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
            return self._texts[index.row()][1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem.message
        return None

    def _without_fixture(self, problem) -> str:
        """The message without the fixture's label in front (the first column shows it)."""
        if problem.fixture_id is None:
            return problem.message
        try:
            prefix = self.session.plan.fixture(problem.fixture_id).label + ": "
        except PlanError:
            return problem.message
        return problem.message.removeprefix(prefix)

    def _fixture_label(self, fixture_id: str | None) -> str:
        if fixture_id is None:
            return tr("Week")
        try:
            fixture = self.session.plan.fixture(fixture_id)
        except PlanError:
            return fixture_id
        return f"{fixture.kickoff:%a} {fixture.kickoff.day} {fixture.opponent}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Fixture"), tr("Problem"))[section] if section in (0, 1) else None
        return None


class ProblemsView(QTreeView):
    """The list of problems; activating one asks the window to show its slot or player."""

    problemActivated = Signal(object)

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.problems_model = ProblemsModel(session, self)
        self.setModel(self.problems_model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns_on_reset(self, self.problems_model, stretch=1)
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)

    def _activate(self, index: QModelIndex) -> None:
        self.problemActivated.emit(index.data(PROBLEM_ROLE))
