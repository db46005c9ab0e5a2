"""Match records in plan files: to and from JSON-ready data, and the schema check of that data.

Moments are written as the clock shows them ("67", "90+3"); added time is keyed by the
period's end minute as text ("45", "90"), as JSON objects need.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from planner.played import (
    Card,
    CardColour,
    Injury,
    MatchRecord,
    Moment,
    PlayedSubstitution,
    RecordError,
    Score,
)

if TYPE_CHECKING:
    from planner.planschema import _Checker

MAX_GOALS = 99


def record_to_dict(record: MatchRecord) -> dict[str, Any]:
    """A match record as plain JSON-ready data."""
    return {
        "formation": record.formation,
        "xi": dict(record.xi),
        "bench": list(record.bench),
        "substitutions": [
            {"minute": str(s.moment), "off": s.off, "on": s.on} for s in record.substitutions
        ],
        "cards": [
            {"minute": str(c.moment), "player_id": c.player_id, "colour": str(c.colour)}
            for c in record.cards
        ],
        "injuries": [_injury_to_dict(i) for i in record.injuries],
        "score": (
            {"ours": record.score.ours, "theirs": record.score.theirs} if record.score else None
        ),
        "extra_time": record.extra_time,
        "added_time": {str(end): added for end, added in record.added_time.items()},
        "reported": dict(record.reported),
    }


def _injury_to_dict(injury: Injury) -> dict[str, str]:
    written = {"minute": str(injury.moment), "player_id": injury.player_id}
    if injury.return_date is not None:
        written["return_date"] = injury.return_date.isoformat()
    return written


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def record_from_dict(d: dict[str, Any]) -> MatchRecord:
    """A match record from data written by record_to_dict (checked by check_records)."""
    score = d.get("score")
    return MatchRecord(
        formation=d["formation"],
        xi=dict(d["xi"]),
        bench=tuple(d.get("bench", ())),
        substitutions=tuple(
            PlayedSubstitution(Moment.parse(s["minute"]), s["off"], s["on"])
            for s in d.get("substitutions", ())
        ),
        cards=tuple(
            Card(Moment.parse(c["minute"]), c["player_id"], CardColour(c["colour"]))
            for c in d.get("cards", ())
        ),
        injuries=tuple(
            Injury(Moment.parse(i["minute"]), i["player_id"], _day(i.get("return_date")))
            for i in d.get("injuries", ())
        ),
        score=Score(score["ours"], score["theirs"]) if score else None,
        extra_time=d.get("extra_time", False),
        added_time={int(end): added for end, added in d.get("added_time", {}).items()},
        reported=dict(d.get("reported", {})),
    )


def check_records(check: _Checker, records: dict[str, Any], fixture_ids: set[str]) -> None:
    """Report through check every field of the records that has the wrong type or range."""
    for fid, record in records.items():
        path = f"records.{fid}"
        if fid not in fixture_ids:
            check.fail(path, "no fixture has this id")
        elif check.mapping(record, path):
            _check_record(check, record, path)


def _check_record(check: _Checker, record: dict[str, Any], path: str) -> None:
    for key in ("formation", "xi"):
        if key not in record:
            check.fail(f"{path}.{key}", "missing")
            return
    check.text(record["formation"], f"{path}.formation")
    for key in ("xi", "reported"):
        players = record.get(key, {})
        if check.mapping(players, f"{path}.{key}"):
            for slot, value in players.items():
                if key == "xi":
                    check.text(value, f"{path}.xi.{slot}", empty=False)
                else:
                    check.whole(players, slot, f"{path}.reported.{slot}", 0, 200)
    bench = record.get("bench", [])
    if check.sequence(bench, f"{path}.bench"):
        for index, pid in enumerate(bench):
            check.text(pid, f"{path}.bench[{index}]", empty=False)
    _check_events(check, record, path)
    if "extra_time" in record:
        check.boolean(record["extra_time"], f"{path}.extra_time")
    added = record.get("added_time", {})
    if check.mapping(added, f"{path}.added_time"):
        for end in added:
            if not end.isdigit():
                check.fail(f"{path}.added_time.{end}", "is not a minute the match stops at")
            else:
                check.whole(added, end, f"{path}.added_time.{end}", 0, 30)
    score = record.get("score")
    if score is not None and check.mapping(score, f"{path}.score"):
        for side in ("ours", "theirs"):
            if side not in score:
                check.fail(f"{path}.score.{side}", "missing")
            else:
                check.whole(score, side, f"{path}.score.{side}", 0, MAX_GOALS)


_EVENT_FIELDS = {
    "substitutions": ("off", "on"),
    "cards": ("player_id", "colour"),
    "injuries": ("player_id",),
}


def _check_events(check: _Checker, record: dict[str, Any], path: str) -> None:
    colours = {c.value for c in CardColour}
    for kind, names in _EVENT_FIELDS.items():
        needs = f"a minute and {' and '.join(names)}"
        for where, event in check.entries(
            record.get(kind, []), f"{path}.{kind}", ("minute", *names), needs
        ):
            _check_moment(check, event["minute"], f"{where}.minute")
            for name in names:
                if name == "colour" and event[name] not in colours:
                    check.fail(f"{where}.colour", "is not yellow or red")
                elif name != "colour":
                    check.text(event[name], f"{where}.{name}", empty=False)
            if kind == "injuries" and "return_date" in event:
                check.day(event["return_date"], f"{where}.return_date", none=True)


def _check_moment(check: _Checker, value: object, path: str) -> None:
    if check.text(value, path):
        try:
            Moment.parse(value)  # type: ignore[arg-type]
        except RecordError as exc:
            check.fail(path, str(exc))
