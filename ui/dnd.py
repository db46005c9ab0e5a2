"""The drag-and-drop contract shared by the squad list, the pitch, the bench and the timeline.

A dragged player is carried as MIME type ``application/x-squadplanner-player`` whose data is
the player id in UTF-8. Where the drag started (fixture and slot, BENCH, or nothing for the
squad list) travels in a second type so a drop can tell a move from a new pick.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

PLAYER_MIME = "application/x-squadplanner-player"
ORIGIN_MIME = "application/x-squadplanner-origin"


def player_mime_data(
    player_id: str, fixture_id: str | None = None, place: str | None = None
) -> QMimeData:
    """MIME data for dragging a player; place is a slot name, BENCH, or None (squad list)."""
    mime = QMimeData()
    mime.setData(PLAYER_MIME, player_id.encode("utf-8"))
    mime.setData(ORIGIN_MIME, json.dumps({"fixture": fixture_id, "place": place}).encode())
    mime.setText(player_id)
    return mime


def dragged_player(mime: QMimeData) -> str | None:
    """The player id a drag carries, or None when it carries no player."""
    if not mime.hasFormat(PLAYER_MIME):
        return None
    return bytes(mime.data(PLAYER_MIME).data()).decode("utf-8") or None


def drag_origin(mime: QMimeData) -> tuple[str | None, str | None]:
    """(fixture_id, place) the drag started from; (None, None) for the squad list or unknown."""
    if not mime.hasFormat(ORIGIN_MIME):
        return None, None
    try:
        origin = json.loads(bytes(mime.data(ORIGIN_MIME).data()))
        return origin.get("fixture"), origin.get("place")
    except (ValueError, AttributeError):
        return None, None
