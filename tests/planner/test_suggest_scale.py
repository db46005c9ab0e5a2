"""The time limit at any size: a model too big to build in the time left gives the greedy
pick, with a gap measured against a bound that holds for every lineup (never a timed test)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner import MinutesTarget, Status, sample_plan, save_plan
from planner.cli import main
from planner.suggest import SuggestionError, SuggestOptions, suggest_with_report
from planner.suggest.api import BUILD_SHARE
from planner.suggest.bound import upper_bound
from planner.suggest.greedy import greedy_plan
from planner.suggest.instance import build_instance
from planner.suggest.milp import model_seconds
from planner.suggest.score import plan_objective
from planner.validate import validate
from planner.wording import word
from tests.planner.test_suggest import long_week


def errors(plan) -> list[str]:
    return [p.message for p in validate(plan) if p.severity == "error"]


@pytest.fixture(scope="module")
def optimum() -> float:
    """The long week's proven optimum."""
    proven = suggest_with_report(long_week(), SuggestOptions(time_limit=60))
    assert proven.optimal
    return proven.objective


def test_a_model_too_big_for_the_time_left_gives_the_greedy_pick_with_an_honest_gap(
    optimum: float,
) -> None:
    plan = long_week()
    tiny = SuggestOptions(time_limit=0.001)
    # the solver always gets at least 0.05 s: the model takes longer than its share of that
    assert model_seconds(build_instance(plan, tiny)) > BUILD_SHARE * 0.05
    suggestion = suggest_with_report(plan, tiny)
    assert not suggestion.exact and not suggestion.optimal
    greedy = greedy_plan(plan)
    for fixture in plan.fixtures:
        assert suggestion.plan.lineup(fixture.id) == greedy.lineup(fixture.id)
    assert errors(suggestion.plan) == []
    assert suggestion.objective == pytest.approx(plan_objective(suggestion.plan), abs=1e-4)
    # the gap is honest: the best lineup there is lies within it
    assert 0 < suggestion.gap < 1
    assert optimum <= suggestion.objective * (1 + suggestion.gap) + 1e-6


def test_a_one_second_limit_returns_a_plan_with_its_gap(optimum: float) -> None:
    suggestion = suggest_with_report(long_week(), SuggestOptions(time_limit=1))
    assert errors(suggestion.plan) == []
    assert suggestion.gap >= 0
    assert optimum <= suggestion.objective * (1 + suggestion.gap) + 1e-6
    if suggestion.optimal:
        assert suggestion.objective == pytest.approx(optimum, abs=1e-3)


@pytest.mark.parametrize("plan", [sample_plan(), long_week()], ids=["sample", "long week"])
def test_the_quick_bound_is_above_the_proven_optimum(plan) -> None:
    options = SuggestOptions(time_limit=60)
    proven = suggest_with_report(plan, options)
    assert proven.optimal
    assert upper_bound(build_instance(plan, options)) >= proven.objective - 1e-6


KEEPERS = ("oscar-ustari", "drake-callender", "william-yarbrough", "rocco-rios-novo")


def test_an_impossible_plan_is_named_in_spanish_on_the_command_line(tmp_path, capsys) -> None:
    plan = sample_plan()
    for pid in KEEPERS:
        plan.update_player(replace(plan.player(pid), status=Status.INJURED))
    save_plan(plan, tmp_path / "week.squadplan")
    out = tmp_path / "o.squadplan"
    code = main(["suggest", str(tmp_path / "week.squadplan"), "-o", str(out), "--language", "es"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "no hay portero disponible para el dom 6 abr vs Toronto FC: " in err
    assert "Óscar Ustari está lesionado" in err and "goalkeeper" not in err
    assert not out.exists()


def test_too_few_players_and_an_unreachable_minimum_are_worded_in_spanish() -> None:
    plan = sample_plan()
    plan.set_target("lionel-messi", MinutesTarget(minimum=500))
    with pytest.raises(SuggestionError) as raised:
        suggest_with_report(plan)
    most = 2 * (90 + 2 * plan.params.added_time_per_half)  # both matches, whole
    assert word(raised.value.text, "es") == (
        f"Lionel Messi necesita al menos 500 minutos pero puede jugar como mucho {most} en los "
        "partidos planificados"
    )
    thin = sample_plan()
    for pid in list(thin.players)[11:]:
        thin.update_player(replace(thin.player(pid), status=Status.INJURED))
    with pytest.raises(SuggestionError) as raised:
        suggest_with_report(thin)
    assert word(raised.value.text, "es").startswith("solo ")
    assert "; hacen falta once" in word(raised.value.text, "es")
