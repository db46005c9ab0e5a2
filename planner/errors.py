"""The base of every error the planner reports to a user (CLI: one line, exit 2; GUI: a dialog)."""

from __future__ import annotations

from planner.wording import Message, word


class PlannerError(Exception):
    """An error whose message is written for the staff: it names the file, sheet, row or id.

    Given a Message, the error keeps it (``text``) for the window and the CLI to word in their
    language; ``str(error)`` is its English. Given a plain sentence, both are that sentence."""

    def __init__(self, text: Message | str = "") -> None:
        self._text = text
        super().__init__(word(text))

    @property
    def text(self) -> Message | str:
        return self._text
