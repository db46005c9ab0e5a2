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

NO_MINUTES_COLUMN = "no column of minutes was found (looked for a header such as Minutes or Min)"


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
            raise context.error(
                f"'{row.name or row.player_id}' is no player of the squad", row.number, who
            )
        if pid in rows:
            raise context.error(
                f"{squad[pid].name} is listed twice (rows {rows[pid]} and {row.number})",
                row.number,
                who,
            )
        value, _mark = minutes_cell(context, row, column)
        if value is not None and value > longest:
            raise context.error(
                f"{value} minutes is longer than the match ({longest} minutes)", row.number, column
            )
        rows[pid], minutes[pid] = row.number, value or 0
    return minutes
