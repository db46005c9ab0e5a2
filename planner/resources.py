"""Reads the data files shipped inside the packages (``planner/data``, ``ui/icons``,
``ui/translations``) through importlib.resources, so an installed or frozen app finds them
wherever it lives."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

DATA = "planner.data"


def package_file(package: str, name: str = "") -> Path:
    """Path on disk of the data file name inside package, or of the package's folder when name
    is empty (for readers that take a path, as Qt's).

    The packages are installed as folders (never zipped), so each file has a real path.
    """
    resource = files(package).joinpath(name)
    if not isinstance(resource, Path):
        raise FileNotFoundError(f"{package}/{name} is not a file on disk ({resource!r})")
    return resource


@cache
def load_json(name: str) -> Any:
    """Parsed contents of a JSON file in ``planner/data`` (cached; treat as read-only)."""
    return json.loads(files(DATA).joinpath(name).read_text(encoding="utf-8"))
