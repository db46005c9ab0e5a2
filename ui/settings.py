"""One typed registry of the app's options over QSettings(IniFormat) (Picard style).

Every option is declared once with its key and default; reading converts to the default's type,
so a damaged or foreign settings file gives the default, never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

CONFIG_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    """A setting: its key in the ini file and its default (whose type it always has)."""

    key: str
    default: T


RECENT_FILES: Option[list] = Option("files/recent", [])
LAST_FOLDER: Option[str] = Option("files/last_folder", "")
LAST_PLAN: Option[str] = Option("files/last_plan", "")  # opened at the next start; empty: never
AUTOSAVE_SECONDS: Option[int] = Option("files/autosave_seconds", 60)
WINDOW_GEOMETRY: Option[QByteArray] = Option("window/geometry", QByteArray())
WINDOW_STATE: Option[QByteArray] = Option("window/state", QByteArray())
LANGUAGE: Option[str] = Option("view/language", "")  # "en" or "es"; empty: the system's
SHOW_PLAYED_WEEKS: Option[bool] = Option("view/show_played_weeks", False)
MAX_RECENT = 8


class Settings:
    """The app's QSettings in ini format, read and written through Options."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "SquadPlanner", "SquadPlanner"
        )
        self._migrate()

    def get(self, option: Option[T]) -> T:
        value: Any = self.qsettings.value(option.key, option.default)
        return _coerce(value, option.default)

    def set(self, option: Option[T], value: T) -> None:
        self.qsettings.setValue(option.key, value)

    def remember_file(self, path: str) -> list[str]:
        """Put path first in the recent files (no duplicates, at most MAX_RECENT)."""
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent = [path, *recent][:MAX_RECENT]
        self.set(RECENT_FILES, recent)
        return recent

    def _migrate(self) -> None:
        # Version 1 is the first layout; later versions rename keys here, explicitly.
        if _coerce(self.qsettings.value("config/version"), 0) != CONFIG_VERSION:
            self.qsettings.setValue("config/version", CONFIG_VERSION)  # no disk write if same


def _coerce(value: Any, default: Any) -> Any:
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else QByteArray()
    if isinstance(default, list):
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    try:
        return type(default)(value)
    except (TypeError, ValueError):
        return default
