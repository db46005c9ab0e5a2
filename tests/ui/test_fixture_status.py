"""The status a card and the squad list show is the player's status for the fixture on screen
(planner.rules.status_for): banned by a red card he is suspended for the next fixture of that
competition only; injured with a return date he is available from that day; tooltips say why."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from helpers import CCC, MLS, QUIET
from PySide6.QtCore import Qt

from planner import Fixture, Status
from planner.played import Card, CardColour, Moment, record_from_lineup
from ui.pitch.facts import card_info
from ui.squad.model import COLUMNS
from ui.theme import status_icon

pytestmark = [QUIET, pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")]

FRAY, FALCON, SATURDAY = "ian-fray", "maximiliano-falcon", "saturday"


def squad_cell(window, player_id: str, role: Qt.ItemDataRole):
    model = window.squad.model
    row = model.row_of(player_id)
    return model.index(row, COLUMNS.index("name")).data(role)


def same_icon(shown, status: str) -> bool:
    return shown.pixmap(16).toImage() == status_icon(status).pixmap(16).toImage()


def test_cards_and_the_squad_list_show_the_status_for_the_fixture_on_screen(window):
    plan = window.plan
    plan.add_fixture(
        Fixture(SATURDAY, datetime(2025, 4, 12, 19, 30), "D.C. United", "MLS"), plan.lineup(MLS)
    )
    sunday = record_from_lineup(plan.lineup(MLS), plan.fixture(MLS), 0)
    plan.record_played(MLS, replace(sunday, cards=(Card(Moment(70), FRAY, CardColour.RED),)))
    hurt = replace(plan.player(FALCON), status=Status.INJURED, return_date=date(2025, 4, 10))
    plan.update_player(hurt)

    window.tabs.show_fixture(SATURDAY)  # the next MLS fixture: Fray banned, Falcon back
    fray = card_info(window.session, SATURDAY, FRAY)
    assert fray.status is Status.SUSPENDED and "red card" in fray.tooltip
    assert same_icon(squad_cell(window, FRAY, Qt.ItemDataRole.DecorationRole), "suspended")
    assert "red card" in squad_cell(window, FRAY, Qt.ItemDataRole.ToolTipRole)
    falcon = card_info(window.session, SATURDAY, FALCON)
    assert falcon.status is Status.AVAILABLE and "back 10 Apr" in falcon.tooltip
    assert same_icon(squad_cell(window, FALCON, Qt.ItemDataRole.DecorationRole), "available")

    window.tabs.show_fixture(CCC)  # the Champions Cup: no ban; 9 April, still injured
    assert card_info(window.session, CCC, FRAY).status is Status.AVAILABLE
    assert same_icon(squad_cell(window, FRAY, Qt.ItemDataRole.DecorationRole), "available")
    assert card_info(window.session, CCC, FALCON).status is Status.INJURED
    assert same_icon(squad_cell(window, FALCON, Qt.ItemDataRole.DecorationRole), "injured")
    assert "back 10 Apr" in squad_cell(window, FALCON, Qt.ItemDataRole.ToolTipRole)
