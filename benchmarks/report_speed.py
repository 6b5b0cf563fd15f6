"""How long the activity report for a full year takes in each format, and how much memory, on a big database.

    uv run python benchmarks/report_speed.py [--db FILE] [--year 2024] [--runs 1]

The database is made with generate_db.py's defaults (100,000 visits, 30,000 invitations) on first
use. Each format runs in a fresh process (so its peak memory is its own): open the store, build the
report, write the file. The floor, measured in the same run, is a bare process that selects the
year's visits and invitations with sqlite3 and writes them with the csv module.
Targets: every format under 5 s, peak memory under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DB = Path(tempfile.gettempdir()) / "partnertracker-bench.sqlite"
TIME_TARGET_S = 5.0
MEMORY_TARGET_MB = 300.0


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child_floor(db: Path, year: int, out: Path) -> dict[str, float]:
    import csv
    import sqlite3

    started = time.perf_counter()
    conn = sqlite3.connect(db)
    with open(out, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        for sql in (
            "SELECT uuid, date, direction, city, country, summary FROM visits "
            "WHERE date >= ? AND date < ? AND direction IN ('incoming', 'outgoing') ORDER BY date",
            "SELECT uuid, issued_on, direction, description, status, reply_by FROM invitations "
            "WHERE issued_on >= ? AND issued_on < ? AND direction IN ('issued', 'received') ORDER BY issued_on",
        ):
            writer.writerows(conn.execute(sql, (str(year), str(year + 1))))
    conn.close()
    return {"build": 0.0, "write": time.perf_counter() - started}


def child_format(db: Path, year: int, format_name: str, out: Path) -> dict[str, float]:
    from partnertracker.reports import build_report, write_report
    from partnertracker.store import open_store

    started = time.perf_counter()
    with open_store(db) as store:
        report = build_report(store, "activity", date_from=f"{year}-01-01", date_to=f"{year}-12-31")
    built = time.perf_counter()
    write_report(report, format_name, out)
    rows = sum(len(section.rows) for section in report.sections)
    return {"build": built - started, "write": time.perf_counter() - built, "rows": rows}


def run_child(db: Path, year: int, what: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"activity.{what}"
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, __file__, "--db", str(db), "--year", str(year), "--child", what, "--out", str(out)],
            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        wall = time.perf_counter() - started
        if result.returncode != 0:
            raise SystemExit(f"{what} failed:\n{result.stderr}")
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        figures["wall"] = wall
        figures["size_mb"] = out.stat().st_size / 1e6
        return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--runs", type=int, default=1, help="runs per format (the best is kept)")
    parser.add_argument("--formats", help="comma-separated formats to measure (default: all)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        if args.child == "floor":
            figures = child_floor(args.db, args.year, args.out)
        else:
            figures = child_format(args.db, args.year, args.child, args.out)
        figures["peak_mb"] = _peak_mb()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        figures["cpu"] = usage.ru_utime + usage.ru_stime
        print(json.dumps(figures))
        return 0

    if not args.db.exists():
        print(f"building {args.db} with generate_db.py (about a minute)...", flush=True)
        subprocess.run([sys.executable, str(Path(__file__).with_name("generate_db.py")), str(args.db)], check=True)

    from partnertracker.reports import FORMATS

    print(f"Activity report for {args.year} on {args.db} ({args.db.stat().st_size / 1e6:.0f} MB), "
          f"best of {args.runs} run(s), each format in a fresh process\n")
    print("| format | records | build s | write s | process wall s | process CPU s | peak MB | file MB | within target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    failures = 0
    chosen = args.formats.split(",") if args.formats else list(FORMATS)
    for what in ["floor", *chosen]:
        runs = [run_child(args.db, args.year, what) for _ in range(args.runs)]
        best = min(runs, key=lambda r: r["wall"])
        ok = best["wall"] < TIME_TARGET_S and best["peak_mb"] < MEMORY_TARGET_MB
        failures += 0 if ok or what == "floor" else 1
        label = "floor (sqlite3 + csv)" if what == "floor" else what
        print(f"| {label} | {int(best.get('rows', 0)) or ''} | {best['build']:.2f} | {best['write']:.2f} | "
              f"{best['wall']:.2f} | {best['cpu']:.2f} | {best['peak_mb']:.0f} | {best['size_mb']:.1f} | "
              f"{'' if what == 'floor' else 'yes' if ok else 'NO'} |", flush=True)
    print(f"\nTargets: under {TIME_TARGET_S:.0f} s of wall time per format (whole process: start, build, write), "
          f"peak memory under {MEMORY_TARGET_MB:.0f} MB.")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Load average during the run: {load:.1f} on {os.cpu_count()} cores.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
