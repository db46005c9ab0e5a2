"""Plan menu edits through dialogs: players, fixtures and the model's settings (all undoable).

Each dialog's module is imported when it first opens: start-up does not need them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from planner import Lineup, Plan
from ui import commands
from ui.commands import PlanEdit
from ui.session import PlanSession


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanEditor", text)


class PlanEditor(QObject):
    """Opens the dialogs and pushes one command per accepted edit."""

    def __init__(self, window: QWidget, session: PlanSession) -> None:
        super().__init__(window)
        self.window, self.session = window, session

    @property
    def plan(self) -> Plan:
        return self.session.plan

    def add_player(self) -> bool:
        from ui.dialogs.player import PlayerDialog

        dialog = PlayerDialog(None, set(self.plan.players), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        player = dialog.player()
        self.session.push(commands.add_player(self.plan, player, dialog.target()))
        self.session.statusMessage.emit(tr("Added {0} to the squad.").format(player.name))
        return True

    def edit_player(self, player_id: str) -> bool:
        from ui.dialogs.player import PlayerDialog

        target = self.plan.targets.get(player_id)
        player = self.plan.player(player_id)
        dialog = PlayerDialog(player, set(self.plan.players), self.window, target)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        edited, edited_target = dialog.player(), dialog.target()
        if (edited, edited_target) == (player, target):
            return False
        self.session.push(commands.edit_player(self.plan, edited, edited_target))
        return True

    def remove_player(self, player_id: str) -> bool:
        name = self.plan.player(player_id).name
        if not self._confirm(
            tr("Remove player"),
            tr("Remove {0} from the squad and every lineup? His past minutes stay.").format(name),
        ):
            return False
        self.session.push(commands.remove_player(self.plan, player_id))
        self.session.statusMessage.emit(tr("Removed {0}. Undo brings him back.").format(name))
        return True

    def add_fixture(self) -> bool:
        from ui.dialogs.fixture import FixtureDialog

        fixtures = self.plan.fixtures
        last = max(fixtures, key=lambda f: f.kickoff, default=None)
        dialog = FixtureDialog(None, "4-3-3", {f.id for f in fixtures}, self.window, last)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        fixture, shape = dialog.fixture(), dialog.formation()
        self.session.push(
            PlanEdit(
                self.plan,
                tr("Add fixture v {0}").format(fixture.opponent),
                lambda p: p.add_fixture(fixture, Lineup(shape)),
            )
        )
        return True

    def next_week(self) -> bool:
        """Next week…: the next fixtures (prefilled a week after the last ones), added as one
        undoable edit, each with an empty lineup in the last fixture's formation."""
        from planner.roll_forward import next_week
        from ui.dialogs.next_week import NextWeekDialog
        from ui.fixture_names import fixture_label

        plan = self.plan
        dialog = NextWeekDialog(next_week(plan), {f.id for f in plan.fixtures}, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.fixtures():
            return False
        fixtures = dialog.fixtures()
        last = max(plan.fixtures, key=lambda f: f.kickoff, default=None)
        shape = plan.lineup(last.id).formation if last else Lineup().formation

        def add(p: Plan) -> None:
            for fixture in fixtures:
                p.add_fixture(fixture, Lineup(shape))

        text = tr("Add next fixtures ({0})").format(len(fixtures))
        self.session.push(PlanEdit(plan, text, add))
        self.session.statusMessage.emit(
            tr("Added {0}.").format(", ".join(fixture_label(f) for f in fixtures))
        )
        return True

    def copy_lineup(self, fixture_id: str) -> bool:
        """Copy lineup from…: another fixture's lineup (its record's XI and bench when played)
        becomes this one's, as one undoable edit; who cannot be named here is left out, and
        the status bar says who."""
        from planner.roll_forward import copied_lineup
        from ui.dialogs.copy_lineup import CopyLineupDialog
        from ui.fixture_names import fixture_label

        plan = self.plan
        if plan.is_played(fixture_id):
            return False
        dialog = CopyLineupDialog(plan, fixture_id, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        source = plan.fixture(dialog.source())
        copied = copied_lineup(plan, source.id, fixture_id)
        target = fixture_label(plan.fixture(fixture_id))
        text = tr("Copy lineup of {0} to {1}").format(fixture_label(source), target)
        self.session.push(PlanEdit(plan, text, lambda p: p.set_lineup(fixture_id, copied.lineup)))
        names = [plan.player(pid).name for pid in copied.left_out if pid in plan.players]
        message = tr("Copied the lineup of {0}.").format(fixture_label(source))
        if names:
            left = tr("Left out, not available for {0}: {1}.").format(target, ", ".join(names))
            message = f"{message} {left}"
        self.session.statusMessage.emit(message)
        return True

    def edit_fixture(self, fixture_id: str) -> bool:
        fixture = self.plan.fixture(fixture_id)
        current = self.plan.lineup(fixture_id).formation
        ids = {f.id for f in self.plan.fixtures}
        from ui.dialogs.fixture import FixtureDialog

        dialog = FixtureDialog(fixture, current, ids, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        edited, shape = dialog.fixture(), dialog.formation()
        if edited == fixture and shape == current:
            return False

        def edit(plan: Plan) -> None:
            plan.update_fixture(edited)
            if shape != current:
                plan.set_formation(fixture_id, shape)

        self.session.push(
            PlanEdit(self.plan, tr("Edit fixture v {0}").format(edited.opponent), edit)
        )
        return True

    def edit_rules(self, fixture_id: str) -> bool:
        """The fixture's rules dialog; an accepted change is one undoable edit."""
        from ui.dialogs.rules import RulesDialog
        from ui.fixture_names import fixture_label

        fixture = self.plan.fixture(fixture_id)
        label = fixture_label(fixture)
        dialog = RulesDialog(fixture.rules, fixture.competition, label, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.rules() == fixture.rules:
            return False
        edited = replace(fixture, rules=dialog.rules())
        self.session.push(
            PlanEdit(
                self.plan, tr("Edit rules of {0}").format(label), lambda p: p.update_fixture(edited)
            )
        )
        return True

    def remove_fixture(self, fixture_id: str) -> bool:
        from ui.fixture_names import fixture_label

        label = fixture_label(self.plan.fixture(fixture_id))
        if not self._confirm(tr("Remove fixture"), tr("Remove {0} and its lineup?").format(label)):
            return False
        self.session.push(commands.remove_fixture(self.plan, fixture_id))
        return True

    def match_played(self, fixture_id: str) -> bool:
        """Match played…: the dialog, started from the plan (or the fixture's record); Apply
        records the fixture as played (one undoable edit)."""
        from ui.dialogs.match_played import MatchPlayedDialog
        from ui.fixture_names import fixture_label

        start = self.plan.records.get(fixture_id)
        dialog = MatchPlayedDialog(self.plan, fixture_id, self.window, start)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.session.push(commands.record_played(self.plan, fixture_id, dialog.record()))
        label = fixture_label(self.plan.fixture(fixture_id))
        self.session.statusMessage.emit(tr("{0} recorded as played.").format(label))
        return True

    def reopen(self, fixture_id: str) -> bool:
        """Make a played fixture planned again (undoable); False if it is not played."""
        if not self.plan.is_played(fixture_id):
            return False
        from ui.fixture_names import fixture_label

        self.session.push(commands.reopen(self.plan, fixture_id))
        label = fixture_label(self.plan.fixture(fixture_id))
        self.session.statusMessage.emit(tr("{0} is planned again: edit it freely.").format(label))
        return True

    def model_settings(self) -> bool:
        from ui.dialogs.model_settings import ModelSettingsDialog

        dialog = ModelSettingsDialog(self.plan.params, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.params() == self.plan.params:
            return False
        self.session.push(commands.set_model_params(self.plan, dialog.params()))
        self.session.statusMessage.emit(tr("Model settings changed: readiness recomputed."))
        return True

    def training_week(self) -> bool:
        """Plan > Training week: the sessions between the fixtures (one undoable edit)."""
        from ui.dialogs.training import TrainingWeekDialog

        dialog = TrainingWeekDialog(self.plan, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.week() == self.plan.training:
            return False
        self.session.push(commands.set_training(self.plan, dialog.week()))
        self.session.statusMessage.emit(tr("Training week planned: readiness recomputed."))
        return True

    def _confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes
