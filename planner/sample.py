"""The sample week (Inter Miami, April 2025) built from planner/data/sample-miami-2025.json.

Numbers, ratings, statuses and minutes in it are illustrative, not real statistics.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pandas as pd

from planner.fixtures import Fixture, default_rules
from planner.lineup import Lineup, Substitution
from planner.plan import Plan
from planner.players import MinutesTarget, Player
from planner.resources import load_json

SAMPLE_FILE = "sample-miami-2025.json"


def sample_plan() -> Plan:
    """A fresh plan of the sample week: 26 players, ten past matches, two fixtures drafted."""
    data = load_json(SAMPLE_FILE)
    plan = Plan(club=data["club"])
    for p in data["players"]:
        plan.add_player(
            Player(
                id=p["id"],
                name=p["name"],
                number=p["number"],
                positions=tuple(p["positions"]),
                status=p["status"],
                rating=p["rating"],
                birth_date=date.fromisoformat(p["birth_date"]),
            )
        )
    for f in data["fixtures"]:
        lineup = f["lineup"]
        plan.add_fixture(
            Fixture(
                id=f["id"],
                kickoff=datetime.fromisoformat(f["kickoff"]),
                opponent=f["opponent"],
                competition=f["competition"],
                venue=f["venue"],
                importance=f["importance"],
                home=f["home"],
                # this fixture's edits of its competition's rules (a second leg's extra time)
                rules=replace(default_rules(f["competition"]), **f.get("rules", {})),
            ),
            Lineup(
                lineup["formation"],
                dict(lineup["slots"]),
                list(lineup["bench"]),
                [Substitution(**s) for s in lineup["substitutions"]],
            ),
        )
    rows = [
        (m["date"], pid, minutes, m["competition"], m["opponent"])
        for m in data["past_matches"]
        for pid, minutes in m["minutes"].items()
    ]
    plan.set_history(
        pd.DataFrame(rows, columns=["date", "player_id", "minutes", "competition", "opponent"])
    )
    for pid, per_competition in data["yellow_cards"].items():
        for competition, count in per_competition.items():
            plan.set_yellow_cards(pid, competition, count)
    for pid, target in data["targets"].items():
        plan.set_target(pid, MinutesTarget(**target))
    plan.revision = 0
    return plan
