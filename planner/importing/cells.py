"""One cell to one value (minutes, shirt number, date...), or a CellError saying why not."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache

import planner.wording.importing  # noqa: F401  (registers the wording of these Messages)
from planner.importing import synonyms
from planner.resources import load_json
from planner.text import fold
from planner.wording import Message, word

MAX_MINUTES = 130  # 90 + extra time 30 + added time; more is a typing error
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIALS = (3_000, 80_000)  # 1908 to 2119: a number outside is not a date
# Dates the plan can hold (pandas' range is 1677-2262); a squad's or a log's fall well inside.
YEARS = (1900, 2100)
YELLOW_CARDS = Message("import.what.yellow-cards")  # what a yellow-card cell must be


class CellError(ValueError):
    """A cell whose content cannot be what its column says; reason is for the staff."""

    def __init__(self, reason: Message) -> None:
        super().__init__(word(reason))
        self.reason = reason


@lru_cache(maxsize=1 << 16, typed=True)  # names, dates and marks repeat down a long log
def text(cell: object) -> str:
    """A cell as text, spaces collapsed; whole floats without '.0'; '' for an empty cell."""
    if cell is None or cell == "":
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime) and cell.time() == time():
        return cell.date().isoformat()
    return " ".join(str(cell).split())


def number(cell: object) -> float | None:
    """A numeric cell or numeric text ('45,5' decimal comma too); None when it is not one."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        return float(cell) if math.isfinite(cell) else None
    value = text(cell).replace(",", ".", 1)
    try:
        result = float(value)
    except ValueError:
        return None
    return result if math.isfinite(result) else None


_MINUTES = re.compile(
    r"^(?P<base>\d+(?:[.,]\d+)?)\s*(?:['’′]|min|mins|minutos|minutes)?\s*"
    r"(?:\+\s*(?P<added>\d+)?)?\s*['’′]?$"
)


def minutes(cell: object) -> tuple[int | None, str | None]:
    """(minutes, None) for a value; (None, why) for a mark like DNP; (None, None) when blank.

    Accepts 90, 45.0, "45'", "90+", "90+3" (93), "67,5"; refuses text that is not minutes
    and values outside 0-130 with a CellError.
    """
    if isinstance(cell, timedelta):
        cell = cell.total_seconds() / 60
    raw = text(cell)
    if not raw:
        return None, None
    mark = synonyms.minute_mark(raw)
    if mark:
        return None, mark
    value = number(cell)
    if value is None:
        found = _MINUTES.match(raw.lower())
        if not found:
            raise CellError(Message("import.not-minutes", {"raw": raw}))
        value = float(found["base"].replace(",", ".")) + int(found["added"] or 0)
    if value < 0:
        raise CellError(Message("import.negative-minutes", {"raw": raw}))
    if value > MAX_MINUTES:
        raise CellError(Message("import.too-many-minutes", {"raw": raw, "most": MAX_MINUTES}))
    return round(value), None


def whole_number(cell: object, what: Message, low: int, high: int) -> int | None:
    """An integer between low and high ('#10' and 10.0 too); None when blank."""
    raw = text(cell)
    if not raw:
        return None
    value = number(raw.lstrip("#").strip())
    if value is None or not value.is_integer():
        raise CellError(Message("import.not-a", {"raw": raw, "what": what}))
    if not low <= value <= high:
        raise CellError(
            Message("import.out-of-range", {"raw": raw, "what": what, "low": low, "high": high})
        )
    return int(value)


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations, English and Spanish, folded -> month number."""
    table = load_json(synonyms.SYNONYMS_FILE)["months"]
    return {fold(word): int(month) for month, words in table.items() for word in words}


@cache
def weekdays() -> frozenset[str]:
    """Day names and abbreviations, English and Spanish, folded."""
    return frozenset(fold(w) for w in load_json(synonyms.SYNONYMS_FILE)["weekdays"])


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([a-z]+)\.?,?[\s/-]+(\d{4}|\d{2})$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def numeric_date_parts(raw: str) -> tuple[int, int] | None:
    """The two leading numbers of a d/m/y or m/d/y date, to decide the column's order."""
    found = _NUMERIC.match(raw.strip())
    return (int(found[1]), int(found[2])) if found else None


def day_first(cells: list[object]) -> bool:
    """Whether a column's a/b/yyyy dates are day-first: yes unless some b is over 12."""
    for cell in dict.fromkeys(cells):  # each distinct cell once, in order: dates repeat
        parts = numeric_date_parts(text(cell)) if isinstance(cell, str) else None
        if parts and parts[0] > 12:
            return True
        if parts and parts[1] > 12:
            return False
    return True


def parse_date(cell: object, *, dayfirst: bool = True) -> date | None:
    """A date cell or text (ISO, d/m/y or m/d/y, '9 Mar 2025', 'Sun 9 mar 2025'); None if blank.

    A date outside 1900-2100 raises a CellError (it is a typing error, and pandas could not
    hold year 2300 or year 1)."""
    found = _parse_date(cell, dayfirst)
    if found is not None and not YEARS[0] <= found.year <= YEARS[1]:
        raise CellError(
            Message(
                "import.implausible-date",
                {"day": found.isoformat(), "first": YEARS[0], "last": YEARS[1]},
            )
        )
    return found


def _parse_date(cell: object, dayfirst: bool) -> date | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _excel_serial(cell)
    raw = fold(text(cell))
    if not raw:
        return None
    found = _date_from_text(raw, dayfirst)
    if found is None:
        first, _, rest = raw.partition(" ")
        if first.rstrip(".,") in weekdays() and rest:
            found = _date_from_text(rest, dayfirst)
    if found is None:
        raise CellError(Message("import.not-a-date", {"raw": text(cell)}))
    return found


def _excel_serial(value: float) -> date:
    """A date typed as a number: Excel's day count (a date cell that lost its format)."""
    if not EXCEL_SERIALS[0] <= value <= EXCEL_SERIALS[1]:
        raise CellError(Message("import.not-a-date", {"raw": text(value)}))
    return EXCEL_EPOCH + timedelta(days=int(value))


def _date_from_text(raw: str, dayfirst: bool) -> date | None:
    try:
        if m := _ISO.match(raw):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.match(raw):
            a, b, year = int(m[1]), int(m[2]), _year(m[3])
            day, month = (a, b) if dayfirst else (b, a)
            return date(year, month, day)
        if (m := _DAY_MONTH.match(raw)) and m[2] in months():
            return date(_year(m[3]), months()[m[2]], int(m[1]))
        if (m := _MONTH_DAY.match(raw)) and m[1] in months():
            return date(int(m[3]), months()[m[1]], int(m[2]))
    except ValueError:
        return None
    return None


def _year(digits: str) -> int:
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def positions(cell: object) -> tuple[tuple[str, ...], list[str]]:
    """Position codes of a cell ('FW,MF', 'DF/MF', 'DC', 'Lateral izquierdo') and unknown parts."""
    raw = text(cell)
    if not raw:
        return (), []
    whole = synonyms.position(raw)
    if whole:
        return (whole,), []
    found: list[str] = []
    unknown: list[str] = []
    for part in _position_parts(raw):
        code = synonyms.position(part)
        words = [code] if code else [synonyms.position(w) for w in part.split()]
        if all(words):
            found.extend(w for w in words if w and w not in found)
        else:
            unknown.append(part)
    return tuple(found), unknown


def coarse_positions(cell: object) -> bool:
    """Whether a position cell gives only groups ('FW,MF', 'DF'): less than RW or AM says."""
    parts = _position_parts(text(cell))
    return bool(parts) and all(synonyms.is_position_group(p) for p in parts)


def _position_parts(raw: str) -> list[str]:
    return [p for p in re.split(r"\s*[,/;|&+]\s*|\s+-\s+|\s+y\s+|\s+and\s+", raw) if p]
