"""The squad list: every player with his status, minutes and readiness; a drag source."""
