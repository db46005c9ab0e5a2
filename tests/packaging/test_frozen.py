"""The PyInstaller one-folder build (``make package``, packaging/squad_planner.spec) runs with no
Python around it: its CLI writes a plan and exports the workbook, checked here with openpyxl, and
its window opens the plan offscreen and paints.

``make test`` builds the bundle first. Run alone with no bundle, these tests skip; under CI=true
they fail: the build must be checked there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "squad-planner"
SUFFIX = ".exe" if sys.platform == "win32" else ""
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / f"squad-planner{SUFFIX}").is_file():
        message = f"no frozen build in {BUNDLE}: run `make package`"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return BUNDLE


def run_frozen(bundle: Path, name: str, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """A bundle executable run as a user would, with no Python variables leaking in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(
        QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(cwd / "config"),
        XDG_DATA_HOME=str(cwd / "data"), XDG_CACHE_HOME=str(cwd / "cache"),
    )  # fmt: skip
    done = subprocess.run(
        [str(bundle / f"{name}{SUFFIX}"), *args], cwd=cwd, env=env, capture_output=True,
        text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"{name} {args}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr and "qt.qpa.plugin" not in done.stderr, done.stderr
    return done


def test_the_frozen_cli_exports_a_workbook_of_the_sample(bundle, tmp_path) -> None:
    run_frozen(bundle, "squad-planner-cli", "new", "--sample", "-o", "week.squadplan", cwd=tmp_path)
    run_frozen(
        bundle, "squad-planner-cli", "export", "week.squadplan", "-o", "week.xlsx", cwd=tmp_path
    )
    plan = json.loads((tmp_path / "week.squadplan").read_text(encoding="utf-8"))
    book = load_workbook(tmp_path / "week.xlsx", read_only=True)
    for fixture in plan["fixtures"]:
        assert any(sheet.endswith(fixture["opponent"]) for sheet in book.sheetnames), fixture
    listed = {row[0] for row in book["Planned minutes"].iter_rows(values_only=True)}
    assert {player["name"] for player in plan["players"]} <= listed


def test_the_frozen_window_opens_the_plan_and_paints(bundle, tmp_path) -> None:
    run_frozen(bundle, "squad-planner-cli", "new", "--sample", "-o", "mine.squadplan", cwd=tmp_path)
    done = run_frozen(
        bundle, "squad-planner", "--quit-after-first-frame", "mine.squadplan", cwd=tmp_path
    )
    assert done.stdout.strip() == "Squad Planner - mine.squadplan"


def test_both_frozen_executables_know_the_version(bundle, tmp_path) -> None:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        expected = f"Squad Planner {tomllib.load(handle)['project']['version']}\n"
    for name in ("squad-planner", "squad-planner-cli"):
        assert run_frozen(bundle, name, "--version", cwd=tmp_path).stdout == expected
