"""validate(plan): one test per rule, on the sample week edited the way staff would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import BENCH, MinutesTarget, Plan, Status, Substitution, sample_plan
from planner.validate import Problem, validate
from tests.strategies import plans

TORONTO, LAFC = "2025-04-06-toronto-fc", "2025-04-09-lafc"


def codes(problems: list[Problem], fixture_id: str | None = None) -> list[str]:
    return [p.code for p in problems if fixture_id is None or p.fixture_id == fixture_id]


def only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, f"expected one {code}, got {found}"
    return found[0]


def set_status(plan: Plan, player_id: str, status: Status) -> None:
    plan.update_player(replace(plan.player(player_id), status=status))


def add_subs(plan: Plan, fixture_id: str, *subs: Substitution) -> None:
    lineup = plan.lineup(fixture_id).copy()
    lineup.substitutions = sorted([*lineup.substitutions, *subs])
    plan.set_lineup(fixture_id, lineup)


def test_the_sample_week_has_warnings_but_no_errors(plan: Plan) -> None:
    problems = validate(plan)
    assert all(p.severity == "warning" for p in problems)
    assert "back-to-back" in codes(problems, LAFC)
    assert "one-card-from-suspension" in codes(problems, TORONTO)


def test_problems_are_frozen_and_carry_what_the_ui_needs(plan: Plan) -> None:
    problem = next(p for p in validate(plan) if p.code == "back-to-back")
    with pytest.raises(AttributeError):
        problem.message = "changed"  # type: ignore[misc]
    assert problem.fixture_id and problem.player_id and problem.slot


def test_back_to_back_warning_names_the_match_and_player(plan: Plan) -> None:
    plan.assign(TORONTO, "jordi-alba", "LB")
    found = [p for p in validate(plan) if p.code == "back-to-back" and p.player_id == "jordi-alba"]
    assert [p.fixture_id for p in found] == [TORONTO, LAFC]  # he played 90 on 2 April too
    assert found[0].message == (
        "Sun 6 Apr v Toronto FC: Jordi Alba 45+ min in both games < 5 days apart "
        "(Wed 2 Apr v LAFC and this one; FIFPRO critical zone)"
    )
    problem = found[1]
    assert problem.slot == "LB"
    assert problem.message == (
        "Wed 9 Apr v LAFC: Jordi Alba 45+ min in both games < 5 days apart (FIFPRO critical zone)"
    )


def test_a_suspended_starter_is_an_error(plan: Plan) -> None:
    set_status(plan, "luis-suarez", Status.SUSPENDED)
    problem = next(p for p in validate(plan) if p.code == "suspended-selected")
    assert problem.severity == "error" and problem.fixture_id == TORONTO
    assert problem.slot == "ST" and "Luis Suárez is suspended" in problem.message


def test_a_suspended_player_may_not_sit_on_the_bench(plan: Plan) -> None:
    set_status(plan, "lionel-messi", Status.SUSPENDED)
    problem = next(p for p in validate(plan) if p.fixture_id == TORONTO)
    assert (problem.code, problem.severity, problem.slot) == ("suspended-selected", "error", BENCH)
    assert "may not sit on the bench" in problem.message


@pytest.mark.parametrize("status", [Status.INJURED, Status.UNAVAILABLE])
def test_injured_or_unavailable_players_picked_are_errors(plan: Plan, status: Status) -> None:
    set_status(plan, "tomas-aviles", status)
    found = [p for p in validate(plan) if p.code == f"{status}-selected"]
    assert [(p.severity, p.fixture_id, p.slot) for p in found] == [
        ("error", TORONTO, BENCH),
        ("error", LAFC, "LCB"),
    ]
    assert found[1].message == f"Wed 9 Apr v LAFC: Tomás Avilés is {status} but picked in the XI"


def test_a_doubtful_player_is_a_warning(plan: Plan) -> None:
    problem = only(validate(plan), "doubtful-selected")
    assert problem.severity == "warning" and problem.player_id == "drake-callender"


def test_an_incomplete_xi_is_an_error(plan: Plan) -> None:
    plan.unassign(TORONTO, "luis-suarez")
    problem = only(validate(plan), "xi-incomplete")
    assert problem.severity == "error" and "10 players (11 needed)" in problem.message


def test_a_field_player_in_goal_is_an_error_and_a_keeper_in_the_field_a_warning(
    plan: Plan,
) -> None:
    plan.assign(TORONTO, "noah-allen", "GK")  # Ustari goes to Allen's LB slot
    problems = validate(plan)
    in_goal = only(problems, "field-player-in-goal")
    assert in_goal.severity == "error" and in_goal.slot == "GK"
    keeper = only(problems, "goalkeeper-in-field")
    assert keeper.severity == "warning" and keeper.player_id == "oscar-ustari"


def test_an_empty_goal_is_an_error(plan: Plan) -> None:
    plan.bench(LAFC, "oscar-ustari")
    assert only(validate(plan), "no-goalkeeper").slot == "GK"


def test_out_of_position_is_a_warning(plan: Plan) -> None:
    plan.assign(TORONTO, "santiago-morales", "RB")
    problem = only(validate(plan), "out-of-position")
    assert problem.player_id == "santiago-morales" and problem.severity == "warning"
    assert "Santiago Morales plays RB out of position (listed CM)" in problem.message


def test_a_player_in_two_places_is_an_error(plan: Plan) -> None:
    lineup = plan.lineup(TORONTO).copy()
    lineup.bench.append("luis-suarez")
    plan.set_lineup(TORONTO, lineup)
    problem = only(validate(plan), "selected-twice")
    assert "ST and the bench" in problem.message


def test_too_big_a_bench_is_an_error(plan: Plan) -> None:
    plan.bench(TORONTO, "leo-afonso")
    problem = only(validate(plan), "bench-too-big")
    assert "10 substitutes" in problem.message and "allows 9" in problem.message


def test_a_sixth_substitution_is_an_error(plan: Plan) -> None:
    add_subs(
        plan,
        TORONTO,
        Substitution(75, "tadeo-allende", "robert-taylor"),
        Substitution(75, "noah-allen", "jordi-alba"),
    )
    problem = only(validate(plan), "too-many-substitutions")
    assert problem.severity == "error"
    assert problem.message == (
        "Sun 6 Apr v Toronto FC: 6th substitution at 75' (Robert Taylor for Tadeo Allende); "
        "MLS regular season allows 5"
    )
    assert "too-many-windows" not in codes(validate(plan))


def test_a_fourth_window_is_an_error_but_half_time_is_not_one(plan: Plan) -> None:
    # LAFC: changes at 70', 75' and 80' use the three windows
    add_subs(plan, LAFC, Substitution(45, "jordi-alba", "noah-allen", half_time=True))
    assert "too-many-windows" not in codes(validate(plan))
    add_subs(plan, LAFC, Substitution(85, "federico-redondo", "yannick-bright"))
    problem = only(validate(plan), "too-many-windows")
    assert problem.severity == "error" and problem.slot == "RCM"
    assert problem.message == (
        "Wed 9 Apr v LAFC: 4th substitution window at 85' (Yannick Bright for Federico Redondo); "
        "CONCACAF Champions Cup allows 3 (half-time not counted)"
    )
    assert "too-many-substitutions" not in codes(validate(plan))


def test_half_time_counts_as_a_window_when_the_rules_say_so(plan: Plan) -> None:
    fixture = plan.fixture(LAFC)
    plan.update_fixture(replace(fixture, rules=replace(fixture.rules, half_time_is_window=True)))
    add_subs(plan, LAFC, Substitution(45, "jordi-alba", "noah-allen", half_time=True))
    assert "4th substitution window at 80'" in only(validate(plan), "too-many-windows").message


def test_a_player_substituted_off_cannot_come_back(plan: Plan) -> None:
    lineup = plan.lineup(TORONTO).copy()
    lineup.substitutions.append(Substitution(80, "lionel-messi", "luis-suarez"))
    plan.set_lineup(TORONTO, lineup)
    problem = only(validate(plan), "re-entry")
    assert problem.severity == "error"
    assert "Luis Suárez cannot come back on at 80': he went off at 60'" in problem.message


def test_the_player_coming_on_must_be_on_the_bench(plan: Plan) -> None:
    add_subs(plan, TORONTO, Substitution(70, "noah-allen", "yannick-bright"))
    problem = only(validate(plan), "sub-not-on-bench")
    assert "Yannick Bright cannot come on at 70' for Noah Allen" in problem.message


def test_the_player_coming_on_must_not_be_on_already(plan: Plan) -> None:
    add_subs(plan, TORONTO, Substitution(70, "noah-allen", "ian-fray"))
    problem = only(validate(plan), "sub-already-on")
    assert "Ian Fray cannot come on at 70': he is already on" in problem.message


def test_the_player_going_off_must_be_on_the_pitch(plan: Plan) -> None:
    add_subs(plan, TORONTO, Substitution(70, "jordi-alba", "robert-taylor"))
    problem = only(validate(plan), "sub-off-not-on-pitch")
    assert "Jordi Alba cannot go off at 70'" in problem.message


def test_one_card_from_suspension_names_the_next_match_in_that_competition(plan: Plan) -> None:
    plan.set_yellow_cards("jordi-alba", "CCC", 1)
    problem = next(p for p in validate(plan) if p.player_id == "jordi-alba")
    assert problem.code == "one-card-from-suspension" and problem.fixture_id == LAFC
    plan.set_yellow_cards("jordi-alba", "CCC", 0)
    assert "one-card-from-suspension" not in codes(validate(plan), LAFC)


def test_minutes_targets_the_plan_misses_are_warnings(plan: Plan) -> None:
    plan.set_target("lionel-messi", MinutesTarget(maximum=100))
    plan.set_target("leo-afonso", MinutesTarget(minimum=30))
    problems = validate(plan)
    above = only(problems, "minutes-above-target")
    assert above.fixture_id is None
    assert "Lionel Messi is planned 120 min, above his limit of 100" in above.message
    assert only(problems, "minutes-below-target").player_id == "leo-afonso"


def test_a_high_fatigue_risk_starter_is_a_warning_with_the_reasons(plan: Plan) -> None:
    plan.set_params(replace(plan.params, readiness_red=60))
    problem = next(
        p for p in validate(plan) if p.code == "fatigue-risk" and p.player_id == "ian-fray"
    )
    assert problem.fixture_id == LAFC
    assert "readiness 57 (red below 60)" in problem.message


def test_playing_below_a_readiness_floor_is_a_warning(plan: Plan) -> None:
    plan.set_readiness_floor("ian-fray", 60)
    problem = only(validate(plan), "below-readiness-floor")
    assert problem.fixture_id == LAFC and "readiness 57, below his floor of 60" in problem.message


@settings(max_examples=80, deadline=None)
@given(plans())
def test_every_problem_is_well_formed(plan: Plan) -> None:
    fixture_ids = {f.id for f in plan.fixtures}
    for problem in validate(plan):
        assert problem.severity in ("error", "warning")
        assert problem.code and problem.message
        assert problem.fixture_id is None or problem.fixture_id in fixture_ids
        if problem.fixture_id:
            assert problem.message.startswith(plan.fixture(problem.fixture_id).label + ": ")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 99), st.integers(0, 99)), max_size=12))
def test_problems_after_a_run_of_edits_equal_those_of_a_fresh_copy(edits) -> None:
    """validate keeps per-fixture results between calls; after any run of edits they must be
    what a plan never validated before gives."""
    plan = sample_plan()
    fixtures = [f.id for f in plan.fixtures]
    squad = list(plan.players)
    validate(plan)
    for kind, a, b in edits:
        fixture, player = fixtures[a % len(fixtures)], squad[b % len(squad)]
        if kind == 0:
            slots = list(plan.lineup(fixture).slots)
            plan.assign(fixture, player, slots[b % len(slots)])
        elif kind == 1:
            plan.bench(fixture, player)
        elif kind == 2:
            plan.unassign(fixture, player)
        else:
            statuses = list(Status)
            set_status(plan, player, statuses[a % len(statuses)])
        assert validate(plan) == validate(plan.copy())
