"""Hostile spreadsheets (tests/data/hostile.py) give one located line, never a crash or a hang.

Through the CLI each is exit 2 with one line on stderr, no traceback, and the plan file byte
for byte as it was; the reader runs under a 1.5 GB address-space cap, so a file that made it
allocate a grid of gigabytes fails the test instead of the machine.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from planner.importing import SpreadsheetError, import_spreadsheet
from planner.wording import word
from tests.data import hostile
from tests.planner_process import ROOT

SAMPLE = ROOT / "samples" / "miami-april-2025.squadplan"
MEMORY_CAP = 1536 * 1024 * 1024


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def import_into_copy(tmp_path: Path, file: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`planner import file --into` a copy of the sample, under the memory cap."""
    plan = tmp_path / "week.squadplan"
    shutil.copyfile(SAMPLE, plan)
    done = subprocess.run(
        [sys.executable, "-m", "planner", "import", str(file), "--into", str(plan)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=_capped,
    )
    return done, plan


def assert_refused(done: subprocess.CompletedProcess[str], plan: Path, *parts: str) -> str:
    """Exit 2, one line on stderr naming each of parts, no traceback, the plan untouched."""
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    for part in parts:
        assert part in lines[0], lines[0]
    assert plan.read_bytes() == SAMPLE.read_bytes()
    return lines[0]


@pytest.mark.parametrize("cell", ["XFD1000000", "XFD5000", "HA2"])
def test_a_stray_far_cell_is_refused_by_name_before_any_grid_is_built(
    tmp_path: Path, cell: str
) -> None:
    done, plan = import_into_copy(tmp_path, hostile.far_cell_xlsx(tmp_path, cell))
    assert_refused(done, plan, f"far-{cell}.xlsx", "sheet 'Squad'", f"a value at {cell}")


def test_a_stray_far_cell_in_another_sheet_leaves_the_squad_sheet_importable(
    tmp_path: Path,
) -> None:
    done, _ = import_into_copy(
        tmp_path, hostile.far_cell_xlsx(tmp_path, "XFD1000000", other_sheet=True)
    )
    assert done.returncode == 0, done.stderr
    assert "sheet 'Squad'" in done.stdout


def test_repeated_ods_rows_and_cells_are_counted_not_expanded(tmp_path: Path) -> None:
    done, plan = import_into_copy(tmp_path, hostile.repeated_ods(tmp_path))
    assert_refused(done, plan, "repeated.ods", "sheet 'Squad'", "1,000,003 rows x 16,001 columns")


def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    done, plan = import_into_copy(tmp_path, hostile.named_pipe(tmp_path))  # hangs on old code
    assert_refused(done, plan, "squad.csv", "not a regular file")


# Excel has no year 1: openpyxl writes it as a negative day count, which reads as a time
@pytest.mark.parametrize(
    ("when", "shown"), [(datetime(2300, 1, 5), "2300-01-05"), (datetime(1, 1, 5), "not a date")]
)
def test_a_date_pandas_cannot_hold_names_file_sheet_row_and_column(
    tmp_path: Path, when: datetime, shown: str
) -> None:
    done, plan = import_into_copy(tmp_path, hostile.date_xlsx(tmp_path, when))
    assert_refused(
        done, plan, f"date-{when.year}.xlsx", "sheet 'Log'", "row 3", "column 'Date'", shown
    )


def test_a_text_date_in_year_2300_is_located_too(tmp_path: Path) -> None:
    log = hostile.csv_file(
        tmp_path, "log.csv", [["Player", "Date", "Minutes"], ["Lionel Messi", "5/1/2300", "90"]]
    )
    done, plan = import_into_copy(tmp_path, log)
    assert_refused(done, plan, "log.csv", "row 2", "column 'Date'", "2300")


def test_a_40000_character_cell_is_shortened_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        import_spreadsheet(hostile.giant_cell_csv(tmp_path))
    message = str(caught.value)
    assert "row 2" in message and "column 'Minutes'" in message and "…" in message
    assert len(message) < 300


def test_a_40000_character_name_is_skipped_with_its_length(tmp_path: Path) -> None:
    squad = hostile.csv_file(
        tmp_path,
        "squad.csv",
        [["Player", "Status"], ["Lionel Messi", "x" * 40_000], ["y" * 40_000, "available"]],
    )
    result = import_spreadsheet(squad)
    assert [p.name for p in result.players] == ["Lionel Messi"]
    assert [word(s.reason) for s in result.skipped] == [
        "not a player name or id (40,000 characters)"
    ]
    assert all(len(word(w)) < 300 for w in result.warnings) and result.warnings


def test_one_control_character_is_removed_with_a_note_not_a_refusal(tmp_path: Path) -> None:
    result = import_spreadsheet(hostile.control_character_csv(tmp_path))
    assert [p.name for p in result.players] == ["Luis Suárez"]
    assert "1 invisible control character was removed from the text" in [
        word(w) for w in result.warnings
    ]


def test_binary_content_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(b"Player,Status\n" + bytes(range(1, 32)) * 50)
    with pytest.raises(SpreadsheetError, match="binary content"):
        import_spreadsheet(path)
