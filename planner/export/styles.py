"""The look of the rotation sheets: fonts, fills, borders and the readiness colours."""

from __future__ import annotations

import weakref

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray

from planner.fatigue.scale import ReadinessBand, readiness_band
from planner.model_params import ModelParams


def _hex(band: ReadinessBand) -> str:
    return band.value.removeprefix("#")


# Readiness colours (planner.fatigue.scale, docs/export.md): never shown without the number.
GREEN, AMBER, RED = map(_hex, (ReadinessBand.GREEN, ReadinessBand.AMBER, ReadinessBand.RED))
INK, MUTED, WHITE = "1F2933", "5F6B76", "FFFFFF"
HEADER_FILL_COLOUR = "1F3A5F"
FONT_NAME = "Calibri"  # the workbook default; fonts without a name print in a serif face
BAND_COLOUR = "EEF2F6"

TITLE = Font(name=FONT_NAME, bold=True, size=16, color=INK)
SUBTITLE = Font(name=FONT_NAME, size=11, color=MUTED)
SECTION = Font(name=FONT_NAME, bold=True, size=12, color=HEADER_FILL_COLOUR)
HEADER = Font(name=FONT_NAME, bold=True, color=WHITE)
BOLD = Font(name=FONT_NAME, bold=True, color=INK)

HEADER_FILL = PatternFill("solid", fgColor=HEADER_FILL_COLOUR)
BAND_FILL = PatternFill("solid", fgColor=BAND_COLOUR)

THIN = Side(style="thin", color="B8C2CC")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

LEFT = Alignment(horizontal="left", vertical="center")
CENTRE = Alignment(horizontal="center", vertical="center")
WRAP = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP = Alignment(horizontal="left", vertical="top")
TOP_WRAP = Alignment(horizontal="left", vertical="top", wrap_text=True)
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)

DATE_FORMAT = "ddd d mmm yyyy"
TIME_FORMAT = "hh:mm"
WHOLE = "0"

ERROR = Font(name=FONT_NAME, bold=True, color=RED)

_INK = {ReadinessBand.GREEN: WHITE, ReadinessBand.AMBER: INK, ReadinessBand.RED: WHITE}
_READINESS = {
    band: (PatternFill("solid", fgColor=_hex(band)), Font(name=FONT_NAME, bold=True, color=ink))
    for band, ink in _INK.items()
}


_COLLECTIONS = {
    "font": ("_fonts", "fontId"),
    "fill": ("_fills", "fillId"),
    "border": ("_borders", "borderId"),
    "alignment": ("_alignments", "alignmentId"),
}
_ids: weakref.WeakKeyDictionary[object, dict[tuple[str, int], int]] = weakref.WeakKeyDictionary()
_kept: dict[int, object] = {}  # style objects whose id() is a cache key stay alive


def paint(
    cell: Cell,
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    border: Border | None = None,
    alignment: Alignment | None = None,
) -> None:
    """Style a cell like ``cell.font = font`` and so on, but fast.

    openpyxl hashes a style object on every assignment to find it in the workbook's list, which
    took most of an export's time; here each style object is looked up once per workbook and
    cells get its index. Style objects must not be mutated after first use (ours never are).
    """
    book = cell.parent.parent
    ids = _ids.setdefault(book, {})
    if cell._style is None:
        cell._style = StyleArray()
    style = cell._style
    for kind, value in (
        ("font", font),
        ("fill", fill),
        ("border", border),
        ("alignment", alignment),
    ):
        if value is None:
            continue
        collection, attribute = _COLLECTIONS[kind]
        key = (kind, id(value))
        index = ids.get(key)
        if index is None:
            index = ids[key] = getattr(book, collection).add(value)
            _kept[id(value)] = value
        setattr(style, attribute, index)


def paint_readiness(cell: Cell, readiness: float | None, params: ModelParams) -> None:
    """Readiness as a whole number on its colour (a blank cell when unknown)."""
    if readiness is None:
        return
    cell.value = round(readiness)
    cell.number_format = WHOLE
    fill, font = _READINESS[readiness_band(readiness, params)]
    paint(cell, font=font, fill=fill, alignment=CENTRE)


def paint_header(cells: list[Cell], font: Font = HEADER) -> None:
    """White bold text (HEADER or a larger font) on the dark header fill."""
    for cell in cells:
        paint(cell, font=font, fill=HEADER_FILL, alignment=HEADER_ALIGN, border=GRID)
