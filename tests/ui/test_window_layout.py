"""The fixture tab at laptop and desktop sizes: one header line, a pitch that stays put."""

from __future__ import annotations

import pytest
from helpers import MLS, QUIET

from ui.commands import UnassignPlayer

pytestmark = QUIET
SIZES = [(1280, 800), (1920, 1080)]


def _shown_at(window, qtbot, size):
    window.resize(*size)
    window.restore_layout()
    tab = window.tabs.show_fixture(MLS)
    # the bench follows the pitch's size a turn later; on a busy machine the turns come slowly
    for _ in range(20):
        before = tab.pitch.geometry()
        qtbot.wait(100)
        if tab.pitch.geometry() == before:
            break
    return tab


def _error_in_header(window, tab, qtbot) -> None:
    window.session.push(UnassignPlayer(window.plan, MLS, "luis-suarez"))
    qtbot.waitUntil(lambda: _errors(tab))
    qtbot.wait(50)


def _errors(tab) -> bool:
    return "XI 10/11" in tab.xi_label.text()  # a starter left out: an error


def _one_line(tab) -> None:
    header = [tab.formation_picker, tab.xi_label, tab.bench_label, tab.subs_label]
    header.append(tab.warnings_label)
    middles = {w.mapTo(tab, w.rect().center()).y() for w in header if w.isVisible()}
    assert max(middles) - min(middles) <= 2, middles  # side by side, not wrapped below
    for count in (tab.xi_label, tab.bench_label, tab.subs_label):
        assert count.isVisible() and count.width() >= count.sizeHint().width(), count.text()
        assert count.mapTo(tab, count.rect().topRight()).x() <= tab.width()


@pytest.mark.parametrize("size", SIZES)
def test_the_header_stays_one_line_with_every_count_whole(window, qtbot, size):
    tab = _shown_at(window, qtbot, size)
    _one_line(tab)
    _error_in_header(window, tab, qtbot)
    _one_line(tab)
    assert "XI 10/11" in tab.xi_label.text()


def test_a_narrow_tab_shortens_the_header_and_keeps_the_counts(tab, session, qtbot):
    session.push(UnassignPlayer(session.plan, MLS, "luis-suarez"))
    qtbot.waitUntil(lambda: _errors(tab))
    tab.resize(tab.minimumSizeHint().width(), 760)  # the narrowest the window allows
    qtbot.wait(20)
    _one_line(tab)
    assert "windows" not in tab.subs_label.text()  # the less important part went first
    assert tab.subs_label.text().endswith("Subs 3/5")
    assert "Subs 3/5, windows 2/3" in tab.subs_label.toolTip()  # still there to read
    assert not tab.header.formation_label.isVisible()


@pytest.mark.parametrize("size", SIZES)
def test_the_pitch_does_not_move_when_an_error_appears_or_goes(window, qtbot, size):
    tab = _shown_at(window, qtbot, size)
    before = tab.pitch.geometry()
    _error_in_header(window, tab, qtbot)
    assert _errors(tab)
    assert tab.pitch.geometry() == before
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: not _errors(tab))
    qtbot.wait(50)
    assert tab.pitch.geometry() == before
