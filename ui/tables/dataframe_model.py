"""A QAbstractTableModel that reads a pandas DataFrame in place (Spyder's DataFrameModel idea).

Nothing is copied into Qt items: data() reads cells with ``iat``. Subclasses add colours,
tooltips, headers and editing by overriding the small hooks below.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
"""The invisible root: the parent of every cell of a table."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role serving the raw cell value, so a proxy sorts numbers as numbers."""


class DataFrameModel(QAbstractTableModel):
    """A read-only table over a DataFrame; replace the frame with set_frame()."""

    def __init__(self, frame: pd.DataFrame | None = None, parent=None) -> None:
        super().__init__(parent)
        self._frame = frame if frame is not None else pd.DataFrame()

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show frame: a reset when its shape or labels changed, else one dataChanged."""
        old = self._frame
        same_shape = (
            old.shape == frame.shape
            and old.index.equals(frame.index)
            and old.columns.equals(frame.columns)
        )
        if not same_shape:
            self.beginResetModel()
            self._frame = frame
            self.endResetModel()
            return
        self._frame = frame
        if len(frame.index) and len(frame.columns):
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(frame.index) - 1, len(frame.columns) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(frame.columns) - 1)

    # -- hooks for subclasses ---------------------------------------------------------------
    def display(self, value: Any, row: int, column: int) -> str:
        """The text of a cell."""
        if isinstance(value, float):
            return "" if pd.isna(value) else f"{value:.2f}"
        return "" if value is None else str(value)

    def background(self, row: int, column: int) -> Any:
        return None

    def tooltip(self, row: int, column: int) -> str | None:
        return None

    def decoration(self, row: int, column: int) -> Any:
        return None

    def column_title(self, column: int) -> str:
        return str(self._frame.columns[column])

    def row_title(self, row: int) -> str:
        return str(self._frame.index[row])

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._frame.index)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._frame.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(self._frame.iat[row, column], row, column)
        if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
            value = self._frame.iat[row, column]
            return value.item() if hasattr(value, "item") else value
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = pd.api.types.is_numeric_dtype(self._frame.dtypes.iloc[column])
            return int(
                (Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_title(section) if 0 <= section < self.columnCount() else None
        return self.row_title(section) if 0 <= section < self.rowCount() else None
