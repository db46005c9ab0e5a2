"""Kickoffs with UTC offsets (an away game in Los Angeles at -07:00, home games at -04:00) load
as the club's local time in the plan's time zone; days are counted in it; a file mixing
kickoffs with and without an offset is refused by the fixture's JSON path."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings

from planner import Fixture, Plan, fatigue_table, load_plan, sample_plan
from planner.planfile import PlanFileError, plan_from_dict, plan_to_dict
from planner.rules import fixture_day
from tests.data import bad_plans
from tests.strategies import plans

EASTERN_DAYLIGHT = timedelta(hours=-4)


def test_a_late_kickoff_in_los_angeles_is_the_next_day_at_home(tmp_path: Path) -> None:
    data = bad_plans.sample_data()
    data["fixtures"][0]["kickoff"] = "2025-04-06T19:00:00-04:00"
    data["fixtures"][1]["kickoff"] = "2025-04-12T22:30:00-07:00"
    plan = load_plan(bad_plans.write(tmp_path, "zones", data))
    # by hand: 22:30 at UTC-7 is 05:30 UTC on the 13th, 01:30 at UTC-4 (New York in April)
    utc = datetime(2025, 4, 12, 22, 30) + timedelta(hours=7)
    home = utc + EASTERN_DAYLIGHT
    assert home == datetime(2025, 4, 13, 1, 30)
    los_angeles = next(f for f in plan.fixtures if f.id == data["fixtures"][1]["id"])
    assert los_angeles.kickoff == home
    assert fixture_day(los_angeles) == date(2025, 4, 13)
    assert plan.fixture(data["fixtures"][0]["id"]).kickoff == datetime(2025, 4, 6, 19, 0)


def test_the_plans_time_zone_decides_the_day(tmp_path: Path) -> None:
    data = bad_plans.sample_data()
    data["timezone"] = "America/Los_Angeles"
    data["fixtures"][0]["kickoff"] = "2025-04-06T19:00:00-04:00"
    data["fixtures"][1]["kickoff"] = "2025-04-12T22:30:00-07:00"
    plan = load_plan(bad_plans.write(tmp_path, "pacific", data))
    assert plan.timezone == "America/Los_Angeles"
    assert sorted(f.kickoff for f in plan.fixtures) == [
        datetime(2025, 4, 6, 16, 0),
        datetime(2025, 4, 12, 22, 30),
    ]


def test_mixed_kickoffs_are_one_error_naming_the_fixture(tmp_path: Path) -> None:
    data = bad_plans.sample_data()
    data["fixtures"][0]["kickoff"] = "2025-04-06T19:00:00-04:00"
    data["fixtures"][1]["kickoff"] = "2025-04-09T20:00:00"
    with pytest.raises(PlanFileError, match=r"fixtures\[1\]\.kickoff: .*no UTC offset") as found:
        load_plan(bad_plans.write(tmp_path, "mixed", data))
    assert "Traceback" not in str(found.value)


def test_an_unknown_time_zone_is_refused_by_name(tmp_path: Path) -> None:
    data = bad_plans.sample_data()
    data["timezone"] = "Mars/Olympus_Mons"
    with pytest.raises(PlanFileError, match=r"timezone: 'Mars/Olympus_Mons' is not a time zone"):
        load_plan(bad_plans.write(tmp_path, "mars", data))


@settings(max_examples=40, deadline=None)
@given(plans(max_players=6, max_fixtures=4))
def test_kickoffs_written_with_offsets_load_as_the_same_club_times(plan: Plan) -> None:
    data = plan_to_dict(plan)
    zone = ZoneInfo(plan.timezone)
    for fixture in data["fixtures"]:  # the same moments, as a fixture list in UTC prints them
        local = datetime.fromisoformat(fixture["kickoff"]).replace(tzinfo=zone)
        fixture["kickoff"] = local.astimezone(UTC).isoformat()
    loaded = plan_from_dict(data)
    assert [f.kickoff for f in loaded.fixtures] == [f.kickoff for f in plan.fixtures]
    assert loaded.timezone == plan.timezone


def test_two_matches_on_one_day_both_count() -> None:
    """A second game on Sunday (11:00 before the 19:00 one): at the next fixture, six days
    later, a player's minutes of the last 7 days hold both games."""
    plan = sample_plan()
    sunday, wednesday = plan.fixtures
    plan.update_fixture(replace(wednesday, kickoff=datetime(2025, 4, 6, 11, 0)))
    plan.add_fixture(Fixture("sat", datetime(2025, 4, 12, 19, 30), "D.C. United", "MLS"))
    table = fatigue_table(plan)
    pid = "oscar-ustari"  # in goal in both
    both = table.loc[(pid, sunday.id), "minutes"] + table.loc[(pid, wednesday.id), "minutes"]
    assert table.loc[(pid, sunday.id), "minutes"] > 0 < table.loc[(pid, wednesday.id), "minutes"]
    assert table.loc[(pid, "sat"), "minutes_last_7d"] == both
