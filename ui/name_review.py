"""The import dialog's review step: for each near-miss name in the file, same player, new player
or skip. A table: the name in the file | the proposed player (a combo of the look-alikes) | the
choice. Ambiguous names start on Skip; the others on the proposed player."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.importing import NameChoice, NearMatch, NewPlayer, SamePlayer, SkipName

SAME, NEW, SKIP = "same", "new", "skip"


def tr(text: str) -> str:
    return QCoreApplication.translate("NameReview", text)


class NameReview(QWidget):
    """Staff's choice for every near-miss name; choices() feeds MergeOptions.names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameReview")
        intro = QLabel(
            tr(
                "These names in the file are not exactly any player's but look like some. "
                "Say who each one is: the same player as in the plan, a new player, or skip "
                "his rows."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, objectName="namesTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Name in the file"), tr("Player in the plan"), tr("Import as")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab walks the combo boxes, not the cells
        self._misses: list[NearMatch] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)

    def show_names(self, misses: list[NearMatch]) -> None:
        """One row per near-miss name, on its default choice."""
        self._misses = list(misses)
        self.table.setRowCount(0)
        previous: QWidget = self.table
        for row, miss in enumerate(self._misses):
            self.table.insertRow(row)
            item = QTableWidgetItem(miss.name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(tr("Looks like: {0}").format(", ".join(miss.candidate_names)))
            self.table.setItem(row, 0, item)
            player = QComboBox(objectName=f"player{row}")
            player.setAccessibleName(tr("Player in the plan for {0}").format(miss.name))
            for pid, name in zip(miss.candidates, miss.candidate_names, strict=True):
                player.addItem(name, pid)
            if miss.player_id is not None:
                player.setCurrentIndex(player.findData(miss.player_id))
            choice = QComboBox(objectName=f"choice{row}")
            choice.setAccessibleName(tr("Import {0} as").format(miss.name))
            choice.addItem(tr("Same player"), SAME)
            choice.addItem(tr("New player"), NEW)
            choice.addItem(tr("Skip"), SKIP)
            choice.currentIndexChanged.connect(
                lambda _, p=player, c=choice: p.setEnabled(c.currentData() == SAME)
            )
            choice.setCurrentIndex(choice.findData(SAME if miss.player_id else SKIP))
            player.setEnabled(choice.currentData() == SAME)
            self.table.setCellWidget(row, 1, player)
            self.table.setCellWidget(row, 2, choice)
            QWidget.setTabOrder(previous, player)
            QWidget.setTabOrder(player, choice)
            previous = choice
        self.table.resizeRowsToContents()

    def combos(self, row: int) -> tuple[QComboBox, QComboBox]:
        """The row's (player, choice) combo boxes."""
        player, choice = self.table.cellWidget(row, 1), self.table.cellWidget(row, 2)
        assert isinstance(player, QComboBox) and isinstance(choice, QComboBox)
        return player, choice

    def choices(self) -> dict[str, NameChoice]:
        """Each name's choice as the combo boxes show it now."""
        chosen: dict[str, NameChoice] = {}
        for row, miss in enumerate(self._misses):
            player, choice = self.combos(row)
            kind = choice.currentData()
            others: dict[str, NameChoice] = {NEW: NewPlayer(), SKIP: SkipName()}
            chosen[miss.name] = others.get(kind) or SamePlayer(player.currentData())
        return chosen
