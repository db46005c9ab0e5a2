"""The domain core stays free of Qt: checked by importing it and by the import-linter contract."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import planner

ROOT = Path(__file__).resolve().parents[2]


def planner_modules() -> list[str]:
    """Every module of the package except __main__ (which runs the CLI when imported)."""
    found = pkgutil.walk_packages(planner.__path__, prefix="planner.")
    return ["planner"] + [m.name for m in found if m.name != "planner.__main__"]


def test_importing_every_planner_module_loads_no_qt_or_ui() -> None:
    modules = planner_modules()
    assert "planner.fatigue.table" in modules and "planner.commands.check" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = ('PySide6', 'shiboken6', 'ui')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"planner pulled in: {result.stdout}"


def test_the_import_linter_contract_is_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The domain core never imports Qt or the UI KEPT" in result.stdout
