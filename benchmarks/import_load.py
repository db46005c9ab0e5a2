"""Load-log import speed (issue 16): a 200,000-row drill-level GPS export, as .csv and as .xlsx,
through planner.import_spreadsheet (read, parse, drills summed into sessions), against
pandas + openpyxl doing the same on the same file in the same run (read_excel with openpyxl,
or read_csv, then the groupby sum).

Targets: ours <= 3 s on each file, and >= 3x faster than the pandas + openpyxl baseline on the
.xlsx (pandas' C CSV reader is the .csv baseline: figures printed, no ratio target).
Run: .venv/bin/python benchmarks/import_load.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from planner import sample_plan
from planner.importing import import_spreadsheet

TARGET_SECONDS = 3.0
TARGET_RATIO = 3.0
HEADER = [
    "Player Name", "Date", "Session Title", "Period Name", "Total Duration",
    "Total Distance", "HSR Distance", "Sprint Distance", "Accelerations", "Total Player Load",
]  # fmt: skip
DRILLS = ("Warm up", "Rondo", "Possession", "SSG 4v4", "Finishing", "Cool down")


def gps_rows(rows: int) -> list[list[object]]:
    """A drill-level export: every player, every day, six drills (ILLUSTRATIVE, generated)."""
    names = [p.name for p in sample_plan().players.values()]
    start = date(2015, 1, 1)
    out: list[list[object]] = []
    for i in range(rows):
        session, drill = divmod(i, len(DRILLS))
        day, player = divmod(session, len(names))
        minutes = 5 + (i * 7) % 20
        out.append(
            [
                names[player],
                (start + timedelta(days=day)).isoformat(),
                "MD-2 tactical",
                DRILLS[drill],
                f"0:{minutes:02d}:{(i * 13) % 60:02d}",
                400 + (i * 37) % 900,
                (i * 11) % 120,
                (i * 5) % 40,
                (i * 3) % 12,
                round(40 + (i * 0.37) % 60, 1),
            ]
        )
    return out


def write_files(folder: Path, rows: list[list[object]]) -> tuple[Path, Path]:
    csv_path, xlsx_path = folder / "gps.csv", folder / "gps.xlsx"
    frame = pd.DataFrame(rows, columns=HEADER)
    frame.to_csv(csv_path, index=False)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Export")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(xlsx_path)
    return csv_path, xlsx_path


def baseline(frame: pd.DataFrame) -> pd.DataFrame:
    """What ours does after reading, in pandas: durations to minutes, drills summed."""
    frame["minutes"] = pd.to_timedelta(frame["Total Duration"]).dt.total_seconds() / 60
    keys = ["Player Name", "Date", "Session Title"]
    measures = ["minutes", *HEADER[5:]]
    return frame.groupby(keys, sort=False)[measures].sum()


def best_of(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of runs calls (the CPU time says what a busy
    shared machine adds by waiting)."""
    wall = cpu = float("inf")
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def verdict(met: bool) -> str:
    return "PASS" if met else "MISS"


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rows = gps_rows(count)
    with tempfile.TemporaryDirectory() as folder:
        csv_path, xlsx_path = write_files(Path(folder), rows)
        result = import_spreadsheet(csv_path)
        sessions = len(result.sessions)
        assert sessions == -(-count // len(DRILLS)), sessions
        assert len(baseline(pd.read_csv(csv_path))) == sessions
        pd.testing.assert_frame_equal(import_spreadsheet(xlsx_path).sessions, result.sessions)
        ours_csv, cpu_csv = best_of(2, lambda: import_spreadsheet(csv_path))
        base_csv, _ = best_of(2, lambda: baseline(pd.read_csv(csv_path)))
        ours_xlsx, cpu_xlsx = best_of(2, lambda: import_spreadsheet(xlsx_path))
        base_xlsx, _ = best_of(1, lambda: baseline(pd.read_excel(xlsx_path, engine="openpyxl")))
    print(f"rows: {count:,} drill rows -> {sessions:,} sessions")
    print(
        f".csv   ours {ours_csv:6.2f} s (cpu {cpu_csv:5.2f} s; target <= {TARGET_SECONDS:.0f} s: "
        f"{verdict(ours_csv <= TARGET_SECONDS)})   pandas.read_csv + groupby {base_csv:6.2f} s"
        f"   ratio {base_csv / ours_csv:.2f}x"
    )
    print(
        f".xlsx  ours {ours_xlsx:6.2f} s (cpu {cpu_xlsx:5.2f} s; target <= {TARGET_SECONDS:.0f} s: "
        f"{verdict(ours_xlsx <= TARGET_SECONDS)})   pandas.read_excel(openpyxl) + groupby "
        f"{base_xlsx:6.2f} s   ratio {base_xlsx / ours_xlsx:.2f}x (target >= {TARGET_RATIO:.0f}x: "
        f"{verdict(base_xlsx / ours_xlsx >= TARGET_RATIO)})"
    )
    met = (
        ours_csv <= TARGET_SECONDS
        and ours_xlsx <= TARGET_SECONDS
        and base_xlsx / ours_xlsx >= TARGET_RATIO
    )
    print(f"all targets: {verdict(met)}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
