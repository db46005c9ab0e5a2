"""The staff's locks, fixture by fixture, as the suggestion dialog lists them; each can be
cleared, or all of them (undoable steps). A cleared lock counts from the next suggestion."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.wording.locks import lock_name
from ui.commands import clear_locks, set_lock
from ui.fixture_names import fixture_label
from ui.session import PlanSession
from ui.theme import icon
from ui.wording import worded


def tr(text: str) -> str:
    return QCoreApplication.translate("LockList", text)


KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (fixture id, player id or None for a fixture row)


class LockList(QWidget):
    """Fixture rows with their locked players; Clear lock / Clear all locks."""

    changed = Signal()  # a lock was cleared

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tree = QTreeWidget(objectName="suggestionLocks")
        self.tree.setHeaderLabels([tr("Locked player"), tr("Lock")])
        self.tree.setRootIsDecorated(False)
        self.empty = QLabel(tr("No locks. Right-click a player to lock him for a fixture."))
        self.clear_one = QPushButton(tr("Clear lock"), objectName="clearLock")
        self.clear_all = QPushButton(tr("Clear all locks"), objectName="clearAllLocks")
        self.clear_one.clicked.connect(self._clear_selected)
        self.clear_all.clicked.connect(self._clear_all)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_one)
        buttons.addWidget(self.clear_all)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        plan = self.session.plan
        self.tree.clear()
        for fixture in plan.fixtures:
            locks = plan.locks.get(fixture.id, {})
            if not locks:
                continue
            head = QTreeWidgetItem(self.tree, [fixture_label(fixture)])
            head.setFirstColumnSpanned(True)
            head.setData(0, KEY_ROLE, (fixture.id, None))
            for pid, lock in locks.items():
                item = QTreeWidgetItem(head, [plan.player(pid).name, worded(lock_name(lock))])
                item.setIcon(0, icon("lock"))
                item.setData(0, KEY_ROLE, (fixture.id, pid))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        # every lock on screen without scrolling, up to eight rows
        rows = sum(1 + len(locks) for locks in plan.locks.values())
        row_height = self.tree.fontMetrics().height() + 6
        self.tree.setMinimumHeight(row_height * (min(rows, 8) + 1) + 4)
        has_locks = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_locks)
        self.empty.setVisible(not has_locks)
        self.clear_all.setEnabled(has_locks)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.clear_one.setEnabled(bool(self.tree.selectedItems()))

    def _clear_selected(self) -> None:
        for item in self.tree.selectedItems():
            fixture_id, player_id = item.data(0, KEY_ROLE)
            plan = self.session.plan
            if player_id is None:
                self.session.push(clear_locks(plan, fixture_id))
            else:
                self.session.push(set_lock(plan, fixture_id, player_id, None))
        self._changed()

    def _clear_all(self) -> None:
        plan = self.session.plan
        self.session.undo_stack.beginMacro(tr("Clear all locks"))
        for fixture_id in list(plan.locks):
            self.session.push(clear_locks(plan, fixture_id))
        self.session.undo_stack.endMacro()
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
