"""A QAbstractTableModel that reads a pandas DataFrame in place (Spyder's DataFrameModel idea).

Nothing is copied into Qt items: data() reads cells from the frame's own column arrays.
Subclasses add colours, tooltips, headers and editing by overriding the small hooks below.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
"""The invisible root: the parent of every cell of a table."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role serving the raw cell value, so a proxy sorts numbers as numbers."""
WIDEST_ROLE = Qt.ItemDataRole.UserRole + 2
"""Horizontal header role: a text as wide as the column may ever show (fitted on reset)."""


class DataFrameModel(QAbstractTableModel):
    """A read-only table over a DataFrame; replace the frame with set_frame()."""

    def __init__(self, frame: pd.DataFrame | None = None, parent=None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._shape = (0, 0)
        self._columns: list[Any] = []
        self._alignments: list[int] = []
        self._titles: list[str] = []
        self._take(frame if frame is not None else pd.DataFrame())

    def _take(self, frame: pd.DataFrame, arrays: list[np.ndarray] | None = None) -> None:
        # Each column as its numpy array (a view for numeric columns, no copy): data() is called
        # thousands of times per repaint and iat costs microseconds each.
        self._frame = frame
        self._shape = frame.shape
        if arrays is None:
            arrays = [frame.iloc[:, j].to_numpy() for j in range(len(frame.columns))]
        self._columns = arrays
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self._alignments = [int(right if a.dtype.kind in "iufb" else left) for a in arrays]

    def value(self, row: int, column: int) -> Any:
        """The raw value of a cell."""
        return self._columns[column][row]

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def set_frame(self, frame: pd.DataFrame, arrays: list[np.ndarray] | None = None) -> None:
        """Show frame: a reset when its shape or labels changed, else dataChanged for the rows
        that changed (a drop changes a few). arrays: the frame's columns as numpy arrays, when
        the caller built the frame from them (saves taking them out of the frame again)."""
        old = self._frame
        same_shape = (
            old.shape == frame.shape
            and old.index.equals(frame.index)
            and old.columns.equals(frame.columns)
        )
        if not same_shape:
            self.beginResetModel()
            self._take(frame, arrays)
            self.endResetModel()
            self._titles = [self.column_title(c) for c in range(len(frame.columns))]
            return
        old_columns = self._columns
        self._take(frame, arrays)
        last_column = len(frame.columns) - 1
        for first, last in changed_row_runs(old_columns, self._columns):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        titles = [self.column_title(c) for c in range(last_column + 1)]
        if titles != self._titles:  # e.g. a fixture renamed; else leave the header alone
            self._titles = titles
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)

    # -- hooks for subclasses ---------------------------------------------------------------
    def display(self, value: Any, row: int, column: int) -> str:
        """The text of a cell."""
        if isinstance(value, float):
            return "" if pd.isna(value) else f"{value:.2f}"
        return "" if value is None else str(value)

    def background(self, row: int, column: int) -> Any:
        return None

    def alignment(self, column: int) -> int:
        """Numbers right, text left."""
        return self._alignments[column]

    def raw(self, row: int, column: int) -> Any:
        """A cell as a plain Python value."""
        value = self._columns[column][row]
        return value.item() if hasattr(value, "item") else value

    def sort_value(self, row: int, column: int) -> Any:
        """What a cell sorts by: its raw value."""
        return self.raw(row, column)

    def tooltip(self, row: int, column: int) -> str | None:
        return None

    def decoration(self, row: int, column: int) -> Any:
        return None

    def column_title(self, column: int) -> str:
        return str(self._frame.columns[column])

    def widest_text(self, column: int) -> str:
        """A text as wide as any the column may show that its rows now do not (e.g. a
        transient one), so the column is sized for it; "" for none."""
        return ""

    def row_title(self, row: int) -> str:
        return str(self._frame.index[row])

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._shape[0]  # asked for every cell painted

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._shape[1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(self._columns[column][row], row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.raw(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == WIDEST_ROLE and orientation == Qt.Orientation.Horizontal:
            return self.widest_text(section) if 0 <= section < self.columnCount() else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_title(section) if 0 <= section < self.columnCount() else None
        return self.row_title(section) if 0 <= section < self.rowCount() else None


def changed_row_runs(old: list[np.ndarray], new: list[np.ndarray]) -> list[tuple[int, int]]:
    """(first, last) row ranges where any column differs between two equally shaped tables:
    a drop changes a handful of rows, and only those need repainting (and re-sorting)."""
    rows = len(new[0]) if new else 0
    changed = np.zeros(rows, dtype=bool)
    for before, after in zip(old, new, strict=True):
        if before.dtype.kind == "f" and after.dtype.kind == "f":
            changed |= ~((before == after) | (np.isnan(before) & np.isnan(after)))
        else:
            changed |= np.asarray(before != after, dtype=bool)
    return row_runs(changed)


def row_runs(rows: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) ranges of the rows flagged True."""
    flagged = np.flatnonzero(rows)
    if not len(flagged):
        return []
    breaks = np.flatnonzero(np.diff(flagged) > 1)
    starts = np.concatenate([[flagged[0]], flagged[breaks + 1]])
    ends = np.concatenate([flagged[breaks], [flagged[-1]]])
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]
