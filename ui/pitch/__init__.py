"""A fixture's tab: the pitch, the bench, the substitution timeline and the player card."""

from ui.pitch.bench import BenchView
from ui.pitch.card import card_pixmap
from ui.pitch.fixture_tab import FixtureTab, fixture_tab_title
from ui.pitch.menus import lineup_menu
from ui.pitch.none_guard import protect_none
from ui.pitch.timeline import SubsTimeline
from ui.pitch.view import PitchView

protect_none()  # before anything paints: see none_guard (PySide6 6.12.0 on Python 3.11)

__all__ = [
    "BenchView",
    "FixtureTab",
    "PitchView",
    "SubsTimeline",
    "card_pixmap",
    "fixture_tab_title",
    "lineup_menu",
]
