"""A fixture tab's header: the formation picker and the XI, bench, subs and warnings counts on
one line, at any width.

A narrow window first loses the word "Formation", then the subs count its windows part, then
the warnings text is elided (its tooltip lists the problems): the line never wraps, so its
height, and the pitch below it, never move.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ui.pitch.card import show_alert

SPACING = 16  # between the counts
BUDDY_SPACING = 6  # between "Formation" and its picker


def tr(text: str) -> str:
    return QCoreApplication.translate("FixtureTab", text)


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as its width allows, ending in "…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height()
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height()
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        text = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        if text != self.text():
            self.setText(text)


class FixtureHeader(QWidget):
    """Formation picker and counts, always one line (see the module docstring)."""

    def __init__(self, formations: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fixtureHeader")
        self.formation_picker = QComboBox(self)
        self.formation_picker.setObjectName("formationPicker")
        self.formation_picker.setToolTip(tr("Formation of this fixture's starting eleven"))
        self.formation_picker.addItems(formations)
        self.formation_label = QLabel(tr("Formation"), self)
        self.formation_label.setBuddy(self.formation_picker)
        self.xi_label = self._count_label("xiCount")
        self.bench_label = self._count_label("benchCount")
        self.subs_label = self._count_label("subsCount")
        self.warnings_label = ElidedLabel(self)
        self.warnings_label.setObjectName("warningsCount")
        self._texts: dict[QLabel, tuple[str, ...]] = {}
        self._short = False

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.formation_label)
        layout.addSpacing(BUDDY_SPACING - SPACING)
        layout.addWidget(self.formation_picker)
        for label in (self.xi_label, self.bench_label, self.subs_label):
            layout.addWidget(label)
        layout.addWidget(self.warnings_label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _count_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return label

    def set_count(self, label: QLabel, texts: tuple[str, ...], ok: bool) -> None:
        """Show a count, marked ✓ when fine and ⚠ when not (never colour alone); texts: its
        full wording, then shorter ones for a narrow window."""
        marked = tuple(("✓ " if ok else "⚠ ") + text for text in texts)
        show_alert(label, not ok)
        self.set_texts(label, marked)

    def set_texts(self, label: QLabel, texts: tuple[str, ...]) -> None:
        """Show the first of texts, or a shorter one when the line is short of room (the
        warnings: elided)."""
        if self._texts.get(label) == texts:
            return
        self._texts[label] = texts
        if label is self.warnings_label:
            self.warnings_label.set_full_text(texts[0])
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """The width of the shortest wording: the header never holds the window wider."""
        parts = [self.formation_picker.sizeHint().width()]
        parts += [self._width(label, short=True) for label in self._counts()]
        parts.append(self.warnings_label.minimumSizeHint().width())
        width = sum(parts) + SPACING * (len(parts) - 1)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _counts(self) -> list[QLabel]:
        return [self.xi_label, self.bench_label, self.subs_label]

    def _width(self, label: QLabel, short: bool) -> int:
        texts = self._texts.get(label, ("",))
        label.ensurePolished()  # an alert's bold font comes from its style sheet
        return label.fontMetrics().horizontalAdvance(texts[-1] if short else texts[0]) + 4

    def _fit(self) -> None:
        """Pick the longest wording that fits the width (see the module docstring)."""
        room = self.width()
        picker = self.formation_picker.sizeHint().width()
        warnings = self.warnings_label.sizeHint().width()
        word = self.formation_label.sizeHint().width() + BUDDY_SPACING
        counts = SPACING * 4 + sum(self._width(label, short=False) for label in self._counts())
        with_word = room >= word + picker + counts + warnings
        short = room < picker + counts + warnings
        self.formation_label.setVisible(with_word)
        for label in self._counts():
            texts = self._texts.get(label, ("",))
            text = texts[-1] if short else texts[0]
            if label.text() != text:
                label.setText(text)
        if short != self._short:
            self._short = short
            self.updateGeometry()
