"""planner.rules and validate, one test per rule, each citing its source (docs/rules.md).
Expected values are worked out by hand in each test from the rule as written."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from planner import Fixture, Lineup, Plan, PlanError, Substitution, load_plan
from planner.fixtures import default_rules
from planner.minutes import lineup_minutes
from planner.rules import (
    card_suspension,
    limits,
    minute_refusal,
    one_card_from_suspension,
    substitution_count,
)
from planner.validate import validate
from planner.wording import word

TORONTO, LAFC = "2025-04-06-toronto-fc", "2025-04-09-lafc"
DATA = Path(__file__).parents[1] / "data"


def codes(plan: Plan, fixture_id: str) -> list[str]:
    return [p.code for p in validate(plan) if p.fixture_id == fixture_id]


def with_subs(plan: Plan, fixture_id: str, *subs: Substitution, **rules: object) -> Plan:
    fixture = plan.fixture(fixture_id)
    if rules:
        plan.update_fixture(replace(fixture, rules=replace(fixture.rules, **rules)))
    lineup = plan.lineup(fixture_id).copy()
    lineup.substitutions = sorted([*lineup.substitutions, *subs])
    plan.set_lineup(fixture_id, lineup)
    return plan


# -- MLS yellow-card accumulation: one-match ban at 5, 8, 11 and 13 cautions -----------------
# Source: MLS competition guidelines, discipline (mlssoccer.com/about/competition-guidelines)
@pytest.mark.parametrize(
    ("cards", "ban_at", "next_ban"),
    [(4, None, 5), (5, 5, None), (6, None, None), (7, None, 8), (10, None, 11), (12, None, 13)],
)
def test_mls_card_thresholds(cards: int, ban_at: int | None, next_ban: int | None) -> None:
    mls = default_rules("MLS")
    assert mls.yellow_card_thresholds == (5, 8, 11, 13)
    assert card_suspension(cards, mls) == ban_at
    assert one_card_from_suspension(cards, mls) == next_ban


def _card_codes(plan: Plan, player_id: str) -> list[str]:
    return [
        p.code
        for p in validate(plan)
        if p.player_id == player_id and "card" in p.code and p.fixture_id == TORONTO
    ]


def test_seven_mls_cards_warn_that_the_eighth_is_a_ban(plan: Plan) -> None:
    plan.set_yellow_cards("jordi-alba", "MLS", 7)
    plan.assign(TORONTO, "jordi-alba", "LB")
    assert _card_codes(plan, "jordi-alba") == ["one-card-from-suspension"]
    found = next(
        p for p in validate(plan) if p.player_id == "jordi-alba" and p.code.startswith("one-card")
    )
    assert "(7 of 8 in MLS regular season)" in found.message
    plan.set_yellow_cards("jordi-alba", "MLS", 6)  # between 5 and 8: the ban is served
    assert _card_codes(plan, "jordi-alba") == []
    plan.set_yellow_cards("jordi-alba", "MLS", 8)  # reached 8: the ban is due
    assert _card_codes(plan, "jordi-alba") == ["card-limit-reached"]


# -- Concussion substitutes (MLS, IFAB protocol): up to 2, outside the 5 changes and windows ---
def test_two_concussion_substitutes_come_on_top_of_five_changes(plan: Plan) -> None:
    toronto = plan.lineup(TORONTO)
    assert len(toronto.substitutions) == 4  # the sample plans three at 60' and one at 75'
    bench = [p for p in toronto.bench if p not in {s.on for s in toronto.substitutions}]
    going = {s.off for s in toronto.substitutions}
    starters = [p for p in toronto.starters() if p not in going and p != toronto.slots["GK"]]
    subs = [
        Substitution(75, starters[0], bench[0]),  # the 5th change, in the 75' window
        Substitution(20, starters[2], bench[2], concussion=True),  # no window used
        Substitution(88, starters[3], bench[3], concussion=True),
    ]
    with_subs(plan, TORONTO, *subs)
    count = substitution_count(plan.lineup(TORONTO), plan.fixture(TORONTO).rules)
    assert (count.changes, count.windows, count.concussion, count.fits) == (5, 2, 2, True)
    assert not {"too-many-substitutions", "too-many-windows"} & set(codes(plan, TORONTO))
    with_subs(plan, TORONTO, Substitution(89, starters[4], bench[4], concussion=True))
    assert "too-many-concussion-substitutions" in codes(plan, TORONTO)


# -- Extra time in a cup second leg: one more change and one more window, minutes to 120 ------
# Source: IFAB Laws of the Game, Law 3.1; CONCACAF Champions Cup regulations (docs/rules.md)
def test_the_sample_second_leg_can_go_to_extra_time(plan: Plan) -> None:
    rules = plan.fixture(LAFC).rules
    assert rules.extra_time and rules.extra_time_minutes == 30
    allowed = limits(rules)
    assert (allowed.all_substitutes, allowed.all_windows, allowed.last_minute) == (6, 4, 120)


def _lafc_fourth_and_fifth(plan: Plan) -> tuple[str, str, str, str]:
    lineup = plan.lineup(LAFC)
    used = {s.on for s in lineup.substitutions} | {s.off for s in lineup.substitutions}
    bench = [p for p in lineup.bench if p not in used]
    starters = [p for p in lineup.starters() if p not in used and p != lineup.slots["GK"]]
    return starters[0], bench[0], starters[1], bench[1]


def test_a_sixth_change_and_fourth_window_are_allowed_in_extra_time_only(plan: Plan) -> None:
    assert len(plan.lineup(LAFC).substitutions) == 3  # 70', 75', 80': three windows used
    off1, on1, off2, on2 = _lafc_fourth_and_fifth(plan)
    with_subs(plan, LAFC, Substitution(80, off1, on1))  # 4th change, in the 80' window
    with_subs(plan, LAFC, Substitution(105, off2, on2))  # 5th change... in a 4th window
    assert not {"too-many-substitutions", "too-many-windows"} & set(codes(plan, LAFC))
    plan = with_subs(plan, LAFC, extra_time=False)  # the same plan in a one-off match
    assert "sub-minute-outside" in codes(plan, LAFC)  # 105' is past 90'


def test_a_fourth_window_in_normal_time_is_refused_even_when_extra_time_may_come(
    plan: Plan,
) -> None:
    off1, on1, *_ = _lafc_fourth_and_fifth(plan)
    with_subs(plan, LAFC, Substitution(85, off1, on1))
    assert "too-many-windows" in codes(plan, LAFC)


@pytest.mark.parametrize(
    ("extra_time", "minute", "inside"),
    [(True, 119, True), (True, 120, False), (False, 89, True), (False, 90, False)],
)
def test_the_last_minute_of_a_change(extra_time: bool, minute: int, inside: bool) -> None:
    rules = replace(default_rules("CCC"), extra_time=extra_time)
    assert (minute_refusal(rules, minute) is None) is inside


# -- Stoppage time belongs to its half: 90+3 is in the match (IFAB Law 7.3) ------------------
def test_a_change_at_90_plus_3_is_in_the_match(plan: Plan) -> None:
    sub = plan.substitute(TORONTO, 90, "noah-allen", "jordi-alba", added=3)
    assert sub.clock == "90+3'"
    assert "sub-minute-outside" not in codes(plan, TORONTO)
    minutes = lineup_minutes(plan.lineup(TORONTO), plan.fixture(TORONTO))
    assert minutes["noah-allen"] == 90 and "jordi-alba" not in minutes
    rules = replace(plan.fixture(TORONTO).rules, stoppage_minutes=2)
    assert minute_refusal(rules, 90, 3) is not None  # past the stoppage time allowed
    assert minute_refusal(rules, 60, 3) is not None  # added time only after a half's end
    with pytest.raises(PlanError, match=r"90\+3 is not in the match"):
        plan.update_fixture(replace(plan.fixture(TORONTO), rules=rules))
        plan.substitute(TORONTO, 90, "david-martinez", "tomas-aviles", added=3)


# -- Half-time and 45': two different stoppages (the issue's "windows 2/1") ------------------
def test_half_time_and_45_are_two_windows_where_half_time_is_one(plan: Plan) -> None:
    plan.set_lineup(TORONTO, replace_subs(plan.lineup(TORONTO)))
    toronto = plan.lineup(TORONTO)
    bench, xi = toronto.bench, [p for p in toronto.starters() if p != toronto.slots["GK"]]
    subs = [
        Substitution(45, xi[0], bench[0], half_time=True),
        Substitution(45, xi[1], bench[1]),
    ]
    with_subs(plan, TORONTO, *subs, half_time_is_window=True, substitution_windows=1)
    count = substitution_count(plan.lineup(TORONTO), plan.fixture(TORONTO).rules)
    assert (count.windows, count.fits) == (2, False)
    assert "too-many-windows" in codes(plan, TORONTO)


def replace_subs(lineup: Lineup) -> Lineup:
    copy = lineup.copy()
    copy.substitutions = []
    return copy


# -- The rules table is data: a new competition is a new entry -------------------------------
def test_a_new_competition_from_a_file_needs_no_code(
    plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.fixtures as fixtures

    table = {**fixtures.load_json("competitions.json")}
    table.update(json.loads((DATA / "competitions" / "usoc.json").read_text()))
    monkeypatch.setattr(fixtures, "load_json", lambda name: table)
    assert "USOC" in fixtures.competition_codes()
    toronto = plan.fixture(TORONTO)
    plan.update_fixture(toronto.with_competition("USOC"))
    rules = plan.fixture(TORONTO).rules
    assert (rules.bench_size, rules.substitutes_allowed, rules.substitution_windows) == (7, 3, 2)
    # the sample bench has 9 (7 allowed); four changes (3 allowed) at 60' and 75' (2 windows)
    assert {"bench-too-big", "too-many-substitutions"} <= set(codes(plan, TORONTO))
    assert "too-many-windows" not in codes(plan, TORONTO)
    assert limits(rules).all_substitutes == 5  # 3 + 2 in extra time


def test_a_plan_file_from_before_the_list_of_card_thresholds_loads() -> None:
    plan = load_plan(DATA / "before-card-thresholds.squadplan")
    assert plan.fixture(TORONTO).rules.yellow_card_thresholds == (5,)
    assert plan.fixture(LAFC).rules.yellow_card_thresholds == (2,)
    assert not plan.fixture(LAFC).rules.extra_time


def test_refusals_and_problems_are_worded_in_spanish(plan: Plan) -> None:
    from planner.rules import sub_refusal

    refusal = sub_refusal(plan, TORONTO, "leo-afonso", "noah-allen")
    assert refusal is not None
    name = plan.player("leo-afonso").name
    assert word(refusal, "es") == (
        f"Solo puede entrar un suplente; pon antes a {name} en el banquillo."
    )
    with_subs(plan, TORONTO, Substitution(80, "noah-allen", "jordi-alba"))
    with_subs(plan, TORONTO, Substitution(85, "tadeo-allende", "robert-taylor"))
    windows = next(p for p in validate(plan) if p.code == "too-many-windows")
    assert word(windows.text, "es") == (
        "ventana de cambios n.º 4, en el 85' (Robert Taylor por Tadeo Allende); "
        "MLS regular season permite 3 (el descanso no cuenta)"
    )


def test_fixture_keeps_its_rules_when_edited(plan: Plan) -> None:
    fixture: Fixture = plan.fixture(LAFC)
    assert replace(fixture, opponent="X").rules == fixture.rules
