"""The base of every error the planner reports to a user (CLI: one line, exit 2; GUI: a dialog)."""


class PlannerError(Exception):
    """An error whose message is written for the staff: it names the file, sheet, row or id."""
