"""A fixture's tab: the pitch, the bench, the substitution timeline and the player card."""

from ui.pitch.bench import BenchView
from ui.pitch.card import card_pixmap
from ui.pitch.fixture_tab import FixtureTab
from ui.pitch.menus import lineup_menu
from ui.pitch.timeline import SubsTimeline
from ui.pitch.view import PitchView

__all__ = [
    "BenchView",
    "FixtureTab",
    "PitchView",
    "SubsTimeline",
    "card_pixmap",
    "lineup_menu",
]
