"""How the window names a fixture, in the app's language: the tab title and the short label of
lists, tooltips and messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner import Fixture
from planner.fixtures import competition_short_name
from ui.language import local_date


def tr(text: str) -> str:
    return QCoreApplication.translate("FixtureTab", text)  # the tab's words, where they began


def fixture_tab_title(fixture: Fixture) -> str:
    """ "Sun 6 Apr · v Toronto FC · MLS ★★★" (importance as stars)."""
    stars = "★" * fixture.importance
    competition = competition_short_name(fixture.competition)
    return f"{_when(fixture)} · {_against(fixture)} · {competition} {stars}"


def fixture_label(fixture: Fixture) -> str:
    """ "Sun 6 Apr v Toronto FC" (lists, tooltips, messages)."""
    return f"{_when(fixture)} {_against(fixture)}"


def fixture_date(fixture: Fixture) -> str:
    """ "Sun 6 Apr" (undo texts and the status bar name the fixture an edit was made in)."""
    return _when(fixture)


def _when(fixture: Fixture) -> str:
    return local_date(fixture.kickoff, "ddd d MMM")


def _against(fixture: Fixture) -> str:
    return (tr("v {0}") if fixture.home else tr("at {0}")).format(fixture.opponent)
