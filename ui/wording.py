"""Messages from the planner core worded in the app's language (planner/wording)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from planner.wording import Language, Message, word


def app_language() -> Language:
    """The language the window speaks: install_language makes it Qt's default locale."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def worded(message: Message | str) -> str:
    """message as a sentence in the app's language."""
    return word(message, app_language())
