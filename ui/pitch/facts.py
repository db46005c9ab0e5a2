"""What a card says about a player in a fixture: minutes, readiness, status, fit.

Derived from the plan once per plan revision (shared by every card of every view), so a drop
repaints from cached dictionaries instead of recomputing the model per card.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy as np
from PySide6.QtCore import QCoreApplication

from planner import BENCH, Lineup, Plan, Status, Substitution
from planner.errors import PlannerError
from planner.fatigue.scale import ReadinessBand, readiness_band
from planner.formations import formation, out_of_position
from planner.minutes import lineup_minutes
from planner.played import played_minutes
from planner.rules import RETURNING, absence, absence_name, status_for
from planner.wording.common import back_on
from planner.wording.locks import lock_name
from ui.session import PlanSession
from ui.wording import position_text, positions_text, worded


def tr(text: str) -> str:
    return QCoreApplication.translate("Card", text)


@dataclass(frozen=True)
class CardInfo:
    """Everything a card paints. sub is "on", "off" or "" with sub_minute the planned minute."""

    player_id: str
    number: str
    surname: str
    minutes: int
    sub: str
    sub_minute: int | None
    readiness: int | None  # as shown: a whole number
    band: ReadinessBand | None  # of the readiness itself (None: not known)
    status: Status
    natural_position: str | None  # set only when he stands out of position
    tooltip: str
    lock: str = ""  # his lock for the fixture, worded ("starts at RW"); "" when none


def card_info(session: PlanSession, fixture_id: str, player_id: str) -> CardInfo:
    """The card of player_id as fixture_id's pitch or bench shows it."""
    plan = session.plan
    player = plan.player(player_id)
    lineup = shown_lineup(plan, fixture_id)
    status, why = fixture_status(plan, player_id, fixture_id)
    minutes = _fixture_minutes(plan, plan.revision, fixture_id).get(player_id, 0)
    exact = readiness_by_player(session, fixture_id).get(player_id)
    readiness = None if exact is None else round(exact)
    sub, sub_minute = "", None
    for s in lineup.substitutions:
        if s.on == player_id:
            sub, sub_minute = "on", s.minute
        elif s.off == player_id and not sub:
            sub, sub_minute = "off", s.minute
    place = lineup.place_of(player_id)
    lock = lock_text(plan, fixture_id, player_id)
    natural = None
    if place not in (None, BENCH):
        role = formation(lineup.formation).slot(place).role
        if out_of_position(player.positions, role):
            natural = position_text(player.main_position) if player.main_position else "?"
    return CardInfo(
        player_id=player_id,
        number="" if player.number is None else str(player.number),
        surname=player.surname,
        minutes=minutes,
        sub=sub,
        sub_minute=sub_minute,
        readiness=readiness,
        band=None if exact is None else readiness_band(exact, plan.params),
        status=status,
        natural_position=natural,
        tooltip=_tooltip(
            player.name,
            player.positions,
            why if (status, why) != (Status.AVAILABLE, status_text(status)) else None,
            (minutes, plan.is_played(fixture_id)),
            readiness,
            place,
        )
        + (f"\n{locked_line(lock)}" if lock else ""),
        lock=lock,
    )


def lock_text(plan: Plan, fixture_id: str, player_id: str) -> str:
    """The player's lock for the fixture in the app's language, "" when he has none."""
    lock = plan.lock_of(fixture_id, player_id)
    return worded(lock_name(lock)) if lock else ""


def locked_line(lock: str) -> str:
    """The tooltip line that says a lock ("Locked for the suggestion: bench only")."""
    return tr("Locked for the suggestion: {0}").format(lock)


def shown_lineup(plan: Plan, fixture_id: str) -> Lineup:
    """The lineup a fixture's tab shows: the plan's, or a played fixture's XI, bench and
    substitutions as its record has them."""
    record = plan.records.get(fixture_id)
    if record is None:
        return plan.lineup(fixture_id)
    changes = [
        Substitution(s.moment.minute, s.off, s.on, added=s.moment.added)
        for s in record.substitutions
    ]
    return Lineup(record.formation, dict(record.xi), list(record.bench), changes)


def readiness_by_player(session: PlanSession, fixture_id: str) -> dict[str, float]:
    """Readiness 0-100 per player before fixture_id; empty while the model is unavailable."""
    plan = session.plan
    key = (plan, plan.revision, fixture_id)
    hit = _readiness_cache.get(session)
    if hit is None or hit[0] != key:
        hit = (key, _readiness(session, fixture_id))
        _readiness_cache[session] = hit
    return hit[1]


@lru_cache(maxsize=8)
def _fixture_minutes(plan: Plan, revision: int, fixture_id: str) -> dict[str, int]:
    fixture = plan.fixture(fixture_id)
    record = plan.records.get(fixture_id)
    if record is not None:
        return played_minutes(record, fixture)
    return lineup_minutes(plan.lineup(fixture_id), fixture, plan.params.added_time_per_half)


_readiness_cache: WeakKeyDictionary[PlanSession, tuple[tuple, dict[str, float]]] = (
    WeakKeyDictionary()
)


def _readiness(session: PlanSession, fixture_id: str) -> dict[str, float]:
    plan = session.plan
    try:
        values = session.at_fixture("readiness", fixture_id)
    except (ImportError, AttributeError, KeyError, TypeError, ValueError, PlannerError):
        return {}  # the fatigue model is missing or cannot rate this plan: cards show "unknown"
    known = ~np.isnan(values)  # NaN means unknown
    players = np.array(list(plan.players), dtype=object)[known].tolist()
    return dict(zip(players, values[known].astype(float).tolist(), strict=True))


def _tooltip(name, positions, status: str | None, minutes_played, readiness, place) -> str:
    minutes, played = minutes_played
    lines = [name]
    if positions:
        lines.append(tr("Positions: {0}").format(positions_text(positions, ", ")))
    if status is not None:
        lines.append(tr("Status: {0}").format(status))
    if place is not None:
        text = tr("Minutes played: {0}'") if played else tr("Planned minutes: {0}'")
        lines.append(text.format(minutes))
    if readiness is None:
        lines.append(tr("Readiness: not known yet"))
    else:
        lines.append(tr("Readiness: {0}/100").format(readiness))
    return "\n".join(lines)


def fixture_status(plan: Plan, player_id: str, fixture_id: str | None) -> tuple[Status, str]:
    """His status for the fixture (planner.rules.status_for: banned by cards he is suspended
    there, back from injury by its day he is available) and the words that say why
    ("suspended (red card in Sun 6 Apr v Toronto FC)", "available, back 15 Apr"); his own
    status when no fixture is on screen."""
    player = plan.player(player_id)
    found = absence(plan, player_id, fixture_id) if fixture_id else None
    if fixture_id is None:
        status = player.status
    else:
        status = found.status if found is not None else status_for(plan, player_id, fixture_id)
    if found is not None and found.ban is not None:
        return status, worded(absence_name(plan, found))
    why = status_text(status)
    if player.return_date is not None and player.status in RETURNING:
        why = f"{why}, {worded(back_on(player.return_date))}"
    return status, why


def status_text(status: Status) -> str:
    """The status in the coach's words (translated)."""
    return {
        Status.AVAILABLE: tr("available"),
        Status.DOUBTFUL: tr("doubtful"),
        Status.INJURED: tr("injured"),
        Status.SUSPENDED: tr("suspended"),
        Status.UNAVAILABLE: tr("unavailable"),
    }[status]
