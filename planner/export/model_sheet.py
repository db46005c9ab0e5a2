"""The Model sheet: which fatigue model computed readiness, with every parameter's value."""

from __future__ import annotations

from dataclasses import asdict

from openpyxl.worksheet.worksheet import Worksheet

from planner.export.blocks import write_block, write_section, write_title
from planner.export.cells import merge, put_text
from planner.export.context import ExportContext
from planner.export.page import set_up_printing
from planner.export.styles import WRAP, paint

MODEL_NAME = "Load and readiness: EWMA acute:chronic workload ratio and Banister fitness-fatigue"

HOW = (
    "Daily load = session-RPE (RPE x minutes, Foster et al. 2001) of the recorded sessions; "
    "a match without a recorded RPE counts match RPE x minutes played, x the goalkeeper "
    "factor for a goalkeeper.",
    "Acute and chronic load: exponentially weighted averages of daily load (Williams et al. "
    "2017); the load ratio (ACWR) is acute / chronic, the chronic load floored at the "
    "baseline for players with a real history.",
    "Readiness 0-100 at kick-off: Banister fitness-fatigue performance as a share of a rested "
    "player's (100 = fully recovered).",
    "Risk: moderate after 45+ minutes in consecutive matches fewer than 5 days apart (FIFPRO "
    "critical zone) or a load ratio above the sweet spot; high in the danger zone or with red "
    "readiness. The thresholds are the parameters below; ACWR zones are disputed "
    "(Impellizzeri et al. 2020): read them as flags, not verdicts.",
)

MEANINGS = {
    "match_rpe": "Match effort (RPE, 0-10) used when none is recorded",
    "acute_days": "Acute load window (days, EWMA)",
    "chronic_days": "Chronic load window (days, EWMA)",
    "fitness_tau": "Fitness decay (days, Banister)",
    "fatigue_tau": "Fatigue decay (days, Banister)",
    "fitness_gain": "Fitness weight k1 (Banister)",
    "fatigue_gain": "Fatigue weight k2 (Banister)",
    "acwr_high": "Load ratio above which risk is moderate (Gabbett 2016)",
    "acwr_danger": "Load ratio from which risk is high (Gabbett 2016)",
    "back_to_back_minutes": "Minutes in both matches for the back-to-back flag (FIFPRO)",
    "back_to_back_days": "...when fewer than this many days apart",
    "readiness_amber": "Readiness below this is amber",
    "readiness_red": "Readiness below this is red",
    "added_time_per_half": "Planned added time per half counted as minutes played",
    "baseline_minutes_per_week": "Match minutes a week every player is assumed fit for",
    "goalkeeper_load_factor": "A goalkeeper's match load per minute, share of an outfielder's",
    "back_to_back_goalkeepers": "Back-to-back flag for goalkeepers too (else outfield only)",
    "absence_days": "Days without recorded load that make a long absence (no chronic floor)",
}


def write_model(ws: Worksheet, context: ExportContext) -> None:
    """Fill ws with the model's name, how it works and the plan's parameter values."""
    write_title(ws, "Model", MODEL_NAME)
    write_section(ws, 4, 1, "How readiness and risk were computed")
    for row, line in enumerate(HOW, start=5):
        cell = put_text(ws, row, 1, line)
        paint(cell, alignment=WRAP)
        merge(ws, row, 1, row, 3)
        ws.row_dimensions[row].height = 15 * (1 + len(line) // 105)
    top = 6 + len(HOW)
    write_section(ws, top, 1, "Parameters")
    rows = [
        [MEANINGS.get(name, name.replace("_", " ").capitalize()), value, name]
        for name, value in asdict(context.plan.params).items()
    ]
    write_block(ws, top + 1, 1, ("Parameter", "Value", "Name in the plan file"), rows)
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 28
    ws.freeze_panes = "A3"
    set_up_printing(
        ws,
        context,
        subject="Model",
        title_rows="1:2",
        one_page=True,  # a reference page: its parameter list grows with the model
    )
