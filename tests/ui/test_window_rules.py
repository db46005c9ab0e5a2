"""The fixture tab's header and the minutes editor agree with planner.rules and validate, and
a fixture's rules are edited in Plan > Fixture rules (one undoable step)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import CCC, MLS, answer_with
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import PlanError, Substitution, sample_plan
from planner.rules import minute_refusal, sub_refusal
from planner.validate import validate
from ui.dialogs.rules import RulesDialog
from ui.tables.minutes_edit import planned_change

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
CHANGE_PROBLEMS = {"re-entry", "sub-already-on", "sub-not-on-bench", "sub-off-not-on-pitch"}


def _header(window, qtbot, fixture_id: str) -> str:
    tab = window.tabs.show_fixture(fixture_id)
    qtbot.waitUntil(lambda: tab.subs_label.toolTip() != "")
    qtbot.wait(50)
    return tab.subs_label.toolTip().splitlines()[0]


def test_half_time_and_45_minutes_are_two_windows_in_the_header_and_in_validate(window, qtbot):
    """The issue's case: with half-time a window and one window allowed, a change at
    half-time and one at 45' used to read "windows 2/1" in the header while validate was
    silent. Both now say two windows, one too many."""
    plan = window.plan
    fixture = plan.fixture(MLS)
    rules = replace(fixture.rules, half_time_is_window=True, substitution_windows=1)
    lineup = plan.lineup(MLS).copy()
    lineup.substitutions = [
        Substitution(45, "noah-allen", "jordi-alba", half_time=True),
        Substitution(45, "ian-fray", "tomas-aviles"),
    ]
    plan.update_fixture(replace(fixture, rules=rules))
    plan.set_lineup(MLS, lineup)
    assert _header(window, qtbot, MLS) == "Subs 2/5, windows 2/1"
    assert window.tabs.tab(MLS).subs_label.text().startswith("⚠")
    assert "too-many-windows" in {p.code for p in validate(plan) if p.fixture_id == MLS}


def test_the_header_counts_the_extra_time_change_and_window(window, qtbot):
    """The sample second leg can go to extra time: 5 + 1 changes, 3 + 1 windows."""
    window.plan.substitute(CCC, 105, "jordi-alba", "noah-allen")
    assert _header(window, qtbot, CCC) == "Subs 4/6, windows 4/4"
    assert window.tabs.tab(CCC).subs_label.text().startswith("✓")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_minutes_editor_plans_only_changes_the_rules_allow(data):
    plan = sample_plan()
    fixture_id = data.draw(st.sampled_from([MLS, CCC]))
    squad = plan.lineup(fixture_id).matchday_squad()
    player = data.draw(st.sampled_from(squad))
    minutes = data.draw(st.integers(0, 100))
    try:
        remove, add, _bench = planned_change(plan, fixture_id, player, minutes)
    except PlanError:
        return
    if add is None or remove is not None:
        return  # no new pair: an existing change moved or removed
    assert sub_refusal(plan, fixture_id, add.on, add.off) is None
    assert minute_refusal(plan.fixture(fixture_id).rules, add.minute) is None
    plan.substitute(fixture_id, add.minute, add.off, add.on)
    codes = {p.code for p in validate(plan) if p.fixture_id == fixture_id}
    assert not codes & CHANGE_PROBLEMS


def test_fixture_rules_are_edited_in_one_undoable_step(window, monkeypatch):
    def fill(d: RulesDialog) -> None:
        d.spins["substitutes_allowed"].setValue(3)
        d.thresholds.setText("3, 6")
        d.extra_time.setChecked(True)

    shown = answer_with(monkeypatch, RulesDialog, fill)
    window.actions.fixture_rules.trigger()
    assert shown and shown[0].name.text() == "MLS regular season"
    rules = window.plan.fixture(MLS).rules
    assert (rules.substitutes_allowed, rules.yellow_card_thresholds) == (3, (3, 6))
    assert rules.extra_time
    assert window.session.undo_stack.count() == 1
    window.actions.undo.trigger()
    assert window.plan.fixture(MLS).rules.yellow_card_thresholds == (5, 8, 11, 13)


def test_bad_card_thresholds_are_refused_and_change_nothing(window, monkeypatch):
    answer_with(monkeypatch, RulesDialog, lambda d: d.thresholds.setText("8, 5"))
    window.actions.fixture_rules.trigger()
    assert window.plan.fixture(MLS).rules.yellow_card_thresholds == (5, 8, 11, 13)
    assert window.session.undo_stack.count() == 0
