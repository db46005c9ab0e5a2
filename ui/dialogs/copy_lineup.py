"""Copy lineup from…: pick the fixture whose lineup (its record's XI and bench when it was
played) becomes this fixture's starting point."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner import Plan
from ui.fixture_names import fixture_label


def tr(text: str) -> str:
    return QCoreApplication.translate("CopyLineupDialog", text)


class CopyLineupDialog(QDialog):
    """A choice of the plan's other fixtures, the latest earlier one of the same competition
    first chosen; source() is the chosen fixture's id."""

    def __init__(self, plan: Plan, target_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyLineupDialog")
        target = plan.fixture(target_id)
        self.setWindowTitle(tr("Copy lineup to {0}").format(fixture_label(target)))
        self.source_box = QComboBox(objectName="copyLineupSource")
        others = [f for f in plan.fixtures if f.id != target_id]
        for fixture in others:
            text = fixture_label(fixture)
            if plan.is_played(fixture.id):
                text = tr("{0} (played: its XI and bench)").format(text)
            self.source_box.addItem(text, fixture.id)
        earlier = [f for f in others if f.kickoff < target.kickoff]
        same = [f for f in earlier if f.competition == target.competition]
        if others:
            chosen = (same or earlier or others)[-1]
            self.source_box.setCurrentIndex(self.source_box.findData(chosen.id))
        note = QLabel(
            tr(
                "The lineup, bench and planned changes replace this fixture's; players who "
                "cannot be named for it are left out. Undo puts it back."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Copy"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(others))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&From"), self.source_box)
        form.addRow(note)
        form.addRow(buttons)

    def source(self) -> str:
        return str(self.source_box.currentData())
