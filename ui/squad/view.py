"""The squad dock: search box, position and status filters over the squad list view."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner import Status
from ui.pitch import card_pixmap, lineup_menu
from ui.pitch.board import played_refusal
from ui.pitch.facts import status_text
from ui.pitch.slot_picker import slot_picker
from ui.session import PlanSession
from ui.squad.model import COLUMNS, PLAYER_ID_ROLE, SquadModel
from ui.squad.proxy import ALL, AVAILABLE, SquadFilter
from ui.tables.view import fit_columns_on_reset
from ui.theme import status_icon


def tr(text: str) -> str:
    return QCoreApplication.translate("SquadPanel", text)


def shorter_names(name: str) -> list[str]:
    """The name, then shorter ways a coach still knows him by: "Maximiliano Falcón",
    "M. Falcón", "Falcón" (a single name stays as it is)."""
    parts = name.split(maxsplit=1)
    if len(parts) < 2:
        return [name]
    return [name, f"{parts[0][0]}. {parts[1]}", parts[1]]


TEXT_MARGIN = 3  # Fusion's focus frame margin (2) + 1, kept either side of a cell's text and icon


class NameDelegate(QStyledItemDelegate):
    """Draws a name that does not fit its column in the longest shorter form that does (then
    elided); the row's tooltip has the full name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fitted: dict[tuple[str, int, str], str] = {}

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        # the room Fusion leaves the text (QCommonStyle's item layout): the cell less the icon
        # and a margin either side of each; worked out here, as asking the style would load
        # Python's wrapper of the whole QStyle API at the first paint
        width = option.rect.width() - 2 * TEXT_MARGIN
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            width -= option.decorationSize.width() + 2 * TEXT_MARGIN
        key = (option.text, width, option.font.key())
        if key not in self._fitted:  # measured once per name, column width and font
            if len(self._fitted) > 2000:  # a column dragged through many widths
                self._fitted.clear()
            forms = shorter_names(option.text)
            fits = (f for f in forms if option.fontMetrics.horizontalAdvance(f) <= width)
            self._fitted[key] = next(fits, forms[-1])
        option.text = self._fitted[key]


class SquadView(QTreeView):
    """The list itself: drag a player out of it, drop one from a pitch back into it."""

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("squadList")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegateForColumn(COLUMNS.index("name"), NameDelegate(self))
        self.active_menu: QMenu | None = None

    def fixture_id(self) -> str | None:
        proxy = self.model()
        source = proxy.sourceModel() if isinstance(proxy, SquadFilter) else None
        return source.fixture_id if isinstance(source, SquadModel) else None

    def keyPressEvent(self, event) -> None:
        """Enter on a player opens the place picker for the fixture on screen."""
        index, fixture_id = self.currentIndex(), self.fixture_id()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid() and fixture_id:
            if self.session.plan.is_played(fixture_id):
                self.session.statusMessage.emit(played_refusal())
                return
            menu = slot_picker(self.session, fixture_id, index.data(PLAYER_ID_ROLE), self)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.active_menu = menu
            menu.popup(self.viewport().mapToGlobal(self.visualRect(index).bottomLeft()))
            return
        super().keyPressEvent(event)

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the player with a picture of his card under the cursor."""
        index = self.currentIndex()
        if not index.isValid():
            return
        mime = self.model().mimeData([index])
        drag = QDrag(self)
        drag.setMimeData(mime)
        pixmap = _card_pixmap(self.session, self.fixture_id(), index.data(PLAYER_ID_ROLE), self)
        if pixmap is not None:
            drag.setPixmap(pixmap)
            drag.setHotSpot(
                QPoint(pixmap.width() // 2, pixmap.height() // 2) / pixmap.devicePixelRatio()
            )
        drag.exec(supported, Qt.DropAction.MoveAction)


def _card_pixmap(session: PlanSession, fixture_id: str | None, player_id: str, widget: QWidget):
    if fixture_id is None:
        return None
    return card_pixmap(session, fixture_id, player_id, widget.devicePixelRatioF())


class SquadPanel(QWidget):
    """Squad list with its filters; asks the window to edit or remove a player."""

    playerSelected = Signal(str)
    editRequested = Signal(str)
    removeRequested = Signal(str)

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = SquadModel(session, self)
        self.proxy = SquadFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = SquadView(session, self)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(COLUMNS.index("number"), Qt.SortOrder.AscendingOrder)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        fit_columns_on_reset(self.view, self.model, stretch=COLUMNS.index("name"))

        self.search = QLineEdit(self, objectName="squadSearch")
        self.search.setPlaceholderText(tr("Search name or number…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAcceptDrops(False)  # a file dropped here goes to the window: it opens
        for clear in self.search.findChildren(QToolButton):  # Qt's clear button: an icon only
            clear.setToolTip(tr("Clear the search"))
        self.search.textChanged.connect(self.proxy.set_text)

        self.status = QComboBox(self, objectName="squadStatusFilter")
        self.status.addItem(tr("Everyone"), ALL)
        self.status.addItem(tr("Can play"), AVAILABLE)
        for status in Status:
            self.status.addItem(
                status_icon(status.value), status_text(status).capitalize(), status.value
            )
        self.status.setToolTip(tr("Show players by availability"))
        self.status.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status.currentData())
        )

        groups = QHBoxLayout()
        groups.setSpacing(2)
        # the filter in force must show in a dark theme too, where Fusion's pressed look is faint
        checked = (
            "QToolButton { background: palette(button); border: 1px solid palette(mid); "
            "border-radius: 3px; padding: 3px 6px }"
            "QToolButton:hover, QToolButton:focus { border: 2px solid palette(highlight); "
            "padding: 2px 5px }"
            "QToolButton:checked { background: palette(highlight); "
            "color: palette(highlighted-text); font-weight: bold }"
            "QToolButton:checked:focus { border-color: palette(text) }"
        )
        self.group_buttons = QButtonGroup(self)
        for code, label in (
            (ALL, tr("All")),
            ("GK", tr("GK")),
            ("DF", tr("DF")),
            ("MF", tr("MF")),
            ("FW", tr("FW")),
        ):
            button = QToolButton(self, text=label, checkable=True)
            button.setProperty("group", code)
            button.setToolTip(
                tr("Show all players") if not code else tr("Show {0} only").format(label)
            )
            button.setChecked(not code)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(checked)
            self.group_buttons.addButton(button)
            groups.addWidget(button)
        self.group_buttons.buttonClicked.connect(
            lambda b: self.proxy.set_group(b.property("group"))
        )
        groups.addWidget(self.status, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(groups)
        layout.addWidget(self.view)
        # Tab goes top to bottom as drawn (the list was made first); the position buttons are
        # one stop, arrow keys move between them
        order = [self.search, *self.group_buttons.buttons(), self.status, self.view]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda i: self.editRequested.emit(i.data(PLAYER_ID_ROLE)))
        self.view.customContextMenuRequested.connect(self._context_menu)
        # the menu key opens the menu through Qt; Shift+F10 does on the pitch, here too
        menu_key = QShortcut(QKeySequence("Shift+F10"), self.view)
        menu_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.activated.connect(lambda: self._context_menu(QPoint(-1, -1)))

    def set_fixture(self, fixture_id: str | None) -> None:
        self.model.set_fixture(fixture_id)
        self.proxy.refilter()

    def select_player(self, player_id: str) -> None:
        row = self.model.row_of(player_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.playerSelected.emit(current.data(PLAYER_ID_ROLE))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():  # the keyboard's menu key: the current player
            index = self.view.currentIndex()
            pos = self.view.visualRect(index).center()
        if not index.isValid():
            return
        self.context_menu(index.data(PLAYER_ID_ROLE)).exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, player_id: str) -> QMenu:
        """Lineup choices for the fixture on screen (Start at, Bench, Leave out), then edits."""
        fixture_id = self.model.fixture_id
        if fixture_id is None or self.session.plan.is_played(fixture_id):
            menu = QMenu(self)
        else:
            menu = lineup_menu(self.session, fixture_id, player_id, self)
            menu.addSeparator()
        menu.addAction(tr("Edit player…"), lambda: self.editRequested.emit(player_id))
        menu.addAction(tr("Remove from squad"), lambda: self.removeRequested.emit(player_id))
        return menu
