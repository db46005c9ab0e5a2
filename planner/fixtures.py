"""Fixtures of the planned week and the competition rules each one is played under."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from planner.resources import load_json


@dataclass(frozen=True)
class CompetitionRules:
    """Matchday rules; copied into each fixture so staff can edit them per fixture.

    ``planner.rules`` answers every question asked of them (docs/rules.md has the sources).
    yellow_card_thresholds: the season's caution counts that bring a one-match suspension
    (MLS: 5, 8, 11, 13). concussion_substitutes: extra changes for a suspected concussion,
    outside the substitutions and windows. extra_time: the tie can go to extra time (a cup
    second leg): extra_time_minutes more, with extra_time_substitutes and extra_time_windows
    more. stoppage_minutes: the most added time a change may be planned in ("90+3")."""

    name: str
    match_minutes: int = 90
    bench_size: int = 9
    substitutes_allowed: int = 5
    substitution_windows: int = 3
    half_time_is_window: bool = False
    yellow_card_thresholds: tuple[int, ...] = ()
    concussion_substitutes: int = 0
    extra_time: bool = False
    extra_time_minutes: int = 30
    extra_time_substitutes: int = 1
    extra_time_windows: int = 1
    stoppage_minutes: int = 15

    def __post_init__(self) -> None:
        thresholds = tuple(self.yellow_card_thresholds)
        if any(t < 1 for t in thresholds) or list(thresholds) != sorted(set(thresholds)):
            raise ValueError(f"card thresholds {list(thresholds)} are not rising whole numbers")
        object.__setattr__(self, "yellow_card_thresholds", thresholds)


def rules_from_dict(data: Mapping[str, Any]) -> CompetitionRules:
    """Rules from a rules-table entry or a plan file's fixture rules; unknown keys are skipped
    and an older file's single ``yellow_card_threshold`` becomes a one-item list."""
    known = {k: v for k, v in data.items() if k in CompetitionRules.__dataclass_fields__}
    old = data.get("yellow_card_threshold")
    if "yellow_card_thresholds" not in known and old is not None:
        known["yellow_card_thresholds"] = (old,)
    return CompetitionRules(**known)


def competition_codes() -> list[str]:
    """Codes of the competitions in the rules table (MLS, CCC, FRIENDLY)."""
    return [k for k in load_json("competitions.json") if not k.startswith("_")]


def default_rules(competition: str) -> CompetitionRules:
    """The rules table's defaults for a competition code; friendly rules when unknown."""
    table = load_json("competitions.json")
    return rules_from_dict(table.get(competition) or table["FRIENDLY"])


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
