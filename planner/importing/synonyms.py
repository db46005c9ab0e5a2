"""Words the importer recognises, read from planner/data/import-synonyms.json."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from planner.resources import load_json
from planner.text import fold

SYNONYMS_FILE = "import-synonyms.json"


@lru_cache(maxsize=1 << 16)  # names and headers repeat down a long log
def key(text: object) -> str:
    """The matching form of a cell: folded, without trailing dots, colons or stars."""
    return re.sub(r"[\s.:*]+$", "", fold(str(text)))


@cache
def _table(section: str) -> dict[str, str]:
    """word -> canonical name for one section of the synonyms file."""
    groups = load_json(SYNONYMS_FILE)[section]
    return {
        key(word): name
        for name, words in groups.items()
        if not name.startswith("_")
        for word in [name, *words]
    }


@cache
def _words(section: str) -> frozenset[str]:
    return frozenset(key(w) for w in load_json(SYNONYMS_FILE)[section])


UNIT_FIELDS = frozenset(
    {"duration", "rpe", "total_distance", "hsr", "sprint_distance", "accelerations", "player_load"}
)
"""Fields whose header may carry a unit in brackets: 'Total Distance (km)', 'Duration [s]'."""
_UNIT = re.compile(r"^(?P<base>.*?)\s*[(\[](?P<unit>[^()\[\]]*)[)\]]$")


def header_field(text: object) -> str | None:
    """The field a header cell names (player, number, minutes...), or None; a load measure's
    header may end in a unit in brackets ('Total Distance (km)')."""
    found = _table("headers").get(key(text))
    if found is None and (split := split_unit(text)):
        base = _table("headers").get(key(split[0]))
        found = base if base in UNIT_FIELDS else None
    return found


def is_listed_header(text: object) -> bool:
    """Whether a header is in the synonyms as it is (brackets included: 'RPE (0-10)')."""
    return key(text) in _table("headers")


def split_unit(text: object) -> tuple[str, str] | None:
    """(header, unit text) of a header that ends in brackets, 'Distance (km)'; None without."""
    found = _UNIT.match(" ".join(str(text).split()))
    return (found["base"], found["unit"]) if found and found["base"] else None


def unit(text: object) -> str | None:
    """The unit a bracket names (m, km, min, s, clock, au, count), or None when unknown."""
    return _table("units").get(key(text))


def is_match_word(text: object) -> bool:
    """Whether a session title or type word says match ('Match', 'Partido', 'MD'; not 'MD-1')."""
    return key(text) in _words("match_words")


def is_other_word(text: object) -> bool:
    """Whether a session type names neither training nor a match ('gym', 'otro')."""
    return key(text) in _words("other_words")


def is_session_row(text: object) -> bool:
    """Whether a drill cell marks the whole session's row ('Session', 'Entire session')."""
    return key(text) in _words("session_rows")


def competition(text: object) -> str | None:
    """The competition code a text names (MLS, CCC, FRIENDLY), or None."""
    return _table("competitions").get(key(text))


def position(text: str) -> str | None:
    """The planner's position code for one code or word in English or Spanish, or None."""
    return _table("positions").get(key(text))


def status(text: object) -> str | None:
    """The availability status a cell names, or None."""
    return _table("statuses").get(key(text))


def minute_mark(text: object) -> str | None:
    """Why a minutes cell holds no minutes ('did not play', 'injured'...), or None."""
    return _table("minute_marks").get(key(text))


@lru_cache(maxsize=1 << 16)  # every row's first cells are asked: names and dates repeat
def is_total_row(text: object) -> bool:
    """Whether a row label marks a total or average row: 'Total', 'Media', or a short label
    that starts or ends with such a word ('Squad Total', 'Opponent Total', 'Total equipo')."""
    label = key(text)
    if label in _words("total_rows"):
        return True
    words = label.split()
    totals = _words("total_words")
    return 2 <= len(words) <= 3 and (words[0] in totals or words[-1] in totals)


def is_position_group(text: str) -> bool:
    """Whether a position word names only a group (FW, MF, DF), not a place on the pitch."""
    return key(text) in _words("position_groups")


def is_note_row(text: object) -> bool:
    """Whether a lone cell is a note under the table ('* ILLUSTRATIVE data', 'Source: club')
    rather than a player: it starts with * or (, or with a note word and reads as a sentence."""
    folded = fold(str(text))
    if folded.startswith(("*", "(")):
        return True
    first = re.split(r"\W+", folded, maxsplit=1)[0]
    sentence = ":" in folded or len(folded.split()) >= 3
    return first in _words("note_rows") and sentence
