"""Files dropped on the window from a file manager: a plan opens, a spreadsheet starts Import.

The window takes the drop wherever it lands: the pitch, bench, timeline and squad list ignore
drags that carry no player, so Qt passes them on up to the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent

from planner.file_kinds import PLAN_SUFFIX, SPREADSHEET_SUFFIXES

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("FileDrops", text)


@dataclass(frozen=True)
class FileDrop:
    """What dropping a drag's files would do: open a plan, import a spreadsheet, or nothing
    (refusal says why)."""

    path: Path | None = None
    opens_plan: bool = False
    refusal: str = ""


def file_drop(mime: QMimeData) -> FileDrop | None:
    """Judge the files a drag carries; None when it carries none (a player, some text)."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1:
        return FileDrop(refusal=tr("Drop one file at a time."))
    if not urls[0].isLocalFile():
        return FileDrop(refusal=tr("Only a file on this computer can be opened: save it first."))
    path = Path(urls[0].toLocalFile())
    suffix = path.suffix.lower()
    if suffix == PLAN_SUFFIX:
        return FileDrop(path, opens_plan=True)
    if suffix in SPREADSHEET_SUFFIXES:
        return FileDrop(path)
    return FileDrop(
        refusal=tr(
            "{0} is neither a plan (.squadplan) nor a spreadsheet to import (xlsx, xls, ods, csv…)."
        ).format(path.name)
    )


class FileDrops(QObject):
    """Takes file drags for the window: says on entering what a drop would do (or why not) and,
    once dropped, opens the plan (asking about unsaved changes) or starts Import."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._said = ""  # what the status bar says about the file being dragged
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        if event.type() == QEvent.Type.DragLeave:
            self._say("")
            return False
        if not isinstance(event, QDropEvent):  # also the type of DragEnter and DragMove
            return False
        drop = file_drop(event.mimeData())
        if drop is None:
            return False
        self._judge(event, drop)
        return True

    def _judge(self, event: QDropEvent, drop: FileDrop) -> None:
        if drop.refusal or not _take_as_copy(event):
            event.ignore()
            if event.type() == QEvent.Type.DragEnter:
                self._say(drop.refusal or tr("This file can only be moved, not opened."))
            return
        assert drop.path is not None
        if event.type() == QEvent.Type.DragEnter:
            text = tr("Drop to open {0}.") if drop.opens_plan else tr("Drop to import {0}.")
            self._say(text.format(drop.path.name))
        elif event.type() == QEvent.Type.Drop:
            self._say("")
            # after the drop has returned, so the file manager is not held by our dialogs
            QTimer.singleShot(0, lambda path=drop.path: self._open(path, drop.opens_plan))

    def _open(self, path: Path, opens_plan: bool) -> None:
        if opens_plan:
            self.window.files.open(path)
        else:
            self.window.tasks.import_file(path)

    def _say(self, text: str) -> None:
        """Show text in the status bar; "" takes back what was said about a file, if shown."""
        if text:
            self.window.session.statusMessage.emit(text)
        elif self._said and self.window.statusBar().currentMessage() == self._said:
            self.window.statusBar().clearMessage()
        self._said = text


def _take_as_copy(event: QDropEvent) -> bool:
    """Accept the drag as a copy (a link at worst): never a move, which tells a file manager
    to delete the file once dropped."""
    for action in (Qt.DropAction.CopyAction, Qt.DropAction.LinkAction):
        if event.possibleActions() & action:
            event.setDropAction(action)
            event.accept()
            return True
    return False
