"""``played PLAN --fixture FIXTURE [--actual FILE] [-o OUT]``: record a fixture as played.

Without --actual the planned lineup and substitutions are recorded as what happened; with it,
the minutes per player come from the spreadsheet. The plan is written once, atomically: any
error leaves the file exactly as it was.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path

import planner.wording.cli  # noqa: F401  (registers the wording of these Messages)
from planner.errors import PlannerError
from planner.fixtures import Fixture
from planner.plan import Plan
from planner.planfile import load_plan, save_plan
from planner.played import match_length, played_minutes, record_from_lineup
from planner.wording import Message, word
from planner.wording.common import fixture_name


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "played", help="record a fixture as played (as planned, or with the actual minutes)"
    )
    parser.add_argument("plan", type=Path, help="plan file (.squadplan)")
    parser.add_argument(
        "--fixture", required=True, metavar="FIXTURE", help="fixture id or date (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--actual",
        type=Path,
        metavar="FILE",
        help="spreadsheet of player and minutes played (.xlsx/.ods/.csv...)",
    )
    parser.add_argument("-o", "--output", type=Path, help="plan file to write (default: PLAN)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    fixture = find_fixture(plan, args.fixture)
    record = record_from_lineup(plan.lineup(fixture.id), fixture, plan.params.added_time_per_half)
    if args.actual is not None:
        from planner.importing.played import read_match_minutes  # openpyxl only when needed

        reported = read_match_minutes(args.actual, plan.players, match_length(record, fixture))
        record = replace(record, reported=reported)
    plan.record_played(fixture.id, record)
    output = args.output or args.plan
    save_plan(plan, output)
    minutes = played_minutes(record, fixture)
    done = {
        "fixture": fixture_name(fixture),
        "players": len(minutes),
        "minutes": sum(minutes.values()),
        "path": output,
    }
    print(word(Message("cli.played", done), args.language))
    return 0


def find_fixture(plan: Plan, key: str) -> Fixture:
    """The fixture with id key, else the one on date key (YYYY-MM-DD)."""
    for fixture in plan.fixtures:
        if fixture.id == key:
            return fixture
    try:
        day = date.fromisoformat(key)
    except ValueError:
        day = None
    found = [f for f in plan.fixtures if f.kickoff.date() == day]
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(f.id for f in found)
        raise PlannerError(f"{len(found)} fixtures on {key} ({ids}): give the fixture's id")
    known = ", ".join(f.id for f in plan.fixtures) or "none"
    raise PlannerError(f"no fixture has the id or date {key!r} (fixtures: {known})")
