"""Add or edit a squad player: name, number, positions, status (with the day an injured or
unavailable player is expected back), rating, notes, minutes target."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import MinutesTarget, Player, Status
from planner.players import POSITION_CODES, player_id_from_name
from ui.pitch.facts import status_text
from ui.theme import status_icon
from ui.wording import position_text


def tr(text: str) -> str:
    return QCoreApplication.translate("PlayerDialog", text)


class PlayerDialog(QDialog):
    """Edits a copy of a player; player() gives the result after exec()."""

    def __init__(
        self,
        player: Player | None,
        taken_ids: set[str],
        parent: QWidget | None = None,
        target: MinutesTarget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("playerDialog")
        self.setWindowTitle(tr("Edit player") if player else tr("Add player"))
        self._original, self._taken = player, taken_ids
        self.name = QLineEdit(player.name if player else "", objectName="playerName")
        self.number = QSpinBox(objectName="playerNumber")
        self.number.setRange(0, 99)
        self.number.setSpecialValueText(tr("none"))
        self.number.setValue(player.number or 0 if player else 0)
        self.status = QComboBox(objectName="playerStatus")
        for status in Status:
            label = status_text(status).capitalize()
            self.status.addItem(status_icon(status.value), label, status)
        self.status.setCurrentIndex(list(Status).index(player.status) if player else 0)
        back = player.return_date if player else None
        self.back_known = QCheckBox(tr("&Back on"), objectName="playerBackKnown")
        self.back_known.setToolTip(
            tr(
                "The day he is expected to be available again: he counts as available for the "
                "fixtures from that day on"
            )
        )
        self.back_known.setChecked(back is not None)
        self.back_on = QDateEdit(objectName="playerBackOn")
        self.back_on.setCalendarPopup(True)
        self.back_on.setDisplayFormat("ddd d MMM yyyy")
        self.back_on.setDate(QDate(back) if back else QDate.currentDate())
        self.status.currentIndexChanged.connect(self._update_back)
        self.back_known.toggled.connect(self._update_back)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.back_known)
        status_row.addWidget(self.back_on)
        status_row.addStretch(1)
        self._update_back()
        self.rating = QSpinBox(objectName="playerRating")
        self.rating.setRange(0, 100)
        self.rating.setValue(player.rating if player else 50)
        self.rating.setToolTip(tr("Staff rating from 0 to 100; the rotation suggestion weighs it"))
        self.min_minutes = _minutes_box("targetMinimum", target.minimum if target else None)
        self.max_minutes = _minutes_box("targetMaximum", target.maximum if target else None)
        self.min_minutes.setToolTip(tr("The plan warns when he gets fewer minutes over the week"))
        self.max_minutes.setToolTip(tr("The plan warns when he gets more minutes over the week"))
        week = QHBoxLayout()
        week.addWidget(QLabel(tr("at least")))
        week.addWidget(self.min_minutes)
        week.addWidget(QLabel(tr("at most")))
        week.addWidget(self.max_minutes)
        week.addStretch(1)
        self.notes = QPlainTextEdit(player.notes if player else "", objectName="playerNotes")
        self.notes.setFixedHeight(64)
        self.position_buttons: dict[str, QPushButton] = {}
        self._order: list[str] = list(player.positions) if player else []
        grid = QGridLayout()
        grid.setSpacing(3)
        highlight = self.palette().highlight().color().name()
        checked = (
            f"QPushButton:checked {{ background: {highlight}; color: white; font-weight: bold }}"
        )
        for i, code in enumerate(POSITION_CODES):
            button = QPushButton(position_text(code), checkable=True, objectName=f"position{code}")
            button.setChecked(code in self._order)
            button.setStyleSheet(checked)
            button.toggled.connect(lambda on, c=code: self._toggle(c, on))
            self.position_buttons[code] = button
            grid.addWidget(button, i // 7, i % 7)
        self.main_label = QLabel()
        self._update_main()
        self.error = QLabel(objectName="playerError")
        self.error.setStyleSheet("color: #C62828")

        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("N&umber"), self.number)
        form.addRow(tr("Positions"), grid)
        form.addRow("", self.main_label)
        form.addRow(tr("&Status"), status_row)
        form.addRow(tr("&Rating"), self.rating)
        form.addRow(tr("Week minutes"), week)
        form.addRow(tr("N&otes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _toggle(self, code: str, on: bool) -> None:
        if on and code not in self._order:
            self._order.append(code)
        elif not on and code in self._order:
            self._order.remove(code)
        self._update_main()

    def _update_main(self) -> None:
        main = position_text(self._order[0]) if self._order else tr("none")
        self.main_label.setText(tr("Main position: {0} (the first one ticked)").format(main))

    def _update_back(self) -> None:
        """A return date is for a player who is out: it is offered only then."""
        out = not Status(self.status.currentData()).selectable
        self.back_known.setEnabled(out)
        self.back_on.setEnabled(out and self.back_known.isChecked())

    def return_date(self) -> date | None:
        """The day he is expected back, when he is out and the staff know it."""
        if not self.back_on.isEnabled():
            return None
        return self.back_on.date().toPython()  # type: ignore[return-value]

    def player(self) -> Player:
        """The player as edited (a new id from the name when adding)."""
        fields = dict(
            name=self.name.text().strip(),
            number=self.number.value() or None,
            positions=tuple(self._order),
            status=self.status.currentData(),
            return_date=self.return_date(),
            rating=self.rating.value(),
            notes=self.notes.toPlainText().strip(),
        )
        if self._original is not None:
            return replace(self._original, **fields)
        return Player(id=player_id_from_name(fields["name"], self._taken), **fields)

    def target(self) -> MinutesTarget | None:
        """The minutes bounds for the week as edited (None when neither is set)."""
        minimum = self.min_minutes.value() or None
        maximum = self.max_minutes.value() or None
        return MinutesTarget(minimum, maximum) if minimum or maximum else None

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(tr("Give the player a name."))
            return
        low, high = self.min_minutes.value(), self.max_minutes.value()
        if low and high and low > high:
            self.error.setText(tr("The minimum minutes are above the maximum."))
            return
        super().accept()


def _minutes_box(name: str, value: int | None) -> QSpinBox:
    """A 0-999 minutes box where 0 reads "no limit"."""
    box = QSpinBox(objectName=name)
    box.setRange(0, 999)
    box.setSuffix(" min")
    box.setSpecialValueText(tr("no limit"))
    box.setValue(value or 0)
    return box
