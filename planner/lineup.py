"""A fixture's lineup: formation, who stands in each slot, the bench and planned substitutions."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.assignment import min_cost_assignment
from planner.formations import formation, move_cost

BENCH = "BENCH"
REST = "REST"


@dataclass(frozen=True, order=True)
class Substitution:
    """A planned change: ``on`` replaces ``off`` at ``minute``.

    ``half_time`` marks a change made at the interval: it happens at minute match_length / 2
    and, under most rules, does not use up a substitution opportunity. ``added`` is stoppage
    time: minute 90, added 3 is "90+3". ``concussion`` marks a concussion substitute, outside
    the count of changes and windows. planner.rules says which changes the rules allow.
    """

    minute: int
    off: str
    on: str
    half_time: bool = False
    added: int = 0
    concussion: bool = False

    @property
    def when(self) -> tuple[int, bool, int]:
        """Order in the match: 45', then 45+2, then half-time, then 46'."""
        return (self.minute, self.half_time, self.added)

    @property
    def clock(self) -> str:
        """The minute as the match clock shows it: "60'", "90+3'"."""
        return f"{self.minute}+{self.added}'" if self.added else f"{self.minute}'"


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

    def change_formation(self, name: str) -> None:
        """Switch to formation name, moving each player to the slot that suits him best: the
        same role on the same side where there is one, then the closest role and side, then
        the nearest place on the pitch (the cheapest assignment under formations.move_cost)."""
        old, new = formation(self.formation), formation(name)
        players = [(old.slot(slot), pid) for slot, pid in self.slots.items() if pid is not None]
        cost = [[move_cost(slot, target) for target in new.slots] for slot, _ in players]
        placed: dict[str, str | None] = dict.fromkeys(new.slot_names)
        for (_, pid), column in zip(players, min_cost_assignment(cost), strict=True):
            placed[new.slots[column].name] = pid
        self.formation, self.slots = name, placed
