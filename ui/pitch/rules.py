"""Which lineup moves the pitch, bench and timeline allow, and why not when they refuse.

Refusals are sentences for the status bar; None means the move is allowed. Softer problems
(over the bench size, too many changes) are allowed here and reported by validate().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner import BENCH, Plan
from planner.fixtures import CompetitionRules
from planner.formations import formation, position_fit
from planner.lineup import Lineup
from ui.pitch.facts import status_text
from ui.wording import position_text

DEFAULT_SUB_MINUTE = 60


def tr(text: str) -> str:
    return QCoreApplication.translate("LineupRules", text)


def start_refusal(plan: Plan, fixture_id: str, player_id: str, slot: str) -> str | None:
    """Why player_id may not be put in slot (counting whoever he displaces), or None."""
    player = plan.player(player_id)
    lineup = plan.lineup(fixture_id)
    if not player.status.selectable:
        return tr("{0} is {1}: he cannot start.").format(player.name, status_text(player.status))
    reason = _role_refusal(plan, lineup, player_id, slot)
    if reason:
        return reason
    previous, displaced = lineup.place_of(player_id), lineup.slots.get(slot)
    if displaced and previous not in (None, BENCH, slot):
        return _role_refusal(plan, lineup, displaced, previous)
    return None


def bench_refusal(plan: Plan, fixture_id: str, player_id: str) -> str | None:
    """Why player_id may not sit on the bench, or None."""
    player = plan.player(player_id)
    if not player.status.selectable:
        return tr("{0} is {1}: he cannot be on the bench.").format(
            player.name, status_text(player.status)
        )
    return None


def sub_refusal(plan: Plan, fixture_id: str, on_id: str, off_id: str) -> str | None:
    """Why on_id may not be planned to replace off_id, or None."""
    lineup = plan.lineup(fixture_id)
    on, off = plan.player(on_id), plan.player(off_id)
    if on_id not in lineup.bench:
        return tr("Only a bench player can come on; put {0} on the bench first.").format(on.name)
    if not on.status.selectable:
        return tr("{0} is {1}: he cannot come on.").format(on.name, status_text(on.status))
    if any(s.on == on_id for s in lineup.substitutions):
        return tr("{0} already comes on in another change.").format(on.name)
    if off_id not in lineup.starters():
        return tr("{0} does not start, so he cannot go off.").format(off.name)
    if any(s.off == off_id for s in lineup.substitutions):
        return tr("{0} already goes off in another change.").format(off.name)
    role = formation(lineup.formation).slot(lineup.place_of(off_id)).role
    if (role == "GK") != ("GK" in on.positions):
        return tr("Only a goalkeeper can replace a goalkeeper.")
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


def substitution_counts(lineup: Lineup, rules: CompetitionRules) -> tuple[int, int]:
    """(changes planned, windows used): changes at one minute share a window; a half-time
    change uses one only where the rules say so."""
    minutes = {s.minute for s in lineup.substitutions if not s.half_time}
    windows = len(minutes)
    if rules.half_time_is_window and any(s.half_time for s in lineup.substitutions):
        windows += 1
    return len(lineup.substitutions), windows


def default_sub_minute(lineup: Lineup, rules: CompetitionRules) -> int:
    """60', unless all windows are used and 60' is not one of them: then the next window."""
    used = sorted({s.minute for s in lineup.substitutions if not s.half_time})
    _, windows = substitution_counts(lineup, rules)
    if DEFAULT_SUB_MINUTE in used or windows < rules.substitution_windows or not used:
        return min(DEFAULT_SUB_MINUTE, rules.match_minutes - 1)
    later = [m for m in used if m > DEFAULT_SUB_MINUTE]
    return later[0] if later else used[-1]


def _role_refusal(plan: Plan, lineup: Lineup, player_id: str, slot: str) -> str | None:
    role = formation(lineup.formation).slot(slot).role
    player = plan.player(player_id)
    keeper = "GK" in player.positions
    if role == "GK" and not keeper:
        return tr("{0} is not a goalkeeper: only a goalkeeper plays in goal.").format(player.name)
    if role != "GK" and keeper:
        return tr("{0} is a goalkeeper: he cannot play at {1}.").format(
            player.name, position_text(slot)
        )
    return None
