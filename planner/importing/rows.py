"""Walking a table's data rows: which are players, which are totals, notes or blanks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice

from planner.importing import synonyms
from planner.importing.cells import CellError, text
from planner.importing.errors import SpreadsheetError
from planner.importing.header import Mapping, Table
from planner.importing.result import SkippedRow
from planner.wording import Message

Progress = Callable[[int, int], None]  # (rows done, rows in all)
PROGRESS_EVERY = 2_000
MAX_NAME = 100  # characters; a longer "name" is a pasted paragraph, not a player


@dataclass(slots=True)
class PlayerRow:
    """A data row that names a player; key is how he is matched (id, else folded name)."""

    number: int
    cells: list[object]
    name: str
    player_id: str | None
    key: str


class RowContext:
    """Reads fields of a table's rows and builds errors that say where a cell is."""

    def __init__(self, table: Table, mapping: Mapping) -> None:
        self.table = table
        self.mapping = mapping
        self.by_field: dict[str, int] = {}
        for index, field in sorted(mapping.items()):
            self.by_field.setdefault(field, index)

    def columns_of(self, field: str) -> list[int]:
        """Every column mapped to field, left to right."""
        return [i for i, f in sorted(self.mapping.items()) if f == field]

    def title(self, index: int) -> str:
        return self.table.columns[index].title if index < len(self.table.columns) else ""

    def error(
        self, reason: Message, row: int | None = None, index: int | None = None
    ) -> SpreadsheetError:
        return SpreadsheetError(
            reason,
            file=self.table.file,
            sheet=self.table.sheet,
            row=row,
            column=self.title(index) if index is not None else None,
        )

    def cell(self, cells: list[object], field: str) -> object:
        index = self.by_field.get(field)
        return cells[index] if index is not None and index < len(cells) else ""

    def read(self, row: PlayerRow, field: str, parse: Callable[[object], object]) -> object:
        """parse(cell of field) with a CellError turned into a located SpreadsheetError."""
        try:
            return parse(self.cell(row.cells, field))
        except CellError as exc:
            raise self.error(exc.reason, row.number, self.by_field[field]) from exc

    def player_rows(
        self, skipped: list[SkippedRow], progress: Progress | None = None
    ) -> Iterator[PlayerRow]:
        """Rows that name a player; totals, notes and nameless rows go to skipped with why."""
        header_labels = {synonyms.key(c.label) for c in self.table.columns if c.label}
        total = len(self.table.rows) - self.table.data_start
        player, ident = self.by_field.get("player"), self.by_field.get("id")
        for done, (number, cells) in enumerate(self.table.data_rows()):
            if progress and done % PROGRESS_EVERY == 0:
                progress(done, total)
            # only the first three filled cells and the last are looked at: read no more
            first = list(islice(filter(None, map(text, cells)), 3))
            if not first:
                continue
            last = next(filter(None, map(text, reversed(cells))))
            name = text(cells[player]) if player is not None and player < len(cells) else ""
            player_id = (
                text(cells[ident]) if ident is not None and ident < len(cells) else ""
            ) or None
            reason = self._skip_reason(name, player_id, first, last, header_labels)
            if reason:
                skipped.append(SkippedRow(number, reason))
                continue
            key = f"id:{player_id}" if player_id else synonyms.key(name)
            yield PlayerRow(number, cells, name, player_id, key)
        if progress:
            progress(total, total)

    @staticmethod
    def _skip_reason(
        name: str, player_id: str | None, first: list[str], last: str, header_labels: set[str]
    ) -> Message | None:
        """first: the row's first three filled cells (one if it has only one); last: its last."""
        if any(map(synonyms.is_total_row, first)):
            return Message("import.skip.total")
        if len(first) == 1 and synonyms.is_note_row(first[0]):
            return Message("import.skip.note")
        if name and synonyms.key(name) in header_labels and synonyms.key(last) in header_labels:
            return Message("import.skip.header")
        if not name and not player_id:
            return Message("import.skip.no-name")
        if len(name) > MAX_NAME or len(player_id or "") > MAX_NAME:
            return Message("import.skip.too-long", {"length": max(len(name), len(player_id or ""))})
        return None
