"""Where the header is (title rows above, a grouped two-row header) and what each column holds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from planner.importing import synonyms
from planner.importing.cells import CellError, months, parse_date, text, weekdays
from planner.importing.loadcells import MEASURES
from planner.importing.reader import Grid
from planner.resources import load_json
from planner.text import fold
from planner.wording import Message

HEADER_SCAN_ROWS = 30

# What a column can be mapped to; "" ignores it. "match" is one match's minutes (wide logs).
FIELDS: tuple[str, ...] = (
    "player",
    "id",
    "number",
    "position",
    "status",
    "rating",
    "birth_date",
    "notes",
    "yellow_cards",
    "date",
    "minutes",
    "competition",
    "opponent",
    "match",
    "session",
    "drill",
    "session_kind",
    "duration",
    "rpe",
    "total_distance",
    "hsr",
    "sprint_distance",
    "accelerations",
    "player_load",
)
REPEATABLE_FIELDS = frozenset({"match", "yellow_cards"})

Mapping = dict[int, str]  # column index -> field


@dataclass(frozen=True)
class Match:
    """A match a wide log's column stands for."""

    date: date
    opponent: str = ""
    competition: str = ""

    @property
    def labels(self) -> tuple[str, str]:
        """(competition, opponent), as an appearance records them."""
        return self.competition, self.opponent


@dataclass(frozen=True)
class Column:
    """One column of the table: its header text and the group label above it, if any."""

    index: int
    label: str
    group: str = ""
    year: int | None = None  # for match headers without one ('Sun 9 Mar v Charlotte')

    @property
    def title(self) -> str:
        """The name the staff see in messages and the dialog: 'Min', or 'MLS / YC'."""
        if self.group and self.group != self.label:
            return f"{self.group} / {self.label}" if self.label else self.group
        return self.label or f"column {self.index + 1}"

    def match(self) -> Match | None:
        """The match this column's header names ('2025-03-09 v Charlotte', or the group)."""
        own = parse_match_header(self.label, self.year)
        if own:
            return own if own.competition else _with_competition(own, self.group)
        if self.group and synonyms.header_field(self.label) in ("minutes", None):
            above = parse_match_header(self.group, self.year)
            if above:
                return above
        return None

    def competition(self) -> str:
        """The competition a column names in its header or group ('YC MLS', 'MLS' above)."""
        for candidate in (self.label, self.group):
            code = _competition_in(candidate)
            if code:
                return code
        return ""


@dataclass
class Table:
    """A sheet's cells with its header located; row numbers are the sheet's (1-based)."""

    file: str
    sheet: str | None
    sheets: tuple[str, ...]
    rows: Grid
    header_start: int
    header_end: int
    columns: list[Column]
    warnings: list[Message] = field(default_factory=list)

    @property
    def data_start(self) -> int:
        """Index (0-based) of the first row under the header."""
        return self.header_end + 1

    def data_rows(self) -> Iterator[tuple[int, list[object]]]:
        """(row number as the sheet shows it, cells) for each row under the header."""
        for index in range(self.data_start, len(self.rows)):
            yield index + 1, self.rows[index]


def locate_header(rows: Grid) -> tuple[int, int, list[Column]] | None:
    """(first header row, last header row, columns) or None when no header row is found."""
    best, best_score = -1, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = sum(1 for cell in row if _is_header_word(cell))
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        return None
    lower = rows[best]
    upper = rows[best - 1] if best > 0 else []
    grouped = _is_group_row(upper, lower)
    width = max(len(lower), len(upper) if grouped else 0)
    groups = _forward_filled(upper, lower, width) if grouped else [""] * width
    start = best - 1 if grouped else best
    labels = [text(c) for c in lower] + groups
    year = _season_year(rows[:start], labels)
    columns = []
    for index in range(width):
        label = text(lower[index]) if index < len(lower) else ""
        group = groups[index]
        if not label and group:
            label, group = group, ""
        columns.append(Column(index, label, group, year))
    return start, best, columns


def _season_year(title_rows: Grid, labels: list[str]) -> int | None:
    """The year of match headers that leave it out: the one year the other match headers
    name, else the one year the title rows above the header name; None when unsure."""
    years = {m.date.year for label in labels if label and (m := parse_match_header(label))}
    if not years:
        years = {int(y) for row in title_rows for cell in row for y in _YEAR.findall(text(cell))}
    return years.pop() if len(years) == 1 else None


def detect_mapping(table: Table) -> Mapping:
    """The field each column most likely holds (synonyms, match headers); unknown ones left out."""
    mapping: Mapping = {}
    for column in table.columns:
        found = _field_of(column)
        if found and (found in REPEATABLE_FIELDS or found not in mapping.values()):
            mapping[column.index] = found
    fields = set(mapping.values())
    if fields & set(MEASURES) and "duration" not in fields and "minutes" in fields:
        # a session-RPE sheet's 'Minutes' is the session's duration, not match minutes
        mapping = {i: "duration" if f == "minutes" else f for i, f in mapping.items()}
    return mapping


def _field_of(column: Column) -> str | None:
    found = synonyms.header_field(column.label) or _field_without_competition(column.label)
    if found in (None, "minutes") and column.match():
        return "match"
    return found


def _field_without_competition(label: str) -> str | None:
    """The field of a header that also names a competition: 'YC MLS', 'Amarillas (CCC)'."""
    words = re.sub(r"[()\[\]]", " ", label).split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if synonyms.competition(tail) and synonyms.header_field(head):
            return synonyms.header_field(head)
        if synonyms.competition(head) and synonyms.header_field(tail):
            return synonyms.header_field(tail)
    return None


def _competition_in(label: str) -> str:
    whole = synonyms.competition(label)
    if whole:
        return whole
    words = re.sub(r"[()\[\]]", " ", label).split()
    for size in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            code = synonyms.competition(" ".join(words[start : start + size]))
            if code:
                return code
    return ""


def _is_header_word(cell: object) -> bool:
    label = text(cell)
    return bool(label) and (
        synonyms.header_field(label) is not None
        or _field_without_competition(label) is not None
        or parse_match_header(label) is not None
    )


def _is_group_row(upper: list[object], lower: list[object]) -> bool:
    """Whether the row above the header labels groups of columns (not a title or a blank)."""
    filled = [i for i, cell in enumerate(upper) if text(cell)]
    if not filled:
        return False
    below_blank = any(i >= len(lower) or not text(lower[i]) for i in filled)
    return below_blank or any(i > 0 for i in filled)


def _forward_filled(upper: list[object], lower: list[object], width: int) -> list[str]:
    """Group labels spread over the columns a (merged) label spans, up to the next label."""
    groups, current = [], ""
    for index in range(width):
        label = text(upper[index]) if index < len(upper) else ""
        below = text(lower[index]) if index < len(lower) else ""
        if label:
            current = label if below else ""  # a label over a blank is one column, merged down
            groups.append(label)
        else:
            groups.append(current if below else "")
    return groups


@cache
def _match_prefixes() -> tuple[str, ...]:
    words = load_json(synonyms.SYNONYMS_FILE)["match_prefixes"]
    return tuple(sorted((fold(w) for w in words), key=len, reverse=True))


_HEADER_DATE = re.compile(
    r"^(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|(?:[a-z]+\.?,?\s+)?\d{1,2}\s+[a-z]+\.?\s+\d{4})(?P<rest>.*)$"
)


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@cache
def parse_match_header(label: str, year: int | None = None) -> Match | None:
    """A match from a header like '2025-03-09 v Charlotte (MLS)' or '09/03/2025 @ Atlanta';
    with year, also '9 Mar v Charlotte', 'Sun 9 Mar @ Atlanta', '09/03 v Charlotte'."""
    folded = fold(label)
    found = _HEADER_DATE.match(folded)
    if found:
        try:
            day = parse_date(found["date"].strip())
        except CellError:
            return None
        rest = label[len(label) - len(found["rest"]) :] if found["rest"] else ""
    else:
        yearless = _yearless(label, year) if year else None
        if yearless is None:
            return None
        day, rest = yearless
    if day is None:
        return None
    return _match(day, rest.strip())


def _yearless(label: str, year: int) -> tuple[date, str] | None:
    """(date, the rest of the header) for a header whose date leaves out the year."""
    original = label.split()
    words = fold(label).split()
    if len(words) != len(original):
        original = words
    starts = [1, 0] if words and words[0].rstrip(".,") in weekdays() else [0]
    for start in starts:
        found = _day_month(words[start:])
        if found:
            day, month, used = found
            try:
                return date(year, month, day), " ".join(original[start + used :])
            except ValueError:
                return None
    return None


def _day_month(words: list[str]) -> tuple[int, int, int] | None:
    """(day, month, words used) from '9 mar', 'mar 9', '9th march' or '09/03' (day first)."""
    names = months()
    if words and (numeric := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})\.?", words[0])):
        return int(numeric[1]), int(numeric[2]), 1
    if len(words) < 2:
        return None
    day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?,?", words[0])
    if day and words[1].rstrip(".,") in names:
        return int(day[1]), names[words[1].rstrip(".,")], 2
    day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?,?", words[1])
    if day and words[0].rstrip(".,") in names:
        return int(day[1]), names[words[0].rstrip(".,")], 2
    return None


def _match(day: date, rest: str) -> Match:
    """A match on day; rest is what follows the date: 'v Charlotte (MLS)', '@ Atlanta'."""
    competition = _competition_in(rest)
    bracket = re.search(r"[(\[]([^)\]]*)[)\]]\s*$", rest)
    if bracket and synonyms.competition(bracket[1]):
        rest = rest[: bracket.start()].strip()
    lowered = fold(rest)
    for prefix in _match_prefixes():
        if lowered.startswith(prefix + " ") or (prefix in "@-–" and lowered.startswith(prefix)):
            rest = rest[len(prefix) :].strip()
            break
    return Match(day, rest.strip(" -–"), competition)


def _with_competition(match: Match, group: str) -> Match:
    code = _competition_in(group) if group else ""
    return Match(match.date, match.opponent, code) if code else match
