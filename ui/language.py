"""The app's language (English or Spanish): picked from the settings or the system, installed as
Qt translators at start-up, and chosen in View > Language.

Widgets read their text when they are built, so a new choice applies the next time the app starts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from planner.resources import package_file
from ui.settings import LANGUAGE, Settings

# Each language by the name its speakers know it by, and the accelerator key free for it
LANGUAGES = {"en": "&English", "es": "E&spañol"}
APP_TRANSLATIONS = "squad_planner"
STATUS_MILLISECONDS = 10_000


def tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def chosen_language(settings: Settings) -> str:
    """The saved language, else Spanish when the system's language is Spanish, else English."""
    saved = settings.get(LANGUAGE)
    if saved in LANGUAGES:
        return saved
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def local_date(day: date, pattern: str) -> str:
    """day in the app's language with a Qt date pattern: "ddd d MMM" gives "Sun 6 Apr" in
    English and "dom 6 abr" in Spanish."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def install_language(app: QCoreApplication, settings: Settings) -> list[QTranslator]:
    """Install the chosen language's translations (the app's and Qt's own dialog buttons);
    returns the translators installed (none for English, the language of the sources)."""
    language = chosen_language(settings)
    if QLocale.system().language() != QLocale(language).language():
        QLocale.setDefault(QLocale(language))  # dates and numbers in the same language
    if language == "en":
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    app_folder = str(package_file("ui.translations"))
    for name, folder in (
        (f"qtbase_{language}", qt_folder),
        (f"{APP_TRANSLATIONS}_{language}", app_folder),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def language_menu(window: QMainWindow, settings: Settings) -> QMenu:
    """View > Language: one checkable item per language; a choice is saved for the next start,
    which the status bar says."""
    menu = QMenu(tr("&Language"), window)
    menu.setObjectName("menuLanguage")
    group = QActionGroup(menu)  # exclusive
    current = chosen_language(settings)
    for code, name in LANGUAGES.items():
        action = menu.addAction(name)
        action.setObjectName(f"actionLanguage_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: _choose(window, settings, c))
    return menu


def _choose(window: QMainWindow, settings: Settings, language: str) -> None:
    settings.set(LANGUAGE, language)
    window.statusBar().showMessage(
        tr("Language saved: it applies the next time Squad Planner starts."), STATUS_MILLISECONDS
    )
