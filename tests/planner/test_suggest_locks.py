"""Locks and doubtful players in the suggestion: the exact model and the greedy pick alike;
a lock that cannot be met is one worded sentence naming it (issue 17)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner import Lock, LockKind, Plan, Status, sample_plan
from planner.locks import BENCH_ONLY, KEEP_OUT, START
from planner.suggest import SuggestionError, SuggestOptions, suggest
from planner.suggest.greedy import greedy_plan
from planner.wording import word

TORONTO, LAFC = "2025-04-06-toronto-fc", "2025-04-09-lafc"
CALLENDER = "drake-callender"  # doubtful in the sample
KEEPERS = ("oscar-ustari", "drake-callender", "william-yarbrough", "rocco-rios-novo")
FAST = SuggestOptions(time_limit=30)
WAYS = {"exact": lambda plan: suggest(plan, FAST), "greedy": lambda plan: greedy_plan(plan)}


def _doubtful(plan: Plan) -> list[str]:
    return [pid for pid, p in plan.players.items() if p.status == Status.DOUBTFUL]


@pytest.mark.parametrize("way", WAYS)
def test_no_doubtful_player_starts_on_the_sample_week(way: str) -> None:
    plan = sample_plan()
    assert _doubtful(plan) == [CALLENDER]
    result = WAYS[way](plan)
    for fixture in result.fixtures:
        assert CALLENDER not in result.lineup(fixture.id).starters(), fixture.label


@pytest.mark.parametrize("way", WAYS)
def test_a_doubtful_player_locked_to_start_starts(way: str) -> None:
    plan = sample_plan()
    plan.lock(LAFC, CALLENDER, START)
    result = WAYS[way](plan)
    assert result.lineup(LAFC).place_of(CALLENDER) == "GK"
    assert CALLENDER not in result.lineup(TORONTO).starters()


def test_doubtful_players_sit_on_the_bench_only_when_the_option_says_so() -> None:
    plan = sample_plan()
    kept_off = suggest(plan, SuggestOptions(time_limit=30, doubtful_on_bench=False))
    for fixture in plan.fixtures:
        assert kept_off.lineup(fixture.id).place_of(CALLENDER) is None
    # a bench lock keeps him on it whatever the option
    plan.lock(TORONTO, CALLENDER, BENCH_ONLY)
    locked = suggest(plan, SuggestOptions(time_limit=30, doubtful_on_bench=False))
    assert locked.lineup(TORONTO).place_of(CALLENDER) == "BENCH"


@pytest.mark.parametrize("way", WAYS)
def test_each_lock_kind_is_kept(way: str) -> None:
    plan = sample_plan()
    plan.lock(TORONTO, "lionel-messi", KEEP_OUT)
    plan.lock(TORONTO, "jordi-alba", BENCH_ONLY)
    plan.lock(LAFC, "tadeo-allende", START)
    plan.lock(LAFC, "noah-allen", Lock(LockKind.START, "LB"))
    result = WAYS[way](plan)
    assert result.lineup(TORONTO).place_of("lionel-messi") is None
    assert result.lineup(TORONTO).place_of("jordi-alba") == "BENCH"
    assert "tadeo-allende" in result.lineup(LAFC).starters()
    assert result.lineup(LAFC).place_of("noah-allen") == "LB"
    assert result.locks == plan.locks


def _sentence(plan: Plan, language: str = "en") -> str:
    with pytest.raises(SuggestionError) as caught:
        suggest(plan, FAST)
    message = caught.value.text
    assert not isinstance(message, str), "a lock problem is a worded Message"
    assert str(caught.value) == word(message, "en")
    return word(message, language)  # type: ignore[arg-type]


def test_resting_the_only_fit_goalkeeper_is_named() -> None:
    plan = sample_plan()
    for pid in KEEPERS[1:]:
        plan.update_player(replace(plan.player(pid), status=Status.INJURED))
    plan.lock(LAFC, "oscar-ustari", KEEP_OUT)
    assert _sentence(plan) == (
        "Óscar Ustari is kept out of Wed 9 Apr v LAFC, but he is its only fit goalkeeper."
    )
    assert _sentence(plan, "es") == (
        "Óscar Ustari queda fuera del mié 9 abr vs LAFC, pero es el único portero disponible."
    )


def test_locking_an_injured_player_to_start_is_named() -> None:
    plan = sample_plan()
    plan.lock(TORONTO, "marcelo-weigandt", START)
    assert _sentence(plan) == (
        "Marcelo Weigandt is locked for Sun 6 Apr v Toronto FC (starts), but he is injured."
    )
    assert "lesionado" in _sentence(plan, "es")


def test_two_players_locked_into_one_slot_are_named() -> None:
    plan = sample_plan()
    plan.lock(LAFC, "lionel-messi", Lock(LockKind.START, "RW"))
    plan.lock(LAFC, "tadeo-allende", Lock(LockKind.START, "RW"))
    assert _sentence(plan) == (
        "Lionel Messi and Tadeo Allende are both locked into RW for Wed 9 Apr v LAFC."
    )
    assert _sentence(plan, "es").startswith("Lionel Messi y Tadeo Allende están bloqueados")


def test_a_lock_only_the_solver_rules_out_is_named() -> None:
    plan = sample_plan()
    # Messi cannot be at readiness 100 on Wednesday, so he may not play; locked to start
    plan.set_readiness_floor("lionel-messi", 100)
    plan.lock(LAFC, "lionel-messi", START)
    assert _sentence(plan) == (
        "The lock on Lionel Messi for Wed 9 Apr v LAFC (starts) cannot be met together with "
        "the other rules."
    )
