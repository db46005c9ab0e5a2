"""What a player card says and how it looks: minutes, readiness with a number, status."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from helpers import MLS, QUIET

from planner import Fixture, Status
from ui.fixture_names import fixture_tab_title
from ui.pitch import card_pixmap
from ui.pitch.card import CARD_H
from ui.pitch.facts import card_info

pytestmark = QUIET


def test_card_info_tells_minutes_and_planned_changes(session):
    picault = card_info(session, MLS, "fafa-picault")  # starts, off at 60'
    messi = card_info(session, MLS, "lionel-messi")  # on at 60'
    alba = card_info(session, MLS, "jordi-alba")  # on the bench, not planned to come on

    assert (picault.minutes, picault.sub, picault.sub_minute) == (60, "off", 60)
    assert (messi.minutes, messi.sub) == (30, "on")
    assert (alba.minutes, alba.sub) == (0, "")
    assert messi.number == "10" and messi.surname == "Messi"


def test_out_of_position_is_marked_with_his_real_position(session):
    session.plan.assign(MLS, "luis-suarez", "RB")

    assert card_info(session, MLS, "luis-suarez").natural_position == "ST"
    assert card_info(session, MLS, "ian-fray").natural_position in (None, "RB")


def test_card_pixmap_is_sharp_on_high_dpi_screens(session):
    pixmap = card_pixmap(session, MLS, "lionel-messi", 2.0, width=130)

    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (260, round(CARD_H * 2))
    image = pixmap.toImage()
    face = image.pixelColor(round(image.width() * 0.9), round(image.height() * 0.5))
    assert face.lightness() > 200  # the light card face, readable on the green pitch


def test_status_shows_in_the_tooltip_in_words(session):
    alba = session.plan.player("jordi-alba")
    session.plan.update_player(replace(alba, status=Status.DOUBTFUL))
    assert "doubtful" in card_info(session, MLS, "jordi-alba").tooltip


def test_tab_title_says_date_opponent_competition_and_importance():
    fixture = Fixture("x", datetime(2025, 4, 6, 19), "Toronto FC", "MLS", importance=3)
    assert fixture_tab_title(fixture) == "Sun 6 Apr · v Toronto FC · MLS ★★★"
    away = Fixture("y", datetime(2025, 4, 2, 22), "LAFC", "CCC", importance=5, home=False)
    assert fixture_tab_title(away) == "Wed 2 Apr · at LAFC · CCC ★★★★★"


def test_cards_stay_readable_and_apart_on_a_laptop_sized_pitch(tab, qtbot):
    pitch = tab.pitch
    pitch.setFixedSize(270, 390)  # the pitch of a 1280 x 800 window with every dock open
    qtbot.waitUntil(lambda: pitch.height() == 390)

    # a straight back four bounds the width: full-back and centre-back are 17 m apart
    assert pitch.card_width_px() >= 54
    rects = [card.sceneBoundingRect() for card in pitch.cards]
    for i, a in enumerate(rects):
        assert all(not a.intersects(b) for b in rects[i + 1 :])
        assert pitch.sceneRect().contains(a)
