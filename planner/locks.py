"""Locks: what the staff fix for the optimiser, per fixture and player (docs/rotation-optimiser.md).

A lock says a player starts (in a given slot, or anywhere), stays out of the matchday squad
(rest), or sits on the bench and may come on but does not start.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from planner.lineup import BENCH, REST


class LockKind(Enum):
    """What a lock keeps: the value is its name in plan files and on the command line."""

    START = "start"
    BENCH = "bench"
    REST = "rest"


@dataclass(frozen=True)
class Lock:
    """A lock on one player for one fixture; slot only for START (None: any slot)."""

    kind: LockKind
    slot: str | None = None

    def __post_init__(self) -> None:
        if self.slot is not None and self.kind is not LockKind.START:
            raise ValueError(f"a {self.kind.value} lock has no slot")

    @classmethod
    def from_place(cls, place: str) -> Lock:
        """The lock an old plan file's pin meant: a slot name, BENCH or REST."""
        if place == BENCH:
            return cls(LockKind.BENCH)
        if place == REST:
            return cls(LockKind.REST)
        return cls(LockKind.START, place)

    def to_dict(self) -> dict[str, str]:
        """The lock as plan-file data."""
        return {"kind": self.kind.value} | ({"slot": self.slot} if self.slot else {})

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Lock:
        """A lock from plan-file data (checked by planner.planschema first)."""
        return cls(LockKind(data["kind"]), data.get("slot"))


START = Lock(LockKind.START)
BENCH_ONLY = Lock(LockKind.BENCH)
KEEP_OUT = Lock(LockKind.REST)
