"""Excel export of the plan: rotation sheets ready to print and share (docs/export.md)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from planner.export.print_locale import PrintLocale

if TYPE_CHECKING:
    from planner.plan import Plan


def export_excel(
    plan: Plan,
    path: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
    *,
    locale: PrintLocale | None = None,
    players_sheets: bool = False,
) -> None:
    """Write the plan's rotation sheets to an .xlsx at path, atomically (see workbook.py):
    paper and dates follow locale (default A4, day/month); players_sheets adds each fixture's
    sheet for the dressing-room wall.

    openpyxl is imported here, on first export, not when the app starts.
    """
    from planner.export.workbook import export_excel as write

    write(plan, path, progress, locale=locale, players_sheets=players_sheets)


__all__ = ["PrintLocale", "export_excel"]
