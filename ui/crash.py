"""The crash handler: an uncaught exception in the window is logged, unsaved work is written
to the recovery file first, and a short message says where the details are; the window stays
open (Qt goes on with its event loop after the hook returns)."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.text import clip
from ui.files import recovery_dir

if TYPE_CHECKING:
    from ui.main_window import MainWindow

LOG_NAME = "crash.log"
MAX_LOG_BYTES = 1 << 20  # the log restarts past this size


def tr(text: str) -> str:
    return QCoreApplication.translate("CrashHandler", text)


def log_path() -> Path:
    """Where the details of unexpected errors go (the app's data folder)."""
    return recovery_dir() / LOG_NAME


class CrashHandler:
    """sys.excepthook for the window's lifetime; install() it once the window exists."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.previous = sys.excepthook
        self.handling = False

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if self.handling or not issubclass(kind, Exception):
            self.previous(kind, error, trace)  # Ctrl+C, or a failure inside this handler
            return
        self.handling = True
        try:
            kept = self._write_recovery()
            logged = self._log(kind, error, trace)
            self._tell(error, kept, logged)
        finally:
            self.handling = False

    def _write_recovery(self) -> bool:
        try:
            return self.window.files.write_recovery()
        except Exception:  # the plan itself may be what broke
            return False

    def _log(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> Path | None:
        path = log_path()
        try:
            if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
                path.unlink()
            with path.open("a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
                log.write("".join(traceback.format_exception(kind, error, trace)))
        except OSError:
            return None
        return path

    def _tell(self, error: BaseException, kept: bool, logged: Path | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        lines = [
            tr("Something went wrong: {0}").format(clip(str(error) or type(error).__name__, 200))
        ]
        if kept:
            lines.append(tr("Your unsaved changes were kept; they are offered at the next start."))
        if logged:
            lines.append(tr("The details are in {0}.").format(logged))
        lines.append(tr("You can go on working; save soon."))
        QMessageBox.critical(self.window, tr("Unexpected error"), "\n\n".join(lines))


def install_crash_handler(window: MainWindow) -> CrashHandler:
    """Catch the window's uncaught exceptions from now on."""
    handler = CrashHandler(window)
    handler.install()
    return handler
