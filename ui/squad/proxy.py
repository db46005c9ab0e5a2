"""Filters of the squad list: position group, availability and a search text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from planner import Player, rules
from planner.text import fold
from ui.squad.model import POSITION_GROUPS, SquadModel
from ui.tables.dataframe_model import SORT_ROLE
from ui.wording import positions_text

ALL = ""
AVAILABLE = "selectable"
"""Status filter value: players who may be named in the matchday squad of the fixture on screen
(planner.rules.available: status, return date, bans from cards)."""


class SquadFilter(QSortFilterProxyModel):
    """Shows players of a position group (GK, DF, MF, FW), a status, matching a search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.group = ALL
        self.status = ALL
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_group(self, group: str) -> None:
        self.beginFilterChange()
        self.group = group
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Filter again: who can play depends on the fixture on screen."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, SquadModel)
        player = model.player_at(row)
        if self.group and self.group not in {POSITION_GROUPS[p] for p in player.positions}:
            return False
        if self.status == AVAILABLE and not _can_play(model, player):
            return False
        if self.status not in (ALL, AVAILABLE) and str(player.status) != self.status:
            return False
        if self.text:
            # the codes as shown and the English ones of the plan file, so both find him
            codes = f"{positions_text(player.positions, ' ')} {' '.join(player.positions)}"
            haystack = fold(f"{player.name} {player.number or ''} {codes}")
            return all(word in haystack for word in self.text.split())
        return True


def _can_play(model: SquadModel, player: Player) -> bool:
    fixture_id = model.fixture_id
    if fixture_id is None:
        return player.status.selectable
    return rules.available(model.session.plan, player.id, fixture_id)
