"""Every consumer of the rules agrees with planner.rules on random lineups and substitutions
(in play, 45', half-time, stoppage time, extra time, concussion substitutes): validate, the
pitch's refusals (planner.rules answers them; the window only words them) and the
optimiser's compiled limits. tests/ui/test_window_rules.py does the header and the minutes
editor."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from planner import Plan, Substitution, sample_plan
from planner.fixtures import CompetitionRules
from planner.rules import limits, sub_refusal, substitution_count
from planner.suggest.instance import build_instance
from planner.suggest.milp import build_model
from planner.suggest.options import SuggestOptions
from planner.validate import validate
from tests.strategies import plans

OVERRUNS = {"too-many-substitutions", "too-many-windows", "too-many-concussion-substitutions"}
CHANGE_PROBLEMS = {"re-entry", "sub-already-on", "sub-not-on-bench", "sub-off-not-on-pitch"}


def windows_by_hand(subs: list[Substitution], rules: CompetitionRules) -> int:
    """IFAB Law 3: changes made in one stoppage share a window; half-time uses one only where
    the competition says so; a concussion substitute uses none."""
    stoppages = {(s.minute, s.added) for s in subs if not s.half_time and not s.concussion}
    half_time = rules.half_time_is_window and any(s.half_time and not s.concussion for s in subs)
    return len(stoppages) + int(half_time)


@settings(max_examples=120, deadline=None)
@given(plans(max_players=16, max_fixtures=3))
def test_validate_and_the_counts_agree(plan: Plan) -> None:
    problems = validate(plan)
    for fixture in plan.fixtures:
        if plan.is_played(fixture.id):  # nothing left to plan: validate checks its record no more
            continue
        lineup, rules = plan.lineup(fixture.id), fixture.rules
        count = substitution_count(lineup, rules)
        found = {p.code for p in problems if p.fixture_id == fixture.id}
        assert count.fits == (not found & OVERRUNS), (lineup.substitutions, found)
        assert count.windows == windows_by_hand(lineup.substitutions, rules)
        normal = [s for s in lineup.substitutions if not s.concussion]
        assert count.changes == len(normal)
        if len(normal) > count.limits.all_substitutes:
            assert "too-many-substitutions" in found


@settings(max_examples=80, deadline=None)
@given(plans(max_players=16, max_fixtures=2), st.data())
def test_a_change_the_pitch_allows_is_one_validate_accepts(plan: Plan, data) -> None:
    for fixture in plan.fixtures:
        if plan.is_played(fixture.id):  # the pitch refuses every change on a played tab
            continue
        lineup = plan.lineup(fixture.id)
        before = {p.code for p in validate(plan) if p.fixture_id == fixture.id}
        if before & CHANGE_PROBLEMS or not lineup.bench or not lineup.starters():
            continue
        on = data.draw(st.sampled_from(lineup.bench))
        off = data.draw(st.sampled_from(lineup.starters()))
        if sub_refusal(plan, fixture.id, on, off) is not None:
            continue
        minute = data.draw(st.integers(1, fixture.rules.match_minutes - 1))
        plan.substitute(fixture.id, minute, off, on)
        after = {p.code for p in validate(plan) if p.fixture_id == fixture.id}
        assert not after & CHANGE_PROBLEMS, (on, off, minute, after)


@settings(max_examples=15, deadline=None)
@given(
    substitutes=st.integers(0, 6),
    windows=st.integers(0, 4),
    extra_time=st.booleans(),
    sub_minutes=st.sets(st.integers(1, 89), min_size=1, max_size=5),
)
def test_the_optimiser_compiles_the_limits_of_normal_time(
    substitutes: int, windows: int, extra_time: bool, sub_minutes: set[int]
) -> None:
    plan = sample_plan()
    for fixture in plan.fixtures:
        rules = replace(
            fixture.rules,
            substitutes_allowed=substitutes,
            substitution_windows=windows,
            extra_time=extra_time,
        )
        plan.update_fixture(replace(fixture, rules=rules))
    inst = build_instance(plan, SuggestOptions(sub_minutes=tuple(sorted(sub_minutes))))
    model = build_model(inst)
    caps = [
        model.rows.upper[i]
        for i, (group, _) in enumerate(model.rows.tags)
        if group == "substitutions"
    ]
    for fx in inst.fixtures:
        allowed = limits(fx.fixture.rules)
        # planned changes are made in normal time: never the extra-time change or window
        assert len(fx.change_minutes) <= allowed.windows
        assert len(fx.change_minutes) == (0 if substitutes == 0 else min(windows, len(sub_minutes)))
    assert caps == ([float(substitutes)] * len(inst.fixtures) if caps else [])
