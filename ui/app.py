"""Application entry point: ``squad-planner [PLAN] [--tab N] [--version]``.

The planner core (pandas, numpy) is imported before PySide6 on purpose: PySide6 inspects every
module imported after it (for its __feature__ switch), which would add a third of a second to
start-up for pandas' hundreds of modules.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner import load_plan, sample_plan
from planner.errors import PlannerError
from planner.version import ShowVersion

# the menu entry packaging/linux/squad-planner.desktop installs (make install-desktop)
DESKTOP_FILE = "squad-planner"

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow


def _name_app() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("SquadPlanner")
    QCoreApplication.setApplicationName("SquadPlanner")


def build_window(plan_path: str | Path | None = None, *, use_last: bool = True) -> MainWindow:
    """The main window on the plan at plan_path; without one, on the last plan (use_last, the
    status bar says when it is gone) or the sample week (needs a QApplication).

    Offers to restore unsaved work left by a crash; raises PlannerError if plan_path cannot be
    read.
    """
    from PySide6.QtCore import QTimer

    from ui import end_of_start_up
    from ui.files import last_plan
    from ui.main_window import MainWindow
    from ui.session import PlanSession
    from ui.settings import Settings

    _name_app()
    settings = Settings()
    path, note = Path(plan_path) if plan_path else None, ""
    if path is not None:
        plan = load_plan(path)
    elif use_last:
        plan, path, note = last_plan(settings)
    else:
        plan = sample_plan()
    window = MainWindow(PlanSession(plan, path), settings)
    screen = window.screen().availableGeometry()
    # leave room for the window manager's frame, so the status bar stays on a laptop's screen
    window.resize(min(1600, screen.width() - 40), min(1000, screen.height() - 80))
    window.restore_settings()
    if note:
        window.statusBar().showMessage(note)  # kept until the next message: start-up is busy
    window.files.offer_recovery(path)
    QTimer.singleShot(0, end_of_start_up)  # once the window is on screen
    return window


def start_app(qt_args: list[str]) -> QApplication:
    """The application object, named, in the chosen language and with the app's look."""
    from PySide6.QtWidgets import QApplication

    from ui.language import install_language
    from ui.settings import Settings
    from ui.theme import apply_theme

    # Fusion on every desktop, so the palettes look the same everywhere; asked for here rather
    # than with setStyle, which would load Python's wrapper of the whole QStyle API (~6 ms).
    # A -style in qt_args comes later and wins.
    app = QApplication([sys.argv[0], "-style", "Fusion", *qt_args])
    _name_app()
    app.setDesktopFileName(DESKTOP_FILE)  # Wayland finds the menu entry's name and icon by it
    install_language(app, Settings())
    apply_theme(app)
    return app


def main(argv: list[str] | None = None) -> int:
    """Start the app."""
    parser = argparse.ArgumentParser(prog="squad-planner", description="Squad Planner")
    parser.add_argument(
        "plan", nargs="?", help="a .squadplan file (default: the last plan, first the sample week)"
    )
    parser.add_argument("--tab", type=int, default=1, help="fixture tab to show first (1 = first)")
    parser.add_argument("--version", action=ShowVersion)
    parser.add_argument(
        "--quit-after-first-frame",
        action="store_true",
        help="print the window's title and quit once it has painted (smoke tests, start-up time)",
    )
    args, qt_args = parser.parse_known_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    app = start_app(qt_args)
    try:
        window = build_window(args.plan)
    except PlannerError as exc:
        from ui.wording import error_text

        title = QCoreApplication.translate("App", "Could not open the plan")
        instead = QCoreApplication.translate("App", "Opening the sample week instead.")
        QMessageBox.warning(None, title, f"{error_text(exc)}\n\n{instead}")
        window = build_window(None, use_last=False)
    window.tabs.setCurrentIndex(max(0, min(args.tab - 1, window.tabs.count() - 1)))
    from ui.crash import install_crash_handler

    install_crash_handler(window)
    if args.quit_after_first_frame:
        quit_after_first_frame(window)
    window.show()
    return app.exec()


def quit_after_first_frame(window: MainWindow) -> None:
    """Once the window has painted (and the rest of that paint pass has run), print its title
    and quit: a packaged build or an install is checked, and its start-up timed, this way."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    def done() -> None:
        if sys.stdout:  # a windowed build on Windows has none
            print(window.windowTitle().replace("[*]", ""), flush=True)
        QCoreApplication.quit()

    class FirstFrame(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, done)
            return False

    window.installEventFilter(FirstFrame(window))
