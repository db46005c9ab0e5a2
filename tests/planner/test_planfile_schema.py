"""Plan files with wrong types or ranges (tests/data/bad_plans.py) are refused on load with one
line naming the file and the JSON path; through the CLI that is exit 2, no traceback, and the
file as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.planfile import PlanFileError, load_plan
from tests.data import bad_plans
from tests.planner_process import run_planner


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=name) for name, change, expected in bad_plans.CASES],
)
def test_a_wrong_field_is_one_line_with_its_json_path(
    tmp_path: Path, change: bad_plans.Change, expected: str
) -> None:
    data = bad_plans.sample_data()
    change(data)
    path = bad_plans.write(tmp_path, "bad", data)
    before = path.read_bytes()
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    message = str(caught.value)
    assert message.startswith("Could not open 'bad.squadplan': ") and "\n" not in message
    assert expected in message
    done = run_planner("check", path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [f"error: {message}"]
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [pytest.param(content, expected, id=name) for name, content, expected in bad_plans.raw_cases()],
)
def test_nan_infinity_and_deep_nesting_are_refused_by_name(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "raw.squadplan"
    path.write_bytes(content)
    with pytest.raises(PlanFileError, match=r"^Could not open 'raw\.squadplan': ") as caught:
        load_plan(path)
    assert expected in str(caught.value)


def test_a_plan_saved_with_a_byte_order_mark_opens(tmp_path: Path) -> None:
    path = tmp_path / "bom.squadplan"
    path.write_bytes(b"\xef\xbb\xbf" + bad_plans.SAMPLE.read_bytes())
    assert len(load_plan(path).players) == len(bad_plans.sample_data()["players"])


def test_a_whole_number_written_as_90_point_0_is_read_as_90(tmp_path: Path) -> None:
    data = bad_plans.sample_data()
    data["history"]["minutes"][0] = float(data["history"]["minutes"][0])
    plan = load_plan(bad_plans.write(tmp_path, "floats", data))
    assert plan.history["minutes"].dtype.kind == "i"


def test_a_future_version_is_still_called_newer(tmp_path: Path) -> None:
    data = bad_plans.sample_data()
    data["version"] = 7
    with pytest.raises(PlanFileError, match="newer Squad Planner"):
        load_plan(bad_plans.write(tmp_path, "future", data))
    data["version"] = "1"
    path = tmp_path / "text-version.squadplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert "newer" not in str(caught.value)
