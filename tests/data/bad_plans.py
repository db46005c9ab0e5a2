"""Plan files with wrong types or ranges, made at test time from the sample plan.

Each case is (id, a change to the sample's JSON, the JSON path and words the one-line error
must give). Every case once loaded and then crashed check/export/suggest or the window, or
loaded silently wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "miami-april-2025.squadplan"
TORONTO = "2025-04-06-toronto-fc"

Change = Callable[[dict[str, Any]], None]


def sample_data() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _set(*path: Any, value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        holder = data
        for key in path[:-1]:
            holder = holder[key]
        holder[path[-1]] = value

    return change


def _duplicate_player(data: dict[str, Any]) -> None:
    data["players"].append(dict(data["players"][0], name="Someone Else"))


CASES: list[tuple[str, Change, str]] = [
    (
        "minute-as-text",
        _set("lineups", TORONTO, "substitutions", 0, "minute", value="sixty"),
        f"lineups.{TORONTO}.substitutions[0].minute: 'sixty' is not a whole number",
    ),
    (
        "rule-as-text",
        _set("fixtures", 1, "rules", "substitutes_allowed", value="five"),
        "fixtures[1].rules.substitutes_allowed: 'five' is not a whole number",
    ),
    ("zero-parameter", _set("params", "fatigue_tau", value=0), "params.fatigue_tau: 0"),
    ("negative-parameter", _set("params", "acute_days", value=-7), "params.acute_days: -7"),
    (
        "parameter-not-a-switch",
        _set("params", "back_to_back_goalkeepers", value="yes"),
        "params.back_to_back_goalkeepers: 'yes' is not true or false",
    ),
    (
        "huge-minutes",
        _set("history", "minutes", 3, value=1e30),
        "history.minutes[3]: 1e+30 is not between 0 and 130",
    ),
    (
        "minutes-out-of-range",
        _set("history", "minutes", 0, value=131),
        "history.minutes[0]: 131 is not between 0 and 130",
    ),
    ("duplicate-player-id", _duplicate_player, "is already the id of players[0]"),
    ("home-as-text", _set("fixtures", 0, "home", value="no"), "fixtures[0].home: 'no'"),
    (
        "date-out-of-range",
        _set("history", "date", 0, value="2300-01-01"),
        "history.date[0]: '2300-01-01' is not between 1900 and 2100",
    ),
    ("players-not-a-list", _set("players", value={"a": 1}), "players: expected a list"),
    ("rating-as-bool", _set("players", 0, "rating", value=True), "players[0].rating: True"),
    ("bad-status", _set("players", 0, "status", value="tired"), "players[0].status: 'tired'"),
    ("version-as-text", _set("version", value="1"), "version '1' is not a plan version"),
    (
        "lock-kind-unknown",
        _set("locks", value={TORONTO: {"lionel-messi": {"kind": "sit"}}}),
        f"locks.{TORONTO}.lionel-messi.kind: 'sit' is not one of start, bench, rest",
    ),
    (
        "rest-lock-with-a-slot",
        _set("locks", value={TORONTO: {"lionel-messi": {"kind": "rest", "slot": "RW"}}}),
        f"locks.{TORONTO}.lionel-messi.slot: a rest lock has no slot",
    ),
    (
        "lock-not-an-object",
        _set("locks", value={TORONTO: {"lionel-messi": "start"}}),
        f"locks.{TORONTO}.lionel-messi: expected an object, got 'start'",
    ),
]


def write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    path = folder / f"{name}.squadplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def raw_cases() -> list[tuple[str, bytes, str]]:
    """Files whose damage is in the JSON text itself: NaN, Infinity, deep nesting."""
    text = json.dumps(sample_data())
    nan = text.replace('"fatigue_tau": 7.0', '"fatigue_tau": NaN')
    infinity = text.replace('"rating": 74', '"rating": Infinity')
    deep = text.replace('"club": "', '"extra": ' + "[" * 100_000 + "]" * 100_000 + ', "club": "')
    return [
        ("nan", nan.encode(), "NaN is not a number"),
        ("infinity", infinity.encode(), "Infinity is not a number"),
        ("deep-nesting", deep.encode(), "nested too deeply"),
    ]
