"""What typing a number into the minutes table means for the lineup.

- A starter at m < match length goes off at m (his planned exit moves there, or the first bench
  player not yet used whose positions fit his slot comes on); at the full length he plays it all
  (his exit is removed); at 0 he leaves the XI for the bench.
- A bench player at m > 0 comes on for the last m minutes (his planned entry moves, or he
  replaces the starter who fits his slot best and is not yet going off); at 0 his entry is removed.
- A player outside the matchday squad cannot be given minutes here: pick him first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner import BENCH, Plan, PlanError
from planner.formations import formation, out_of_position, position_fit
from planner.lineup import Substitution
from planner.rules import sub_refusal
from ui.commands import LineupEdit


def tr(text: str) -> str:
    return QCoreApplication.translate("MinutesEdit", text)


def edit_help() -> str:
    """The tooltip of an editable minutes cell: what typing a number does."""
    return tr(
        "Type minutes for a player of this fixture's matchday squad: a starter goes off at that "
        "minute (0 = not in the XI), a bench player comes on for that many minutes. "
        "Pick a player on the pitch or bench before giving him minutes."
    )


class SetPlannedMinutes(LineupEdit):
    """Plan a player's minutes in one fixture by moving his exit or entry (see module doc)."""

    def __init__(self, plan: Plan, fixture_id: str, player_id: str, minutes: int) -> None:
        self.player_id = player_id
        self.change = planned_change(plan, fixture_id, player_id, minutes)
        name = plan.player(player_id).name
        super().__init__(plan, fixture_id, tr("{0}: {1} min").format(name, minutes))

    def apply(self, plan: Plan) -> None:
        remove, add, bench = self.change
        if remove is not None:
            plan.remove_substitution(self.fixture_id, remove)
        if bench:
            plan.bench(self.fixture_id, self.player_id)
        if add is not None:
            plan.substitute(self.fixture_id, add.minute, add.off, add.on)


Change = tuple[Substitution | None, Substitution | None, bool]
"""(substitution to remove, substitution to add, move the player to the bench)."""


def planned_change(plan: Plan, fixture_id: str, player_id: str, minutes: int) -> Change:
    """The edit that gives player_id about `minutes` minutes; PlanError saying why if none."""
    fixture, lineup = plan.fixture(fixture_id), plan.lineup(fixture_id)
    length = fixture.rules.match_minutes
    scale = (length + 2 * plan.params.added_time_per_half) / length
    minute = max(0, min(length, round(minutes / scale)))
    name = plan.player(player_id).name
    place = lineup.place_of(player_id)
    if place is None:
        raise PlanError(tr("{0} is not in this matchday squad: pick him first.").format(name))
    if place == BENCH:
        return _bench_change(plan, fixture_id, player_id, minute, length)
    exit_ = next((s for s in lineup.substitutions if s.off == player_id), None)
    if minute == 0:
        return exit_, None, True
    if minute >= length:
        return exit_, None, False
    if exit_ is not None:
        return exit_, Substitution(minute, player_id, exit_.on), False
    role = formation(lineup.formation).slot(place).role
    unused = [pid for pid in lineup.bench if sub_refusal(plan, fixture_id, pid, player_id) is None]
    fits = [p for p in unused if not out_of_position(plan.player(p).positions, role)]
    fits = fits or [p for p in unused if position_fit(plan.player(p).positions, role) > 0]
    if not fits:
        raise PlanError(tr("Nobody left on the bench can play {0} for {1}.").format(place, name))
    return None, Substitution(minute, player_id, fits[0]), False


def _bench_change(plan: Plan, fixture_id: str, player_id: str, minute: int, length: int) -> Change:
    lineup = plan.lineup(fixture_id)
    entry = next((s for s in lineup.substitutions if s.on == player_id), None)
    if minute == 0:
        return entry, None, False
    on_at = max(1, length - minute)
    if entry is not None:
        return entry, Substitution(on_at, entry.off, player_id), False
    positions = plan.player(player_id).positions
    roles = {s.name: s.role for s in formation(lineup.formation).slots}
    candidates = [
        (position_fit(positions, roles[slot]), slot, pid)
        for slot, pid in lineup.slots.items()
        if pid is not None and sub_refusal(plan, fixture_id, player_id, pid) is None
    ]
    candidates = [c for c in candidates if c[0] > 0]
    if not candidates:
        name = plan.player(player_id).name
        raise PlanError(tr("There is no starter {0} can replace.").format(name))
    best = max(candidates, key=lambda c: c[0])
    return None, Substitution(on_at, best[2], player_id), False
