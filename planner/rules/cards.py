"""Cards and suspensions: who may not play, and whose next yellow card brings a ban.

Bans that follow from played fixtures are derived, never stored: a red card, or a yellow card
that brings a player's count in a competition to one of its thresholds, suspends him for the
next fixture of that competition (MLS competition guidelines, docs/rules.md). His count is the
season's count staff keep (``plan.yellow_cards``, cards before the recorded matches) plus the
yellow cards of the competition's played fixtures, in kickoff order. Reopening a fixture drops
its record, and with it the bans it gave.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from planner.fixtures import CompetitionRules
from planner.players import Player, Status

if TYPE_CHECKING:
    from planner.fixtures import Fixture
    from planner.plan import Plan


@dataclass(frozen=True)
class Ban:
    """A one-match suspension from cards in a played fixture (cause_id): a red card, or the
    yellow card that brought his count to threshold."""

    player_id: str
    cause_id: str
    red: bool
    threshold: int | None = None


def suspended(player: Player) -> bool:
    """Staff set him suspended, so he may neither start nor sit on the bench (a ban from the
    cards of played fixtures is ``card_ban``)."""
    return player.status is Status.SUSPENDED


def card_suspension(cards: int, rules: CompetitionRules) -> int | None:
    """The threshold his cautions stand at (a one-match suspension was due when he reached
    it: staff check it is served), or None."""
    return cards if cards in rules.yellow_card_thresholds else None


def one_card_from_suspension(cards: int, rules: CompetitionRules) -> int | None:
    """The threshold one more yellow card reaches (a card in this match suspends him for the
    next one in the competition), or None."""
    return cards + 1 if cards + 1 in rules.yellow_card_thresholds else None


def card_ban(plan: Plan, player_id: str, fixture_id: str) -> Ban | None:
    """The ban that rules player_id out of fixture_id, or None."""
    return _bans(plan).get((player_id, fixture_id))


def recorded_yellows(plan: Plan, player_id: str, fixture: Fixture) -> int:
    """Yellow cards player_id was shown in played fixtures of fixture's competition that
    kicked off before it."""
    return sum(
        _yellows(plan, earlier.id, player_id)
        for earlier in plan.fixtures
        if earlier.competition == fixture.competition and earlier.kickoff < fixture.kickoff
    )


# planner.played's CardColour values (played.py imports planner.rules: no import back)
RED, YELLOW = "red", "yellow"

_cache: WeakKeyDictionary[Plan, tuple[int, dict[tuple[str, str], Ban]]] = WeakKeyDictionary()


def _bans(plan: Plan) -> dict[tuple[str, str], Ban]:
    """(player, fixture he misses) -> Ban, worked out once per plan revision."""
    kept = _cache.get(plan)
    if kept is None or kept[0] != plan.revision:
        kept = _cache[plan] = (plan.revision, _work_out_bans(plan))
    return kept[1]


def _work_out_bans(plan: Plan) -> dict[tuple[str, str], Ban]:
    bans: dict[tuple[str, str], Ban] = {}
    counts: dict[tuple[str, str], int] = {}
    fixtures = sorted(plan.fixtures, key=lambda f: f.kickoff)
    for index, fixture in enumerate(fixtures):
        record = plan.records.get(fixture.id)
        if record is None:
            continue
        following = (f for f in fixtures[index + 1 :] if f.competition == fixture.competition)
        next_one = next(following, None)
        thresholds = fixture.rules.yellow_card_thresholds
        for card in sorted(record.cards):
            pid, competition = card.player_id, fixture.competition
            if card.colour == RED:
                ban = Ban(pid, fixture.id, red=True)
            else:
                key = (pid, competition)
                if key not in counts:
                    counts[key] = plan.yellow_cards.get(pid, {}).get(competition, 0)
                counts[key] += 1
                if counts[key] not in thresholds:
                    continue
                ban = Ban(pid, fixture.id, red=False, threshold=counts[key])
            if next_one is not None:
                bans.setdefault((pid, next_one.id), ban)
    return bans


def _yellows(plan: Plan, fixture_id: str, player_id: str) -> int:
    record = plan.records.get(fixture_id)
    if record is None:
        return 0
    return sum(1 for c in record.cards if c.player_id == player_id and c.colour == YELLOW)
