"""The export's Load sheet (recorded and planned rows, marked) and the Model sheet's training
template, in English and Spanish."""

from __future__ import annotations

from datetime import date

import pandas as pd

from planner import Plan
from planner.export.print_locale import PrintLocale
from planner.export.workbook import build_workbook
from planner.microcycle import planned_rows
from planner.training import TrainingWeek


def trained(plan: Plan) -> Plan:
    plan.set_sessions(
        pd.DataFrame(
            {
                "date": [pd.Timestamp("2025-04-01")] * 2,
                "player_id": ["lionel-messi", "jordi-alba"],
                "kind": ["training", "match"],
                "duration": [70.0, 90.0],
                "rpe": [6.0, float("nan")],
            }
        )
    )
    plan.set_training(TrainingWeek().with_days({date(2025, 4, 8): ()}))
    return plan


def test_the_load_sheet_lists_recorded_and_planned_rows_with_their_load(plan: Plan) -> None:
    book = build_workbook(trained(plan))
    rows = list(book["Load"].iter_rows(values_only=True))
    assert rows[0] == ("Date", "Player", "Source", "Kind", "Minutes", "RPE", "Load (AU)")
    body = rows[1:]
    assert len(body) == 2 + len(planned_rows(plan))
    planned = [r for r in body if r[2] == "planned"]
    assert planned and all(r[3] == "training" and r[6] == r[4] * r[5] for r in planned)
    assert not any(r[0] == date(2025, 4, 8) for r in planned)  # made a rest day
    messi = next(r for r in body if r[1] == "Lionel Messi" and r[2] == "recorded")
    assert messi[6] == 70 * 6
    alba = next(r for r in body if r[1] == "Jordi Alba" and r[2] == "recorded")
    assert alba[5] is None and alba[6] == plan.params.match_rpe * 90  # outfielder, no RPE


def test_the_model_sheet_lists_the_template_and_the_days_changed(plan: Plan) -> None:
    book = build_workbook(trained(plan))
    rows = list(book["Model"].iter_rows(values_only=True))
    assert (3, "MD-1", "whole squad", "activation", 50, 4) in [r[:6] for r in rows]
    assert (3, "MD+1", "non-starters", "compensation", 60, 6) in [r[:6] for r in rows]
    rest = next(r for r in rows if r[0] == date(2025, 4, 8))
    assert rest[1] == "rest"
    spanish = build_workbook(plan, locale=PrintLocale(language="es"))
    rows = list(spanish["Modelo"].iter_rows(values_only=True))
    assert (3, "MD-1", "toda la plantilla", "activación", 50, 4) in [r[:6] for r in rows]
    assert "Carga" in spanish.sheetnames
    assert {r[2] for r in list(spanish["Carga"].iter_rows(values_only=True))[1:]} == {
        "registrada",
        "prevista",
    }
