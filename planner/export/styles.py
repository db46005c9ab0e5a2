"""The look of the rotation sheets: fonts, fills, borders and the readiness colours."""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from planner.model_params import ModelParams

# Readiness colours (docs/export.md): never shown without the number itself.
GREEN, AMBER, RED = "2E7D32", "F9A825", "C62828"
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

_READINESS = {
    colour: (PatternFill("solid", fgColor=colour), Font(name=FONT_NAME, bold=True, color=ink))
    for colour, ink in ((GREEN, WHITE), (AMBER, INK), (RED, WHITE))
}


def readiness_colour(readiness: float, params: ModelParams) -> str:
    """Green, amber or red for a readiness value under the plan's thresholds."""
    if readiness < params.readiness_red:
        return RED
    return AMBER if readiness < params.readiness_amber else GREEN


def paint_readiness(cell: Cell, readiness: float | None, params: ModelParams) -> None:
    """Readiness as a whole number on its colour (a blank cell when unknown)."""
    if readiness is None:
        return
    cell.value = round(readiness)
    cell.number_format = WHOLE
    cell.alignment = CENTRE
    cell.fill, cell.font = _READINESS[readiness_colour(readiness, params)]


def paint_header(cells: list[Cell]) -> None:
    """White bold text on the dark header fill."""
    for cell in cells:
        cell.font, cell.fill, cell.alignment, cell.border = HEADER, HEADER_FILL, HEADER_ALIGN, GRID
