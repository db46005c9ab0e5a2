"""Text normalisation shared by matching, ids and importers."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of text, for matching names and headers."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def slug(text: str) -> str:
    """ASCII id form of text: 'Óscar Ustari' -> 'oscar-ustari'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def clip(text: str, limit: int = 60) -> str:
    """text cut to limit characters with an ellipsis: a 40,000-character cell in a message
    would make the message unreadable (and a dialog as wide as the text)."""
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


_QUOTED = re.compile(r"'([^']{61,})'")


def clip_quoted(message: str) -> str:
    """message with every long quoted part ('...') clipped."""
    return _QUOTED.sub(lambda m: f"'{clip(m[1])}'", message)
