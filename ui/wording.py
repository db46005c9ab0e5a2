"""Messages from the core (planner.wording) worded in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from planner.wording import Language, Message, word


def language() -> Language:
    """The app's language: QLocale's default is set to it at start-up (ui.language)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def worded(message: Message | str) -> str:
    """message as a sentence in the app's language."""
    return word(message, language())
