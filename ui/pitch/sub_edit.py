"""Edit a planned change's minute as the clock shows it ("67", "90+3", "105"), or put it at
half-time, and mark it a concussion substitute; the rules (planner.rules) say what the match
allows, and OK waits until the minute is one it does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner import Plan, Substitution
from planner.played import Moment, RecordError
from planner.rules import last_minute, minute_refusal
from ui.wording import worded


def tr(text: str) -> str:
    return QCoreApplication.translate("SubstitutionEditor", text)


class SubstitutionEditor(QDialog):
    """A small dialog over the timeline for one planned change."""

    def __init__(
        self, plan: Plan, fixture_id: str, sub: Substitution, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("substitutionEditor")
        self.rules = plan.fixture(fixture_id).rules
        self.sub = sub
        on, off = plan.player(sub.on).name, plan.player(sub.off).name
        self.setWindowTitle(tr("Edit change"))
        self.minute = QLineEdit(sub.clock.rstrip("'"), objectName="minuteEdit")
        self.minute.setPlaceholderText(tr("e.g. 67 or 90+3"))
        self.minute.setToolTip(
            tr("The minute as the clock shows it: 1 to {0}, stoppage time as 45+2 or 90+3.").format(
                last_minute(self.rules) - 1
            )
        )
        self.half_time = QCheckBox(tr("At &half-time"), objectName="halfTimeCheck")
        self.half_time.setChecked(sub.half_time)
        self.concussion = QCheckBox(tr("&Concussion substitute"), objectName="concussionCheck")
        self.concussion.setChecked(sub.concussion)
        self.concussion.setToolTip(
            tr("Outside the count of changes and windows (up to {0} per match).").format(
                self.rules.concussion_substitutes
            )
        )
        self.concussion.setEnabled(self.rules.concussion_substitutes > 0 or sub.concussion)
        self.problem = QLabel(objectName="minuteProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("{0} on for {1}").format(on, off)))
        form.addRow(tr("&Minute:"), self.minute)
        form.addRow(self.half_time)
        form.addRow(self.concussion)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.minute.textChanged.connect(self._check)
        self.half_time.toggled.connect(self._check)
        self._check()

    def _moment(self) -> Moment | None:
        try:
            return Moment.parse(self.minute.text())
        except RecordError:
            return None

    def refusal(self) -> str | None:
        """Why the minute written cannot be planned, or None when it can."""
        if self.half_time.isChecked():
            return None
        moment = self._moment()
        if moment is None:
            return tr("Write a minute such as 67 or 90+3.")
        refusal = minute_refusal(self.rules, moment.minute, moment.added)
        return worded(refusal) if refusal is not None else None

    def _check(self) -> None:
        self.minute.setEnabled(not self.half_time.isChecked())
        problem = self.refusal()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)

    def accept(self) -> None:
        if self.refusal() is None:
            super().accept()

    def substitution(self) -> Substitution:
        """The change as edited."""
        concussion = self.concussion.isChecked()
        if self.half_time.isChecked():
            minute = self.rules.match_minutes // 2
            return Substitution(minute, self.sub.off, self.sub.on, True, 0, concussion)
        moment = self._moment()
        assert moment is not None  # accept() waits for a valid minute
        return Substitution(
            moment.minute, self.sub.off, self.sub.on, False, moment.added, concussion
        )
