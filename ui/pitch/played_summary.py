"""Under a played fixture's pitch: what happened (score, substitutions, cards, injuries in
match order) and the minutes each player played beside those planned, read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QWidget

from planner import Plan
from planner.minutes import lineup_minutes
from planner.played import CardColour, MatchRecord, Moment, played_minutes
from ui.language import local_date


def tr(text: str) -> str:
    return QCoreApplication.translate("PlayedSummary", text)


class PlayedSummary(QWidget):
    """Two read-only lists: the match's events, and minutes played (planned when different)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playedSummary")
        self.events = QListWidget(self)
        self.events.setObjectName("playedEvents")
        self.events.setAccessibleName(tr("What happened in the match"))
        self.minutes = QListWidget(self)
        self.minutes.setObjectName("playedMinutesList")
        self.minutes.setAccessibleName(tr("Minutes played"))
        self.minutes.setToolTip(
            tr("Minutes played; the planned minutes in brackets where different")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.events, 3)
        layout.addWidget(self.minutes, 2)
        self.setFixedHeight(150)

    def show_record(self, plan: Plan, fixture_id: str) -> None:
        """Fill both lists from fixture_id's record (empty them for a planned fixture)."""
        record = plan.records.get(fixture_id)
        events = [] if record is None else event_lines(plan, record)
        minutes = [] if record is None else minute_lines(plan, fixture_id, record)
        for view, lines in ((self.events, events), (self.minutes, minutes)):
            if [view.item(i).text() for i in range(view.count())] != lines:
                view.clear()
                view.addItems(lines)


def event_lines(plan: Plan, record: MatchRecord) -> list[str]:
    """The score, then every substitution, card and injury in match order."""
    name = lambda pid: plan.player(pid).name  # noqa: E731
    timed: list[tuple[Moment, str]] = []
    for sub in record.substitutions:
        timed.append(
            (sub.moment, tr("{0}' {1} on for {2}").format(sub.moment, name(sub.on), name(sub.off)))
        )
    for card in record.cards:
        text = (
            tr("{0}' yellow card: {1}")
            if card.colour is CardColour.YELLOW
            else tr("{0}' red card: {1}")
        )
        timed.append((card.moment, text.format(card.moment, name(card.player_id))))
    for injury in record.injuries:
        text = tr("{0}' {1} injured").format(injury.moment, name(injury.player_id))
        if injury.return_date is not None:
            back = local_date(injury.return_date, "d MMM")
            text = tr("{0}, expected back {1}").format(text, back)
        timed.append((injury.moment, text))
    lines = [text for _moment, text in sorted(timed, key=lambda t: t[0])]
    if record.score is not None:
        lines.insert(0, tr("Score {0}–{1}").format(record.score.ours, record.score.theirs))
    if record.extra_time:
        lines.insert(0, tr("After extra time"))
    return lines or [tr("No substitutions, cards or injuries recorded")]


def minute_lines(plan: Plan, fixture_id: str, record: MatchRecord) -> list[str]:
    """ "Lionel Messi 23' (planned 30')" per player who played or was planned to."""
    fixture = plan.fixture(fixture_id)
    played = played_minutes(record, fixture)
    planned = lineup_minutes(plan.lineup(fixture_id), fixture, plan.params.added_time_per_half)
    players = sorted(
        set(played) | set(planned), key=lambda p: (-played.get(p, 0), plan.player(p).name)
    )
    lines = []
    for pid in players:
        actual, plan_minutes = played.get(pid, 0), planned.get(pid, 0)
        text = tr("{0} {1}'").format(plan.player(pid).name, actual)
        if actual != plan_minutes:
            text = tr("{0} (planned {1}')").format(text, plan_minutes)
        lines.append(text)
    return lines
