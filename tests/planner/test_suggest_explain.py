"""Explanations that are true: compared with the plan as it stands, with numbers that an
independent computation (the fatigue table, the documented objective) confirms."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from planner import Fixture, Lineup, fatigue_table, minutes_matrix, sample_plan
from planner.suggest import SuggestOptions, suggest_with_report
from planner.wording import word

TORONTO, LAFC = "2025-04-06-toronto-fc", "2025-04-09-lafc"
FRESHER = re.compile(
    r"(rested|minutes cut) Sunday \((\d+) -> (\d+) min\): readiness for LAFC (\d+) -> (\d+), "
    r"worth \+([\d.]+) rating points there"
)


@pytest.fixture(scope="module")
def explained():
    plan = sample_plan()
    suggestion = suggest_with_report(plan)
    lines = {pid: word(line, "en") for pid, line in suggestion.explanations.items()}
    return plan, suggestion, lines


def test_fresher_for_the_key_match_is_claimed_only_against_the_drafts_minutes(explained) -> None:
    plan, suggestion, lines = explained
    draft, now = minutes_matrix(plan), minutes_matrix(suggestion.plan)
    ready_then = fatigue_table(plan).xs(LAFC, level="fixture_id")["readiness"]
    ready_now = fatigue_table(suggestion.plan).xs(LAFC, level="fixture_id")["readiness"]
    claims = 0
    for pid, line in lines.items():
        reason = line.split(": ", 1)[1]  # after his week
        found = FRESHER.match(reason)
        if now.at[pid, TORONTO] >= draft.at[pid, TORONTO]:
            assert not reason.startswith(("minutes cut", "rested")), line
            continue
        if found is None:
            continue
        claims += 1
        kind, before, after, r0, r1, points = found.groups()
        assert (int(before), int(after)) == (draft.at[pid, TORONTO], now.at[pid, TORONTO])
        assert kind == ("rested" if int(after) == 0 else "minutes cut")
        assert int(r0) == round(ready_then[pid]) and int(r1) == round(ready_now[pid])
        # documented: a player loses readiness_weight x rating per readiness point
        rating = plan.player(pid).rating
        expected = SuggestOptions().readiness_weight * rating * (ready_now[pid] - ready_then[pid])
        assert float(points) == pytest.approx(expected, abs=0.051)
    assert claims >= 3


def test_each_fixtures_value_adds_up_to_the_objective(explained) -> None:
    _, suggestion, _ = explained
    values = [
        float(re.match(r"value ([\d.-]+) -> ([\d.-]+),", word(h, "en")).group(2))
        for h in suggestion.headlines.values()
    ]
    assert sum(values) == pytest.approx(suggestion.objective, abs=0.1)


def test_two_fixtures_on_one_weekday_are_named_by_date_and_opponent() -> None:
    plan = sample_plan()
    plan.add_fixture(
        Fixture("2025-04-13-orlando", datetime(2025, 4, 13, 19), "Orlando City", "MLS", 3),
        Lineup("4-3-3"),
    )
    lines = [word(line, "en") for line in suggest_with_report(plan).explanations.values()]
    assert not any("Sunday" in line for line in lines)
    assert any("Sun 6 Apr v Toronto FC" in line for line in lines)
    assert any("Sun 13 Apr v Orlando City" in line for line in lines)
    spanish = suggest_with_report(plan).explanations
    assert not any("domingo" in word(line, "es") for line in spanish.values())
