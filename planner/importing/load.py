"""Load logs (session-RPE questionnaires, GPS exports) to load-table sessions: one row per
player, date and session title, drill rows summed (docs/importing.md, "Load logs")."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from operator import itemgetter

import numpy as np
import pandas as pd

from planner.importing import cells, loadcells, synonyms
from planner.importing.cells import CellError
from planner.importing.result import LOAD_COLUMNS, empty_load
from planner.importing.rows import PlayerRow, RowContext
from planner.sessions import GPS_COLUMNS, MAX_DURATION
from planner.wording import Message

NUMBERS = ("duration", *loadcells.MEASURES)


def is_load_log(fields: set[str]) -> bool:
    """Whether mapped fields make a load log: a duration and an RPE or a GPS measure."""
    return "duration" in fields and bool(fields & set(loadcells.MEASURES))


class LoadLog:
    """Load rows collected one by one (kept as the file has them); frame() reads each column
    as a whole and sums the rows into sessions."""

    def __init__(self, context: RowContext, parse_day: Callable[[object], date | None]) -> None:
        self.context = context
        if "date" not in context.by_field:
            raise context.error(Message("import.no-date-column"))
        self.parse_day = parse_day
        self.drills = "drill" in context.by_field  # without it, every row is a drill
        self.units = {f: self._unit(f) for f in NUMBERS if f in context.by_field}
        self.columns = [context.by_field[f] for f in self.units]
        self.kinds: dict[tuple[str, str], str] = {}
        self.rows: list[int] = []
        self.cells: list[list[object]] = []  # each row's cells
        self.width = sys.maxsize  # cells in the shortest row
        self.keys: list[str] = []
        self.names: list[str] = []
        self.ids: list[str] = []
        self.km_read: list[str] = []  # distance columns taken as km without a unit

    def _unit(self, field: str) -> str | None:
        index = self.context.by_field[field]
        try:
            return loadcells.column_unit(field, self.context.table.columns[index].label)
        except CellError as exc:
            raise self.context.error(exc.reason, self.context.table.header_end + 1, index) from exc

    def add(self, row: PlayerRow) -> bool:
        """One row; False when it records nothing (no duration, RPE or GPS measure). Its
        cells are read with their whole column (frame()), so an error raised meanwhile must
        wait for check(): a bad cell in this or an earlier row is the first error."""
        cells_ = row.cells
        width = len(cells_)
        for i in self.columns:
            cell = cells_[i] if i < width else ""
            if (cell and not cell.isspace()) if type(cell) is str else not _blank(cell):
                break
        else:
            return False
        self.rows.append(row.number)
        self.cells.append(cells_)
        if width < self.width:
            self.width = width
        self.keys.append(row.key)
        self.names.append(row.name)
        self.ids.append(row.player_id or "")
        return True

    def check(self) -> None:
        """Raise the error of the first bad cell of the rows added so far, if any."""
        self._read()

    def _column(self, field: str) -> list[object]:
        index = self.context.by_field.get(field)
        if index is None:
            return [""] * len(self.cells)
        if index < self.width:
            return list(map(itemgetter(index), self.cells))
        return [row[index] if index < len(row) else "" for row in self.cells]

    def _read(self) -> tuple[dict[str, np.ndarray], list[date]]:
        """Each number column read as a whole (loadcells.column, distances in m) and each row's
        day. The first bad cell, by row, then duration, RPE and the GPS measures, the date last
        (the order rows were once read in), raises its own error."""
        values, refused = {}, []
        for order, (field, unit) in enumerate(self.units.items()):
            column, bad = loadcells.column(self._column(field), field, unit)
            values[field] = column * 1000 if unit == "km" else column
            if bad is not None:
                refused.append((bad[0], order, field, bad[1].reason))
        days, bad_day = self._days()
        if bad_day is not None:
            refused.append((bad_day[0], len(self.units), "date", bad_day[1]))
        if refused:
            index, _, field, reason = min(refused, key=lambda r: r[:2])
            raise self.context.error(reason, self.rows[index], self.context.by_field[field])
        return values, days

    def _days(self) -> tuple[list[date], tuple[int, Message] | None]:
        """Each row's day (each distinct cell parsed once), and the first row without one."""
        known: dict[object, date | None] = {}
        days: list[date] = []
        for i, cell in enumerate(self._column("date")):
            key = (type(cell), cell)
            try:
                day = known[key] if key in known else known.setdefault(key, self.parse_day(cell))
            except CellError as exc:
                return days, (i, exc.reason)
            if day is None:
                return days, (i, Message("import.date-missing"))
            days.append(day)
        return days, None

    def _whole(self, drill: str) -> bool:
        """Whether a row with this drill title is the whole session's (Period: 'Session')."""
        return self.drills and (not drill or synonyms.is_session_row(drill))

    def _kind(self, title: str, kind_cell: str) -> str:
        key = (title, kind_cell)
        if key not in self.kinds:
            words = [w for text in key for w in text.replace("/", " ").replace("(", " ").split()]
            if synonyms.is_match_word(kind_cell) or any(synonyms.is_match_word(w) for w in words):
                self.kinds[key] = "match"
            elif kind_cell and synonyms.is_other_word(kind_cell):
                self.kinds[key] = "other"
            else:
                self.kinds[key] = "training"
        return self.kinds[key]

    def frame(self) -> pd.DataFrame:
        """The sessions (LOAD_COLUMNS): rows of one player, date and title summed; a whole-
        session row's values stand where it gives them (see docs/importing.md)."""
        values, days = self._read()
        if not self.rows:  # every row recorded nothing (each is among the skipped rows)
            return empty_load()
        titles = [cells.text(c) for c in self._column("session")]
        drill_titles = [cells.text(c) for c in self._column("drill")]
        kinds = [cells.text(c) for c in self._column("session_kind")]
        rows = pd.DataFrame(
            {
                "row": self.rows,
                "key": self.keys,
                "player": self.names,
                "player_id": self.ids,
                "date": pd.to_datetime(pd.Series(days, dtype=object)).astype("datetime64[ns]"),
                "title": titles,
                "whole": _per_distinct(self._whole, drill_titles),
                "kind": list(map(self._kind, titles, kinds)),
            }
        )
        for field in NUMBERS:
            rows[field] = values.get(field, np.nan)
        self._plain_km(rows)
        self._refuse_two_session_rows(rows)
        rows["weighted"] = rows["rpe"] * rows["duration"]
        rows["rated"] = rows["duration"].where(rows["rpe"].notna())
        group = ["key", "date", "title"]
        drills = rows[~rows["whole"]].groupby(group, sort=False)
        summed = drills[["duration", "weighted", "rated", *GPS_COLUMNS]].sum(min_count=1)
        summed["rpe"] = summed["weighted"] / summed["rated"]
        plain = drills["rpe"].mean()  # drills of no duration: their plain mean
        summed["rpe"] = summed["rpe"].where(summed["rated"] > 0, plain)
        summed["drills"] = drills.size()
        whole = rows[rows["whole"]].set_index(group)[list(NUMBERS)]
        marked = rows.assign(match=rows["kind"] == "match", other=rows["kind"] == "other")
        by_session = marked.groupby(group, sort=False)
        first = by_session[["row", "player", "player_id"]].first()
        # match when any row says so; other when every row does; else training
        first["kind"] = np.where(
            by_session["match"].any(),
            "match",
            np.where(by_session["other"].all(), "other", "training"),
        )
        out = first.join(summed[["drills", *NUMBERS]])
        out["drills"] = out["drills"].fillna(0).astype("int64")
        out[list(NUMBERS)] = whole.combine_first(out[list(NUMBERS)]).reindex(out.index)
        out = out.reset_index().sort_values("row", kind="stable")
        self._check_durations(out)
        return out.loc[:, list(LOAD_COLUMNS)].reset_index(drop=True)

    def notes(self, sessions: pd.DataFrame) -> list[Message]:
        """What reading the log made of it: sessions and drills summed, km read, no RPE."""
        summed = int((sessions["drills"] > 1).sum())
        counts = {"sessions": len(sessions), "rows": len(self.rows), "summed": summed}
        notes = [Message("import.note.load-sessions", counts)]
        notes += [Message("import.note.km", {"column": c}) for c in self.km_read]
        unrated = int((sessions["rpe"].isna() & (sessions["kind"] != "match")).sum())
        if unrated:
            notes.append(Message("import.note.no-rpe", {"count": unrated}))
        return notes

    def _plain_km(self, rows: pd.DataFrame) -> None:
        """A total distance given without a unit whose values are all small decimals is km."""
        field = "total_distance"
        if field not in self.units or self.units[field] is not None:
            return
        values = rows[field].dropna().to_numpy()
        fractional = (values != np.round(values)).any()
        if len(values) and values.max() < loadcells.PLAIN_KM and fractional:
            rows[field] = rows[field] * 1000
            self.km_read.append(self.context.title(self.context.by_field[field]))

    def _refuse_two_session_rows(self, rows: pd.DataFrame) -> None:
        whole = rows[rows["whole"]]
        twice = whole.duplicated(["key", "date", "title"], keep=False).to_numpy()
        if twice.any():
            first, second = whole[twice].iloc[0], whole[twice].iloc[1]
            params = {
                "name": first["player"],
                "day": first["date"].date().isoformat(),
                "first": int(first["row"]),
                "second": int(second["row"]),
            }
            index = self.context.by_field["drill"]
            raise self.context.error(Message("import.two-entries", params), params["second"], index)

    def _check_durations(self, sessions: pd.DataFrame) -> None:
        """Every session needs a duration, and its drills may not add up past MAX_DURATION."""
        duration = sessions["duration"]
        for bad, code in (
            (duration.isna(), "import.session-no-duration"),
            (duration > MAX_DURATION, "import.long-session"),
        ):
            if bad.any():
                session = sessions[bad.to_numpy()].iloc[0]
                params = {
                    "name": session["player"],
                    "day": session["date"].date().isoformat(),
                    "minutes": 0 if code.endswith("no-duration") else round(session["duration"]),
                    "most": MAX_DURATION,
                }
                row, index = int(session["row"]), self.context.by_field["duration"]
                raise self.context.error(Message(code, params), row, index)


def _per_distinct(read: Callable[[str], bool], texts: list[str]) -> list[bool]:
    """read(text) for each text, called once per distinct text (a log repeats its drills)."""
    known = {text: read(text) for text in set(texts)}
    return [known[text] for text in texts]


def _blank(cell: object) -> bool:
    """Whether a number cell is empty (what the cell parsers read as nothing)."""
    if type(cell) is float or type(cell) is int:  # the common case: a number is never blank
        return False
    if isinstance(cell, str):
        return not cell or cell.isspace()
    return not cells.text(cell)
