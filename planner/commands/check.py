"""``check PLAN``: list the plan's problems in --language; exit 1 if any is an error, else 0."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.planfile import load_plan
from planner.validate import validate, worded_problem
from planner.wording import Message, word
from planner.wording.cli import count_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="list rule breaks and warnings (exit 1 if any error)"
    )
    parser.add_argument("plan", type=Path, help="plan file (.squadplan)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    problems = validate(plan)
    for problem in problems:
        severity = word(Message(f"cli.severity.{problem.severity}"), args.language)
        print(f"{severity:<7}  {worded_problem(problem, plan, args.language)}")
    errors = sum(p.severity == "error" for p in problems)
    totals = Message(
        "cli.totals",
        {
            "errors": count_of("errors", errors),
            "warnings": count_of("warnings", len(problems) - errors),
        },
    )
    print(word(totals, args.language))
    return 1 if errors else 0
