"""The version lives in pyproject.toml only: ``--version`` of both entry points prints it, and a
source tree that was never installed still knows it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError
from pathlib import Path

import pytest

from planner import version as version_module
from tests.planner_process import run_planner

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def test_python_m_planner_version_prints_pyprojects_version() -> None:
    done = run_planner("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Squad Planner {pyproject_version()}\n"


def test_the_window_entry_point_prints_the_version_without_opening_a_window() -> None:
    code = "import sys; from ui.app import main; sys.exit(main(['--version']))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Squad Planner {pyproject_version()}\n"
    assert "QApplication" not in done.stderr


def test_a_source_tree_never_installed_reads_pyproject(monkeypatch) -> None:
    def not_installed(name: str) -> str:
        raise PackageNotFoundError(name)

    monkeypatch.setattr("importlib.metadata.version", not_installed)
    assert version_module.version() == pyproject_version()


@pytest.mark.parametrize(
    "text",
    ["", "[project]\nname = 'other'\nversion = '9'\n", "[project\n", "[tool.x]\n"],
)
def test_no_readable_pyproject_of_ours_is_unknown(tmp_path, text) -> None:
    if text:
        (tmp_path / "pyproject.toml").write_text(text)
    assert version_module.source_tree_version(tmp_path) == "unknown"
