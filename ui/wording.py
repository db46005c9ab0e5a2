"""Messages from the planner core worded in the app's language (planner/wording)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from planner.errors import PlannerError
from planner.wording import Language, Message, word
from planner.wording.positions import position_name


def app_language() -> Language:
    """The language the window speaks: install_language makes it Qt's default locale."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def worded(message: Message | str) -> str:
    """message as a sentence in the app's language."""
    return word(message, app_language())


def error_text(error: BaseException) -> str:
    """An error as the staff read it: a planner error worded in the app's language (its
    Message where it has one), anything else (an OSError) as Python words it."""
    return worded(error.text) if isinstance(error, PlannerError) else str(error)


def position_text(code: str) -> str:
    """A position or slot code (GK, LCB) as the window shows it: POR, DFC-I in Spanish."""
    return worded(position_name(code))


def positions_text(codes: Iterable[str], separator: str = "/") -> str:
    """A player's positions, main one first: "RW/AM", "ED/MCO"."""
    return separator.join(position_text(code) for code in codes)
