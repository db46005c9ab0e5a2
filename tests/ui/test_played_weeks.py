"""View > Show played weeks: the tabs of past weeks' played matches are put away so the window
shows what is ahead; the readiness table keeps counting them; the choice is saved."""

from __future__ import annotations

from datetime import datetime

from helpers import CCC, MLS, QUIET
from PySide6.QtWidgets import QTabBar

from planner import Fixture
from planner.played import record_from_lineup
from ui.commands import PlanEdit
from ui.settings import SHOW_PLAYED_WEEKS, Settings

pytestmark = QUIET


def _shown_fixtures(window) -> list[str]:
    tabs = window.tabs
    bar = tabs.findChild(QTabBar)
    return [tabs.widget(i).fixture_id for i in range(tabs.count()) if bar.isTabVisible(i)]


def test_past_weeks_played_tabs_are_put_away_until_asked_for(window, qtbot):
    plan = window.plan

    def next_week_played(p) -> None:
        p.add_fixture(Fixture("2025-04-13", datetime(2025, 4, 13, 19), "Orlando City"))
        p.add_fixture(Fixture("2025-04-16", datetime(2025, 4, 16, 19), "LAFC"))
        for fid in (MLS, CCC):
            p.record_played(fid, record_from_lineup(p.lineup(fid), p.fixture(fid), 0))

    window.session.push(PlanEdit(plan, "next week", next_week_played))
    # Sun 13 is next to play: Sun 6 is a week before it, put away; Wed 9 is this week's
    assert _shown_fixtures(window) == [CCC, "2025-04-13", "2025-04-16"]
    assert window.tabs.fixture_id() != MLS
    rows = {idx[1] for idx in window.session.fatigue().index}
    assert {MLS, CCC} <= rows  # readiness still spans the played matches

    window.actions.show_played_weeks.trigger()
    assert _shown_fixtures(window) == [MLS, CCC, "2025-04-13", "2025-04-16"]
    assert Settings().get(SHOW_PLAYED_WEEKS) is True
    window.actions.show_played_weeks.trigger()
    assert _shown_fixtures(window) == [CCC, "2025-04-13", "2025-04-16"]
    assert Settings().get(SHOW_PLAYED_WEEKS) is False
    window.session.undo_stack.undo()  # not played any more: back on show
    assert _shown_fixtures(window) == [MLS, CCC]
