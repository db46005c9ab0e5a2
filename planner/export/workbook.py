"""Build the rotation workbook from a plan and write it atomically."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from openpyxl import Workbook

from planner.atomic import atomic_write
from planner.export.cells import sheet_title
from planner.export.context import ExportContext
from planner.export.fixture_sheet import write_fixture_sheet
from planner.export.history import write_history
from planner.export.load_sheet import has_load, write_load
from planner.export.minutes_sheet import write_minutes
from planner.export.model_sheet import write_model
from planner.export.players_sheet import write_players_sheet
from planner.export.print_locale import PrintLocale
from planner.export.summary import write_summary

if TYPE_CHECKING:
    from planner.plan import Plan

Progress = Callable[[int, int], None]
STEPS_BESIDES_FIXTURES = 5  # summary, planned minutes, history, model, saving


def build_workbook(
    plan: Plan,
    progress: Progress | None = None,
    *,
    locale: PrintLocale | None = None,
    players_sheets: bool = False,
) -> Workbook:
    """The rotation workbook: Summary, Planned minutes, one sheet per fixture (each followed by
    its players' sheet when players_sheets), Minutes history, Load (when the plan has a load
    table or a training week) and Model; paper, dates and
    language follow locale (default: A4, day/month, English).

    progress(done, total) is called after each sheet; saving counts as one more step.
    """
    context = ExportContext.of(plan, locale)
    total = _steps(plan, players_sheets)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    book = Workbook()
    summary_title, minutes_title, history_title, model_title = (
        context.text(f"export.sheet.{sheet}")
        for sheet in ("summary", "minutes", "history", "model")
    )
    summary = book.active
    summary.title = summary_title
    write_summary(summary, context)
    step()
    write_minutes(book.create_sheet(minutes_title), context)
    step()
    taken = [summary_title, minutes_title, history_title, model_title]
    for fixture in plan.fixtures:
        names = {"day": context.locale.short_day(fixture.kickoff), "opponent": fixture.opponent}
        title = sheet_title(context.text("export.sheet.fixture", **names), taken)
        taken.append(title)
        write_fixture_sheet(book.create_sheet(title), fixture, context)
        step()
        if players_sheets:
            title = sheet_title(context.text("export.sheet.players", **names), taken)
            taken.append(title)
            write_players_sheet(book.create_sheet(title), fixture, context)
            step()
    write_history(book.create_sheet(history_title), context)
    step()
    if has_load(plan):
        title = sheet_title(context.text("export.sheet.load"), taken)
        write_load(book.create_sheet(title), context)
        step()
    write_model(book.create_sheet(model_title), context)
    step()
    return book


def _steps(plan: Plan, players_sheets: bool) -> int:
    sheets = len(plan.fixtures) * (2 if players_sheets else 1) + int(has_load(plan))
    return sheets + STEPS_BESIDES_FIXTURES


def export_excel(
    plan: Plan,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    *,
    locale: PrintLocale | None = None,
    players_sheets: bool = False,
) -> None:
    """Write the plan's rotation sheets to an .xlsx at path, atomically (see build_workbook).

    If path is open in another program or read-only, a SaveError says so and the old file
    stays as it was. progress(done, total) reports each finished step (for a progress bar).
    """
    book = build_workbook(plan, progress, locale=locale, players_sheets=players_sheets)
    atomic_write(path, book.save)
    if progress is not None:
        total = _steps(plan, players_sheets)
        progress(total, total)
