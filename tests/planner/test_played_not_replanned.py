"""Played fixtures are not re-planned (issue 15): validate raises no planning warning for one
(fatigue, back-to-back, cards, doubtful players: docs/season.md) and the optimiser leaves it
as it was, while the fixtures after it still feel its minutes."""

from __future__ import annotations

from dataclasses import replace

from planner import Plan, Status, sample_plan
from planner.played import MatchRecord, Moment, PlayedSubstitution, record_from_lineup
from planner.suggest import suggest_with_report
from planner.suggest.instance import build_instance
from planner.suggest.options import SuggestOptions
from planner.validate import validate

SUNDAY, WEDNESDAY = "2025-04-06-toronto-fc", "2025-04-09-lafc"
CALLENDER = "drake-callender"  # doubtful, in goal on Wednesday


def sunday_with_noah_off_at_30(plan: Plan) -> MatchRecord:
    planned = record_from_lineup(plan.lineup(SUNDAY), plan.fixture(SUNDAY), 0)
    early = PlayedSubstitution(Moment(30), "noah-allen", "jordi-alba")
    return replace(planned, substitutions=tuple(sorted((*planned.substitutions, early))))


def test_a_played_fixture_raises_no_planning_warning() -> None:
    plan = sample_plan()
    assert plan.player(CALLENDER).status is Status.DOUBTFUL
    before = {p.code for p in validate(plan) if p.fixture_id == SUNDAY}
    assert {"back-to-back", "one-card-from-suspension"} <= before  # the sample's Sunday
    plan.record_played(SUNDAY, record_from_lineup(plan.lineup(SUNDAY), plan.fixture(SUNDAY), 0))
    assert [p for p in validate(plan) if p.fixture_id == SUNDAY] == []
    # Wednesday is still planned: its warnings stay, Sunday's recorded minutes included
    wednesday = {p.code for p in validate(plan) if p.fixture_id == WEDNESDAY}
    assert {"back-to-back", "doubtful-selected"} <= wednesday
    plan.record_played(
        WEDNESDAY, record_from_lineup(plan.lineup(WEDNESDAY), plan.fixture(WEDNESDAY), 0)
    )
    assert validate(plan) == []
    plan.reopen(WEDNESDAY)
    assert any(p.code == "doubtful-selected" for p in validate(plan))


def long_on_sunday(plan: Plan) -> set[str]:
    """Outfield players 45 minutes or more on the pitch on Sunday, as played: Noah Allen off at
    30, the planned changes at their minutes (90 minutes, no added time), by hand."""
    lineup = plan.lineup(SUNDAY)
    off = {s.off: s.minute for s in lineup.substitutions} | {"noah-allen": 30}
    on = {s.on: s.minute for s in lineup.substitutions} | {"jordi-alba": 30}
    minutes = {pid: off.get(pid, 90) for pid in lineup.starters()}
    minutes |= {pid: 90 - minute for pid, minute in on.items()}
    outfield = {pid for pid, p in plan.players.items() if "GK" not in p.positions}
    return {pid for pid, m in minutes.items() if m >= 45} & outfield


def test_the_optimiser_leaves_a_played_fixture_as_it_was() -> None:
    plan = sample_plan()
    plan.record_played(SUNDAY, sunday_with_noah_off_at_30(plan))
    inst = build_instance(plan, SuggestOptions())
    assert [fx.fixture.id for fx in inst.fixtures] == [WEDNESDAY]
    # Sunday is Wednesday's previous match: those 45+ there make a back-to-back
    assert inst.fixtures[0].previous is None
    assert inst.fixtures[0].history_long == long_on_sunday(plan)
    report = suggest_with_report(plan, SuggestOptions(time_limit=20))
    after = report.plan
    assert after.lineup(SUNDAY) == plan.lineup(SUNDAY)
    assert after.records == plan.records and after.is_played(SUNDAY)
    assert {change.fixture_id for change in report.changes} <= {WEDNESDAY}
    assert list(report.headlines) == [WEDNESDAY]
