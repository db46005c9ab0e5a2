"""The suggested rotation before it is applied: what changes, fixture by fixture, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import Plan
from planner.suggest import Suggestion
from planner.suggest.explain import change_place_name
from ui.dialogs.lock_list import LockList
from ui.fixture_names import fixture_label
from ui.session import PlanSession
from ui.wording import worded


def tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionDialog", text)


def place_word(place: str) -> str:
    """A player's place in a lineup as the dialog shows it, in the app's language: a slot's
    position code, "bench" or "not selected"."""
    return worded(change_place_name(place))


WHY = 4  # the column with each player's reason


class WrappedText(QStyledItemDelegate):
    """Asks for the height the text needs wrapped at its column's width (a tree view measures
    rows without telling the delegate how wide the column is)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, self.view.columnWidth(index.column()), 1)
        return super().sizeHint(sized, index)


class SuggestionDialog(QDialog):
    """Lists the suggestion's changes with each player's reason; Apply accepts it."""

    def __init__(
        self,
        plan: Plan,
        suggestion: Suggestion,
        parent: QWidget | None = None,
        *,
        session: PlanSession | None = None,
    ) -> None:
        """With a session, the staff's locks are listed and can be cleared; clearing one
        offers Suggest again (self.again is then True when the dialog closes)."""
        super().__init__(parent)
        self.again = False
        self.setObjectName("suggestionDialog")
        self.setWindowTitle(tr("Suggested rotation"))
        self.resize(1120, 620)
        if suggestion.optimal:
            quality = tr("the best possible under the rules")
        elif suggestion.exact:
            quality = tr("within {0:.1%} of the best").format(suggestion.gap)
        else:
            quality = tr(
                "a quick pick within {0:.1%} of the best (too big to solve exactly in time)"
            ).format(suggestion.gap)
        summary = QLabel(
            tr("{0} changes across {1} fixtures, found in {2:.1f} s; {3}.").format(
                len(suggestion.changes), len(plan.fixtures), suggestion.seconds, quality
            )
            if suggestion.changes
            else tr("The plan is already the best rotation found: nothing would change.")
        )
        summary.setWordWrap(True)
        self.changes = QTreeWidget(objectName="suggestionChanges")
        self.changes.setHeaderLabels(
            [tr("Player"), tr("Now"), tr("Suggested"), tr("Minutes"), tr("Why")]
        )
        self.changes.setAlternatingRowColors(True)
        self.changes.setWordWrap(True)  # the reason is the point: show all of it, on more lines
        self.changes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.changes.setItemDelegateForColumn(WHY, WrappedText(self.changes))
        header = self.changes.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # rows take the height their wrapped reason needs at the column's new width
        header.sectionResized.connect(lambda *_: self.changes.doItemsLayout())
        by_fixture: dict[str, QTreeWidgetItem] = {}
        for change in suggestion.changes:
            parent_item = by_fixture.get(change.fixture_id)
            if parent_item is None:
                label = fixture_label(plan.fixture(change.fixture_id))
                if headline := suggestion.headlines.get(change.fixture_id):
                    label = f"{label}  ·  {worded(headline)}"
                parent_item = QTreeWidgetItem(self.changes, [label])
                parent_item.setFirstColumnSpanned(True)
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
                by_fixture[change.fixture_id] = parent_item
            why = worded(suggestion.explanations.get(change.player_id, ""))
            item = QTreeWidgetItem(
                parent_item,
                [
                    plan.player(change.player_id).name,
                    place_word(change.before),
                    place_word(change.after),
                    f"{change.minutes_before} → {change.minutes_after}",
                    why,
                ],
            )
            item.setToolTip(WHY, why)
            for column in range(WHY + 1):  # level with the first line of a reason on several lines
                across = (
                    Qt.AlignmentFlag.AlignHCenter if column == 3 else Qt.AlignmentFlag.AlignLeft
                )
                item.setTextAlignment(column, across | Qt.AlignmentFlag.AlignTop)
        self.changes.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        apply = buttons.addButton(tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setEnabled(bool(suggestion.changes))
        apply.setToolTip(tr("Put these lineups in the plan (one step, Undo takes it back)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.changes, 3)
        if session is not None:
            layout.addWidget(self._locks_box(session, buttons), 0)
        layout.addWidget(buttons)

    def _locks_box(self, session: PlanSession, buttons: QDialogButtonBox) -> QGroupBox:
        """The locks the suggestion kept, with Clear; once one is cleared, Suggest again."""
        box = QGroupBox(tr("Locks kept by this suggestion"), objectName="suggestionLocksBox")
        self.locks = LockList(session, box)
        again = buttons.addButton(tr("Suggest again"), QDialogButtonBox.ButtonRole.ActionRole)
        again.setObjectName("suggestAgain")
        again.setToolTip(tr("Look for the best rotation again with the locks as they are now"))
        again.setVisible(False)
        note = QLabel(tr("The locks changed: Suggest again to use them."), objectName="locksNote")
        note.setVisible(False)

        def changed() -> None:
            note.setVisible(True)
            again.setVisible(True)

        def suggest_again() -> None:
            self.again = True
            self.reject()

        self.locks.changed.connect(changed)
        again.clicked.connect(suggest_again)
        layout = QVBoxLayout(box)
        layout.addWidget(self.locks)
        layout.addWidget(note)
        return box
