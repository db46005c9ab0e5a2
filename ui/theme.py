"""Look of the app: Fusion style, a light and a dark palette that follow the system, icons and
the readiness colours every view shares."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from planner.fatigue.scale import ReadinessBand, readiness_band
from planner.model_params import ModelParams
from planner.resources import package_file

# Readiness / risk colours (planner.fatigue.scale, ux.md): always shown with a number or an icon.
GREEN = QColor(ReadinessBand.GREEN.value)
AMBER = QColor(ReadinessBand.AMBER.value)
RED = QColor(ReadinessBand.RED.value)
UNKNOWN = QColor("#9E9E9E")  # no readiness yet
RISK_COLOURS = {"low": GREEN, "moderate": AMBER, "high": RED}
_BAND_COLOURS = {ReadinessBand.GREEN: GREEN, ReadinessBand.AMBER: AMBER, ReadinessBand.RED: RED}


def band_colour(band: ReadinessBand | None) -> QColor:
    """The colour of a readiness band (grey for None: not known)."""
    return UNKNOWN if band is None else _BAND_COLOURS[band]


def readiness_colour(readiness: float, params: ModelParams) -> QColor:
    """Green, amber or red for a readiness score on the plan's scale."""
    return band_colour(readiness_band(readiness, params))


def tint(colour: QColor, alpha: int = 70) -> QColor:
    """A see-through version of colour, for cell backgrounds that keep the text readable."""
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


@cache
def icon(name: str) -> QIcon:
    """An icon from ui/icons/<name>.svg (scales cleanly on high-DPI screens)."""
    return QIcon(str(package_file("ui.icons", f"{name}.svg")))


def status_icon(status: str) -> QIcon:
    """The icon of a player's availability (available, doubtful, injured...)."""
    return icon(f"squad-status-{status}")


def apply_theme(app: QApplication) -> None:
    """The app's icon and the system's light or dark scheme, following it when it changes (the
    Fusion style is chosen with the application's arguments: see ui.app.start_app)."""
    app.setWindowIcon(icon("app"))
    hints = QGuiApplication.styleHints()
    _apply_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: _apply_scheme(app, scheme))


def _apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette())


def light_palette() -> QPalette:
    return _palette(
        window="#F3F4F6", base="#FFFFFF", alternate="#F7F8FA", text="#1F2328",
        button="#ECEEF1", highlight="#1E6FD9", link="#1E6FD9", mid="#C9CED6",
    )  # fmt: skip


def dark_palette() -> QPalette:
    return _palette(
        window="#24272C", base="#1B1D21", alternate="#23262B", text="#E6E8EB",
        button="#30343A", highlight="#3D8AF7", link="#7AB2FF", mid="#4A4F57",
    )  # fmt: skip


def _palette(**colours: str) -> QPalette:
    c = {k: QColor(v) for k, v in colours.items()}
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "alternate"),
        (role.WindowText, "text"),
        (role.Text, "text"),
        (role.ButtonText, "text"),
        (role.ToolTipText, "text"),
        (role.Button, "button"),
        (role.ToolTipBase, "base"),
        (role.Highlight, "highlight"),
        (role.Link, "link"),
        (role.Mid, "mid"),
    ):
        p.setColor(r, c[key])
    p.setColor(role.HighlightedText, QColor("#FFFFFF"))
    p.setColor(
        role.PlaceholderText,
        c["mid"].darker(130) if c["base"].lightness() > 128 else c["mid"].lighter(140),
    )
    disabled = QColor(c["text"])
    disabled.setAlpha(110)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p
