"""The table view both tables use: sortable by raw values, rows selected whole, compact rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from ui.tables.dataframe_model import SORT_ROLE, WIDEST_ROLE


def table_view(
    name: str,
    model: QAbstractItemModel,
    parent: QWidget,
    proxy: QSortFilterProxyModel | None = None,
    stretch: int | None = 0,
) -> QTableView:
    """A sortable table over model through proxy (a plain sorting proxy when None); column
    stretch (the last one when None) takes the width the others leave."""
    proxy = proxy or QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # sorts by the indicator: by nothing, the model's own order
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    fit_columns_on_reset(view, model, stretch)
    return view


RESIZE_SAMPLE_ROWS = 60
CELL_PADDING = 14


def fit_columns_on_reset(
    view: QTableView | QTreeView, model: QAbstractItemModel, stretch: int | None = 0
) -> None:
    """Size columns to their text when the rows change, not on every edit: ResizeToContents
    would measure every cell of every column after each drop (and leaves room for a sort arrow
    in every header). Column `stretch` takes the rest; with None every column is sized to its
    text and the last one stretches when there is room left."""

    def fit() -> None:
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = view.fontMetrics()
        bold = QFont(view.font())
        bold.setBold(True)
        wide_metrics = QFontMetrics(bold)  # rows may be bold (the XI in the squad list)
        rows = min(model.rowCount(), RESIZE_SAMPLE_ROWS)
        for column in range(model.columnCount()):
            if column == stretch:
                continue
            texts = [str(model.index(r, column).data() or "") for r in range(rows)]
            texts.append(
                str(model.headerData(column, Qt.Orientation.Horizontal, WIDEST_ROLE) or "")
            )
            cells = max((wide_metrics.horizontalAdvance(t) for t in texts), default=0)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            heading = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
            has_icon = rows and model.index(0, column).data(Qt.ItemDataRole.DecorationRole)
            icon = view.iconSize().width() + 6 if has_icon else 0
            header.resizeSection(column, max(cells + icon, heading) + CELL_PADDING)
        if stretch is None:
            header.setStretchLastSection(True)
        elif stretch < model.columnCount():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    model.modelReset.connect(fit)
    fit()
