"""A real spreadsheet program opens the export: LibreOffice converts it to PDF, one landscape
page per fixture. In CI (CI=true) a missing LibreOffice or poppler fails the test."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from planner import sample_plan
from planner.export import PrintLocale, export_excel
from tests.required_tools import required_tool


def _to_pdf(folder: Path, workbook: Path) -> Path:
    soffice = required_tool("soffice")
    # A private profile, so a LibreOffice already running (or another test run) cannot clash.
    profile = (folder / "profile").as_uri()
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    out = workbook.with_suffix(".pdf")
    assert done.returncode == 0 and out.exists(), done.stderr or done.stdout
    return out


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    export_excel(sample_plan(), folder / "week.xlsx")
    return _to_pdf(folder, folder / "week.xlsx")


def _page_headers(pdf: Path) -> list[str]:
    """The first printed line (the page header) of every page."""
    pdftotext = required_tool("pdftotext")
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [next((line for line in page.splitlines() if line.strip()), "") for page in pages]


def test_libreoffice_prints_each_sheet_on_the_expected_pages(pdf: Path) -> None:
    plan = sample_plan()
    headers = _page_headers(pdf)
    subjects = [
        "Summary",
        "Planned minutes",
        *(f"{f.label} ({f.kickoff:%Y-%m-%d})" for f in plan.fixtures),
        "Minutes history",
        "Model",
    ]
    counts = {s: sum(1 for h in headers if s in h) for s in subjects}
    assert sum(counts.values()) == len(headers), headers
    for fixture in plan.fixtures:
        assert counts[f"{fixture.label} ({fixture.kickoff:%Y-%m-%d})"] == 1, counts
    assert counts["Planned minutes"] == 1, counts
    assert counts["Model"] == 1, counts
    assert 1 <= counts["Summary"] <= 4, counts  # warnings, risk flags, the grid
    assert 1 <= counts["Minutes history"] <= 6, counts
    assert all("Inter Miami CF" in h for h in headers)


def test_pages_are_landscape(pdf: Path) -> None:
    sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes())
    assert sizes
    assert all(float(w) > float(h) for w, h in sizes)


def test_no_cell_prints_as_hashes(pdf: Path) -> None:
    """'###' is what a spreadsheet prints when a number or date does not fit its column."""
    pdftotext = required_tool("pdftotext")
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "###" not in text


def test_players_sheets_print_on_one_letter_page_each_in_the_us(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("players")
    workbook = folder / "wall.xlsx"
    us = PrintLocale.for_territory("US")
    export_excel(sample_plan(), workbook, players_sheets=True, locale=us)
    pdf = _to_pdf(folder, workbook)
    headers = _page_headers(pdf)
    for fixture in sample_plan().fixtures:
        day = us.short_day(fixture.kickoff)
        assert sum(f"Players' sheet · {day} v {fixture.opponent}" in h for h in headers) == 1
    sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes())
    assert {(round(float(w)), round(float(h))) for w, h in sizes} == {(792, 612)}  # Letter
