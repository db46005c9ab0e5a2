"""Application entry point: ``squad-planner [PLAN]``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from planner import load_plan, sample_plan


def build_window(plan_path: str | Path | None = None) -> QMainWindow:
    """The main window on the plan at plan_path, or the sample week."""
    plan = load_plan(plan_path) if plan_path else sample_plan()
    window = QMainWindow()
    window.plan = plan
    window.setWindowTitle(QApplication.translate("MainWindow", "Squad Planner"))
    window.setCentralWidget(QLabel(f"{len(plan.players)} players, {len(plan.fixtures)} fixtures"))
    window.resize(1280, 800)
    return window


def main() -> int:
    """Start the app."""
    app = QApplication(sys.argv)
    window = build_window(sys.argv[1] if len(sys.argv) > 1 else None)
    window.show()
    return app.exec()
