"""Plan > Training week: the dialog through the window, one undoable edit, and the chart's
training series."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import CCC, QUIET, answer_with

from planner.microcycle import planned_rows
from planner.training import PlannedSession, TrainingWeek
from ui.dialogs.training import TrainingWeekDialog
from ui.tables.fatigue import short_reasons

pytestmark = QUIET


def _rows(dialog: TrainingWeekDialog) -> list[tuple[str, str, int, float]]:
    out = []
    for row in range(dialog.rows.row_count()):
        day, group, _focus, minutes, rpe = dialog.rows.widgets(row)
        out.append((day.currentText(), group.currentData(), minutes.value(), rpe.value()))
    return out


def test_the_dialog_plans_the_week_in_one_undoable_edit(window, monkeypatch):
    plan = window.plan
    assert plan.training is None
    before = window.session.fatigue()["readiness"].copy()
    depth = window.session.undo_stack.count()

    def fill(dialog: TrainingWeekDialog) -> None:
        rows = _rows(dialog)
        assert any("MD+1" in day and group == "non_starters" for day, group, *_ in rows)
        last = max(i for i, (day, *_) in enumerate(rows) if "MD-1" in day)
        dialog.rows.table.selectRow(last)
        dialog.rows.remove_current()  # no activation on the eve of the second fixture
        dialog.rows.widgets(0)[4].setValue(7.5)

    answer_with(monkeypatch, TrainingWeekDialog, fill)
    window.actions.training_week.trigger()
    week = plan.training
    assert week is not None and week.template == TrainingWeek().template
    assert any(sessions == () for sessions in week.days.values())
    assert window.session.undo_stack.count() == depth + 1
    after = window.session.fatigue()["readiness"]
    assert (after <= before).all() and (after.xs(CCC, level=1) < before.xs(CCC, level=1)).any()
    window.actions.undo.trigger()
    assert plan.training is None
    assert (window.session.fatigue()["readiness"] == before).all()
    window.actions.redo.trigger()
    assert plan.training == week


def test_restore_brings_the_default_template_back(window, monkeypatch):
    answer_with(monkeypatch, TrainingWeekDialog, lambda d: d.rows.table.setRowCount(0))
    window.actions.training_week.trigger()
    assert planned_rows(window.plan).empty
    answer_with(monkeypatch, TrainingWeekDialog, lambda d: d.restore_button.click())
    window.actions.training_week.trigger()
    assert window.plan.training == TrainingWeek()
    assert not planned_rows(window.plan).empty


def test_the_chart_shows_training_apart_from_matches(window, monkeypatch):
    window.readiness_dock.raise_()
    chart = window.readiness.chart
    chart.set_player("luis-suarez")
    assert sum(chart.training.at(i) for i in range(chart.training.count())) == 0
    answer_with(monkeypatch, TrainingWeekDialog, lambda d: None)
    window.actions.training_week.trigger()
    rows = planned_rows(window.plan)
    mine = rows[rows["player_id"] == "luis-suarez"]
    days = set(chart._days)
    mine = mine[[d in days for d in mine["date"].dt.date]]
    training = [chart.training.at(i) for i in range(chart.training.count())]
    assert sum(training) == pytest.approx((mine["rpe"] * mine["duration"]).sum())
    assert sum(training) > 0
    names = [bar_set.label() for bar_set in chart.bars.barSets()]
    assert names == ["Match played", "Match planned", "Training"]
    assert all(chart.chart().legend().markers(chart.bars))


def test_the_readiness_tables_why_names_training_that_drives_a_flag(window, monkeypatch):
    def hard(dialog: TrainingWeekDialog) -> None:
        for row in range(dialog.rows.row_count()):
            dialog.rows.widgets(row)[3].setValue(150)
            dialog.rows.widgets(row)[4].setValue(9)

    untrained = short_reasons(window.session.fatigue(), window.plan.params)
    assert not any("training" in text for text in untrained)
    answer_with(monkeypatch, TrainingWeekDialog, hard)
    window.actions.training_week.trigger()
    fatigue = window.session.fatigue()
    texts = short_reasons(fatigue, window.plan.params)
    named = ["training" in text for text in texts]
    assert any(named)
    flagged = (fatigue["readiness"] < window.plan.params.readiness_red) | (
        fatigue["acwr"] > window.plan.params.acwr_high
    )
    assert (~pd.Series(named, index=fatigue.index) | flagged).all()


def test_staff_can_make_the_days_the_template_for_their_gaps(window, monkeypatch):
    def fill(dialog: TrainingWeekDialog) -> None:
        for row, (day, group, *_) in enumerate(_rows(dialog)):
            if "LAFC" in day and "MD+1" in day and group == "non_starters":
                dialog.rows.widgets(row)[4].setValue(7)
        dialog.as_template.setChecked(True)

    answer_with(monkeypatch, TrainingWeekDialog, fill)
    window.actions.training_week.trigger()
    week = window.plan.training
    assert PlannedSession("non_starters", "compensation", 60, 7.0) in week.template[3][1]
    assert week.template[4] == TrainingWeek().template[4]  # Sunday's 4-day gap: as shipped
    assert week.days == {}  # every day is its gap's template now
