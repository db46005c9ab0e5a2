"""``suggest --rest / --start / --bench``: each lock kind through the command line, read back
from the written plan; bad names, fixtures and slots exit 2 with one line (issue 17)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planner import Lock, LockKind, load_plan, save_plan
from planner.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "miami-april-2025.squadplan"
TORONTO, LAFC = "2025-04-06-toronto-fc", "2025-04-09-lafc"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return Path(shutil.copy(SAMPLE, tmp_path / "week.squadplan"))


def _suggest(sample: Path, *options: str) -> tuple[int, Path]:
    out = sample.with_name("out.squadplan")
    code = main(["suggest", str(sample), "-o", str(out), "--language", "en", *options])
    return code, out


def test_rest_by_name_and_date(sample: Path) -> None:
    code, out = _suggest(sample, "--rest", "messi@2025-04-06")
    assert code == 0
    written = load_plan(out)
    assert written.lock_of(TORONTO, "lionel-messi") == Lock(LockKind.REST)
    assert written.lineup(TORONTO).place_of("lionel-messi") is None


def test_start_in_a_slot_by_accentless_name_and_fixture_id(sample: Path) -> None:
    code, out = _suggest(
        sample, "--start", f"oscar ustari@{LAFC}", "--start", "Allende@2025-04-06:lw"
    )
    assert code == 0
    written = load_plan(out)
    assert written.lock_of(LAFC, "oscar-ustari") == Lock(LockKind.START)
    assert "oscar-ustari" in written.lineup(LAFC).starters()
    assert written.lock_of(TORONTO, "tadeo-allende") == Lock(LockKind.START, "LW")
    assert written.lineup(TORONTO).place_of("tadeo-allende") == "LW"


def test_bench_by_id_adds_to_the_saved_locks(sample: Path) -> None:
    plan = load_plan(sample)
    plan.lock(LAFC, "luis-suarez", Lock(LockKind.REST))

    save_plan(plan, sample)
    code, out = _suggest(sample, "--bench", "jordi-alba@2025-04-09")
    assert code == 0
    written = load_plan(out)
    assert written.lineup(LAFC).place_of("jordi-alba") == "BENCH"
    assert written.lineup(LAFC).place_of("luis-suarez") is None
    assert written.locks[LAFC] == {
        "luis-suarez": Lock(LockKind.REST),
        "jordi-alba": Lock(LockKind.BENCH),
    }


@pytest.mark.parametrize(
    ("option", "says"),
    [
        ("--rest=Nobody@2025-04-06", "no player has the name or id 'Nobody'"),
        ("--bench=Messi@2030-01-01", "no fixture has the id or date '2030-01-01'"),
        ("--start=Messi@2025-04-06:XX", "has no slot 'XX'"),
        ("--rest=Messi", "write NAME@FIXTURE"),
    ],
)
def test_unknown_name_fixture_or_slot_exits_2_with_one_line(
    sample: Path, option: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _suggest(sample, option)
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert says in err and err.count("\n") == 1


def test_a_lock_that_cannot_be_met_is_one_sentence_in_the_language(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = sample.with_name("out.squadplan")
    code = main(
        [
            "suggest",
            str(sample),
            "-o",
            str(out),
            "--language",
            "es",
            "--start",
            "Weigandt@2025-04-06",
        ]
    )
    assert code == 2 and not out.exists()
    assert capsys.readouterr().err == (
        "error: Marcelo Weigandt está bloqueado para el dom 6 abr vs Toronto FC (titular), "
        "pero está lesionado.\n"
    )
