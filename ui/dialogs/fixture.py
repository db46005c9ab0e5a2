"""Add or edit a fixture: date, kickoff, opponent, competition, venue, importance, formation."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import Fixture, formations
from planner.fixtures import competition_codes, competition_short_name
from planner.roll_forward import fixture_id


def tr(text: str) -> str:
    return QCoreApplication.translate("FixtureDialog", text)


class FixtureDialog(QDialog):
    """Edits a fixture and its formation; fixture() and formation() give the result."""

    def __init__(
        self,
        fixture: Fixture | None,
        formation: str,
        taken_ids: set[str],
        parent: QWidget | None = None,
        after: Fixture | None = None,
    ) -> None:
        """after: for a new fixture, the last one so far (the kickoff defaults to the next day
        at its time)."""
        super().__init__(parent)
        self.setObjectName("fixtureDialog")
        self.setMinimumWidth(460)
        self.setWindowTitle(tr("Edit fixture") if fixture else tr("Add fixture"))
        self._original, self._taken = fixture, taken_ids
        kickoff = fixture.kickoff if fixture else default_kickoff(after)
        self.kickoff = QDateTimeEdit(objectName="fixtureKickoff")
        self.kickoff.setCalendarPopup(True)
        self.kickoff.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.kickoff.setDateTime(
            QDateTime(
                QDate(kickoff.year, kickoff.month, kickoff.day),
                QTime(kickoff.hour, kickoff.minute),
            )
        )
        self.opponent = QLineEdit(fixture.opponent if fixture else "", objectName="fixtureOpponent")
        self.home = QCheckBox(tr("Home game"), objectName="fixtureHome")
        self.home.setChecked(fixture.home if fixture else True)
        self.competition = QComboBox(objectName="fixtureCompetition")
        for code in competition_codes():
            self.competition.addItem(competition_short_name(code), code)
        current = fixture.competition if fixture else "MLS"
        self.competition.setCurrentIndex(max(0, self.competition.findData(current)))
        self.competition.setToolTip(
            tr("Sets the matchday rules: bench size, substitutions, card suspensions")
        )
        self.venue = QLineEdit(fixture.venue if fixture else "", objectName="fixtureVenue")
        self.importance = QSpinBox(objectName="fixtureImportance")
        self.importance.setRange(1, 5)
        self.importance.setValue(fixture.importance if fixture else 3)
        self.importance.setToolTip(
            tr("How much this game matters, 1-5: the rotation suggestion saves players for 5s")
        )
        self.stars = QLabel()
        self.importance.valueChanged.connect(self._show_stars)
        self._show_stars(self.importance.value())
        self.formation_box = QComboBox(objectName="fixtureFormation")
        self.formation_box.addItems(list(formations()))
        self.formation_box.setCurrentText(formation)
        self.error = QLabel(objectName="fixtureError")
        self.error.setStyleSheet("color: #C62828")

        form = QFormLayout()
        form.addRow(tr("&Kickoff"), self.kickoff)
        form.addRow(tr("&Opponent"), self.opponent)
        form.addRow("", self.home)
        form.addRow(tr("&Competition"), self.competition)
        form.addRow(tr("&Venue"), self.venue)
        form.addRow(tr("&Importance"), self.importance)
        form.addRow("", self.stars)
        form.addRow(tr("&Formation"), self.formation_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show_stars(self, value: int) -> None:
        self.stars.setText("★" * value + "☆" * (5 - value))

    def fixture(self) -> Fixture:
        """The fixture as edited (the competition's default rules when it changed)."""
        kickoff = self.kickoff.dateTime().toPython().replace(second=0, microsecond=0)
        code = self.competition.currentData()
        fields = dict(
            kickoff=kickoff,
            opponent=self.opponent.text().strip(),
            venue=self.venue.text().strip(),
            importance=self.importance.value(),
            home=self.home.isChecked(),
        )
        if self._original is not None:
            edited = replace(self._original, **fields)
            return edited if code == edited.competition else edited.with_competition(code)
        new_id = fixture_id(kickoff, str(fields["opponent"]), self._taken)
        return Fixture(id=new_id, competition=code, **fields)

    def formation(self) -> str:
        return self.formation_box.currentText()

    def accept(self) -> None:
        if not self.opponent.text().strip():
            self.error.setText(tr("Name the opponent."))
            return
        super().accept()


def default_kickoff(last: Fixture | None) -> datetime:
    """A new fixture's kickoff: the day after the last fixture at its kickoff time; with no
    fixture yet, tomorrow at 19:30."""
    if last is not None:
        return last.kickoff + timedelta(days=1)
    tomorrow = datetime.now() + timedelta(days=1)
    return tomorrow.replace(hour=19, minute=30, second=0, microsecond=0)
