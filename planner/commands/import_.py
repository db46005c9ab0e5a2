"""``import FILE... --into PLAN [--sheet NAME]``: load squads and minutes from spreadsheets.

Every file is read before anything is merged, and the plan is written once, atomically: any
error leaves the plan file exactly as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import planner.wording.cli  # noqa: F401  (registers the wording of these Messages)
from planner.importing import MergeOptions, import_spreadsheet, merge_import
from planner.plan import Plan
from planner.planfile import load_plan, save_plan
from planner.wording import Message, word


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help="load players and minutes from .xlsx/.xlsm/.xls/.ods/.csv into a plan"
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="spreadsheets")
    parser.add_argument(
        "--into", required=True, type=Path, metavar="PLAN", help="plan file (created if missing)"
    )
    parser.add_argument(
        "--sheet", metavar="NAME", help="sheet to read (default: the most squad-like one)"
    )
    parser.add_argument(
        "--add-new",
        action="store_true",
        help="add near-miss names ('L. Messi') as new players instead of matching known ones",
    )
    parser.add_argument(
        "--coarse-positions",
        action="store_true",
        help="let group positions (FW, MF, DF) replace a player's finer ones (RW, AM)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    results = [import_spreadsheet(path, sheet=args.sheet) for path in args.files]
    plan = load_plan(args.into) if args.into.exists() else Plan()
    options = MergeOptions(add_new=args.add_new, coarse_positions=args.coarse_positions)
    summaries = [merge_import(plan, result, options) for result in results]
    if any(s.changed for s in summaries) or not args.into.exists():
        save_plan(plan, args.into)
    for result, summary in zip(results, summaries, strict=True):
        print(result.describe())
        if len(result.sheets) > 1 and args.sheet is None:
            print(word(Message("cli.import.other-sheet"), args.language))
        for line in summary.lines(args.language):
            print(f"  {line}")
    changed = any(s.changed for s in summaries)
    done = "cli.import.updated" if changed else "cli.import.unchanged"
    print(word(Message(done, {"path": args.into}), args.language))
    return 0
