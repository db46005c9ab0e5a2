"""The club's time zone: kickoffs are held as the club's wall-clock time.

A plan file may write kickoffs with a UTC offset (an away game in Los Angeles at -07:00, home
games at -04:00); on load each becomes the club's local time in the plan's ``timezone`` (an
IANA name), so every day the model counts (match days, rest between matches, a return date)
and every kickoff the window shows is the club's. zoneinfo reads the system's time-zone
database, or the tzdata package where there is none (Windows): pandas already requires it.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CLUB_TIMEZONE = "America/New_York"  # the sample's club, Inter Miami


def time_zone(name: str) -> ZoneInfo | None:
    """The zone of an IANA name ("America/New_York"), or None when there is none by it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def club_time(kickoff: datetime, zone: ZoneInfo) -> datetime:
    """kickoff as the club's wall-clock time (naive); a naive kickoff already is."""
    if kickoff.tzinfo is None:
        return kickoff
    return kickoff.astimezone(zone).replace(tzinfo=None)
