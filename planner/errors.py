"""The base of every error the planner reports to a user (CLI: one line, exit 2; GUI: a dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.wording import Message


class PlannerError(Exception):
    """An error whose message is written for the staff: it names the file, sheet, row or id.

    ``text`` is what the window words in its language: a Message where the error has one,
    else the English ``str(error)``."""

    @property
    def text(self) -> Message | str:
        return str(self)
