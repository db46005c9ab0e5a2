"""The app's version, written in one place (pyproject.toml), and the versions of the libraries it
runs on, for ``--version`` and Help > About."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

DISTRIBUTION = "squad-planner"
SOURCE_TREE = Path(__file__).resolve().parent.parent
# The libraries named in Help > About, by distribution name (PySide6 and Qt are added by ui/)
LIBRARIES = ("pandas", "numpy", "openpyxl", "python-calamine", "highspy")


def version() -> str:
    """The installed app's version, or pyproject.toml's when run from a source tree that was
    never installed."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:
        return source_tree_version(SOURCE_TREE)


def source_tree_version(root: Path) -> str:
    """The version in root/pyproject.toml, or "unknown" when there is none to read."""
    import tomllib

    try:
        with (root / "pyproject.toml").open("rb") as handle:
            project = tomllib.load(handle)["project"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"
    return str(project["version"]) if project.get("name") == DISTRIBUTION else "unknown"


def library_versions() -> dict[str, str]:
    """Python's version and each of LIBRARIES' ("not installed" when missing)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    found = {"Python": sys.version.split()[0]}
    for name in LIBRARIES:
        try:
            found[name] = installed(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


class ShowVersion(argparse.Action):
    """``--version``: print "Squad Planner <version>" and exit (the version is looked up only
    then: importlib.metadata costs ~20 ms at start-up)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show the version and exit")
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        print(f"Squad Planner {version()}")
        parser.exit()
