"""One fixture's tab: formation and counts on top, the pitch with the bench beside it, and
the substitution timeline below."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from planner import PlanChange, formations
from planner.errors import PlannerError
from planner.rules import Limits, substitution_count
from ui.commands import SetFormation
from ui.pitch.bench import BenchPanel, bench_capacity_text
from ui.pitch.board import played_refusal
from ui.pitch.card import show_alert
from ui.pitch.facts import shown_lineup
from ui.pitch.header import FixtureHeader
from ui.pitch.played_summary import PlayedSummary
from ui.pitch.timeline import SubsTimeline
from ui.pitch.view import PitchView
from ui.session import PlanSession
from ui.wording import worded


def tr(text: str) -> str:
    return QCoreApplication.translate("FixtureTab", text)


class FixtureTab(QWidget):
    """Everything about one fixture's lineup; keeps itself in step with session.planChanged.
    A played fixture's tab shows its record read-only, with Reopen."""

    matchPlayedRequested = Signal(str)  # the header's "Match played…" (fixture id)
    reopenRequested = Signal(str)  # the header's "Reopen" (fixture id)
    copyLineupRequested = Signal(str)  # "Copy lineup from…" (fixture id)

    def __init__(self, session: PlanSession, fixture_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session, self.fixture_id = session, fixture_id
        self.setObjectName("fixtureTab")
        self._header_stale = True

        self.header = FixtureHeader(list(formations()), self)
        self.formation_picker = self.header.formation_picker
        self.formation_picker.activated.connect(self._formation_chosen)
        self.xi_label, self.bench_label = self.header.xi_label, self.header.bench_label
        self.subs_label, self.warnings_label = self.header.subs_label, self.header.warnings_label

        self.pitch = PitchView(session, fixture_id, self)
        self.bench_panel = BenchPanel(session, fixture_id, self)
        self.bench_view = self.bench_panel.view
        self.timeline = SubsTimeline(session, fixture_id, self)
        self.played_summary = PlayedSummary(self)
        # above the bench, not in the header: the header's one line keeps its width
        self.played_button = QPushButton(tr("Match played…"), self.bench_panel)
        self.played_button.setObjectName("matchPlayedButton")
        self.played_button.setToolTip(
            tr("Record what happened: starters, substitutions, cards, injuries, score")
        )
        self.reopen_button = QPushButton(tr("Reopen"), self.bench_panel)
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.setToolTip(tr("Make this fixture planned again, to edit its lineup"))
        self.copy_button = QPushButton(tr("Copy lineup from…"), self.bench_panel)
        self.copy_button.setObjectName("copyLineupButton")
        self.copy_button.setToolTip(
            tr("Start from another fixture's lineup (a played one's XI and bench)")
        )
        bench_column = self.bench_panel.layout()
        assert isinstance(bench_column, QVBoxLayout)
        for button in (self.copy_button, self.reopen_button, self.played_button):
            bench_column.insertWidget(0, button)
        self.copy_button.clicked.connect(lambda: self.copyLineupRequested.emit(self.fixture_id))
        self.played_button.clicked.connect(lambda: self.matchPlayedRequested.emit(self.fixture_id))
        self.reopen_button.clicked.connect(lambda: self.reopenRequested.emit(self.fixture_id))

        body = QHBoxLayout()
        body.addStretch(1)
        body.addWidget(self.pitch, 20)  # grows first, up to the width its height calls for
        body.addWidget(self.bench_panel)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        layout.addWidget(self.timeline)
        layout.addWidget(self.played_summary)

        self.setTabOrder(self.formation_picker, self.pitch)
        self.setTabOrder(self.pitch, self.bench_view)
        self.setTabOrder(self.bench_view, self.timeline)
        self._sizing = QTimer(self, singleShot=True, interval=0)
        self._sizing.timeout.connect(self._match_bench_to_pitch)
        # the pitch can change size while the tab does not (its header, the timeline)
        self.pitch.cardsFitted.connect(self._sizing.start)
        self._header_due = QTimer(self, singleShot=True, interval=0)
        self._header_due.timeout.connect(self._refresh_header)
        session.planChanged.connect(self._on_plan_changed)
        session.planReplaced.connect(self.refresh)
        self.refresh()

    # -- public API ------------------------------------------------------------------------
    def select_slot(self, slot: str) -> None:
        """Select the card in slot on the pitch and give the pitch the focus."""
        self.bench_view.select(None)
        self.pitch.select_slot(slot)
        self.pitch.setFocus()

    def select_player(self, player_id: str) -> bool:
        """Select player_id's card (pitch or bench), scroll it into view; False if he is in
        neither."""
        for view, other in ((self.pitch, self.bench_view), (self.bench_view, self.pitch)):
            card = view.card_of(player_id)
            if card is not None:
                other.select(None)
                view.select(card)
                view.setFocus()
                return True
        return False

    def refresh(self) -> None:
        """Bring the header, pitch, bench and timeline in line with the plan."""
        if not self.pitch.fixture_exists():
            return
        self.pitch.refresh()
        self.bench_view.refresh()
        self.bench_panel.refresh()
        self.timeline.update()
        self._show_played()
        self._refresh_header()

    def _show_played(self) -> None:
        """A played fixture: its record under the pitch instead of the timeline, no edits."""
        played = self.session.plan.is_played(self.fixture_id)
        self.timeline.setVisible(not played)
        self.played_summary.setVisible(played)
        self.played_summary.show_record(self.session.plan, self.fixture_id)
        self.formation_picker.setEnabled(not played)
        self.played_button.setVisible(not played)
        self.copy_button.setVisible(not played)
        self.reopen_button.setVisible(played)

    # -- internals -------------------------------------------------------------------------
    def _on_plan_changed(self, _change: PlanChange) -> None:
        if self.pitch.fixture_exists():
            self._show_played()
            self._header_due.start()  # once per burst of edits, after the pitch has repainted

    def _refresh_header(self) -> None:
        if not self.isVisible():
            self._header_stale = True
            return
        self._header_stale = False
        plan = self.session.plan
        lineup = shown_lineup(plan, self.fixture_id)
        rules = plan.fixture(self.fixture_id).rules
        if self.formation_picker.currentText() != lineup.formation:
            self.formation_picker.setCurrentText(lineup.formation)
        header = self.header
        xi = len(lineup.starters())
        header.set_count(self.xi_label, (tr("XI {0}/{1}").format(xi, len(lineup.slots)),), xi == 11)
        bench_text, over = bench_capacity_text(self.session, self.fixture_id)
        header.set_count(self.bench_label, (bench_text.removeprefix("⚠ "),), not over)
        count = substitution_count(lineup, rules)
        allowed = count.limits
        text = tr("Subs {0}/{1}, windows {2}/{3}").format(
            count.changes, allowed.all_substitutes, count.windows, allowed.all_windows
        )
        short = tr("Subs {0}/{1}").format(count.changes, allowed.all_substitutes)
        header.set_count(self.subs_label, (text, short), count.fits)
        problems = self._problems()
        if plan.is_played(self.fixture_id):
            show_alert(self.warnings_label, False)
            header.set_texts(self.warnings_label, (tr("✓ Played: reopen to edit"),))
            self.warnings_label.setToolTip(played_refusal())
        elif problems is None:
            show_alert(self.warnings_label, False)
            header.set_texts(self.warnings_label, (tr("checks not available"),))
        else:
            errors = sum(1 for p in problems if p.severity == "error")
            warnings = len(problems) - errors
            # "Warnings: 7" reads right for any count, in English and once translated
            parts = [tr("Errors: {0}").format(errors)] if errors else []
            if warnings or not errors:
                parts.append(
                    tr("Warnings: {0}").format(warnings) if warnings else tr("No warnings")
                )
            header.set_count(self.warnings_label, (", ".join(parts),), not problems)
            self.warnings_label.setToolTip("\n".join(worded(p.text) for p in problems[:12]))
        self.subs_label.setToolTip("\n".join([text, *_limit_notes(allowed, count.concussion)]))

    def _problems(self) -> list | None:
        """This fixture's problems, or None while the checks cannot run."""
        try:
            problems = self.session.problems()
        except (ImportError, AttributeError, PlannerError):
            return None  # the rule checks are not there yet (or failed): say so, count nothing
        return [p for p in problems if getattr(p, "fixture_id", None) == self.fixture_id]

    def _formation_chosen(self, index: int) -> None:
        name = self.formation_picker.itemText(index)
        plan = self.session.plan
        if name != plan.lineup(self.fixture_id).formation:
            self.session.push(SetFormation(plan, self.fixture_id, name))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._sizing.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._sizing.start()
        if self._header_stale:
            self._refresh_header()

    def _match_bench_to_pitch(self) -> None:
        """Give the pitch the width its height calls for (no green wasted at the sides, the
        bench right beside it) and show bench cards at the pitch's card size."""
        scene = self.pitch.sceneRect()
        wanted = ceil(self.pitch.height() * scene.width() / scene.height())
        if abs(wanted - self.pitch.maximumWidth()) > 2:
            self.pitch.setMaximumWidth(wanted)  # a maximum, not a fixed width: windows shrink
            self._sizing.start()  # the card size follows once the pitch has its new width
        self.bench_view.set_card_width(self.pitch.card_width_px())


def _limit_notes(allowed: Limits, concussion: int) -> list[str]:
    """The subs count's tooltip lines under its text: what the numbers are, and the changes
    the rules allow beyond them."""
    notes = [tr("Changes planned / allowed, and stoppages used to make them / allowed.")]
    if allowed.extra_time_substitutes or allowed.extra_time_windows:
        notes.append(
            tr("Of those, {0} change(s) and {1} window(s) only in extra time.").format(
                allowed.extra_time_substitutes, allowed.extra_time_windows
            )
        )
    if allowed.concussion_substitutes:
        notes.append(
            tr("Concussion substitutes: {0} of {1} planned, outside the count.").format(
                concussion, allowed.concussion_substitutes
            )
        )
    return notes
