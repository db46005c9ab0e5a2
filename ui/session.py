"""The open plan, its file, its undo stack and its derived tables: what every view shares.

Views never keep their own copy of the plan: they read `session.plan`, the cached
`session.fatigue()` / `session.problems()`, and refresh on `planChanged`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner import Plan, PlanChange
from ui.commands import LineupEdit, LockEdit, PlanCommand
from ui.tables.frames import wide


class PlanSession(QObject):
    """Holds the current plan and turns its plain-Python change events into Qt signals."""

    planChanged = Signal(object)  # PlanChange, after every edit (incl. undo/redo)
    planReplaced = Signal()  # a different plan was opened or created
    pathChanged = Signal()
    statusMessage = Signal(str)  # short text for the status bar (e.g. why a drop was refused)
    playerEditRequested = Signal(str)  # a card was double-clicked: open that player

    def __init__(self, plan: Plan, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._plan = plan
        self._path = path
        self._cache: dict[str, tuple[int, object]] = {}
        self.busy: str | None = None  # what long task holds the plan (drops wait for it)
        plan.subscribe(self._on_plan_change)

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.pathChanged.emit()

    def replace_plan(self, plan: Plan, path: Path | None) -> None:
        """Switch to another plan (New, Open, restore): clears the undo history."""
        self._plan.unsubscribe(self._on_plan_change)
        self._plan, self._cache = plan, {}
        plan.subscribe(self._on_plan_change)
        self.undo_stack.clear()
        self.set_path(path)
        self.planReplaced.emit()

    @contextmanager
    def working(self, what: str) -> Iterator[None]:
        """Mark the plan as held by a long task (what: "the suggestion") while the block runs."""
        self.busy = what
        try:
            yield
        finally:
            self.busy = None

    def push(self, command: PlanCommand) -> bool:
        """Apply an edit (the undo stack calls its redo()) and record it. An edit that changed
        nothing is not recorded (False); one that failed is not either, leaves the plan as it
        was and raises its error here. A lineup edit's text (fixture, what changed, what became
        of planned substitutions) goes to the status bar too."""
        text_for_status = isinstance(command, LineupEdit | LockEdit)
        self.undo_stack.push(command)  # drops the command if redo() made it obsolete
        if command.error is not None:
            raise command.error
        if not command.changed_anything:
            return False
        if text_for_status:
            self.statusMessage.emit(command.text())
        return True

    def fatigue(self) -> pd.DataFrame:
        """planner.fatigue_table of the current plan, computed once per plan revision (the
        same cached table validate() reads, so an edit computes it once)."""
        from planner import cached_fatigue_table

        return self._cached("fatigue", cached_fatigue_table)

    def by_fixture(self, column: str) -> np.ndarray:
        """One fatigue() column as a players x fixtures array, both in plan order, computed
        once per plan revision and shared by every view (treat it as read-only)."""
        arrays: dict[str, np.ndarray] = self._cached("by_fixture", lambda plan: {})
        if column not in arrays:
            arrays[column] = wide(self.fatigue(), column, self._plan).to_numpy()
        return arrays[column]

    def at_fixture(self, column: str, fixture_id: str) -> np.ndarray:
        """by_fixture(column) for one fixture: a value per squad player, in plan order
        (ValueError for a fixture not in the plan)."""
        fixtures = [f.id for f in self._plan.fixtures]
        return self.by_fixture(column)[:, fixtures.index(fixture_id)]

    def problems(self) -> list:
        """planner.validate of the current plan, computed once per plan revision."""
        from planner.validate import validate

        return self._cached("problems", validate)

    def _cached(self, key: str, compute):
        revision = self._plan.revision
        hit = self._cache.get(key)
        if hit is None or hit[0] != revision:
            hit = (revision, compute(self._plan))
            self._cache[key] = hit
        return hit[1]

    def _on_plan_change(self, change: PlanChange) -> None:
        self.planChanged.emit(change)
