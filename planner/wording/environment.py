"""The language the command line words its output in, from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping

from planner.wording import Language


def language_from_environment(environ: Mapping[str, str] | None = None) -> Language:
    """Spanish when the POSIX messages locale (LC_ALL, else LC_MESSAGES, else LANG) is a
    Spanish one ('es_ES.UTF-8', 'es'), else English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return "es" if env[name].lower().startswith("es") else "en"
    return "en"
