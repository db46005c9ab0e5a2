"""Load logs through the importer: session-RPE sheets and GPS exports written here as real
files, drill rows summed into sessions, merged into the plan's load table."""

from __future__ import annotations

import csv
import math
from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner import fatigue_table, sample_plan
from planner.importing import SpreadsheetError, import_spreadsheet, loadcells, merge_import
from planner.importing.cells import CellError
from planner.planfile import plan_to_dict
from tests.planner.test_fatigue_claims import START, direct, history, week_plan

CATAPULT = [
    "Player Name", "Date", "Session Title", "Period Name", "Total Duration",
    "Total Distance", "HSR Distance", "Sprint Distance", "Accelerations", "Total Player Load",
]  # fmt: skip


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list[object]], title: str = "") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def session(result, name: str) -> pd.Series:
    found = result.sessions[result.sessions["player"] == name]
    assert len(found) == 1, found
    return found.iloc[0]


def test_a_catapult_like_export_sums_drill_rows_into_sessions(tmp_path: Path) -> None:
    rows = [
        ["Lionel Messi", "2025-04-07", "MD+2", "Warm up", "0:15:00", 1400, 20, 0, 6, 110.5],
        ["Lionel Messi", "2025-04-07", "MD+2", "Rondo", "0:20:00", 1900, 60, 10, 11, 160],
        ["Lionel Messi", "2025-04-07", "MD+2", "SSG 4v4", "0:25:30", 2600, 240, 45, 19, 250],
        ["Luis Suárez", "2025-04-07", "MD+2", "Rondo", "0:20:00", 1800, 50, 5, 9, 150],
        ["Lionel Messi", "2025-04-08", "MD-1", "Session", "0:50:00", 4100, 150, 30, 25, 400],
    ]  # fmt: skip
    result = import_spreadsheet(write_csv(tmp_path / "catapult.csv", CATAPULT, rows))
    assert result.kind == "load"
    assert len(result.sessions) == 3
    monday = result.sessions[result.sessions["date"] == pd.Timestamp("2025-04-07")]
    messi = monday[monday["player"] == "Lionel Messi"].iloc[0]
    assert messi["drills"] == 3
    assert messi["duration"] == pytest.approx(15 + 20 + 25.5)
    assert messi["total_distance"] == 1400 + 1900 + 2600
    assert messi["hsr"] == 20 + 60 + 240
    assert messi["sprint_distance"] == 0 + 10 + 45
    assert messi["accelerations"] == 6 + 11 + 19
    assert messi["player_load"] == pytest.approx(110.5 + 160 + 250)
    assert messi["kind"] == "training" and math.isnan(messi["rpe"])
    tuesday = result.sessions[result.sessions["date"] == pd.Timestamp("2025-04-08")].iloc[0]
    assert tuesday["drills"] == 0 and tuesday["duration"] == 50  # the whole-session row


def test_drill_rpes_are_weighted_by_duration_and_a_session_rows_rpe_stands(
    tmp_path: Path,
) -> None:
    header = ["Athlete", "Date", "Session", "Drill", "Duration", "RPE"]
    rows = [
        ["Lionel Messi", "2025-04-07", "AM", "Rondo", 20, 5],
        ["Lionel Messi", "2025-04-07", "AM", "SSG", 30, 8],
        ["Lionel Messi", "2025-04-07", "AM", "Cool down", 10, ""],
        ["Luis Suárez", "2025-04-07", "AM", "Rondo", 20, 5],
        ["Luis Suárez", "2025-04-07", "AM", "SSG", 30, 8],
        ["Luis Suárez", "2025-04-07", "AM", "", "", 6],  # the session row: its RPE stands
    ]
    result = import_spreadsheet(write_csv(tmp_path / "rpe.csv", header, rows))
    messi = session(result, "Lionel Messi")
    assert messi["duration"] == 60
    assert messi["rpe"] == pytest.approx((20 * 5 + 30 * 8) / (20 + 30))
    suarez = session(result, "Luis Suárez")
    assert suarez["rpe"] == 6 and suarez["duration"] == 50


def test_a_spanish_rpe_sheet_with_minutes_and_a_match(tmp_path: Path) -> None:
    header = ["Jugador", "Fecha", "Sesión", "Tipo", "Minutos", "RPE (0-10)"]
    rows = [
        ["Lionel Messi", "07/04/2025", "Recuperación", "Entrenamiento", 45, 3],
        ["Luis Suárez", "07/04/2025", "Recuperación", "Entrenamiento", 40, 2],
        ["Lionel Messi", "09/04/2025", "vs LAFC", "Partido", 90, 8],
        ["Luis Suárez", "09/04/2025", "MD", "", 70, 7],
    ]
    path = write_xlsx(tmp_path / "rpe.xlsx", header, rows, "Registro RPE (ilustrativo)")
    result = import_spreadsheet(path)
    assert result.kind == "load"
    assert result.mapping[4] == "duration"  # 'Minutos' is the session's length here
    table = result.sessions.set_index(["player", "date"])
    assert table.loc[("Lionel Messi", pd.Timestamp("2025-04-07")), "kind"] == "training"
    assert table.loc[("Lionel Messi", pd.Timestamp("2025-04-09")), "kind"] == "match"
    assert table.loc[("Luis Suárez", pd.Timestamp("2025-04-09")), "kind"] == "match"
    assert table.loc[("Luis Suárez", pd.Timestamp("2025-04-07")), "rpe"] == 2


def test_clock_durations_and_distances_in_km(tmp_path: Path) -> None:
    header = ["Player", "Date", "Session", "Duration", "Distance (km)", "HSR (m)"]
    rows = [
        ["Lionel Messi", date(2025, 4, 7), "MD+2", time(1, 12, 30), 6.25, 310],  # an Excel time
        ["Luis Suárez", date(2025, 4, 7), "MD+2", "1:05:00", 5.5, 280],
        ["Jordi Alba", date(2025, 4, 7), "MD+2", "48:30", 4.75, 200],
        ["Sergio Busquets", date(2025, 4, 7), "MD+2", 55, 5, 190],
    ]
    result = import_spreadsheet(write_xlsx(tmp_path / "gps.xlsx", header, rows))
    assert session(result, "Lionel Messi")["duration"] == pytest.approx(72.5)
    assert session(result, "Luis Suárez")["duration"] == pytest.approx(65)
    assert session(result, "Jordi Alba")["duration"] == pytest.approx(48.5)
    assert session(result, "Sergio Busquets")["duration"] == 55
    assert session(result, "Jordi Alba")["total_distance"] == pytest.approx(4750)
    assert session(result, "Jordi Alba")["hsr"] == 200


def test_plain_km_values_without_a_unit_are_read_as_km_and_said(tmp_path: Path) -> None:
    header = ["Player", "Date", "Duration", "Total Distance", "RPE"]
    rows = [["Lionel Messi", "2025-04-07", 60, 6.4, 5], ["Luis Suárez", "2025-04-07", 60, 5.9, 5]]
    result = import_spreadsheet(write_csv(tmp_path / "km.csv", header, rows))
    assert session(result, "Lionel Messi")["total_distance"] == pytest.approx(6400)
    assert any(w.code == "import.note.km" for w in result.warnings)


@pytest.mark.parametrize(
    ("column", "cell", "message"),
    [
        ("RPE", 12, r"\(row 3, column 'RPE'\): RPE 12 is outside the 0-10 scale"),
        ("Duration", -20, r"\(row 3, column 'Duration'\): the duration -20 is negative"),
        ("Duration", "long", r"\(row 3, column 'Duration'\): 'long' is not a duration"),
        ("Date", "", r"\(row 3, column 'Date'\): the date is missing"),
        ("HSR", -5, r"\(row 3, column 'HSR'\): -5 is negative"),
    ],
)
def test_a_bad_cell_names_row_and_column_and_changes_nothing(
    tmp_path: Path, column: str, cell: object, message: str
) -> None:
    header = ["Player", "Date", "Duration", "RPE", "HSR"]
    good = ["Lionel Messi", "2025-04-07", 60, 5, 100]
    bad = ["Luis Suárez", "2025-04-07", 60, 5, 100]
    bad[header.index(column)] = cell
    path = write_csv(tmp_path / "bad.csv", header, [good, bad])
    plan = sample_plan()
    before = plan_to_dict(plan)
    with pytest.raises(SpreadsheetError, match=message) as raised:
        merge_import(plan, import_spreadsheet(path))
    assert "'bad.csv'" in str(raised.value)
    assert plan_to_dict(plan) == before


@pytest.mark.parametrize(
    ("bad", "named"),
    [
        ({(2, "Date"): "someday", (3, "RPE"): "12"}, (2, "Date", "import.not-a-date")),
        ({(2, "RPE"): "12", (3, "Date"): ""}, (2, "RPE", "import.rpe-out-of-range")),
        ({(2, "HSR"): "-5", (2, "Date"): ""}, (2, "HSR", "import.negative-measure")),
        ({(2, "HSR"): "-5", (2, "Duration"): "long"}, (2, "Duration", "import.not-duration")),
        (
            {(3, "HSR"): "x", (2, "Date"): "", (2, "RPE"): "11"},
            (2, "RPE", "import.rpe-out-of-range"),
        ),
    ],
)
def test_the_first_bad_cell_by_row_is_named_numbers_before_the_date(
    tmp_path: Path, bad: dict[tuple[int, str], str], named: tuple[int, str, str]
) -> None:
    """Rows are read column by column as a whole; the error is still the first a row-by-row
    reading meets: by row, then duration, RPE, the GPS measures, and the date last."""
    header = ["Player", "Date", "Duration", "RPE", "HSR"]
    rows = [["Lionel Messi", "2025-04-07", "60", "5", "100"] for _ in range(3)]
    for (row, column), cell in bad.items():
        rows[row - 2][header.index(column)] = cell
    path = write_csv(tmp_path / "bad.csv", header, rows)
    with pytest.raises(SpreadsheetError) as raised:
        import_spreadsheet(path)
    row, column, code = named
    assert (raised.value.row, raised.value.column) == (row, column)
    assert raised.value.reason.code == code


def test_a_bad_number_comes_before_a_later_rows_bad_squad_cell(tmp_path: Path) -> None:
    header = ["Player", "Number", "Date", "Duration", "RPE"]
    rows = [
        ["Lionel Messi", "10", "2025-04-07", "60", "12"],
        ["Luis Suárez", "abc", "2025-04-07", "60", "5"],
    ]
    with pytest.raises(SpreadsheetError) as raised:
        import_spreadsheet(write_csv(tmp_path / "bad.csv", header, rows))
    assert (raised.value.row, raised.value.column) == (2, "RPE")


_FITTING = st.one_of(
    st.integers(0, 10).map(str),
    st.floats(0, 10, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.floats(0, 10, allow_nan=False).map(lambda x: f"{x:.1f}".replace(".", ",")),
    st.sampled_from(["", "1:15:30", "0:12:34", "45'", " 7 "]),
)
_ANY = st.one_of(
    st.integers(-5, 700).map(str),
    st.floats(-1, 700, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.sampled_from([" ", "abc", "nan", "inf", "1e3", "1_0", "75:30", "-0:10", "True"]),
    st.sampled_from(["10.5", "11", "-0.5", "-0", "600", "600.5", "10:00:01", "1,5,0"]),
)
_CELLS = st.one_of(*[_FITTING] * 9, _ANY)  # mostly cells that read, so that rows go on


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_CELLS, _CELLS, _CELLS), min_size=1, max_size=40))
@example([("60", "5", "1"), ("600.5", "5", "1")])  # just past each limit
@example([("10:00:01", "", "")])
@example([("", "", "")])  # nothing recorded: no sessions (was a KeyError)
@example([("60", "10.5", "1")])
@example([("60", "5", "-0.5")])
@example([("4,5", "7,5", " 12 "), ("1e3", "", "")])
def test_number_columns_read_as_a_whole_equal_the_cell_parsers(tmp_path: Path, cells) -> None:
    """One session a row, so each value comes back as the cell parser reads it, or the first
    cell it refuses (by row, then duration, RPE, HSR) is the one named."""
    header = ["Player", "Date", "Duration", "RPE", "HSR (m)"]
    rows = [
        ["Lionel Messi", (START + timedelta(days=i)).isoformat(), *three]
        for i, three in enumerate(cells)
    ]
    path = write_csv(tmp_path / "cells.csv", header, rows)
    parsers = [
        lambda c: loadcells.duration(c, None),
        lambda c: loadcells.measure(c, "rpe"),
        lambda c: loadcells.measure(c, "hsr"),
    ]
    expected, refused = [], None
    for number, three in enumerate(cells, start=2):
        values = []
        for column, (parse, cell) in enumerate(zip(parsers, three, strict=True)):
            try:
                values.append(parse(cell))
            except CellError as exc:
                refused = (number, header[2 + column], exc.reason)
                break
        if refused:
            break
        if any(v is not None for v in values):
            expected.append((number, values))
    no_duration = [number for number, values in expected if values[0] is None]
    if refused or no_duration:
        with pytest.raises(SpreadsheetError) as raised:
            import_spreadsheet(path)
        if refused:
            assert (raised.value.row, raised.value.column, raised.value.reason) == refused
        else:
            assert raised.value.row == no_duration[0]
            assert raised.value.reason.code == "import.session-no-duration"
        return
    sessions = import_spreadsheet(path).sessions
    assert sessions["row"].tolist() == [number for number, _ in expected]
    for (_, (minutes, rpe, hsr)), got in zip(expected, sessions.itertuples(), strict=True):
        assert got.duration == minutes
        assert got.rpe == pytest.approx(rpe, rel=1e-12) if rpe is not None else math.isnan(got.rpe)
        assert got.hsr == hsr if hsr is not None else math.isnan(got.hsr)


def test_an_unknown_unit_is_refused_naming_the_column(tmp_path: Path) -> None:
    header = ["Player", "Date", "Duration", "Total Distance (yd)", "RPE"]
    path = write_csv(tmp_path / "yards.csv", header, [["Lionel Messi", "2025-04-07", 60, 7000, 5]])
    with pytest.raises(SpreadsheetError, match=r"column 'Total Distance \(yd\)'.*unit 'yd'"):
        import_spreadsheet(path)


def test_merging_adds_then_replaces_a_players_sessions_of_that_day(tmp_path: Path) -> None:
    header = ["Player", "Date", "Session", "Duration", "RPE"]
    rows = [["L. Messi", "2025-04-07", "MD+2", 60, 5], ["Luis Suárez", "2025-04-07", "MD+2", 50, 4]]
    plan = sample_plan()
    kept = len(plan.sessions)
    summary = merge_import(plan, import_spreadsheet(write_csv(tmp_path / "a.csv", header, rows)))
    assert (summary.sessions_added, summary.sessions_updated) == (2, 0)
    assert "load sessions: 2 added, 0 updated, 0 already there" in summary.lines()
    assert "sesiones de carga: 2 añadidas, 0 actualizadas, 0 ya estaban" in summary.lines("es")
    assert any("'L. Messi' taken as Lionel Messi" in line for line in summary.lines())
    again = merge_import(plan, import_spreadsheet(tmp_path / "a.csv"))
    assert not again.changed and again.sessions_unchanged == 2
    rows[0][4] = 7  # Messi's RPE corrected
    path = write_csv(tmp_path / "b.csv", header, rows)
    corrected = merge_import(plan, import_spreadsheet(path))
    assert (corrected.sessions_updated, corrected.sessions_unchanged) == (1, 1)
    messi = plan.sessions[plan.sessions["player_id"] == "lionel-messi"]
    assert list(messi["rpe"]) == [7] and len(plan.sessions) == kept + 2


_TITLES = ("MD+1 recovery", "MD-2 tactical", "MD-1 activation", "Gym")


@st.composite
def load_logs(draw) -> list[list[object]]:
    """Rows (player, date, session, drill, minutes, rpe, distance) of a random drill-level log."""
    names = [p.name for p in sample_plan().players.values()][:6]
    rows: list[list[object]] = []
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(names), st.integers(0, 20), st.sampled_from(_TITLES)),
            min_size=1,
            max_size=12,
            unique=True,
        )
    )
    for name, offset, title in keys:
        for drill in range(draw(st.integers(1, 4))):
            minutes = draw(st.integers(1, 60))
            rpe = draw(st.one_of(st.none(), st.integers(0, 10)))
            distance = draw(st.integers(0, 9000))
            day = (START + timedelta(days=offset)).isoformat()
            rows.append([name, day, title, f"Drill {drill + 1}", minutes, rpe, distance])
    return draw(st.permutations(rows))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=load_logs())
def test_a_written_log_comes_back_as_its_sessions_summed(tmp_path: Path, rows) -> None:
    header = ["Player", "Date", "Session Title", "Drill Title", "Duration", "RPE", "Distance (m)"]
    path = write_csv(
        tmp_path / "log.csv", header, [[c if c is not None else "" for c in r] for r in rows]
    )
    plan = sample_plan()
    plan.set_sessions(plan.sessions.iloc[0:0])
    merge_import(plan, import_spreadsheet(path))
    ids = {p.name: p.id for p in plan.players.values()}
    expected: dict[tuple[str, pd.Timestamp, str], list[float]] = {}
    for name, day, title, _, minutes, rpe, distance in rows:
        key = (ids[name], pd.Timestamp(day), title)
        sums = expected.setdefault(key, [0.0, 0.0, 0.0, 0.0, 0.0])
        sums[0] += minutes
        sums[1] += distance
        if rpe is not None:
            sums[2] += rpe * minutes
            sums[3] += minutes
            sums[4] += 1
    # the load table keeps no title: one player's sessions of a day, compared as a multiset
    got: dict[tuple[str, pd.Timestamp], list[tuple[float, float, float]]] = {}
    for r in plan.sessions.itertuples():
        got.setdefault((r.player_id, r.date), []).append((r.duration, r.total_distance, r.rpe))
    want: dict[tuple[str, pd.Timestamp], list[tuple[float, float, float]]] = {}
    for (pid, day, _), (minutes, distance, weighted, rated, _) in expected.items():
        rpe = weighted / rated if rated else math.nan
        want.setdefault((pid, day), []).append((minutes, distance, rpe))
    assert set(got) == set(want)
    for key, sessions in want.items():
        mine = sorted(got[key], key=lambda s: (s[0], s[1]))
        theirs = sorted(sessions, key=lambda s: (s[0], s[1]))
        assert len(mine) == len(theirs)
        for a, b in zip(mine, theirs, strict=True):
            assert a[:2] == pytest.approx(b[:2])
            assert (math.isnan(a[2]) and math.isnan(b[2])) or a[2] == pytest.approx(b[2])
    assert set(plan.sessions["kind"]) <= {"training"}


def test_an_imported_hard_monday_session_lowers_wednesday_readiness(tmp_path: Path) -> None:
    plan = week_plan({"a": "CM"})
    plan.set_history(history([(d, "a", 90) for d in range(4, 60, 7)]))
    before = fatigue_table(plan).loc[("a", "f63"), "readiness"]
    monday = START + timedelta(days=61)  # the day after Sunday's game, two before Wednesday's
    header = ["Nombre", "Fecha", "Sesión", "Duración", "RPE"]
    path = write_xlsx(tmp_path / "rpe.xlsx", header, [["A", monday, "MD+1 carga", 90, 8]])
    summary = merge_import(plan, import_spreadsheet(path))
    assert summary.sessions_added == 1
    after = fatigue_table(plan).loc[("a", "f63"), "readiness"]
    _, expected, _ = direct(plan, "a", 63, {})  # the documented formulas, day by day
    assert after == pytest.approx(expected, rel=1e-9)
    assert after < before - 5


def test_a_gps_export_after_the_rpe_log_keeps_the_rpes(tmp_path: Path) -> None:
    day = "2025-04-07"
    rpe = write_csv(
        tmp_path / "rpe.csv", ["Player", "Date", "Duration", "RPE"], [["Jordi Alba", day, 60, 6]]
    )
    gps = write_csv(
        tmp_path / "gps.csv",
        ["Player", "Date", "Duration", "Total Distance"],
        [["Jordi Alba", day, 62, 5400]],
    )
    plan = sample_plan()
    merge_import(plan, import_spreadsheet(rpe))
    summary = merge_import(plan, import_spreadsheet(gps))
    assert summary.sessions_updated == 1
    row = plan.sessions[plan.sessions["player_id"] == "jordi-alba"]
    assert list(row["rpe"]) == [6] and list(row["total_distance"]) == [5400]
    assert list(row["duration"]) == [62]
    assert not merge_import(plan, import_spreadsheet(gps)).changed


def test_the_import_dialog_shows_a_load_log_and_its_measures(qtbot) -> None:
    from PySide6.QtCore import QThreadPool

    from ui.import_dialog import ImportDialog

    dialog = ImportDialog(Path(__file__).resolve().parents[2] / "samples" / "gps-week.csv")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    found = dialog.found.text()
    assert found.startswith("Load log: 120 sessions of 24 players (120 summed from drill rows)")
    assert "Duration, Total distance, High-speed running" in found
    assert dialog.mapping()[3] == "drill" and dialog.mapping()[4] == "duration"
    QThreadPool.globalInstance().waitForDone(20_000)
