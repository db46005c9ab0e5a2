"""Plan > Training week: the planned sessions of each day between the fixtures (one row per
session), editable, with the default template a click away."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import Plan
from planner.microcycle import TrainingDay, sessions_on, training_days
from planner.training import MAX_SESSION_MINUTES, PlannedSession, Sessions, TrainingWeek
from ui.dialogs.row_table import RowTable
from ui.language import local_date


def tr(text: str) -> str:
    return QCoreApplication.translate("TrainingWeek", text)


def group_names() -> dict[str, str]:
    return {
        "everyone": tr("Whole squad"),
        "starters": tr("Starters"),
        "non_starters": tr("Non-starters"),
        "goalkeepers": tr("Goalkeepers"),
    }


def focus_names() -> dict[str, str]:
    return {
        "recovery": tr("Recovery"),
        "compensation": tr("Compensation"),
        "activation": tr("Activation"),
        "tactical": tr("Tactical"),
        "loading": tr("Loading"),
    }


class TrainingWeekDialog(QDialog):
    """The plan's training week (or the default template when none is planned) as rows of
    day, group, kind, minutes and RPE; week() is the result."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWeekDialog")
        self.setWindowTitle(tr("Training week"))
        self.plan = plan
        self._start = plan.training or TrainingWeek()
        self._template = self._start.template
        self.days = training_days(plan)
        intro = QLabel(
            tr(
                "Sessions planned between the fixtures count in readiness at the next kickoff "
                "(load = RPE x minutes). Starters and non-starters are those of the match before."
            ),
            self,
        )
        intro.setWordWrap(True)
        titles = [tr("Day"), tr("Group"), tr("Kind"), tr("Minutes"), tr("RPE")]
        self.rows = RowTable("trainingRows", titles, self._row, self)
        header = self.rows.table.horizontalHeader()
        for column, width in ((1, 130), (2, 130), (3, 90), (4, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.rows.table.setMinimumWidth(760)  # the day column keeps the rest
        self.as_template = QCheckBox(
            tr("Make these days the template for gaps of the same length"), self
        )
        self.as_template.setObjectName("trainingAsTemplate")
        self.as_template.setToolTip(
            tr("Every gap of as many days between matches gets these sessions from now on")
        )
        self.restore_button = QPushButton(tr("Restore the default template"), self)
        self.restore_button.setObjectName("trainingRestore")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_default)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.rows)
        layout.addWidget(self.as_template)
        layout.addWidget(self.restore_button)
        layout.addWidget(buttons)
        self._fill(self._start)

    def restore_default(self) -> None:
        """The shipped template on every day, staff's edits dropped."""
        self._template = TrainingWeek().template
        self._fill(TrainingWeek())

    def week(self) -> TrainingWeek:
        """The template with an edit for every day whose rows differ from it; with
        as_template checked, each day's rows first become the template of its gap and day
        (the earliest such day's, when several share them)."""
        chosen = self._chosen()
        template = {gap: dict(days) for gap, days in self._template.items()}
        if self.as_template.isChecked():
            for index, day in reversed(list(enumerate(self.days))):
                key = day.template_key
                if key is not None:
                    template.setdefault(key[0], {})[key[1]] = tuple(chosen[index])
        template_week = TrainingWeek(
            {gap: {d: s for d, s in days.items() if s} for gap, days in template.items()}
        )
        edits: dict = {}
        for index, day_ in enumerate(self.days):
            sessions: Sessions = tuple(chosen[index])
            if sessions != sessions_on(template_week, day_):
                edits[day_.day] = sessions
        return template_week.with_days(edits)

    def _chosen(self) -> dict[int, list[PlannedSession]]:
        """The rows' sessions per listed day (index in self.days)."""
        chosen: dict[int, list[PlannedSession]] = {i: [] for i in range(len(self.days))}
        for row in range(self.rows.row_count()):
            day, group, focus, minutes, rpe = self.rows.widgets(row)
            assert isinstance(day, QComboBox) and isinstance(group, QComboBox)
            assert isinstance(focus, QComboBox) and isinstance(minutes, QSpinBox)
            assert isinstance(rpe, QDoubleSpinBox)
            if day.currentIndex() < 0:
                continue
            session = PlannedSession(
                group.currentData(), focus.currentData(), minutes.value(), rpe.value()
            )
            chosen[day.currentIndex()].append(session)
        return chosen

    def _fill(self, week: TrainingWeek) -> None:
        table = self.rows.table
        table.setRowCount(0)
        for index, day in enumerate(self.days):
            for s in sessions_on(week, day):
                self.rows.add_row([index, s.group, s.focus, s.duration, s.rpe])

    def _day_text(self, day: TrainingDay) -> str:
        before = tr("before {0}").format(self.plan.fixture(day.fixture_id).opponent)
        return f"{local_date(day.day, 'ddd d MMM')} · {day.label} · {before}"

    def _row(self, values: Sequence[object] | None) -> list[QWidget]:
        index, group, focus, minutes, rpe = values or (0, "everyone", "tactical", 60, 5.0)
        day = QComboBox()
        for training_day in self.days:
            day.addItem(self._day_text(training_day))
        day.setCurrentIndex(int(index) if self.days else -1)  # type: ignore[call-overload]
        return [
            day,
            _choice(group_names(), str(group)),
            _choice(focus_names(), str(focus)),
            _spin(QSpinBox(), 1, MAX_SESSION_MINUTES, minutes, tr(" min")),
            _spin(QDoubleSpinBox(), 0, 10, rpe, ""),
        ]


def _choice(names: dict[str, str], chosen: str) -> QComboBox:
    combo = QComboBox()
    for code, name in names.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    return combo


def _spin(
    box: QSpinBox | QDoubleSpinBox, low: float, high: float, value: object, suffix: str
) -> QSpinBox | QDoubleSpinBox:
    box.setRange(low, high)  # type: ignore[arg-type]
    if isinstance(box, QDoubleSpinBox):
        box.setDecimals(1)
        box.setSingleStep(0.5)
    box.setSuffix(suffix)
    box.setValue(value)  # type: ignore[arg-type]
    return box
