"""Cards and suspensions: who may not play, and whose next yellow card brings a ban."""

from __future__ import annotations

from planner.fixtures import CompetitionRules
from planner.players import Player, Status


def suspended(player: Player) -> bool:
    """He is serving a suspension (staff set it; a red card's ban comes with played matches,
    a later change), so he may neither start nor sit on the bench."""
    return player.status is Status.SUSPENDED


def card_suspension(cards: int, rules: CompetitionRules) -> int | None:
    """The threshold his cautions stand at (a one-match suspension was due when he reached
    it: staff check it is served), or None."""
    return cards if cards in rules.yellow_card_thresholds else None


def one_card_from_suspension(cards: int, rules: CompetitionRules) -> int | None:
    """The threshold one more yellow card reaches (a card in this match suspends him for the
    next one in the competition), or None."""
    return cards + 1 if cards + 1 in rules.yellow_card_thresholds else None
