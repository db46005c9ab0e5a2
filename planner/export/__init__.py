"""Excel export of the plan: rotation sheets ready to print and share (docs/export.md)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.plan import Plan


def export_excel(
    plan: Plan,
    path: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the plan's rotation sheets to an .xlsx at path, atomically (see workbook.py).

    openpyxl is imported here, on first export, not when the app starts.
    """
    from planner.export.workbook import export_excel as write

    write(plan, path, progress)


__all__ = ["export_excel"]
