"""Excel export speed: 40 players x 12 fixtures (full XIs, benches, four changes each, a season
of past minutes), against a plain openpyxl write of the same cell values with no styling, no
tables, no merges and no print set-up, measured in the same run.

Target (issue 4): the export <= 1 s (median of repeated runs).
Also a plan with 650,000 past appearances (issue 14: it took 85 s and 1.8 GB): <= 5 s and
<= 500 MB peak, against pandas' to_csv of the same history in the same run.
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
from memory import peak_rss_mb

from planner import Fixture, Lineup, Plan, Player, Substitution
from planner.export import export_excel
from planner.export.context import ExportContext
from planner.export.workbook import build_workbook
from planner.formations import formation

TARGET_S = 1.0
RUNS = 5
LONG_HISTORY = 650_000
LONG_TARGET_S = 5.0
LONG_TARGET_MB = 500
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


def with_long_history(plan: Plan, rows: int = LONG_HISTORY) -> Plan:
    """plan with rows past appearances, one a day per player going back from its fixtures."""
    ids = list(plan.players)
    first = plan.fixtures[0].kickoff.date()
    days = pd.to_datetime(
        [first - timedelta(days=1 + i // len(ids)) for i in range(rows)]
    ).sort_values()
    plan.set_history(
        pd.DataFrame(
            {
                "date": days,
                "player_id": [ids[i % len(ids)] for i in range(rows)],
                "minutes": [(i * 37) % 91 for i in range(rows)],
                "competition": "MLS",
                "opponent": "X",
            }
        )
    )
    return plan


def long_history_figures(folder: Path) -> None:
    """Export time and peak memory of a plan with LONG_HISTORY past appearances."""
    plan = with_long_history(squad_plan())
    out = Path(folder) / "long.xlsx"
    start = time.perf_counter()
    export_excel(plan, out)
    seconds = time.perf_counter() - start
    peak = peak_rss_mb(lambda: export_excel(plan, out))
    start = time.perf_counter()
    plan.history.to_csv(Path(folder) / "history.csv")
    baseline = time.perf_counter() - start
    base_peak = peak_rss_mb(lambda: plan.history.to_csv(Path(folder) / "history.csv"))
    print(f"export with {LONG_HISTORY:,} past appearances:")
    print(f"  export_excel          {seconds:7.2f} s   peak {peak:6.0f} MB")
    print(f"  pandas to_csv (base)  {baseline:7.2f} s   peak {base_peak:6.0f} MB")
    print(f"  ratio export / to_csv {seconds / baseline:7.2f}")
    met = seconds <= LONG_TARGET_S and peak <= LONG_TARGET_MB
    print(
        f"  {'OK' if met else 'MISSED'} (target <= {LONG_TARGET_S:.0f} s and "
        f"<= {LONG_TARGET_MB} MB)"
    )


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
        peak = peak_rss_mb(lambda: export_excel(plan, out))
        base_peak = peak_rss_mb(lambda: plain_write(values, Path(folder) / "plain.xlsx"))
        long_history_figures(Path(folder))
    print(f"export 40 players x 12 fixtures: {len(values)} sheets, {cells} cells with a value")
    print(f"  export_excel          {export * 1000:7.0f} ms  (target <= {TARGET_S * 1000:.0f} ms)")
    print(f"    fatigue + validate  {model * 1000:7.0f} ms")
    print(f"    build sheets        {(build - model) * 1000:7.0f} ms")
    print(f"    save (zip + XML)    {(export - build) * 1000:7.0f} ms")
    print(f"  plain openpyxl write  {baseline * 1000:7.0f} ms  (same values, no styling)")
    print(f"  peak memory           {peak:7.0f} MB  (plain write {base_peak:.0f} MB)")
    print(f"  ratio export / plain  {export / baseline:7.2f}")
    print("  OK" if export <= TARGET_S else "  SLOWER THAN TARGET")


if __name__ == "__main__":
    main()
