"""Plan files: save -> load gives back the same plan; bad files fail clearly; saves are atomic."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from planner import Lock, LockKind, Plan, PlanFileError, load_plan, sample_plan, save_plan
from planner.atomic import SaveError
from planner.planfile import VERSION, plan_from_dict, plan_to_dict
from tests.strategies import plans

SAMPLE_FILE = Path(__file__).resolve().parents[2] / "samples" / "miami-april-2025.squadplan"


def test_the_sample_week_survives_save_and_load(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "week.squadplan"
    save_plan(plan, path)
    loaded = load_plan(path)
    assert loaded.matches(plan)
    assert loaded.history.dtypes.equals(plan.history.dtypes)


def test_the_committed_sample_file_is_the_sample_plan() -> None:
    """`make samples` regenerates it; this fails when the sample data and the file drift."""
    assert load_plan(SAMPLE_FILE).matches(sample_plan())


def test_an_older_file_s_pins_open_as_locks(tmp_path: Path) -> None:
    data = plan_to_dict(sample_plan())
    del data["locks"]
    data["pins"] = {
        "2025-04-06-toronto-fc": {"lionel-messi": "RW", "jordi-alba": "BENCH"},
        "2025-04-09-lafc": {"luis-suarez": "REST"},
    }
    path = tmp_path / "old.squadplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    plan = load_plan(path)
    assert plan.locks == {
        "2025-04-06-toronto-fc": {
            "lionel-messi": Lock(LockKind.START, "RW"),
            "jordi-alba": Lock(LockKind.BENCH),
        },
        "2025-04-09-lafc": {"luis-suarez": Lock(LockKind.REST)},
    }
    save_plan(plan, path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert "pins" not in written
    assert written["locks"]["2025-04-06-toronto-fc"]["lionel-messi"] == {
        "kind": "start",
        "slot": "RW",
    }


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_random_plans_survive_save_and_load(tmp_path_factory: pytest.TempPathFactory, plan: Plan):
    path = tmp_path_factory.mktemp("plans") / "random.squadplan"
    save_plan(plan, path)
    assert load_plan(path).matches(plan)


@settings(max_examples=80, deadline=None)
@given(plans())
def test_plan_data_survives_json(plan: Plan) -> None:
    data = json.loads(json.dumps(plan_to_dict(plan)))
    assert plan_from_dict(data).matches(plan)


def test_a_file_from_a_newer_version_is_refused_by_name(plan: Plan, tmp_path: Path) -> None:
    data = plan_to_dict(plan) | {"version": VERSION + 1}
    path = tmp_path / "future.squadplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFileError, match=r"'future\.squadplan'.*newer"):
        load_plan(path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": "squad-planner", "version": 1, "players": [', "damaged"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not a text plan file"),
        (b"[1, 2, 3]", "not a Squad Planner plan"),
        (b'{"format": "something-else"}', "not a Squad Planner plan"),
        (b'{"format": "squad-planner", "version": 1}', "damaged"),
    ],
    ids=["truncated", "binary", "json-list", "foreign-json", "missing-parts"],
)
def test_a_broken_or_foreign_file_is_refused_by_name(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "broken.squadplan"
    path.write_bytes(content)
    with pytest.raises(PlanFileError, match=r"broken\.squadplan") as info:
        load_plan(path)
    assert reason in str(info.value)


def test_a_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match=r"'absent\.squadplan'"):
        load_plan(tmp_path / "absent.squadplan")


def test_a_failed_save_leaves_the_old_file_whole(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "week.squadplan"
    save_plan(plan, path)
    old = path.read_bytes()
    plan.remove_player("lionel-messi")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SaveError, match="old file was left as it was"):
        save_plan(plan, path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["week.squadplan"]
