"""``--rest / --start / --bench "NAME@FIXTURE[:SLOT]"``: locks given on the command line."""

from __future__ import annotations

import argparse

from planner.commands.played import find_fixture
from planner.errors import PlannerError
from planner.locks import Lock, LockKind
from planner.plan import Plan
from planner.text import fold

OPTIONS = {
    LockKind.REST: ("--rest", "NAME@FIXTURE", "keep a player out of a fixture"),
    LockKind.START: ("--start", "NAME@FIXTURE[:SLOT]", "a player starts a fixture (in SLOT)"),
    LockKind.BENCH: ("--bench", "NAME@FIXTURE", "a player is on the bench, does not start"),
}


def add_lock_options(parser: argparse.ArgumentParser) -> None:
    """Add the repeatable lock options (NAME: name or id; FIXTURE: id or YYYY-MM-DD)."""
    for kind, (flag, metavar, text) in OPTIONS.items():
        parser.add_argument(
            flag,
            action="append",
            default=[],
            metavar=metavar,
            dest=f"lock_{kind.value}",
            help=f"{text}; repeatable (NAME: name or id; FIXTURE: id or YYYY-MM-DD)",
        )


def apply_lock_options(plan: Plan, args: argparse.Namespace) -> None:
    """Add the command line's locks to the plan's (PlannerError, one line, if one is wrong)."""
    for kind, (flag, _, _) in OPTIONS.items():
        for text in getattr(args, f"lock_{kind.value}"):
            fixture_id, player_id, lock = parse_lock(plan, kind, text, flag)
            plan.lock(fixture_id, player_id, lock)


def parse_lock(plan: Plan, kind: LockKind, text: str, flag: str) -> tuple[str, str, Lock]:
    """The fixture id, player id and lock that `flag text` names."""
    name, at, where = text.rpartition("@")
    if not at or not name.strip() or not where.strip():
        raise PlannerError(f'{flag} {text!r}: write NAME@FIXTURE (e.g. "Messi@2025-04-06")')
    slot = None
    if kind is LockKind.START and ":" in where:
        where, slot = where.split(":", 1)
    fixture = find_fixture(plan, where.strip())
    player_id = find_player(plan, name.strip())
    if slot is not None:
        slots = plan.lineup(fixture.id).slots
        if slot.strip().upper() not in slots:
            raise PlannerError(
                f"{flag} {text!r}: {fixture.label}'s formation has no slot {slot!r} "
                f"(slots: {', '.join(slots)})"
            )
        slot = slot.strip().upper()
    return fixture.id, player_id, Lock(kind, slot)


def find_player(plan: Plan, key: str) -> str:
    """The id of the player with id key, else the one player whose name or surname is key
    (case and accents do not matter)."""
    if key in plan.players:
        return key
    wanted = fold(key)
    found = [pid for pid, p in plan.players.items() if wanted in (fold(p.name), fold(p.surname))]
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(f"{plan.players[p].name} ({p})" for p in found)
        raise PlannerError(f"{key!r} names {len(found)} players ({names}): give the player's id")
    raise PlannerError(f"no player has the name or id {key!r}")
