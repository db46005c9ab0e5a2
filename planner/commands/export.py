"""``export PLAN [-o OUT.xlsx] [--players-sheets] [--force]``: write the plan's rotation sheets
to an Excel workbook; paper size and dates follow the environment's locale (LC_PAPER, LC_TIME,
LANG), positions and reasons are worded in --language. A plan that breaks a rule is not
exported unless --force: its errors go to stderr."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from planner.cli import EXIT_USER_ERROR
from planner.export import PrintLocale, export_excel
from planner.planfile import load_plan
from planner.validate import validate, worded_problem
from planner.wording import Message, word
from planner.wording.cli import count_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="write rotation sheets (summary, one page per fixture) to an .xlsx"
    )
    parser.add_argument("plan", type=Path, help="plan file (.squadplan)")
    parser.add_argument(
        "-o", "--output", type=Path, help="workbook to write (default: the plan's name, .xlsx)"
    )
    parser.add_argument(
        "--players-sheets",
        action="store_true",
        help="add a large-type sheet per fixture for the dressing-room wall (XI, bench, "
        "substitutions; no readiness or medical status)",
    )
    parser.add_argument(
        "--force", action="store_true", help="export even if the plan breaks a rule"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    output = args.output or args.plan.with_suffix(".xlsx")
    errors = [p for p in validate(plan) if p.severity == "error"]
    if errors and not args.force:
        lang = args.language
        severity = word(Message("cli.severity.error"), lang)
        for problem in errors:
            print(f"{severity:<7}  {worded_problem(problem, plan, lang)}", file=sys.stderr)
        refused = {"errors": count_of("errors", len(errors)), "path": output}
        print(f"{severity}: {word(Message('cli.export.refused', refused), lang)}", file=sys.stderr)
        return EXIT_USER_ERROR
    locale = replace(PrintLocale.from_environment(), language=args.language)
    export_excel(plan, output, locale=locale, players_sheets=args.players_sheets)
    print(word(Message("cli.wrote", {"path": output}), args.language))
    return 0
