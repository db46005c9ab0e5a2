"""Every edit of the plan is a QUndoCommand (one class per kind of edit).

Making a command changes nothing: the undo stack applies it by calling redo() when it is pushed
(PlanSession.push). The first redo() does the edit through the plan's own methods and remembers
the state before and after; undo() and later redo()s put a remembered state back. Lineup edits
remember one lineup; edits that reach further remember the whole plan, so a compound edit (an
import, a suggested rotation) is one step. A first redo() that fails half-way puts the state
before back and leaves the command obsolete (the stack drops it) with the error for
PlanSession.push to raise; one that changed nothing is dropped the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner import BENCH, Fixture, Lock, MinutesTarget, ModelParams, Plan, Player, Substitution
from planner.plan import states_match
from planner.played import MatchRecord
from planner.substitution_follow import Outcomes
from planner.training import TrainingWeek
from planner.wording.locks import lock_name
from ui.edit_texts import lineup_edit_text
from ui.fixture_names import fixture_label
from ui.wording import position_text, worded


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class PlanCommand(QUndoCommand):
    """Base of every edit: subclasses say how to remember, apply and put back a state."""

    def __init__(self, plan: Plan, text: str) -> None:
        super().__init__(text)
        self.plan = plan
        self.error: Exception | None = None  # why the first redo() failed
        self._done = False

    def redo(self) -> None:
        if self._done:
            self._put_after()
            return
        self._remember_before()
        try:
            self._apply()
        except Exception as exc:  # an exception cannot leave redo() through Qt: push raises it
            self._put_before()
            self.error = exc
            self.setObsolete(True)
            return
        self._remember_after()
        self._done = True
        if not self.changed_anything:
            self.setObsolete(True)

    def undo(self) -> None:
        self._put_before()

    @property
    def changed_anything(self) -> bool:
        raise NotImplementedError

    def _remember_before(self) -> None:
        raise NotImplementedError

    def _apply(self) -> None:
        raise NotImplementedError

    def _remember_after(self) -> None:
        raise NotImplementedError

    def _put_before(self) -> None:
        raise NotImplementedError

    def _put_after(self) -> None:
        raise NotImplementedError


class LineupEdit(PlanCommand):
    """Base of edits confined to one fixture's lineup. Subclasses implement apply().

    The text names the fixture and, once applied, what became of the planned substitutions
    the edit touched (apply returns the plan's SubstitutionOutcome records).
    """

    def __init__(self, plan: Plan, fixture_id: str, text: str) -> None:
        super().__init__(plan, lineup_edit_text(plan, fixture_id, text))
        self.fixture_id, self._what = fixture_id, text
        self.outcomes: Outcomes = ()
        self._before = self._after = plan.lineup(fixture_id)

    def apply(self, plan: Plan) -> Outcomes | None:
        raise NotImplementedError

    @property
    def changed_anything(self) -> bool:
        return self._before != self._after

    def _remember_before(self) -> None:
        self._before = self.plan.lineup(self.fixture_id).copy()

    def _apply(self) -> None:
        self.outcomes = tuple(self.apply(self.plan) or ())

    def _remember_after(self) -> None:
        self._after = self.plan.lineup(self.fixture_id).copy()
        self.setText(lineup_edit_text(self.plan, self.fixture_id, self._what, self.outcomes))

    def _put_before(self) -> None:
        if self.plan.lineup(self.fixture_id) != self._before:
            self.plan.set_lineup(self.fixture_id, self._before)

    def _put_after(self) -> None:
        self.plan.set_lineup(self.fixture_id, self._after)


class AssignPlayer(LineupEdit):
    """A player into a slot of the XI (from the squad, the bench or another slot)."""

    def __init__(self, plan: Plan, fixture_id: str, player_id: str, slot: str) -> None:
        self.player_id, self.slot = player_id, slot
        lineup = plan.lineup(fixture_id)
        previous, displaced = lineup.place_of(player_id), lineup.slots.get(slot)
        name, at = plan.player(player_id).surname, position_text(slot)
        if previous not in (None, BENCH) and displaced is not None:
            text = tr("swap {0} and {1}").format(position_text(previous), at)
        elif previous not in (None, BENCH):
            text = tr("{0} moves to {1}").format(name, at)
        elif displaced is None:
            text = tr("{0} starts at {1}").format(name, at)
        elif previous == BENCH:
            text = tr("{0} starts at {1}, {2} to the bench")
            text = text.format(name, at, plan.player(displaced).surname)
        else:
            text = tr("{0} starts at {1} instead of {2}")
            text = text.format(name, at, plan.player(displaced).surname)
        super().__init__(plan, fixture_id, text)

    def apply(self, plan: Plan) -> Outcomes:
        return plan.assign(self.fixture_id, self.player_id, self.slot)


class SwapSlots(LineupEdit):
    """Exchange the players of two slots."""

    def __init__(self, plan: Plan, fixture_id: str, slot_a: str, slot_b: str) -> None:
        self.slot_a, self.slot_b = slot_a, slot_b
        text = tr("swap {0} and {1}").format(position_text(slot_a), position_text(slot_b))
        super().__init__(plan, fixture_id, text)

    def apply(self, plan: Plan) -> Outcomes:
        return plan.swap(self.fixture_id, self.slot_a, self.slot_b)


class BenchPlayer(LineupEdit):
    """A player onto the bench (at a position in the bench order, else last)."""

    def __init__(
        self, plan: Plan, fixture_id: str, player_id: str, index: int | None = None
    ) -> None:
        self.player_id, self.index = player_id, index
        name = plan.player(player_id).surname
        super().__init__(plan, fixture_id, tr("{0} to the bench").format(name))

    def apply(self, plan: Plan) -> Outcomes:
        return plan.bench(self.fixture_id, self.player_id, self.index)


class ReplaceOnBench(LineupEdit):
    """A player into a bench player's place; that player goes where the first came from."""

    def __init__(self, plan: Plan, fixture_id: str, player_id: str, target_id: str) -> None:
        self.player_id, self.target_id = player_id, target_id
        previous = plan.lineup(fixture_id).place_of(player_id)
        name, other = plan.player(player_id).surname, plan.player(target_id).surname
        if previous is None:
            text = tr("{0} to the bench instead of {1}").format(name, other)
        elif previous == BENCH:
            text = tr("{0} and {1} change places on the bench").format(name, other)
        else:
            text = tr("{0} to the bench, {1} starts at {2}").format(name, other, previous)
        super().__init__(plan, fixture_id, text)

    def apply(self, plan: Plan) -> Outcomes:
        return plan.replace_on_bench(self.fixture_id, self.player_id, self.target_id)


class UnassignPlayer(LineupEdit):
    """A player out of the matchday squad (rested or not selected)."""

    def __init__(self, plan: Plan, fixture_id: str, player_id: str) -> None:
        self.player_id = player_id
        name = plan.player(player_id).surname
        super().__init__(plan, fixture_id, tr("leave out {0}").format(name))

    def apply(self, plan: Plan) -> Outcomes:
        return plan.unassign(self.fixture_id, self.player_id)


class SetFormation(LineupEdit):
    """Change a fixture's formation."""

    def __init__(self, plan: Plan, fixture_id: str, formation: str) -> None:
        self.formation = formation
        super().__init__(plan, fixture_id, tr("formation {0}").format(formation))

    def apply(self, plan: Plan) -> None:
        plan.set_formation(self.fixture_id, self.formation)


class PlanSubstitution(LineupEdit):
    """Plan a substitution (and, to move one, remove the old one in the same step)."""

    def __init__(
        self,
        plan: Plan,
        fixture_id: str,
        minute: int,
        off: str,
        on: str,
        *,
        half_time: bool = False,
        added: int = 0,
        concussion: bool = False,
        replacing: Substitution | None = None,
    ) -> None:
        self.minute, self.off, self.on = minute, off, on
        self.half_time, self.added, self.concussion = half_time, added, concussion
        self.replacing = replacing
        names = plan.player(on).surname, plan.player(off).surname
        clock = f"{minute}+{added}" if added else str(minute)
        text = tr("move substitution to {0}'") if replacing else tr("{1} on for {2} at {0}'")
        super().__init__(plan, fixture_id, text.format(clock, *names))

    def apply(self, plan: Plan) -> None:
        if self.replacing is not None:
            plan.remove_substitution(self.fixture_id, self.replacing)
        plan.substitute(
            self.fixture_id,
            self.minute,
            self.off,
            self.on,
            half_time=self.half_time,
            added=self.added,
            concussion=self.concussion,
        )


class RemoveSubstitution(LineupEdit):
    """Delete a planned substitution."""

    def __init__(self, plan: Plan, fixture_id: str, sub: Substitution) -> None:
        self.sub = sub
        super().__init__(plan, fixture_id, tr("remove substitution at {0}'").format(sub.minute))

    def apply(self, plan: Plan) -> None:
        plan.remove_substitution(self.fixture_id, self.sub)


class PlanEdit(PlanCommand):
    """An edit that may touch anything (squad, fixtures, history, parameters, several lineups).

    edit(plan) does the change on the first redo(); the whole plan is remembered before and
    after, so undo and redo put it back in one step whatever edit did.
    """

    def __init__(self, plan: Plan, text: str, edit: Callable[[Plan], Any]) -> None:
        super().__init__(plan, text)
        self._edit = edit
        self._before: dict[str, Any] = {}
        self._after: dict[str, Any] = {}

    @property
    def changed_anything(self) -> bool:
        return not states_match(self._before, self._after)

    def _remember_before(self) -> None:
        self._before = self.plan.snapshot()

    def _apply(self) -> None:
        self._edit(self.plan)

    def _remember_after(self) -> None:
        self._after = self.plan.snapshot()

    def _put_before(self) -> None:
        self.plan.restore(self._before)

    def _put_after(self) -> None:
        self.plan.restore(self._after)


def add_player(plan: Plan, player: Player, target: MinutesTarget | None) -> PlanEdit:
    """Add a player (and his minutes target for the week) as one step."""
    return _player_step(plan, tr("Add {0}").format(player.name), Plan.add_player, player, target)


def edit_player(plan: Plan, player: Player, target: MinutesTarget | None) -> PlanEdit:
    """Change a player's details and his minutes target for the week as one step."""
    text = tr("Edit {0}").format(player.name)
    return _player_step(plan, text, Plan.update_player, player, target)


def _player_step(
    plan: Plan,
    text: str,
    change: Callable[[Plan, Player], None],
    player: Player,
    target: MinutesTarget | None,
) -> PlanEdit:
    def edit(p: Plan) -> None:
        change(p, player)
        p.set_target(player.id, target)

    return PlanEdit(plan, text, edit)


def remove_player(plan: Plan, player_id: str) -> PlanEdit:
    name = plan.player(player_id).name
    return PlanEdit(plan, tr("Remove {0}").format(name), lambda p: p.remove_player(player_id))


def add_fixture(plan: Plan, fixture: Fixture) -> PlanEdit:
    text = tr("Add fixture v {0}").format(fixture.opponent)
    return PlanEdit(plan, text, lambda p: p.add_fixture(fixture))


def edit_fixture(plan: Plan, fixture: Fixture) -> PlanEdit:
    text = tr("Edit fixture v {0}").format(fixture.opponent)
    return PlanEdit(plan, text, lambda p: p.update_fixture(fixture))


def remove_fixture(plan: Plan, fixture_id: str) -> PlanEdit:
    text = tr("Remove fixture v {0}").format(plan.fixture(fixture_id).opponent)
    return PlanEdit(plan, text, lambda p: p.remove_fixture(fixture_id))


def set_model_params(plan: Plan, params: ModelParams) -> PlanEdit:
    return PlanEdit(plan, tr("Change model settings"), lambda p: p.set_params(params))


def set_training(plan: Plan, week: TrainingWeek) -> PlanEdit:
    return PlanEdit(plan, tr("Plan the training week"), lambda p: p.set_training(week))


class LockEdit(PlanCommand):
    """Locks of one fixture set or cleared: remembers that fixture's locks before and after and
    puts them back through Plan.lock / Plan.unlock (no whole-plan snapshot)."""

    def __init__(self, plan: Plan, fixture_id: str, text: str, edit: Callable[[Plan], Any]) -> None:
        super().__init__(plan, text)
        self.fixture_id = fixture_id
        self._edit = edit
        self._before: dict[str, Lock] = {}
        self._after: dict[str, Lock] = {}

    @property
    def changed_anything(self) -> bool:
        return self._before != self._after

    def _locks(self) -> dict[str, Lock]:
        return dict(self.plan.locks.get(self.fixture_id, {}))

    def _remember_before(self) -> None:
        self._before = self._locks()

    def _apply(self) -> None:
        self._edit(self.plan)

    def _remember_after(self) -> None:
        self._after = self._locks()

    def _put(self, state: dict[str, Lock]) -> None:
        now = self._locks()
        for pid in now.keys() - state.keys():
            self.plan.unlock(self.fixture_id, pid)
        for pid, lock in state.items():
            if now.get(pid) != lock:
                self.plan.lock(self.fixture_id, pid, lock)

    def _put_before(self) -> None:
        self._put(self._before)

    def _put_after(self) -> None:
        self._put(self._after)


def set_lock(plan: Plan, fixture_id: str, player_id: str, lock: Lock | None) -> LockEdit:
    """Lock a player for a fixture (None: unlock him) as one step."""
    name, where = plan.player(player_id).name, fixture_label(plan.fixture(fixture_id))
    if lock is None:
        text = tr("Unlock {0} for {1}").format(name, where)
        return LockEdit(plan, fixture_id, text, lambda p: p.unlock(fixture_id, player_id))
    text = tr("Lock {0} for {1}: {2}").format(name, where, worded(lock_name(lock)))
    return LockEdit(plan, fixture_id, text, lambda p: p.lock(fixture_id, player_id, lock))


def clear_locks(plan: Plan, fixture_id: str) -> LockEdit:
    """Remove every lock of a fixture as one step."""

    def clear(p: Plan) -> None:
        for pid in list(p.locks.get(fixture_id, {})):
            p.unlock(fixture_id, pid)

    text = tr("Clear the locks for {0}").format(fixture_label(plan.fixture(fixture_id)))
    return LockEdit(plan, fixture_id, text, clear)


def record_played(plan: Plan, fixture_id: str, record: MatchRecord) -> PlanEdit:
    """Make a fixture played with what happened in it (undo: planned again)."""
    text = tr("Match played: {0}").format(fixture_label(plan.fixture(fixture_id)))
    return PlanEdit(plan, text, lambda p: p.record_played(fixture_id, record))


def reopen(plan: Plan, fixture_id: str) -> PlanEdit:
    """Make a played fixture planned again (undo: played again, with its record)."""
    text = tr("Reopen {0}").format(fixture_label(plan.fixture(fixture_id)))
    return PlanEdit(plan, text, lambda p: p.reopen(fixture_id))
