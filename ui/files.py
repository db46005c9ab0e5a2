"""New, Open, Open Recent, Save, Save As, the unsaved-changes prompt and crash recovery."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, Signal

# message boxes and file dialogs are imported where they open: start-up does not load them
from PySide6.QtWidgets import QWidget

from planner import Plan, sample_plan
from planner.errors import PlannerError
from planner.file_kinds import PLAN_SUFFIX
from planner.filestamp import changed_since, stamp
from planner.planfile import load_plan, save_plan
from ui.session import PlanSession
from ui.settings import AUTOSAVE_SECONDS, LAST_FOLDER, LAST_PLAN, RECENT_FILES, Settings
from ui.wording import error_text

RECOVERY_NAME = "recovery.squadplan"


def tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def plan_filter() -> str:
    return tr("Squad plans (*.squadplan)")


def recovery_dir() -> Path:
    """Where the autosaved copy of unsaved work lives (the app's data folder)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def last_plan(settings: Settings) -> tuple[Plan, Path | None, str]:
    """The plan to start on when none is named: the one open when the app last had a file,
    the sample week on the first start. The text says why the sample opened instead of the
    last plan (gone or unreadable), empty when nothing needs saying."""
    last = settings.get(LAST_PLAN)
    if not last:
        return sample_plan(), None, ""
    path = Path(last)
    if not path.is_file():
        text = tr("The last plan, {0}, is no longer in {1}: opened the sample week.")
        return sample_plan(), None, text.format(path.name, path.parent)
    try:
        return load_plan(path), path, ""
    except PlannerError as exc:
        text = tr("Could not open the last plan ({0}): opened the sample week.")
        return sample_plan(), None, text.format(exc)


class PlanFiles(QObject):
    """Reads and writes the session's plan for the window; owns the recent list and recovery."""

    recentChanged = Signal(list)

    def __init__(self, window: QWidget, session: PlanSession, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.session, self.settings = window, session, settings
        self.autosave = QTimer(self)
        self.autosave.setInterval(settings.get(AUTOSAVE_SECONDS) * 1000)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()
        session.pathChanged.connect(self._remember_last)
        self._remember_last()
        self.stamp = stamp(session.path) if session.path else None  # the file as last read

    # -- recovery ----------------------------------------------------------------------------
    @property
    def recovery_path(self) -> Path:
        return recovery_dir() / RECOVERY_NAME

    @property
    def _recovery_info(self) -> Path:
        return self.recovery_path.with_suffix(".json")

    def write_recovery(self) -> bool:
        """Autosave the plan to the recovery file, only when it has unsaved changes."""
        if self.session.undo_stack.isClean():
            return False
        try:
            save_plan(self.session.plan, self.recovery_path)
            origin = str(self.session.path) if self.session.path else None
            self._recovery_info.write_text(json.dumps({"path": origin}), encoding="utf-8")
        except (OSError, PlannerError) as exc:
            self.session.statusMessage.emit(tr("Autosave failed: {0}").format(exc))
            return False
        return True

    def discard_recovery(self) -> None:
        for path in (self.recovery_path, self._recovery_info):
            path.unlink(missing_ok=True)

    def offer_recovery(self, opened: Path | None) -> bool:
        """After a crash: if a recovery file newer than the opened plan exists, ask to restore
        it. Returns True when the recovered plan is now open (marked unsaved)."""
        from PySide6.QtWidgets import QMessageBox

        recovery = self.recovery_path
        if not recovery.exists():
            return False
        if (
            opened is not None
            and opened.exists()
            and recovery.stat().st_mtime <= opened.stat().st_mtime
        ):
            self.discard_recovery()
            return False
        try:
            plan = load_plan(recovery)
        except Exception as exc:  # anything a damaged file raises must not stop the start
            kept = self._set_aside(recovery)
            self.session.statusMessage.emit(
                tr(
                    "The unsaved work kept from last time could not be read ({0}); kept as {1}."
                ).format(exc, kept.name)
            )
            return False
        try:
            origin = json.loads(self._recovery_info.read_text(encoding="utf-8")).get("path")
        except (OSError, ValueError, AttributeError):
            origin = None
        origin = origin if isinstance(origin, str) else None
        name = Path(origin).name if origin else tr("an untitled plan")
        answer = QMessageBox.question(
            self.window,
            tr("Restore unsaved work?"),
            tr(
                "Squad Planner did not close properly last time. Unsaved changes to {0} were "
                "kept. Restore them?"
            ).format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.discard_recovery()
            return False
        self.session.replace_plan(plan, Path(origin) if origin else None)
        self.session.undo_stack.resetClean()  # restored work is unsaved until saved
        self.session.statusMessage.emit(tr("Restored unsaved changes to {0}.").format(name))
        return True

    def _set_aside(self, recovery: Path) -> Path:
        """Rename a recovery file that cannot be read (kept for a look, never loaded again)."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = recovery.with_name(f"recovery-unreadable-{stamp}.squadplan")
        try:
            recovery.replace(kept)
        except OSError:
            recovery.unlink(missing_ok=True)
        self._recovery_info.unlink(missing_ok=True)
        return kept

    # -- files -------------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.session.replace_plan(Plan(), None)
        self.session.statusMessage.emit(tr("New plan: add players and fixtures from Plan."))
        return True

    def open(self, path: str | Path | None = None) -> bool:
        """Open path, or ask for one; False if cancelled or the file cannot be read."""
        from PySide6.QtWidgets import QFileDialog

        if not self.maybe_save():
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, tr("Open plan"), self.settings.get(LAST_FOLDER), plan_filter()
            )
            if not chosen:
                return False
            path = chosen
        path = Path(path)
        try:
            plan = load_plan(path)
        except PlannerError as exc:
            self._error(tr("Could not open the plan"), error_text(exc))
            return False
        self.session.replace_plan(plan, path)
        self.stamp = stamp(path)
        self._remember(path)
        self.session.statusMessage.emit(tr("Opened {0}.").format(path.name))
        return True

    def reload(self) -> bool:
        """Replace the plan with its file as it is on disk now (changed by someone else),
        asking first when there are unsaved changes; True once reloaded."""
        from PySide6.QtWidgets import QMessageBox

        path = self.session.path
        if path is None:
            return False
        if not self.session.undo_stack.isClean():
            answer = QMessageBox.question(
                self.window,
                tr("Reload the plan?"),
                tr("Reload {0} as it is on disk now? Your unsaved changes will be lost.").format(
                    path.name
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        try:
            self.load_from_disk(path)
        except (OSError, PlannerError) as exc:
            self._error(tr("Could not open the plan"), error_text(exc))
            return False
        self.session.statusMessage.emit(tr("Reloaded {0}.").format(path.name))
        return True

    def load_from_disk(self, path: Path) -> None:
        """Make path's plan, as it is on disk now, the open one (no undo history, no recovery
        file); raises OSError or PlannerError and changes nothing if it cannot be read."""
        self.session.replace_plan(load_plan(path), path)
        self.stamp = stamp(path)
        self.discard_recovery()

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.write(self.session.path)

    def save_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.session.path or Path(self.settings.get(LAST_FOLDER)) / "plan.squadplan")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save plan as"), start, plan_filter()
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        return self.write(path)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes: True when it is fine to go on (saved or discarded)."""
        from PySide6.QtWidgets import QMessageBox

        if self.session.undo_stack.isClean():
            return True
        name = self.session.path.name if self.session.path else tr("this plan")
        answer = QMessageBox.question(
            self.window,
            tr("Unsaved changes"),
            tr("Save the changes to {0} before closing it?").format(name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_recovery()
            return True
        return False

    def recent(self) -> list[str]:
        return self.settings.get(RECENT_FILES)

    def write(self, path: Path, *, check: bool = True) -> bool:
        """Save to path; first ask, when check, if someone changed it since it was read."""
        if check and path == self.session.path and changed_since(path, self.stamp):
            from ui.outside_change import ask_and_save

            return ask_and_save(self, path)
        try:
            save_plan(self.session.plan, path)
            self.stamp = stamp(path)
        except (PlannerError, OSError) as exc:
            self._error(tr("Could not save the plan"), error_text(exc))
            return False
        if path != self.session.path:
            self.session.set_path(path)
        self.session.undo_stack.setClean()
        self.discard_recovery()
        self._remember(path)
        self.session.statusMessage.emit(tr("Saved {0}.").format(path.name))
        return True

    def _remember_last(self) -> None:
        if self.session.path is not None:
            self.settings.set(LAST_PLAN, str(self.session.path.resolve()))

    def _remember(self, path: Path) -> None:
        self.settings.set(LAST_FOLDER, str(path.parent))
        self.recentChanged.emit(self.settings.remember_file(str(path.resolve())))

    def _error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, title, text)
