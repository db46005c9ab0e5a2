"""The minutes table: planned minutes per player per fixture and over the week, editable."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from planner import PlanError
from ui.language import local_date
from ui.tables.frames import PLANNED, TOTAL, minutes_columns
from ui.tables.minutes_edit import SetPlannedMinutes, edit_help
from ui.tables.plan_model import PlanFrameModel
from ui.theme import AMBER, RED, tint
from ui.wording import error_text

Index = QModelIndex | QPersistentModelIndex
NAME = "player"


def tr(text: str) -> str:
    return QCoreApplication.translate("MinutesModel", text)


class MinutesModel(PlanFrameModel):
    """Rows: squad players; columns: player, one per fixture, total (against his target)."""

    def refresh(self, *_: Any) -> None:
        plan = self.session.plan
        names = np.array([p.name for p in plan.players.values()], dtype=object)
        columns = {NAME: names, **minutes_columns(plan)}
        frame = pd.DataFrame(columns, index=pd.Index(list(plan.players)))
        self.set_frame(frame, list(columns.values()))

    def player_id(self, row: int) -> str:
        return str(self.frame.index[row])

    def fixture_id(self, column: int) -> str | None:
        """The fixture whose (planned, or played) minutes the column holds; None for the
        name, the total and a played fixture's planned column."""
        key = self.frame.columns[column]
        return None if key in (NAME, TOTAL) or str(key).endswith(PLANNED) else str(key)

    def planned_of(self, column: int) -> str | None:
        """The played fixture whose planned minutes the column holds, else None."""
        key = str(self.frame.columns[column])
        return key.removesuffix(PLANNED) if key.endswith(PLANNED) else None

    def _played_and_planned(self, row: int, column: int) -> tuple[int, int] | None:
        """(played, planned) minutes of row's player where column is a played fixture's."""
        fixture_id = self.fixture_id(column)
        if fixture_id is None or not self.session.plan.is_played(fixture_id):
            return None
        return int(self.value(row, column)), int(self.value(row, column + 1))

    def display(self, value: Any, row: int, column: int) -> str:
        fixture_id = self.fixture_id(column) or self.planned_of(column)
        if fixture_id is not None and value == 0:
            place = self.session.plan.lineup(fixture_id).place_of(self.player_id(row))
            record = self.session.plan.records.get(fixture_id)
            named = record is not None and self.player_id(row) in record.players()
            return "0" if place is not None or named else ""
        both = self._played_and_planned(row, column)
        if both is not None and both[0] != both[1]:
            return f"{value} ●"  # never colour alone: marked where it differs from the plan
        return str(value)

    def column_title(self, column: int) -> str:
        fixture_id = self.fixture_id(column)
        if self.planned_of(column) is not None:
            return tr("planned")
        if fixture_id is None:
            return tr("Player") if self.frame.columns[column] == NAME else tr("Total")
        fixture = self.session.plan.fixture(fixture_id)
        title = f"{local_date(fixture.kickoff, 'ddd d')}\n{fixture.opponent}"
        return (
            tr("{0} ✓ played").format(title) if self.session.plan.is_played(fixture_id) else title
        )

    def _target_problem(self, row: int) -> str | None:
        target = self.session.plan.targets.get(self.player_id(row))
        total = int(self.value(row, len(self.frame.columns) - 1))
        if target is None:
            return None
        if target.maximum is not None and total > target.maximum:
            return tr("{0} min planned, above his maximum of {1}").format(total, target.maximum)
        if target.minimum is not None and total < target.minimum:
            return tr("{0} min planned, below his minimum of {1}").format(total, target.minimum)
        return None

    def background(self, row: int, column: int) -> Any:
        if self.frame.columns[column] == TOTAL and self._target_problem(row):
            return QBrush(tint(RED))
        both = self._played_and_planned(row, column)
        if both is not None and both[0] != both[1]:
            return QBrush(tint(AMBER))
        return None

    def tooltip(self, row: int, column: int) -> str | None:
        if self.frame.columns[column] == TOTAL:
            target = self.session.plan.targets.get(self.player_id(row))
            problem = self._target_problem(row)
            if problem:
                return problem
            if target is not None:
                return tr("Target: {0}-{1} min").format(
                    target.minimum if target.minimum is not None else 0,
                    target.maximum if target.maximum is not None else "…",
                )
            return tr("Minutes over all fixtures: played where recorded, else planned")
        if self.planned_of(column) is not None:
            return tr("Minutes planned for this fixture before it was played")
        both = self._played_and_planned(row, column)
        if both is not None:
            return tr(
                "Played {0} min, planned {1} min (● where they differ). Reopen the fixture to "
                "edit its lineup, or correct the record with Match played…"
            ).format(*both)
        if self.fixture_id(column) is None:
            return None
        return edit_help()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        fixture_id = self.fixture_id(index.column()) if index.isValid() else None
        if fixture_id is None or self.session.plan.is_played(fixture_id):
            return flags
        place = self.session.plan.lineup(fixture_id).place_of(self.player_id(index.row()))
        return flags | Qt.ItemFlag.ItemIsEditable if place is not None else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Plan the typed minutes through the lineup (one undoable step); False if refused."""
        fixture_id = self.fixture_id(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or fixture_id is None:
            return False
        try:
            minutes = int(value)
            if minutes < 0:
                raise ValueError
        except (TypeError, ValueError):
            self.session.statusMessage.emit(tr("Minutes must be a whole number from 0."))
            return False
        plan, player_id = self.session.plan, self.player_id(index.row())
        try:
            self.session.push(SetPlannedMinutes(plan, fixture_id, player_id, minutes))
        except PlanError as exc:
            self.session.statusMessage.emit(error_text(exc))
            return False
        return True
