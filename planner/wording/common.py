"""Words many messages share: a player's status, his place in a lineup, days, months, a
fixture's name, and lists (a list is a chain of Messages, so ``word`` needs no list support)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.fixtures import Fixture
from planner.lineup import BENCH
from planner.players import Status
from planner.wording import Language, Message, register
from planner.wording.positions import position_name

_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
# The short forms Qt (CLDR) uses, so the core's fixture names match the window's tab titles.
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")

_STATUSES: dict[Status, dict[Language, str]] = {
    Status.AVAILABLE: {"en": "available", "es": "disponible"},
    Status.DOUBTFUL: {"en": "doubtful", "es": "en duda"},
    Status.INJURED: {"en": "injured", "es": "lesionado"},
    Status.SUSPENDED: {"en": "suspended", "es": "sancionado"},
    Status.UNAVAILABLE: {"en": "unavailable", "es": "no disponible"},
}

register(
    {f"status.{status.value}": words for status, words in _STATUSES.items()}
    | {
        f"weekday.{i}": {"en": en, "es": es}
        for i, (en, es) in enumerate(zip(_WEEKDAYS_EN, _WEEKDAYS_ES, strict=True))
    }
    | {
        f"weekday.short.{i}": {"en": en[:3], "es": es[:3]}
        for i, (en, es) in enumerate(zip(_WEEKDAYS_EN, _WEEKDAYS_ES, strict=True))
    }
    | {
        f"month.short.{i + 1}": {"en": en, "es": es}
        for i, (en, es) in enumerate(zip(_MONTHS_EN, _MONTHS_ES, strict=True))
    }
    | {
        "fixture.home": {
            "en": "{weekday} {day} {month} v {opponent}",
            "es": "{weekday} {day} {month} vs {opponent}",
        },
        "fixture.away": {
            "en": "{weekday} {day} {month} at {opponent}",
            "es": "{weekday} {day} {month} en campo de {opponent}",
        },
        "status.back": {"en": "back {day} {month}", "es": "vuelve {day} {month}"},
        "place.bench": {"en": "bench", "es": "banquillo"},
        "place.not_selected": {"en": "not selected", "es": "no convocado"},
        "list.commas": {"en": "{first}, {rest}", "es": "{first}, {rest}"},
        "list.semicolons": {"en": "{first}; {rest}", "es": "{first}; {rest}"},
    }
)


def status_name(status: Status) -> Message:
    """A player's status ("injured", "lesionado")."""
    return Message(f"status.{status.value}")


def back_on(day: date) -> Message:
    """An injured player's expected return ("back 18 Apr", "vuelve 18 abr")."""
    return Message("status.back", {"day": day.day, "month": Message(f"month.short.{day.month}")})


def weekday_name(day: date) -> Message:
    """The day's full weekday name ("Sunday", "domingo")."""
    return Message(f"weekday.{day.weekday()}")


def short_weekday(day: date) -> Message:
    """The day's short weekday name ("Sun", "dom")."""
    return Message(f"weekday.short.{day.weekday()}")


def short_month(day: date) -> Message:
    """The day's short month name ("Apr", "abr")."""
    return Message(f"month.short.{day.month}")


def fixture_name(fixture: Fixture) -> Message:
    """ "Sun 6 Apr v Toronto FC", "dom 6 abr vs Toronto FC"."""
    return match_name(fixture.kickoff, fixture.opponent, home=fixture.home)


def match_name(day: date, opponent: str, *, home: bool = True) -> Message:
    """A match by its day and opponent (a fixture, or a past match from the minutes history,
    which does not say where it was played: named as "v")."""
    return Message(
        "fixture.home" if home else "fixture.away",
        {
            "weekday": short_weekday(day),
            "day": day.day,
            "month": short_month(day),
            "opponent": opponent,
        },
    )


def place_name(place: str | None) -> Message | str:
    """A player's place in a lineup: a slot's position code, the bench, or not selected."""
    if place is None:
        return Message("place.not_selected")
    return Message("place.bench") if place == BENCH else position_name(place)


def joined(items: Sequence[Message | str], separator: str = "list.commas") -> Message | str:
    """items as one list ("A, B, C"; with "list.semicolons" "A; B; C"), each worded in the
    language of the whole."""
    if not items:
        return ""
    *rest, last = items
    result: Message | str = last
    for item in reversed(rest):
        result = Message(separator, {"first": item, "rest": result})
    return result
