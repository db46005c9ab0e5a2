"""What the optimiser decides over: per fixture the slots, the candidates, the minutes options
(stints), the locks and rules, plus the linear readiness terms; checks input it cannot serve."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from planner.errors import PlannerError
from planner.fatigue.grid import MatchDays, match_days
from planner.fatigue.load import back_to_back_counts
from planner.fixtures import Fixture
from planner.formations import Slot, formation, out_of_position, position_fit
from planner.lineup import BENCH
from planner.locks import Lock, LockKind
from planner.plan import Plan
from planner.players import Player, Status
from planner.rules import absence, absence_name, available, limits
from planner.suggest.options import SuggestOptions
from planner.suggest.readiness import ReadinessTerms, readiness_terms
from planner.wording import Message
from planner.wording.common import joined
from planner.wording.locks import lock_name, lock_problem
from planner.wording.positions import position_name
from planner.wording.suggest import keeper_missing, suggestion_problem

ANY_SLOT = "XI"  # a lock to start, in whichever slot


class SuggestionError(PlannerError):
    """The plan cannot be turned into a suggestion; the message (planner/wording: locks,
    suggest) names the conflict, kept for the edge to word; str() is English."""


@dataclass(frozen=True)
class Stint:
    """One way to spend a match: the whole of it, until a planned change, or from one."""

    kind: str  # "full", "off" (starts, replaced at minute) or "on" (comes on at minute)
    start: int
    end: int
    minutes: int  # minutes credited (planned added time included, as planned_minutes does)
    share: float  # part of the match on the pitch
    tiring: float  # what his readiness cost is multiplied by: share + late weight x late share

    @property
    def starts(self) -> bool:
        return self.kind != "on"

    @property
    def minute(self) -> int:
        """The planned change that opens or closes the stint (0 for a full match)."""
        return self.start if self.kind == "on" else (self.end if self.kind == "off" else 0)


@dataclass
class FixtureData:
    """One fixture as the optimiser sees it."""

    index: int
    fixture: Fixture
    slots: tuple[Slot, ...]
    stints: tuple[Stint, ...]
    candidates: tuple[str, ...]  # may be named: selectable and not kept out by a lock
    locks: dict[str, str]  # the locks: player -> slot, BENCH, or ANY_SLOT (starts)
    bench_target: int
    key: bool  # no high-risk starter
    previous: int | None = None  # index of the planned fixture before it, if back-to-back
    history_long: frozenset[str] = frozenset()  # 45+ in a past match back-to-back with it

    no_start: frozenset[str] = frozenset()  # candidates who may not start (doubtful, unlocked)

    @cached_property
    def named(self) -> frozenset[str]:
        """The candidates as a set (a squad of thousands is searched often)."""
        return frozenset(self.candidates)

    def may_start(self, pid: str) -> bool:
        return pid in self.named and pid not in self.no_start

    @property
    def weight(self) -> float:
        return float(self.fixture.importance)

    @property
    def roles(self) -> dict[str, int]:
        """How many slots ask for each position, in formation order (slots of one role are
        interchangeable, so the model places players by role and names slots afterwards)."""
        counts: dict[str, int] = {}
        for slot in self.slots:
            counts[slot.role] = counts.get(slot.role, 0) + 1
        return counts

    def role_of(self, slot_name: str) -> str:
        return next(s.role for s in self.slots if s.name == slot_name)

    @property
    def change_minutes(self) -> tuple[int, ...]:
        return tuple(s.end for s in self.stints if s.kind == "off")


@dataclass
class Instance:
    """The whole optimisation input, derived from a plan and options."""

    plan: Plan
    options: SuggestOptions
    fixtures: list[FixtureData]
    readiness: ReadinessTerms
    floors: dict[str, float] = field(default_factory=dict)
    _strengths: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def player(self, pid: str) -> Player:
        return self.plan.players[pid]

    @cached_property
    def no_back_to_back(self) -> frozenset[str]:
        """Players FIFPRO's back-to-back flag does not concern (as the fatigue table says)."""
        players = list(self.plan.players)
        counts = back_to_back_counts(self.plan, players)
        return frozenset(p for p, c in zip(players, counts, strict=True) if not c)

    @cached_property
    def _fits(self) -> dict[tuple[str, str], float]:
        roles = {s.role for fx in self.fixtures for s in fx.slots}
        return {
            (pid, role): position_fit(p.positions, role)
            for pid, p in self.plan.players.items()
            for role in roles
        }

    def fit(self, pid: str, role: str) -> float:
        return self._fits[(pid, role)]

    @cached_property
    def _misplaced(self) -> frozenset[tuple[str, str]]:
        return frozenset(
            (pid, role)
            for (pid, role), fit in self._fits.items()
            if fit > 0 and out_of_position(self.player(pid).positions, role)
        )

    def misplaced(self, pid: str, role: str) -> bool:
        """He can play the role, but out of position (validate would warn)."""
        return (pid, role) in self._misplaced

    def strength(self, pid: str, role: str) -> float:
        """Rating points a player brings to a role per full match before fatigue: rating x
        fit, less the doubtful and out-of-position penalties."""
        player, o = self.player(pid), self.options
        value = player.rating * self.fit(pid, role)
        if player.status == "doubtful":
            value -= o.doubtful_penalty
        if self.misplaced(pid, role):
            value -= o.out_of_position_penalty
        return value

    def fatigue_rate(self, pid: str) -> float:
        """Rating points pid loses per readiness point below 100 over a full match: his
        rating x readiness_weight, so a star's freshness is worth more than a squad player's
        (or the options' flat weight, the same for everyone, to compare with the old objective)."""
        if self.options.flat_fatigue_weight is not None:
            return self.options.flat_fatigue_weight
        return self.options.readiness_weight * self.player(pid).rating

    def stint_value(
        self, pid: str, fx: FixtureData, role: str, share: float, tiring: float
    ) -> float:
        """Weighted rating points of a stint, less the fatigue the player brings from before
        the planned week (the part that planned minutes add is priced separately)."""
        fatigue = self.fatigue_rate(pid) * (100.0 - self.readiness.base[(pid, fx.fixture.id)])
        return fx.weight * (share * self.strength(pid, role) - tiring * fatigue)

    @cached_property
    def fatigue_rates(self) -> np.ndarray:
        """fatigue_rate of every player, in the readiness terms' row order."""
        return np.array([self.fatigue_rate(pid) for pid in self.readiness.index.players])

    def strengths(self, role: str) -> np.ndarray:
        """strength in role of every player (readiness terms' row order); -inf where he
        cannot play it."""
        if role not in self._strengths:
            self._strengths[role] = np.array(
                [
                    self.strength(pid, role) if self.fit(pid, role) > 0 else -np.inf
                    for pid in self.readiness.index.players
                ]
            )
        return self._strengths[role]

    def back_to_back_cost(self, fx: FixtureData, pid: str) -> float:
        """Weighted rating points a FIFPRO back-to-back into fx costs pid (nothing for a
        player the flag does not concern: a goalkeeper, by default)."""
        if pid in self.no_back_to_back:
            return 0.0
        o = self.options
        return fx.weight * (o.key_back_to_back_penalty if fx.key else o.back_to_back_penalty)

    def most_readiness_drop(self, pid: str, fx: FixtureData) -> float:
        """The most readiness planned minutes can take off before this fixture (the fatigue
        model's coefficients are never negative)."""
        return sum(
            max(s.minutes for s in g.stints)
            * self.readiness.per_minute.get((pid, g.fixture.id, fx.fixture.id), 0.0)
            for g in self.fixtures[: fx.index]
        )


def build_instance(plan: Plan, options: SuggestOptions) -> Instance:
    """The optimisation input for plan; SuggestionError when locks or the squad rule it out.
    Played fixtures are not decided over: their minutes are past minutes (docs/season.md)."""
    if not plan.fixtures:
        raise SuggestionError(suggestion_problem("no_fixtures"))
    planned = [(j, f) for j, f in enumerate(plan.fixtures) if f.id not in plan.records]
    if not planned:
        raise SuggestionError(suggestion_problem("all_played"))
    terms = readiness_terms(plan)
    key_level = max(options.key_importance, 1)
    days = match_days(plan)
    fixtures: list[FixtureData] = []
    for index, (j, fixture) in enumerate(planned):
        lineup = plan.lineup(fixture.id)
        locks = dict(plan.locks.get(fixture.id, {}))
        _check_locks(plan, fixture, lineup.formation, locks)
        candidates = tuple(
            pid
            for pid, p in plan.players.items()
            if available(plan, pid, fixture.id)
            and _may_be_named(p.status, locks.get(pid), options.doubtful_on_bench)
        )
        fx = FixtureData(
            index=index,
            fixture=fixture,
            slots=formation(lineup.formation).slots,
            stints=_stints(fixture, plan.params.added_time_per_half, options),
            candidates=candidates,
            locks={pid: _place(lock) for pid, lock in locks.items() if lock.kind != LockKind.REST},
            bench_target=max(0, min(limits(fixture.rules).bench, len(candidates) - 11)),
            key=fixture.importance >= key_level,
            no_start=frozenset(
                pid
                for pid in candidates
                if plan.players[pid].status == Status.DOUBTFUL and not _starts(locks.get(pid))
            ),
        )
        _back_to_back(plan, days, [k for k, _ in planned[:index]], fx, j)
        _check_squad(plan, fx)
        fixtures.append(fx)
    floors = {pid: float(v) for pid, v in plan.readiness_floors.items()}
    instance = Instance(plan, options, fixtures, terms, floors)
    _check_targets(instance)
    return instance


def shares(start: float, end: float, length: int, late_weight: float) -> tuple[float, float]:
    """The part of a match from start to end, and how much of his readiness cost a player
    pays for it: that part plus late_weight x the part in the last third (legs tire, and a
    tired player's more: docs/rotation-optimiser.md, "Within a match")."""
    late = max(0.0, end - max(start, 2 * length / 3)) / length
    share = (end - start) / length
    return share, share + late_weight * late


def _stints(fixture: Fixture, added_time: int, options: SuggestOptions) -> tuple[Stint, ...]:
    length = fixture.rules.match_minutes
    allowed = limits(fixture.rules)
    scale = (length + 2 * added_time) / length

    def stint(kind: str, start: int, end: int) -> Stint:
        share, tiring = shares(start, end, length, options.late_fatigue_weight)
        return Stint(kind, start, end, round((end - start) * scale), share, tiring)

    stints = [stint("full", 0, length)]
    if allowed.substitutes > 0:  # changes in normal time only: their limits, not extra time's
        minutes = sorted({m for m in options.sub_minutes if 0 < m < length})
        for m in minutes[: allowed.windows]:
            stints += [stint("off", 0, m), stint("on", m, length)]
    return tuple(stints)


def _back_to_back(plan: Plan, days: MatchDays, done: list[int], fx: FixtureData, j: int) -> None:
    """The team's previous match before plan.fixtures[j], as the fatigue table finds it
    (planner.fatigue.grid), when it is close enough for FIFPRO's back-to-back rule: a planned
    fixture decided here (fx.previous; done: plan.fixtures' indexes of those before fx), or a
    past match, a played fixture's included, whose 45+ men it notes (fx.history_long)."""
    previous = int(days.previous_columns[j])
    gap = days.fixture_days[j] - days.days[max(previous, 0)]
    if previous < 0 or gap >= plan.params.back_to_back_days:
        return
    same_day = [i for i, k in enumerate(done) if days.fixture_columns[k] == previous]
    if same_day:
        fx.previous = same_day[-1]
        return
    counts = back_to_back_counts(plan, days.players)
    long = days.past[:, previous] >= plan.params.back_to_back_minutes
    concerned = zip(days.players, counts, long, strict=True)
    fx.history_long = frozenset(pid for pid, c, m in concerned if c and m)


def _who(plan: Plan, pid: str) -> str:
    return plan.players[pid].name


def _starts(lock: Lock | None) -> bool:
    return lock is not None and lock.kind is LockKind.START


def _may_be_named(status: Status, lock: Lock | None, doubtful_on_bench: bool) -> bool:
    """Whether the optimiser may put him in the matchday squad: not when a lock keeps him
    out, nor when he is doubtful, unlocked and the options keep doubtful players off the
    bench (he may not start unlocked either)."""
    if lock is not None:
        return lock.kind is not LockKind.REST
    return status != Status.DOUBTFUL or doubtful_on_bench


def _place(lock: Lock) -> str:
    """A lock as the model reads it: his slot, BENCH, or ANY_SLOT."""
    if lock.kind is LockKind.BENCH:
        return BENCH
    return lock.slot or ANY_SLOT


def _check_locks(plan: Plan, fixture: Fixture, formation_name: str, locks: dict[str, Lock]) -> None:
    """Raise SuggestionError with one worded sentence for the first lock that cannot be met
    whatever the rest of the plan."""
    by_slot: dict[str, str] = {}
    roles = {s.name: s.role for s in formation(formation_name).slots}

    def problem(code: str, pid: str, **params: object) -> SuggestionError:
        return SuggestionError(lock_problem(code, _who(plan, pid), fixture, **params))

    for pid, lock in locks.items():
        player = plan.players[pid]
        found = absence(plan, pid, fixture.id)
        if lock.kind is not LockKind.REST and found is not None:
            raise problem(
                "unavailable", pid, lock=lock_name(lock), status=absence_name(plan, found)
            )
        slot = lock.slot
        if slot is None:
            continue
        where = position_name(slot)
        if slot not in roles:
            raise problem("no_slot", pid, slot=where, formation=formation_name)
        if position_fit(player.positions, roles[slot]) == 0:
            raise problem("cannot_play", pid, slot=where)
        if slot in by_slot:
            raise problem("same_slot", by_slot[slot], other=player.name, slot=where)
        by_slot[slot] = pid
    starters = [pid for pid, lock in locks.items() if _starts(lock)]
    if len(starters) > len(roles):
        raise SuggestionError(
            lock_problem("too_many_starters", _who(plan, starters[0]), fixture, count=len(starters))
        )
    benched = [pid for pid, lock in locks.items() if lock.kind is LockKind.BENCH]
    if len(benched) > fixture.rules.bench_size:
        raise SuggestionError(
            lock_problem(
                "bench_full",
                _who(plan, benched[0]),
                fixture,
                count=len(benched),
                allowed=fixture.rules.bench_size,
            )
        )


def _check_squad(plan: Plan, fx: FixtureData) -> None:
    if len(fx.candidates) < 11:
        raise SuggestionError(suggestion_problem("too_few", fx.fixture, count=len(fx.candidates)))
    keepers = [
        pid for pid in fx.candidates if "GK" in plan.players[pid].positions and fx.may_start(pid)
    ]
    if not keepers:
        rested = [
            pid
            for pid, p in plan.players.items()
            if "GK" in p.positions
            and available(plan, pid, fx.fixture.id)
            and plan.lock_of(fx.fixture.id, pid) == Lock(LockKind.REST)
        ]
        if len(rested) == 1:
            raise SuggestionError(lock_problem("only_keeper", _who(plan, rested[0]), fx.fixture))
        why = joined(
            [_absence(plan, fx, pid) for pid, p in plan.players.items() if "GK" in p.positions]
        ) or Message("suggest.error.no_keepers_at_all")
        raise SuggestionError(suggestion_problem("no_keeper", fx.fixture, why=why))
    field = [
        pid
        for pid in fx.candidates
        if "GK" not in plan.players[pid].positions and fx.may_start(pid)
    ]
    if len(field) < 10:
        raise SuggestionError(suggestion_problem("too_few_outfield", fx.fixture, count=len(field)))


def _absence(plan: Plan, fx: FixtureData, pid: str) -> Message:
    name = _who(plan, pid)
    if pid in fx.no_start:
        return keeper_missing("doubtful", name)
    found = absence(plan, pid, fx.fixture.id)
    if found is None:
        return keeper_missing("kept_out", name)
    return keeper_missing("absent", name, status=absence_name(plan, found))


def _check_targets(instance: Instance) -> None:
    plan = instance.plan
    most = {fx.fixture.id: max(s.minutes for s in fx.stints) for fx in instance.fixtures}
    for pid, target in plan.targets.items():
        name = plan.players[pid].name
        reachable = sum(most[fx.fixture.id] for fx in instance.fixtures if pid in fx.named)
        if target.minimum is not None and target.minimum > reachable:
            raise SuggestionError(
                suggestion_problem(
                    "minimum_out_of_reach", player=name, minimum=target.minimum, reachable=reachable
                )
            )
        if target.maximum is None:
            continue
        pinned = sum(
            min(s.minutes for s in fx.stints if s.starts)
            for fx in instance.fixtures
            if fx.locks.get(pid, BENCH) != BENCH
        )
        if pinned > target.maximum:
            raise SuggestionError(
                suggestion_problem(
                    "locks_above_cap", player=name, minutes=pinned, cap=target.maximum
                )
            )
