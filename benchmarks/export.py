"""Excel export speed: 40 players x 12 fixtures (full XIs, benches, four changes each, a season
of past minutes), against a plain openpyxl write of the same cell values with no styling, no
tables, no merges and no print set-up, measured in the same run.

Target (issue 4): the export <= 1 s (median of repeated runs).
Run: .venv/bin/python benchmarks/export.py
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pandas as pd

from planner import Fixture, Lineup, Plan, Player, Substitution, export_excel
from planner.export.context import ExportContext
from planner.export.workbook import build_workbook
from planner.formations import formation

TARGET_S = 1.0
RUNS = 5
FIELD = ["RB", "CB", "CB", "LB", "DM", "CM", "CM", "AM", "RW", "LW", "ST"]


def squad_plan(players: int = 40, fixtures: int = 12, seed: int = 4) -> Plan:
    """A squad of `players` (3 keepers), `fixtures` 3-4 days apart, and 40 past matches."""
    rng = random.Random(seed)
    plan = Plan(club="Benchmark FC")
    for i in range(players):
        position = "GK" if i < 3 else FIELD[i % len(FIELD)]
        plan.add_player(Player(f"p{i}", f"Player Number{i}", number=i + 1, positions=(position,)))
    ids = list(plan.players)
    first = datetime(2025, 4, 6, 19)
    rows = [
        (
            (first - timedelta(days=4 * m + 3)).date(),
            pid,
            rng.choice([90, 90, 75, 60, 30]),
            "MLS",
            "X",
        )
        for m in range(40)
        for pid in [ids[0], *rng.sample(ids[3:], 14)]
    ]
    plan.set_history(
        pd.DataFrame(rows, columns=["date", "player_id", "minutes", "competition", "opponent"])
    )
    slots = formation("4-3-3").slot_names
    for j in range(fixtures):
        keeper = ids[j % 3]
        field = rng.sample(ids[3:], 10 + 9)
        xi, bench = field[:10], [ids[(j + 1) % 3], *field[10:18]]
        subs = [Substitution(60 + 5 * k, xi[-1 - k], bench[1 + k]) for k in range(4)]
        lineup = Lineup("4-3-3", dict(zip(slots, [keeper, *xi], strict=True)), bench, subs)
        kickoff = first + timedelta(days=3 * j + j // 2)
        plan.add_fixture(Fixture(f"f{j}", kickoff, f"Opponent {j}", "MLS", "Stadium"), lineup)
    return plan


def plain_write(values: dict[str, list[tuple[int, int, object]]], path: Path) -> None:
    """The baseline: the same cells, values only."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, cells in values.items():
        ws = book.create_sheet(title)
        for row, column, value in cells:
            ws.cell(row=row, column=column, value=value)
    book.save(path)


def median_seconds(run: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    plan = squad_plan()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "export.xlsx"
        export_excel(plan, out)  # warm-up: imports, caches
        values = {
            ws.title: [
                (c.row, c.column, c.value)
                for row in ws.iter_rows()
                for c in row
                if c.value is not None
            ]
            for ws in openpyxl.load_workbook(out).worksheets
        }
        cells = sum(len(v) for v in values.values())
        export = median_seconds(lambda: export_excel(plan, out))
        baseline = median_seconds(lambda: plain_write(values, Path(folder) / "plain.xlsx"))
        model = median_seconds(lambda: ExportContext.of(plan))
        build = median_seconds(lambda: build_workbook(plan))
    print(f"export 40 players x 12 fixtures: {len(values)} sheets, {cells} cells with a value")
    print(f"  export_excel          {export * 1000:7.0f} ms  (target <= {TARGET_S * 1000:.0f} ms)")
    print(f"    fatigue + validate  {model * 1000:7.0f} ms")
    print(f"    build sheets        {(build - model) * 1000:7.0f} ms")
    print(f"    save (zip + XML)    {(export - build) * 1000:7.0f} ms")
    print(f"  plain openpyxl write  {baseline * 1000:7.0f} ms  (same values, no styling)")
    print(f"  ratio export / plain  {export / baseline:7.2f}")
    print("  OK" if export <= TARGET_S else "  SLOWER THAN TARGET")


if __name__ == "__main__":
    main()
