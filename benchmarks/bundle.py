"""The frozen build (dist/squad-planner, `make package`) against the venv app, same run: size on
disk, and start-up from launch until the window has painted its first frame and the process has
ended (`--quit-after-first-frame` on the sample plan, offscreen), alternated after one untimed
run of each, medians. The venv's size counts the files of the app's runtime distributions
(squad-planner and what it requires, recursively), i.e. what `pip install` brings.

Run: .venv/bin/python benchmarks/bundle.py  (after `make package`)
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "squad-planner"
SUFFIX = ".exe" if sys.platform == "win32" else ""
SAMPLE = ROOT / "samples" / "miami-april-2025.squadplan"
RUNS = 10  # pairs


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def installed_bytes(name: str = "squad-planner") -> int:
    """Bytes of the files of distribution name and every distribution it requires (no extras)."""
    seen: set[str] = set()
    todo, total = [name], 0
    while todo:
        key = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = distribution(key)
        except PackageNotFoundError:  # a requirement for another platform or Python
            continue
        for file in dist.files or []:
            path = Path(dist.locate_file(file))
            if path.is_file() and key != "squad-planner":  # editable: the tree is not the app
                total += path.stat().st_size
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                todo.append(re.match(r"[A-Za-z0-9_.-]+", requirement).group(0))
    return total


def startup_seconds() -> dict[str, float]:
    """Median seconds from launch to the end of a --quit-after-first-frame run, each build."""
    commands = {
        "frozen": [str(BUNDLE / f"squad-planner{SUFFIX}")],
        "venv": [str(Path(sys.executable).parent / f"squad-planner{SUFFIX}")],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(
            QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=f"{home}/c", XDG_DATA_HOME=f"{home}/d",
            XDG_CACHE_HOME=f"{home}/k",
        )  # fmt: skip
        for run in range(RUNS + 1):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(
                    [*command, "--quit-after-first-frame", str(SAMPLE)], env=env, cwd=home,
                    check=True, capture_output=True, timeout=120,
                )  # fmt: skip
                if run:  # the first run of each only warms the disk cache
                    times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    if not (BUNDLE / f"squad-planner{SUFFIX}").is_file():
        sys.exit(f"no frozen build in {BUNDLE}: run `make package` first")
    frozen, venv = folder_bytes(BUNDLE), installed_bytes()
    print(
        f"size: frozen bundle {frozen / 1e6:.0f} MB, venv app (installed distributions) "
        f"{venv / 1e6:.0f} MB, ratio {frozen / venv:.2f}"
    )
    seconds = startup_seconds()
    print(
        f"start-up to first frame and exit, sample plan: frozen {seconds['frozen'] * 1000:.0f} ms,"
        f" venv {seconds['venv'] * 1000:.0f} ms, ratio {seconds['frozen'] / seconds['venv']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
