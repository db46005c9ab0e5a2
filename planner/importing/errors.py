"""The one error type the importer raises: it names the file, sheet, row and column."""

from __future__ import annotations

from collections.abc import Sequence

import planner.wording.importing  # noqa: F401  (registers the wording of these Messages)
from planner.errors import PlannerError
from planner.text import clip
from planner.wording import Message, word
from planner.wording.common import joined


class SpreadsheetError(PlannerError, ValueError):
    """A spreadsheet that cannot be imported; nothing from it is merged.

    ``text`` is the message for the staff, worded where it is shown; ``str(error)`` is its
    English, e.g. "Could not read 'minutes.xlsx' (sheet 'Log', row 14, column 'Min'): '9O' is
    not a number of minutes. Nothing was imported."
    """

    def __init__(
        self,
        reason: Message,
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
        super().__init__(word(self.text))

    @property
    def text(self) -> Message:
        """The full sentence shown to the staff, as a Message."""
        where: list[Message | str] = []
        if self.sheet:
            where.append(Message("import.where.sheet", {"sheet": clip(self.sheet)}))
        if self.row is not None:
            where.append(Message("import.where.row", {"row": self.row}))
        if self.column:
            where.append(Message("import.where.column", {"column": clip(self.column)}))
        place = Message("import.place", {"where": joined(where)}) if where else ""
        return Message(
            "import.could-not-read",
            {"file": clip(self.file), "place": place, "reason": clipped(self.reason)},
        )


def clipped(message: Message) -> Message:
    """message with every text it quotes cut short: a 40,000-character cell in a message
    would make it unreadable (and a dialog as wide as the text)."""
    return Message(
        message.code,
        {
            name: clipped(value)
            if isinstance(value, Message)
            else clip(value)
            if isinstance(value, str)
            else value
            for name, value in message.params.items()
        },
    )


def quoted(names: Sequence[str]) -> Message | str:
    """names as a quoted list: 'Squad', 'Minutes'."""
    return joined([f"'{name}'" for name in names])
