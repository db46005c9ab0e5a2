"""Cards keep their formation places when they fit, and never overlap when they do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner import formations
from planner.formations import Formation
from ui.pitch.markings import PITCH_LENGTH, PITCH_WIDTH, SCENE_RECT
from ui.pitch.spread import fit_cards

shapes = st.sampled_from(list(formations().values()))
TOP, BOTTOM, ASPECT = SCENE_RECT.top(), SCENE_RECT.bottom(), 92 / 130


def places(shape: Formation) -> list[tuple[float, float]]:
    return [(s.x * PITCH_WIDTH, (1 - s.y) * PITCH_LENGTH) for s in shape.slots]


@given(shape=shapes)
def test_small_cards_stay_at_their_formation_places(shape):
    points = places(shape)
    assert fit_cards(points, 5, ASPECT, TOP, BOTTOM, 0.5) == (5, [y for _, y in points])


@given(shape=shapes, wanted=st.floats(8, 40), gap=st.floats(0, 2))
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
