"""Write samples/squad.xlsx, samples/minutes-2025.xlsx and the sample week's load logs
(samples/rpe-week.xlsx, samples/gps-week.csv) from planner.sample_plan().

They have the shape a club's own sheets have (a title row, Spanish and English headers, a
grouped header, totals rows) so the importer can be tried on them. ILLUSTRATIVE data: shirt
numbers, ratings, statuses, minutes, RPEs and GPS figures are made up.
Run: .venv/bin/python samples/make_spreadsheets.py
"""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner import sample_plan

HERE = Path(__file__).resolve().parent
NOTICE = "ILLUSTRATIVE data: shirt numbers, ratings, statuses and minutes are made up."
LOAD_NOTICE = "ILLUSTRATIVE data: invented RPEs and GPS figures for the sample squad."
# fmt: off
SPANISH_POSITIONS = {
    "GK": "POR", "RB": "LD", "CB": "DFC", "LB": "LI", "RWB": "CAD", "LWB": "CAI", "DM": "MCD",
    "CM": "MC", "AM": "MCO", "RM": "MD", "LM": "MI", "RW": "ED", "LW": "EI", "ST": "DC",
}
SPANISH_STATUS = {
    "available": "Disponible", "doubtful": "Duda", "injured": "Lesionado",
    "suspended": "Sancionado", "unavailable": "Baja",
}
# fmt: on
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")


def write_squad(path: Path) -> None:
    """One sheet 'Plantilla': title, Spanish headers, one row a player, a totals row."""
    plan = sample_plan()
    book = Workbook()
    sheet = book.active
    sheet.title = "Plantilla"
    headers = [
        "Dorsal",
        "Jugador",
        "Posición",
        "Estado",
        "Fecha de nacimiento",
        "Valoración",
        "Amarillas MLS",
        "Amarillas CCC",
    ]
    _title(sheet, f"{plan.club} - Plantilla 2025 (primer equipo)", len(headers))
    sheet.append([])
    sheet.append(headers)
    _style_header(sheet, 3, len(headers))
    for player in sorted(plan.players.values(), key=lambda p: p.number or 0):
        cards = plan.yellow_cards.get(player.id, {})
        sheet.append(
            [
                player.number,
                player.name,
                ", ".join(SPANISH_POSITIONS[p] for p in player.positions),
                SPANISH_STATUS[player.status],
                player.birth_date,
                player.rating,
                cards.get("MLS", 0),
                cards.get("CCC", 0),
            ]
        )
        sheet.cell(sheet.max_row, 5).number_format = "DD/MM/YYYY"
    last = sheet.max_row
    sheet.append(
        [
            "Total",
            f"{len(plan.players)} jugadores",
            None,
            None,
            None,
            f"=ROUND(AVERAGE(F4:F{last}),0)",
            f"=SUM(G4:G{last})",
            f"=SUM(H4:H{last})",
        ]
    )
    _style_total(sheet, sheet.max_row, len(headers))
    _widths(sheet, [8, 24, 12, 12, 20, 11, 14, 14])
    book.save(path)


def write_minutes(path: Path) -> None:
    """'Minutos' (one column a match, competition as a group label above, DNP/Inj marks,
    total and average rows) and 'Resumen' (season totals, a sheet the importer should not pick)."""
    plan = sample_plan()
    history = plan.history
    matches = history[["date", "competition", "opponent"]].drop_duplicates().sort_values("date")
    book = Workbook()
    sheet = book.active
    sheet.title = "Minutos"
    width = 2 + len(matches)
    _title(sheet, f"{plan.club} - Minutes played 2025", width)
    sheet.append([None, None, *matches["competition"]])
    sheet.append(
        [
            "#",
            "Player",
            *(
                f"{d:%Y-%m-%d} v {o}"
                for d, o in zip(matches["date"], matches["opponent"], strict=True)
            ),
        ]
    )
    _style_header(sheet, 2, width)
    _style_header(sheet, 3, width)
    minutes = history.pivot_table(
        index="player_id", columns="date", values="minutes", aggfunc="sum"
    )
    for player in sorted(plan.players.values(), key=lambda p: p.number or 0):
        row: list[object] = [player.number, player.name]
        for day in matches["date"]:
            value = minutes.at[player.id, day] if player.id in minutes.index else None
            if value is not None and value == value:
                row.append(int(value))
            else:
                row.append("Inj" if player.status == "injured" else "DNP")
        sheet.append(row)
    last = sheet.max_row
    columns = [get_column_letter(c) for c in range(3, width + 1)]
    sheet.append(["", "Total", *(f"=SUM({c}5:{c}{last})" for c in columns)])
    _style_total(sheet, sheet.max_row, width)
    sheet.append(["", "Average", *(f"=ROUND(AVERAGE({c}5:{c}{last}),0)" for c in columns)])
    _style_total(sheet, sheet.max_row, width)
    _widths(sheet, [6, 22, *([22] * len(matches))])
    sheet.freeze_panes = "C5"

    summary = book.create_sheet("Resumen")
    _title(summary, "Season totals", 2)
    summary.append(["Jugador", "Minutos"])
    _style_header(summary, 2, 2)
    totals = history.groupby("player_id")["minutes"].sum()
    for pid, total in totals.sort_values(ascending=False).items():
        summary.append([plan.players[pid].name, int(total)])
    _widths(summary, [24, 10])
    book.save(path)


# the sample week's training days (matches Sun 6 and Wed 9 April): title, minutes, RPE
TRAINING_DAYS = (
    (date(2025, 4, 3), "MD-3 Táctico", 85, 7),
    (date(2025, 4, 4), "MD-2 Velocidad", 70, 6),
    (date(2025, 4, 5), "MD-1 Activación", 50, 4),
    (date(2025, 4, 7), "MD+1 Recuperación", 45, 3),
    (date(2025, 4, 8), "MD-1 Activación", 50, 4),
)
DRILLS = (("Warm up", 0.25), ("Rondo", 0.2), ("SSG 5v5", 0.35), ("Finishing", 0.2))


def _trained(seed: int) -> list[tuple[object, ...]]:
    """(day, title, player, minutes, rpe) for every fit player on every training day."""
    plan = sample_plan()
    rng = random.Random(seed)
    fit = [p for p in plan.players.values() if p.status.value == "available"]
    return [
        (day, title, player, minutes, max(0, min(10, rpe + rng.choice((-1, 0, 0, 1)))))
        for day, title, minutes, rpe in TRAINING_DAYS
        for player in fit
    ]


def write_rpe_log(path: Path) -> None:
    """'RPE' sheet: a session-RPE questionnaire as staff keep it, Spanish headers."""
    book = Workbook()
    sheet = book.active
    sheet.title = "RPE"
    _title(sheet, "Registro de RPE de sesión, semana del 3 al 8 de abril", 5, LOAD_NOTICE)
    sheet.append(["Fecha", "Jugador", "Sesión", "Duración (min)", "RPE (0-10)"])
    _style_header(sheet, 2, 5)
    for day, title, player, minutes, rpe in _trained(16):
        sheet.append([day, player.name, title, minutes, rpe])  # type: ignore[attr-defined]
        sheet.cell(sheet.max_row, 1).number_format = "dd/mm/yyyy"
    _widths(sheet, [12, 24, 22, 15, 11])
    book.save(path)


def write_gps_log(path: Path) -> None:
    """A Catapult-style export: one row per player per drill, h:mm:ss durations, metres."""
    rng = random.Random(17)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow([f"GPS export, sample week. {LOAD_NOTICE}"])
        out.writerow(
            ["Player Name", "Date", "Session Title", "Period Name", "Total Duration",
             "Total Distance", "HSR Distance", "Sprint Distance", "Accelerations",
             "Total Player Load"]
        )  # fmt: skip
        for day, title, player, minutes, rpe in _trained(16):
            for drill, share in DRILLS:
                seconds = round(minutes * share * 60)  # type: ignore[operator]
                intensity = rpe / 10 * rng.uniform(0.85, 1.15)  # type: ignore[operator]
                per_minute = 55 + 50 * intensity
                out.writerow(
                    [
                        player.name,  # type: ignore[attr-defined]
                        f"{day:%d/%m/%Y}",
                        title,
                        drill,
                        f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}",
                        round(per_minute * seconds / 60),
                        round(per_minute * seconds / 60 * 0.08 * intensity),
                        round(per_minute * seconds / 60 * 0.02 * intensity),
                        round(seconds / 60 * 0.6 * intensity),
                        round(seconds / 60 * 1.1 * intensity, 1),
                    ]
                )


def _title(sheet: Worksheet, text: str, width: int, notice: str = NOTICE) -> None:
    sheet.append([f"{text}. {notice}"])
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(width, 2))


def _style_header(sheet: Worksheet, row: int, width: int) -> None:
    for column in range(1, width + 1):
        cell = sheet.cell(row, column)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(horizontal="center", wrap_text=True)


def _style_total(sheet: Worksheet, row: int, width: int) -> None:
    for column in range(1, width + 1):
        sheet.cell(row, column).font = BOLD
        sheet.cell(row, column).fill = TOTAL_FILL


def _widths(sheet: Worksheet, widths: list[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


if __name__ == "__main__":
    write_squad(HERE / "squad.xlsx")
    write_minutes(HERE / "minutes-2025.xlsx")
    write_rpe_log(HERE / "rpe-week.xlsx")
    write_gps_log(HERE / "gps-week.csv")
    print("wrote squad.xlsx, minutes-2025.xlsx, rpe-week.xlsx and gps-week.csv in", HERE)
