"""Player rows to ImportedPlayer records and yellow-card counts, with per-cell errors."""

from __future__ import annotations

from planner.importing import cells, synonyms
from planner.importing.result import ImportedPlayer, YellowCards
from planner.importing.rows import PlayerRow, RowContext
from planner.wording import Message

SQUAD_FIELDS = ("id", "number", "position", "status", "rating", "birth_date", "notes")


def read_player(context: RowContext, row: PlayerRow, warnings: list[Message]) -> ImportedPlayer:
    """The squad fields of one row; fields whose column is absent or blank stay None."""
    has = context.by_field
    positions: tuple[str, ...] | None = None
    coarse = False
    if "position" in has:
        cell = context.cell(row.cells, "position")
        coarse = cells.coarse_positions(cell)
        found, unknown = cells.positions(cell)
        if unknown:
            warnings.append(
                Message(
                    "import.note.unknown-position",
                    {"row": row.number, "positions": ", ".join(unknown), "name": row.name},
                )
            )
        positions = found or None
    status = None
    if "status" in has:
        raw = cells.text(context.cell(row.cells, "status"))
        status = synonyms.status(raw) if raw else None
        if raw and status is None:
            warnings.append(
                Message(
                    "import.note.unknown-status",
                    {"row": row.number, "status": raw, "name": row.name},
                )
            )
    birth = context.read(row, "birth_date", cells.parse_date) if "birth_date" in has else None
    notes = cells.text(context.cell(row.cells, "notes")) or None if "notes" in has else None
    return ImportedPlayer(
        row=row.number,
        name=row.name,
        id=row.player_id,
        number=_whole(context, row, "number", Message("import.what.shirt-number"), 0, 999),
        positions=positions,
        status=status,
        rating=_whole(context, row, "rating", Message("import.what.rating"), 0, 100),
        birth_date=birth,  # type: ignore[arg-type]
        notes=notes,
        positions_coarse=coarse,
    )


def read_yellow_cards(
    context: RowContext, row: PlayerRow, default_competition: str
) -> list[YellowCards]:
    """The row's yellow cards per competition (a column's competition, else default), summed
    over its yellow-card columns (one per competition, or one per match in a wide log)."""
    counts: dict[str, int] = {}
    for index in context.columns_of("yellow_cards"):
        cell = row.cells[index] if index < len(row.cells) else ""
        try:
            count = cells.whole_number(cell, cells.YELLOW_CARDS, 0, 99)
        except cells.CellError as exc:
            raise context.error(exc.reason, row.number, index) from exc
        if count is not None:
            competition = context.table.columns[index].competition() or default_competition
            counts[competition] = counts.get(competition, 0) + count
    return [
        YellowCards(row.number, row.name, competition, count, row.player_id)
        for competition, count in counts.items()
    ]


def _whole(
    context: RowContext, row: PlayerRow, field: str, what: Message, low: int, high: int
) -> int | None:
    if field not in context.by_field:
        return None
    return context.read(row, field, lambda c: cells.whole_number(c, what, low, high))  # type: ignore[return-value]
