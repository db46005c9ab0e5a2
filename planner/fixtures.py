"""Fixtures of the planned week and the competition rules each one is played under."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from planner.resources import load_json


@dataclass(frozen=True)
class CompetitionRules:
    """Matchday rules; copied into each fixture so staff can edit them per fixture."""

    name: str
    match_minutes: int = 90
    bench_size: int = 9
    substitutes_allowed: int = 5
    substitution_windows: int = 3
    half_time_is_window: bool = False
    yellow_card_threshold: int | None = None
    extra_time: bool = False  # the match may go to extra time (a cup tie's second leg)


def competition_codes() -> list[str]:
    """Codes of the competitions in the rules table (MLS, CCC, FRIENDLY)."""
    return [k for k in load_json("competitions.json") if not k.startswith("_")]


def default_rules(competition: str) -> CompetitionRules:
    """The rules table's defaults for a competition code; friendly rules when unknown."""
    table = load_json("competitions.json")
    entry = table.get(competition) or table["FRIENDLY"]
    known = {k: v for k, v in entry.items() if k in CompetitionRules.__dataclass_fields__}
    return CompetitionRules(**known)


def competition_short_name(competition: str) -> str:
    """The short label of a competition code, as a fixture tab shows it."""
    entry = load_json("competitions.json").get(competition)
    return entry["short"] if entry else competition


@dataclass(frozen=True)
class Fixture:
    """One planned match."""

    id: str
    kickoff: datetime
    opponent: str
    competition: str = "MLS"
    venue: str = ""
    importance: int = 3
    home: bool = True
    rules: CompetitionRules = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if not 1 <= self.importance <= 5:
            raise ValueError(f"importance {self.importance} is not between 1 and 5")
        if self.rules is None:
            object.__setattr__(self, "rules", default_rules(self.competition))

    @property
    def label(self) -> str:
        """Short human label: 'Sun 6 Apr v Toronto FC'."""
        side = "v" if self.home else "at"
        return f"{self.kickoff:%a} {self.kickoff.day} {self.kickoff:%b} {side} {self.opponent}"

    def with_competition(self, competition: str) -> Fixture:
        """This fixture moved to another competition, with that competition's default rules."""
        return replace(self, competition=competition, rules=default_rules(competition))
