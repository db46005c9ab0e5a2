"""Hypothesis strategies for random squads, fixtures, lineups and whole plans.

Shared by the core's tests and other test modules: ``from tests.strategies import plans``.
Every plan drawn is one the Plan methods could have built (ids unique, players in one place per
lineup); substitutions are random and may break the rules, which validate() is there to report.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pandas as pd
from hypothesis import strategies as st

from planner.fixtures import CompetitionRules, Fixture, competition_codes, default_rules
from planner.formations import formations
from planner.lineup import BENCH, REST, Lineup, Substitution
from planner.locks import Lock, LockKind
from planner.model_params import ModelParams
from planner.plan import Plan
from planner.played import (
    Card,
    CardColour,
    Injury,
    MatchRecord,
    Moment,
    PlayedSubstitution,
    Score,
    period_ends,
)
from planner.players import POSITION_CODES, MinutesTarget, Player, Status

names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=24
)
"""Names and labels: any printable text, accents and other scripts included."""


@st.composite
def players(draw: st.DrawFn, player_id: str | None = None) -> Player:
    """One player (id 'p<n>' unless given); about one in five is a goalkeeper."""
    keeper = draw(st.integers(0, 4)) == 0
    field = st.lists(st.sampled_from([c for c in POSITION_CODES if c != "GK"]), max_size=3)
    positions = ("GK",) if keeper else tuple(dict.fromkeys(draw(field)))
    return Player(
        id=player_id or f"p{draw(st.integers(0, 999))}",
        name=draw(names),
        number=draw(st.none() | st.integers(1, 99)),
        positions=positions,
        status=draw(st.sampled_from(list(Status))),
        rating=draw(st.integers(0, 100)),
        birth_date=draw(st.none() | st.dates(date(1975, 1, 1), date(2010, 12, 31))),
        notes=draw(st.just("") | names),
        return_date=draw(st.none() | st.dates(date(2025, 1, 1), date(2025, 12, 31))),
    )


@st.composite
def squads(draw: st.DrawFn, min_size: int = 0, max_size: int = 26) -> list[Player]:
    """Players with unique ids p0, p1, ..."""
    size = draw(st.integers(min_size, max_size))
    return [draw(players(f"p{i}")) for i in range(size)]


@st.composite
def rules(draw: st.DrawFn, competition: str) -> CompetitionRules:
    """The competition's default rules, sometimes edited the way staff may edit them."""
    base = default_rules(competition)
    if draw(st.booleans()):
        return base
    return CompetitionRules(
        name=base.name,
        match_minutes=draw(st.sampled_from([90, 80, 70])),
        bench_size=draw(st.integers(3, 12)),
        substitutes_allowed=draw(st.integers(3, 11)),
        substitution_windows=draw(st.integers(2, 11)),
        half_time_is_window=draw(st.booleans()),
        yellow_card_thresholds=tuple(sorted(draw(st.sets(st.integers(1, 15), max_size=4)))),
        concussion_substitutes=draw(st.integers(0, 2)),
        extra_time=draw(st.booleans()),
        extra_time_minutes=draw(st.sampled_from([30, 20])),
        extra_time_substitutes=draw(st.integers(0, 2)),
        extra_time_windows=draw(st.integers(0, 2)),
        stoppage_minutes=draw(st.integers(0, 15)),
    )


@st.composite
def fixture_lists(draw: st.DrawFn, min_size: int = 0, max_size: int = 4) -> list[Fixture]:
    """Fixtures in kickoff order, 1-10 days apart, ids f0, f1, ..."""
    size = draw(st.integers(min_size, max_size))
    day = draw(st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31)))
    kickoff = day.replace(hour=draw(st.integers(12, 21)), minute=0, second=0, microsecond=0)
    fixtures = []
    for i in range(size):
        competition = draw(st.sampled_from(competition_codes()))
        fixtures.append(
            Fixture(
                id=f"f{i}",
                kickoff=kickoff,
                opponent=draw(names),
                competition=competition,
                venue=draw(st.just("") | names),
                importance=draw(st.integers(1, 5)),
                home=draw(st.booleans()),
                rules=draw(rules(competition)),
            )
        )
        kickoff += timedelta(days=draw(st.integers(1, 10)), minutes=draw(st.sampled_from([0, 30])))
    return fixtures


@st.composite
def lineups(draw: st.DrawFn, squad: list[str], rules: CompetitionRules | None = None) -> Lineup:
    """A lineup of players from squad: some slots filled, a bench, random substitutions
    (in play, at half-time, in stoppage time, in extra time where the rules have it, and
    concussion substitutes)."""
    rules = rules or default_rules("MLS")
    name = draw(st.sampled_from(list(formations())))
    pool = draw(st.permutations(squad))
    slot_names = formations()[name].slot_names
    filled = draw(st.integers(0, min(len(slot_names), len(pool))))
    chosen = dict(zip(draw(st.permutations(slot_names))[:filled], pool[:filled], strict=True))
    rest = pool[filled:]
    bench = list(rest[: draw(st.integers(0, min(12, len(rest))))])
    picked = list(chosen.values()) + bench
    subs = []
    if picked and bench:
        for _ in range(draw(st.integers(0, 7))):
            minute, half_time, added = draw(change_times(rules))
            subs.append(
                Substitution(
                    minute=minute,
                    off=draw(st.sampled_from(picked)),
                    on=draw(st.sampled_from(bench)),
                    half_time=half_time,
                    added=added,
                    concussion=draw(st.integers(0, 9)) == 0,
                )
            )
    return Lineup(name, chosen, bench, sorted(subs))


@st.composite
def change_times(draw: st.DrawFn, rules: CompetitionRules) -> tuple[int, bool, int]:
    """(minute, half_time, added) of a change the rules allow in the match: in play (45'
    often, as it sits beside half-time), at half-time, in stoppage time, in extra time."""
    length = rules.match_minutes
    last = length + (rules.extra_time_minutes if rules.extra_time else 0)
    kind = draw(st.sampled_from(["play", "45", "half-time", "stoppage", "extra"]))
    if kind == "half-time":
        return length // 2, True, 0
    if kind == "45":
        return length // 2, False, 0
    if kind == "stoppage" and rules.stoppage_minutes:
        ends = [length // 2, length]
        if rules.extra_time:
            ends += [length + rules.extra_time_minutes // 2, last]
        return draw(st.sampled_from(ends)), False, draw(st.integers(1, rules.stoppage_minutes))
    if kind == "extra" and rules.extra_time:
        return draw(st.integers(length, last - 1)), False, 0
    return draw(st.integers(1, length - 1)), False, 0


@st.composite
def histories(
    draw: st.DrawFn, squad: list[str], before: datetime, max_matches: int = 12
) -> pd.DataFrame:
    """Past appearances (date-only) of squad players, on match days before ``before``."""
    rows = []
    day = before.date()
    for _ in range(draw(st.integers(0, max_matches))):
        day -= timedelta(days=draw(st.integers(2, 12)))
        competition = draw(st.sampled_from(competition_codes()))
        opponent = draw(names)
        if not squad:
            break
        for pid in draw(st.lists(st.sampled_from(squad), unique=True, max_size=14)):
            rows.append((pd.Timestamp(day), pid, draw(st.integers(1, 120)), competition, opponent))
    return pd.DataFrame(rows, columns=["date", "player_id", "minutes", "competition", "opponent"])


def model_params() -> st.SearchStrategy[ModelParams]:
    """Model parameters inside their documented ranges."""
    return st.builds(
        ModelParams,
        match_rpe=st.floats(1, 10),
        acute_days=st.integers(3, 10),
        chronic_days=st.integers(21, 42),
        fitness_tau=st.floats(35, 50),
        fatigue_tau=st.floats(5, 15),
        fitness_gain=st.just(1.0),
        fatigue_gain=st.floats(1.5, 3),
        readiness_amber=st.integers(60, 80),
        readiness_red=st.integers(30, 59),
        added_time_per_half=st.integers(0, 5),
        baseline_minutes_per_week=st.integers(0, 180),
    )


@st.composite
def plans(
    draw: st.DrawFn,
    min_players: int = 0,
    max_players: int = 26,
    min_fixtures: int = 0,
    max_fixtures: int = 4,
    with_extras: bool = True,
) -> Plan:
    """A whole plan; with_extras adds pins, yellow cards, minutes targets, readiness floors
    and edited model parameters."""
    squad = draw(squads(min_players, max_players))
    fixtures = draw(fixture_lists(min_fixtures, max_fixtures))
    zone = st.sampled_from(["America/New_York", "America/Los_Angeles", "Europe/Madrid", "UTC"])
    plan = Plan(club=draw(st.just("") | names), timezone=draw(zone))
    for player in squad:
        plan.add_player(player)
    ids = list(plan.players)
    for fixture in fixtures:
        plan.add_fixture(fixture, draw(lineups(ids, fixture.rules)))
    first = fixtures[0].kickoff if fixtures else datetime(2025, 4, 6)
    plan.set_history(draw(histories(ids, first)))
    if with_extras and ids:
        _add_extras(draw, plan, ids)
    plan.revision = 0
    return plan


def _add_extras(draw: st.DrawFn, plan: Plan, ids: list[str]) -> None:
    plan.set_params(draw(model_params()))
    for fixture in plan.fixtures:
        slots = [*plan.lineup(fixture.id).slots, BENCH, REST]
        for pid in draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)):
            lock = st.sampled_from(slots).map(Lock.from_place) | st.just(Lock(LockKind.START))
            plan.lock(fixture.id, pid, draw(lock))
    for pid in draw(st.lists(st.sampled_from(ids), unique=True, max_size=4)):
        plan.set_yellow_cards(
            pid, draw(st.sampled_from(competition_codes())), draw(st.integers(1, 5))
        )
    for pid in draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)):
        low = draw(st.none() | st.integers(0, 200))
        high = draw(st.none() | st.integers(low or 0, 400))
        plan.set_target(pid, MinutesTarget(low, high))
    for pid in draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)):
        plan.set_readiness_floor(pid, draw(st.integers(0, 100)))
    for fixture in plan.fixtures:
        if draw(st.integers(0, 2)) == 0:
            plan.record_played(fixture.id, draw(match_records(ids, fixture)))


@st.composite
def moments(draw: st.DrawFn, record: MatchRecord, fixture: Fixture) -> Moment:
    """A moment inside the match; added time only at a period's end."""
    ends = period_ends(record, fixture)
    minute = draw(st.integers(1, ends[-1]))
    return Moment(minute, draw(st.integers(0, 8)) if minute in ends else 0)


@st.composite
def match_records(draw: st.DrawFn, squad: list[str], fixture: Fixture) -> MatchRecord:
    """A record that could be what happened in fixture (Plan.record_played accepts it): an XI
    and bench from squad, changes of players on the pitch by unused substitutes in time order,
    red cards after the changes, yellow cards and injuries to the matchday squad."""
    name = draw(st.sampled_from(list(formations())))
    pool = draw(st.permutations(squad))
    slot_names = formations()[name].slot_names
    xi = dict(zip(slot_names, pool, strict=False))
    bench = tuple(pool[len(xi) : len(xi) + draw(st.integers(0, 12))])
    record = MatchRecord(
        name,
        xi,
        bench,
        extra_time=fixture.rules.extra_time and draw(st.booleans()),
        score=draw(st.none() | st.builds(Score, st.integers(0, 9), st.integers(0, 9))),
    )
    ends = period_ends(record, fixture)
    record = replace(
        record, added_time={end: draw(st.integers(0, 9)) for end in ends if draw(st.booleans())}
    )
    on_pitch, unused = list(xi.values()), list(bench)
    subs = []
    for moment in sorted(draw(st.lists(moments(record, fixture), max_size=min(5, len(bench))))):
        if not on_pitch or not unused:
            break
        off = draw(st.sampled_from(on_pitch))
        on = unused.pop(draw(st.integers(0, len(unused) - 1)))
        on_pitch[on_pitch.index(off)] = on
        subs.append(PlayedSubstitution(moment, off, on))
    last = subs[-1].moment if subs else Moment(0)
    squad_of_match = [*xi.values(), *bench]
    cards = (
        [
            Card(draw(moments(record, fixture)), pid, CardColour.YELLOW)
            for pid in draw(st.lists(st.sampled_from(squad_of_match), max_size=3))
        ]
        if squad_of_match
        else []
    )
    for pid in (
        draw(st.lists(st.sampled_from(on_pitch), unique=True, max_size=2)) if on_pitch else []
    ):
        moment = draw(moments(record, fixture).filter(lambda m: m >= last))
        cards.append(Card(moment, pid, CardColour.RED))
    injuries = (
        [
            Injury(
                draw(moments(record, fixture)),
                pid,
                draw(
                    st.none()
                    | st.dates(fixture.kickoff.date(), fixture.kickoff.date() + timedelta(days=200))
                ),
            )
            for pid in draw(st.lists(st.sampled_from(squad_of_match), max_size=2))
        ]
        if squad_of_match
        else []
    )
    reported = (
        {pid: draw(st.integers(0, ends[-1])) for pid in squad_of_match}
        if squad_of_match and draw(st.integers(0, 3)) == 0
        else {}
    )
    return replace(
        record,
        substitutions=tuple(subs),
        cards=tuple(sorted(cards)),
        injuries=tuple(injuries),
        reported=reported,
    )
