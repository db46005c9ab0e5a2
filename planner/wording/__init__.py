"""Messages as data, worded at the edge: a ``Message`` is a code and its parameters; ``word``
turns it into a sentence in English or Spanish from the wording tables.

``planner/`` builds Messages, never sentences; the window, the CLI and the export word them in
the user's language. A table maps each code to its template per language; templates take the
parameters by name (``"{player} is injured"``). A parameter that is itself a Message is worded
first (a status, a position code, a fixture's name), so a sentence never mixes languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Language = Literal["en", "es"]
LANGUAGES: tuple[Language, ...] = ("en", "es")

_TEMPLATES: dict[str, dict[Language, str]] = {}


@dataclass(frozen=True)
class Message:
    """A code from a wording table and the values its templates take by name."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)


def register(table: Mapping[str, Mapping[Language, str]]) -> None:
    """Add a wording table: code -> {language: template}. Every code needs every language,
    and a code is registered once (a clash is a programming error, raised at import)."""
    for code, templates in table.items():
        missing = [lang for lang in LANGUAGES if lang not in templates]
        if missing:
            raise ValueError(f"wording {code!r} lacks {', '.join(missing)}")
        if code in _TEMPLATES and _TEMPLATES[code] != templates:
            raise ValueError(f"wording {code!r} registered twice")
        _TEMPLATES[code] = dict(templates)


def codes() -> frozenset[str]:
    """Every registered code (the translation test checks each is worded in every language)."""
    return frozenset(_TEMPLATES)


def word(message: Message | str, language: Language = "en") -> str:
    """message as a sentence in language; a plain str (a name, a number's text) is itself."""
    if isinstance(message, str):
        return message
    try:
        template = _TEMPLATES[message.code][language]
    except KeyError:
        raise KeyError(f"no {language} wording for {message.code!r}") from None
    values = {
        name: word(value, language) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
    return template.format(**values)
