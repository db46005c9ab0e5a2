"""Table model of the squad: one row per player, refreshed from the session on every change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from planner import BENCH, Player, Status
from planner.resources import load_json
from planner.rules import RETURNING
from planner.wording import Message
from planner.wording.common import back_on
from ui.commands import UnassignPlayer
from ui.dnd import ORIGIN_MIME, PLAYER_MIME, drag_origin, dragged_player, player_mime_data
from ui.pitch.facts import fixture_status, lock_text, locked_line
from ui.session import PlanSession
from ui.tables.dataframe_model import ROOT, SORT_ROLE, WIDEST_ROLE
from ui.theme import icon, readiness_colour, status_icon, tint
from ui.wording import position_text, positions_text, worded

Index = QModelIndex | QPersistentModelIndex
PLAYER_ID_ROLE = Qt.ItemDataRole.UserRole + 10
POSITION_GROUPS: dict[str, str] = load_json("positions.json")["groups"]


def tr(text: str) -> str:
    return QCoreApplication.translate("SquadModel", text)


@cache
def bold_font() -> QFont:
    """The font of the XI of the fixture on screen."""
    font = QFont()
    font.setBold(True)
    return font


def _back_on(player: Player) -> Message | None:
    """ "back 18 Apr" for an injured or unavailable player with a day he is expected back."""
    back = player.return_date
    return back_on(back) if back is not None and player.status in RETURNING else None


@dataclass(frozen=True)
class SquadRow:
    """What one row shows, computed once per plan change."""

    player: Player
    week_minutes: int
    readiness: float | None
    place: str | None  # slot name, BENCH or None in the fixture on screen
    lock: str = ""  # his lock for the fixture on screen, worded; "" when none
    status: Status = Status.AVAILABLE  # for the fixture on screen (ui.pitch.facts)
    why: str = ""  # that status, and why, worded


COLUMNS = ("number", "name", "positions", "rating", "minutes", "readiness", "place")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)


class SquadModel(QAbstractTableModel):
    """The squad with number, name, positions, status, rating, week minutes and readiness.

    Readiness and place refer to the fixture on screen (set_fixture). Dropping a player dragged
    from a fixture's pitch or bench takes him out of that fixture's matchday squad.
    """

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.fixture_id: str | None = None
        self._rows: list[SquadRow] = []
        self._cells: list[dict[int, tuple]] = []  # per row, see _painted_cells
        self._thresholds: tuple[int, int] | None = None  # readiness colours were made with
        session.planChanged.connect(self.refresh)
        session.planReplaced.connect(self.refresh)
        self.refresh()

    def set_fixture(self, fixture_id: str | None) -> None:
        self.fixture_id = fixture_id
        self.refresh()

    def refresh(self, *_: Any) -> None:
        """Recompute the rows; a reset only when the set of players changed."""
        rows = self._compute_rows()
        params = self.session.plan.params
        thresholds = (params.readiness_amber, params.readiness_red)
        recolour, self._thresholds = thresholds != self._thresholds, thresholds
        if [r.player.id for r in rows] != [r.player.id for r in self._rows]:
            self.beginResetModel()
            self._rows, self._cells = rows, [self._painted_cells(r) for r in rows]
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        for row, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after or recolour:  # repaint (and re-sort) only the players who changed
                self._cells[row] = self._painted_cells(after)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _compute_rows(self) -> list[SquadRow]:
        plan = self.session.plan
        fixture_ids = {f.id for f in plan.fixtures}
        if self.fixture_id not in fixture_ids:
            self.fixture_id = plan.fixtures[0].id if plan.fixtures else None
        week: list[int] = [0] * len(plan.players)
        readiness: list[float | None] = [None] * len(plan.players)
        if self.fixture_id is not None and plan.players:
            week = self.session.by_fixture("minutes").sum(axis=1).tolist()
            readiness = self.session.at_fixture("readiness", self.fixture_id).tolist()
        lineup = plan.lineup(self.fixture_id) if self.fixture_id else None
        places = {}
        if lineup is not None:
            places = {pid: slot for slot, pid in lineup.slots.items() if pid}
            places.update(dict.fromkeys(lineup.bench, BENCH))
        return [
            SquadRow(
                player,
                int(minutes),
                ready,
                places.get(pid),
                lock_text(plan, self.fixture_id, pid) if self.fixture_id else "",
                *fixture_status(plan, pid, self.fixture_id),
            )
            for (pid, player), minutes, ready in zip(
                plan.players.items(), week, readiness, strict=True
            )
        ]

    def row_of(self, player_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.player.id == player_id), -1)

    def player_at(self, row: int) -> Player:
        return self._rows[row].player

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells = self._cells[index.row()].get(role)
        if cells is not None:  # what the view paints: looked up, not worked out per cell
            return cells[index.column()]
        row = self._rows[index.row()]
        if role == SORT_ROLE:
            return self._sort_value(row, COLUMNS[index.column()])
        if role == PLAYER_ID_ROLE:
            return row.player.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _painted_cells(self, row: SquadRow) -> dict[int, tuple]:
        """Per role the view asks for while painting, the value of each column of row."""
        none = (None,) * len(COLUMNS)
        background: tuple[QColor | None, ...] = none
        if row.readiness is not None:
            params = self.session.plan.params
            colour = readiness_colour(row.readiness, params)
            background = tuple(tint(colour) if c == "readiness" else None for c in COLUMNS)
        return {
            Qt.ItemDataRole.DisplayRole: tuple(self._display(row, c) for c in COLUMNS),
            Qt.ItemDataRole.DecorationRole: tuple(
                status_icon(str(row.status))
                if c == "name"
                else (icon("lock") if c == "place" and row.lock else None)
                for c in COLUMNS
            ),
            Qt.ItemDataRole.BackgroundRole: background,
            Qt.ItemDataRole.FontRole: (bold_font(),) * len(COLUMNS)
            if row.place not in (None, BENCH)
            else none,
            Qt.ItemDataRole.TextAlignmentRole: tuple(
                RIGHT if c in ("number", "rating", "minutes", "readiness") else None
                for c in COLUMNS
            ),
        }

    def _display(self, row: SquadRow, column: str) -> str:
        p = row.player
        if column == "number":
            return "" if p.number is None else str(p.number)
        if column == "name":
            return p.name
        if column == "positions":
            return positions_text(p.positions)
        if column == "rating":
            return str(p.rating)
        if column == "minutes":
            return str(row.week_minutes)
        if column == "readiness":
            return "" if row.readiness is None else f"{row.readiness:.0f}"
        if row.place is None:  # not picked: an injured player's return day fills the column
            back = _back_on(p)
            return worded(back) if back else ""
        return tr("Bench") if row.place == BENCH else position_text(row.place)

    def _sort_value(self, row: SquadRow, column: str) -> Any:
        p = row.player
        values = {
            "number": p.number if p.number is not None else 1000,
            "name": p.surname.casefold(),
            "positions": list(POSITION_GROUPS).index(p.main_position or "") if p.positions else 99,
            "rating": p.rating,
            "minutes": row.week_minutes,
            "readiness": row.readiness if row.readiness is not None else -1.0,
            "place": row.place or "~",
        }
        return values[column]

    def _tooltip(self, row: SquadRow) -> str:
        p = row.player
        lines = [f"<b>{p.name}</b>", tr("Status: {0}").format(row.why)]
        if row.readiness is not None:
            lines.append(
                tr("Readiness for the fixture on screen: {0:.0f}/100").format(row.readiness)
            )
        lines.append(tr("Planned minutes this week: {0}").format(row.week_minutes))
        if row.lock:
            lines.append(locked_line(row.lock))
        if p.notes:
            lines.append(p.notes)
        lines.append(tr("Drag onto the pitch or bench to pick him; right-click for more."))
        return "<br>".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "number": "#",
                "name": tr("Player"),
                "positions": tr("Pos"),
                "rating": tr("Rtg"),
                "minutes": tr("Min"),
                "readiness": tr("Ready"),
                "place": tr("Role"),
            }[column]
        if role == WIDEST_ROLE and column == "place":
            # the widest place, with room for the lock icon a locked player's place shows
            return tr("Bench") + "\u2003\u2003"
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "number": tr("Shirt number"),
                "name": tr("Name; the icon shows his status (injured, suspended, doubtful...)"),
                "positions": tr("Positions he is listed at, main one first"),
                "rating": tr("Staff rating, 0-100"),
                "minutes": tr("Planned minutes over all fixtures of the plan"),
                "readiness": tr("Readiness 0-100 at kickoff of the fixture on screen"),
                "place": tr("Where he is in the fixture on screen: a slot of the XI, or bench"),
            }[column]
        return None

    # -- drag and drop ----------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        return CELL_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [PLAYER_MIME, ORIGIN_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        row = indexes[0].row() if indexes else -1
        return player_mime_data(self._rows[row].player.id) if row >= 0 else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:
        return self._drop_target(data) is not None

    def dropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:
        """A player dragged from a fixture is left out of that fixture."""
        target = self._drop_target(data)
        if target is None:
            return False
        fixture_id, player_id = target
        return self.session.push(UnassignPlayer(self.session.plan, fixture_id, player_id))

    def _drop_target(self, data: QMimeData) -> tuple[str, str] | None:
        player_id = dragged_player(data)
        fixture_id = drag_origin(data)[0] or self.fixture_id
        plan = self.session.plan
        if player_id not in plan.players or fixture_id not in {f.id for f in plan.fixtures}:
            return None
        if plan.lineup(fixture_id).place_of(player_id) is None:
            return None
        return fixture_id, player_id
