"""Plan > Model settings: the fatigue model's parameters and warning thresholds."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import ModelParams


def tr(text: str) -> str:
    return QCoreApplication.translate("ModelSettings", text)


def _labels() -> dict[str, tuple[str, str, float, float]]:
    """Label, tooltip and range of each parameter, in the order the dialog shows them."""
    return {
        "readiness_amber": (
            tr("Readiness amber below"),
            tr("Readiness under this is amber"),
            1,
            100,
        ),
        "readiness_red": (tr("Readiness red below"), tr("Readiness under this is red"), 0, 99),
        "back_to_back_minutes": (
            tr("Back-to-back: minutes"),
            tr("FIFPRO critical zone: this many minutes in consecutive matches..."),
            1,
            120,
        ),
        "back_to_back_days": (
            tr("Back-to-back: days apart"),
            tr("...fewer than this many days apart"),
            1,
            14,
        ),
        "acwr_high": (
            tr("Load ratio: high above"),
            tr("ACWR above this is flagged (Gabbett 2016: 1.3)"),
            0.5,
            3,
        ),
        "acwr_danger": (
            tr("Load ratio: danger from"),
            tr("ACWR from this is high risk (Gabbett 2016: 1.5)"),
            0.5,
            4,
        ),
        "match_rpe": (
            tr("Match effort (RPE)"),
            tr("Session-RPE per minute when none is recorded (Foster 2001)"),
            1,
            10,
        ),
        "acute_days": (
            tr("Recent load window, days"),
            tr("EWMA acute window (Williams 2017: 7)"),
            2,
            28,
        ),
        "chronic_days": (
            tr("Long-term load window, days"),
            tr("EWMA chronic window (Williams 2017: 28)"),
            7,
            90,
        ),
        "fitness_tau": (
            tr("Fitness decay, days"),
            tr("Banister fitness time constant (42)"),
            5,
            120,
        ),
        "fatigue_tau": (tr("Fatigue decay, days"), tr("Banister fatigue time constant (7)"), 1, 60),
        "fitness_gain": (tr("Fitness gain"), tr("Banister k1 (1)"), 0.1, 10),
        "fatigue_gain": (tr("Fatigue gain"), tr("Banister k2 (2)"), 0.1, 10),
        "baseline_minutes_per_week": (
            tr("Baseline minutes per week"),
            tr("Training load assumed every week, so a fresh player's load ratio stays sane"),
            0,
            1000,
        ),
        "goalkeeper_load_factor": (
            tr("Goalkeeper load factor"),
            tr("A goalkeeper's match load per minute as a share of an outfielder's (0.5)"),
            0.05,
            1,
        ),
        "absence_days": (
            tr("Long absence, days"),
            tr("No recorded load for longer: load ratio not floored until his history is back"),
            7,
            365,
        ),
        "back_to_back_goalkeepers": (
            tr("Back-to-back: goalkeepers too"),
            tr("Flag goalkeepers in FIFPRO's critical zone too (they run about half as much)"),
            0,
            1,
        ),
        "added_time_per_half": (
            tr("Added time per half, min"),
            tr("Planned stoppage time counted as minutes played"),
            0,
            15,
        ),
    }


class ModelSettingsDialog(QDialog):
    """One field per ModelParams parameter; params() gives the edited values."""

    def __init__(self, params: ModelParams, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelSettingsDialog")
        self.setWindowTitle(tr("Model settings"))
        self._params = params
        self.editors: dict[str, QSpinBox | QDoubleSpinBox | QCheckBox] = {}
        form = QFormLayout()
        types = {f.name: f.type for f in fields(ModelParams)}
        labels = _labels()
        names = [n for n in labels if n in types] + [n for n in types if n not in labels]
        for name in names:
            label, tip, low, high = labels.get(name, (name.replace("_", " "), "", 0, 10000))
            value = getattr(params, name)
            editor: QSpinBox | QDoubleSpinBox | QCheckBox
            if types[name] in ("bool", bool):
                editor = QCheckBox()
                editor.setChecked(bool(value))
            elif types[name] in ("int", int):
                editor = QSpinBox()
                editor.setRange(int(low), int(high))
                editor.setValue(int(value))
            else:
                editor = QDoubleSpinBox()
                editor.setDecimals(2)
                editor.setSingleStep(0.05)
                editor.setRange(low, high)
                editor.setValue(float(value))
            editor.setObjectName(name)
            editor.setToolTip(tip)
            self.editors[name] = editor
            form.addRow(label, editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._defaults
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _defaults(self) -> None:
        defaults = ModelParams()
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                editor.setChecked(getattr(defaults, name))
            else:
                editor.setValue(getattr(defaults, name))

    def params(self) -> ModelParams:
        values: dict[str, Any] = {
            n: e.isChecked() if isinstance(e, QCheckBox) else e.value()
            for n, e in self.editors.items()
        }
        return replace(self._params, **values)
