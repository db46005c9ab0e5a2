"""How an edit of one fixture's lineup is worded for the undo history and the status bar:
"Sun 6 Apr: Alba starts at LB; Allen's 60' change goes to Alba"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner import Plan, SubstitutionFate, SubstitutionOutcome
from ui.fixture_names import fixture_date


def tr(text: str) -> str:
    return QCoreApplication.translate("EditTexts", text)


def lineup_edit_text(
    plan: Plan, fixture_id: str, what: str, outcomes: tuple[SubstitutionOutcome, ...] = ()
) -> str:
    """what, prefixed with the fixture's date and followed by what became of the planned
    changes the edit touched."""
    parts = [what, *(outcome_text(plan, o) for o in outcomes)]
    return tr("{0}: {1}").format(fixture_date(plan.fixture(fixture_id)), "; ".join(parts))


def outcome_text(plan: Plan, outcome: SubstitutionOutcome) -> str:
    """One planned change an edit kept with another player, or removed."""
    before, after = outcome.before, outcome.after
    if outcome.fate is SubstitutionFate.REMOVED or after is None:
        text = tr("the {0}' change {1}–{2} was removed")
        return text.format(before.minute, _name(plan, before.off), _name(plan, before.on))
    if after.off != before.off and after.on != before.on:
        text = tr("the {0}' change is now {1} on for {2}")
        return text.format(before.minute, _name(plan, after.on), _name(plan, after.off))
    if after.off != before.off:
        text = tr("{0}'s {1}' change goes to {2}")
        return text.format(_name(plan, before.off), before.minute, _name(plan, after.off))
    text = tr("{0} comes on at {1}' instead of {2}")
    return text.format(_name(plan, after.on), before.minute, _name(plan, before.on))


def _name(plan: Plan, player_id: str) -> str:
    player = plan.players.get(player_id)
    return player.surname if player is not None else player_id
