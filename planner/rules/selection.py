"""Who may start in a slot, sit on the bench or come on for whom: a refusal ``Message`` when
the rules say no, None when they allow it. Softer problems (a bench over its size, too many
changes) are allowed here and reported by validate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.fixtures import CompetitionRules
from planner.formations import formation, position_fit
from planner.lineup import BENCH, Lineup
from planner.rules.changes import substitution_count
from planner.wording import Message
from planner.wording.common import status_name
from planner.wording.positions import position_name

if TYPE_CHECKING:
    from planner.plan import Plan  # plan.py imports played.py, which asks planner.rules

DEFAULT_SUB_MINUTE = 60


def start_refusal(plan: Plan, fixture_id: str, player_id: str, slot: str) -> Message | None:
    """Why player_id may not be put in slot (counting whoever he displaces), or None."""
    player = plan.player(player_id)
    lineup = plan.lineup(fixture_id)
    if not player.status.selectable:
        params = {"player": player.name, "status": status_name(player.status)}
        return Message("refusal.cannot-start", params)
    reason = _role_refusal(plan, lineup, player_id, slot)
    if reason:
        return reason
    previous, displaced = lineup.place_of(player_id), lineup.slots.get(slot)
    if displaced and previous not in (None, BENCH, slot):
        return _role_refusal(plan, lineup, displaced, previous)
    return None


def bench_refusal(plan: Plan, fixture_id: str, player_id: str) -> Message | None:
    """Why player_id may not sit on the bench (suspended players may not either), or None."""
    player = plan.player(player_id)
    if not player.status.selectable:
        params = {"player": player.name, "status": status_name(player.status)}
        return Message("refusal.cannot-sit-on-bench", params)
    return None


def sub_refusal(plan: Plan, fixture_id: str, on_id: str, off_id: str) -> Message | None:
    """Why on_id may not be planned to replace off_id, or None."""
    lineup = plan.lineup(fixture_id)
    on, off = plan.player(on_id), plan.player(off_id)
    if on_id not in lineup.bench:
        return Message("refusal.not-on-bench", {"player": on.name})
    if not on.status.selectable:
        return Message(
            "refusal.cannot-come-on", {"player": on.name, "status": status_name(on.status)}
        )
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
