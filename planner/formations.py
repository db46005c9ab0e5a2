"""Formation catalog and how well a player's positions fit a slot (data in resources/)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from planner.resources import load_json


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
