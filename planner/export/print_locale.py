"""How printed dates and the paper look where the staff are: A4 and day/month in most of the
world, US Letter in the Americas' Letter countries, month/day in the United States; and the
language the core's messages (positions, reasons) are worded in.

The core takes a PrintLocale as a value; the window builds it from Qt's system territory and
its own language, the command line from the environment (LC_ALL, LC_PAPER / LC_TIME, LANG)
and --language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from planner.wording import Language, word
from planner.wording.common import short_month, short_weekday
from planner.wording.environment import language_from_environment

Paper = Literal["A4", "Letter"]

# CLDR supplemental measurementData: paperSize type="US-Letter"; everywhere else ("001") A4.
LETTER_TERRITORIES = frozenset(
    ["BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"]
)
# Where dates are written month first (CLDR en_US "M/d/yy", also its territories' locales).
MONTH_FIRST_TERRITORIES = frozenset(["US", "AS", "GU", "MP", "PR", "UM", "VI"])
# Excel's page-setup codes (ECMA-376 paperSize): 1 = Letter, 9 = A4.
PAPER_CODES: dict[Paper, int] = {"Letter": 1, "A4": 9}

# Number-format locale prefixes (ECMA-376 18.8.31, Windows LCID): 0xC0A is Spanish (Spain).
# English keeps none, so its dates read as they always have.
_DATE_LOCALES: dict[Language, str] = {"es": "[$-C0A]"}

_TERRITORY = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:[.@]|$)")


@dataclass(frozen=True)
class PrintLocale:
    """Paper size, date order and language of the printed sheets."""

    paper: Paper = "A4"
    month_first: bool = False
    language: Language = "en"

    @classmethod
    def for_territory(cls, territory: str) -> PrintLocale:
        """The locale of an ISO 3166 territory code ('US', 'ES'); '' (unknown) gives the
        world default, A4 and day/month."""
        code = territory.upper()
        return cls(
            paper="Letter" if code in LETTER_TERRITORIES else "A4",
            month_first=code in MONTH_FIRST_TERRITORIES,
        )

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> PrintLocale:
        """The locale POSIX settings name: LC_ALL, else LC_PAPER (paper), LC_TIME (dates) and
        LC_MESSAGES (language), else LANG. 'C', 'POSIX' or no territory give the world default
        (and English)."""
        env = os.environ if environ is None else environ

        def territory(category: str) -> str:
            for name in ("LC_ALL", category, "LANG"):
                if env.get(name):
                    match = _TERRITORY.match(env[name])
                    return match.group(1) if match else ""
            return ""

        paper = cls.for_territory(territory("LC_PAPER")).paper
        return cls(
            paper=paper,
            month_first=cls.for_territory(territory("LC_TIME")).month_first,
            language=language_from_environment(env),
        )

    @property
    def paper_code(self) -> int:
        """The paper size as openpyxl's page_setup.paperSize (1 Letter, 9 A4)."""
        return PAPER_CODES[self.paper]

    def short_day(self, day: date) -> str:
        """'Sun 6 Apr' ('dom 6 abr' in Spanish), or 'Sun Apr 6' month first."""
        weekday = word(short_weekday(day), self.language)
        month = word(short_month(day), self.language)
        if self.month_first:
            return f"{weekday} {month} {day.day}"
        return f"{weekday} {day.day} {month}"

    def day(self, day: date) -> str:
        """'Sun 6 Apr 2025' ('dom 6 abr 2025'), or 'Sun Apr 6, 2025' month first."""
        if self.month_first:
            return f"{self.short_day(day)}, {day:%Y}"
        return f"{self.short_day(day)} {day:%Y}"

    def day_and_time(self, moment: datetime) -> str:
        """'Sun 6 Apr 2025 14:05', or 'Sun Apr 6, 2025 14:05' month first."""
        return f"{self.day(moment)} {moment:%H:%M}"

    @property
    def date_format(self) -> str:
        """The spreadsheet number format of a kick-off: 'ddd d mmm yyyy, hh:mm' or
        'ddd mmm d, yyyy, hh:mm'; in Spanish with the locale code that makes the spreadsheet
        name the day and month in Spanish whatever its own language."""
        order = "ddd mmm d, yyyy, hh:mm" if self.month_first else "ddd d mmm yyyy, hh:mm"
        return f"{_DATE_LOCALES.get(self.language, '')}{order}"
