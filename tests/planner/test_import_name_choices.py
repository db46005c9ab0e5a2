"""Near-miss names listed before a merge, and staff's choice per name (same player / new / skip)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import sample_plan
from planner.importing import (
    MergeOptions,
    NewPlayer,
    SamePlayer,
    SkipName,
    SpreadsheetError,
    import_spreadsheet,
    merge_import,
    near_misses,
)
from tests.data import hostile

HEADER = ["Player", "Date", "Minutes"]


def log(folder: Path, rows: list[tuple[str, str, int]]) -> Path:
    return hostile.csv_file(folder, "log.csv", [HEADER, *[[n, d, str(m)] for n, d, m in rows]])


def rows_on(plan, day: str) -> set[tuple[str, int]]:
    """(player id, minutes) of every history row on day."""
    on_day = plan.history[plan.history["date"] == pd.Timestamp(day)]
    return set(zip(on_day["player_id"], on_day["minutes"], strict=True))


def test_near_misses_are_listed_with_their_proposal_and_nothing_changes(tmp_path: Path) -> None:
    plan = sample_plan()
    sheet = log(
        tmp_path,
        [("L. Messi", "2025-01-01", 90), ("Allen", "2025-01-02", 80),
         ("Jordi Alba", "2025-01-03", 70), ("Nobody Known", "2025-01-04", 60)],
    )  # fmt: skip
    listed = near_misses(plan, import_spreadsheet(sheet))
    assert [(m.name, m.player_id) for m in listed] == [
        ("L. Messi", "lionel-messi"),
        ("Allen", None),
    ]
    allen = listed[1]
    assert set(allen.candidates) == {"noah-allen", "allen-obando"}
    assert dict(zip(allen.candidates, allen.candidate_names, strict=True)) == {
        "noah-allen": "Noah Allen",
        "allen-obando": "Allen Obando",
    }
    pd.testing.assert_frame_equal(plan.history, sample_plan().history)
    assert plan.players == sample_plan().players


def test_each_choice_is_respected(tmp_path: Path) -> None:
    plan = sample_plan()
    sheet = log(
        tmp_path,
        [("Allen", "2025-01-01", 80), ("L. Messi", "2025-01-02", 90),
         ("Leo Messi", "2025-01-03", 45), ("Suarez", "2025-01-04", 30)],
    )  # fmt: skip
    options = MergeOptions(
        names={
            "Allen": SamePlayer("allen-obando"),
            "L. Messi": NewPlayer(),
            "Leo Messi": SkipName(),
        }
    )
    summary = merge_import(plan, import_spreadsheet(sheet), options)

    assert rows_on(plan, "2025-01-01") == {("allen-obando", 80)}  # ambiguous, chosen
    added = [p for p in plan.players.values() if p.name == "L. Messi"]
    assert len(added) == 1 and len(plan.players) == len(sample_plan().players) + 1
    assert rows_on(plan, "2025-01-02") == {(added[0].id, 90)}
    assert rows_on(plan, "2025-01-03") == set()  # skipped: no row for anyone
    assert rows_on(plan, "2025-01-04") == {("luis-suarez", 30)}  # no choice: the proposal
    assert summary.players_added == ["L. Messi"] and summary.appearances_added == 3


def test_a_skipped_name_changes_nothing_for_its_rows(tmp_path: Path) -> None:
    plan = sample_plan()
    day = plan.history["date"].iloc[0].strftime("%Y-%m-%d")
    messi_before = rows_on(plan, day)
    sheet = log(tmp_path, [("L. Messi", day, 1)])
    summary = merge_import(
        plan, import_spreadsheet(sheet), MergeOptions(names={"L. Messi": SkipName()})
    )
    assert not summary.changed
    assert rows_on(plan, day) == messi_before


def test_a_choice_of_a_player_the_plan_lacks_is_refused_and_changes_nothing(tmp_path) -> None:
    plan = sample_plan()
    sheet = log(tmp_path, [("L. Messi", "2025-01-01", 90), ("New Kid", "2025-01-02", 90)])
    with pytest.raises(SpreadsheetError, match="ghost"):
        merge_import(
            plan, import_spreadsheet(sheet), MergeOptions(names={"L. Messi": SamePlayer("ghost")})
        )
    pd.testing.assert_frame_equal(plan.history, sample_plan().history)
    assert plan.players == sample_plan().players


NAMES = ["L. Messi", "Leo Messi", "Allen", "Suarez", "Busquets S.", "Jordi Alba", "New Kid"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.dictionaries(
        st.tuples(st.sampled_from(NAMES), st.integers(1, 20)),
        st.integers(0, 120),
        min_size=1,
        max_size=8,
    ),
    picks=st.lists(st.integers(0, 5), min_size=len(NAMES), max_size=len(NAMES)),
)
def test_any_choices_merge_once(tmp_path: Path, rows, picks) -> None:
    sheet = log(tmp_path, [(n, f"2025-01-{d:02d}", m) for (n, d), m in rows.items()])
    plan = sample_plan()
    result = import_spreadsheet(sheet)
    names = {}
    for near, pick in zip(near_misses(plan, result), picks, strict=False):
        kinds = [None, NewPlayer(), SkipName(), *map(SamePlayer, near.candidates)]
        if (choice := kinds[pick % len(kinds)]) is not None:
            names[near.name] = choice
    options = MergeOptions(names=names)
    merge_import(plan, result, options)
    history, players = plan.history.copy(), dict(plan.players)
    again = merge_import(plan, import_spreadsheet(sheet), options)
    assert not again.changed, again.lines()
    pd.testing.assert_frame_equal(plan.history, history)
    assert plan.players == players


def test_squad_rows_follow_the_choice_too(tmp_path: Path) -> None:
    header = ["Player", "No", "Position"]
    rows = [header, ["L. Messi", "30", "ST"], ["Busquets S.", "41", "DM"]]
    sheet = hostile.csv_file(tmp_path, "squad.csv", rows)
    plan = sample_plan()
    busquets = plan.player("sergio-busquets")
    options = MergeOptions(
        names={"L. Messi": SamePlayer("lionel-messi"), "Busquets S.": NewPlayer()}
    )
    summary = merge_import(plan, import_spreadsheet(sheet), options)
    assert plan.player("lionel-messi").number == 30
    assert plan.player("sergio-busquets") == busquets
    added = [p for p in plan.players.values() if p.name == "Busquets S."]
    assert len(added) == 1 and (added[0].number, added[0].positions) == (41, ("DM",))
    assert summary.players_added == ["Busquets S."] and summary.players_updated == ["Lionel Messi"]


def test_two_spellings_of_one_player_on_one_day_keep_the_later_row_and_merge_once(
    tmp_path: Path,
) -> None:
    day = "2025-01-03"
    sheet = log(tmp_path, [("L. Messi", day, 30), ("Leo Messi", day, 60)])
    plan = sample_plan()
    merge_import(plan, import_spreadsheet(sheet))
    assert rows_on(plan, day) == {("lionel-messi", 60)}
    again = merge_import(plan, import_spreadsheet(sheet))
    assert not again.changed, again.lines()
