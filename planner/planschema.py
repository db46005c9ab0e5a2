"""The plan file's schema: every field of a .squadplan checked before a Plan is built.

A small hand-written checker rather than pydantic: the plan's types are frozen dataclasses
built elsewhere, the file holds a dozen kinds of field, and each problem must come out as one
line naming its JSON path ("fixtures[1].rules.substitutes_allowed: 'five' is not a whole
number"). Two things are normalised rather than refused: whole numbers written as 90.0, and
kickoffs with a UTC offset (each becomes the club's wall-clock time in the plan's time zone,
planner/timezones.py; a file mixing kickoffs with and without one is refused).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from planner.locks import LockKind
from planner.model_params import ModelParams
from planner.played_file import check_records
from planner.players import POSITION_CODES, Status
from planner.sessions import GPS_COLUMNS, MAX_DURATION, SESSION_COLUMNS, SESSION_KINDS
from planner.text import clip
from planner.timezones import CLUB_TIMEZONE, club_time, time_zone
from planner.training import check_training

MAX_MINUTES = 130
YEARS = (1900, 2100)
HISTORY_FIELDS = ("date", "player_id", "minutes", "competition", "opponent")
# model parameters that may be zero; every other one must be above zero
_MAY_BE_ZERO = {
    "added_time_per_half",
    "readiness_red",
    "back_to_back_minutes",
    "baseline_minutes_per_week",
}
_PERCENT = {"readiness_amber", "readiness_red"}
# competition rules: (lowest, highest) for each whole-number rule (the rules dialog too)
RULE_RANGES = {
    "match_minutes": (1, MAX_MINUTES),
    "bench_size": (0, 30),
    "substitutes_allowed": (0, 11),
    "substitution_windows": (0, 11),
    "yellow_card_threshold": (1, 99),  # files before the list of thresholds
    "concussion_substitutes": (0, 5),
    "extra_time_minutes": (0, 40),
    "extra_time_substitutes": (0, 5),
    "extra_time_windows": (0, 5),
    "stoppage_minutes": (0, 30),
}
_RULE_SWITCHES = ("half_time_is_window", "extra_time")


class SchemaProblems(ValueError):
    """The problems found, one line each, first one first."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)


def check_plan_data(data: dict[str, Any]) -> None:
    """Raise SchemaProblems unless data (a parsed plan file, format and version already
    checked) has the right type and range in every field; normalise in place what is safe."""
    check = _Checker()
    check.top(data)
    if check.problems:
        raise SchemaProblems(check.problems)


def _show(value: object) -> str:
    return repr(clip(value)) if isinstance(value, str) else clip(repr(value))


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, path: str, problem: str) -> None:
        self.problems.append(f"{path}: {problem}")

    # -- kinds of value ----------------------------------------------------------------------
    def text(self, value: object, path: str, *, empty: bool = True) -> bool:
        if not isinstance(value, str):
            self.fail(path, f"{_show(value)} is not text")
            return False
        if not empty and not value:
            self.fail(path, "is empty")
            return False
        return True

    def whole(
        self, holder: Any, key: Any, path: str, low: int, high: int, *, none: bool = False
    ) -> None:
        value = holder[key]
        if value is None and none:
            return
        whole_float = isinstance(value, float) and math.isfinite(value) and value.is_integer()
        if isinstance(value, bool) or not (isinstance(value, int) or whole_float):
            self.fail(path, f"{_show(value)} is not a whole number")
        elif not low <= value <= high:
            self.fail(path, f"{value:g} is not between {low} and {high}")
        elif whole_float:
            holder[key] = int(value)

    def number(self, value: object, path: str, *, zero: bool) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(path, f"{_show(value)} is not a number")
        elif not math.isfinite(value):
            self.fail(path, f"{value} is not a finite number")
        elif value < 0 or (value == 0 and not zero):
            self.fail(path, f"{value} must be {'zero or more' if zero else 'above zero'}")

    def boolean(self, value: object, path: str) -> None:
        if not isinstance(value, bool):
            self.fail(path, f"{_show(value)} is not true or false")

    def day(self, value: object, path: str, *, none: bool = False) -> None:
        if value is None and none:
            return
        if not self.text(value, path):
            return
        try:
            parsed = date.fromisoformat(value)  # type: ignore[arg-type]
        except ValueError:
            self.fail(path, f"{_show(value)} is not a date (YYYY-MM-DD)")
            return
        self.year(parsed.year, value, path)

    def year(self, year: int, value: object, path: str) -> None:
        if not YEARS[0] <= year <= YEARS[1]:
            self.fail(path, f"{_show(value)} is not between {YEARS[0]} and {YEARS[1]}")

    def mapping(self, value: object, path: str) -> bool:
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {_show(value)}")
            return False
        return True

    def sequence(self, value: object, path: str) -> bool:
        if not isinstance(value, list):
            self.fail(path, f"expected a list, got {_show(value)}")
            return False
        return True

    def entries(
        self, value: object, path: str, required: tuple[str, ...], needs: str
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """The objects of a list that have the required keys, with their paths (whatever
        else is reported: needs says what an item lacks, e.g. "a minute, off and on")."""
        if not self.sequence(value, path):
            return
        assert isinstance(value, list)
        for index, item in enumerate(value):
            where = f"{path}[{index}]"
            if not self.mapping(item, where):
                continue
            if all(k in item for k in required):
                yield where, item
            else:
                self.fail(where, f"needs {needs}")

    def fields(
        self, holder: dict[str, Any], path: str, checks: dict[str, Callable[[str], object]]
    ) -> None:
        """Run each check on its field when present (absent fields take their defaults)."""
        for key, check in checks.items():
            if key in holder:
                check(f"{path}.{key}" if path else key)

    def unique_ids(self, items: list[Any], path: str) -> None:
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                first = seen.setdefault(item["id"], index)
                if first != index:
                    self.fail(
                        f"{path}[{index}].id",
                        f"{_show(item['id'])} is already the id of {path}[{first}]",
                    )

    # -- the plan ----------------------------------------------------------------------------
    def top(self, data: dict[str, Any]) -> None:
        for key in ("players", "fixtures", "lineups", "history"):
            if key not in data:
                self.fail(key, "missing")
        if self.problems:
            return
        self.fields(data, "", {"club": lambda p: self.text(data["club"], p)})
        if "params" in data and self.mapping(data["params"], "params"):
            self.params(data["params"])
        if self.sequence(data["players"], "players"):
            for index, player in enumerate(data["players"]):
                self.player(player, f"players[{index}]")
            self.unique_ids(data["players"], "players")
        self.fields(data, "", {"timezone": lambda p: self.zone(data["timezone"], p)})
        if self.sequence(data["fixtures"], "fixtures"):
            for index, fixture in enumerate(data["fixtures"]):
                self.fixture(fixture, f"fixtures[{index}]")
            self.unique_ids(data["fixtures"], "fixtures")
            self.club_kickoffs(data["fixtures"], data.get("timezone", CLUB_TIMEZONE))
        if self.mapping(data["lineups"], "lineups"):
            for fid, lineup in data["lineups"].items():
                self.lineup(lineup, f"lineups.{fid}")
        if self.mapping(data["history"], "history"):
            self.history(data["history"])
        if "sessions" in data and self.mapping(data["sessions"], "sessions"):
            self.sessions(data["sessions"])
        check_training(self, data.get("training"))
        self.per_player(data)
        if "records" in data and self.mapping(data["records"], "records") and not self.problems:
            fixture_ids = {f["id"] for f in data["fixtures"]}
            check_records(self, data["records"], fixture_ids)

    def params(self, params: dict[str, Any]) -> None:
        defaults = ModelParams()
        for key, value in params.items():
            if not hasattr(defaults, key):
                continue
            path = f"params.{key}"
            if isinstance(getattr(defaults, key), bool):
                self.boolean(value, path)
            elif key in _PERCENT:
                self.whole(params, key, path, 0, 100)
            elif isinstance(getattr(defaults, key), int):
                self.whole(params, key, path, 0 if key in _MAY_BE_ZERO else 1, 10_000)
            else:
                self.number(value, path, zero=key in _MAY_BE_ZERO)

    def player(self, player: object, path: str) -> None:
        if not self.mapping(player, path):
            return
        assert isinstance(player, dict)
        if "id" not in player or "name" not in player:
            self.fail(path, "needs an id and a name")
            return
        self.text(player["id"], f"{path}.id", empty=False)
        self.text(player["name"], f"{path}.name")
        statuses = {s.value for s in Status}
        self.fields(
            player,
            path,
            {
                "number": lambda p: self.whole(player, "number", p, 0, 999, none=True),
                "rating": lambda p: self.whole(player, "rating", p, 0, 100),
                "birth_date": lambda p: self.day(player["birth_date"], p, none=True),
                "return_date": lambda p: self.day(player["return_date"], p, none=True),
                "notes": lambda p: self.text(player["notes"], p),
                "status": lambda p: (
                    None
                    if player["status"] in statuses
                    else self.fail(p, f"{_show(player['status'])} is not a status")
                ),
                "positions": lambda p: self.positions(player["positions"], p),
            },
        )

    def positions(self, value: object, path: str) -> None:
        if not self.sequence(value, path):
            return
        assert isinstance(value, list)
        for index, code in enumerate(value):
            if code not in POSITION_CODES:
                self.fail(f"{path}[{index}]", f"{_show(code)} is not a position code")

    def fixture(self, fixture: object, path: str) -> None:
        if not self.mapping(fixture, path):
            return
        assert isinstance(fixture, dict)
        if not all(k in fixture for k in ("id", "kickoff", "opponent")):
            self.fail(path, "needs an id, a kickoff and an opponent")
            return
        self.text(fixture["id"], f"{path}.id", empty=False)
        self.text(fixture["opponent"], f"{path}.opponent")
        self.kickoff(fixture, f"{path}.kickoff")
        self.fields(
            fixture,
            path,
            {
                "competition": lambda p: self.text(fixture["competition"], p),
                "venue": lambda p: self.text(fixture["venue"], p),
                "importance": lambda p: self.whole(fixture, "importance", p, 1, 5),
                "home": lambda p: self.boolean(fixture["home"], p),
                "rules": lambda p: self.rules(fixture["rules"], p),
            },
        )

    def kickoff(self, fixture: dict[str, Any], path: str) -> None:
        value = fixture["kickoff"]
        if not self.text(value, path):
            return
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            self.fail(path, f"{_show(value)} is not a date and time (YYYY-MM-DDTHH:MM)")
            return
        self.year(when.year, value, path)

    def zone(self, value: object, path: str) -> None:
        if self.text(value, path) and time_zone(str(value)) is None:
            self.fail(path, f"{_show(value)} is not a time zone (e.g. America/New_York)")

    def club_kickoffs(self, fixtures: list[Any], zone_name: object) -> None:
        """All kickoffs carry a UTC offset or none do (the first one that differs is named);
        those with one become the club's wall-clock time."""
        zone = time_zone(zone_name) if isinstance(zone_name, str) else None
        when: dict[int, datetime] = {}
        for index, fixture in enumerate(fixtures):
            try:
                when[index] = datetime.fromisoformat(fixture["kickoff"])
            except (TypeError, KeyError, ValueError):
                return  # reported by fixture()
        aware = [w.tzinfo is not None for w in when.values()]
        if zone is None or not any(aware):
            return
        if not all(aware):
            odd = aware.index(not aware[0])
            problem, first = ("no", "one") if aware[0] else ("a", "none")
            self.fail(
                f"fixtures[{odd}].kickoff",
                f"{_show(fixtures[odd]['kickoff'])} has {problem} UTC offset but fixtures[0] "
                f"has {first} ({_show(fixtures[0]['kickoff'])}): write every kickoff with "
                "an offset, or none",
            )
            return
        for index, fixture in enumerate(fixtures):
            fixture["kickoff"] = club_time(when[index], zone).isoformat()

    def rules(self, rules: object, path: str) -> None:
        if rules is None or not self.mapping(rules, path):
            return
        assert isinstance(rules, dict)
        if "name" not in rules:
            self.fail(path, "needs a name")
        for key in rules:
            where = f"{path}.{key}"
            if key == "name":
                self.text(rules[key], where)
            elif key in _RULE_SWITCHES:
                self.boolean(rules[key], where)
            elif key == "yellow_card_thresholds":
                self.thresholds(rules[key], where)
            elif key in RULE_RANGES:
                low, high = RULE_RANGES[key]
                self.whole(rules, key, where, low, high, none=key == "yellow_card_threshold")

    def thresholds(self, value: object, path: str) -> None:
        if not self.sequence(value, path):
            return
        assert isinstance(value, list)
        before = len(self.problems)
        for index in range(len(value)):
            self.whole(value, index, f"{path}[{index}]", 1, 99)
        if len(self.problems) == before and value != sorted(set(value)):
            self.fail(path, f"{_show(value)} is not a rising list of card counts")

    def lineup(self, lineup: object, path: str) -> None:
        if not self.mapping(lineup, path):
            return
        assert isinstance(lineup, dict)
        for key in ("formation", "slots", "bench"):
            if key not in lineup:
                self.fail(f"{path}.{key}", "missing")
                return
        self.text(lineup["formation"], f"{path}.formation")
        if self.mapping(lineup["slots"], f"{path}.slots"):
            for slot, pid in lineup["slots"].items():
                if pid is not None:
                    self.text(pid, f"{path}.slots.{slot}")
        if self.sequence(lineup["bench"], f"{path}.bench"):
            for index, pid in enumerate(lineup["bench"]):
                self.text(pid, f"{path}.bench[{index}]")
        subs = lineup.get("substitutions", [])
        needs = ("minute", "off", "on")
        for where, sub in self.entries(
            subs, f"{path}.substitutions", needs, "a minute, off and on"
        ):
            self.whole(sub, "minute", f"{where}.minute", 0, MAX_MINUTES)
            self.text(sub["off"], f"{where}.off")
            self.text(sub["on"], f"{where}.on")
            for flag in ("half_time", "concussion"):
                if flag in sub:
                    self.boolean(sub[flag], f"{where}.{flag}")
            if "added" in sub:
                self.whole(sub, "added", f"{where}.added", 0, RULE_RANGES["stoppage_minutes"][1])

    def lock(self, lock: Any, path: str) -> None:
        """A lock: {"kind": "start" | "bench" | "rest"}, with "slot" only when it starts."""
        if not self.mapping(lock, path):
            return
        kinds = [kind.value for kind in LockKind]
        if lock.get("kind") not in kinds:
            self.fail(f"{path}.kind", f"{_show(lock.get('kind'))} is not one of {', '.join(kinds)}")
        elif "slot" in lock and lock["kind"] != LockKind.START.value:
            self.fail(f"{path}.slot", f"a {lock['kind']} lock has no slot")
        elif "slot" in lock:
            self.text(lock["slot"], f"{path}.slot", empty=False)
        unknown = sorted(set(lock) - {"kind", "slot"})
        if unknown:
            self.fail(f"{path}.{unknown[0]}", "is not a lock field")

    def history(self, history: dict[str, Any]) -> None:
        lengths = set()
        for column in HISTORY_FIELDS:
            if column not in history:
                self.fail(f"history.{column}", "missing")
            elif self.sequence(history[column], f"history.{column}"):
                lengths.add(len(history[column]))
        if self.problems:
            return
        if len(lengths) > 1:
            self.fail("history", "its columns have different lengths")
            return
        for index in range(len(history["date"])):
            self.day(history["date"][index], f"history.date[{index}]")
            self.whole(history["minutes"], index, f"history.minutes[{index}]", 0, MAX_MINUTES)
            for column in ("player_id", "competition", "opponent"):
                self.text(history[column][index], f"history.{column}[{index}]")
            if len(self.problems) > 20:
                return  # a broken log says so with its first rows

    def sessions(self, sessions: dict[str, Any]) -> None:
        """The load table: columns of one length; RPE and GPS values may be null."""
        lengths = set()
        for column in SESSION_COLUMNS:
            if column not in sessions:
                self.fail(f"sessions.{column}", "missing")
            elif self.sequence(sessions[column], f"sessions.{column}"):
                lengths.add(len(sessions[column]))
        if self.problems:
            return
        if len(lengths) > 1:
            self.fail("sessions", "its columns have different lengths")
            return
        highest = {"duration": MAX_DURATION, "rpe": 10}
        for index in range(len(sessions["date"])):
            self.day(sessions["date"][index], f"sessions.date[{index}]")
            self.text(sessions["player_id"][index], f"sessions.player_id[{index}]", empty=False)
            kind = sessions["kind"][index]
            if kind not in SESSION_KINDS:
                self.fail(f"sessions.kind[{index}]", f"{_show(kind)} is not one of {SESSION_KINDS}")
            for column in ("duration", "rpe", *GPS_COLUMNS):
                value, path = sessions[column][index], f"sessions.{column}[{index}]"
                if value is None and column != "duration":
                    continue
                self.number(value, path, zero=True)
                top = highest.get(column)
                if top is not None and isinstance(value, int | float) and value > top:
                    self.fail(path, f"{value:g} is above {top}")
            if len(self.problems) > 20:
                return

    def per_player(self, data: dict[str, Any]) -> None:
        """locks (and older files' pins), yellow cards, minutes targets and readiness floors,
        keyed by id."""
        for key in ("pins", "locks", "yellow_cards", "targets", "readiness_floors"):
            if key in data:
                self.mapping(data[key], key)
        if self.problems:
            return
        for fid, pins in data.get("pins", {}).items():
            if self.mapping(pins, f"pins.{fid}"):
                for pid, pin in pins.items():
                    self.text(pin, f"pins.{fid}.{pid}")
        for fid, locks in data.get("locks", {}).items():
            if self.mapping(locks, f"locks.{fid}"):
                for pid, lock in locks.items():
                    self.lock(lock, f"locks.{fid}.{pid}")
        for pid, cards in data.get("yellow_cards", {}).items():
            if self.mapping(cards, f"yellow_cards.{pid}"):
                for competition in cards:
                    self.whole(cards, competition, f"yellow_cards.{pid}.{competition}", 0, 99)
        for pid, target in data.get("targets", {}).items():
            if self.mapping(target, f"targets.{pid}"):
                for bound in ("minimum", "maximum"):
                    if bound in target:
                        where = f"targets.{pid}.{bound}"
                        self.whole(target, bound, where, 0, 10_000, none=True)
        floors = data.get("readiness_floors", {})
        for pid in floors:
            self.whole(floors, pid, f"readiness_floors.{pid}", 0, 100)
