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
