"""Print set-up shared by every sheet: paper, orientation, fit to the page width, headers and
footers."""

from __future__ import annotations

from typing import Literal

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.cells import header_footer_text
from planner.export.context import ExportContext


def set_up_printing(
    ws: Worksheet,
    context: ExportContext,
    *,
    subject: str,
    title_rows: str | None = None,
    one_page: bool = False,
    orientation: Literal["landscape", "portrait"] = "landscape",
) -> None:
    """The locale's paper (A4 or Letter), one page wide (and tall when one_page), club / subject
    / print date in the header, export time and page number in the footer, title_rows ('1:2')
    repeated on each page."""
    exported_at = context.exported_at
    ws.page_setup.paperSize = context.locale.paper_code
    ws.page_setup.orientation = orientation
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.print_options.horizontalCentered = True
    ws.print_options.verticalCentered = one_page
    ws.page_margins = PageMargins(
        left=0.4, right=0.4, top=0.6, bottom=0.5, header=0.25, footer=0.25
    )
    ws.oddHeader.left.text = header_footer_text(context.plan.club or "Squad Planner")
    ws.oddHeader.center.text = header_footer_text(subject)
    ws.oddHeader.right.text = context.text("export.page.printed")
    ws.oddFooter.left.text = header_footer_text(
        context.text("export.page.exported", moment=f"{exported_at:%Y-%m-%d %H:%M}")
    )
    ws.oddFooter.right.text = context.text("export.page.number")
    for part in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right):
        part.size = 9
    for part in (ws.oddFooter.left, ws.oddFooter.right):
        part.size = 8
    if title_rows:
        ws.print_title_rows = title_rows
