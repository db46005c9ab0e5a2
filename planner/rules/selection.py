"""Who may start in a slot, sit on the bench or come on for whom: a refusal ``Message`` when
the rules say no, None when they allow it. Softer problems (a bench over its size, too many
changes) are allowed here and reported by validate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from planner.fixtures import CompetitionRules, Fixture
from planner.formations import formation, position_fit
from planner.lineup import BENCH, Lineup
from planner.players import Player, Status
from planner.rules.cards import Ban, card_ban
from planner.rules.changes import substitution_count
from planner.wording import Message
from planner.wording.common import fixture_name, status_name
from planner.wording.positions import position_name

if TYPE_CHECKING:
    from planner.plan import Plan  # plan.py imports played.py, which asks planner.rules

DEFAULT_SUB_MINUTE = 60
# statuses a return date ends (a staff-set suspension ends with its match, not a date)
RETURNING = (Status.INJURED, Status.UNAVAILABLE)


@dataclass(frozen=True)
class Absence:
    """Why a player may not be named for a fixture: his status for it and, when cards in a
    played fixture suspend him, the ban."""

    status: Status
    ban: Ban | None = None


def fixture_day(fixture: Fixture) -> date:
    """The fixture's day in the club's local time (kickoffs are held in club time: plan files
    convert kickoffs with a UTC offset to the plan's time zone)."""
    return fixture.kickoff.date()


def back_for(player: Player, fixture: Fixture) -> bool:
    """An injured or unavailable player with a return date on or before the fixture's day."""
    back = player.return_date
    return player.status in RETURNING and back is not None and fixture_day(fixture) >= back


def absence(plan: Plan, player_id: str, fixture_id: str) -> Absence | None:
    """Why player_id is not available for fixture_id, or None when he is: his status (unless
    his return date comes on or before the fixture's day), or a ban from cards
    (planner.rules.cards). Every question "may he be named for this fixture" asks here."""
    player = plan.player(player_id)
    if not player.status.selectable and not back_for(player, plan.fixture(fixture_id)):
        return Absence(player.status)
    ban = card_ban(plan, player_id, fixture_id)
    return Absence(Status.SUSPENDED, ban) if ban is not None else None


def available(plan: Plan, player_id: str, fixture_id: str) -> bool:
    """player_id may be named in fixture_id's matchday squad."""
    return absence(plan, player_id, fixture_id) is None


def status_for(plan: Plan, player_id: str, fixture_id: str) -> Status:
    """His status for fixture_id: suspended by a ban, available once back from injury."""
    found = absence(plan, player_id, fixture_id)
    if found is not None:
        return found.status
    status = plan.player(player_id).status
    return status if status.selectable else Status.AVAILABLE


def absence_name(plan: Plan, found: Absence) -> Message:
    """The absence as a status to word: "injured", "suspended (red card in Sun 6 Apr v ...)"."""
    ban = found.ban
    if ban is None:
        return status_name(found.status)
    if ban.red:
        return Message("status.banned-red", {"match": fixture_name(plan.fixture(ban.cause_id))})
    cause = plan.fixture(ban.cause_id)
    params = {"count": ban.threshold, "competition": cause.rules.name}
    return Message("status.banned-yellow", params)


def _absence_refusal(plan: Plan, fixture_id: str, player_id: str, code: str) -> Message | None:
    found = absence(plan, player_id, fixture_id)
    if found is None:
        return None
    params = {"player": plan.player(player_id).name, "status": absence_name(plan, found)}
    return Message(code, params)


def start_refusal(plan: Plan, fixture_id: str, player_id: str, slot: str) -> Message | None:
    """Why player_id may not be put in slot (counting whoever he displaces), or None."""
    lineup = plan.lineup(fixture_id)
    refusal = _absence_refusal(plan, fixture_id, player_id, "refusal.cannot-start")
    if refusal is not None:
        return refusal
    reason = _role_refusal(plan, lineup, player_id, slot)
    if reason:
        return reason
    previous, displaced = lineup.place_of(player_id), lineup.slots.get(slot)
    if displaced and previous not in (None, BENCH, slot):
        return _role_refusal(plan, lineup, displaced, previous)
    return None


def bench_refusal(plan: Plan, fixture_id: str, player_id: str) -> Message | None:
    """Why player_id may not sit on the bench (suspended players may not either), or None."""
    return _absence_refusal(plan, fixture_id, player_id, "refusal.cannot-sit-on-bench")


def sub_refusal(plan: Plan, fixture_id: str, on_id: str, off_id: str) -> Message | None:
    """Why on_id may not be planned to replace off_id, or None."""
    lineup = plan.lineup(fixture_id)
    on, off = plan.player(on_id), plan.player(off_id)
    if on_id not in lineup.bench:
        return Message("refusal.not-on-bench", {"player": on.name})
    refusal = _absence_refusal(plan, fixture_id, on_id, "refusal.cannot-come-on")
    if refusal is not None:
        return refusal
    if any(s.on == on_id for s in lineup.substitutions):
        return Message("refusal.already-comes-on", {"player": on.name})
    if off_id not in lineup.starters():
        return Message("refusal.does-not-start", {"player": off.name})
    if any(s.off == off_id for s in lineup.substitutions):
        return Message("refusal.already-goes-off", {"player": off.name})
    slot = next(name for name, pid in lineup.slots.items() if pid == off_id)
    role = formation(lineup.formation).slot(slot).role
    if (role == "GK") != ("GK" in on.positions):
        return Message("refusal.goalkeeper-for-goalkeeper")
    return None


def off_candidates(plan: Plan, fixture_id: str, on_id: str) -> list[str]:
    """Starters on_id could replace, best positional fit first."""
    lineup = plan.lineup(fixture_id)
    shape = formation(lineup.formation)
    on = plan.player(on_id)
    fits = {
        pid: position_fit(on.positions, shape.slot(slot).role)
        for slot, pid in lineup.slots.items()
        if pid is not None and sub_refusal(plan, fixture_id, on_id, pid) is None
    }
    return sorted(fits, key=lambda pid: -fits[pid])


def on_candidates(plan: Plan, fixture_id: str, off_id: str) -> list[str]:
    """Bench players who could replace off_id, best positional fit for his slot first."""
    lineup = plan.lineup(fixture_id)
    place = lineup.place_of(off_id)
    if place in (None, BENCH):
        return []
    role = formation(lineup.formation).slot(place).role
    fits = {
        pid: position_fit(plan.player(pid).positions, role)
        for pid in lineup.bench
        if sub_refusal(plan, fixture_id, pid, off_id) is None
    }
    return sorted(fits, key=lambda pid: -fits[pid])


def default_sub_minute(lineup: Lineup, rules: CompetitionRules) -> int:
    """60', unless all windows are used and 60' is not one of them: then the next window."""
    used = sorted({s.minute for s in lineup.substitutions if not s.half_time and not s.added})
    count = substitution_count(lineup, rules)
    if DEFAULT_SUB_MINUTE in used or count.windows < rules.substitution_windows or not used:
        return min(DEFAULT_SUB_MINUTE, rules.match_minutes - 1)
    later = [m for m in used if m > DEFAULT_SUB_MINUTE]
    return later[0] if later else used[-1]


def _role_refusal(plan: Plan, lineup: Lineup, player_id: str, slot: str) -> Message | None:
    role = formation(lineup.formation).slot(slot).role
    player = plan.player(player_id)
    keeper = "GK" in player.positions
    if role == "GK" and not keeper:
        return Message("refusal.not-a-goalkeeper", {"player": player.name})
    if role != "GK" and keeper:
        return Message(
            "refusal.goalkeeper-in-field", {"player": player.name, "slot": position_name(slot)}
        )
    return None
