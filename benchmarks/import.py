"""Import speed: a 50,000-row long minutes log (.xlsx) through planner.import_spreadsheet,
against pandas.read_excel(engine="openpyxl") of the same file in the same run.

Target: ours at least 3x faster than that baseline and at most 1.5 s.
Also peak memory, and a 650,000-row .csv log (issue 14), past the 100,000-row limit: refused
with a message, in bounded time and memory, against pandas.read_csv of the same file.
Run: .venv/bin/python benchmarks/import.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from memory import peak_rss_mb
from openpyxl import Workbook

from planner import sample_plan
from planner.importing import SpreadsheetError, import_spreadsheet

TARGET_RATIO = 3.0
TARGET_SECONDS = 1.5
LONG_ROWS = 650_000


def write_log(path: Path, rows: int) -> None:
    """A long log as staff keep it: a title row, a header, one row per player and match."""
    names = [p.name for p in sample_plan().players.values()]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Log")
    sheet.append(["Minutes log (ILLUSTRATIVE, generated)"])
    sheet.append(["Player", "Date", "Min", "Competition", "Opponent"])
    start = date(2000, 1, 1)
    for i in range(rows):
        match, player = divmod(i, len(names))
        sheet.append(
            [
                names[player],
                start + timedelta(days=match),
                (i * 37) % 91,
                "MLS" if match % 3 else "CCC",
                f"Opponent {match % 29}",
            ]
        )
    book.save(path)


def long_log_figures(folder: Path) -> None:
    """Time and peak memory of importing a LONG_ROWS-row .csv log, against pandas.read_csv."""
    path = folder / "long-log.csv"
    start = date(1990, 1, 1)
    lines = ["Player,Date,Min"] + [
        f"Player {i % 26},{start + timedelta(days=i // 26)},{(i * 37) % 91}"
        for i in range(LONG_ROWS)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")

    def ours() -> str:
        try:
            import_spreadsheet(path)
        except SpreadsheetError as exc:
            return str(exc)
        return "imported"

    (seconds, _), outcome = best_of(1, ours), ours()
    peak = peak_rss_mb(ours)
    (base, _) = best_of(1, lambda: pd.read_csv(path))
    base_peak = peak_rss_mb(lambda: pd.read_csv(path))
    print(f"a {LONG_ROWS:,}-row .csv log: {outcome[:110]}")
    print(f"  ours     {seconds:6.3f} s  peak {peak:5.0f} MB")
    print(f"  baseline pandas.read_csv: {base:6.3f} s  peak {base_peak:5.0f} MB")
    print(f"  ratio ours / read_csv: {seconds / base:.2f} (time), {peak / base_peak:.2f} (memory)")


def best_of(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """(best wall-clock seconds, CPU seconds of that run) over runs calls of action."""
    best = (float("inf"), float("inf"))
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "minutes-log.xlsx"
        write_log(path, rows)
        first, _ = best_of(1, lambda: import_spreadsheet(path))  # caches empty
        result = import_spreadsheet(path)
        assert len(result.appearances) == sum(1 for i in range(rows) if (i * 37) % 91), result
        ours, ours_cpu = best_of(3, lambda: import_spreadsheet(path))
        base, base_cpu = best_of(2, lambda: pd.read_excel(path, engine="openpyxl", header=1))
        peak = peak_rss_mb(lambda: import_spreadsheet(path))
        base_peak = peak_rss_mb(lambda: pd.read_excel(path, engine="openpyxl", header=1))
        long_log_figures(Path(folder))
    print(f"rows: {rows:,} ({len(result.appearances):,} appearances with minutes)")
    print(
        f"ours     import_spreadsheet:                 {ours:6.3f} s best of 3 "
        f"(CPU {ours_cpu:.3f} s; first run {first:.3f} s)"
    )
    print(
        f"baseline pandas.read_excel(engine=openpyxl): {base:6.3f} s best of 2 "
        f"(CPU {base_cpu:.3f} s)"
    )
    ratio = base / ours
    print(
        f"ratio: ours is {ratio:.1f}x faster (CPU: {base_cpu / ours_cpu:.1f}x); "
        f"target >= {TARGET_RATIO:.0f}x and <= {TARGET_SECONDS} s"
    )
    print(f"peak memory: ours {peak:.0f} MB, baseline {base_peak:.0f} MB")
    met = ratio >= TARGET_RATIO and ours <= TARGET_SECONDS
    print("target met" if met else "TARGET MISSED")


if __name__ == "__main__":
    main()
