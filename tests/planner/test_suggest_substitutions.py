"""Substitutions staff would plan: legs tire within a match (the last third costs a tired
player more), so the decisive match brings fresher legs on, within the rules' changes and
windows."""

from __future__ import annotations

from planner import fatigue_table, sample_plan
from planner.formations import formation
from planner.rules.changes import overruns
from planner.suggest import SuggestOptions, suggest_with_report
from planner.validate import validate

LAFC = "2025-04-09-lafc"


def test_the_second_leg_brings_on_fresher_legs_of_the_same_position() -> None:
    for minutes in ((60,), (60, 75)):
        plan = suggest_with_report(sample_plan(), SuggestOptions(sub_minutes=minutes)).plan
        lineup = plan.lineup(LAFC)
        readiness = fatigue_table(plan).xs(LAFC, level="fixture_id")["readiness"]
        roles = {s.name: s.role for s in formation(lineup.formation).slots}
        slot_of = {pid: slot for slot, pid in lineup.slots.items() if pid}
        fresher = [
            sub
            for sub in lineup.substitutions
            if roles[slot_of[sub.off]] in plan.player(sub.on).positions
            and readiness[sub.on] > readiness[sub.off]
        ]
        assert fresher, lineup.substitutions
        fixture = plan.fixture(LAFC)
        assert list(overruns(lineup.substitutions, fixture.rules)) == []
        assert {s.minute for s in lineup.substitutions} <= set(minutes)
        assert [p.message for p in validate(plan) if p.severity == "error"] == []
