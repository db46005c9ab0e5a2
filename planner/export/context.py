"""Everything the sheets show, computed once per export from the plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

import pandas as pd

import planner.wording.export  # noqa: F401  (registers the export's wording)
from planner.export.cells import shorten
from planner.export.print_locale import PrintLocale
from planner.fatigue import cached_fatigue_table
from planner.fixtures import Fixture
from planner.minutes import lineup_minutes
from planner.validate import Problem, validate, worded_problem
from planner.wording import Message, word
from planner.wording.common import fixture_name
from planner.wording.positions import position_name

if TYPE_CHECKING:
    from planner.plan import Plan
    from planner.validate import Problem


NAME_LIMIT = 60  # characters of a name on the printed sheets
MESSAGE_LIMIT = 400  # characters of a warning on the printed sheets


@dataclass
class ExportContext:
    """The plan and what is derived from it: minutes, readiness and problems."""

    plan: Plan
    fatigue: pd.DataFrame  # fatigue_table(plan), indexed (player_id, fixture_id)
    problems: list[Problem]
    minutes: dict[str, dict[str, int]]  # fixture id -> player id -> planned minutes
    exported_at: datetime
    locale: PrintLocale  # paper size, date order and language

    @classmethod
    def of(cls, plan: Plan, locale: PrintLocale | None = None) -> ExportContext:
        added = plan.params.added_time_per_half
        return cls(
            plan=plan,
            fatigue=cached_fatigue_table(plan),  # validate() reuses it
            problems=validate(plan),
            minutes={f.id: lineup_minutes(plan.lineup(f.id), f, added) for f in plan.fixtures},
            exported_at=datetime.now().replace(microsecond=0),
            locale=locale or PrintLocale(),
        )

    def readiness(self, player_id: str, fixture_id: str) -> float | None:
        """Readiness 0-100 at the fixture's kickoff, None when the model has no row."""
        value = self._readiness.get((player_id, fixture_id))
        return None if value is None or pd.isna(value) else float(value)

    def risk(self, player_id: str, fixture_id: str) -> str:
        """low / moderate / high at the fixture's kickoff ('' when unknown)."""
        return str(self._risk.get((player_id, fixture_id), ""))

    @cached_property
    def _readiness(self) -> dict[tuple[str, str], float]:
        return dict(zip(self.fatigue.index, self.fatigue["readiness"].astype(float), strict=True))

    @cached_property
    def _risk(self) -> dict[tuple[str, str], str]:
        return dict(zip(self.fatigue.index, self.fatigue["risk"].astype(str), strict=True))

    def match(self, fixture: Fixture) -> str:
        """'Inter Miami CF v Toronto FC' (home first; 'Inter Miami CF - Toronto FC' in Spanish)."""
        us = self.plan.club or self.text("export.us")
        home, away = (us, fixture.opponent) if fixture.home else (fixture.opponent, us)
        return self.text("export.match", home=home, away=away)

    def subject(self, fixture: Fixture) -> str:
        """A fixture sheet's print header: 'Sun 6 Apr v Toronto FC (2025-04-06)'."""
        return self.text(
            "export.subject.home" if fixture.home else "export.subject.away",
            day=self.locale.short_day(fixture.kickoff),
            opponent=fixture.opponent,
            date=f"{fixture.kickoff:%Y-%m-%d}",
        )

    def fixture_name(self, fixture: Fixture) -> str:
        """'Sun 6 Apr v Toronto FC' ('dom 6 abr vs Toronto FC' in Spanish)."""
        return self.word(fixture_name(fixture))

    @cached_property
    def headings(self) -> dict[str, str]:
        """Fixture id -> column heading ('2025-04-06 v Toronto FC (MLS)'), unique per sheet."""
        headings: dict[str, str] = {}
        taken: set[str] = set()
        for fixture in self.plan.fixtures:
            heading, n = fixture_heading(fixture), 2
            while heading.casefold() in taken:
                heading, n = f"{fixture_heading(fixture)} #{n}", n + 1
            taken.add(heading.casefold())
            headings[fixture.id] = heading
        return headings

    def word(self, message: Message | str) -> str:
        """A message from the core in the sheets' language."""
        return word(message, self.locale.language)

    def text(self, code: str, **params: object) -> str:
        """The export's own wording (planner/wording/export.py) in the sheets' language."""
        return self.word(Message(code, params))

    def severity(self, problem: Problem) -> str:
        """'Error' or 'Warning' in the sheets' language."""
        return self.text(f"export.severity.{problem.severity}")

    def problem(self, problem: Problem, *, with_fixture: bool = True) -> str:
        """A problem in the sheets' language, after its fixture's name unless with_fixture is
        False (the fixture's own sheet)."""
        return worded_problem(problem, self.plan, self.locale.language, with_fixture=with_fixture)

    def position(self, code: str) -> str:
        """A position or slot code in the sheets' language (GK, or POR in Spanish)."""
        return self.word(position_name(code))

    def player_name(self, player_id: str) -> str:
        """The player's name as the printed sheets show it (an absurdly long one shortened)."""
        player = self.plan.players.get(player_id)
        return shorten(player.name if player else player_id, NAME_LIMIT)

    def card_name(self, player_id: str) -> str:
        """'10 Messi': shirt number and surname, as a card shows them."""
        player = self.plan.players.get(player_id)
        if player is None:
            return shorten(player_id, NAME_LIMIT)
        surname = shorten(player.surname, NAME_LIMIT)
        return surname if player.number is None else f"{player.number} {surname}"


def fixture_heading(fixture: Fixture) -> str:
    """A fixture's column heading in the form the importer recognises (date, opponent and the
    competition code): '2025-04-06 v Toronto FC (MLS)'."""
    return f"{fixture.kickoff:%Y-%m-%d} v {fixture.opponent} ({fixture.competition})"
