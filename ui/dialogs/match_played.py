"""Match played…: what happened in a fixture, corrected in one place from the plan (starters,
bench, substitutions at their real minutes, cards, injuries, score), with each player's
resulting minutes shown live. Apply only with a record planner.played.check_record accepts;
a bad row is named and selected."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import Plan
from planner.minutes import lineup_minutes
from planner.played import (
    Card,
    CardColour,
    Injury,
    MatchRecord,
    Moment,
    PlayedSubstitution,
    RecordError,
    Score,
    played_minutes,
    record_from_lineup,
    record_problem,
)
from ui.dialogs.row_table import RowTable, player_combo
from ui.fixture_names import fixture_label
from ui.wording import position_text, worded


def tr(text: str) -> str:
    return QCoreApplication.translate("MatchPlayedDialog", text)


@dataclass
class RowProblem(Exception):
    """What is wrong with the record: in which table and row (None: the XI and bench)."""

    table: RowTable | None
    row: int | None
    text: str


def _minute_field(moment: Moment | None) -> QLineEdit:
    field = QLineEdit("" if moment is None else str(moment))
    field.setPlaceholderText(tr("e.g. 67 or 90+3"))
    field.setMaxLength(8)
    return field


class MatchPlayedDialog(QDialog):
    """The record of one fixture, started from start (the plan played as planned, or an
    earlier record); record() is what Apply accepted."""

    def __init__(
        self,
        plan: Plan,
        fixture_id: str,
        parent: QWidget | None = None,
        start: MatchRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchPlayedDialog")
        self.plan, self.fixture = plan, plan.fixture(fixture_id)
        lineup = plan.lineup(fixture_id)
        self._planned = lineup_minutes(lineup, self.fixture, plan.params.added_time_per_half)
        first: MatchRecord = start or record_from_lineup(
            lineup, self.fixture, plan.params.added_time_per_half
        )
        self._formation = first.formation
        self._record: MatchRecord | None = None
        self.setWindowTitle(tr("Match played: {0}").format(fixture_label(self.fixture)))

        self.xi: dict[str, QComboBox] = {}
        xi_box = QGroupBox(tr("Starting XI ({0})").format(first.formation), self)
        xi_form = QFormLayout(xi_box)
        for slot in lineup.slots:
            combo = player_combo(plan, first.xi.get(slot), blank=tr("— nobody —"))
            combo.setObjectName(f"xi_{slot}")
            combo.currentIndexChanged.connect(self._update)
            xi_form.addRow(position_text(slot), combo)
            self.xi[slot] = combo
        self.bench = RowTable("bench", [tr("Bench")], self._bench_row, self)
        self.subs = RowTable(
            "substitutions", [tr("Minute"), tr("Off"), tr("On")], self._sub_row, self
        )
        self.cards = RowTable(
            "cards", [tr("Minute"), tr("Player"), tr("Card")], self._card_row, self
        )
        self.injuries = RowTable(
            "injuries",
            [tr("Minute"), tr("Player"), tr("Expected back")],
            self._injury_row,
            self,
        )
        for pid in first.bench:
            self.bench.add_row((pid,))
        for sub in first.substitutions:
            self.subs.add_row((sub.moment, sub.off, sub.on))
        for card in first.cards:
            self.cards.add_row((card.moment, card.player_id, card.colour))
        for injury in first.injuries:
            self.injuries.add_row((injury.moment, injury.player_id, injury.return_date))

        self.score_known = QCheckBox(tr("Score"), self, objectName="scoreKnown")
        self.ours = QSpinBox(self, objectName="scoreOurs", maximum=99)
        self.theirs = QSpinBox(self, objectName="scoreTheirs", maximum=99)
        if first.score is not None:
            self.score_known.setChecked(True)
            self.ours.setValue(first.score.ours)
            self.theirs.setValue(first.score.theirs)
        self.extra_time = QCheckBox(tr("Extra time played"), self, objectName="extraTime")
        self.extra_time.setChecked(first.extra_time)
        self.extra_time.setEnabled(self.fixture.rules.extra_time)
        if not self.fixture.rules.extra_time:
            self.extra_time.setToolTip(tr("This fixture's rules have no extra time"))
        length = self.fixture.rules.match_minutes
        self._halves = (length // 2, length)
        self.added = [QSpinBox(self, maximum=30, suffix="'") for _ in self._halves]
        for end, spin in zip(self._halves, self.added, strict=True):
            spin.setObjectName(f"added{end}")
            spin.setValue(first.added_time.get(end, 0))

        self.minutes = QTableWidget(0, 3, self)
        self.minutes.setObjectName("playedMinutes")
        self.minutes.setHorizontalHeaderLabels([tr("Player"), tr("Played"), tr("Planned")])
        self.minutes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.minutes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.minutes.verticalHeader().hide()
        self.minutes.setToolTip(
            tr("Minutes each player played with this record, and the minutes planned")
        )
        self.problem = QLabel(self, objectName="recordProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C62828; font-weight: bold;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(tr("&Apply"))
        self.apply_button.setObjectName("applyRecord")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(xi_box)
        for table in (self.bench, self.subs, self.cards, self.injuries):
            table.changed.connect(self._update)
        for box in (self.score_known, self.extra_time):
            box.toggled.connect(self._update)
        for spin in (self.ours, self.theirs, *self.added):
            spin.valueChanged.connect(self._update)
        self._update()

    # -- public ------------------------------------------------------------------------------
    def record(self) -> MatchRecord:
        """The record as the dialog has it (RowProblem if it cannot be what happened)."""
        record = self._read()
        self._check(record)
        return record

    def accept(self) -> None:
        if self._record is not None:  # Apply does nothing while a row is wrong
            super().accept()

    # -- layout ------------------------------------------------------------------------------
    def _lay_out(self, xi_box: QGroupBox) -> None:
        def boxed(title: str, widget: QWidget) -> QGroupBox:
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(widget)
            return box

        score = QHBoxLayout()
        for widget in (self.score_known, self.ours, QLabel("–", self), self.theirs):
            score.addWidget(widget)
        score.addStretch(1)
        match = QGroupBox(tr("Score and time"), self)
        form = QFormLayout(match)
        form.addRow(score)
        form.addRow(self.extra_time)
        form.addRow(tr("Added time, first half"), self.added[0])
        form.addRow(tr("Added time, second half"), self.added[1])

        left = QVBoxLayout()
        left.addWidget(xi_box)
        left.addWidget(boxed(tr("Bench"), self.bench), 1)
        middle = QVBoxLayout()
        middle.addWidget(boxed(tr("Substitutions"), self.subs), 2)
        middle.addWidget(boxed(tr("Cards"), self.cards), 1)
        middle.addWidget(boxed(tr("Injuries"), self.injuries), 1)
        middle.addWidget(match)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(middle, 4)
        columns.addWidget(boxed(tr("Minutes"), self.minutes), 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(1180, 760)
        # Tab: XI, bench, substitutions, cards, injuries, score, then the buttons
        chain: list[QWidget] = [*self.xi.values()]
        for table in (self.bench, self.subs, self.cards, self.injuries):
            chain += [table.table, table.add_button, table.remove_button]
        chain += [self.score_known, self.ours, self.theirs, self.extra_time, *self.added]
        chain.append(self.buttons)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- rows --------------------------------------------------------------------------------
    def _bench_row(self, values: Sequence[object] | None) -> list[QWidget]:
        pid = values[0] if values else None
        return [player_combo(self.plan, pid if isinstance(pid, str) else None)]

    def _sub_row(self, values: Sequence[object] | None) -> list[QWidget]:
        moment, off, on = values if values else (None, None, None)
        return [
            _minute_field(moment if isinstance(moment, Moment) else None),
            player_combo(self.plan, off if isinstance(off, str) else None),
            player_combo(self.plan, on if isinstance(on, str) else None),
        ]

    def _card_row(self, values: Sequence[object] | None) -> list[QWidget]:
        moment, pid, colour = values if values else (None, None, CardColour.YELLOW)
        combo = QComboBox()
        combo.addItem(tr("Yellow"), CardColour.YELLOW)
        combo.addItem(tr("Red"), CardColour.RED)
        combo.setCurrentIndex(max(combo.findData(colour), 0))
        return [
            _minute_field(moment if isinstance(moment, Moment) else None),
            player_combo(self.plan, pid if isinstance(pid, str) else None),
            combo,
        ]

    def _injury_row(self, values: Sequence[object] | None) -> list[QWidget]:
        moment, pid, back = values if values else (None, None, None)
        back_field = QLineEdit(back.isoformat() if isinstance(back, date) else "")
        back_field.setPlaceholderText(tr("YYYY-MM-DD, optional"))
        back_field.setToolTip(tr("The day he is expected to be available again, if known"))
        return [
            _minute_field(moment if isinstance(moment, Moment) else None),
            player_combo(self.plan, pid if isinstance(pid, str) else None),
            back_field,
        ]

    # -- reading and checking ----------------------------------------------------------------
    def _read(self) -> MatchRecord:
        """The record the fields make; RowProblem naming the first field that is no value."""
        xi = {slot: c.currentData() for slot, c in self.xi.items() if c.currentData()}
        bench = tuple(_player(self.bench, row, 0) for row in range(self.bench.row_count()))
        subs = tuple(
            PlayedSubstitution(
                _moment(self.subs, row), _player(self.subs, row, 1), _player(self.subs, row, 2)
            )
            for row in range(self.subs.row_count())
        )
        cards = tuple(
            Card(
                _moment(self.cards, row),
                _player(self.cards, row, 1),
                _combo(self.cards, row, 2).currentData(),
            )
            for row in range(self.cards.row_count())
        )
        injuries = tuple(
            Injury(
                _moment(self.injuries, row),
                _player(self.injuries, row, 1),
                _return_date(self.injuries, row),
            )
            for row in range(self.injuries.row_count())
        )
        score = (
            Score(self.ours.value(), self.theirs.value()) if self.score_known.isChecked() else None
        )
        added = {end: s.value() for end, s in zip(self._halves, self.added, strict=True)}
        return MatchRecord(
            formation=self._formation,
            xi=xi,
            bench=bench,
            substitutions=subs,
            cards=cards,
            injuries=injuries,
            score=score,
            extra_time=self.extra_time.isChecked(),
            added_time={end: minutes for end, minutes in added.items() if minutes},
        )

    def _check(self, record: MatchRecord) -> None:
        """RowProblem for the first row that makes check_record refuse the record: the XI and
        bench alone, then the substitutions, cards and injuries added one row at a time."""
        if self._refusal(record) is None:
            return
        trial = replace(record, substitutions=(), cards=(), injuries=())
        refusal = self._refusal(trial)
        if refusal is not None:
            raise RowProblem(None, None, refusal)
        for table, name in (
            (self.subs, "substitutions"),
            (self.cards, "cards"),
            (self.injuries, "injuries"),
        ):
            rows = getattr(record, name)
            for count in range(1, len(rows) + 1):
                refusal = self._refusal(replace(trial, **{name: rows[:count]}))
                if refusal is not None:
                    raise RowProblem(table, count - 1, refusal)
            trial = replace(trial, **{name: rows})
        raise RowProblem(None, None, self._refusal(record) or "")

    def _refusal(self, record: MatchRecord) -> str | None:
        problem = record_problem(record, self.fixture, self.plan.players)
        return None if problem is None else worded(problem)

    def _update(self, *_: object) -> None:
        try:
            record = self.record()
        except RowProblem as problem:
            self._record = None
            self.problem.setText("⚠ " + _problem_text(self, problem))
            if problem.table is not None and problem.row is not None:
                problem.table.show_row(problem.row)
        else:
            self._record = record
            self.problem.setText("")
            self._show_minutes(played_minutes(record, self.fixture))
        self.apply_button.setEnabled(self._record is not None)

    def _show_minutes(self, played: dict[str, int]) -> None:
        players = sorted(
            set(played) | set(self._planned),
            key=lambda pid: (-played.get(pid, 0), -self._planned.get(pid, 0)),
        )
        self.minutes.setRowCount(len(players))
        for row, pid in enumerate(players):
            actual, planned = played.get(pid, 0), self._planned.get(pid, 0)
            cells = [self.plan.player(pid).name, str(actual), str(planned)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if actual != planned:  # never colour alone: bold, and the numbers differ
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.minutes.setItem(row, column, item)
        self.minutes.resizeColumnsToContents()


def _problem_text(dialog: MatchPlayedDialog, problem: RowProblem) -> str:
    names = {
        dialog.bench: tr("Bench, row {0}: {1}"),
        dialog.subs: tr("Substitution {0}: {1}"),
        dialog.cards: tr("Card {0}: {1}"),
        dialog.injuries: tr("Injury {0}: {1}"),
    }
    if problem.table is None or problem.row is None:
        return tr("Starting XI and bench: {0}").format(problem.text)
    return names[problem.table].format(problem.row + 1, problem.text)


def _combo(table: RowTable, row: int, column: int) -> QComboBox:
    widget = table.widgets(row)[column]
    assert isinstance(widget, QComboBox)
    return widget


def _player(table: RowTable, row: int, column: int) -> str:
    pid = _combo(table, row, column).currentData()
    if not pid:
        raise RowProblem(table, row, tr("choose a player"))
    return str(pid)


def _moment(table: RowTable, row: int) -> Moment:
    field = table.widgets(row)[0]
    assert isinstance(field, QLineEdit)
    if not field.text().strip():
        raise RowProblem(table, row, tr("type the minute (e.g. 67 or 90+3)"))
    try:
        return Moment.parse(field.text())
    except RecordError:
        message = tr("'{0}' is not a minute (e.g. 67 or 90+3)")
        raise RowProblem(table, row, message.format(field.text().strip())) from None


def _return_date(table: RowTable, row: int) -> date | None:
    field = table.widgets(row)[2]
    assert isinstance(field, QLineEdit)
    text = field.text().strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = tr("'{0}' is not a date (YYYY-MM-DD, e.g. 2025-04-18)")
        raise RowProblem(table, row, message.format(text)) from None
