"""Help > About: version (from pyproject.toml), licence and the libraries' versions."""

from __future__ import annotations

import tomllib
from importlib.metadata import version as installed
from pathlib import Path

import numpy
import openpyxl
import pandas
import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parents[2]


def test_help_about_shows_version_licence_and_library_versions(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.actions.about.trigger()
    [text] = shown
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    assert f"version {project['version']}" in text
    assert project["license"] == "MIT" and "MIT licence" in text
    for name, number in (
        ("PySide6", PySide6.__version__),
        ("Qt", qVersion()),
        ("pandas", pandas.__version__),
        ("numpy", numpy.__version__),
        ("openpyxl", openpyxl.__version__),
        ("highspy", installed("highspy")),
        ("python-calamine", installed("python-calamine")),
    ):
        assert f"<td>{name}</td><td>&nbsp;&nbsp;{number}</td>" in text, name
