"""Plan files (.squadplan): versioned JSON, written atomically, read with clear errors."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from planner.atomic import atomic_write, remove_stale_temps
from planner.errors import PlannerError
from planner.fixtures import Fixture, rules_from_dict
from planner.lineup import Lineup, Substitution
from planner.locks import Lock
from planner.model_params import ModelParams
from planner.plan import HISTORY_COLUMNS, Plan, empty_history
from planner.planschema import SchemaProblems, check_plan_data
from planner.played_file import record_from_dict, record_to_dict
from planner.players import MinutesTarget, Player
from planner.sessions import SESSION_COLUMNS, empty_sessions
from planner.timezones import CLUB_TIMEZONE
from planner.training import week_from_dict, week_to_dict

FORMAT = "squad-planner"
VERSION = 1
DATE_FORMAT = "%Y-%m-%d"  # of the past matches in the file


class PlanFileError(PlannerError, ValueError):
    """A plan file that cannot be read; the message names the file and what is wrong."""


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as plain JSON-ready data."""
    history = plan.history
    return {
        "format": FORMAT,
        "version": VERSION,
        "club": plan.club,
        "timezone": plan.timezone,
        "params": asdict(plan.params),
        "players": [_player_to_dict(p) for p in plan.players.values()],
        "fixtures": [_fixture_to_dict(f) for f in plan.fixtures],
        "lineups": {fid: _lineup_to_dict(lu) for fid, lu in plan.lineups.items()},
        "history": {
            "date": [d.strftime(DATE_FORMAT) for d in history["date"]],
            "player_id": history["player_id"].tolist(),
            "minutes": [int(m) for m in history["minutes"]],
            "competition": history["competition"].tolist(),
            "opponent": history["opponent"].tolist(),
        },
        "sessions": _sessions_to_dict(plan.sessions),
        "locks": {
            fid: {pid: lock.to_dict() for pid, lock in locks.items()}
            for fid, locks in plan.locks.items()
        },
        "yellow_cards": plan.yellow_cards,
        "targets": {pid: asdict(t) for pid, t in plan.targets.items()},
        "readiness_floors": plan.readiness_floors,
        "records": {fid: record_to_dict(r) for fid, r in plan.records.items()},
        "training": None if plan.training is None else week_to_dict(plan.training),
    }


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """A plan from data written by plan_to_dict (any version up to VERSION)."""
    if data.get("format") != FORMAT:
        raise PlanFileError("it is not a Squad Planner plan")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PlanFileError(f"the file is damaged (version {version!r} is not a plan version).")
    if version > VERSION:
        raise PlanFileError(
            f"it was written by a newer Squad Planner (file version {version}, this one reads up "
            f"to {VERSION}). Update the app to open it."
        )
    try:
        check_plan_data(data)
    except SchemaProblems as exc:
        raise PlanFileError(f"the file is damaged at {exc}.") from exc
    history = pd.DataFrame({c: data["history"][c] for c in HISTORY_COLUMNS})
    # written as %Y-%m-%d (plan_to_dict): saying so spares pandas guessing the format
    history["date"] = pd.to_datetime(history["date"], format=DATE_FORMAT)
    history = history if len(history) else empty_history()
    plan = Plan(
        club=data.get("club", ""),
        timezone=data.get("timezone", CLUB_TIMEZONE),
        history=history,  # checked and sorted by set_history below
        params=ModelParams(**_known(ModelParams, data.get("params", {}))),
        players={p["id"]: _player_from_dict(p) for p in data["players"]},
        fixtures=[_fixture_from_dict(f) for f in data["fixtures"]],
        locks=_locks_from_dict(data),
        yellow_cards={p: dict(c) for p, c in data.get("yellow_cards", {}).items()},
        targets={p: MinutesTarget(**t) for p, t in data.get("targets", {}).items()},
        readiness_floors={p: int(v) for p, v in data.get("readiness_floors", {}).items()},
        records={f: record_from_dict(r) for f, r in data.get("records", {}).items()},
        training=None if data.get("training") is None else week_from_dict(data["training"]),
    )
    plan.fixtures.sort(key=lambda f: f.kickoff)
    plan.lineups = {
        f.id: _lineup_from_dict(data["lineups"][f.id]) if f.id in data["lineups"] else Lineup()
        for f in plan.fixtures
    }
    plan.set_history(history)
    if "sessions" in data:  # files before the load table have none
        plan.set_sessions(_sessions_from_dict(data["sessions"]))
    plan.revision = 0
    return plan


def _sessions_to_dict(sessions: pd.DataFrame) -> dict[str, list[Any]]:
    """The load table column by column; an unknown RPE or GPS value is null."""
    out: dict[str, list[Any]] = {
        "date": [d.strftime(DATE_FORMAT) for d in sessions["date"]],
        "player_id": sessions["player_id"].tolist(),
        "kind": sessions["kind"].tolist(),
    }
    for column in SESSION_COLUMNS[3:]:
        out[column] = [None if v != v else v for v in sessions[column].tolist()]
    return out


def _sessions_from_dict(data: dict[str, list[Any]]) -> pd.DataFrame:
    if not data["date"]:
        return empty_sessions()
    frame = pd.DataFrame({c: data[c] for c in SESSION_COLUMNS})
    frame["date"] = pd.to_datetime(frame["date"], format=DATE_FORMAT)
    return frame


def _locks_from_dict(data: dict[str, Any]) -> dict[str, dict[str, Lock]]:
    """The file's locks; an older file's pins (slot, BENCH or REST) read as the same locks."""
    locks = {
        fid: {pid: Lock.from_place(place) for pid, place in pins.items()}
        for fid, pins in data.get("pins", {}).items()
    }
    for fid, saved in data.get("locks", {}).items():
        locks.setdefault(fid, {}).update({pid: Lock.from_dict(d) for pid, d in saved.items()})
    return {fid: found for fid, found in locks.items() if found}


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write the plan to path atomically (the old file stays whole if anything fails)."""
    text = json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=1)
    atomic_write(path, lambda handle: handle.write(text.encode("utf-8")))


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan file; PlanFileError with the file name and the reason if it cannot be.

    Temp files a killed save left beside it are removed first."""
    name = Path(path).name
    remove_stale_temps(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PlanFileError(f"Could not open '{name}': {exc.strerror or exc}.") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
        if not isinstance(data, dict):
            raise PlanFileError("it is not a Squad Planner plan")
        return plan_from_dict(data)
    except PlanFileError as exc:
        raise PlanFileError(f"Could not open '{name}': {exc}") from exc
    except UnicodeDecodeError as exc:
        raise PlanFileError(f"Could not open '{name}': it is not a text plan file.") from exc
    except json.JSONDecodeError as exc:
        raise PlanFileError(
            f"Could not open '{name}': the file is damaged (line {exc.lineno}, column "
            f"{exc.colno}: {exc.msg})."
        ) from exc
    except RecursionError as exc:
        raise PlanFileError(
            f"Could not open '{name}': the file is damaged (nested too deeply)."
        ) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PlanFileError(f"Could not open '{name}': the file is damaged ({exc}).") from exc


def _no_constant(name: str) -> None:
    """NaN and Infinity are not JSON; Python's json would read them as numbers."""
    raise PlanFileError(f"the file is damaged ({name} is not a number a plan can hold).")


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _player_to_dict(p: Player) -> dict[str, Any]:
    d = asdict(p)
    d["positions"] = list(p.positions)
    d["status"] = str(p.status)
    d["birth_date"] = p.birth_date.isoformat() if p.birth_date else None
    d["return_date"] = p.return_date.isoformat() if p.return_date else None
    return d


def _player_from_dict(d: dict[str, Any]) -> Player:
    d = _known(Player, d)
    d["positions"] = tuple(d.get("positions", ()))
    for key in ("birth_date", "return_date"):
        if d.get(key):
            d[key] = date.fromisoformat(d[key])
    return Player(**d)


def _fixture_to_dict(f: Fixture) -> dict[str, Any]:
    d = asdict(f)
    d["kickoff"] = f.kickoff.isoformat()
    if d.get("rules"):
        d["rules"]["yellow_card_thresholds"] = list(f.rules.yellow_card_thresholds)  # JSON's list
    return d


def _fixture_from_dict(d: dict[str, Any]) -> Fixture:
    d = _known(Fixture, d)
    d["kickoff"] = datetime.fromisoformat(d["kickoff"])
    d["rules"] = rules_from_dict(d["rules"]) if d.get("rules") else None
    return Fixture(**d)


def _lineup_to_dict(lu: Lineup) -> dict[str, Any]:
    return {
        "formation": lu.formation,
        "slots": lu.slots,
        "bench": lu.bench,
        "substitutions": [_substitution_to_dict(s) for s in lu.substitutions],
    }


def _substitution_to_dict(sub: Substitution) -> dict[str, Any]:
    """The change's fields; stoppage time and the concussion mark only when set, so files
    without them read as before."""
    d = asdict(sub)
    for key in ("added", "concussion"):
        if not d[key]:
            del d[key]
    return d


def _lineup_from_dict(d: dict[str, Any]) -> Lineup:
    return Lineup(
        formation=d["formation"],
        slots=dict(d["slots"]),
        bench=list(d["bench"]),
        substitutions=[Substitution(**s) for s in d.get("substitutions", [])],
    )
