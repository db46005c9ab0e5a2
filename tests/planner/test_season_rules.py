"""Season rules (issue 15): return dates end an injury for fixtures on or after them, cards in
played fixtures suspend a player for the next fixture of that competition (MLS: a red card, or
the 5th, 8th, 11th and 13th caution; docs/rules.md), and every consumer (validate, the pitch's
refusals, the optimiser, the export's reasons) asks planner.rules the same question."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from planner import Fixture, Plan, Status, sample_plan
from planner.played import Card, CardColour, Injury, MatchRecord, Moment, record_from_lineup
from planner.rules import absence, bench_refusal, start_refusal, sub_refusal
from planner.suggest.instance import build_instance
from planner.suggest.options import SuggestOptions
from planner.validate import validate
from planner.wording import word

SUNDAY, WEDNESDAY, SATURDAY = "2025-04-06-toronto-fc", "2025-04-09-lafc", "2025-04-12-dc"
BUSQUETS, FALCON, FRAY = "sergio-busquets", "maximiliano-falcon", "ian-fray"


def season() -> Plan:
    """The sample (MLS Sunday, CCC Wednesday) and the next MLS game, Saturday 12 April."""
    plan = sample_plan()
    plan.add_fixture(
        Fixture(SATURDAY, datetime(2025, 4, 12, 19, 30), "D.C. United", "MLS"),
        plan.lineup(SUNDAY),
    )
    return plan


def sunday_with(plan: Plan, *cards: Card) -> MatchRecord:
    """Sunday as planned, with cards (Busquets comes on from the bench at 60')."""
    planned = record_from_lineup(plan.lineup(SUNDAY), plan.fixture(SUNDAY), 0)
    return replace(planned, cards=cards)


def test_a_red_card_suspends_for_the_next_fixture_of_that_competition_only() -> None:
    plan = season()
    plan.record_played(SUNDAY, sunday_with(plan, Card(Moment(70), FRAY, CardColour.RED)))
    saturday = absence(plan, FRAY, SATURDAY)
    assert saturday is not None and saturday.status is Status.SUSPENDED
    assert saturday.ban is not None and saturday.ban.red and saturday.ban.cause_id == SUNDAY
    assert absence(plan, FRAY, WEDNESDAY) is None  # the Champions Cup is another competition


def test_the_fifth_mls_caution_suspends_for_the_next_mls_fixture() -> None:
    plan = season()  # Busquets has 4 MLS cautions: the 5th is a threshold (5, 8, 11, 13)
    plan.record_played(SUNDAY, sunday_with(plan, Card(Moment(75), BUSQUETS, CardColour.YELLOW)))
    found = absence(plan, BUSQUETS, SATURDAY)
    assert found is not None and found.ban is not None and found.ban.threshold == 5
    assert absence(plan, BUSQUETS, WEDNESDAY) is None
    # Falcon's 4th caution (3 + 1) reaches no threshold
    plan.record_played(SUNDAY, sunday_with(plan, Card(Moment(75), FALCON, CardColour.YELLOW)))
    assert absence(plan, FALCON, SATURDAY) is None
    assert absence(plan, BUSQUETS, SATURDAY) is None  # the record replaced: no 5th caution


def test_one_card_from_a_suspension_counts_the_recorded_cautions() -> None:
    plan = season()  # Falcon: 3 MLS cautions, one on Sunday makes 4, one from the ban at 5
    plan.record_played(SUNDAY, sunday_with(plan, Card(Moment(20), FALCON, CardColour.YELLOW)))
    warned = [
        p for p in validate(plan) if p.code == "one-card-from-suspension" and p.player_id == FALCON
    ]
    assert [(p.fixture_id, p.params["count"], p.params["threshold"]) for p in warned] == [
        (SATURDAY, 4, 5)
    ]


def test_reopening_the_fixture_lifts_the_suspension() -> None:
    plan = season()
    plan.record_played(SUNDAY, sunday_with(plan, Card(Moment(70), FRAY, CardColour.RED)))
    plan.reopen(SUNDAY)
    assert absence(plan, FRAY, SATURDAY) is None
    assert not [p for p in validate(plan) if p.player_id == FRAY and p.severity == "error"]


def test_validate_the_pitch_and_the_optimiser_agree_on_a_ban() -> None:
    plan = season()  # Fray starts at RB on Saturday too (the lineup is Sunday's)
    plan.record_played(SUNDAY, sunday_with(plan, Card(Moment(70), FRAY, CardColour.RED)))
    errors = [p for p in validate(plan) if p.player_id == FRAY and p.severity == "error"]
    assert [(p.fixture_id, p.code) for p in errors] == [(SATURDAY, "banned-selected")]
    assert "red card" in errors[0].message and "Toronto FC" in errors[0].message
    assert "tarjeta roja" in word(errors[0].text, "es")
    refusal = start_refusal(plan, SATURDAY, FRAY, "RB")
    assert refusal is not None and "red card" in word(refusal)
    assert bench_refusal(plan, SATURDAY, FRAY) is not None
    assert start_refusal(plan, WEDNESDAY, FRAY, "RB") is None
    lineup = plan.lineup(SATURDAY)
    plan.bench(SATURDAY, FRAY)
    assert sub_refusal(plan, SATURDAY, FRAY, lineup.slots["LB"] or "") is not None
    inst = build_instance(plan, SuggestOptions())
    candidates = {fx.fixture.id: fx.candidates for fx in inst.fixtures}
    assert FRAY not in candidates[SATURDAY] and FRAY in candidates[WEDNESDAY]


def injured_until(plan: Plan, player_id: str, back: date) -> None:
    plan.update_player(replace(plan.player(player_id), status=Status.INJURED, return_date=back))


@pytest.mark.parametrize(("day", "allowed"), [(16, False), (18, True), (19, True)])
def test_a_return_date_makes_him_available_on_and_after_it(day: int, allowed: bool) -> None:
    plan = sample_plan()
    fixture = Fixture("f", datetime(2025, 4, day, 19, 30), "Orlando City", "MLS")
    plan.add_fixture(fixture)
    injured_until(plan, FALCON, date(2025, 4, 18))
    assert (start_refusal(plan, "f", FALCON, "RCB") is None) is allowed
    assert (bench_refusal(plan, "f", FALCON) is None) is allowed
    assert start_refusal(plan, SUNDAY, FALCON, "RCB") is not None  # 6 April: still injured
    plan.bench("f", FALCON)
    codes = {p.code for p in validate(plan) if p.fixture_id == "f" and p.player_id == FALCON}
    assert ("injured-selected" not in codes) is allowed
    inst = build_instance(plan, SuggestOptions())
    candidates = {fx.fixture.id: fx.candidates for fx in inst.fixtures}
    assert (FALCON in candidates["f"]) is allowed
    assert FALCON not in candidates[SUNDAY]


def test_an_injury_recorded_with_a_return_date_makes_him_injured_until_then() -> None:
    plan = season()
    before = plan.snapshot()
    hurt = Injury(Moment(30), FALCON, date(2025, 4, 10))
    plan.record_played(SUNDAY, replace(sunday_with(plan), injuries=(hurt,)))
    falcon = plan.player(FALCON)
    assert (falcon.status, falcon.return_date) == (Status.INJURED, date(2025, 4, 10))
    assert absence(plan, FALCON, WEDNESDAY) is not None  # 9 April, before his return
    assert absence(plan, FALCON, SATURDAY) is None
    plan.restore(before)  # what undo does
    assert plan.player(FALCON).status is Status.AVAILABLE
    assert plan.player(FALCON).return_date is None
    plan.record_played(SUNDAY, replace(sunday_with(plan), injuries=(hurt,)))
    plan.reopen(SUNDAY)
    assert (plan.player(FALCON).status, plan.player(FALCON).return_date) == (
        Status.AVAILABLE,
        None,
    )


def test_an_injury_without_a_return_date_leaves_his_status() -> None:
    plan = season()
    plan.record_played(SUNDAY, replace(sunday_with(plan), injuries=(Injury(Moment(30), FALCON),)))
    assert plan.player(FALCON).status is Status.AVAILABLE


def test_the_export_reason_follows_the_fixture() -> None:
    from planner.rules import status_for

    plan = season()
    plan.record_played(SUNDAY, sunday_with(plan, Card(Moment(70), FRAY, CardColour.RED)))
    plan.unassign(SATURDAY, FRAY)
    assert status_for(plan, FRAY, SATURDAY) is Status.SUSPENDED
    assert status_for(plan, FRAY, WEDNESDAY) is Status.AVAILABLE
    injured_until(plan, FALCON, date(2025, 4, 12))
    assert status_for(plan, FALCON, WEDNESDAY) is Status.INJURED
    assert status_for(plan, FALCON, SATURDAY) is Status.AVAILABLE
