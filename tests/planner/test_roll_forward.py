"""Rolling the season forward (planner/roll_forward.py): the next week proposed from the last
one, new fixture ids, and a lineup copied from an earlier fixture with the players who cannot
be named for the new one left out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from planner import Fixture, Lineup, Status, sample_plan
from planner.played import Card, CardColour, Injury, Moment, record_from_lineup
from planner.roll_forward import archived, copied_lineup, fixture_id, next_week

SUNDAY, WEDNESDAY = "2025-04-06-toronto-fc", "2025-04-09-lafc"
FRAY, FALCON = "ian-fray", "maximiliano-falcon"


def test_next_week_is_the_last_week_seven_days_later() -> None:
    plan = sample_plan()  # Sun 6 Apr 19:00 MLS, Wed 9 Apr 20:00 CCC
    proposed = next_week(plan)
    assert [(f.kickoff, f.competition, f.home, f.opponent) for f in proposed] == [
        (datetime(2025, 4, 13, 19, 0), "MLS", True, ""),
        (datetime(2025, 4, 16, 20, 0), "CCC", True, ""),
    ]
    assert len({f.id for f in proposed} | {f.id for f in plan.fixtures}) == 4
    plan.add_fixture(Fixture("later", datetime(2025, 4, 20, 18, 0), "Orlando City", home=False))
    # the last week is now 14-20 April: only the Sunday game
    assert [(f.kickoff, f.home) for f in next_week(plan)] == [(datetime(2025, 4, 27, 18, 0), False)]
    plan.fixtures.clear()
    assert next_week(plan) == []


@given(st.lists(st.sampled_from(["2025-04-13-lafc", "2025-04-13-lafc-2", "x"]), max_size=5))
def test_a_new_fixture_id_is_never_taken(taken: list[str]) -> None:
    new = fixture_id(datetime(2025, 4, 13, 19), "LAFC", taken)
    assert new not in taken and new.startswith("2025-04-13-lafc")


def test_a_played_fixtures_copy_is_its_record_xi_and_bench_without_the_unavailable() -> None:
    plan = sample_plan()
    plan.add_fixture(Fixture("next", datetime(2025, 4, 12, 19, 30), "D.C. United", "MLS"))
    planned = record_from_lineup(plan.lineup(SUNDAY), plan.fixture(SUNDAY), 0)
    xi = dict(planned.xi)
    xi["LB"], bench = "jordi-alba", [p for p in planned.bench if p != "jordi-alba"]
    assert planned.xi["LB"] != "jordi-alba"  # what happened differs from the plan
    record = replace(
        planned,
        xi=xi,
        bench=(*bench, planned.xi["LB"]),
        substitutions=(),
        cards=(Card(Moment(70), FRAY, CardColour.RED),),
        injuries=(Injury(Moment(20), FALCON, date(2025, 4, 20)),),
    )
    plan.record_played(SUNDAY, record)
    copied = copied_lineup(plan, SUNDAY, "next")
    assert set(copied.left_out) == {FRAY, FALCON}  # banned (red card), injured until 20 April
    expected = {slot: (None if pid in (FRAY, FALCON) else pid) for slot, pid in xi.items()}
    assert copied.lineup.slots == expected
    assert copied.lineup.formation == record.formation
    assert copied.lineup.bench == [p for p in record.bench if p not in (FRAY, FALCON)]
    assert copied.lineup.substitutions == []
    assert plan.lineup("next") == Lineup()  # only read


def test_a_planned_fixtures_copy_keeps_the_changes_that_can_still_happen() -> None:
    plan = sample_plan()
    plan.add_fixture(Fixture("next", datetime(2025, 4, 12, 19, 30), "D.C. United", "MLS"))
    source = plan.lineup(SUNDAY)
    off = source.substitutions[0].off
    plan.update_player(replace(plan.player(off), status=Status.INJURED))
    copied = copied_lineup(plan, SUNDAY, "next")
    assert copied.left_out == (off,)
    assert off not in copied.lineup.matchday_squad()
    kept = [s for s in source.substitutions if off not in (s.on, s.off)]
    assert copied.lineup.substitutions == kept


def _three_weeks() -> tuple:
    """The sample week, then two more a week apart (Sun 13, Wed 16, Sun 20 April)."""
    plan = sample_plan()
    for day, opponent in ((13, "Orlando City"), (16, "LAFC"), (20, "Columbus Crew")):
        plan.add_fixture(Fixture(f"2025-04-{day}", datetime(2025, 4, day, 19), opponent))
    return plan


def test_played_fixtures_of_past_weeks_are_put_away_and_the_latest_week_stays() -> None:
    plan = _three_weeks()
    assert archived(plan) == set()  # nothing played yet
    for fid in (SUNDAY, WEDNESDAY, "2025-04-13"):
        plan.record_played(fid, record_from_lineup(plan.lineup(fid), plan.fixture(fid), 0))
    # the next to play is Wed 16 April: Sun 6 (10 days before) and Wed 9 (7 days before) are
    # past weeks; Sun 13 (3 days before) is this week's
    assert archived(plan) == {SUNDAY, WEDNESDAY}
    plan.reopen("2025-04-13")  # now Sun 13 is next: only Sun 6 is a week before it
    assert archived(plan) == {SUNDAY}
