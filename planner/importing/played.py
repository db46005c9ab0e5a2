"""A played match's minutes from a spreadsheet of player and minutes (the importer's reading
rules: header found, columns mapped by their names in English or Spanish, marks such as
'DNP' read as no minutes)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from planner.importing.header import detect_mapping
from planner.importing.importer import NO_PLAYER_COLUMN, read_table
from planner.importing.minutes import minutes_cell
from planner.importing.rows import RowContext
from planner.players import Player
from planner.text import fold
from planner.wording import Message

NO_MINUTES_COLUMN = Message("import.no-minutes-column")


def read_match_minutes(
    path: str | os.PathLike[str],
    squad: Mapping[str, Player],
    longest: int,
    sheet: str | None = None,
) -> dict[str, int]:
    """Minutes per squad player id as the file gives them (0 for a mark or a blank).

    Raises SpreadsheetError naming the row for a name or id that is no squad player's, a
    player listed twice, or minutes longer than longest (the match with its added time).
    """
    table = read_table(path, sheet)
    context = RowContext(table, detect_mapping(table))
    who = context.by_field.get("player", context.by_field.get("id"))
    if who is None:
        raise context.error(NO_PLAYER_COLUMN)
    column = context.by_field.get("minutes")
    if column is None:
        raise context.error(NO_MINUTES_COLUMN)
    by_name = {fold(player.name): pid for pid, player in squad.items()}
    rows: dict[str, int] = {}
    minutes: dict[str, int] = {}
    for row in context.player_rows([]):
        pid = row.player_id if row.player_id in squad else by_name.get(fold(row.name))
        if pid is None:
            unknown = {"name": row.name or row.player_id}
            raise context.error(Message("import.not-in-squad", unknown), row.number, who)
        if pid in rows:
            twice = {"name": squad[pid].name, "first": rows[pid], "second": row.number}
            raise context.error(Message("import.listed-twice", twice), row.number, who)
        value, _mark = minutes_cell(context, row, column)
        if value is not None and value > longest:
            too_long = {"minutes": value, "longest": longest}
            raise context.error(Message("import.longer-than-match", too_long), row.number, column)
        rows[pid], minutes[pid] = row.number, value or 0
    return minutes
