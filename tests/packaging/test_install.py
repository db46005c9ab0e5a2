"""``pip install`` of the built wheel into a fresh virtual environment gives a working app away
from the source tree: data, icons and the translation are inside the packages.

Slow (a venv with PySide6, pandas, HiGHS: about a minute with pip's cache); ``make test`` and
so CI run it. ``pytest -m "not slow"`` leaves it out while working.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(*command: str | Path, cwd: Path, env: dict[str, str]) -> str:
    """stdout of a command that must succeed."""
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Callable[..., str], Path]:
    """(a runner of the fresh venv's programs in a folder outside the tree, that folder), where
    the sample plan is week.squadplan."""
    home = tmp_path_factory.mktemp("installed")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
        PYTHONDONTWRITEBYTECODE="1",
    )  # fmt: skip
    wheels = home / "wheels"
    pip_wheel = ("-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT)
    run(sys.executable, *pip_wheel, cwd=home, env=env)
    [wheel] = wheels.glob("squad_planner-*.whl")
    venv.create(home / "venv", with_pip=True)  # no --system-site-packages: nothing leaks in
    bin_ = home / "venv" / ("Scripts" if os.name == "nt" else "bin")
    run(bin_ / "python", "-m", "pip", "install", "-q", wheel, cwd=home, env=env)
    work = home / "work"
    work.mkdir()

    def run_installed(program: str, *args: str, **more_env: str) -> str:
        return run(bin_ / program, *args, cwd=work, env=env | more_env)

    run_installed("python", "-m", "planner", "new", "--sample", "-o", "week.squadplan")
    return run_installed, work


def test_the_installed_cli_checks_exports_and_suggests(installed) -> None:
    app, work = installed
    assert "warning" in app("squad-planner-cli", "check", "week.squadplan").lower()
    app("squad-planner-cli", "export", "week.squadplan", "-o", "week.xlsx")
    assert len(load_workbook(work / "week.xlsx", read_only=True).sheetnames) >= 3
    # the optimiser runs without scipy: it is not a dependency
    app("squad-planner-cli", "suggest", "week.squadplan", "-o", "suggested.squadplan")
    assert (work / "suggested.squadplan").stat().st_size > 0
    assert app("squad-planner-cli", "--version").startswith("Squad Planner ")
    listing = app("python", "-m", "pip", "list").lower()
    assert "scipy" not in listing


def test_the_installed_window_opens_a_plan_in_its_language_with_its_icons(installed) -> None:
    app, _ = installed
    title = app("squad-planner", "--quit-after-first-frame", "week.squadplan")
    assert title.strip() == "Squad Planner - week.squadplan"
    probe = (
        "from ui.app import start_app\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.theme import icon\n"
        "app = start_app([])\n"
        "print(QCoreApplication.translate('Actions', '&File'), icon('app').isNull())\n"
    )
    spanish = {"LANG": "es_ES.UTF-8", "LC_ALL": "es_ES.UTF-8", "LANGUAGE": "es"}
    assert app("python", "-c", probe, **spanish).split() == ["&Archivo", "False"]
    where = app("python", "-c", "import ui; print(ui.__file__)")
    assert not Path(where.strip()).is_relative_to(ROOT)  # the installed copy, not the tree's
