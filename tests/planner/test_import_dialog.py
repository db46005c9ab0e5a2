"""The import dialog on real files: preview, sheet picker, editable mapping, skipped rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QComboBox, QDialog

from planner import Plan, sample_plan
from planner.importing import merge_import
from ui.import_dialog import ImportDialog

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "tests" / "data" / "good"
BROKEN = ROOT / "tests" / "data" / "broken"


@pytest.fixture
def open_dialog(qtbot):
    made: list[ImportDialog] = []

    def make(path: Path) -> ImportDialog:
        dialog = ImportDialog(path)
        qtbot.addWidget(dialog)
        made.append(dialog)
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
        return dialog

    yield make
    QThreadPool.globalInstance().waitForDone(20_000)


def wait_checked(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)


def test_it_previews_the_sheet_maps_columns_and_lists_skipped_rows(open_dialog) -> None:
    dialog = open_dialog(ROOT / "samples" / "squad.xlsx")
    assert dialog.objectName() == "importDialog"
    model = dialog.preview.model()
    assert model.rowCount() == 30
    assert model.index(3, 1).data() == "Drake Callender"
    assert model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # header row
    assert "Player name" in model.headerData(1, Qt.Orientation.Horizontal)
    combo = dialog.findChild(QComboBox, "mapping1")
    assert combo.currentData() == "player"
    assert dialog.mapping()[2] == "position"
    skipped = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert skipped == ["Row 30: a total or average row"]
    assert model.index(29, 0).data(Qt.ItemDataRole.ToolTipRole).endswith("average row")
    assert dialog.import_button.isEnabled()
    assert "26 players" in dialog.found.text()


def test_a_mapping_edited_in_a_combo_box_is_the_one_imported(open_dialog, qtbot) -> None:
    dialog = open_dialog(ROOT / "samples" / "squad.xlsx")
    dialog.set_field(5, "")  # do not import the ratings column
    wait_checked(qtbot, dialog)
    assert 5 not in dialog.result().mapping
    assert all(p.rating is None for p in dialog.result().players)
    plan = sample_plan()
    summary = merge_import(plan, dialog.result())
    assert not summary.players_added and not summary.changed


def test_a_wide_log_in_a_workbook_with_several_sheets_can_switch_sheet(open_dialog, qtbot) -> None:
    dialog = open_dialog(ROOT / "samples" / "minutes-2025.xlsx")
    assert dialog.sheet_picker.isEnabled()
    assert dialog.sheet_picker.currentText() == "Minutos"
    assert len(dialog.result().appearances) == len(sample_plan().history)
    dialog.sheet_picker.setCurrentText("Resumen")
    dialog.sheet_picker.activated.emit(dialog.sheet_picker.currentIndex())
    wait_checked(qtbot, dialog)
    assert dialog.result().sheet == "Resumen"
    assert dialog.result().kind == "squad"


def test_a_table_without_a_player_column_can_be_fixed_in_the_dialog(
    open_dialog, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Who,Min,Date\nLionel Messi,90,2025-03-09\nLuis Suárez,64,2025-03-09\n")
    dialog = open_dialog(path)
    assert "no column of player names" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.sheet_picker.isEnabled()
    dialog.set_field(0, "player")
    wait_checked(qtbot, dialog)
    assert dialog.error.text() == ""
    assert dialog.import_button.isEnabled()
    plan = Plan()
    merge_import(plan, dialog.result())
    assert plan.history["minutes"].tolist() == [90, 64]


def test_a_bad_cell_is_reported_with_its_place_and_blocks_the_import(open_dialog) -> None:
    dialog = open_dialog(BROKEN / "bad-minutes.xlsx")
    assert "(sheet 'Log', row 14, column 'Min'): '9O' is not a number" in dialog.error.text()
    assert dialog.result() is None and not dialog.import_button.isEnabled()
    assert dialog.preview.model().rowCount() == 14  # still previewed, so the staff can see it
    current = dialog.preview.currentIndex()
    assert (current.row(), current.column(), current.data()) == (13, 2, "9O")


def test_a_file_that_is_not_a_spreadsheet_shows_why(open_dialog) -> None:
    dialog = open_dialog(BROKEN / "encrypted.xlsx")
    assert "password-protected" in dialog.error.text()
    assert dialog.preview.model().rowCount() == 0


def test_the_import_button_accepts_with_the_result(open_dialog, qtbot) -> None:
    dialog = open_dialog(GOOD / "minutes-long.xlsx")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        dialog.import_button.click()
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted
    assert len(dialog.result().appearances) == 6


def test_a_large_log_shows_progress_and_the_window_stays_responsive(
    open_dialog, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "log.csv"
    rows = "".join(
        f"Player {i % 30},{2000 + i // 360}-{1 + i // 30 % 12:02d}-01,{i % 90}\n"
        for i in range(30_000)
    )
    path.write_text("Player,Date,Min\n" + rows)
    seen: list[int] = []
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert seen and max(seen) == 30_000 and len(set(seen)) > 2
    assert dialog.result() is not None
    QThreadPool.globalInstance().waitForDone(20_000)


def test_the_preview_model_passes_the_qt_model_tester(open_dialog, qtmodeltester) -> None:
    dialog = open_dialog(ROOT / "samples" / "minutes-2025.xlsx")
    qtmodeltester.check(dialog.preview_model)
    empty = open_dialog(BROKEN / "encrypted.xlsx")
    qtmodeltester.check(empty.preview_model)
