"""``new [--sample] -o PLAN``: write a new empty plan, or the sample week."""

from __future__ import annotations

import argparse
from pathlib import Path

import planner.wording.cli  # noqa: F401  (registers the wording of these Messages)
from planner.errors import PlannerError
from planner.plan import Plan
from planner.planfile import save_plan
from planner.sample import sample_plan
from planner.wording import Message, word


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("new", help="write a new plan file (empty, or the sample week)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="plan file to write")
    parser.add_argument(
        "--sample", action="store_true", help="the Inter Miami April 2025 sample (illustrative)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.output.exists() and not args.force:
        raise PlannerError(f"'{args.output}' already exists; use --force to overwrite it.")
    save_plan(sample_plan() if args.sample else Plan(), args.output)
    print(word(Message("cli.wrote", {"path": args.output}), args.language))
    return 0
