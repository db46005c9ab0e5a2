"""Runs ``python -m planner`` in a child process, as a user's shell would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_planner(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The finished child process (exit code, stdout, stderr) of ``python -m planner ARGS``."""
    return subprocess.run(
        [sys.executable, "-m", "planner", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
