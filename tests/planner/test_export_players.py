"""Printing for the wall as well as for staff: players' sheets, paper size and date order by
locale, and an export that refuses (or warns about) a plan that breaks a rule."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from planner import Plan, Status, sample_plan
from planner.cli import main
from planner.export import PrintLocale, export_excel
from planner.export.styles import AMBER, GREEN, RED
from planner.planfile import save_plan
from planner.validate import validate
from tests.export_reading import block, find

MLS, CCC = "2025-04-06-toronto-fc", "2025-04-09-lafc"
A4, LETTER = 9, 1  # ECMA-376 paperSize codes
# Words of the staff's view (readiness, load, medical status) a players' sheet must not show.
STAFF_WORDS = (
    "readiness", "fatigue", "risk", "load", "acwr", "injur", "suspend", "doubt", "rested",
    "unavailable", "fit", "%",
)  # fmt: skip


@pytest.fixture(scope="module")
def plan() -> Plan:
    return sample_plan()


@pytest.fixture(scope="module")
def book(plan: Plan, tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("players") / "week.xlsx"
    export_excel(plan, path, players_sheets=True)
    return openpyxl.load_workbook(path)


@pytest.fixture(scope="module")
def us_book(plan: Plan, tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("us") / "week.xlsx"
    export_excel(plan, path, players_sheets=True, locale=PrintLocale.for_territory("US"))
    return openpyxl.load_workbook(path)


def _texts(ws) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def test_each_fixture_sheet_is_followed_by_its_players_sheet(book) -> None:
    assert book.sheetnames == [
        "Summary",
        "Planned minutes",
        "Sun 6 Apr Toronto FC",
        "Players Sun 6 Apr Toronto FC",
        "Wed 9 Apr LAFC",
        "Players Wed 9 Apr LAFC",
        "Minutes history",
        "Model",
    ]


@pytest.mark.parametrize(("fixture_id", "sheet"), [(MLS, "Players Sun 6 Apr Toronto FC"),
                                                   (CCC, "Players Wed 9 Apr LAFC")])  # fmt: skip
def test_players_sheet_has_the_xi_bench_and_substitutions(plan, book, fixture_id, sheet) -> None:
    ws = book[sheet]
    lineup = plan.lineup(fixture_id)
    texts = _texts(ws)
    for slot, player_id in lineup.slots.items():
        player = plan.players[player_id]
        assert f"{player.number} {player.surname}" in texts, slot
    bench = block(ws, "Bench")
    assert [(r["No."], r["Name"]) for r in bench] == [
        (plan.players[p].number, plan.players[p].name) for p in lineup.bench
    ]
    coming_on = {s.on: f"{s.minute}'" for s in lineup.substitutions}
    assert [r["Comes on"] or "" for r in bench] == [coming_on.get(p, "") for p in lineup.bench]

    def card(player_id: str) -> str:
        player = plan.players[player_id]
        return f"{player.number} {player.surname}"

    subs = block(ws, "Substitutions")
    assert [(r["Minute"], r["Off"], r["On"]) for r in subs] == [
        (f"{s.minute}'", card(s.off), card(s.on)) for s in lineup.substitutions
    ]
    # a starter who comes off says when, under his name
    first = lineup.substitutions[0]
    slot = next(s for s, p in lineup.slots.items() if p == first.off)
    assert f"{slot}  ·  off {first.minute}'" in texts


@pytest.mark.parametrize("sheet", ["Players Sun 6 Apr Toronto FC", "Players Wed 9 Apr LAFC"])
def test_players_sheet_shows_no_readiness_or_medical_status(plan, book, sheet) -> None:
    ws = book[sheet]
    words = " ".join(_texts(ws)).casefold()
    assert not [w for w in STAFF_WORDS if w in words]
    # the only numbers are the bench's shirt numbers: no readiness, no minutes figure
    numbers = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, int | float)]
    assert numbers == [r["No."] for r in block(ws, "Bench")]
    colours = {c.fill.fgColor.rgb[-6:] for row in ws.iter_rows() for c in row if c.fill.fgColor.rgb}
    assert not colours & {GREEN, AMBER, RED}  # no readiness colour either
    # the staff sheet of the same fixture does say it (so the check above can fail)
    staff = book[sheet.removeprefix("Players ")]
    assert "readiness" in " ".join(_texts(staff)).casefold()


def test_a_doubtful_substitute_is_not_marked_on_the_wall(plan, book) -> None:
    doubtful = [p for p in plan.lineup(CCC).bench if plan.players[p].status is Status.DOUBTFUL]
    assert doubtful  # the sample's Wednesday bench has one
    names = [r["Name"] for r in block(book["Players Wed 9 Apr LAFC"], "Bench")]
    assert plan.players[doubtful[0]].name in names


def test_players_sheet_prints_on_one_page(book, us_book) -> None:
    for workbook, paper in ((book, A4), (us_book, LETTER)):
        ws = workbook.worksheets[3]
        assert ws.title.startswith("Players ")
        assert ws.page_setup.paperSize == paper
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 1)


def test_paper_and_dates_follow_the_locale(book, us_book) -> None:
    assert {ws.page_setup.paperSize for ws in book.worksheets} == {A4}
    assert {ws.page_setup.paperSize for ws in us_book.worksheets} == {LETTER}
    assert book["Sun 6 Apr Toronto FC"]["A1"].value.startswith("Sun 6 Apr 2025  ·  ")
    assert us_book.sheetnames[2:4] == ["Sun Apr 6 Toronto FC", "Players Sun Apr 6 Toronto FC"]
    assert us_book["Sun Apr 6 Toronto FC"]["A1"].value.startswith("Sun Apr 6, 2025  ·  ")
    assert us_book["Players Sun Apr 6 Toronto FC"]["A1"].value.startswith("Sun Apr 6, 2025")
    for workbook, pattern in ((book, "ddd d mmm yyyy"), (us_book, "ddd mmm d, yyyy")):
        row, column = find(workbook["Summary"], "Kick-off")
        kickoff = workbook["Summary"].cell(row, column + 1)
        assert kickoff.is_date and kickoff.number_format.startswith(pattern)


@pytest.mark.parametrize(
    ("territory", "paper", "month_first"),
    [("US", "Letter", True), ("CA", "Letter", False), ("MX", "Letter", False),
     ("PH", "Letter", False), ("ES", "A4", False), ("GB", "A4", False), ("", "A4", False),
     ("us", "Letter", True)],
)  # fmt: skip
def test_territories(territory: str, paper: str, month_first: bool) -> None:
    assert PrintLocale.for_territory(territory) == PrintLocale(paper, month_first)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("environ", "paper", "month_first"),
    [
        ({"LANG": "en_US.UTF-8"}, "Letter", True),
        ({"LANG": "es_ES.UTF-8"}, "A4", False),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "en_GB.UTF-8"}, "A4", True),
        ({"LANG": "en_GB.UTF-8", "LC_TIME": "en_US.UTF-8"}, "A4", True),
        ({"LANG": "en_GB.UTF-8", "LC_PAPER": "es_MX.UTF-8", "LC_ALL": "de_DE@euro"}, "A4", False),
        ({"LC_ALL": "en_CA.UTF-8", "LANG": "de_DE.UTF-8"}, "Letter", False),
        ({"LANG": "C.UTF-8"}, "A4", False),
        ({"LANG": "POSIX"}, "A4", False),
        ({}, "A4", False),
    ],
)
def test_environment(environ: dict[str, str], paper: str, month_first: bool) -> None:
    language = "es" if environ.get("LANG", "").startswith("es") else "en"  # LC_ALL: de, en
    expected = PrintLocale(paper, month_first, language)  # type: ignore[arg-type]
    assert PrintLocale.from_environment(environ) == expected


def test_progress_counts_the_players_sheets(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_excel(sample_plan(), tmp_path / "p.xlsx", lambda d, t: calls.append((d, t)),
                 players_sheets=True)  # fmt: skip
    assert calls[-1] == (2 * 2 + 5, 2 * 2 + 5)  # two fixtures with two sheets each, and 5 more


# The command line


@pytest.fixture
def broken_file(tmp_path: Path) -> Path:
    plan = sample_plan()
    plan.update_player(replace(plan.player("luis-suarez"), status=Status.SUSPENDED))
    path = tmp_path / "broken.squadplan"
    save_plan(plan, path)
    return path


def test_cli_refuses_a_plan_with_errors_and_names_them(broken_file, tmp_path, capsys) -> None:
    from planner.planfile import load_plan

    errors = [p for p in validate(load_plan(broken_file)) if p.severity == "error"]
    assert errors
    target = tmp_path / "week.xlsx"
    target.write_bytes(b"last week's workbook")
    assert main(["export", str(broken_file), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    for problem in errors:
        assert problem.message in err
    assert "--force" in err and "not written" in err
    assert target.read_bytes() == b"last week's workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.squadplan", "week.xlsx"]

    assert main(["export", str(broken_file)]) == 2  # the default output is not made either
    assert not broken_file.with_suffix(".xlsx").exists()


def test_cli_force_exports_a_plan_with_errors(broken_file, tmp_path) -> None:
    target = tmp_path / "week.xlsx"
    assert main(["export", str(broken_file), "-o", str(target), "--force"]) == 0
    book = openpyxl.load_workbook(target)
    assert "Error" in _texts(book["Summary"])


def test_cli_players_sheets_and_locale_from_the_environment(tmp_path, monkeypatch) -> None:
    plan_file = tmp_path / "week.squadplan"
    save_plan(sample_plan(), plan_file)
    for name in ("LC_ALL", "LC_PAPER", "LC_TIME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["export", str(plan_file), "-o", str(tmp_path / "us.xlsx"),
                 "--players-sheets"]) == 0  # fmt: skip
    us = openpyxl.load_workbook(tmp_path / "us.xlsx")
    assert "Players Sun Apr 6 Toronto FC" in us.sheetnames
    assert {ws.page_setup.paperSize for ws in us.worksheets} == {LETTER}
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert main(["export", str(plan_file), "-o", str(tmp_path / "es.xlsx")]) == 0
    es = openpyxl.load_workbook(tmp_path / "es.xlsx")
    assert not [n for n in es.sheetnames if n.startswith("Players")]
    assert {ws.page_setup.paperSize for ws in es.worksheets} == {A4}
