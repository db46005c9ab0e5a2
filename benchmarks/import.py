"""Import speed: a 50,000-row long minutes log (.xlsx) through planner.import_spreadsheet,
against pandas.read_excel(engine="openpyxl") of the same file in the same run.

Target: ours at least 3x faster than that baseline and at most 1.5 s.
Run: .venv/bin/python benchmarks/import.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from planner import import_spreadsheet, sample_plan

TARGET_RATIO = 3.0
TARGET_SECONDS = 1.5


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


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "minutes-log.xlsx"
        write_log(path, rows)
        began = time.perf_counter()
        result = import_spreadsheet(path)
        cold = time.perf_counter() - began  # first import in this process: caches empty
        assert len(result.appearances) == sum(1 for i in range(rows) if (i * 37) % 91), result
        warm = best_of(3, lambda: import_spreadsheet(path))
        baseline = best_of(1, lambda: pd.read_excel(path, engine="openpyxl", header=1))
    print(f"rows: {rows:,} ({len(result.appearances):,} appearances with minutes)")
    print(f"ours (import_spreadsheet), first run:   {cold:6.3f} s")
    print(f"ours (import_spreadsheet), best of 3:   {warm:6.3f} s")
    ours = cold
    print(f"baseline (pandas.read_excel, openpyxl): {baseline:6.3f} s")
    print(f"ratio (first run): {baseline / ours:.1f}x faster (target >= {TARGET_RATIO:.0f}x, "
          f"and <= {TARGET_SECONDS} s)")  # fmt: skip
    met = baseline / ours >= TARGET_RATIO and ours <= TARGET_SECONDS
    print("target met" if met else "TARGET MISSED")


if __name__ == "__main__":
    main()
