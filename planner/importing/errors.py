"""The one error type the importer raises: it names the file, sheet, row and column."""

from __future__ import annotations

from planner.errors import PlannerError
from planner.text import clip, clip_quoted


class SpreadsheetError(PlannerError, ValueError):
    """A spreadsheet that cannot be imported; nothing from it is merged.

    ``str(error)`` is the message for the staff, e.g. "Could not read 'minutes.xlsx' (sheet
    'Log', row 14, column 'Min'): '9O' is not a number. Nothing was imported."
    """

    def __init__(
        self,
        reason: str,
        *,
        file: str = "",
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.reason = reason
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__(self.message())

    def message(self) -> str:
        """The full sentence shown to the staff."""
        where = [f"sheet '{clip(self.sheet)}'"] if self.sheet else []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{clip(self.column)}'")
        place = f" ({', '.join(where)})" if where else ""
        reason = clip_quoted(self.reason.rstrip("."))
        return f"Could not read '{clip(self.file)}'{place}: {reason}. Nothing was imported."
