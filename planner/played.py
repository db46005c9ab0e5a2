"""What happened in a played fixture: the ``MatchRecord`` (XI, bench, substitutions at their real
minutes, cards, injuries, score) and the minutes each player played, computed in one place.

Match time: a ``Moment`` is a clock minute plus added time ("90+3"); added time belongs to the
period it is played in, so it is only allowed at a period's end (45, 90, and 105, 120 in extra
time). Minutes played are real time: a moment lies ``minute + added`` minutes plus the added
time of every earlier period after kick-off, and the match ends after its length plus all the
added time (each period's added time is the longer of the one recorded and the latest moment
noted in it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, cast

from planner.errors import PlannerError
from planner.formations import formation
from planner.minutes import stint_minutes
from planner.rules.timing import period_ends as rules_period_ends
from planner.text import clip
from planner.wording import Message
from planner.wording import played as _wording  # noqa: F401  registers the record.* codes
from planner.wording.common import fixture_name

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from planner.fixtures import Fixture
    from planner.lineup import Lineup
    from planner.players import Player

_MOMENT = re.compile(r"\s*(\d{1,3})\s*(?:\+\s*(\d{1,2}))?\s*'?\s*")


class RecordError(PlannerError, ValueError):
    """A match record that cannot be what happened (unknown player, minute past the end...):
    its Message (planner/wording/played.py) is worded at the edge; str() is English."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(Message(f"record.{code}", params))


@dataclass(frozen=True, order=True)
class Moment:
    """A time in the match as the clock shows it: minute 90, added 3 is "90+3"."""

    minute: int
    added: int = 0

    def __str__(self) -> str:
        return f"{self.minute}+{self.added}" if self.added else str(self.minute)

    @classmethod
    def parse(cls, text: str) -> Moment:
        """'67', "67'", '90+3' -> a Moment; RecordError for anything else."""
        found = _MOMENT.fullmatch(text)
        if found is None:
            raise RecordError("not-a-minute", text=clip(text).strip())
        return cls(int(found[1]), int(found[2] or 0))


@dataclass(frozen=True, order=True)
class PlayedSubstitution:
    """A change that happened: on replaced off at moment."""

    moment: Moment
    off: str
    on: str


class CardColour(StrEnum):
    YELLOW = "yellow"
    RED = "red"


@dataclass(frozen=True, order=True)
class Card:
    """A yellow or red card shown to a player (a red one sends him off)."""

    moment: Moment
    player_id: str
    colour: CardColour


@dataclass(frozen=True, order=True)
class Injury:
    """A player hurt at moment (whether he went off is said by the substitutions); return_date,
    when the staff know it, is the day he is expected to be available again."""

    moment: Moment
    player_id: str
    return_date: date | None = None


@dataclass(frozen=True)
class Score:
    ours: int
    theirs: int


@dataclass(frozen=True)
class MatchRecord:
    """What happened in one fixture.

    xi maps the formation's slots to the starters; added_time maps a period's end minute (45,
    90...) to the minutes added to it; reported, when not empty, holds the minutes per player
    as a stats sheet gives them, and they replace the minutes computed from the events.
    """

    formation: str
    xi: Mapping[str, str]
    bench: tuple[str, ...] = ()
    substitutions: tuple[PlayedSubstitution, ...] = ()
    cards: tuple[Card, ...] = ()
    injuries: tuple[Injury, ...] = ()
    score: Score | None = None
    extra_time: bool = False
    added_time: Mapping[int, int] = field(default_factory=dict)
    reported: Mapping[str, int] = field(default_factory=dict)

    def starters(self) -> list[str]:
        return list(self.xi.values())

    def players(self) -> set[str]:
        """Everyone the record names as taking part: XI, bench, reported minutes."""
        return {*self.xi.values(), *self.bench, *self.reported}


def period_ends(record: MatchRecord, fixture: Fixture) -> tuple[int, ...]:
    """Clock minutes at which the periods of the match end: (45, 90) or, when it went to extra
    time, (45, 90, 105, 120) as the fixture's rules set them (planner.rules)."""
    ends = rules_period_ends(replace(fixture.rules, extra_time=True))
    return ends if record.extra_time else ends[:2]


def _added_time(record: MatchRecord, fixture: Fixture) -> dict[int, int]:
    added = {end: record.added_time.get(end, 0) for end in period_ends(record, fixture)}
    for moment in _moments(record):
        if moment.minute in added:
            added[moment.minute] = max(added[moment.minute], moment.added)
    return added


def _moments(record: MatchRecord) -> Iterable[Moment]:
    yield from (s.moment for s in record.substitutions)
    yield from (c.moment for c in record.cards)
    yield from (i.moment for i in record.injuries)


def match_length(record: MatchRecord, fixture: Fixture) -> int:
    """Real minutes from kick-off to the final whistle, added time included."""
    return period_ends(record, fixture)[-1] + sum(_added_time(record, fixture).values())


def _elapsed(moment: Moment, added: Mapping[int, int]) -> int:
    earlier = sum(extra for end, extra in added.items() if end < moment.minute)
    return moment.minute + moment.added + earlier


def played_minutes(record: MatchRecord, fixture: Fixture) -> dict[str, int]:
    """Minutes each player played (those who did not play are absent): the reported minutes
    when the record has them, else from the XI, the substitutions and red cards."""
    if record.reported:
        return {pid: m for pid, m in record.reported.items() if m > 0}
    added = _added_time(record, fixture)
    changes: list[tuple[int, str, str | None]] = [
        (_elapsed(s.moment, added), s.off, s.on) for s in record.substitutions
    ]
    changes += [
        (_elapsed(c.moment, added), c.player_id, None)
        for c in record.cards
        if c.colour is CardColour.RED
    ]
    changes.sort(key=lambda change: change[0])
    played = stint_minutes(record.starters(), changes, match_length(record, fixture))
    return {pid: m for pid, m in played.items() if m > 0}


def record_from_lineup(lineup: Lineup, fixture: Fixture, added_time_per_half: int) -> MatchRecord:
    """The record of a fixture played exactly as planned (the planned added time included)."""
    length = fixture.rules.match_minutes
    return MatchRecord(
        formation=lineup.formation,
        xi={slot: pid for slot, pid in lineup.slots.items() if pid is not None},
        bench=tuple(lineup.bench),
        substitutions=tuple(
            PlayedSubstitution(Moment(s.minute), s.off, s.on) for s in sorted(lineup.substitutions)
        ),
        added_time=dict.fromkeys((length // 2, length), added_time_per_half)
        if added_time_per_half
        else {},
    )


def check_record(record: MatchRecord, fixture: Fixture, squad: Mapping[str, Player]) -> None:
    """Raise RecordError, with one message saying what is wrong, unless the record can be what
    happened in fixture: known players in the formation's slots, moments inside the match,
    substitutions of players on the pitch by players from the bench, reported minutes no longer
    than the match."""
    problem = record_problem(record, fixture, squad)
    if problem is not None:
        raise RecordError("in-fixture", fixture=fixture_name(fixture), problem=problem)


def record_problem(
    record: MatchRecord, fixture: Fixture, squad: Mapping[str, Player]
) -> Message | None:
    """What makes record impossible in fixture (check_record's message without the fixture's
    name, for a view that shows the fixture already), or None when it can be what happened."""
    try:
        _Check(record, fixture, squad).run()
    except RecordError as exc:
        return cast(Message, exc.text)  # a RecordError always carries a Message
    return None


class _Check:
    def __init__(self, record: MatchRecord, fixture: Fixture, squad: Mapping[str, Player]) -> None:
        self.record, self.fixture, self.squad = record, fixture, squad

    def name(self, pid: str) -> str:
        return self.squad[pid].name

    def known(self, pid: str) -> None:
        if pid not in self.squad:
            raise RecordError("unknown-player", player=pid)

    def run(self) -> None:
        record = self.record
        slots = formation(record.formation).slot_names
        for slot, pid in record.xi.items():
            if slot not in slots:
                raise RecordError("no-slot", formation=record.formation, slot=slot)
            self.known(pid)
        for pid in (*record.bench, *record.reported):
            self.known(pid)
        squad = [*record.xi.values(), *record.bench]
        twice = {pid for pid in squad if squad.count(pid) > 1}
        if twice:
            raise RecordError("picked-twice", player=self.name(min(twice)))
        if record.extra_time and not self.fixture.rules.extra_time:
            raise RecordError("no-extra-time")
        if record.score and min(record.score.ours, record.score.theirs) < 0:
            raise RecordError("negative-score")
        for moment in _moments(record):
            self.inside(moment)
        self.events()
        self.reported()

    def inside(self, moment: Moment) -> None:
        ends = period_ends(self.record, self.fixture)
        if moment.minute > ends[-1] or moment.minute < 0:
            code = "after-the-end" if self.record.extra_time else "after-the-end-no-extra-time"
            raise RecordError(code, moment=str(moment))
        if moment.added and moment.minute not in ends:
            listed = ", ".join(str(e) for e in ends)
            raise RecordError("added-time-mid-period", moment=str(moment), ends=listed)

    def events(self) -> None:
        """Substitutions and red cards in time order, against who is on the pitch."""
        record = self.record
        on_pitch = set(record.xi.values())
        came_on = {s.on: s.moment for s in record.substitutions}
        gone: set[str] = set()
        # changes at one minute stay in the record's order (he came on at 45, then went off at
        # 45 too): the sort is stable and looks only at the moment and the kind of event
        events = sorted(
            [(s.moment, 0, s.off, s.on) for s in record.substitutions]
            + [(c.moment, 1, c.player_id, "") for c in record.cards if c.colour is CardColour.RED],
            key=lambda event: event[:2],
        )
        squad = {*record.xi.values(), *record.bench}
        for moment, kind, off, on in events:
            self.known(off)
            if off not in on_pitch:
                raise self.not_on_pitch(off, moment, came_on.get(off), off in gone)
            on_pitch.remove(off)
            gone.add(off)
            if kind == 0:
                self.known(on)
                if on in gone or on in on_pitch:
                    raise RecordError("on-already-played", player=self.name(on), moment=str(moment))
                if on not in record.bench:
                    raise RecordError("on-not-on-bench", player=self.name(on), moment=str(moment))
                on_pitch.add(on)
        for pid in [c.player_id for c in record.cards] + [i.player_id for i in record.injuries]:
            self.known(pid)
            if pid not in squad:
                raise RecordError("not-in-squad", player=self.name(pid))

    def not_on_pitch(
        self, pid: str, moment: Moment, came_on: Moment | None, gone: bool
    ) -> RecordError:
        who, when = self.name(pid), str(moment)
        if came_on is not None and came_on > moment:
            return RecordError("off-before-on", player=who, moment=when, came_on=str(came_on))
        if gone:
            return RecordError("off-already-left", player=who, moment=when)
        return RecordError("off-not-on-pitch", player=who, moment=when)

    def reported(self) -> None:
        longest = match_length(self.record, self.fixture)
        for pid, minutes in self.record.reported.items():
            if minutes < 0:
                raise RecordError("minutes-negative", player=self.name(pid))
            if minutes > longest:
                too_long = {"minutes": minutes, "longest": longest}
                raise RecordError("minutes-too-long", player=self.name(pid), **too_long)
