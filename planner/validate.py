"""``validate(plan)``: everything wrong or worth a second look in a plan, in the coach's words.

Errors make a lineup impossible under the rules (the CLI's ``check`` exits 1 on any); warnings
are for the staff to weigh (fatigue, doubtful players, cards, minutes targets).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast
from weakref import WeakKeyDictionary

import numpy as np
import pandas as pd

from planner.fatigue import RISK_LEVELS, cached_fatigue_table
from planner.fixtures import competition_short_name
from planner.formations import formation, out_of_position
from planner.lineup import BENCH, Lineup, Substitution
from planner.players import Status
from planner.wording import Message, word

if TYPE_CHECKING:
    from planner.fixtures import Fixture
    from planner.plan import Plan

Severity = Literal["error", "warning"]
XI_SIZE = 11


@dataclass(frozen=True)
class Problem:
    """One finding. fixture_id is None for plan-wide ones (minutes targets); slot is the place
    in the lineup (a slot name or BENCH) the UI can select; code is stable for tests/filters."""

    severity: Severity
    fixture_id: str | None
    player_id: str | None
    message: str
    slot: str | None = None
    code: str = ""


def validate(plan: Plan) -> list[Problem]:
    """Every problem of the plan: fixture by fixture (errors first), then minutes targets."""
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
    its lineup, the squad, the fixture list and the yellow cards, all of which are in the key
    (compared by value; unchanged players and fixtures are the same frozen objects, so the
    comparison is quick): after a drop only the edited fixture is checked again."""

    def __init__(self) -> None:
        self._context: tuple = ()
        self._kept: dict[str, tuple[tuple, list[Problem], list[Problem]]] = {}

    def use(self, plan: Plan) -> None:
        """Forget every fixture's results if the squad, fixtures or cards changed."""
        context = (
            tuple(plan.players.items()),
            tuple(plan.fixtures),
            tuple((pid, tuple(cards.items())) for pid, cards in plan.yellow_cards.items()),
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
        text: str,
        player_id: str | None = None,
        slot: str | None = None,
    ) -> Problem:
        return Problem(severity, self.fixture.id, player_id, f"{self.label}: {text}", slot, code)

    # -- the XI ----------------------------------------------------------------------------
    def xi_and_goalkeeper(self) -> Iterator[Problem]:
        starters = self.lineup.starters()
        if len(starters) != XI_SIZE:
            text = (
                "no XI picked yet"
                if not starters
                else f"the XI has {len(starters)} players ({XI_SIZE} needed)"
            )
            yield self.problem("error", "xi-incomplete", text)
        roles = {s.name: s.role for s in formation(self.lineup.formation).slots}
        for slot, pid in self.lineup.slots.items():
            player = self.plan.players.get(pid) if pid else None
            if roles[slot] == "GK" and pid is None and starters:
                yield self.problem("error", "no-goalkeeper", "nobody in goal", slot=slot)
            if player is None:
                continue
            keeper = "GK" in player.positions
            if roles[slot] == "GK" and not keeper:
                text = f"{player.name} is in goal but is not a goalkeeper"
                yield self.problem("error", "field-player-in-goal", text, pid, slot)
            elif roles[slot] != "GK" and keeper:
                text = f"{player.name} (goalkeeper) plays {slot} in the field"
                yield self.problem("warning", "goalkeeper-in-field", text, pid, slot)
            elif roles[slot] != "GK" and out_of_position(player.positions, roles[slot]):
                listed = "/".join(player.positions) or "no position"
                text = f"{player.name} plays {slot} out of position (listed {listed})"
                yield self.problem("warning", "out-of-position", text, pid, slot)

    # -- who is picked ---------------------------------------------------------------------
    def selection(self) -> Iterator[Problem]:
        places = [(s, pid) for s, pid in self.lineup.slots.items() if pid] + [
            (BENCH, pid) for pid in self.lineup.bench
        ]
        for pid, count in Counter(pid for _, pid in places).items():
            if count > 1:
                where = " and ".join(
                    s if s != BENCH else "the bench" for s, p in places if p == pid
                )
                text = f"{self.name(pid)} is picked more than once ({where})"
                yield self.problem("error", "selected-twice", text, pid)
        seen: set[str] = set()
        for slot, pid in places:
            if pid in seen:
                continue
            seen.add(pid)
            yield from self._availability(pid, slot)
        if len(self.lineup.bench) > self.rules.bench_size:
            text = (
                f"{len(self.lineup.bench)} substitutes on the bench; "
                f"{self.rules.name} allows {self.rules.bench_size}"
            )
            yield self.problem("error", "bench-too-big", text, slot=BENCH)

    def _availability(self, pid: str, slot: str) -> Iterator[Problem]:
        player = self.plan.players.get(pid)
        where = "on the bench" if slot == BENCH else "in the XI"
        if player is None:
            text = f"'{pid}' is {where} but not in the squad"
            yield self.problem("error", "unknown-player", text, pid, slot)
        elif not player.status.selectable:
            text = f"{player.name} is {player.status} but picked {where}"
            if player.status is Status.SUSPENDED and slot == BENCH:
                text += " (suspended players may not sit on the bench)"
            yield self.problem("error", f"{player.status}-selected", text, pid, slot)
        elif player.status is Status.DOUBTFUL:
            text = f"{player.name} is doubtful (picked {where})"
            yield self.problem("warning", "doubtful-selected", text, pid, slot)

    # -- substitutions ---------------------------------------------------------------------
    def substitutions(self) -> Iterator[Problem]:
        on_pitch = set(self.lineup.starters())
        bench = set(self.lineup.bench)
        gone_off: dict[str, int] = {}
        came_on: set[str] = set()
        windows: list[int] = []
        for number, sub in enumerate(sorted(self.lineup.substitutions), start=1):
            change = f"at {sub.minute}' ({self.name(sub.on)} for {self.name(sub.off)})"
            slot = self.lineup.place_of(sub.off)
            if number > self.rules.substitutes_allowed:
                text = (
                    f"{_ordinal(number)} substitution {change}; "
                    f"{self.rules.name} allows {self.rules.substitutes_allowed}"
                )
                yield self.problem("error", "too-many-substitutions", text, sub.on, slot)
            if _uses_window(sub, self.rules.half_time_is_window) and sub.minute not in windows:
                windows.append(sub.minute)
                if len(windows) > self.rules.substitution_windows:
                    text = (
                        f"{_ordinal(len(windows))} substitution window {change}; "
                        f"{self.rules.name} allows {self.rules.substitution_windows}"
                        + ("" if self.rules.half_time_is_window else " (half-time not counted)")
                    )
                    yield self.problem("error", "too-many-windows", text, sub.on, slot)
            if not 0 < sub.minute < self.rules.match_minutes:
                text = f"substitution {change} is outside the match"
                yield self.problem("error", "sub-minute-outside", text, sub.on, slot)
            problem = self._change_problem(sub, on_pitch, bench, gone_off, came_on)
            if problem:
                yield self.problem("error", problem[0], problem[1], problem[2], slot)
            else:
                on_pitch.remove(sub.off)
                gone_off[sub.off] = sub.minute
                on_pitch.add(sub.on)
                came_on.add(sub.on)

    def _change_problem(
        self,
        sub: Substitution,
        on_pitch: set[str],
        bench: set[str],
        gone_off: dict[str, int],
        came_on: set[str],
    ) -> tuple[str, str, str] | None:
        """(code, text, player) when this change cannot be made as planned, else None."""
        on, off, minute = self.name(sub.on), self.name(sub.off), sub.minute
        if sub.on in gone_off:
            text = f"{on} cannot come back on at {minute}': he went off at {gone_off[sub.on]}'"
            return "re-entry", text, sub.on
        if sub.on in on_pitch or sub.on in came_on:
            return "sub-already-on", f"{on} cannot come on at {minute}': he is already on", sub.on
        if sub.on not in bench:
            text = f"{on} cannot come on at {minute}' for {off}: he is not on the bench"
            return "sub-not-on-bench", text, sub.on
        if sub.off not in on_pitch:
            text = f"{off} cannot go off at {minute}' for {on}: he is not on the pitch then"
            return "sub-off-not-on-pitch", text, sub.off
        return None

    # -- fatigue ---------------------------------------------------------------------------
    def fatigue(self, rows: list[_FlaggedRow]) -> Iterator[Problem]:
        """Warnings from the fatigue table's rows of this fixture worth one (see _flagged)."""
        params = self.plan.params
        for row in rows:
            pid = row.player_id
            slot = self.lineup.place_of(pid)
            if row.high_risk_starter:
                text = f"{self.name(pid)} high fatigue risk ({word(row.reasons)})"
                yield self.problem("warning", "fatigue-risk", text, pid, slot)
            floor = self.plan.readiness_floors.get(pid)
            if floor is not None and row.minutes > 0 and row.readiness < floor:
                text = (
                    f"{self.name(pid)} is planned to play at readiness {row.readiness:.0f}, "
                    f"below his floor of {floor}"
                )
                yield self.problem("warning", "below-readiness-floor", text, pid, slot)
            if row.back_to_back:
                past = self.past.before(self.fixture)
                text = (
                    f"{self.name(pid)} {params.back_to_back_minutes}+ min in both games "
                    f"< {params.back_to_back_days} days apart "
                    f"({f'{past} and this one; ' if past else ''}FIFPRO critical zone)"
                )
                yield self.problem("warning", "back-to-back", text, pid, slot)

    # -- cards -----------------------------------------------------------------------------
    def cards(self) -> Iterator[Problem]:
        threshold = self.rules.yellow_card_threshold
        if not threshold:
            return
        competition = self.fixture.competition
        for pid in dict.fromkeys(self.lineup.matchday_squad()):
            count = self.plan.yellow_cards.get(pid, {}).get(competition, 0)
            slot = self.lineup.place_of(pid)
            if count >= threshold:
                text = (
                    f"{self.name(pid)} has {count} yellow cards in {self.rules.name} "
                    f"(suspension at {threshold}): check he is not suspended"
                )
                yield self.problem("warning", "card-limit-reached", text, pid, slot)
            elif count == threshold - 1:
                text = (
                    f"{self.name(pid)} is one yellow card from a suspension "
                    f"({count} of {threshold} in {self.rules.name}); a card here rules him "
                    f"out of {self._next_in_competition()}"
                )
                yield self.problem("warning", "one-card-from-suspension", text, pid, slot)

    def _next_in_competition(self) -> str:
        later = [
            f
            for f in self.plan.fixtures
            if f.kickoff > self.fixture.kickoff and f.competition == self.fixture.competition
        ]
        short = competition_short_name(self.fixture.competition)
        return later[0].label if later else f"the next {short} match"


class _PastMatches:
    """The team's past matches (from the history), read only if a back-to-back warning needs
    one, and kept while the plan has the same history object and fixtures."""

    def __init__(self, plan: Plan) -> None:
        self.history = plan.history  # held, so that its identity stays unique
        self.fixtures = tuple(plan.fixtures)
        self._labels: dict[str, str | None] = {}

    def fits(self, plan: Plan) -> bool:
        return plan.history is self.history and tuple(plan.fixtures) == self.fixtures

    @cached_property
    def _days(self) -> tuple[np.ndarray, np.ndarray, list[pd.Timestamp]]:
        """Distinct history dates (sorted), the first history row of each, planned match days."""
        dates = self.history["date"].to_numpy(dtype="datetime64[ns]")
        unique, first = np.unique(dates, return_index=True)
        return unique, first, [_match_day(f) for f in self.fixtures]

    def before(self, fixture: Fixture) -> str | None:
        """'Wed 2 Apr v LAFC' when the team's match before fixture was a past one, else None."""
        if fixture.id not in self._labels:
            self._labels[fixture.id] = self._before(fixture)
        return self._labels[fixture.id]

    def _before(self, fixture: Fixture) -> str | None:
        unique, first, planned = self._days
        day = _match_day(fixture)
        at = int(np.searchsorted(unique, day.to_datetime64(), side="left")) - 1
        if at < 0:
            return None
        last = pd.Timestamp(unique[at])
        if any(last < planned_day < day for planned_day in planned):
            return None
        opponent = self.history["opponent"].iat[int(first[at])]
        return f"{last:%a} {last.day} {last:%b} v {opponent}"


_past_matches: WeakKeyDictionary[Plan, _PastMatches] = WeakKeyDictionary()


def _target_problems(plan: Plan, totals: dict[str, int]) -> list[Problem]:
    """Minutes targets (min/max across the planned fixtures) the plan misses."""
    problems = []
    for pid, target in plan.targets.items():
        if pid not in plan.players:
            continue
        name, total = plan.players[pid].name, int(totals.get(pid, 0))
        if target.minimum is not None and total < target.minimum:
            text = f"{name} is planned {total} min, below his target of {target.minimum}"
            problems.append(Problem("warning", None, pid, text, None, "minutes-below-target"))
        if target.maximum is not None and total > target.maximum:
            text = f"{name} is planned {total} min, above his limit of {target.maximum}"
            problems.append(Problem("warning", None, pid, text, None, "minutes-above-target"))
    return problems


def _match_day(fixture: Fixture) -> pd.Timestamp:
    """The kickoff's calendar day (local wall time), comparable with history dates."""
    return pd.Timestamp(fixture.kickoff.replace(tzinfo=None)).normalize()


def _uses_window(sub: Substitution, half_time_is_window: bool) -> bool:
    return half_time_is_window or not sub.half_time


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
