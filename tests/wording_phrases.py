"""The literal phrases of the core's wording tables (planner/wording), for tests that check a
Spanish window or workbook shows no English sentence."""

from __future__ import annotations

import importlib
import pkgutil
import string

import planner.wording
from planner.wording import _TEMPLATES, Language, codes


def wording_tables() -> None:
    """Import every wording table, so that each registers its codes."""
    for module in pkgutil.iter_modules(planner.wording.__path__):
        importlib.import_module(f"planner.wording.{module.name}")


def template_phrases(prefix: str, language: Language = "en") -> set[str]:
    """The literal words of every template in language whose code starts with prefix, a
    phrase at least five letters long (a lone "min" or " -> " would be Spanish too)."""
    wording_tables()
    phrases = set()
    for code in codes():
        if code.startswith(prefix):
            for literal, *_ in string.Formatter().parse(_TEMPLATES[code][language]):
                if sum(c.isalpha() for c in literal) >= 5:
                    phrases.add(literal.strip(" :;,()"))
    return phrases
