"""Applying an ImportResult to a plan: new players added, known ones updated, no duplicates.

Everything is worked out first and only then applied, so a failure changes nothing; merging
the same result twice changes nothing the second time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from planner.importing.errors import SpreadsheetError
from planner.importing.names import near_match
from planner.importing.result import ImportedPlayer, ImportResult, MergeSummary, NearMatch
from planner.plan import HISTORY_COLUMNS, Plan
from planner.players import Player, Status, player_id_from_name
from planner.sessions import SESSION_COLUMNS, checked_sessions
from planner.text import fold
from planner.wording import Message
from planner.wording.common import joined

_PLAYER_FIELDS = ("number", "positions", "status", "rating", "birth_date", "notes")


@dataclass(frozen=True)
class SamePlayer:
    """Staff's choice for a near-miss name: its rows are this player's."""

    player_id: str


@dataclass(frozen=True)
class NewPlayer:
    """Staff's choice for a near-miss name: it is a player the plan lacks; add him."""


@dataclass(frozen=True)
class SkipName:
    """Staff's choice for a near-miss name: leave its rows out."""


NameChoice = SamePlayer | NewPlayer | SkipName


@dataclass(frozen=True)
class MergeOptions:
    """What staff chose for the cases a merge does not decide alone."""

    add_new: bool = False  # a near-miss name ("L. Messi") is a new player, not a known one
    coarse_positions: bool = False  # "FW" may replace a player's curated "RW/AM"
    names: Mapping[str, NameChoice] = field(default_factory=dict)  # per near-miss name


class _Squad:
    """The plan's players plus those this merge adds, found by id, folded name or near miss."""

    def __init__(self, plan: Plan, options: MergeOptions, summary: MergeSummary, file: str) -> None:
        self.players: dict[str, Player] = dict(plan.players)
        self.by_name: dict[str, str] = {}
        for pid, player in plan.players.items():
            self.by_name.setdefault(fold(player.name), pid)
        self.added: dict[str, Player] = {}
        self.updated: dict[str, Player] = {}
        self.options, self.summary, self.file = options, summary, file
        self.decided: dict[str, tuple[str | None, bool]] = {}  # a near-miss name -> match()

    def find(self, name: str, player_id: str | None) -> str | None:
        if player_id and player_id in self.players:
            return player_id
        return self.by_name.get(fold(name))

    def match(self, name: str, player_id: str | None) -> tuple[str | None, bool]:
        """(id, True) for a known player (by id, name, near-miss name or staff's choice);
        (None, True) for a player to add; (None, False) for a name left out (it fits two
        players, or staff chose to skip it)."""
        found = self.find(name, player_id)
        if found or not name:
            return found, True
        if name not in self.decided:
            self.decided[name] = self._decide(name)
        return self.decided[name]

    def _decide(self, name: str) -> tuple[str | None, bool]:
        choice = self.options.names.get(name)
        if choice is None and self.options.add_new:
            return None, True
        pid, alike = near_match(name, [(p, q.name) for p, q in self.players.items()])
        if alike:
            names = tuple(self.players[p].name for p in alike)
            self.summary.near_misses.append(NearMatch(name, pid, tuple(alike), names))
        if isinstance(choice, NewPlayer):
            return None, True
        if isinstance(choice, SkipName):
            return None, False
        if isinstance(choice, SamePlayer):
            if choice.player_id not in self.players:
                unknown = {"name": name, "player_id": choice.player_id}
                raise SpreadsheetError(Message("import.unknown-id", unknown), file=self.file)
            pid = choice.player_id
        if pid:
            taken = {"name": name, "player": self.players[pid].name}
            self.summary.near_matches.append(Message("import.taken-as", taken))
        elif alike:
            could_be = joined([self.players[p].name for p in alike], "import.or")
            self.summary.left_out.append(
                Message("import.could-be", {"name": name, "players": could_be})
            )
            return None, False
        return pid, True

    def resolve(self, name: str, player_id: str | None) -> str | None:
        """The id of the named player, adding him (name only) when the plan lacks him; None
        when the name is left out (ambiguous, or skipped by choice)."""
        found, known = self.match(name, player_id)
        if found or not known:
            return found
        return self.add(ImportedPlayer(row=0, name=name, id=player_id))

    def add(self, imported: ImportedPlayer) -> str:
        taken = set(self.players)
        pid = imported.id if imported.id and imported.id not in taken else None
        pid = pid or player_id_from_name(imported.name, taken)
        player = Player(id=pid, name=imported.name)
        player = dataclasses.replace(player, **_given(imported))
        self.players[pid] = self.added[pid] = player
        self.by_name.setdefault(fold(player.name), pid)
        return pid

    def update(self, pid: str, imported: ImportedPlayer) -> bool:
        current = self.players[pid]
        changes: dict[str, Any] = _given(imported)
        if imported.id == pid and imported.name and imported.name != current.name:
            changes["name"] = imported.name
        if (
            imported.positions_coarse
            and current.positions
            and not self.options.coarse_positions
            and changes.get("positions") != current.positions
        ):
            del changes["positions"]  # "FW" says less than the plan's "RW, AM"
            self.summary.positions_kept.append(current.name)
        new = dataclasses.replace(current, **changes)
        if new == current:
            return False
        self.players[pid] = new
        if pid in self.added:
            self.added[pid] = new
        else:
            self.updated[pid] = new
        return True


def merge_import(
    plan: Plan, result: ImportResult, options: MergeOptions | None = None
) -> MergeSummary:
    """Merge what an import found into plan and say what changed (see MergeSummary).

    Blank fields keep the plan's values; coarse positions keep finer ones and near-miss names
    match the known player, unless options say otherwise (options.names decides per name)."""
    merge = _Merge(plan, result, options or MergeOptions())
    merge.apply(plan)
    return merge.summary


def near_misses(
    plan: Plan, result: ImportResult, options: MergeOptions | None = None
) -> list[NearMatch]:
    """The names in result that are no player's exactly but look like some, as the merge
    meets them, each with the player it would be taken as (None: ambiguous). Changes
    nothing; a name options.names decides is listed too."""
    return _Merge(plan, result, options or MergeOptions()).summary.near_misses


class _Merge:
    """Everything a merge will change, worked out without touching the plan; apply() does it."""

    def __init__(self, plan: Plan, result: ImportResult, options: MergeOptions) -> None:
        summary = MergeSummary(skipped=list(result.skipped), warnings=list(result.warnings))
        squad = _Squad(plan, options, summary, result.file)
        for imported in result.players:
            pid, known = squad.match(imported.name, imported.id)
            if pid is None and known and not imported.name:
                unknown = {"player_id": imported.id, "row": imported.row}
                summary.left_out.append(Message("import.id-not-in-plan", unknown))
            elif pid is None and known:
                squad.add(imported)
            elif pid is not None and not squad.update(pid, imported):
                summary.players_unchanged += 1
        self.history = _merged_history(plan, result, squad, summary)
        summary.load_log = result.kind == "load"
        self.sessions = _merged_sessions(plan, result, squad, summary)
        self.cards: list[tuple[str, str, int]] = []
        for entry in result.yellow_cards:
            pid = squad.resolve(entry.player, entry.player_id)
            if pid is None:
                continue
            if plan.yellow_cards.get(pid, {}).get(entry.competition, 0) == entry.count:
                summary.cards_unchanged += 1
            else:
                self.cards.append((pid, entry.competition, entry.count))
        summary.players_added = [p.name for p in squad.added.values()]
        summary.players_updated = [p.name for p in squad.updated.values()]
        summary.cards_set = len(self.cards)
        self.squad, self.summary = squad, summary

    def apply(self, plan: Plan) -> None:
        for player in self.squad.added.values():
            plan.add_player(player)
        for player in self.squad.updated.values():
            plan.update_player(player)
        if self.history is not None:
            plan.set_history(self.history)
        if self.sessions is not None:
            plan.set_sessions(self.sessions)
        for pid, competition, count in self.cards:
            plan.set_yellow_cards(pid, competition, count)


def _given(imported: ImportedPlayer) -> dict[str, Any]:
    """The player fields the file gives (not None nor blank), ready for dataclasses.replace."""
    given = {f: v for f in _PLAYER_FIELDS if (v := getattr(imported, f)) is not None and v != ""}
    if "status" in given:
        given["status"] = Status(given["status"])
    return given


def _merged_history(
    plan: Plan, result: ImportResult, squad: _Squad, summary: MergeSummary
) -> pd.DataFrame | None:
    """The plan's history with the result's appearances merged in, or None if nothing changed."""
    found = result.appearances
    if not len(found):
        return None
    keys = list(zip(found["player"], found["player_id"], strict=True))
    ids = {key: squad.resolve(key[0], key[1] or None) for key in dict.fromkeys(keys)}
    incoming = pd.DataFrame(
        {
            "date": found["date"].to_numpy(),
            "player_id": [ids[k] for k in keys],
            "minutes": found["minutes"].to_numpy(),
            "competition": found["competition"].to_numpy(),
            "opponent": found["opponent"].to_numpy(),
        }
    ).dropna(subset=["player_id"])  # names left out
    # two rows for one player on one day (two spellings of his name): the later one stands, as
    # it would if the rows were imported one after the other
    incoming = incoming.drop_duplicates(["date", "player_id"], keep="last")
    old = plan.history.drop_duplicates(["date", "player_id"], keep="last")
    joined = incoming.merge(
        old, on=["date", "player_id"], how="left", suffixes=("", "_old"), indicator=True
    )
    present = (joined["_merge"] == "both").to_numpy()
    same = present & (joined["minutes"] == joined["minutes_old"]).to_numpy()
    summary.appearances_added = int((~present).sum())
    summary.appearances_unchanged = int(same.sum())
    summary.appearances_updated = int((present & ~same).sum())
    if summary.appearances_added == 0 and summary.appearances_updated == 0:
        return None
    for column in ("competition", "opponent"):
        blank = joined[column].fillna("") == ""
        joined.loc[blank, column] = joined.loc[blank, f"{column}_old"]
    changed = joined.loc[~same, list(HISTORY_COLUMNS)].fillna({"competition": "", "opponent": ""})
    replaced = old.set_index(["date", "player_id"]).index.isin(
        pd.MultiIndex.from_frame(changed[["date", "player_id"]])
    )
    kept = plan.history[~plan.history.index.isin(old.index[replaced])]
    text = {"player_id": "str", "competition": "str", "opponent": "str"}
    return pd.concat([kept, changed]).astype(text)


_SESSION_KEY = ["player_id", "date", "kind"]


def _merged_sessions(
    plan: Plan, result: ImportResult, squad: _Squad, summary: MergeSummary
) -> pd.DataFrame | None:
    """The plan's load table with the result's sessions in, or None if nothing changed.

    The file's sessions of a player, date and kind replace the plan's (the load table keeps
    no session title), a blank measure keeping the replaced one's (see _kept_values), so
    importing a log again changes nothing."""
    found = result.sessions
    if not len(found):
        return None
    keys = list(zip(found["player"], found["player_id"], strict=True))
    ids = {key: squad.resolve(key[0], key[1] or None) for key in dict.fromkeys(keys)}
    resolved = pd.Series([ids[k] for k in keys], index=found.index, dtype=object)
    incoming = found.assign(player_id=resolved).dropna(subset=["player_id"])
    incoming = checked_sessions(incoming.loc[:, list(SESSION_COLUMNS)])
    old = plan.sessions
    replaced = pd.MultiIndex.from_frame(old[_SESSION_KEY]).isin(
        pd.MultiIndex.from_frame(incoming[_SESSION_KEY])
    )
    incoming = _kept_values(incoming, old[replaced])
    before, after = _by_key(old), _by_key(incoming)
    for key, rows in after.items():
        if key not in before:
            summary.sessions_added += len(rows)
        elif before[key] == rows:
            summary.sessions_unchanged += len(rows)
        else:
            summary.sessions_updated += len(rows)
    if not summary.sessions_added and not summary.sessions_updated:
        return None
    return checked_sessions(pd.concat([old[~replaced], incoming], ignore_index=True))


def _kept_values(incoming: pd.DataFrame, replaced: pd.DataFrame) -> pd.DataFrame:
    """incoming with the blanks of a session that replaces exactly one session filled from
    it: a GPS export imported after the RPE log keeps the RPEs, and the other way round."""
    single = ~replaced.duplicated(_SESSION_KEY, keep=False)
    new_single = ~incoming.duplicated(_SESSION_KEY, keep=False)
    old = replaced[single].set_index(_SESSION_KEY)
    new = incoming[new_single].set_index(_SESSION_KEY)
    filled = new.combine_first(old).loc[new.index, new.columns]
    return pd.concat([incoming[~new_single], filled.reset_index()], ignore_index=True)


def _by_key(sessions: pd.DataFrame) -> dict[tuple[object, ...], list[tuple[object, ...]]]:
    """Each (player, date, kind)'s rows, as sorted value tuples (NaN as None) to compare."""
    out: dict[tuple[object, ...], list[tuple[object, ...]]] = {}
    values = sessions.loc[:, list(SESSION_COLUMNS)].astype(object)
    values = values.where(values.notna(), None)
    for row in values.itertuples(index=False):
        out.setdefault((row.player_id, row.date, row.kind), []).append(tuple(row))
    for rows in out.values():
        rows.sort(key=repr)
    return out
