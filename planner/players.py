"""Players of the squad and the position codes they are listed at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from planner.resources import load_json

POSITION_CODES: tuple[str, ...] = tuple(load_json("positions.json")["codes"])


class Status(StrEnum):
    """Availability of a player, as the medical and coaching staff set it."""

    AVAILABLE = "available"
    DOUBTFUL = "doubtful"
    INJURED = "injured"
    SUSPENDED = "suspended"
    UNAVAILABLE = "unavailable"

    @property
    def selectable(self) -> bool:
        """Whether the player may be named in a matchday squad at all."""
        return self in (Status.AVAILABLE, Status.DOUBTFUL)


@dataclass(frozen=True)
class Player:
    """One squad member. ``positions[0]`` is his main position. return_date (AMS style): an
    injured or unavailable player counts as available for fixtures on or after it
    (planner.rules.availability)."""

    id: str
    name: str
    number: int | None = None
    positions: tuple[str, ...] = ()
    status: Status = Status.AVAILABLE
    rating: int = 50
    birth_date: date | None = None
    notes: str = ""
    return_date: date | None = None  # injured/unavailable: the day he is expected back

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("a player needs an id")
        unknown = [p for p in self.positions if p not in POSITION_CODES]
        if unknown:
            raise ValueError(f"unknown position code(s) {unknown} for {self.name!r}")
        if not 0 <= self.rating <= 100:
            raise ValueError(f"rating {self.rating} for {self.name!r} is not between 0 and 100")
        object.__setattr__(self, "status", Status(self.status))
        object.__setattr__(self, "positions", tuple(self.positions))

    @property
    def main_position(self) -> str | None:
        """The first listed position, or None when none is listed."""
        return self.positions[0] if self.positions else None

    @property
    def surname(self) -> str:
        """The name as a card shows it: everything after the first given name."""
        parts = self.name.split(maxsplit=1)
        return parts[1] if len(parts) == 2 else self.name


@dataclass(frozen=True)
class MinutesTarget:
    """Staff's minutes bounds for one player across the planned fixtures (None = no bound)."""

    minimum: int | None = None
    maximum: int | None = None

    def __post_init__(self) -> None:
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError("minimum minutes above maximum")


def player_id_from_name(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A stable, readable id for a new player ("Lionel Messi" -> "lionel-messi")."""
    from planner.text import slug

    base = slug(name) or "player"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
