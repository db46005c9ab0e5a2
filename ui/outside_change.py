"""Saving over a plan someone else changed since it was opened: keep mine, take theirs or save
as. Either way the other version is kept beside the plan, so nothing is lost."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.errors import PlannerError
from planner.planfile import save_plan
from ui.wording import error_text

if TYPE_CHECKING:
    from ui.files import PlanFiles


def tr(text: str) -> str:
    return QCoreApplication.translate("OutsideChange", text)


def aside_path(path: Path, whose: str) -> Path:
    """A free name beside path for a kept version: 'week (their version 2025-04-06 1830)'."""
    when = datetime.now().strftime("%Y-%m-%d %H%M%S")
    return path.with_name(f"{path.stem} ({whose} {when}){path.suffix}")


def ask_and_save(files: PlanFiles, path: Path) -> bool:
    """Ask what to do with path, changed on disk since it was read; True once saved or
    replaced by the other version."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(files.window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Changed by someone else"))
    box.setText(
        tr(
            "{0} was changed on disk since you opened it (by someone else, or in another "
            "window). The version you do not choose is kept beside it."
        ).format(path.name)
    )
    mine = box.addButton(tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(tr("Take theirs"), QMessageBox.ButtonRole.DestructiveRole)
    other = box.addButton(tr("Save as…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return files.save_as()
    try:
        if clicked is mine:
            kept = aside_path(path, tr("their version"))
            shutil.copy2(path, kept)
            if not files.write(path, check=False):
                return False
        elif clicked is theirs:
            kept = aside_path(path, tr("my version"))
            save_plan(files.session.plan, kept)
            files.load_from_disk(path)
        else:
            return False
    except (OSError, PlannerError) as exc:
        files._error(tr("Could not save the plan"), error_text(exc))
        return False
    files.session.statusMessage.emit(tr("The other version was kept as {0}.").format(kept.name))
    return True
