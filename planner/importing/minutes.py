"""Minutes logs to appearances: long (player, date, minutes) or wide (one column per match)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cache

import pandas as pd

from planner.importing import cells, synonyms
from planner.importing.header import Match
from planner.importing.result import APPEARANCE_COLUMNS, YellowCards
from planner.importing.rows import PlayerRow, RowContext
from planner.wording import Message


class AppearanceLog:
    """Appearances collected row by row, refusing a player twice on one date."""

    def __init__(self, context: RowContext) -> None:
        self.context = context
        self.records: list[tuple[object, ...]] = []  # in APPEARANCE_COLUMNS order
        self.seen: dict[tuple[str, date], int] = {}
        self.marks: Counter[str] = Counter()
        self.cards: dict[tuple[str, str], YellowCards] = {}

    def add(
        self, row: PlayerRow, day: date, minutes: int, labels: tuple[str, str], index: int
    ) -> None:
        """One appearance; labels are (competition, opponent)."""
        earlier = self.seen.setdefault((row.key, day), row.number)
        if earlier != row.number:
            raise self.context.error(
                Message(
                    "import.two-entries",
                    {
                        "name": row.name,
                        "day": day.isoformat(),
                        "first": earlier,
                        "second": row.number,
                    },
                ),
                row.number,
                index,
            )
        self.records.append((row.number, row.name, row.player_id or "", day, minutes, *labels))

    def add_cards(self, row: PlayerRow, competition: str, count: int) -> None:
        key = (row.key, competition)
        before = self.cards.get(key)
        total = count + (before.count if before else 0)
        self.cards[key] = YellowCards(row.number, row.name, competition, total, row.player_id)

    def frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.records, columns=list(APPEARANCE_COLUMNS))
        frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
        frame["minutes"] = frame["minutes"].astype("int64")
        return frame


def read_long_row(
    log: AppearanceLog, row: PlayerRow, parse_day: Callable[[object], object]
) -> bool:
    """One row of a long log: the player's minutes on a date (a mark or blank adds nothing).

    False when the row holds neither a date nor minutes (a player listed without a match).
    """
    context = log.context
    minutes, mark = minutes_cell(context, row, context.by_field["minutes"])
    day = context.read(row, "date", parse_day)
    if day is None:
        if minutes is None and mark is None:
            return False
        raise context.error(Message("import.date-missing"), row.number, context.by_field["date"])
    competition = _competition(cells.text(context.cell(row.cells, "competition")))
    opponent = cells.text(context.cell(row.cells, "opponent"))
    if "yellow_cards" in context.by_field:
        count = context.read(
            row, "yellow_cards", lambda c: cells.whole_number(c, cells.YELLOW_CARDS, 0, 2)
        )
        if count:
            log.add_cards(row, competition, count)  # type: ignore[arg-type]
    if mark:
        log.marks[mark] += 1
    elif minutes:
        log.add(row, day, minutes, (competition, opponent), context.by_field["minutes"])  # type: ignore[arg-type]
    return True


def read_wide_row(log: AppearanceLog, row: PlayerRow, matches: dict[int, Match]) -> None:
    """One row of a wide log: a player's minutes in each match column."""
    for index, match in matches.items():
        minutes, mark = minutes_cell(log.context, row, index)
        if mark:
            log.marks[mark] += 1
        elif minutes:
            log.add(row, match.date, minutes, match.labels, index)


def minutes_cell(context: RowContext, row: PlayerRow, index: int) -> tuple[int | None, str | None]:
    """A row's minutes in column index, or the mark written instead ('DNP'), as cells.minutes
    reads them; a located SpreadsheetError for anything else."""
    cell = row.cells[index] if index < len(row.cells) else ""
    if type(cell) is float and 0 <= cell <= cells.MAX_MINUTES:
        return round(cell), None  # the common case, kept fast for long logs
    try:
        return cells.minutes(cell)
    except cells.CellError as exc:
        raise context.error(exc.reason, row.number, index) from exc


@cache
def _competition(raw: str) -> str:
    """The competition code for a cell ('Champions Cup' -> 'CCC'); unknown text kept as it is."""
    return synonyms.competition(raw) or raw
