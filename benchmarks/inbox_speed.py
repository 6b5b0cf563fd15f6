"""How fast the Inbox opens and scrolls to its end with many dispatches waiting, beside bare sqlite3.

    uv run python benchmarks/inbox_speed.py /tmp/inbox.sqlite                 # builds 20,000 on first use
    uv run python benchmarks/inbox_speed.py /tmp/inbox.sqlite --dispatches 5000 --force

The database holds only new dispatches (state `new`), each with a real extraction proposal
(those of the bundled samples, in turn) and invented wire copy from generate_db.py; one in ten
has no title, so the Inbox shows its first words instead.

Two actions of the Inbox's table model (gui/views/inbox.py `InboxModel`) are timed:
- open: the model is made (count and first page) and the 40 rows a window shows are painted;
- scroll to the end: every page is fetched as the view reaches the bottom, and the 40 rows that
  come into view after each page are painted.
The floor is the very SQL the model ran for that action, captured from the connection and re-run
on a bare sqlite3 connection in the same run. Target: under 100 ms to open.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_db import Writer  # noqa: E402
from gui_views_speed import best_of  # noqa: E402  (median of timed runs, the first dropped)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from partnertracker.domain import Dispatch, DispatchState  # noqa: E402
from partnertracker.extraction import extract, read_dispatch  # noqa: E402
from partnertracker.gui.views.inbox import InboxModel  # noqa: E402
from partnertracker.resources import resource_path  # noqa: E402
from partnertracker.store import open_store  # noqa: E402

VISIBLE_ROWS = 40
TARGET_MS = 100.0


def build(db: Path, count: int) -> None:
    """Fill `db` with `count` new dispatches, each with a sample's proposal."""
    samples = sorted(resource_path("samples").glob("*.txt"))
    proposals = [extract(read_dispatch(path)) for path in samples]
    writer = Writer(seed=3, words_per_dispatch=250)

    def dispatches():
        for n in range(count):
            made = writer.dispatch(n)
            text = made.text
            yield Dispatch(
                text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                title=None if n % 10 == 0 else made.title, agency=made.agency,
                dateline_place=made.dateline_place, published_on=made.published_on, language=made.language,
                source=made.source, state=DispatchState.NEW, proposal=proposals[n % len(proposals)],
            )

    started = time.perf_counter()
    with open_store(db) as store:
        store.add_many(dispatches())
    print(f"built {db}: {count:,} new dispatches in {time.perf_counter() - started:.0f} s", flush=True)


def paint(model: InboxModel, first: int, count: int = VISIBLE_ROWS) -> None:
    """What a view asks of the rows it shows: each cell's text, tooltip and alignment."""
    for row in range(first, min(first + count, model.rowCount())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            model.data(index, Qt.ItemDataRole.DisplayRole)
            model.data(index, Qt.ItemDataRole.ToolTipRole)
            model.data(index, Qt.ItemDataRole.TextAlignmentRole)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="database of new dispatches (built on first use)")
    parser.add_argument("--dispatches", type=int, default=20_000, help="how many to build (default 20,000)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--force", action="store_true", help="rebuild the database")
    args = parser.parse_args(argv)
    if args.force or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        build(args.db, args.dispatches)

    QApplication.instance() or QApplication([])
    store = open_store(args.db)
    bare = sqlite3.connect(args.db)
    captured: list[str] = []
    store.conn.set_trace_callback(captured.append)
    made: list[InboxModel] = []

    def open_inbox() -> None:
        made[:] = [InboxModel(store)]
        paint(made[0], 0)

    def scroll_to_end() -> None:
        model = InboxModel(store)
        while model.canFetchMore():
            end = model.rowCount()
            model.fetchMore()
            paint(model, end)
        made[:] = [model]

    total = InboxModel(store).total
    print(f"Inbox over {total:,} new dispatches")
    print(f"{'action':<28}{'model ms':>10}{'floor ms':>10}{'queries':>9}  target < {TARGET_MS:.0f} ms to open")
    for name, action in (("open (first page, 40 rows)", open_inbox), ("scroll to the end", scroll_to_end)):
        captured.clear()
        action()
        statements = [s for s in captured if s.lstrip().upper().startswith(("SELECT", "WITH"))]
        rows = made[0].rowCount()
        model_ms = best_of(args.repeats, action)

        def floor(statements: list[str] = statements) -> None:
            for statement in statements:
                bare.execute(statement).fetchall()

        floor_ms = best_of(args.repeats, floor)
        print(f"{name:<28}{model_ms:>10.1f}{floor_ms:>10.1f}{len(statements):>9}  ({rows:,} rows)")
    store.close()
    bare.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
