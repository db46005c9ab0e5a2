"""Runs ``python -m planner`` in a child process, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_planner(*args: str | Path, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """The finished child process (exit code, stdout, stderr) of ``python -m planner ARGS``,
    in the POSIX locale lang (English by default, whatever the machine's)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return subprocess.run(
        [sys.executable, "-m", "planner", *map(str, args)],
        cwd=ROOT,
        env=env | {"LANG": lang},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
