"""Saves that respect the disk: through a symlink, stale temp files of a killed save, and
whether a file changed since it was read."""

from __future__ import annotations

import os
import time
from pathlib import Path

from planner import load_plan, sample_plan, save_plan
from planner.filestamp import changed_since, stamp


def test_saving_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "week.squadplan"
    save_plan(sample_plan(), target)
    link = tmp_path / "week.squadplan"
    link.symlink_to(target)
    plan = load_plan(link)
    plan.remove_player("lionel-messi")
    save_plan(plan, link)
    assert link.is_symlink() and link.resolve() == target
    assert "lionel-messi" not in load_plan(target).players
    assert sorted(p.name for p in shared.iterdir()) == ["week.squadplan"]


def test_opening_a_plan_removes_temp_files_a_killed_save_left(tmp_path: Path) -> None:
    path = tmp_path / "week.squadplan"
    save_plan(sample_plan(), path)
    stale = tmp_path / ".week.squadplan.x1y2z3.tmp"
    fresh = tmp_path / ".week.squadplan.a1b2c3.tmp"  # a save in progress in another window
    others = tmp_path / ".other.squadplan.q1w2e3.tmp"
    for temp in (stale, fresh, others):
        temp.write_bytes(b"{")
    old = time.time() - 3600
    for temp in (stale, others):
        os.utime(temp, (old, old))
    load_plan(path)
    assert not stale.exists() and fresh.exists() and others.exists()


def test_a_changed_file_is_told_from_one_only_touched(tmp_path: Path) -> None:
    path = tmp_path / "week.squadplan"
    save_plan(sample_plan(), path)
    before = stamp(path)
    assert not changed_since(path, before)
    os.utime(path, (time.time() + 60,) * 2)
    assert not changed_since(path, before)  # same bytes
    plan = sample_plan()
    plan.remove_player("luis-suarez")
    save_plan(plan, path)
    assert changed_since(path, before)
    path.unlink()
    assert not changed_since(path, before)
