"""The import pipeline: file -> Table (header located) -> mapping -> ImportResult."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from planner.fixtures import competition_codes
from planner.importing import cells
from planner.importing.errors import SpreadsheetError, clipped, quoted
from planner.importing.header import (
    FIELDS,
    Mapping,
    Match,
    Table,
    detect_mapping,
    locate_header,
    parse_match_header,
)
from planner.importing.load import LoadLog, is_load_log
from planner.importing.minutes import AppearanceLog, read_long_row, read_wide_row
from planner.importing.reader import Source, open_source
from planner.importing.result import ImportResult, SkippedRow
from planner.importing.rows import Progress, RowContext
from planner.importing.squad import read_player, read_yellow_cards
from planner.wording import Message
from planner.wording.common import joined

NO_PLAYER_COLUMN = Message("import.no-player-column")


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """Read one sheet (the most squad-like one when sheet is None) and locate its header."""
    source = open_source(path)
    if source.kind == "text":
        return _table(source, None)
    if sheet is not None:
        return _table(source, sheet)
    candidates = []
    shown = [s for s in source.sheets if s not in source.hidden] or source.sheets
    for name in shown:
        try:
            table = _table(source, name)
        except SpreadsheetError:
            continue
        candidates.append((_score(table), table))
    if not candidates:
        if len(shown) == 1:
            return _table(source, shown[0])  # raises the sheet's own error
        raise source.error(Message("import.no-players-table", {"sheets": quoted(source.sheets)}))
    candidates.sort(key=lambda c: c[0], reverse=True)
    table = candidates[0][1]
    if len(source.sheets) > 1:
        others = quoted([s for s in source.sheets if s != table.sheet])
        table.warnings.append(
            Message("import.note.other-sheets", {"sheet": table.sheet, "others": others})
        )
    return table


def import_table(
    table: Table, mapping: Mapping | None = None, progress: Progress | None = None
) -> ImportResult:
    """Players, appearances and yellow cards of a table under mapping (detected when None)."""
    mapping = detect_mapping(table) if mapping is None else _checked(table, mapping)
    fields = set(mapping.values())
    context = RowContext(table, mapping)
    if not fields & {"player", "id"}:
        raise context.error(NO_PLAYER_COLUMN)
    matches = {i: m for i, f in mapping.items() if f == "match" and (m := _match(table, i))}
    kind = (
        "minutes-wide"
        if matches
        else "load"
        if is_load_log(fields)
        else "minutes"
        if {"date", "minutes"} <= fields
        else "squad"
    )
    result = ImportResult(
        table.file,
        table.sheet,
        kind,
        dict(mapping),
        {i: context.title(i) for i in mapping},
        warnings=list(table.warnings),
        sheets=table.sheets,
    )
    log = AppearanceLog(context)
    dayfirst = cells.day_first(_dates(table, context))
    parse_day = partial(cells.parse_date, dayfirst=dayfirst)
    load = LoadLog(context, parse_day) if kind == "load" else None
    many_rows = ("minutes", "load")  # kinds with a row per player and session
    default_competition = competition_codes()[0]
    seen: dict[str, int] = {}
    try:
        for row in context.player_rows(result.skipped, progress):
            first = seen.setdefault(row.key, row.number)
            if first != row.number and kind not in many_rows:
                raise context.error(
                    Message(
                        "import.appears-twice",
                        {"name": row.name, "first": first, "second": row.number},
                    ),
                    row.number,
                    context.by_field.get("player", context.by_field.get("id")),
                )
            if first == row.number:
                result.players.append(read_player(context, row, result.warnings))
            if load is not None:
                if not load.add(row):
                    result.skipped.append(SkippedRow(row.number, Message("import.skip.no-load")))
            elif kind == "minutes":
                if not read_long_row(log, row, parse_day):
                    result.skipped.append(
                        SkippedRow(row.number, Message("import.skip.no-date-or-minutes"))
                    )
            else:
                if kind == "minutes-wide":
                    read_wide_row(log, row, matches)
                result.yellow_cards.extend(read_yellow_cards(context, row, default_competition))
    except SpreadsheetError:
        if load is not None:
            load.check()  # a bad cell in an earlier row is the first error
        raise
    result.appearances = log.frame()
    if load is not None:
        result.sessions = load.frame()
        result.warnings.extend(load.notes(result.sessions))
    result.yellow_cards.extend(log.cards.values())
    result.warnings.extend(_notes(context, kind, log, result, default_competition))
    result.warnings = [clipped(w) for w in result.warnings]
    return result


def import_spreadsheet(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    mapping: Mapping | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read a spreadsheet (.xlsx/.xlsm/.xls/.ods/.csv) into an ImportResult; nothing is merged.

    Raises SpreadsheetError, naming the file, sheet, row and column, for anything that cannot
    be imported as a whole.
    """
    return import_table(read_table(path, sheet), mapping, progress)


def _table(source: Source, sheet: str | None) -> Table:
    rows = source.rows(sheet)
    if not any(cells.text(c) for row in rows for c in row):
        raise source.error(Message("import.sheet-empty" if sheet else "import.no-rows"), sheet)
    found = locate_header(rows)
    if found is None:
        raise SpreadsheetError(NO_PLAYER_COLUMN, file=source.name, sheet=sheet)
    start, end, columns = found
    table = Table(Path(source.path).name, sheet, source.sheets, rows, start, end, columns)
    table.warnings.extend(source.notes)
    return table


def _score(table: Table) -> tuple[int, int, int]:
    """How squad- or log-like a sheet is: a player column first, then fields, then rows."""
    fields = set(detect_mapping(table).values())
    return (int(bool(fields & {"player", "id"})), len(fields), len(table.rows))


def _checked(table: Table, mapping: Mapping) -> Mapping:
    for index, name in mapping.items():
        if name not in FIELDS or not 0 <= index < len(table.columns):
            raise SpreadsheetError(
                Message("import.column-unreadable", {"column": index + 1, "field": name}),
                file=table.file,
                sheet=table.sheet,
            )
    return {i: f for i, f in mapping.items() if f}


def _match(table: Table, index: int) -> Match:
    match = table.columns[index].match()
    if match is None:
        raise SpreadsheetError(
            Message("import.no-match-date"),
            file=table.file,
            sheet=table.sheet,
            row=table.header_end + 1,
            column=table.columns[index].title,
        )
    return match


def _dates(table: Table, context: RowContext) -> list[object]:
    """The cells of the date column (none when no column holds dates)."""
    index = context.by_field.get("date")
    if index is None:
        return []
    return [r[index] for r in table.rows[table.data_start :] if index < len(r)]


def _notes(
    context: RowContext,
    kind: str,
    log: AppearanceLog,
    result: ImportResult,
    default_competition: str,
) -> list[Message]:
    notes = []
    if kind == "squad" and "minutes" in context.by_field:
        column = context.title(context.by_field["minutes"])
        notes.append(Message("import.note.season-totals", {"column": column}))
    if log.marks:
        counts = joined(
            [
                Message(
                    "import.note.mark-count", {"mark": Message(f"import.mark.{why}"), "count": n}
                )
                for why, n in log.marks.most_common()
            ]
        )
        notes.append(Message("import.note.marks", {"counts": counts}))
    blank = int((result.appearances["competition"] == "").sum()) if len(result.appearances) else 0
    if blank:
        notes.append(Message("import.note.no-competition", {"count": blank}))
    uncounted = [
        context.title(i)
        for i in context.columns_of("yellow_cards")
        if not context.table.columns[i].competition()
    ]
    undated = [
        c.title
        for c in context.table.columns
        if c.index not in context.mapping and not c.year and parse_match_header(c.label, 2000)
    ]
    if undated:
        notes.append(Message("import.note.no-year", {"titles": quoted(undated)}))
    if uncounted and kind != "minutes":
        notes.append(
            Message(
                "import.note.cards-no-competition",
                {"titles": quoted(uncounted), "competition": default_competition},
            )
        )
    return notes
