"""The plan: the one source of truth every view and file is derived from.

Every mutation goes through a method here and announces itself to subscribers with a
:class:`PlanChange`, so the Qt layer can refresh its views without the core knowing Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum, auto
from typing import Any

import pandas as pd

from planner.errors import PlannerError
from planner.fixtures import Fixture
from planner.formations import formation
from planner.lineup import BENCH, Lineup, Substitution
from planner.locks import Lock, LockKind
from planner.model_params import ModelParams
from planner.played import MatchRecord, RecordError, check_record
from planner.players import MinutesTarget, Player, Status
from planner.sessions import SessionError, checked_sessions, empty_sessions
from planner.substitution_follow import Outcomes, follow_places
from planner.timezones import CLUB_TIMEZONE
from planner.training import TrainingWeek
from planner.wording import Message, word

HISTORY_COLUMNS = ("date", "player_id", "minutes", "competition", "opponent")


def empty_history() -> pd.DataFrame:
    """An appearances table with the right columns and dtypes and no rows."""
    return pd.DataFrame(
        {
            "date": pd.Series(dtype="datetime64[ns]"),
            "player_id": pd.Series(dtype="object"),
            "minutes": pd.Series(dtype="int64"),
            "competition": pd.Series(dtype="object"),
            "opponent": pd.Series(dtype="object"),
        }
    )


class ChangeKind(Enum):
    """What part of the plan an edit changed."""

    LINEUP = auto()  # one fixture's XI, bench, formation or substitutions
    PLAYER = auto()  # a player added, edited or removed
    FIXTURE = auto()  # a fixture added, edited or removed
    HISTORY = auto()  # past appearances or the load table
    PARAMS = auto()  # the fatigue model's parameters
    TARGETS = auto()  # a player's minutes target or readiness floor
    CARDS = auto()  # a player's yellow cards
    LOCKS = auto()  # what the optimiser must keep (planner.locks)
    PLAYED = auto()  # a fixture recorded as played, or reopened
    TRAINING = auto()  # the planned training week (planner.training)
    RESET = auto()  # the whole state put back (undo of a compound edit, a copy)


@dataclass(frozen=True)
class PlanChange:
    """What changed; fixture_id / player_id narrow it down where they apply."""

    kind: ChangeKind
    fixture_id: str | None = None
    player_id: str | None = None


class PlanError(PlannerError, ValueError):
    """A plan operation that cannot be done as asked (unknown id, wrong slot...). Given a
    Message (a refused match record), it keeps it for the edge to word; str() is English."""

    def __init__(self, reason: str | Message) -> None:
        self.message = reason
        super().__init__(word(reason))

    @property
    def text(self) -> Message | str:
        return self.message


@dataclass(eq=False)
class Plan:
    """Squad, fixtures, one lineup per fixture, past minutes and the model's parameters."""

    club: str = ""
    timezone: str = CLUB_TIMEZONE  # IANA name: kickoffs and days are the club's local time
    players: dict[str, Player] = field(default_factory=dict)
    fixtures: list[Fixture] = field(default_factory=list)
    lineups: dict[str, Lineup] = field(default_factory=dict)
    history: pd.DataFrame = field(default_factory=empty_history)
    sessions: pd.DataFrame = field(default_factory=empty_sessions)  # the load table
    params: ModelParams = field(default_factory=ModelParams)
    locks: dict[str, dict[str, Lock]] = field(default_factory=dict)  # fixture -> player -> lock
    yellow_cards: dict[str, dict[str, int]] = field(default_factory=dict)
    targets: dict[str, MinutesTarget] = field(default_factory=dict)
    readiness_floors: dict[str, int] = field(default_factory=dict)
    records: dict[str, MatchRecord] = field(default_factory=dict)  # played fixtures
    training: TrainingWeek | None = None  # planned sessions; None: none planned
    revision: int = field(default=0, compare=False)
    _subscribers: list[Callable[[PlanChange], None]] = field(
        default_factory=list, compare=False, repr=False
    )

    # -- change notification -------------------------------------------------------------
    def subscribe(self, callback: Callable[[PlanChange], None]) -> None:
        """Call callback after every change of the plan."""
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[PlanChange], None]) -> None:
        self._subscribers.remove(callback)

    def _changed(
        self, kind: ChangeKind, fixture_id: str | None = None, player_id: str | None = None
    ) -> None:
        self.revision += 1
        change = PlanChange(kind, fixture_id, player_id)
        for callback in list(self._subscribers):
            callback(change)

    # -- look-ups --------------------------------------------------------------------------
    def player(self, player_id: str) -> Player:
        try:
            return self.players[player_id]
        except KeyError:
            raise PlanError(f"no player with id {player_id!r}") from None

    def fixture(self, fixture_id: str) -> Fixture:
        for f in self.fixtures:
            if f.id == fixture_id:
                return f
        raise PlanError(f"no fixture with id {fixture_id!r}")

    def lineup(self, fixture_id: str) -> Lineup:
        """The lineup of a fixture (the live object: mutate it only through Plan methods); a
        fixture with none reads as an empty Lineup and the plan stays as it was."""
        self.fixture(fixture_id)
        found = self.lineups.get(fixture_id)
        return Lineup() if found is None else found

    def _keep(self, fixture_id: str, lineup: Lineup) -> Lineup:
        """Store lineup (read with lineup()) as the fixture's before an edit changes it: an
        edit that is refused first leaves a fixture without one as it was."""
        return self.lineups.setdefault(fixture_id, lineup)

    def unselected(self, fixture_id: str) -> list[str]:
        """Players of the squad in neither the XI nor the bench of a fixture."""
        picked = set(self.lineup(fixture_id).matchday_squad())
        return [pid for pid in self.players if pid not in picked]

    # -- lineup edits ----------------------------------------------------------------------
    def assign(self, fixture_id: str, player_id: str, slot: str) -> Outcomes:
        """Put a player in a slot of a fixture's XI.

        If he was already placed (another slot or the bench) he moves, and whoever stood in the
        target slot takes his old place (a swap). If he came from the squad, the displaced
        player goes back to the squad. Nobody is ever lost. Planned changes follow the places
        (see planner.substitution_follow); returns what happened to them.
        """
        self.player(player_id)
        lineup = self.lineup(fixture_id)
        if slot not in lineup.slots:
            raise PlanError(f"formation {lineup.formation} has no slot {slot!r}")
        previous = lineup.place_of(player_id)
        displaced = lineup.slots[slot]
        if previous == slot:
            return ()
        self._keep(fixture_id, lineup)
        bench_place = lineup.bench.index(player_id) if previous == BENCH else None
        self._detach(lineup, player_id)
        lineup.slots[slot] = player_id
        successors: dict[str, str] = {}
        if displaced is not None:
            successors[displaced] = player_id
            if bench_place is not None:
                lineup.bench.insert(bench_place, displaced)
            elif previous is not None:
                lineup.slots[previous] = displaced
            if previous is not None:
                successors[player_id] = displaced
        return self._lineup_edited(fixture_id, successors, player_id)

    def swap(self, fixture_id: str, slot_a: str, slot_b: str) -> Outcomes:
        """Exchange the players of two slots (either may be empty); their planned changes stay
        with the slots."""
        lineup = self.lineup(fixture_id)
        for s in (slot_a, slot_b):
            if s not in lineup.slots:
                raise PlanError(f"formation {lineup.formation} has no slot {s!r}")
        self._keep(fixture_id, lineup)
        a, b = lineup.slots[slot_a], lineup.slots[slot_b]
        lineup.slots[slot_a], lineup.slots[slot_b] = b, a
        successors: dict[str, str] = {}
        if a is not None and b is not None:
            successors = {a: b, b: a}
        return self._lineup_edited(fixture_id, successors)

    def bench(self, fixture_id: str, player_id: str, index: int | None = None) -> Outcomes:
        """Put a player on a fixture's bench (at index, else last), from wherever he was."""
        self.player(player_id)
        lineup = self._keep(fixture_id, self.lineup(fixture_id))
        self._detach(lineup, player_id)
        lineup.bench.insert(len(lineup.bench) if index is None else index, player_id)
        return self._lineup_edited(fixture_id, {}, player_id)

    def replace_on_bench(self, fixture_id: str, player_id: str, target_id: str) -> Outcomes:
        """Put a player in the bench place of target_id, who goes where the player came from
        (his slot, his bench place, or back to the squad). Planned changes follow the places."""
        self.player(player_id)
        lineup = self.lineup(fixture_id)
        if target_id not in lineup.bench:
            raise PlanError(f"{self.player(target_id).name} is not on the bench of {fixture_id}")
        if player_id == target_id:
            return ()
        previous = lineup.place_of(player_id)
        index = lineup.bench.index(target_id)
        if previous == BENCH:
            lineup.bench[lineup.bench.index(player_id)] = target_id
        elif previous is not None:
            lineup.slots[previous] = target_id
        lineup.bench[index] = player_id
        successors = {target_id: player_id}
        if previous is not None:
            successors[player_id] = target_id
        return self._lineup_edited(fixture_id, successors, player_id)

    def unassign(self, fixture_id: str, player_id: str) -> Outcomes:
        """Take a player out of a fixture's matchday squad (back to the squad list); his
        planned changes are removed."""
        lineup = self.lineup(fixture_id)
        if lineup.place_of(player_id) is None:
            return ()
        self._detach(lineup, player_id)
        return self._lineup_edited(fixture_id, {}, player_id)

    def _lineup_edited(
        self, fixture_id: str, successors: dict[str, str], player_id: str | None = None
    ) -> Outcomes:
        outcomes = follow_places(self.lineup(fixture_id), successors)
        self._changed(ChangeKind.LINEUP, fixture_id, player_id)
        return outcomes

    def set_formation(self, fixture_id: str, name: str) -> None:
        """Change a fixture's formation; each player moves to the slot that suits him best
        (Lineup.change_formation)."""
        formation(name)
        self._keep(fixture_id, self.lineup(fixture_id)).change_formation(name)
        self._changed(ChangeKind.LINEUP, fixture_id)

    def set_lineup(self, fixture_id: str, lineup: Lineup) -> None:
        """Replace a fixture's whole lineup (undo snapshots, suggestions)."""
        self.fixture(fixture_id)
        self.lineups[fixture_id] = lineup.copy()
        self._changed(ChangeKind.LINEUP, fixture_id)

    def substitute(
        self,
        fixture_id: str,
        minute: int,
        off: str,
        on: str,
        *,
        half_time: bool = False,
        added: int = 0,
        concussion: bool = False,
    ) -> Substitution:
        """Plan a substitution at minute (+added stoppage time); rule checks are validate()'s
        job, impossible input (a minute outside the match, planner.rules) raises."""
        from planner.rules import minute_refusal

        rules = self.fixture(fixture_id).rules
        if half_time:
            minute, added = rules.match_minutes // 2, 0
        refusal = minute_refusal(rules, minute, added, half_time=half_time)
        if refusal is not None:
            raise PlanError(word(refusal))
        if off == on:
            raise PlanError("a player cannot replace himself")
        self.player(off), self.player(on)
        sub = Substitution(minute, off, on, half_time, added, concussion)
        lineup = self._keep(fixture_id, self.lineup(fixture_id))
        lineup.substitutions.append(sub)
        lineup.substitutions.sort()
        self._changed(ChangeKind.LINEUP, fixture_id, on)
        return sub

    def remove_substitution(self, fixture_id: str, sub: Substitution) -> None:
        lineup = self.lineup(fixture_id)
        try:
            lineup.substitutions.remove(sub)
        except ValueError:
            raise PlanError(f"no such substitution in {fixture_id}: {sub}") from None
        self._changed(ChangeKind.LINEUP, fixture_id)

    @staticmethod
    def _detach(lineup: Lineup, player_id: str) -> None:
        for name, pid in lineup.slots.items():
            if pid == player_id:
                lineup.slots[name] = None
        if player_id in lineup.bench:
            lineup.bench.remove(player_id)

    # -- squad edits -----------------------------------------------------------------------
    def add_player(self, player: Player) -> None:
        if player.id in self.players:
            raise PlanError(f"a player with id {player.id!r} already exists")
        self.players[player.id] = player
        self._changed(ChangeKind.PLAYER, player_id=player.id)

    def update_player(self, player: Player) -> None:
        """Replace the stored player with the same id (name, status, rating...)."""
        self.player(player.id)
        self.players[player.id] = player
        self._changed(ChangeKind.PLAYER, player_id=player.id)

    def remove_player(self, player_id: str) -> None:
        """Remove a player from the squad and every lineup; his past minutes stay."""
        self.player(player_id)
        for lineup in self.lineups.values():
            self._detach(lineup, player_id)
            follow_places(lineup, {})
        for fixture_locks in self.locks.values():
            fixture_locks.pop(player_id, None)
        self.targets.pop(player_id, None)
        self.readiness_floors.pop(player_id, None)
        del self.players[player_id]
        self._changed(ChangeKind.PLAYER, player_id=player_id)

    # -- fixtures --------------------------------------------------------------------------
    def add_fixture(self, fixture: Fixture, lineup: Lineup | None = None) -> None:
        if any(f.id == fixture.id for f in self.fixtures):
            raise PlanError(f"a fixture with id {fixture.id!r} already exists")
        self.fixtures.append(fixture)
        self.fixtures.sort(key=lambda f: f.kickoff)
        self.lineups[fixture.id] = lineup.copy() if lineup else Lineup()
        self._changed(ChangeKind.FIXTURE, fixture.id)

    def update_fixture(self, fixture: Fixture) -> None:
        """Replace the stored fixture with the same id (date, opponent, rules...)."""
        index = self.fixtures.index(self.fixture(fixture.id))
        self.fixtures[index] = fixture
        self.fixtures.sort(key=lambda f: f.kickoff)
        self._changed(ChangeKind.FIXTURE, fixture.id)

    def remove_fixture(self, fixture_id: str) -> None:
        self.fixtures.remove(self.fixture(fixture_id))
        self.lineups.pop(fixture_id, None)
        self.locks.pop(fixture_id, None)
        self.records.pop(fixture_id, None)
        self._changed(ChangeKind.FIXTURE, fixture_id)

    # -- played fixtures -------------------------------------------------------------------
    def record_played(self, fixture_id: str, record: MatchRecord) -> None:
        """Make a fixture played, with what happened in it (replacing an earlier record);
        its minutes then count as past minutes and a player injured in it with a return date
        becomes injured until then. Impossible records raise PlanError and change
        nothing (planner.played.check_record)."""
        fixture = self.fixture(fixture_id)
        try:
            check_record(record, fixture, self.players)
        except RecordError as exc:
            raise PlanError(exc.text) from None
        self.records[fixture_id] = record
        for injury in record.injuries:
            if injury.return_date is not None:
                hurt = replace(
                    self.players[injury.player_id],
                    status=Status.INJURED,
                    return_date=injury.return_date,
                )
                self.players[injury.player_id] = hurt
        self._changed(ChangeKind.PLAYED, fixture_id)

    def reopen(self, fixture_id: str) -> None:
        """Make a played fixture planned again (its record is dropped; the plan is kept). A
        player the record made injured with a return date, and still so, is available again:
        he was on the matchday squad (undo of the record puts back his exact status)."""
        fixture = self.fixture(fixture_id)
        if fixture_id not in self.records:
            raise PlanError(f"{fixture.label} is not played")
        record = self.records.pop(fixture_id)
        for injury in record.injuries:
            player = self.players.get(injury.player_id)
            made = (Status.INJURED, injury.return_date)
            if player and injury.return_date and (player.status, player.return_date) == made:
                back = replace(player, status=Status.AVAILABLE, return_date=None)
                self.players[injury.player_id] = back
        self._changed(ChangeKind.PLAYED, fixture_id)

    def is_played(self, fixture_id: str) -> bool:
        self.fixture(fixture_id)
        return fixture_id in self.records

    # -- history, parameters, cards, targets, locks ----------------------------------------
    def set_history(self, history: pd.DataFrame) -> None:
        """Replace the past appearances (columns: see HISTORY_COLUMNS)."""
        missing = set(HISTORY_COLUMNS) - set(history.columns)
        if missing:
            raise PlanError(f"history lacks column(s) {sorted(missing)}")
        frame = history.loc[:, list(HISTORY_COLUMNS)].copy()
        frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
        frame["minutes"] = frame["minutes"].astype("int64")
        self.history = frame.sort_values(["date", "player_id"], kind="stable").reset_index(
            drop=True
        )
        self._changed(ChangeKind.HISTORY)

    def set_sessions(self, sessions: pd.DataFrame) -> None:
        """Replace the load table (columns: planner.sessions.SESSION_COLUMNS); a bad one is
        refused with the row and column named and the plan stays as it was."""
        try:
            self.sessions = checked_sessions(sessions)
        except SessionError as exc:
            raise PlanError(str(exc)) from None
        self._changed(ChangeKind.HISTORY)

    def set_training(self, week: TrainingWeek | None) -> None:
        """Replace the planned training week (None: no planned sessions)."""
        self.training = week
        self._changed(ChangeKind.TRAINING)

    def set_params(self, params: ModelParams) -> None:
        self.params = params
        self._changed(ChangeKind.PARAMS)

    def set_yellow_cards(self, player_id: str, competition: str, count: int) -> None:
        if count < 0:
            raise PlanError("a yellow-card count cannot be negative")
        self.player(player_id)
        per_player = self.yellow_cards.setdefault(player_id, {})
        if count:
            per_player[competition] = count
        else:
            per_player.pop(competition, None)
        if not per_player:
            self.yellow_cards.pop(player_id)
        self._changed(ChangeKind.CARDS, player_id=player_id)

    def set_target(self, player_id: str, target: MinutesTarget | None) -> None:
        """Set (or clear, with None) a player's minutes bounds for the planned week."""
        self.player(player_id)
        if target is None or (target.minimum is None and target.maximum is None):
            self.targets.pop(player_id, None)
        else:
            self.targets[player_id] = target
        self._changed(ChangeKind.TARGETS, player_id=player_id)

    def set_readiness_floor(self, player_id: str, floor: int | None) -> None:
        """Set (or clear, with None) the readiness below which a player must not play."""
        self.player(player_id)
        if floor is None:
            self.readiness_floors.pop(player_id, None)
        elif not 0 <= floor <= 100:
            raise PlanError(f"readiness floor {floor} is not between 0 and 100")
        else:
            self.readiness_floors[player_id] = int(floor)
        self._changed(ChangeKind.TARGETS, player_id=player_id)

    def lock(self, fixture_id: str, player_id: str, lock: Lock) -> None:
        """Lock a player for a fixture when suggesting (replacing his earlier lock there)."""
        self.player(player_id)
        lineup = self.lineup(fixture_id)
        if lock.slot is not None and lock.slot not in lineup.slots:
            raise PlanError(f"formation {lineup.formation} has no slot {lock.slot!r}")
        self.locks.setdefault(fixture_id, {})[player_id] = lock
        self._changed(ChangeKind.LOCKS, fixture_id, player_id)

    def unlock(self, fixture_id: str, player_id: str) -> None:
        """Remove a player's lock for a fixture (nothing happens if he has none)."""
        fixture_locks = self.locks.get(fixture_id, {})
        if fixture_locks.pop(player_id, None) is not None:
            if not fixture_locks:
                self.locks.pop(fixture_id)
            self._changed(ChangeKind.LOCKS, fixture_id, player_id)

    def lock_of(self, fixture_id: str, player_id: str) -> Lock | None:
        """The player's lock for the fixture, if any."""
        return self.locks.get(fixture_id, {}).get(player_id)

    def locked(self, fixture_id: str, kind: LockKind) -> list[str]:
        """Players locked for the fixture with this kind of lock, in locking order."""
        return [pid for pid, lk in self.locks.get(fixture_id, {}).items() if lk.kind is kind]

    # -- snapshots -------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """An independent copy of the whole state, for undo of compound edits."""
        state = {name: getattr(self, name) for name in _STATE_FIELDS}
        state = copy.deepcopy({k: v for k, v in state.items() if k not in _FRAMES})
        return state | {name: getattr(self, name).copy() for name in _FRAMES}

    def restore(self, state: dict[str, Any]) -> None:
        """Put back a state taken with snapshot()."""
        for name in _STATE_FIELDS:
            value = state[name]
            setattr(self, name, value.copy() if name in _FRAMES else copy.deepcopy(value))
        self._changed(ChangeKind.RESET)

    def copy(self) -> Plan:
        """An independent plan with the same state and no subscribers."""
        clone = Plan()
        clone.restore(self.snapshot())
        clone.revision = 0
        return clone

    def matches(self, other: Plan) -> bool:
        """True when both plans hold the same state (tables compared by value)."""
        return all(_same(n, getattr(self, n), getattr(other, n)) for n in _STATE_FIELDS)


def states_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when two Plan.snapshot() states are the same plan (tables compared by value)."""
    return all(_same(n, a[n], b[n]) for n in _STATE_FIELDS)


def _same(name: str, a: Any, b: Any) -> bool:
    return bool(a.equals(b)) if name in _FRAMES else bool(a == b)


_STATE_FIELDS: tuple[str, ...] = (
    "club",
    "timezone",
    "players",
    "fixtures",
    "lineups",
    "history",
    "sessions",
    "params",
    "locks",
    "yellow_cards",
    "targets",
    "readiness_floors",
    "records",
    "training",
)
_FRAMES = frozenset({"history", "sessions"})  # DataFrames: copied, compared by value
