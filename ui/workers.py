"""Long work (import, export, optimisation) off the GUI thread, behind a progress dialog.

The dialog is window-modal, so the plan cannot be edited while the work runs, and the window
keeps painting because the GUI thread only waits in an event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Report = Callable[[float], None]
"""What long work calls with its progress, a fraction from 0 to 1."""


class _Signals(QObject):
    progress = Signal(float)
    done = Signal(object, object)  # result, exception


class _Task(QRunnable):
    def __init__(self, work: Callable[[Report], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as exc:  # handed back to the GUI thread, raised there
            self.signals.done.emit(None, exc)
        else:
            self.signals.done.emit(result, None)


def run_with_progress(parent: QWidget, label: str, work: Callable[[Report], T]) -> T:
    """Run work(report) in the thread pool behind a progress dialog; return its result or raise
    its exception. work must not touch Qt widgets or the live plan (give it a copy)."""
    dialog = QProgressDialog(label, "", 0, 1000, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Workers", "Please wait"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.show()  # at once: a modal dialog only blocks the window once it is shown
    signals = _Signals()
    outcome: list[Any] = []
    loop = QEventLoop()
    signals.progress.connect(lambda f: dialog.setValue(round(max(0.0, min(1.0, f)) * 1000)))

    def finish(result: Any, exc: BaseException | None) -> None:
        outcome.extend((result, exc))
        loop.quit()

    signals.done.connect(finish)
    QThreadPool.globalInstance().start(_Task(work, signals))
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    result, exc = outcome
    if exc is not None:
        raise exc
    return result
