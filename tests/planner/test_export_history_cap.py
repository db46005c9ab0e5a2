"""A long history is exported as its most recent rows with a note; the plan keeps them all."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from planner import sample_plan
from planner.export import export_excel
from planner.export import history as history_sheet


def test_a_history_over_the_cap_exports_its_most_recent_rows_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_sheet, "MAX_ROWS", 50)
    plan = sample_plan()
    first = date(2024, 1, 1)
    days = [first + timedelta(days=i) for i in range(120)]
    plan.set_history(
        pd.DataFrame(
            {
                "date": pd.to_datetime(days),
                "player_id": "lionel-messi",
                "minutes": [i % 91 for i in range(120)],
                "competition": "MLS",
                "opponent": "X",
            }
        )
    )
    out = tmp_path / "week.xlsx"
    export_excel(plan, out)
    sheet = openpyxl.load_workbook(out)["Minutes history"]
    dates = [r[0].date() for r in sheet.iter_rows(min_row=2, max_col=1, values_only=True) if r[0]]
    assert dates == days[-50:]  # the 50 most recent, oldest first
    assert sheet["G1"].value == (
        "The 50 most recent of 120 appearances; the plan file holds them all."
    )
    assert len(plan.history) == 120
