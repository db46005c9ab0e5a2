"""Next week…: the next fixtures' kickoffs, opponents, competitions and sides in one table,
prefilled a week after the last week's fixtures (planner.roll_forward.next_week)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner import Fixture
from planner.fixtures import competition_codes, competition_short_name
from planner.roll_forward import fixture_id
from ui.dialogs.row_table import RowTable


def tr(text: str) -> str:
    return QCoreApplication.translate("NextWeekDialog", text)


class NextWeekDialog(QDialog):
    """One row per new fixture; fixtures() gives them once every opponent is named."""

    def __init__(
        self, proposed: Sequence[Fixture], taken_ids: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nextWeekDialog")
        self.setWindowTitle(tr("Next week"))
        self.setMinimumWidth(640)
        self._taken = taken_ids
        self._last = max((f.kickoff for f in proposed), default=None)
        intro = QLabel(
            tr(
                "The next fixtures, a week after the last ones. Name each opponent; add or "
                "remove rows."
            )
        )
        intro.setWordWrap(True)
        titles = [tr("Kickoff"), tr("Opponent"), tr("Competition"), tr("Home")]
        self.rows = RowTable("nextWeekRows", titles, self._row, self)
        self.rows.add_button.setText(tr("Add fixture"))
        header = self.rows.table.horizontalHeader()
        for column in (0, 3):  # the whole kickoff readable, the Home tick narrow
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for fixture in proposed:
            self.rows.add_row([fixture])
        self.error = QLabel(objectName="nextWeekError")
        self.error.setStyleSheet("color: #C62828")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add fixtures"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _row(self, values: Sequence[object] | None) -> list[QWidget]:
        """A row's widgets from a proposed Fixture, or a blank row a day after the last."""
        fixture = values[0] if values else None
        if not isinstance(fixture, Fixture):
            fixture = Fixture("", self._latest() + timedelta(days=1), "")
        kickoff = QDateTimeEdit()
        kickoff.setCalendarPopup(True)
        kickoff.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        at = fixture.kickoff
        kickoff.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))
        opponent = QLineEdit(fixture.opponent)
        opponent.setPlaceholderText(tr("opponent"))
        competition = QComboBox()
        for code in competition_codes():
            competition.addItem(competition_short_name(code), code)
        competition.setCurrentIndex(max(0, competition.findData(fixture.competition)))
        home = QCheckBox()
        home.setChecked(fixture.home)
        return [kickoff, opponent, competition, home]

    def _latest(self) -> datetime:
        kickoffs = [self._kickoff(row) for row in range(self.rows.row_count())]
        return max(kickoffs, default=self._last or datetime.now().replace(second=0, microsecond=0))

    def _kickoff(self, row: int) -> datetime:
        edit = self.rows.widgets(row)[0]
        assert isinstance(edit, QDateTimeEdit)
        moment = edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.replace(second=0, microsecond=0)

    def fixtures(self) -> list[Fixture]:
        """The fixtures as typed, each with a new id (rows without an opponent are skipped:
        accept refuses them)."""
        taken, found = set(self._taken), []
        for row in range(self.rows.row_count()):
            _, opponent, competition, home = self.rows.widgets(row)
            assert isinstance(opponent, QLineEdit) and isinstance(competition, QComboBox)
            assert isinstance(home, QCheckBox)
            name, kickoff = opponent.text().strip(), self._kickoff(row)
            if not name:
                continue
            code = str(competition.currentData())
            new_id = fixture_id(kickoff, name, taken)
            new = Fixture(new_id, kickoff, name, code, home=home.isChecked())
            taken.add(new.id)
            found.append(new)
        return found

    def accept(self) -> None:
        if not self.rows.row_count():
            self.error.setText(tr("Add at least one fixture."))
            return
        for row in range(self.rows.row_count()):
            opponent = self.rows.widgets(row)[1]
            assert isinstance(opponent, QLineEdit)
            if not opponent.text().strip():
                self.error.setText(tr("Name the opponent in row {0}.").format(row + 1))
                self.rows.show_row(row)
                opponent.setFocus()
                return
        super().accept()
