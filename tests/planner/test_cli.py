"""``python -m planner check|fatigue``: output and exit codes, as a process and through main()."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from planner import Plan, Status, save_plan
from planner.cli import EXIT_USER_ERROR, main
from tests.planner_process import run_planner


@pytest.fixture
def sample_file(plan: Plan, tmp_path: Path) -> Path:
    path = tmp_path / "week.squadplan"
    save_plan(plan, path)
    return path


@pytest.fixture
def broken_plan_file(plan: Plan, tmp_path: Path) -> Path:
    plan.update_player(replace(plan.player("luis-suarez"), status=Status.SUSPENDED))
    path = tmp_path / "suspended.squadplan"
    save_plan(plan, path)
    return path


def test_check_of_the_sample_lists_warnings_and_exits_0(sample_file: Path) -> None:
    result = run_planner("check", sample_file)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "0 errors, 13 warnings"
    assert (
        "warning  Wed 9 Apr v LAFC: Maximiliano Falcón 45+ min in both games < 5 days apart "
        "(FIFPRO critical zone)"
    ) in lines


def test_check_exits_1_when_the_plan_breaks_a_rule(broken_plan_file: Path) -> None:
    result = run_planner("check", broken_plan_file)
    assert result.returncode == 1
    assert (
        "error    Sun 6 Apr v Toronto FC: Luis Suárez is suspended but picked in the XI"
        in result.stdout.splitlines()
    )
    assert result.stdout.splitlines()[-1].startswith("2 errors")


def test_a_missing_file_is_one_line_on_stderr_and_exit_2(tmp_path: Path) -> None:
    result = run_planner("fatigue", tmp_path / "absent.squadplan")
    assert result.returncode == EXIT_USER_ERROR
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: Could not open 'absent.squadplan': No such file or directory."
    ]


def test_fatigue_table_output_names_players_and_fixtures(sample_file: Path) -> None:
    result = run_planner("fatigue", sample_file)
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split()[:3] == ["fixture", "player", "minutes"]
    assert len(rows) == 26 * 2
    assert any("Sun 6 Apr v Toronto FC" in r and "Lionel Messi" in r for r in rows)


def test_the_cli_words_in_the_language_of_the_environment_or_of_the_option(
    sample_file: Path,
) -> None:
    spanish = run_planner("fatigue", sample_file, lang="es_ES.UTF-8")
    assert spanish.returncode == 0, spanish.stderr
    assert "dom 6 abr vs Toronto FC" in spanish.stdout and "min hace 4 días" in spanish.stdout
    assert "days ago" not in spanish.stdout
    english = run_planner("fatigue", sample_file, "--language", "en", lang="es_ES.UTF-8")
    assert "Sun 6 Apr v Toronto FC" in english.stdout and "min 4 days ago" in english.stdout


def test_suggest_explains_in_spanish(sample_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "suggested.squadplan"
    assert main(["suggest", str(sample_file), "-o", str(out), "--explain", "--language", "es"]) == 0
    printed = capsys.readouterr().out
    assert "Marcelo Weigandt: no se tiene en cuenta: lesionado" in printed
    assert "nivel del once" in printed and "banquillo" in printed
    assert "not considered" not in printed and "XI strength" not in printed


def test_fatigue_csv_through_main_has_every_player_and_fixture(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fatigue", str(sample_file), "--format", "csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out), index_col=[0, 1])
    assert table.shape[0] == 26 * 2
    assert {"readiness", "acwr", "risk", "reasons"} <= set(table.columns)
    assert table.loc[("maximiliano-falcon", "2025-04-09-lafc"), "risk"] == "moderate"


def test_check_through_main_returns_1_for_errors(
    broken_plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(broken_plan_file)]) == 1
    assert "Luis Suárez is suspended" in capsys.readouterr().out


def test_a_damaged_file_through_main_is_exit_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.squadplan"
    path.write_text('{"format": "squad-planner", "ver', encoding="utf-8")
    assert main(["check", str(path)]) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'damaged.squadplan'" in err and "Traceback" not in err


def test_an_empty_plan_checks_clean_and_has_an_empty_fatigue_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.squadplan"
    assert main(["new", "-o", str(path)]) == 0
    assert main(["check", str(path)]) == 0
    assert main(["fatigue", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == ["0 errors, 0 warnings", "No players or no fixtures in the plan."]


def test_check_speaks_the_language_asked_for(sample_file: Path) -> None:
    result = run_planner("check", sample_file, "--language", "es")
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and lines[-1] == "0 errores, 13 avisos"
    assert (
        "aviso    mié 9 abr vs LAFC: Maximiliano Falcón: 45+ min en los dos partidos, con menos "
        "de 5 días entre ellos (zona crítica de FIFPRO)"
    ) in lines
    assert not [line for line in lines if "warning" in line or " in both games" in line]


def test_every_command_reports_in_the_language_asked_for(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "semana.squadplan"
    said = {
        "suggest": run_planner("suggest", sample_file, "-o", out, "--language", "es"),
        "export": run_planner("export", out, "-o", tmp_path / "semana.xlsx", "--language", "es"),
        "played": run_planner("played", out, "--fixture", "2025-04-06", "--language", "es"),
        "new": run_planner("new", "-o", tmp_path / "vacio.squadplan", "--language", "es"),
    }
    first = {name: done.stdout.splitlines()[0] for name, done in said.items()}
    assert all(done.returncode == 0 for done in said.values()), said
    assert first["suggest"].startswith("objetivo ") and "(óptimo)" in first["suggest"]
    assert first["export"] == f"escrito {tmp_path / 'semana.xlsx'}"
    assert first["played"].startswith("dom 6 abr vs Toronto FC: jugado, ")
    assert first["new"] == f"escrito {tmp_path / 'vacio.squadplan'}"
    for line in first.values():
        assert not any(word in line for word in ("wrote", "played", "objective", "optimal"))
