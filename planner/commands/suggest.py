"""``suggest PLAN -o OUT [--explain] [--rest/--start/--bench NAME@FIXTURE]``: write the plan
with the optimiser's rotation, keeping the plan's locks and those given here."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import planner.wording.cli  # noqa: F401  (registers the wording of these Messages)
from planner.commands.lock_args import add_lock_options, apply_lock_options
from planner.errors import PlannerError
from planner.planfile import load_plan, save_plan
from planner.suggest import (
    SuggestOptions,
    change_summary,
    suggest_with_report,
)
from planner.wording import Message, word
from planner.wording.common import fixture_name


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "suggest", help="suggest the XI, bench and substitutions of every fixture (exact MILP)"
    )
    parser.add_argument("plan", type=Path, help="plan file (.squadplan)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="plan file to write")
    parser.add_argument("--explain", action="store_true", help="one line per player and changes")
    parser.add_argument(
        "--sub-minutes",
        default="60",
        help="planned substitution minutes, comma-separated (default 60; e.g. 60,75)",
    )
    parser.add_argument(
        "--time-limit", type=float, default=SuggestOptions.time_limit, help="seconds (default 10)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    add_lock_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.output.exists() and not args.force:
        raise PlannerError(f"'{args.output}' already exists; use --force to overwrite it.")
    try:
        minutes = tuple(int(m) for m in args.sub_minutes.split(",") if m.strip())
    except ValueError:
        raise PlannerError(f"--sub-minutes {args.sub_minutes!r} is not a list of minutes") from None
    options = replace(SuggestOptions(), sub_minutes=minutes, time_limit=args.time_limit)
    plan = load_plan(args.plan)
    apply_lock_options(plan, args)
    suggestion = suggest_with_report(plan, options)  # its errors are worded by planner.cli
    save_plan(suggestion.plan, args.output)
    lang = args.language
    if suggestion.optimal:
        proof = Message("cli.suggest.optimal")
    else:
        stopped = "cli.suggest.gap" if suggestion.exact else "cli.suggest.greedy"
        proof = Message(stopped, {"gap": suggestion.gap})
    summary = {
        "objective": suggestion.objective,
        "proof": proof,
        "seconds": suggestion.seconds,
        "changes": len(suggestion.changes),
        "path": args.output,
    }
    print(word(Message("cli.suggest.summary", summary), lang))
    for fixture in suggestion.plan.fixtures:
        headline = suggestion.headlines.get(fixture.id)
        if headline is None:  # played: left as it was
            continue
        print(f"{word(fixture_name(fixture), lang)}: {word(headline, lang)}")
    if args.explain:
        for pid, line in suggestion.explanations.items():
            print(f"{suggestion.plan.player(pid).name}: {word(line, lang)}")
        print()
        for change in change_summary(suggestion.changes, suggestion.plan):
            print(word(change, lang))
    return 0
