"""What an import found (ImportResult) and what merging it changed (MergeSummary)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

import planner.wording.importing  # noqa: F401  (registers the wording of these Messages)
from planner.importing.header import Mapping
from planner.sessions import GPS_COLUMNS
from planner.wording import Language, Message, word

APPEARANCE_COLUMNS = ("row", "player", "player_id", "date", "minutes", "competition", "opponent")
LOAD_COLUMNS = (
    "row", "player", "player_id", "date", "title", "kind", "drills", "duration", "rpe",
    *GPS_COLUMNS,
)  # fmt: skip
"""A load log's sessions: first row, player, date, session title, kind, drill rows summed
(0: one whole-session row), minutes, RPE and GPS measures (NaN when not given)."""


def empty_appearances() -> pd.DataFrame:
    """An appearances table with no rows (see APPEARANCE_COLUMNS)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in APPEARANCE_COLUMNS})


def empty_load() -> pd.DataFrame:
    """A load log's sessions with no rows (see LOAD_COLUMNS)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in LOAD_COLUMNS})


@dataclass(frozen=True)
class ImportedPlayer:
    """A player row as the file gives it; None means the file says nothing about that field."""

    row: int
    name: str
    id: str | None = None
    number: int | None = None
    positions: tuple[str, ...] | None = None
    status: str | None = None
    rating: int | None = None
    birth_date: date | None = None
    notes: str | None = None
    positions_coarse: bool = False  # positions given only as groups (FW, MF, DF)


@dataclass(frozen=True)
class YellowCards:
    """A player's yellow-card count in one competition, as the file gives it."""

    row: int
    player: str
    competition: str
    count: int
    player_id: str | None = None


@dataclass(frozen=True)
class SkippedRow:
    """A row left out, and why (a total row, a note, no player name...)."""

    row: int
    reason: Message


@dataclass
class ImportResult:
    """Everything found in one sheet; nothing is merged into a plan until merge_import()."""

    file: str
    sheet: str | None
    kind: str  # "squad", "minutes" (long log), "minutes-wide" (a column per match), "load"
    mapping: Mapping
    columns: dict[int, str]  # column index -> title, for the columns in mapping
    players: list[ImportedPlayer] = field(default_factory=list)
    appearances: pd.DataFrame = field(default_factory=empty_appearances)
    yellow_cards: list[YellowCards] = field(default_factory=list)
    sessions: pd.DataFrame = field(default_factory=empty_load)  # a load log's (LOAD_COLUMNS)
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    sheets: tuple[str, ...] = ()  # every sheet of the workbook (empty for a text file)

    def describe(self) -> str:
        """One line: what was found where."""
        where = f"'{self.file}'" + (f" sheet '{self.sheet}'" if self.sheet else "")
        parts = [f"{len(self.players)} players"]
        if len(self.appearances):
            parts.append(f"{len(self.appearances)} appearances")
        if self.yellow_cards:
            parts.append(f"{len(self.yellow_cards)} yellow-card counts")
        if len(self.sessions):
            parts.append(f"{len(self.sessions)} sessions")
        return f"{where}: {', '.join(parts)} ({self.kind})"


@dataclass(frozen=True)
class NearMatch:
    """A name in the file that is no player's exactly but looks like one or more players'."""

    name: str
    player_id: str | None  # the player the name is taken as by default; None: ambiguous
    candidates: tuple[str, ...]  # the ids of every look-alike
    candidate_names: tuple[str, ...]  # their names, in the same order


@dataclass
class MergeSummary:
    """What merging an ImportResult into a plan did."""

    players_added: list[str] = field(default_factory=list)
    players_updated: list[str] = field(default_factory=list)
    players_unchanged: int = 0
    appearances_added: int = 0
    appearances_updated: int = 0
    appearances_unchanged: int = 0
    cards_set: int = 0
    cards_unchanged: int = 0
    sessions_added: int = 0
    sessions_updated: int = 0
    sessions_unchanged: int = 0
    load_log: bool = False  # the result was a load log: the summary counts sessions
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    near_matches: list[Message] = field(default_factory=list)  # "'L. Messi' taken as Lionel Messi"
    near_misses: list[NearMatch] = field(default_factory=list)  # the facts behind near_matches
    left_out: list[Message] = field(default_factory=list)  # names and ids not merged, and why
    positions_kept: list[str] = field(default_factory=list)  # players whose finer positions stay

    @property
    def changed(self) -> bool:
        """Whether the plan changed at all."""
        return bool(
            self.players_added
            or self.players_updated
            or self.appearances_added
            or self.appearances_updated
            or self.cards_set
            or self.sessions_added
            or self.sessions_updated
        )

    def lines(self, language: Language = "en") -> list[str]:
        """The summary as the staff read it, one fact per line, in language."""
        return [word(line, language) for line in self._messages()]

    def _messages(self) -> Iterator[Message]:
        yield Message(
            "import.summary.players",
            {
                "added": len(self.players_added),
                "updated": len(self.players_updated),
                "unchanged": self.players_unchanged,
            },
        )
        counted = "sessions" if self.load_log else "appearances"
        yield Message(
            f"import.summary.{counted}",
            {
                "added": getattr(self, f"{counted}_added"),
                "updated": getattr(self, f"{counted}_updated"),
                "unchanged": getattr(self, f"{counted}_unchanged"),
            },
        )
        if self.cards_set or self.cards_unchanged:
            cards = {"set": self.cards_set, "unchanged": self.cards_unchanged}
            yield Message("import.summary.cards", cards)
        for code, names in (
            ("import.summary.added", self.players_added),
            ("import.summary.updated", self.players_updated),
            ("import.summary.positions-kept", self.positions_kept),
        ):
            if names:
                yield Message(code, {"names": ", ".join(names)})
        yield from (Message("import.summary.near-miss", {"text": m}) for m in self.near_matches)
        yield from (Message("import.summary.left-out", {"text": m}) for m in self.left_out)
        yield Message("import.summary.skipped", {"count": len(self.skipped)})
        for s in self.skipped:
            yield Message("import.summary.skipped-row", {"row": s.row, "reason": s.reason})
        yield from (Message("import.summary.note", {"text": w}) for w in self.warnings)
