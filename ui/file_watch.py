"""Watch the open plan's file: when someone else changes it, a bar under the toolbar says so
and offers Reload / Keep mine (then the next save asks, as ui/outside_change.py does).

Our own saves are not reported: the file's stamp (mtime, size, hash) is taken after each save,
and the disk is compared with it. Saves replace the file (ours and most editors' are atomic), so
the watcher loses it: the folder is watched too, and the file is added back each time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolBar

from planner.filestamp import FileStamp, changed_since, stamp

if TYPE_CHECKING:
    from ui.files import PlanFiles

SETTLE_MS = 300  # a save is a burst of events (temporary file, rename): look once it is over
BAR_STYLE = (
    "#outsideChangeBar { background: #FFF8E1; border: 1px solid #F9A825; border-radius: 3px; }"
)


def tr(text: str) -> str:
    return QCoreApplication.translate("FileWatch", text)


class OutsideChangeBar(QFrame):
    """'<file> was changed by someone else.' [Reload] [Keep mine]"""

    def __init__(self) -> None:
        super().__init__(objectName="outsideChangeBar")
        self.setStyleSheet(BAR_STYLE)
        self.text = QLabel(objectName="outsideChangeText")
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(tr("&Reload"), objectName="reloadButton")
        self.reload_button.setToolTip(tr("Open the version on disk instead of yours"))
        self.keep_button = QPushButton(tr("&Keep mine"), objectName="keepMineButton")
        self.keep_button.setToolTip(
            tr("Go on with your version; saving it will ask which version to keep")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)


class FileWatch(QObject):
    """Watches the session's file; shows the bar (made on first need, so the window's layout
    is untouched until then) on a row of its own under the window's toolbar."""

    def __init__(self, files: PlanFiles, window: QMainWindow) -> None:
        super().__init__(files)
        self.files, self.session, self.window = files, files.session, window
        self.bar: OutsideChangeBar | None = None
        self._row: QToolBar | None = None
        self._told: FileStamp | None = None  # the outside version the bar was shown for
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._settle.start)
        self.watcher.directoryChanged.connect(self._settle.start)
        self.session.pathChanged.connect(self._watch)
        self._watch()

    def notice_shown(self) -> bool:
        """Whether the bar is on screen."""
        return self._row is not None and self._row.isVisible()

    def _watch(self) -> None:
        """Watch the new path (after Open, Save As, New) and forget the old one."""
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self._told = None
        self._hide()
        path = self.session.path
        if path is not None:
            self.watcher.addPath(str(path.resolve().parent))
            self._follow(path)

    def _follow(self, path: Path) -> None:
        """Watch the file again if a replace made the watcher drop it."""
        resolved = str(path.resolve())
        if resolved not in self.watcher.files() and Path(resolved).exists():
            self.watcher.addPath(resolved)

    def _check(self) -> None:
        path = self.session.path
        if path is None:
            return
        self._follow(path)
        if not changed_since(path, self.files.stamp):
            return
        now = stamp(path)
        if now is None or now == self._told:
            return
        self._told = now
        self._show(path)

    def _show(self, path: Path) -> None:
        if self.bar is None or self._row is None:
            self.bar = OutsideChangeBar()
            self.bar.reload_button.clicked.connect(self._reload)
            self.bar.keep_button.clicked.connect(self._keep_mine)
            self._row = QToolBar(objectName="outsideChangeRow")
            self._row.setMovable(False)
            self._row.setFloatable(False)
            self._row.toggleViewAction().setVisible(False)  # not a toolbar staff switch on
            self._row.addWidget(self.bar)
            self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._row)
        self.bar.text.setText(tr("{0} was changed by someone else.").format(path.name))
        self._row.show()

    def _hide(self) -> None:
        if self._row is not None:
            self._row.hide()

    def _reload(self) -> None:
        if self.files.reload():
            self._hide()

    def _keep_mine(self) -> None:
        self._hide()
        self.session.statusMessage.emit(
            tr("Kept your version: saving it will ask which version to keep.")
        )
