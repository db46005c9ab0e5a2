"""``validate(plan)``: everything wrong or worth a second look in a plan, as data.

Errors make a lineup impossible under the rules (the CLI's ``check`` exits 1 on any); warnings
are for the staff to weigh (fatigue, doubtful players, cards, minutes targets). The rules are
asked of planner.rules; each Problem carries a code and its parameters, worded at the edge
(planner/wording/problems.py): ``.message`` is the English sentence for the CLI and export.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, reduce
from typing import TYPE_CHECKING, Literal, cast
from weakref import WeakKeyDictionary

import numpy as np
import pandas as pd

from planner.fatigue import RISK_LEVELS, cached_fatigue_table
from planner.fixtures import competition_short_name
from planner.formations import formation, out_of_position
from planner.lineup import BENCH, Lineup
from planner.players import Status
from planner.rules import (
    absence,
    absence_name,
    card_suspension,
    one_card_from_suspension,
    overruns,
    recorded_yellows,
)
from planner.rules.changes import change_problems
from planner.wording import Language, Message, word
from planner.wording.common import fixture_name, match_name

if TYPE_CHECKING:
    from planner.fixtures import Fixture
    from planner.plan import Plan

Severity = Literal["error", "warning"]
XI_SIZE = 11


@dataclass(frozen=True)
class Problem:
    """One finding. fixture_id is None for plan-wide ones (minutes targets); slot is the place
    in the lineup (a slot name or BENCH) the UI can select; code is stable for tests/filters;
    params are the values of its wording (``text``), whose code is wording, or "problem."
    and the code; label is the fixture's English label that ``message`` starts with."""

    severity: Severity
    fixture_id: str | None
    player_id: str | None
    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    slot: str | None = None
    wording: str = ""
    label: str = ""

    def __hash__(self) -> int:  # params is a mapping: hashed by its items' text
        fields = (self.severity, self.fixture_id, self.player_id, self.code, self.slot)
        return hash((*fields, self.wording, self.label, repr(sorted(self.params.items()))))

    @property
    def text(self) -> Message:
        """The finding without its fixture, as a Message to word in the reader's language."""
        return Message(self.wording or f"problem.{self.code}", self.params)

    @property
    def message(self) -> str:
        """The finding in English, after its fixture's label ("Sun 6 Apr v Toronto FC: ...")."""
        body = word(self.text)
        return f"{self.label}: {body}" if self.label else body


def validate(plan: Plan) -> list[Problem]:
    """Every problem of the plan: fixture by fixture (errors first), then minutes targets. A
    played fixture has none: its record was checked when it was recorded (check_record) and
    there is nothing left to plan in it (docs/season.md); its minutes count towards targets."""
    fatigue = cached_fatigue_table(plan)
    flagged = _flagged(plan, fatigue)
    past = _past_matches.get(plan)
    if past is None or not past.fits(plan):
        past = _past_matches[plan] = _PastMatches(plan)
    kept = _lineup_checks.get(plan)
    if kept is None:
        kept = _lineup_checks[plan] = _LineupChecks()
    kept.use(plan)
    problems: list[Problem] = []
    for fixture in plan.fixtures:
        if fixture.id in plan.records:
            continue
        check = _Checker(plan, fixture, past)
        before, after = kept.of(check)
        found = [*before, *check.fatigue(flagged.get(fixture.id, [])), *after]
        problems += sorted(found, key=lambda p: p.severity != "error")
    if plan.targets:
        problems += _target_problems(plan, _minutes_per_player(fatigue))
    return problems


@dataclass(frozen=True)
class _FlaggedRow:
    """A fatigue-table row that gives a warning (see _flagged)."""

    player_id: str
    high_risk_starter: bool
    reasons: Message | str
    minutes: int
    readiness: float
    back_to_back: bool


_HIGH = RISK_LEVELS.index("high")


def _flagged(plan: Plan, table: pd.DataFrame) -> dict[str, list[_FlaggedRow]]:
    """Fatigue-table rows that give a warning, per fixture in table order: a high-risk starter,
    a back-to-back, a player planned to play below his readiness floor (one vectorised pass
    over the whole table, each column read once; only the flagged rows become objects)."""
    index = cast(pd.MultiIndex, table.index)
    player_codes, fixture_codes = index.codes
    high_risk_starter = table["started"].to_numpy(dtype=bool) & (
        cast(pd.Categorical, table["risk"].array).codes == _HIGH
    )
    back_to_back = table["back_to_back"].to_numpy(dtype=bool)
    minutes = table["minutes"].to_numpy()
    readiness = table["readiness"].to_numpy(dtype=float)
    flagged = high_risk_starter | back_to_back
    if plan.readiness_floors:
        floors = np.full(len(index.levels[0]) + 1, np.nan)  # the last one: no such player
        at = index.levels[0].get_indexer(pd.Index(list(plan.readiness_floors)))
        floors[at] = list(plan.readiness_floors.values())
        with np.errstate(invalid="ignore"):
            flagged |= (minutes > 0) & (readiness < floors[player_codes])
    rows = np.flatnonzero(flagged)
    by_fixture: dict[str, list[_FlaggedRow]] = {}
    if not len(rows):
        return by_fixture
    players, fixtures = index.levels[0].tolist(), index.levels[1].tolist()
    reasons = table["reasons"].to_numpy()
    for i in rows.tolist():
        row = _FlaggedRow(
            players[player_codes[i]],
            bool(high_risk_starter[i]),
            reasons[i],
            int(minutes[i]),
            float(readiness[i]),
            bool(back_to_back[i]),
        )
        by_fixture.setdefault(fixtures[fixture_codes[i]], []).append(row)
    return by_fixture


def _minutes_per_player(table: pd.DataFrame) -> dict[str, int]:
    """Planned minutes per player over all fixtures."""
    index = cast(pd.MultiIndex, table.index)
    minutes = table["minutes"].to_numpy(dtype=float)
    totals = np.bincount(index.codes[0], weights=minutes, minlength=len(index.levels[0]))
    return dict(zip(index.levels[0].tolist(), totals.tolist(), strict=True))


class _LineupChecks:
    """Each fixture's checks but fatigue, kept between validate calls. They read the fixture,
    its lineup, the squad, the fixture list, the yellow cards and the records, all of which
    are in the key (compared by value; unchanged players and fixtures are the same frozen
    objects, so the comparison is quick): after a drop only the edited fixture is checked again."""

    def __init__(self) -> None:
        self._context: tuple = ()
        self._kept: dict[str, tuple[tuple, list[Problem], list[Problem]]] = {}

    def use(self, plan: Plan) -> None:
        """Forget every fixture's results if the squad, fixtures or cards changed."""
        context = (
            tuple(plan.players.items()),
            tuple(plan.fixtures),
            tuple((pid, tuple(cards.items())) for pid, cards in plan.yellow_cards.items()),
            tuple(plan.records.items()),  # played fixtures' cards give bans
        )
        if context != self._context:
            self._context, self._kept = context, {}

    def of(self, check: _Checker) -> tuple[list[Problem], list[Problem]]:
        """(XI, selection and substitution problems; card warnings) of check's fixture."""
        lineup = check.lineup
        key = (
            check.fixture,
            lineup.formation,
            tuple(lineup.slots.items()),
            tuple(lineup.bench),
            tuple(lineup.substitutions),
        )
        hit = self._kept.get(check.fixture.id)
        if hit is None or hit[0] != key:
            before = [*check.xi_and_goalkeeper(), *check.selection(), *check.substitutions()]
            hit = (key, before, list(check.cards()))
            self._kept[check.fixture.id] = hit
        return hit[1], hit[2]


_lineup_checks: WeakKeyDictionary[Plan, _LineupChecks] = WeakKeyDictionary()


class _Checker:
    """The checks of one fixture; ``problem`` words each finding with the fixture's label."""

    def __init__(self, plan: Plan, fixture: Fixture, past: _PastMatches) -> None:
        self.plan, self.fixture, self.past = plan, fixture, past
        self.lineup: Lineup = plan.lineup(fixture.id)
        self.rules = fixture.rules

    @cached_property
    def label(self) -> str:
        return self.fixture.label  # worded only when a problem is found (most are kept)

    def name(self, player_id: str) -> str:
        player = self.plan.players.get(player_id)
        return player.name if player else player_id

    def problem(
        self,
        severity: Severity,
        code: str,
        params: Mapping[str, object],
        player_id: str | None = None,
        slot: str | None = None,
        wording: str = "",
    ) -> Problem:
        fixture = self.fixture.id
        return Problem(severity, fixture, player_id, code, params, slot, wording, self.label)

    # -- the XI ----------------------------------------------------------------------------
    def xi_and_goalkeeper(self) -> Iterator[Problem]:
        starters = self.lineup.starters()
        if len(starters) != XI_SIZE:
            counts = {"count": len(starters), "needed": XI_SIZE}
            wording = "" if starters else "problem.xi-empty"
            yield self.problem("error", "xi-incomplete", counts, wording=wording)
        roles = {s.name: s.role for s in formation(self.lineup.formation).slots}
        for slot, pid in self.lineup.slots.items():
            player = self.plan.players.get(pid) if pid else None
            if roles[slot] == "GK" and pid is None and starters:
                yield self.problem("error", "no-goalkeeper", {}, slot=slot)
            if player is None:
                continue
            keeper = "GK" in player.positions
            params: dict[str, object] = {"player": player.name, "slot": slot}
            if roles[slot] == "GK" and not keeper:
                yield self.problem("error", "field-player-in-goal", params, pid, slot)
            elif roles[slot] != "GK" and keeper:
                yield self.problem("warning", "goalkeeper-in-field", params, pid, slot)
            elif roles[slot] != "GK" and out_of_position(player.positions, roles[slot]):
                params["listed"] = "/".join(player.positions) or Message("problem.no-position")
                yield self.problem("warning", "out-of-position", params, pid, slot)

    # -- who is picked ---------------------------------------------------------------------
    def selection(self) -> Iterator[Problem]:
        places = [(s, pid) for s, pid in self.lineup.slots.items() if pid] + [
            (BENCH, pid) for pid in self.lineup.bench
        ]
        for pid, count in Counter(pid for _, pid in places).items():
            if count > 1:
                bench = Message("problem.the-bench")
                where: list[str | Message] = [
                    s if s != BENCH else bench for s, p in places if p == pid
                ]
                joined = reduce(_and, where)  # type: ignore[arg-type]
                params: dict[str, object] = {"player": self.name(pid), "places": joined}
                yield self.problem("error", "selected-twice", params, pid)
        seen: set[str] = set()
        for slot, pid in places:
            if pid in seen:
                continue
            seen.add(pid)
            yield from self._availability(pid, slot)
        if len(self.lineup.bench) > self.rules.bench_size:
            params = {
                "count": len(self.lineup.bench),
                "competition": self.rules.name,
                "allowed": self.rules.bench_size,
            }
            yield self.problem("error", "bench-too-big", params, slot=BENCH)

    def _availability(self, pid: str, slot: str) -> Iterator[Problem]:
        player = self.plan.players.get(pid)
        where = Message("problem.on-the-bench" if slot == BENCH else "problem.in-the-xi")
        if player is None:
            params: dict[str, object] = {"player": pid, "where": where}
            yield self.problem("error", "unknown-player", params, pid, slot)
        elif (found := absence(self.plan, pid, self.fixture.id)) is not None:
            status = absence_name(self.plan, found)
            params = {"player": player.name, "status": status, "where": where}
            wording = (
                "problem.suspended-on-bench"
                if found.status is Status.SUSPENDED and slot == BENCH
                else "problem.not-selectable"
            )
            code = "banned-selected" if found.ban else f"{found.status}-selected"
            yield self.problem("error", code, params, pid, slot, wording)
        elif player.status is Status.DOUBTFUL:
            params = {"player": player.name, "where": where}
            yield self.problem("warning", "doubtful-selected", params, pid, slot)

    # -- substitutions ---------------------------------------------------------------------
    def substitutions(self) -> Iterator[Problem]:
        """Changes past the rules' limits, then changes that cannot be made (planner.rules)."""
        lineup, rules = self.lineup, self.rules
        for over in overruns(lineup.substitutions, rules):
            sub = over.sub
            params = {
                "nth": _ordinal(over.number),
                "minute": sub.clock,
                "on": self.name(sub.on),
                "off": self.name(sub.off),
                "competition": rules.name,
                "allowed": over.allowed,
            }
            wording = ""
            if over.code == "too-many-windows" and not rules.half_time_is_window:
                wording = "problem.too-many-windows-half-time-free"
            slot = lineup.place_of(sub.off)
            yield self.problem("error", over.code, params, sub.on, slot, wording)
        names = {pid: self.name(pid) for sub in lineup.substitutions for pid in (sub.on, sub.off)}
        for found in change_problems(lineup, rules, names):
            slot = lineup.place_of(found.sub.off)
            yield self.problem("error", found.code, found.params, found.player_id, slot)

    # -- fatigue ---------------------------------------------------------------------------
    def fatigue(self, rows: list[_FlaggedRow]) -> Iterator[Problem]:
        """Warnings from the fatigue table's rows of this fixture worth one (see _flagged)."""
        params = self.plan.params
        for row in rows:
            pid = row.player_id
            slot = self.lineup.place_of(pid)
            if row.high_risk_starter:
                risk = {"player": self.name(pid), "reasons": row.reasons}
                yield self.problem("warning", "fatigue-risk", risk, pid, slot)
            floor = self.plan.readiness_floors.get(pid)
            if floor is not None and row.minutes > 0 and row.readiness < floor:
                low = {"player": self.name(pid), "readiness": row.readiness, "floor": floor}
                yield self.problem("warning", "below-readiness-floor", low, pid, slot)
            if row.back_to_back:
                past = self.past.before(self.fixture)
                both = {
                    "player": self.name(pid),
                    "minutes": params.back_to_back_minutes,
                    "days": params.back_to_back_days,
                    "past": past or "",
                }
                wording = "problem.back-to-back-after" if past else ""
                yield self.problem("warning", "back-to-back", both, pid, slot, wording)

    # -- cards -----------------------------------------------------------------------------
    def cards(self) -> Iterator[Problem]:
        rules = self.rules
        if not rules.yellow_card_thresholds:
            return
        competition = self.fixture.competition
        for pid in dict.fromkeys(self.lineup.matchday_squad()):
            season = self.plan.yellow_cards.get(pid, {}).get(competition, 0)
            recorded = recorded_yellows(self.plan, pid, self.fixture)
            count = season + recorded
            slot = self.lineup.place_of(pid)
            params: dict[str, object] = {
                "player": self.name(pid),
                "count": count,
                "competition": rules.name,
            }
            # a threshold reached in a recorded match gives its ban (planner.rules.cards)
            if not recorded and card_suspension(count, rules) is not None:
                params["thresholds"] = ", ".join(map(str, rules.yellow_card_thresholds))
                yield self.problem("warning", "card-limit-reached", params, pid, slot)
            elif (threshold := one_card_from_suspension(count, rules)) is not None:
                params |= {"threshold": threshold, "next": self._next_in_competition()}
                yield self.problem("warning", "one-card-from-suspension", params, pid, slot)

    def _next_in_competition(self) -> Message:
        later = [
            f
            for f in self.plan.fixtures
            if f.kickoff > self.fixture.kickoff and f.competition == self.fixture.competition
        ]
        short = competition_short_name(self.fixture.competition)
        if later:
            return Message("problem.next-fixture", {"fixture": fixture_name(later[0])})
        return Message("problem.next-match", {"competition": short})


class _PastMatches:
    """The team's past matches (from the history), read only if a back-to-back warning needs
    one, and kept while the plan has the same history object and fixtures."""

    def __init__(self, plan: Plan) -> None:
        self.history = plan.history  # held, so that its identity stays unique
        self.fixtures = tuple(plan.fixtures)
        self._labels: dict[str, Message | None] = {}

    def fits(self, plan: Plan) -> bool:
        return plan.history is self.history and tuple(plan.fixtures) == self.fixtures

    @cached_property
    def _days(self) -> tuple[np.ndarray, np.ndarray, list[pd.Timestamp]]:
        """Distinct history dates (sorted), the first history row of each, planned match days."""
        dates = self.history["date"].to_numpy(dtype="datetime64[ns]")
        unique, first = np.unique(dates, return_index=True)
        return unique, first, [_match_day(f) for f in self.fixtures]

    def before(self, fixture: Fixture) -> Message | None:
        """The team's match before fixture ('Wed 2 Apr v LAFC') when it was a past one, else
        None."""
        if fixture.id not in self._labels:
            self._labels[fixture.id] = self._before(fixture)
        return self._labels[fixture.id]

    def _before(self, fixture: Fixture) -> Message | None:
        unique, first, planned = self._days
        day = _match_day(fixture)
        at = int(np.searchsorted(unique, day.to_datetime64(), side="left")) - 1
        if at < 0:
            return None
        last = pd.Timestamp(unique[at])
        if any(last < planned_day < day for planned_day in planned):
            return None
        opponent = self.history["opponent"].iat[int(first[at])]
        return match_name(last, str(opponent))


_past_matches: WeakKeyDictionary[Plan, _PastMatches] = WeakKeyDictionary()


def worded_problem(
    problem: Problem, plan: Plan, language: Language = "en", *, with_fixture: bool = True
) -> str:
    """A problem as a sentence in language, after its fixture's name ("dom 6 abr vs Toronto
    FC: ...") unless with_fixture is False: what the CLI prints and the export writes."""
    text = word(problem.text, language)
    fixture = next((f for f in plan.fixtures if f.id == problem.fixture_id), None)
    if not with_fixture or fixture is None:
        return text
    return f"{word(fixture_name(fixture), language)}: {text}"


def _target_problems(plan: Plan, totals: dict[str, int]) -> list[Problem]:
    """Minutes targets (min/max across the planned fixtures) the plan misses."""
    problems = []
    for pid, target in plan.targets.items():
        if pid not in plan.players:
            continue
        name, total = plan.players[pid].name, int(totals.get(pid, 0))
        if target.minimum is not None and total < target.minimum:
            params = {"player": name, "total": total, "target": target.minimum}
            problems.append(Problem("warning", None, pid, "minutes-below-target", params))
        if target.maximum is not None and total > target.maximum:
            params = {"player": name, "total": total, "target": target.maximum}
            problems.append(Problem("warning", None, pid, "minutes-above-target", params))
    return problems


def _match_day(fixture: Fixture) -> pd.Timestamp:
    """The kickoff's calendar day (local wall time), comparable with history dates."""
    return pd.Timestamp(fixture.kickoff.replace(tzinfo=None)).normalize()


def _and(first: str | Message, second: str | Message) -> Message:
    return Message("problem.and", {"first": first, "second": second})


def _ordinal(n: int) -> Message:
    """n as an ordinal ("6th", "6.º"): English picks its suffix by the number."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return Message(f"problem.ordinal-{suffix}", {"n": n})
