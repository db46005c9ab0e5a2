"""``check PLAN``: list the plan's problems; exit 1 if any is an error, else 0."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.planfile import load_plan
from planner.validate import validate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="list rule breaks and warnings (exit 1 if any error)"
    )
    parser.add_argument("plan", type=Path, help="plan file (.squadplan)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems = validate(load_plan(args.plan))
    for problem in problems:
        print(f"{problem.severity:<7}  {problem.message}")
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    return 1 if errors else 0
