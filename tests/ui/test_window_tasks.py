"""Import, Excel export and Suggest rotation through the window's actions (dialogs patched)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import MLS
from PySide6.QtWidgets import QDialog

from planner import minutes_matrix
from ui.dialogs.suggestion import SuggestionDialog
from ui.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def accept_import(monkeypatch, qtbot):
    """ImportDialog.exec waits for the background read, then presses Import."""
    shown: list[ImportDialog] = []

    def exec_(dialog: ImportDialog) -> int:
        shown.append(dialog)
        qtbot.waitUntil(lambda: not dialog.busy() and dialog.result() is not None, timeout=20000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return shown


def test_import_merges_a_squad_as_one_undoable_step(window, answers, accept_import, tmp_path):
    window.actions.new.trigger()
    squad = tmp_path / "squad.xlsx"
    shutil.copyfile(SAMPLES / "squad.xlsx", squad)
    answers.open_file = str(squad)

    window.actions.import_.trigger()

    assert accept_import and accept_import[0].path == squad
    assert len(window.plan.players) >= 20
    assert window.squad.model.rowCount() == len(window.plan.players)
    assert window.session.undo_stack.count() == 1
    assert "squad.xlsx" in window.statusBar().currentMessage()
    window.actions.undo.trigger()
    assert not window.plan.players
    assert window.squad.model.rowCount() == 0


def test_cancelled_import_changes_nothing(window, answers, monkeypatch):
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    answers.open_file = str(SAMPLES / "squad.xlsx")
    window.actions.import_.trigger()
    assert window.session.undo_stack.count() == 0


def test_export_writes_the_workbook_in_the_background(window, answers, tmp_path):
    from openpyxl import load_workbook

    answers.save_file = str(tmp_path / "rotation")
    window.actions.export_excel.trigger()

    written = tmp_path / "rotation.xlsx"
    assert written.exists()
    book = load_workbook(written, read_only=True)
    assert len(book.sheetnames) >= len(window.plan.fixtures)
    assert "rotation.xlsx" in window.statusBar().currentMessage()
    assert not window.isWindowModified()


def test_export_to_a_place_that_cannot_be_written_says_why(window, answers, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    answers.save_file = str(not_a_folder / "rotation.xlsx")
    window.actions.export_excel.trigger()
    assert answers.warnings and "rotation.xlsx" in answers.warnings[0]
    assert not window.isWindowModified()


def test_suggest_rotation_applies_as_one_step_and_undoes(window, monkeypatch):
    shown: list[SuggestionDialog] = []

    def exec_(dialog: SuggestionDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SuggestionDialog, "exec", exec_)
    before = minutes_matrix(window.plan)
    lineups = {f: lu.copy() for f, lu in window.plan.lineups.items()}

    window.actions.suggest.trigger()

    assert shown and shown[0].changes.topLevelItemCount() >= 1
    assert not minutes_matrix(window.plan).equals(before)
    assert window.session.undo_stack.count() == 1
    assert (
        window.tabs.tab(MLS).pitch.slot_card("GK").player_id == window.plan.lineup(MLS).slots["GK"]
    )
    window.actions.undo.trigger()
    assert window.plan.lineups == lineups


def test_long_work_runs_off_the_gui_thread_and_keeps_it_responsive(qtbot):
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from ui.workers import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    gui = threading.current_thread()

    def work(report):
        assert threading.current_thread() is not gui
        for i in range(10):
            time.sleep(0.02)
            report((i + 1) / 10)
        return "done"

    assert run_with_progress(parent, "Working…", work) == "done"
    timer.stop()
    assert len(ticks) >= 5  # the event loop kept running while the work ran

    def fail(report):
        raise ValueError("locked file")

    with pytest.raises(ValueError, match="locked file"):
        run_with_progress(parent, "Working…", fail)


def _answer_modal(qtbot, button_text: str, seen: list[str]) -> None:
    """When a modal message box opens, record its text and press the button named button_text
    (the way a person would answer it; the box really runs its own event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def press(tries: int = 100) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:  # give up after 2 s, so no later test's dialog gets this answer
                QTimer.singleShot(20, lambda: press(tries - 1))
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(0, press)


def _break_a_rule(window) -> str:
    """Suspend a starter of the Sunday game; returns the error message validate gives."""
    from dataclasses import replace

    from planner import Status

    plan = window.plan
    plan.update_player(replace(plan.player("luis-suarez"), status=Status.SUSPENDED))
    errors = [p for p in window.session.problems() if p.severity == "error"]
    assert errors
    return errors[0].message


def test_export_of_a_plan_with_errors_asks_and_cancel_writes_nothing(
    window, answers, tmp_path, qtbot
):
    message = _break_a_rule(window)
    target = tmp_path / "rotation.xlsx"
    target.write_bytes(b"last week's workbook")
    answers.save_file = str(target)
    seen: list[str] = []
    _answer_modal(qtbot, "Cancel", seen)

    assert window.tasks.export_excel() is False

    assert len(seen) == 1
    assert "Luis Suárez" in seen[0] and message.split(": ", 1)[1] in seen[0]
    assert target.read_bytes() == b"last week's workbook"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["rotation.xlsx"]


def test_export_anyway_writes_the_plan_with_errors(window, answers, tmp_path, qtbot):
    _break_a_rule(window)
    answers.save_file = str(tmp_path / "rotation.xlsx")
    seen: list[str] = []
    _answer_modal(qtbot, "Export anyway", seen)

    window.actions.export_excel.trigger()

    assert len(seen) == 1
    assert (tmp_path / "rotation.xlsx").exists()


@pytest.mark.parametrize(
    ("language", "territory", "paper", "sheet"),
    [("English", "UnitedStates", 1, "Players Sun Apr 6 Toronto FC"),
     ("Spanish", "Spain", 9, "Players Sun 6 Apr Toronto FC")],
)  # fmt: skip
def test_export_with_players_sheets_on_the_system_paper(
    window, answers, tmp_path, monkeypatch, language, territory, paper, sheet
):
    from openpyxl import load_workbook
    from PySide6.QtCore import QLocale

    system = QLocale(getattr(QLocale.Language, language), getattr(QLocale.Country, territory))
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: system))
    answers.save_file = str(tmp_path / "wall.xlsx")
    window.actions.export_players.trigger()

    book = load_workbook(tmp_path / "wall.xlsx")
    players = [n for n in book.sheetnames if n.startswith("Players ")]
    assert len(players) == 2 and players[0] == sheet
    assert {ws.page_setup.paperSize for ws in book.worksheets} == {paper}


def test_the_import_dialog_offers_every_format_the_importer_reads_and_all_files(
    window, monkeypatch
):
    from fnmatch import fnmatch

    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: (offered.append(args[3]), ("", ""))[1]
    )
    window.actions.import_.trigger()
    spreadsheets, anything = offered[0].split(";;")
    patterns = spreadsheets[spreadsheets.index("(") + 1 : spreadsheets.index(")")].split()
    readable = {p.suffix for p in (Path(__file__).parents[1] / "data" / "good").iterdir()}
    for suffix in readable | {".xlsb", ".txt"}:  # the reader's docstring names these two too
        assert any(fnmatch(f"squad{suffix}", p) for p in patterns), suffix
    assert anything.endswith("(*)")
    assert window.session.undo_stack.count() == 0
