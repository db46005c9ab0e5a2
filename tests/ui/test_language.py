"""The Spanish translation: complete and current, loaded at start-up, chosen in View > Language.

Tests that run lupdate or lrelease fail (they do not skip) when the tools are missing: the
translation cannot be checked without them.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import io
import os
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import MLS, QUIET
from PySide6.QtCore import QLocale, Qt, QThreadPool, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from planner.cli import main
from planner.resources import package_file
from planner.wording import _TEMPLATES, codes
from planner.wording.positions import SPANISH as SPANISH_POSITIONS
from tests.wording_phrases import template_phrases, wording_tables
from ui.commands import AssignPlayer, UnassignPlayer
from ui.dialogs.match_played import MatchPlayedDialog
from ui.dialogs.player import PlayerDialog
from ui.dialogs.suggestion import SuggestionDialog, place_word
from ui.import_dialog import ImportDialog
from ui.language import install_language
from ui.settings import LANGUAGE, Settings
from ui.squad.model import COLUMNS

TRANSLATIONS = package_file("ui.translations")
TS_FILE = TRANSLATIONS / "squad_planner_es.ts"
QM_FILE = TRANSLATIONS / "squad_planner_es.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|\[\*\]")  # {0}, {1:%H:%M}, and the title's modified mark
MNEMONIC = re.compile(r"&(?!&)(.)")
ROOT = Path(__file__).resolve().parents[2]


def _load_update_script():
    spec = importlib.util.spec_from_file_location(
        "translations_update", ROOT / "tools" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


@pytest.fixture
def qt_tools() -> None:
    """lupdate and lrelease must be there: a missing tool fails the test."""
    for name in ("lupdate", "lrelease"):
        try:
            update.qt_tool(name)
        except FileNotFoundError as exc:
            pytest.fail(f"cannot check the translation: {exc}")


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source text, translation element) of every message in a .ts file."""
    root = ET.parse(ts_file).getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.find("translation"),
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture
def spanish(qapp, fresh_app_state):
    """The Spanish setting saved and its translators installed; both undone afterwards."""
    locale = QLocale()
    settings = Settings()
    settings.set(LANGUAGE, "es")
    installed = install_language(qapp, settings)
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


# -- the files -----------------------------------------------------------------------------------
def test_the_qm_translates_messages_of_several_contexts(qapp):
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    expected = {
        ("Actions", "&File"): "&Archivo",
        ("Card", "injured"): "lesionado",
        ("PlayerDialog", "&Name"): "&Nombre",
        ("RulesDialog", "Rules of {0}"): "Reglas de {0}",
        ("FatigueModel", "Load"): "Carga",
        ("App", "Could not open the plan"): "No se pudo abrir el plan",
    }
    for (context, source), spanish in expected.items():
        assert translator.translate(context, source) == spanish
    # the same English text is translated per context: "Bench" is a place or an order
    assert translator.translate("SquadModel", "Bench") == "Banquillo"
    assert translator.translate("LineupMenu", "Bench") == "Al banquillo"
    assert translator.translate("Card", "&File") == ""  # a message only in its own context


def test_every_message_is_translated_and_none_obsolete():
    found = messages(TS_FILE)
    assert len(found) > 300
    for context, source, translation in found:
        assert translation is not None
        assert translation.get("type") is None, (context, source, translation.get("type"))
        assert (translation.text or "").strip(), (context, source)


def test_the_ts_holds_every_message_lupdate_finds_now(qt_tools, tmp_path):
    fresh = tmp_path / "fresh_es.ts"
    update.lupdate(fresh)
    in_sources = {(context, source) for context, source, _ in messages(fresh)}
    translated = {(context, source) for context, source, _ in messages(TS_FILE)}
    assert in_sources - translated == set(), "run `make translations` and translate these"
    assert translated - in_sources == set(), "run `make translations` to drop these"
    assert ("Language", "&Language") in in_sources  # a sanity check on the context handling


def test_the_qm_is_compiled_from_the_ts(qt_tools, qapp, tmp_path):
    compiled = tmp_path / "es.qm"
    update.lrelease(TS_FILE, compiled)
    fresh, committed = QTranslator(), QTranslator()
    assert fresh.load(str(compiled)) and committed.load(str(QM_FILE))
    for context, source, translation in messages(TS_FILE):
        assert fresh.translate(context, source) == translation.text
        assert committed.translate(context, source) == translation.text, "make translations"


def test_placeholders_and_accelerators_are_kept():
    for context, source, translation in messages(TS_FILE):
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
            text,
        )
        assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source)), (context, source)


def test_a_bare_tr_takes_its_modules_context(qt_tools, tmp_path):
    sources = tmp_path / "ui"
    sources.mkdir()
    for context in ("Squad", "Bench"):
        (sources / f"{context.lower()}.py").write_text(
            "from PySide6.QtCore import QCoreApplication\n\n\n"
            "def tr(text: str) -> str:\n"
            f'    return QCoreApplication.translate("{context}", text)\n\n\n'
            'TITLE = tr("Players")\n'
        )
    ts_file = tmp_path / "es.ts"
    update.lupdate(ts_file, sources)
    assert {(c, s) for c, s, _ in messages(ts_file)} == {("Squad", "Players"), ("Bench", "Players")}
    assert 'filename="ui/bench.py"' in ts_file.read_text(encoding="utf-8")

    (sources / "stray.py").write_text('from ui.squad import tr\n\nTITLE = tr("Players")\n')
    with pytest.raises(ValueError, match=r"stray\.py"):
        update.lupdate(ts_file, sources)


# -- the language setting ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "expected"),
    [("es_ES.UTF-8", "es"), ("es_MX.UTF-8", "es"), ("en_US.UTF-8", "en"), ("fr_FR.UTF-8", "en")],
)
def test_by_default_the_language_follows_the_system(tmp_path, lang, expected):
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from ui.language import chosen_language\n"
        "from ui.settings import Settings\n"
        "ini = QSettings(sys.argv[1], QSettings.Format.IniFormat)\n"
        "print(chosen_language(Settings(ini)))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "settings.ini")],
        capture_output=True, text=True, env=env, check=True, cwd=ROOT,
    )  # fmt: skip
    assert done.stdout.strip() == expected


def test_english_installs_no_translator(qapp, fresh_app_state):
    settings = Settings()
    settings.set(LANGUAGE, "en")
    locale = QLocale()
    try:
        assert install_language(qapp, settings) == []
        assert QLocale().language() == QLocale.Language.English
    finally:
        QLocale.setDefault(locale)


@QUIET
def test_in_spanish_the_window_and_its_dialogs_speak_spanish(spanish, window, qtbot):
    assert len(spanish) == 2  # Qt's own strings and the app's
    bar = window.menuBar()
    assert [a.text() for a in bar.actions()] == ["&Archivo", "&Editar", "&Ver", "&Plan", "Ay&uda"]
    assert window.findChild(QMenu, "menuLanguage").title() == "&Idioma"
    assert window.actions.save.text() == "&Guardar"
    assert window.squad_dock.windowTitle() == "Plantilla"
    assert window.tabs.tabText(0).startswith("dom 6 abr · vs Toronto FC")
    games = {
        window.fatigue_model.index(r, 1).data() for r in range(window.fatigue_model.rowCount())
    }
    assert games == {"dom 6", "mié 9"}  # the readiness table's days too
    assert window.minutes_model.headerData(1, Qt.Orientation.Horizontal).startswith("dom 6\n")
    assert window.readiness.chart.days_axis.titleText() == "mar – abr 2025"
    assert window.readiness.games.itemText(2) == "dom 6 abr vs Toronto FC"  # fixture names too
    assert window.readiness.games.itemText(0) == "Partido en pantalla: dom 6 abr vs Toronto FC"
    listed = window.problems.problems_model
    assert {listed.index(r, 0).data() for r in range(listed.rowCount())} <= {
        "dom 6 abr vs Toronto FC", "mié 9 abr vs LAFC", "Semana",
    }  # fmt: skip
    assert (place_word("bench"), place_word("not selected"), place_word("LW")) == (
        "banquillo", "no convocado", "EI",
    )  # fmt: skip
    assert window.findChild(QAction, "actionLanguage_es").isChecked()

    messi = next(pid for pid in window.plan.players if "messi" in pid)
    dialog = PlayerDialog(window.plan.player(messi), set(window.plan.players), window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Editar jugador"
    buttons = {button.text().replace("&", "") for button in dialog.findChildren(QPushButton)}
    assert {"Aceptar", "Cancelar"} <= buttons  # Qt's own button texts


def _assert_menu_accelerators_unique(window) -> None:
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    for menu in menus:
        keys = [
            MNEMONIC.findall(action.text())[0].lower()
            for action in menu.actions()
            if MNEMONIC.findall(action.text())
        ]
        assert len(keys) == len(set(keys)), (menu.title(), keys)


@QUIET
def test_menu_accelerators_are_unique_in_spanish(spanish, window):
    _assert_menu_accelerators_unique(window)


@QUIET
def test_menu_accelerators_are_unique_in_english(window):
    _assert_menu_accelerators_unique(window)


@QUIET
def test_view_language_saves_the_choice_for_the_next_start(window):
    english = window.findChild(QAction, "actionLanguage_en")
    spanish = window.findChild(QAction, "actionLanguage_es")
    spanish.trigger()
    assert Settings().get(LANGUAGE) == "es"
    assert spanish.isChecked() and not english.isChecked()
    assert "next time" in window.statusBar().currentMessage()
    assert window.actions.save.text() == "&Save"  # applies at the next start, not now
    english.trigger()
    assert Settings().get(LANGUAGE) == "en"
    assert english.isChecked() and not spanish.isChecked()


def test_in_spanish_an_edit_names_the_fixture_and_the_change_in_spanish(spanish, session):
    command = UnassignPlayer(session.plan, MLS, "lionel-messi")
    session.push(command)
    assert command.text() == (
        "dom 6 abr: dejar fuera a Messi; se quitó el cambio del 60' Picault–Messi"
    )


# -- the core's messages (planner/wording) -------------------------------------------------------
def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_core_message_has_spanish_with_the_same_placeholders():
    wording_tables()
    assert {"explain.line", "position.GK", "fatigue.recent", "status.injured"} <= codes()
    for code in codes():
        english, spanish = _TEMPLATES[code]["en"], _TEMPLATES[code]["es"]
        assert spanish.strip(), code
        assert _fields(spanish) == _fields(english), code


ENGLISH_CODES = set(SPANISH_POSITIONS)


def _english_codes_in(text: str) -> set[str]:
    return set(re.split(r"[\s/,()·:;—]+", text)) & ENGLISH_CODES


@QUIET
def test_in_spanish_a_suggestion_and_the_positions_are_worded_in_spanish(
    spanish, window, monkeypatch
):
    shown: list[SuggestionDialog] = []
    monkeypatch.setattr(SuggestionDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.actions.suggest.trigger()
    assert shown
    tree = shown[0].changes
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    texts = [row.text(0) for row in rows]
    texts += [
        row.child(i).text(c) for row in rows for i in range(row.childCount()) for c in range(5)
    ]
    assert any("descansa" in text for text in texts)  # the reasons are there, in Spanish
    assert any("nivel del once" in text for text in texts)
    phrases = template_phrases("explain.") | template_phrases("status.")
    for text in texts:
        assert not [p for p in phrases if p in text], text
        assert not _english_codes_in(text), text

    squad = window.squad.view.model()
    column = {name: COLUMNS.index(name) for name in ("positions", "place")}
    shown_codes = [
        squad.index(row, c).data() or "" for row in range(squad.rowCount()) for c in column.values()
    ]
    assert "POR" in shown_codes and any("DFC" in text for text in shown_codes)
    assert not [text for text in shown_codes if _english_codes_in(text)]

    plan, tab = window.plan, window.tabs.tab(MLS)
    starter = plan.lineup(MLS).slots["ST"]
    window.session.push(UnassignPlayer(plan, MLS, starter))  # an empty slot shows its name
    window.session.push(AssignPlayer(plan, MLS, "leo-afonso", "LB"))  # a striker: a badge
    cards = [tab.pitch.slot_card(slot) for slot in plan.lineup(MLS).slots]
    assert tab.pitch.slot_card("ST").slot_label == "DC"
    labels = [card.slot_label for card in cards]
    labels += [card.info.tooltip for card in cards if card.info]
    labels += [card.info.natural_position or "" for card in cards if card.info]
    assert any(card.info and card.info.natural_position for card in cards)
    for text in labels:
        assert not _english_codes_in(text), text


def _no_english(text: str) -> None:
    """No English phrase of the importer's messages in text (whole words: "columna" is no
    "column"; quoted names such as a file's are left out)."""
    unquoted = re.sub(r"'[^']*'", "", text)
    phrases = template_phrases("import.")
    assert not [p for p in phrases if re.search(rf"\b{re.escape(p)}\b", unquoted)], text


@QUIET
def test_in_spanish_the_import_dialog_words_skipped_rows_notes_and_errors_in_spanish(
    spanish, qtbot, tmp_path
):
    def opened(path: Path) -> ImportDialog:
        dialog = ImportDialog(path)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
        return dialog

    try:
        squad = opened(ROOT / "samples" / "squad.xlsx")
        skipped = [squad.skipped.item(i).text() for i in range(squad.skipped.count())]
        assert skipped == ["Fila 30: una fila de totales o medias"]
        log = opened(ROOT / "samples" / "minutes-2025.xlsx")
        notes = [log.notes.item(i).text() for i in range(log.notes.count())]
        assert any(n.startswith("se leyó la hoja") for n in notes), notes
        for note in notes:
            _no_english(note)
        broken = opened(ROOT / "tests" / "data" / "broken" / "negative-minutes.csv")
        error = broken.error.text()
        assert error.startswith("No se pudo leer 'negative-minutes.csv' (fila ") and error.endswith(
            "No se importó nada."
        ), error
        assert "minutos es negativo" in error
        _no_english(error)
    finally:
        QThreadPool.globalInstance().waitForDone(20_000)


def test_the_command_line_words_an_import_error_in_its_language(tmp_path):
    broken = ROOT / "tests" / "data" / "broken" / "word-document.xlsx"
    for language, expected in (
        ("es", "es un documento de Word, no una hoja de cálculo"),
        ("en", "it is a Word document, not a spreadsheet"),
    ):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main(
                [
                    "import",
                    str(broken),
                    "--into",
                    str(tmp_path / "x.squadplan"),
                    "--language",
                    language,
                ]
            )
        assert code == 2 and expected in err.getvalue(), err.getvalue()
        assert not (tmp_path / "x.squadplan").exists()


@QUIET
def test_in_spanish_the_match_played_dialog_words_the_record_checks_in_spanish(spanish, session):
    dialog = MatchPlayedDialog(session.plan, MLS)
    subs = dialog.subs
    row = subs.add_row()  # Messi (on at 60) goes off at 50
    subs.widgets(row)[0].setText("50")
    for column, pid in ((1, "lionel-messi"), (2, "tomas-aviles")):
        combo = subs.widgets(row)[column]
        combo.setCurrentIndex(combo.findData(pid))
    text = dialog.problem.text()
    assert not dialog.apply_button.isEnabled()
    assert "Lionel Messi sale en el 50, antes de entrar en el 60" in text
    assert not [phrase for phrase in template_phrases("record.") if phrase in text], text
