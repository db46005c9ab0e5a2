"""Cells of a load log: a duration (minutes, h:mm:ss, mm:ss, an Excel time), an RPE 0-10, a
GPS measure; and the unit a load column's header gives in brackets."""

from __future__ import annotations

import re
from datetime import time, timedelta

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
