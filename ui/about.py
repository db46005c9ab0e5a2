"""Help > About: the app's version and licence, and the versions of the libraries it runs on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.version import library_versions, version


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def runtime_versions() -> dict[str, str]:
    """Python's, Qt's, PySide6's and the other libraries' versions, in that order."""
    import PySide6
    from PySide6.QtCore import qVersion

    found = library_versions()
    return {
        "Python": found.pop("Python"),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        **found,
    }


def about_text() -> str:
    """The About box's rich text."""
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;{escape(number)}</td></tr>"
        for name, number in runtime_versions().items()
    )
    return (
        "<b>Squad Planner</b> " + escape(tr("version {0}").format(version()))
        + "<p>" + escape(tr("Plan lineups, minutes and rotation across a congested week, with "
                            "readiness and load from past minutes.")) + "</p>"
        + "<p>" + escape(tr("Free software under the MIT licence.")) + "<br>"
        + escape(tr("© 2026 Squad Planner contributors")) + "</p>"
        + "<p>" + escape(tr("Running on:")) + "</p><table>" + rows + "</table>"
    )  # fmt: skip


def about_box(parent: QWidget) -> QMessageBox:
    """The About box (not yet shown)."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(tr("About Squad Planner"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(about_text())
    return box
