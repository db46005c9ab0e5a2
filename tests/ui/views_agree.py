"""The check run after every drop: every view shows what fatigue_table(plan) and
validate(plan) say about the plan (computed afresh here, not read from the session cache)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner import BENCH, minutes_matrix
from planner.fatigue import fatigue_table
from planner.validate import validate
from ui.squad.model import COLUMNS as SQUAD_COLUMNS
from ui.squad.model import PLAYER_ID_ROLE
from ui.tables.fatigue import COLUMNS as FATIGUE_COLUMNS
from ui.tables.frames import TOTAL

DISPLAY = Qt.ItemDataRole.DisplayRole


def assert_views_agree(window) -> None:
    plan = window.plan
    fatigue = fatigue_table(plan)
    matrix = minutes_matrix(plan)
    fixture_id = window.current_fixture_id
    lineup = plan.lineup(fixture_id)

    # pitch and bench of the fixture on screen
    tab = window.tabs.tab(fixture_id)
    for slot, pid in lineup.slots.items():
        assert tab.pitch.slot_card(slot).player_id == pid, slot
    assert [c.player_id for c in tab.bench_view.cards if c.player_id] == lineup.bench

    # squad list: week minutes, readiness and place in the fixture on screen
    squad = window.squad.model
    assert squad.rowCount() == len(plan.players)
    col = {name: i for i, name in enumerate(SQUAD_COLUMNS)}
    for row in range(squad.rowCount()):
        pid = squad.index(row, 0).data(PLAYER_ID_ROLE)
        cell = fatigue.loc[(pid, fixture_id)]
        week = int(fatigue.xs(pid, level=0)["minutes"].sum())
        assert squad.index(row, col["minutes"]).data(DISPLAY) == str(week)
        assert squad.index(row, col["readiness"]).data(DISPLAY) == f"{cell['readiness']:.0f}"
        place = lineup.place_of(pid)
        shown = squad.index(row, col["place"]).data(DISPLAY)
        if place is None and plan.players[pid].return_date is not None:  # "back 15 Apr"
            back = plan.players[pid].return_date
            assert shown in ("", f"back {back.day} {back:%b}"), (pid, shown)
        else:
            assert shown == ("" if place is None else "Bench" if place == BENCH else place)

    # minutes table
    minutes = window.minutes_model
    for row in range(minutes.rowCount()):
        pid = minutes.player_id(row)
        for column in range(minutes.columnCount()):
            fid = minutes.fixture_id(column)
            value = minutes.index(row, column).data(Qt.ItemDataRole.EditRole)
            if fid is not None:  # minutes played for a played fixture, else planned
                assert value == fatigue.at[(pid, fid), "minutes"]
                assert plan.is_played(fid) or value == matrix.at[pid, fid]
            elif minutes.planned_of(column) is not None:
                assert value == matrix.at[pid, minutes.planned_of(column)]
            elif minutes.frame.columns[column] == TOTAL:
                assert value == fatigue.xs(pid, level=0)["minutes"].sum()

    # fatigue table
    model = window.fatigue_model
    assert model.rowCount() == len(fatigue)
    ready, risk = FATIGUE_COLUMNS.index("readiness"), FATIGUE_COLUMNS.index("risk")
    for row in range(model.rowCount()):
        key = (model.player_id(row), model.fixture_id(row))
        now = model.index(row, ready).data(DISPLAY).split("→")[-1]  # just edited: "before→now"
        assert now == f"{fatigue.at[key, 'readiness']:.0f}"
        assert model.frame.iat[row, risk] == str(fatigue.at[key, "risk"])

    # problems
    assert window.problems.problems_model.problems == validate(plan)
