"""``python -m planner <command>``: the command-line face of the planner.

Each command lives in ``planner/commands/<name>.py`` with ``register(subparsers)`` that adds its
parser and sets ``func(args) -> int``. Errors meant for the user print one line and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from planner.errors import PlannerError
from planner.version import ShowVersion
from planner.wording import LANGUAGES, word
from planner.wording.environment import language_from_environment

COMMANDS = ("new", "check", "fatigue", "import_", "export", "suggest", "played")

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="python -m planner", description="Squad Planner: plan lineups, minutes and rotation."
    )
    parser.add_argument("--version", action=ShowVersion)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"planner.commands.{name}").register(subparsers)
    language = language_from_environment()
    for command in subparsers.choices.values():
        command.add_argument(
            "--language",
            choices=LANGUAGES,
            default=language,
            help=f"language of messages and sheets (default from LC_ALL/LANG: {language})",
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except PlannerError as exc:
        print(f"error: {word(exc.text, args.language)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
