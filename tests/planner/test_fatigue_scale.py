"""The readiness scale (docs/fatigue-model.md): red below readiness_red, amber below
readiness_amber, green from it; the fatigue risk's "readiness red" is the same red."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from planner import ModelParams
from planner.fatigue import ReadinessBand, in_red, readiness_band

readiness = st.floats(min_value=0, max_value=100, allow_nan=False)


@given(readiness, st.integers(0, 100), st.integers(0, 100))
def test_a_value_falls_in_the_documented_band(value: float, a: int, b: int) -> None:
    red, amber = sorted((a, b))
    params = replace(ModelParams(), readiness_amber=amber, readiness_red=red)
    documented = "red" if value < red else "amber" if value < amber else "green"
    assert readiness_band(value, params).name.lower() == documented


@given(st.lists(readiness | st.just(float("nan")), max_size=20), st.integers(0, 100))
def test_in_red_marks_each_value_below_the_red_cut_off(values: list[float], red: int) -> None:
    params = replace(ModelParams(), readiness_red=red)
    marked = in_red(np.array(values, dtype=float), params)
    assert marked.tolist() == [v < red for v in values]  # NaN (not known) is never red


def test_the_bands_carry_the_documented_colours() -> None:
    colours = {band.name: band.value for band in ReadinessBand}
    assert colours == {"GREEN": "#2E7D32", "AMBER": "#F9A825", "RED": "#C62828"}
