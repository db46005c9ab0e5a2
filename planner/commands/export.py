"""``export PLAN [-o OUT.xlsx]``: write the plan's rotation sheets to an Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.export import export_excel
from planner.planfile import load_plan


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="write rotation sheets (summary, one page per fixture) to an .xlsx"
    )
    parser.add_argument("plan", type=Path, help="plan file (.squadplan)")
    parser.add_argument(
        "-o", "--output", type=Path, help="workbook to write (default: the plan's name, .xlsx)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    output = args.output or args.plan.with_suffix(".xlsx")
    export_excel(load_plan(args.plan), output)
    print(f"wrote {output}")
    return 0
