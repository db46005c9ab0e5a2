"""``fatigue PLAN [--format table|csv]``: readiness, load and risk per player per fixture."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

import planner.wording.cli  # noqa: F401  (registers the wording of these Messages)
from planner.fatigue import fatigue_table
from planner.plan import Plan
from planner.planfile import load_plan
from planner.wording import Language, Message, word
from planner.wording.common import fixture_name

TABLE_COLUMNS = ["minutes", "days_rest", "minutes_last_7d", "acwr", "readiness", "risk", "reasons"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("fatigue", help="readiness and fatigue risk per fixture")
    parser.add_argument("plan", type=Path, help="plan file (.squadplan)")
    parser.add_argument(
        "--format",
        choices=("table", "csv"),
        default="table",
        help="table for reading (default), csv with every column for other tools",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    table = fatigue_table(plan)
    table["reasons"] = [word(reasons, args.language) for reasons in table["reasons"]]
    if args.format == "csv":
        table.to_csv(sys.stdout, float_format="%.3f", lineterminator="\n")
    elif table.empty:
        print(word(Message("cli.empty-plan"), args.language))
    else:
        print(readable(plan, table, args.language).to_string(index=False))
    return 0


def readable(plan: Plan, table: pd.DataFrame, language: Language) -> pd.DataFrame:
    """The table with names and fixture labels instead of ids, most tired first per fixture."""
    order = {f.id: i for i, f in enumerate(plan.fixtures)}
    frame = table[TABLE_COLUMNS].reset_index()
    frame = frame.assign(_order=frame["fixture_id"].map(order))
    frame = frame.sort_values(["_order", "readiness"], kind="stable").drop(columns="_order")
    labels = {f.id: word(fixture_name(f), language) for f in plan.fixtures}
    frame.insert(0, "fixture", frame.pop("fixture_id").map(labels))
    frame.insert(1, "player", frame.pop("player_id").map(lambda pid: plan.players[pid].name))
    frame["days_rest"] = frame["days_rest"].map(lambda d: "-" if pd.isna(d) else f"{d:.0f}")
    frame["acwr"] = frame["acwr"].round(2)
    frame["readiness"] = frame["readiness"].round(0).astype(int)
    return frame
