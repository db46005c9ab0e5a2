"""The window starts without the heavy libraries only import, export and suggest need."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("openpyxl", "python_calamine", "highspy", "scipy")

START = f"""
import sys
from ui.app import main
status = main([{str(SAMPLE)!r}, "--quit-after-first-frame"])
print("loaded:", ",".join(sorted({{m.split(".")[0] for m in sys.modules}} & {set(HEAVY)!r})))
sys.exit(status)
"""


def test_the_window_starts_without_openpyxl_calamine_highs_or_scipy(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", START],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    title, loaded = result.stdout.splitlines()[-2:]
    assert SAMPLE.stem in title  # the window was up and painted
    assert loaded.startswith("loaded:")
    assert loaded.removeprefix("loaded:").strip() == "", f"start-up imported {loaded}"
