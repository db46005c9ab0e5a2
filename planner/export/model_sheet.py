"""The Model sheet: which fatigue model computed readiness, with every parameter's value."""

from __future__ import annotations

from dataclasses import asdict

from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import width_for, write_block, write_section, write_title
from planner.export.cells import merge, put_text
from planner.export.context import ExportContext
from planner.export.page import set_up_printing
from planner.export.styles import WRAP, paint
from planner.training import PlannedSession, TrainingWeek, day_label
from planner.wording import codes
from planner.wording.export import PARAMETER_CODE

# the paragraphs saying how readiness and risk were computed, by their wording codes
HOW = (
    "export.model.how.load",
    "export.model.how.ratio",
    "export.model.how.readiness",
    "export.model.how.risk",
)


def write_model(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with the model's name, how it works and the plan's parameter values."""
    write_title(ws, context.text("export.sheet.model"), context.text("export.model.name"))
    write_section(ws, 4, 1, context.text("export.model.how_title"))
    for row, code in enumerate(HOW, start=5):
        line = context.text(code)
        cell = put_text(ws, row, 1, line)
        paint(cell, alignment=WRAP)
        merge(ws, row, 1, row, 3)
        ws.row_dimensions[row].height = 15 * (1 + len(line) // 105)
    top = 6 + len(HOW)
    write_section(ws, top, 1, context.text("export.model.parameters"))
    rows = [
        [_meaning(name, context), value, name]
        for name, value in asdict(context.plan.params).items()
    ]
    headers = [
        context.text(f"export.model.{code}") for code in ("parameter", "value", "name_in_file")
    ]
    # widths first: the header row's height is fitted to them
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = width_for(headers[2:], 28, 40)
    write_block(ws, top + 1, 1, headers, rows)
    if context.plan.training is not None:
        _write_training(ws, top + len(rows) + 3, context.plan.training, context)
    ws.freeze_panes = "A3"
    set_up_printing(
        ws,
        context,
        subject=context.text("export.sheet.model"),
        title_rows="1:2",
        one_page=True,  # a reference page: its parameter list grows with the model
    )


def _meaning(name: str, context: ExportContext) -> str:
    """What a parameter means, or its file name in words when the table lacks it."""
    code = PARAMETER_CODE.format(name=name)
    return context.text(code) if code in codes() else name.replace("_", " ").capitalize()


def _write_training(ws: Worksheet, top: int, week: TrainingWeek, context: ExportContext) -> None:
    """The training template by gap and day, then the days staff changed, from row top."""

    def session(s: PlannedSession) -> list[object]:
        return [
            context.text(f"export.training.group.{s.group}"),
            context.text(f"export.training.focus.{s.focus}"),
            s.duration,
            s.rpe,
        ]

    words = ("group", "focus")
    tail = [context.text(f"export.training.{w}") for w in words] + [
        context.text("export.minutes"),
        context.text("export.load.rpe"),
    ]
    template = [
        [gap, day_label(day, gap - day), *session(s)]
        for gap, days in sorted(week.template.items())
        for day, sessions in sorted(days.items())
        for s in sessions
    ]
    write_section(ws, top, 1, context.text("export.training.title"))
    headers = [context.text("export.training.gap"), context.text("export.training.day"), *tail]
    write_block(ws, top + 1, 1, headers, template)
    if not week.days:
        return
    edits = [
        [day, *session(s)] if s else [day, context.text("export.training.rest"), None, None, None]
        for day, sessions in week.days.items()
        for s in (sessions or (None,))
    ]
    top += len(template) + 3
    write_section(ws, top, 1, context.text("export.training.edits"))
    headers = [context.text("export.date"), *tail]
    write_block(ws, top + 1, 1, headers, edits, formats={0: "yyyy-mm-dd"})
