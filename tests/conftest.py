"""Shared test set-up: Qt offscreen, settings isolated from the user's, the sample plan."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from planner import Plan, sample_plan


def pytest_collection_finish(session: pytest.Session) -> None:
    """Importing ui pauses the garbage collector for the app's start-up (ui/__init__.py); once
    the test modules are collected, the tests run with it on, as the app does once it is up."""
    import sys

    if "ui" in sys.modules:
        sys.modules["ui"].end_of_start_up()


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Qt settings and recovery files go to a temp folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:
        return
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def plan() -> Plan:
    """A fresh copy of the sample week."""
    return sample_plan()
