"""Item models of the window: Qt's model tester, filters, sorting, and editing minutes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers import CCC, MLS
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSpinBox

from planner import BENCH, Plan, Status, minutes_matrix, sample_plan
from planner.wording import word
from ui.problems import ProblemsModel
from ui.session import PlanSession
from ui.squad.model import COLUMNS, PLAYER_ID_ROLE, SquadModel
from ui.squad.proxy import AVAILABLE, SquadFilter
from ui.tables.fatigue import FatigueModel, FixtureFilter
from ui.tables.minutes import MinutesModel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def session(qapp) -> PlanSession:
    return PlanSession(sample_plan())


@pytest.mark.parametrize("make", [SquadModel, MinutesModel, FatigueModel, ProblemsModel])
def test_models_pass_qt_model_tester(qtmodeltester, session, make):
    model = make(session)
    qtmodeltester.check(model, force_py=False)
    session.plan.unassign(MLS, "luis-suarez")  # a change while the tester watches
    session.plan.set_formation(CCC, "4-4-2")
    assert model.rowCount() > 0


@pytest.mark.parametrize("make", [SquadModel, MinutesModel, FatigueModel, ProblemsModel])
def test_models_pass_the_tester_on_an_empty_plan(qtmodeltester, qapp, make):
    model = make(PlanSession(Plan()))
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount() == 0


def test_filter_proxies_pass_the_tester(qtmodeltester, session):
    squad = SquadFilter()
    squad.setSourceModel(SquadModel(session))
    squad.set_group("DF")
    qtmodeltester.check(squad, force_py=False)
    fatigue = FixtureFilter()
    fatigue.setSourceModel(FatigueModel(session))
    fatigue.set_fixture(CCC)
    qtmodeltester.check(fatigue, force_py=False)
    assert fatigue.rowCount() == len(session.plan.players)


def ids(proxy: QSortFilterProxyModel) -> list[str]:
    return [proxy.index(r, 0).data(PLAYER_ID_ROLE) for r in range(proxy.rowCount())]


def test_squad_filters_by_group_status_and_text(session):
    proxy = SquadFilter()
    proxy.setSourceModel(SquadModel(session))
    proxy.set_group("GK")
    assert {session.plan.player(p).main_position for p in ids(proxy)} == {"GK"}
    proxy.set_group("")
    proxy.set_status(AVAILABLE)
    assert "marcelo-weigandt" not in ids(proxy)  # injured in the sample
    assert all(session.plan.player(p).status.selectable for p in ids(proxy))
    proxy.set_status(Status.INJURED.value)
    assert ids(proxy) == ["marcelo-weigandt"]
    proxy.set_status("")
    proxy.set_text("suarez")  # accents do not matter
    assert ids(proxy) == ["luis-suarez"]
    proxy.set_text("10")
    assert ids(proxy) == ["lionel-messi"]


def test_fatigue_table_sorts_by_readiness_as_numbers(session):
    model = FatigueModel(session)
    proxy = FixtureFilter()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    values = [float(proxy.index(r, 2).data()) for r in range(proxy.rowCount())]
    assert values == sorted(values)
    assert proxy.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Readiness" in proxy.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_fatigue_tooltip_gives_the_reasons(session):
    model = FatigueModel(session)
    fatigue = session.fatigue()
    flagged = fatigue[fatigue["reasons"] != ""].index[0]
    row = list(model.frame.index).index(flagged)
    assert word(fatigue.at[flagged, "reasons"]) in model.index(row, 5).data(
        Qt.ItemDataRole.ToolTipRole
    )


# -- editing minutes ----------------------------------------------------------------------------


def cell(model: MinutesModel, player_id: str, fixture_id: str):
    row = list(model.frame.index).index(player_id)
    return model.index(row, list(model.frame.columns).index(fixture_id))


def minutes(session, player_id, fixture_id=MLS) -> int:
    return int(minutes_matrix(session.plan).at[player_id, fixture_id])


def test_typing_minutes_in_the_table_plans_the_exit(window, qtbot):
    view, model = window.minutes_table, window.minutes_model
    window.minutes_dock.raise_()
    qtbot.waitUntil(view.isVisible)
    lineup = window.plan.lineup(MLS)
    starter = next(
        p for p in lineup.starters() if not any(s.off == p for s in lineup.substitutions)
    )
    index = view.model().mapFromSource(cell(model, starter, MLS))
    view.setCurrentIndex(index)
    view.edit(index)  # what a double click or typing does
    editor = view.viewport().findChild(QSpinBox)
    assert editor is not None and editor.value() == 90
    editor.selectAll()
    QTest.keyClicks(editor, "60")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call

    qtbot.waitUntil(lambda: minutes(window.session, starter) == 60)
    sub = next(s for s in window.plan.lineup(MLS).substitutions if s.off == starter)
    assert sub.minute == 60 and sub.on in lineup.bench
    assert index.data() == "60"
    window.actions.undo.trigger()
    assert minutes(window.session, starter) == 90
    window.actions.redo.trigger()
    assert minutes(window.session, starter) == 60


def test_minutes_edit_moves_an_existing_exit(session):
    model = MinutesModel(session)
    sub = session.plan.lineup(MLS).substitutions[0]
    assert model.setData(cell(model, sub.off, MLS), 70)
    assert minutes(session, sub.off) == 70
    assert minutes(session, sub.on) == 20
    assert session.undo_stack.count() == 1


def test_full_match_removes_the_exit_and_zero_benches_a_starter(session):
    model = MinutesModel(session)
    sub = session.plan.lineup(MLS).substitutions[0]
    assert model.setData(cell(model, sub.off, MLS), 90)
    assert not any(s.off == sub.off for s in session.plan.lineup(MLS).substitutions)
    starter = session.plan.lineup(MLS).slots["GK"]
    assert model.setData(cell(model, starter, MLS), 0)
    assert session.plan.lineup(MLS).place_of(starter) == BENCH
    assert minutes(session, starter) == 0


def test_bench_player_minutes_bring_him_on(session):
    model = MinutesModel(session)
    lineup = session.plan.lineup(MLS)
    used = {s.on for s in lineup.substitutions}
    unused = next(
        p for p in lineup.bench if p not in used and session.plan.player(p).positions != ("GK",)
    )
    assert model.setData(cell(model, unused, MLS), 25)
    assert minutes(session, unused) == 25


def test_players_outside_the_matchday_squad_are_not_editable(session):
    model = MinutesModel(session)
    outside = session.plan.unselected(MLS)[0]
    index = cell(model, outside, MLS)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, 30)
    assert "pick" in index.data(Qt.ItemDataRole.ToolTipRole).lower()
    inside = session.plan.lineup(MLS).slots["ST"]
    assert model.flags(cell(model, inside, MLS)) & Qt.ItemFlag.ItemIsEditable


def test_refused_minutes_say_why_and_change_nothing(session):
    said: list[str] = []
    session.statusMessage.connect(said.append)
    model = MinutesModel(session)
    before = session.plan.lineup(MLS).copy()
    assert not model.setData(cell(model, "luis-suarez", MLS), "ninety")
    assert not model.setData(cell(model, "luis-suarez", MLS), -5)
    assert session.plan.lineup(MLS) == before
    assert len(said) == 2 and "whole number" in said[0]


def test_minutes_header_follows_a_renamed_fixture(session, qtbot):
    from dataclasses import replace

    from ui import commands

    model = MinutesModel(session)
    column = list(model.frame.columns).index(MLS)
    renamed = replace(session.plan.fixture(MLS), opponent="Toronto (renamed)")
    with qtbot.waitSignal(model.headerDataChanged):
        session.push(commands.edit_fixture(session.plan, renamed))
    assert "Toronto (renamed)" in model.headerData(column, Qt.Orientation.Horizontal)


def test_a_drop_repaints_only_the_rows_that_changed(session, qtbot):
    model = MinutesModel(session)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    session.plan.unassign(MLS, "luis-suarez")
    rows = {r for first, last in changed for r in range(first, last + 1)}
    assert list(model.frame.index).index("luis-suarez") in rows
    assert 0 < len(rows) < len(session.plan.players)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [(QLocale.Language.English, "back 18 Apr"), (QLocale.Language.Spanish, "vuelve 18 abr")],
)
def test_the_squad_list_says_when_an_injured_player_is_back(session, locale, expected):
    plan = session.plan
    hurt = replace(plan.player("marcelo-weigandt"), return_date=date(2025, 4, 18))
    plan.update_player(hurt)
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        model = SquadModel(session)
        row = model.row_of("marcelo-weigandt")
        role = model.index(row, COLUMNS.index("place")).data()
    finally:
        QLocale.setDefault(before)
    assert role == expected  # in the role column, which a player left out has free
    assert model.index(row, COLUMNS.index("name")).data() == "Marcelo Weigandt"
    plan.update_player(replace(hurt, status=Status.AVAILABLE))  # back: the date says nothing
    assert model.index(row, COLUMNS.index("place")).data() == ""


def test_can_play_follows_the_return_date_of_the_fixture_on_screen(session):
    plan = session.plan  # Weigandt injured until Wednesday 9 April, the CCC game's day
    plan.update_player(replace(plan.player("marcelo-weigandt"), return_date=date(2025, 4, 9)))
    model = SquadModel(session)
    proxy = SquadFilter()
    proxy.setSourceModel(model)
    proxy.set_status(AVAILABLE)
    assert "marcelo-weigandt" not in ids(proxy)
    model.set_fixture(CCC)  # as the squad dock does when the CCC tab comes on screen
    proxy.refilter()
    assert "marcelo-weigandt" in ids(proxy)
