"""Cards keep their formation places when they fit, never overlap when they do not, and a line
of the formation never zigzags."""

from __future__ import annotations

import pytest
from helpers import MLS
from hypothesis import given
from hypothesis import strategies as st

from planner import formations
from planner.formations import Formation
from ui.pitch.markings import PITCH_LENGTH, PITCH_WIDTH, SCENE_RECT
from ui.pitch.spread import fit_cards
from ui.pitch.view import CARD_METRES, MIN_CARD_PX, PitchView

shapes = st.sampled_from(list(formations().values()))
TOP, BOTTOM, ASPECT = SCENE_RECT.top(), SCENE_RECT.bottom(), 92 / 130


def places(shape: Formation) -> list[tuple[float, float]]:
    return [(s.x * PITCH_WIDTH, (1 - s.y) * PITCH_LENGTH) for s in shape.slots]


@given(shape=shapes)
def test_small_cards_stay_at_their_formation_places(shape):
    points = places(shape)
    assert fit_cards(points, 5, ASPECT, TOP, BOTTOM, 0.5) == (5, [y for _, y in points])


# up to 32 m: 80 px on the smallest pitch view (2.5 px a metre); a straight line of wider cards
# may not fit even at a third of that
@given(shape=shapes, wanted=st.floats(8, 32), gap=st.floats(0, 2))
def test_cards_never_overlap_and_stay_on_the_pitch(shape, wanted, gap):
    points = places(shape)
    width, ys = fit_cards(points, wanted, ASPECT, TOP, BOTTOM, gap)
    height = width * ASPECT
    assert wanted / 3 <= width <= wanted
    for i in range(len(points)):
        assert TOP + height / 2 - 1e-6 <= ys[i] <= BOTTOM - height / 2 + 1e-6
        for j in range(i + 1, len(points)):
            side_by_side = abs(points[i][0] - points[j][0]) >= width + gap
            assert side_by_side or abs(ys[i] - ys[j]) >= height + gap - 1e-3, (i, j)


@given(shape=shapes, wanted=st.floats(8, 40))
def test_the_goalkeeper_stays_the_deepest(shape, wanted):
    _, ys = fit_cards(places(shape), wanted, ASPECT, TOP, BOTTOM, 0.5)
    assert ys[0] == max(ys)  # slots list the goalkeeper first


LINE = 0.05  # slots this close in the formation's depth (0-1) are one line: a back four


def _lines_hold(shape: Formation, ys: list[float]) -> None:
    """Cards of one line keep their formation depths relative to each other: the same y for the
    same formation y, the same shift for all."""
    for (i, a), (j, b) in ((p, q) for p in enumerate(shape.slots) for q in enumerate(shape.slots)):
        if a.y == b.y:
            assert ys[i] == ys[j], (a.name, b.name)
        if abs(a.y - b.y) <= LINE:
            shift_a = ys[i] - (1 - a.y) * PITCH_LENGTH
            shift_b = ys[j] - (1 - b.y) * PITCH_LENGTH
            assert abs(shift_a - shift_b) < 1e-6, (a.name, b.name)


@given(shape=shapes, pitch_px=st.floats(180, 1400))
def test_a_line_stays_one_line_at_any_view_size(shape, pitch_px):
    metre_px = pitch_px / SCENE_RECT.width()  # the zoom of a pitch that wide (the view: >= 200)
    wanted, gap = max(CARD_METRES, MIN_CARD_PX / metre_px), 4 / metre_px
    points = places(shape)
    width, ys = fit_cards(points, wanted, ASPECT, TOP, BOTTOM, gap)
    _lines_hold(shape, ys)
    height = width * ASPECT
    for i in range(len(points)):
        for j in range(i + 1, len(points)):
            apart_x = abs(points[i][0] - points[j][0]) >= width + gap - 1e-6
            assert apart_x or abs(ys[i] - ys[j]) >= height + gap - 1e-3, (i, j)


@pytest.mark.parametrize("name", list(formations()))
@pytest.mark.parametrize("size", [(200, 280), (260, 400), (420, 620), (700, 1000)])
def test_cards_on_a_pitch_view_stand_in_straight_lines(qtbot, session, name, size):
    plan = session.plan
    plan.set_formation(MLS, name)
    view = PitchView(session, MLS)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    shape = formations()[name]
    cards = [view.slot_card(slot.name) for slot in shape.slots]
    _lines_hold(shape, [card.pos().y() for card in cards])
    boxes = [card.sceneBoundingRect() for card in cards]
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            overlap = boxes[i].intersected(boxes[j])
            assert overlap.width() * overlap.height() < 1e-6, (
                shape.slots[i].name,
                shape.slots[j].name,
            )
