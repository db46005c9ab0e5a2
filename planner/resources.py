"""Reads the data files in the repository's ``resources/`` folder (formations, rules, positions)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """Path of a file in ``resources/``."""
    return RESOURCES_DIR / name


@cache
def load_json(name: str) -> Any:
    """Parsed contents of a JSON file in ``resources/`` (cached; treat as read-only)."""
    with resource_path(name).open(encoding="utf-8") as handle:
        return json.load(handle)
