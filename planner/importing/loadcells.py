"""Cells of a load log: a duration (minutes, h:mm:ss, mm:ss, an Excel time), an RPE 0-10, a
GPS measure; and the unit a load column's header gives in brackets."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time, timedelta
from functools import partial

import numpy as np

from planner.importing import cells, synonyms
from planner.importing.cells import CellError
from planner.sessions import MAX_DURATION
from planner.wording import Message

DISTANCES = ("total_distance", "hsr", "sprint_distance")
MEASURES = ("rpe", *DISTANCES, "accelerations", "player_load")  # a load log has one of them
UNITS: dict[str, tuple[str | None, ...]] = {
    "duration": (None, "min", "s", "clock"),
    "rpe": (None, "au"),
    "accelerations": (None, "count"),
    "player_load": (None, "au"),
} | {d: (None, "m", "km") for d in DISTANCES}
"""The units each load field may name in its header; None: no unit given."""
_EXPECTED = {"duration": "min, s, h:mm:ss", "rpe": "0-10", "accelerations": "n"} | {
    d: "m, km" for d in DISTANCES
}
PLAIN_KM = 25.0  # a distance column without a unit whose values all stay under this is in km

_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,3}):(\d{1,2}(?:[.,]\d+)?)$")
_MINUTES = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:['’′]|min|mins|minutes|minutos)?$")


def column_unit(field: str, label: str) -> str | None:
    """The unit of a load column from its header ('Total Distance (km)' -> 'km'); None when
    the header gives none. CellError when it names a unit the field cannot have."""
    split = synonyms.split_unit(label)
    if split is None or synonyms.is_listed_header(label):  # 'RPE (0-10)' is a header as it is
        return None
    found = synonyms.unit(split[1])
    if found is None or found not in UNITS[field]:
        raise CellError(
            Message("import.unknown-unit", {"unit": split[1], "expected": _EXPECTED[field]})
        )
    return found


def duration(cell: object, unit: str | None) -> float | None:
    """Minutes of a duration cell: 75, "75'", "1:15:30", "75:30" (mm:ss), an Excel time;
    seconds when unit is "s". None when blank."""
    if isinstance(cell, timedelta):
        value = cell.total_seconds() / 60
    elif isinstance(cell, time):
        value = cell.hour * 60 + cell.minute + cell.second / 60
    else:
        raw = cells.text(cell)
        if not raw:
            return None
        number = cells.number(cell)
        if number is not None:
            value = number / 60 if unit == "s" else number
            if unit == "clock" and 0 < number < 1:
                value = number * 24 * 60  # a time of day that lost its format: Excel days
        else:
            value = _duration_text(raw.lower())
    if value < 0:
        raise CellError(Message("import.negative-duration", {"raw": cells.text(cell)}))
    if value > MAX_DURATION:
        raise CellError(
            Message("import.duration-too-long", {"raw": cells.text(cell), "most": MAX_DURATION})
        )
    return value


def _duration_text(raw: str) -> float:
    clock = _CLOCK.match(raw)
    if clock:
        hours = int(clock[1] or 0)
        return hours * 60 + int(clock[2]) + float(clock[3].replace(",", ".")) / 60
    minutes = _MINUTES.match(raw)
    if minutes:
        return float(minutes[1].replace(",", "."))
    if raw.startswith("-") and (_CLOCK.match(raw[1:]) or _MINUTES.match(raw[1:])):
        return -_duration_text(raw[1:])
    raise CellError(Message("import.not-duration", {"raw": raw}))


def measure(cell: object, field: str) -> float | None:
    """An RPE (0-10) or a GPS measure (>= 0) in its column's unit; None when blank."""
    raw = cells.text(cell)
    if not raw:
        return None
    value = cells.number(cell)
    what = Message(f"import.what.{field}")
    if value is None:
        raise CellError(Message("import.not-a", {"raw": raw, "what": what}))
    if field == "rpe" and not 0 <= value <= 10:
        raise CellError(Message("import.rpe-out-of-range", {"raw": raw}))
    if value < 0:
        raise CellError(Message("import.negative-measure", {"raw": raw, "what": what}))
    return value


_PLAIN = {str, float, int}  # cells float() may read as they are (bool is refused: not a number)
_CHUNK = 4_096


def column(
    cells_: list[object], field: str, unit: str | None
) -> tuple[np.ndarray, tuple[int, CellError] | None]:
    """Every cell of a load column as duration() or measure() reads it (NaN when blank, in the
    column's unit) and the first cell they refuse with why (None when none).

    Plain numbers are read a chunk at a time by float() in C and checked as whole arrays; the
    other cells (a text duration, a decimal comma, a bad value) go through the cell's own
    parser, once per distinct cell, so the values and the refusals are the same."""
    parse: Callable[[object], float | None] = (
        partial(duration, unit=unit) if field == "duration" else partial(measure, field=field)
    )
    raw = np.empty(len(cells_), dtype=object)
    raw[:] = cells_
    numbers = _plain_numbers(raw)
    values, fits = _checked(numbers, field, unit)
    values = np.where(fits, values, np.nan)
    pending = np.flatnonzero(~fits & (raw != ""))
    known: dict[tuple[type, object], float | None] = {}
    for i in pending:
        cell = raw[i]
        key = (type(cell), cell)
        try:
            value = known[key] if key in known else known.setdefault(key, parse(cell))
        except TypeError:  # an unhashable cell
            value = parse(cell)
        except CellError as exc:
            return values, (int(i), exc)
        values[i] = np.nan if value is None else value
    return values, None


def _plain_numbers(raw: np.ndarray) -> np.ndarray:
    """float(cell) where every filled cell of its chunk is a str, float or int that float()
    reads (a decimal comma read as a point, as cells.number does); NaN elsewhere."""
    out = np.full(len(raw), np.nan)
    filled = np.flatnonzero(raw != "")
    for start in range(0, len(filled), _CHUNK):
        index = filled[start : start + _CHUNK]
        part = raw[index]
        if not set(map(type, part)) <= _PLAIN:
            continue
        try:
            out[index] = part.astype(float)
        except (ValueError, OverflowError):
            if not any(isinstance(c, str) and "," in c for c in part):
                continue  # text durations, words: for the cell parser
            commas = [c.replace(",", ".", 1) if isinstance(c, str) else c for c in part]
            try:
                out[index] = np.array(commas, dtype=object).astype(float)
            except (ValueError, OverflowError):
                continue
    return out


def _checked(numbers: np.ndarray, field: str, unit: str | None) -> tuple[np.ndarray, np.ndarray]:
    """What duration() or measure() makes of plain numbers, and where it takes them as they
    are (finite and in range: the rest go through the parser, which says why not)."""
    fits = np.isfinite(numbers)
    if field == "duration":
        values = numbers / 60 if unit == "s" else numbers
        if unit == "clock":
            values = np.where((numbers > 0) & (numbers < 1), numbers * 24 * 60, values)
        return values, fits & (values >= 0) & (values <= MAX_DURATION)
    fits &= numbers >= 0
    if field == "rpe":
        fits &= numbers <= 10
    return numbers, fits
