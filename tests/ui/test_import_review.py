"""File > Import with near-miss names: the dialog's review step, driven through its widgets."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from planner.importing import NewPlayer
from tests.data import hostile
from tests.planner.test_import_name_choices import rows_on
from ui.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

ROWS = [
    ["Player", "Date", "Minutes"],
    ["L. Messi", "2025-01-01", "90"],
    ["Allen", "2025-01-02", "80"],
    ["Suarez", "2025-01-03", "70"],
    ["Busquets S.", "2025-01-04", "60"],
]


def test_near_miss_names_are_reviewed_then_merged_as_one_undoable_step(
    window, answers, monkeypatch, qtbot, tmp_path
) -> None:
    answers.open_file = str(hostile.csv_file(tmp_path, "log.csv", ROWS))
    seen: dict[str, object] = {}

    def exec_(dialog: ImportDialog) -> int:
        accepted: list[bool] = []
        dialog.accepted.connect(lambda: accepted.append(True))
        dialog.show()
        qtbot.waitUntil(
            lambda: not dialog.busy() and dialog.import_button.isEnabled(), timeout=20000
        )
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.reviewing, timeout=20000)
        assert not accepted and dialog.back_button.isVisible()
        review = dialog.review
        names = [review.table.item(r, 0).text() for r in range(review.table.rowCount())]
        rows = {name: review.combos(r) for r, name in enumerate(names)}
        seen["defaults"] = {n: (p.currentText(), c.currentText()) for n, (p, c) in rows.items()}
        seen["allen"] = sorted(
            rows["Allen"][0].itemText(i) for i in range(rows["Allen"][0].count())
        )
        seen["allen enabled"] = rows["Allen"][0].isEnabled()

        messi_choice = rows["L. Messi"][1]
        messi_choice.setFocus()
        qtbot.keyClick(messi_choice, Qt.Key.Key_Down)  # Same player -> New player
        allen_player, allen_choice = rows["Allen"]
        allen_choice.setCurrentIndex(allen_choice.findText("Same player"))
        allen_player.setCurrentIndex(allen_player.findText("Allen Obando"))
        suarez_choice = rows["Suarez"][1]
        suarez_choice.setCurrentIndex(suarez_choice.findText("Skip"))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert accepted
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    players_before, history_before = dict(window.plan.players), window.plan.history.copy()

    window.actions.import_.trigger()

    assert seen["defaults"] == {
        "L. Messi": ("Lionel Messi", "Same player"),
        "Allen": ("Noah Allen", "Skip"),  # ambiguous: Skip until staff say who he is
        "Suarez": ("Luis Suárez", "Same player"),
        "Busquets S.": ("Sergio Busquets", "Same player"),
    }
    assert seen["allen"] == ["Allen Obando", "Noah Allen"] and not seen["allen enabled"]
    plan = window.plan
    added = [p for p in plan.players.values() if p.name == "L. Messi"]
    assert len(added) == 1 and len(plan.players) == len(players_before) + 1
    assert rows_on(plan, "2025-01-01") == {(added[0].id, 90)}
    assert rows_on(plan, "2025-01-02") == {("allen-obando", 80)}
    assert rows_on(plan, "2025-01-03") == set()
    assert rows_on(plan, "2025-01-04") == {("sergio-busquets", 60)}
    assert window.session.undo_stack.count() == 1

    window.actions.undo.trigger()
    assert window.plan.players == players_before
    pd.testing.assert_frame_equal(window.plan.history, history_before)


def test_back_returns_to_the_columns_and_a_file_without_near_misses_imports_at_once(
    qtbot, tmp_path
) -> None:
    from planner import sample_plan

    plan = sample_plan()
    dialog = ImportDialog(hostile.csv_file(tmp_path, "log.csv", ROWS), plan=plan)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.import_button.isEnabled(), timeout=20000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.reviewing, timeout=20000)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.reviewing() and not dialog.merge_options().names

    exact = [["Player", "Date", "Minutes"], ["Lionel Messi", "2025-01-01", "90"]]
    plain = ImportDialog(hostile.csv_file(tmp_path, "exact.csv", exact), plan=plan)
    qtbot.addWidget(plain)
    qtbot.waitUntil(lambda: not plain.busy() and plain.import_button.isEnabled(), timeout=20000)
    with qtbot.waitSignal(plain.accepted, timeout=20000):
        qtbot.mouseClick(plain.import_button, Qt.MouseButton.LeftButton)
    assert not plain.reviewing()


def test_the_review_works_from_the_keyboard(qtbot, tmp_path) -> None:
    from planner import sample_plan

    dialog = ImportDialog(hostile.csv_file(tmp_path, "log.csv", ROWS), plan=sample_plan())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.import_button.isEnabled(), timeout=20000)
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.reviewing, timeout=20000)
    walked = [dialog.focusWidget().objectName()]
    for _ in range(3):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        walked.append(dialog.focusWidget().objectName())
    # Allen's player is greyed out while his choice is Skip: Tab passes it by
    assert walked == ["choice0", "choice1", "player2", "choice2"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # Suarez: Same player -> New player
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.merge_options().names["Suarez"] == NewPlayer()
