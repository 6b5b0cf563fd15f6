"""GUI start-up against a bare Qt window in the same run: process start to main window shown and idle, peak RSS.

    uv run python benchmarks/gui_startup.py                  # builds /tmp/partnertracker-gui-bench.sqlite once
    uv run python benchmarks/gui_startup.py --db big.sqlite  # a database from generate_db.py
    uv run python benchmarks/gui_startup.py --quick          # a small database, for a smoke run

Each measurement is a fresh process (imports, QApplication, database, window), timed from just
before the process is started to the first zero-timer after show(), which fires once the events
queued by showing the window (layout, the dashboard's queries, the first paint) are done. The
floor is the same measurement of a bare QApplication with an empty QMainWindow.
Targets (issue 4): shown within 0.5 s of the bare window; peak RSS under 200 MB.
Runs offscreen unless a display is set (then on that display, e.g. under xvfb-run).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DB = Path(tempfile.gettempdir()) / "partnertracker-gui-bench.sqlite"
QUICK_SIZES = {"organisations": 500, "people": 1000, "dispatches": 2000, "visits": 5000,
               "invitations": 1500, "agreements": 300, "follow_ups": 1000}


# -- the measured child processes -----------------------------------------------------------


def _finish_when_idle(app, started: float, dashboard=None) -> None:
    import resource

    from PySide6.QtCore import QTimer

    figures: dict[str, float] = {}
    if dashboard is not None:
        # The dashboard's figures come from a worker thread: when they are on screen is its own figure.
        dashboard.refreshed.connect(lambda: figures.setdefault("filled_s", time.time() - started))

    def done() -> None:
        shown = time.time() - started
        figures.setdefault("shown_s", shown)
        if dashboard is not None and "filled_s" not in figures:
            QTimer.singleShot(5, done)
            return
        usage = resource.getrusage(resource.RUSAGE_SELF)
        # CPU seconds are less disturbed than wall time when other work shares the machine.
        print(json.dumps({"shown_s": figures.get("shown_s", shown), **figures,
                          "cpu_s": usage.ru_utime + usage.ru_stime,
                          "peak_rss_mb": usage.ru_maxrss / 1024}), flush=True)  # ru_maxrss: KB on Linux
        app.quit()

    QTimer.singleShot(0, done)


def child_bare(started: float) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 760)
    window.show()
    _finish_when_idle(app, started)
    return app.exec()


def child_app(started: float, db: str) -> int:
    # The path `partnertracker --db X` takes: the command line is parsed first.
    from partnertracker.cli import build_parser

    build_parser().parse_args(["--db", db])
    from partnertracker.gui.app import make_application, start

    app = make_application(sys.argv[:1])
    window = start(app, db)
    if isinstance(window, int):
        print(json.dumps({"error": f"start() returned {window}"}), flush=True)
        return window
    _finish_when_idle(app, started, window.view("dashboard"))
    code = app.exec()
    window.ctx.store.close()
    return code


# -- the parent: builds the database, runs the children, prints the figures -----------------


def _measure(kind: str, db: Path, config_home: Path) -> dict:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config_home)  # no remembered window geometry from the user's settings
    # Compiled bytecode, as an installed app has (the warm-up run writes it, outside the checkout).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(config_home / "pycache")
    started = time.time()
    completed = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--started", repr(started), "--db", str(db)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    for line in completed.stdout.splitlines():
        if line.startswith("{"):
            result = json.loads(line)
            if "error" in result:
                raise SystemExit(f"{kind}: {result['error']}")
            return result
    raise SystemExit(f"{kind} start-up printed no figures:\n{completed.stdout}\n{completed.stderr}")


def _prepare_database(db: Path, quick: bool) -> None:
    sys.path.insert(0, str(HERE))
    from generate_db import DEFAULT_SIZES, generate

    from partnertracker.services import setup
    from partnertracker.store import open_store

    if not db.exists():
        sizes = QUICK_SIZES if quick else DEFAULT_SIZES
        print(f"building {db} ({', '.join(f'{v:,} {k}' for k, v in sizes.items())}) ...", flush=True)
        with open_store(db) as store:
            generate(store, sizes, report=False)
    # The first-run dialog would wait for a person: the database gets its home organisation.
    with open_store(db) as store:
        if store.settings_get(setup.HOME_ORGANISATION_ID) is None:
            setup.set_home_organisation(store, existing_id=1)
            setup.set_officer_name(store, "Benchmark Officer")
        counts = {
            "visits": store.list_visits(limit=0).total,
            "partners": store.list_organisations(limit=0).total,
            "dispatches": store.list_dispatches(limit=0).total,
        }
    print(f"database: {db} ({db.stat().st_size / 1e6:,.0f} MB; "
          + ", ".join(f"{v:,} {k}" for k, v in counts.items()) + ")")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None, help=f"database (default {DEFAULT_DB})")
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each kind (default 7)")
    parser.add_argument("--quick", action="store_true", help="a small database, 3 runs")
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child == "bare":
        return child_bare(args.started)
    if args.child == "app":
        return child_app(args.started, str(args.db))

    db = args.db or (DEFAULT_DB.with_name("partnertracker-gui-bench-quick.sqlite") if args.quick else DEFAULT_DB)
    runs = 3 if args.quick and args.runs == 7 else args.runs
    _prepare_database(db, args.quick)
    results: dict[str, list[dict]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as config_home:
        _measure("app", db, Path(config_home))  # warm the page cache and .pyc files; not counted
        for _ in range(runs):
            # Alternate, so that a slow moment of the machine falls on both.
            for kind in ("bare", "app"):
                results[kind].append(_measure(kind, db, Path(config_home)))

    def median(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in results[kind])

    def best(kind: str) -> float:
        return min(r["shown_s"] for r in results[kind])

    bare_s, app_s = median("bare", "shown_s"), median("app", "shown_s")
    bare_mb, app_mb = median("bare", "peak_rss_mb"), median("app", "peak_rss_mb")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM') or ('xcb' if os.environ.get('DISPLAY') else 'offscreen')}, "
          f"{runs} runs each, {os.cpu_count()} CPUs, load average {load:.1f} (other work slows both alike)")
    print(f"{'':<34}{'shown and idle: median':>24}{'best':>9}{'CPU':>9}{'peak RSS':>11}")
    for label, kind, seconds, mb in (
        ("bare QApplication + QMainWindow", "bare", bare_s, bare_mb),
        ("partnertracker main window", "app", app_s, app_mb),
    ):
        print(f"{label:<34}{seconds * 1000:>21.0f} ms{best(kind) * 1000:>6.0f} ms"
              f"{median(kind, 'cpu_s') * 1000:>6.0f} ms{mb:>8.0f} MB")
    print(f"{'dashboard figures on screen':<34}{median('app', 'filled_s') * 1000:>21.0f} ms"
          "  (queried on a worker; the window answers meanwhile)")
    extra = app_s - bare_s
    cpu_extra = median("app", "cpu_s") - median("bare", "cpu_s")
    print(f"partnertracker - bare: {extra * 1000:+.0f} ms median, {cpu_extra * 1000:+.0f} ms CPU, "
          f"{(best('app') - best('bare')) * 1000:+.0f} ms best (target < +500 ms: "
          f"{'met' if extra < 0.5 else 'NOT met'}); peak RSS {app_mb:.0f} MB (target < 200 MB: "
          f"{'met' if app_mb < 200 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
