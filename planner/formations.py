"""Formation catalog and how well a player's positions fit a slot (data in planner/data/)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from planner.resources import load_json

WING = 0.25
"""How much of the pitch's width, from each touchline, counts as a wing."""


@dataclass(frozen=True)
class Slot:
    """A place in a formation: its name (RCB), the position it asks for (CB) and where it stands.

    x runs from the left touchline (0) to the right (1); y from the own goal line (0) to the
    opponent's (1).
    """

    name: str
    role: str
    x: float
    y: float

    @property
    def side(self) -> int:
        """-1 on the left wing, 1 on the right, 0 inside: the outer quarter of the width is
        a wing (a full-back or winger), the rest is the middle (centre-backs, central
        midfielders and strikers, even when they stand a little left or right)."""
        return -1 if self.x < WING else 1 if self.x > 1 - WING else 0


@dataclass(frozen=True)
class Formation:
    """A named shape of eleven slots, goalkeeper first."""

    name: str
    slots: tuple[Slot, ...]

    @property
    def slot_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.slots)

    def slot(self, name: str) -> Slot:
        """The slot called name; KeyError if the formation has none."""
        for s in self.slots:
            if s.name == name:
                return s
        raise KeyError(f"formation {self.name} has no slot {name!r}")


@cache
def formations() -> dict[str, Formation]:
    """Every formation in the catalog, by name, in catalog order."""
    data = load_json("formations.json")["formations"]
    return {
        name: Formation(name, tuple(Slot(s["slot"], s["role"], s["x"], s["y"]) for s in slots))
        for name, slots in data.items()
    }


def formation(name: str) -> Formation:
    """The formation called name; KeyError naming the catalog if unknown."""
    try:
        return formations()[name]
    except KeyError:
        raise KeyError(f"unknown formation {name!r}; known: {', '.join(formations())}") from None


def position_fit(positions: tuple[str, ...], role: str) -> float:
    """How well a player listed at positions fits a slot asking for role: 1.0 natural, 0 never.

    A goalkeeper fits only in goal and only a goalkeeper fits there; otherwise a listed position
    outside the fit table scores 0.6 (a field player can play anywhere, badly).
    """
    if not positions:
        return 0.6 if role != "GK" else 0.0
    if (role == "GK") != ("GK" in positions):
        return 0.0
    table = load_json("positions.json")["fit"].get(role, {})
    return max(table.get(p, 0.6) for p in positions)


def out_of_position(positions: tuple[str, ...], role: str) -> bool:
    """True when the fit is below the catalog's out-of-position line."""
    return position_fit(positions, role) < load_json("positions.json")["out_of_position_below"]


# Weights of a move when the formation changes: keeping a player's exact role and side comes
# first, then how well the old role fits the new one and how far he moves across (in steps:
# wing -> middle is one, wing -> other wing two), then the distance he walks on the pitch.
# Each tier outweighs the most the lower tiers can add up to over eleven players.
_NOT_EXACT = 100_000.0
_PER_UNIT = 100.0  # role units: (1 - fit) x 20; side units: 10 per step
_SIDE_UNITS = 10


def move_cost(old: Slot, new: Slot) -> float:
    """How bad it is for the player at old to stand at new after a formation change."""
    exact = old.role == new.role and old.side == new.side
    role_units = round((1 - position_fit((old.role,), new.role)) * 20)
    side_units = _SIDE_UNITS * abs(old.side - new.side)
    distance = ((old.x - new.x) ** 2 + (old.y - new.y) ** 2) ** 0.5
    return (0.0 if exact else _NOT_EXACT) + _PER_UNIT * (role_units + side_units) + distance
