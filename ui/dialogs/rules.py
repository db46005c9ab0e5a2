"""Plan > Fixture rules: every value of one fixture's matchday rules, editable (one undoable
edit); "Competition defaults" puts back the rules table's values (planner/data)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.fixtures import CompetitionRules, default_rules
from planner.planschema import RULE_RANGES


def tr(text: str) -> str:
    return QCoreApplication.translate("RulesDialog", text)


def _numbers() -> dict[str, tuple[str, str]]:
    """Label and tooltip of each whole-number rule, in the order the dialog shows them."""
    return {
        "match_minutes": (tr("Match length (min)"), tr("Minutes of normal time")),
        "bench_size": (tr("Substitutes on the bench"), tr("The most players on the bench")),
        "substitutes_allowed": (tr("Substitutions"), tr("Changes allowed in normal time")),
        "substitution_windows": (
            tr("Substitution windows"),
            tr("Stoppages of play in which the changes may be made"),
        ),
        "concussion_substitutes": (
            tr("Concussion substitutes"),
            tr("Extra changes for a suspected concussion, outside the count (MLS: 2)"),
        ),
        "stoppage_minutes": (
            tr("Stoppage time up to (min)"),
            tr("A change may be planned in added time up to this, e.g. 90+3"),
        ),
        "extra_time_minutes": (tr("Extra time (min)"), tr("Minutes of extra time (2 x 15)")),
        "extra_time_substitutes": (
            tr("More substitutions in extra time"),
            tr("Changes allowed in extra time only, beyond those of normal time"),
        ),
        "extra_time_windows": (
            tr("More windows in extra time"),
            tr("Windows allowed in extra time only, beyond those of normal time"),
        ),
    }


EXTRA_TIME_FIELDS = ("extra_time_minutes", "extra_time_substitutes", "extra_time_windows")


class RulesDialog(QDialog):
    """Edits one fixture's rules; rules() gives the result once accepted."""

    def __init__(
        self, rules: CompetitionRules, competition: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setMinimumWidth(420)
        self.setWindowTitle(tr("Rules of {0}").format(title))
        self._rules, self._competition = rules, competition
        self.name = QLineEdit(objectName="rulesName")
        self.spins: dict[str, QSpinBox] = {}
        for key, (_, tip) in _numbers().items():
            spin = QSpinBox(objectName=f"rules_{key}")
            spin.setRange(*RULE_RANGES[key])
            spin.setToolTip(tip)
            self.spins[key] = spin
        self.half_time = QCheckBox(tr("Half-time uses a window"), objectName="rulesHalfTime")
        self.half_time.setToolTip(tr("MLS and IFAB: a change at half-time uses no window"))
        self.thresholds = QLineEdit(objectName="rulesCardThresholds")
        self.thresholds.setPlaceholderText(tr("none"))
        self.thresholds.setToolTip(
            tr("Yellow cards in the competition that bring a one-match ban (MLS: 5, 8, 11, 13)")
        )
        self.extra_time = QGroupBox(tr("The tie can go to extra time"), objectName="rulesExtra")
        self.extra_time.setCheckable(True)
        self.extra_time.setToolTip(tr("A cup second leg: changes may be planned up to 120'"))
        self.error = QLabel(objectName="rulesError")
        self.error.setStyleSheet("color: #C62828")

        labels = _numbers()
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        for key in ("match_minutes", "bench_size", "substitutes_allowed", "substitution_windows"):
            form.addRow(labels[key][0], self.spins[key])
        form.addRow("", self.half_time)
        for key in ("concussion_substitutes", "stoppage_minutes"):
            form.addRow(labels[key][0], self.spins[key])
        form.addRow(tr("&Yellow cards for a ban"), self.thresholds)
        extra = QFormLayout(self.extra_time)
        for key in EXTRA_TIME_FIELDS:
            extra.addRow(labels[key][0], self.spins[key])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(tr("&Competition defaults"))
        defaults.setObjectName("rulesDefaults")
        defaults.clicked.connect(lambda: self.show_rules(default_rules(self._competition)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.extra_time)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.show_rules(rules)

    def show_rules(self, rules: CompetitionRules) -> None:
        """Fill every field from rules."""
        self.name.setText(rules.name)
        for key, spin in self.spins.items():
            spin.setValue(getattr(rules, key))
        self.half_time.setChecked(rules.half_time_is_window)
        self.thresholds.setText(", ".join(map(str, rules.yellow_card_thresholds)))
        self.extra_time.setChecked(rules.extra_time)
        self.error.clear()

    def rules(self) -> CompetitionRules:
        """The rules as edited (ValueError when the card thresholds do not read)."""
        values = {key: spin.value() for key, spin in self.spins.items()}
        return replace(
            self._rules,
            name=self.name.text().strip(),
            half_time_is_window=self.half_time.isChecked(),
            yellow_card_thresholds=_thresholds(self.thresholds.text()),
            extra_time=self.extra_time.isChecked(),
            **values,
        )

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(tr("Name the rules (the competition's name)."))
            return
        try:
            self.rules()
        except ValueError:
            self.error.setText(
                tr("Yellow cards for a ban: rising whole numbers with commas, e.g. 5, 8, 11, 13.")
            )
            return
        super().accept()


def _thresholds(text: str) -> tuple[int, ...]:
    """ "5, 8, 11, 13" -> (5, 8, 11, 13); ValueError unless rising whole numbers 1-99."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    numbers = tuple(int(p) for p in parts)
    low, high = 1, 99
    if any(not low <= n <= high for n in numbers) or list(numbers) != sorted(set(numbers)):
        raise ValueError(text)
    return numbers
