"""A fixture's lineup: formation, who stands in each slot, the bench and planned substitutions."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.formations import formation

BENCH = "BENCH"
REST = "REST"


@dataclass(frozen=True, order=True)
class Substitution:
    """A planned change: ``on`` replaces ``off`` at ``minute``.

    ``half_time`` marks a change made at the interval: it happens at minute match_length / 2
    and, under most rules, does not use up a substitution opportunity.
    """

    minute: int
    off: str
    on: str
    half_time: bool = False


@dataclass
class Lineup:
    """Formation, slot -> player id (None when empty), bench order and substitutions."""

    formation: str = "4-3-3"
    slots: dict[str, str | None] = field(default_factory=dict)
    bench: list[str] = field(default_factory=list)
    substitutions: list[Substitution] = field(default_factory=list)

    def __post_init__(self) -> None:
        names = formation(self.formation).slot_names
        self.slots = {name: self.slots.get(name) for name in names}

    def starters(self) -> list[str]:
        """Player ids of the XI in formation order (empty slots skipped)."""
        return [pid for pid in self.slots.values() if pid is not None]

    def matchday_squad(self) -> list[str]:
        """XI then bench."""
        return self.starters() + list(self.bench)

    def place_of(self, player_id: str) -> str | None:
        """The slot name, BENCH, or None when the player is not in this matchday squad."""
        for name, pid in self.slots.items():
            if pid == player_id:
                return name
        return BENCH if player_id in self.bench else None

    def copy(self) -> Lineup:
        """An independent copy (for undo snapshots and suggestions)."""
        return Lineup(self.formation, dict(self.slots), list(self.bench), list(self.substitutions))

    def change_formation(self, name: str) -> list[str]:
        """Switch to formation name, keeping players in slots of the same name, then the same
        role, then any free slot in order. Returns who could not be kept (none for 11 slots)."""
        new_names = formation(name).slot_names
        roles = {s.name: s.role for s in formation(name).slots}
        old_roles = {s.name: s.role for s in formation(self.formation).slots}
        placed: dict[str, str | None] = {n: None for n in new_names}
        waiting: list[tuple[str, str]] = []
        for slot_name, pid in self.slots.items():
            if pid is None:
                continue
            if slot_name in placed and placed[slot_name] is None:
                placed[slot_name] = pid
            else:
                waiting.append((old_roles.get(slot_name, ""), pid))
        left: list[tuple[str, str]] = []
        for role, pid in waiting:
            free = [n for n in new_names if placed[n] is None and roles[n] == role]
            if free:
                placed[free[0]] = pid
            else:
                left.append((role, pid))
        leftovers: list[str] = []
        for _, pid in left:
            free = [n for n in new_names if placed[n] is None]
            if free:
                placed[free[0]] = pid
            else:
                leftovers.append(pid)
        self.formation, self.slots = name, placed
        return leftovers
