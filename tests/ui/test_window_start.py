"""What the window opens on when started without a file, and the new fixture's defaults."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from conftest import SAMPLE
from helpers import MLS
from PySide6.QtWidgets import QDialog

from ui.commands import UnassignPlayer
from ui.dialogs.fixture import FixtureDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def sample_fixture_ids() -> set[str]:
    return {f["id"] for f in json.loads(SAMPLE.read_text(encoding="utf-8"))["fixtures"]}


def start(qtbot):
    """The window a start with no file on the command line builds."""
    from ui.app import build_window

    started = build_window()
    qtbot.addWidget(started)
    return started


def test_the_first_start_opens_the_sample(qtbot, answers, fresh_app_state):
    first = start(qtbot)
    assert first.session.path is None
    assert {f.id for f in first.plan.fixtures} == sample_fixture_ids()
    assert first.statusBar().currentMessage() == ""


def test_the_next_start_opens_the_plan_the_last_window_had(qtbot, window, answers, tmp_path):
    window.session.push(UnassignPlayer(window.plan, MLS, "luis-suarez"))
    answers.save_file = str(tmp_path / "saved-as")
    window.actions.save_as.trigger()
    assert window.close()

    again = start(qtbot)
    assert again.session.path == tmp_path / "saved-as.squadplan"
    assert again.plan.lineup(MLS).place_of("luis-suarez") is None
    assert not again.isWindowModified()


def test_a_plan_opened_on_the_command_line_is_the_next_start_s_plan(
    qtbot, window, answers, plan_path
):
    assert window.close()
    assert start(qtbot).session.path == plan_path


@pytest.mark.parametrize("damage", ["delete", "garble"])
def test_a_last_plan_gone_or_unreadable_is_named_and_the_sample_opens(
    qtbot, window, answers, plan_path, damage
):
    assert window.close()
    if damage == "delete":
        plan_path.unlink()
    else:
        plan_path.write_text("{ not a plan", encoding="utf-8")

    again = start(qtbot)
    assert again.session.path is None
    assert {f.id for f in again.plan.fixtures} == sample_fixture_ids()
    assert plan_path.name in again.statusBar().currentMessage()


def test_a_new_fixture_defaults_to_the_day_after_the_last_one(window, monkeypatch):
    kickoffs = [
        datetime.fromisoformat(f["kickoff"])
        for f in json.loads(SAMPLE.read_text(encoding="utf-8"))["fixtures"]
    ]
    expected = max(kickoffs) + timedelta(days=1)
    shown: list[datetime] = []

    def look(dialog: FixtureDialog) -> int:
        shown.append(dialog.kickoff.dateTime().toPython())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FixtureDialog, "exec", look)
    window.actions.add_fixture.trigger()
    assert shown == [expected]


def test_with_no_fixture_the_new_one_is_tomorrow_evening(window, monkeypatch):
    window.actions.new.trigger()
    shown: list[datetime] = []

    def look(dialog: FixtureDialog) -> int:
        shown.append(dialog.kickoff.dateTime().toPython())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FixtureDialog, "exec", look)
    before = datetime.now().date()
    window.actions.add_fixture.trigger()
    after = datetime.now().date()  # the same day unless the test ran over midnight
    assert len(shown) == 1 and (shown[0].hour, shown[0].minute) == (19, 30)
    assert shown[0].date() in {before + timedelta(days=1), after + timedelta(days=1)}
