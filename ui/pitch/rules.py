"""The rules' refusals (planner.rules) worded in the app's language for the status bar and
the menus' tooltips; None means the move is allowed."""

from __future__ import annotations

from planner import Plan, rules
from ui.wording import worded


def start_refusal(plan: Plan, fixture_id: str, player_id: str, slot: str) -> str | None:
    """Why player_id may not be put in slot (counting whoever he displaces), or None."""
    refusal = rules.start_refusal(plan, fixture_id, player_id, slot)
    return worded(refusal) if refusal else None


def bench_refusal(plan: Plan, fixture_id: str, player_id: str) -> str | None:
    """Why player_id may not sit on the bench, or None."""
    refusal = rules.bench_refusal(plan, fixture_id, player_id)
    return worded(refusal) if refusal else None


def sub_refusal(plan: Plan, fixture_id: str, on_id: str, off_id: str) -> str | None:
    """Why on_id may not be planned to replace off_id, or None."""
    refusal = rules.sub_refusal(plan, fixture_id, on_id, off_id)
    return worded(refusal) if refusal else None
