"""How fast the visits view sorts and filters a large database, beside bare sqlite3 in the same run.

    uv run python benchmarks/generate_db.py /tmp/big.sqlite        # 100,000 visits, 10,000 partners
    uv run python benchmarks/gui_views_speed.py /tmp/big.sqlite

For each action the view offers (sort by a column, type a filter, choose a direction), it times the
table model doing it (the store's count and first page, the model reset, the first rows' texts
as the view would paint them), then runs the very SQL the store ran, captured from the
connection, on a bare sqlite3 connection: the floor. The target is under 100 ms per action.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from partnertracker.gui.models import OrganisationsModel, PagedTableModel, VisitsModel  # noqa: E402
from partnertracker.store import open_store  # noqa: E402

TARGET_MS = 100.0
VISIBLE_ROWS = 40  # what a window shows at once: the texts painted after a sort or a filter


def best_of(repeats: int, action: Callable[[], object]) -> float:
    """Median milliseconds of `repeats` runs (the first run warms the page cache and is dropped)."""
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="a database from benchmarks/generate_db.py")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} does not exist; make it with benchmarks/generate_db.py {args.db}", file=sys.stderr)
        return 1
    QCoreApplication.instance() or QCoreApplication([])
    store = open_store(args.db)
    bare = sqlite3.connect(args.db)
    model = VisitsModel(store)
    print(f"visits view over {model.total:,} visits (page of {model.page_size} rows)")
    print(f"{'action':<34}{'view ms':>9}{'floor ms':>10}{'overhead':>10}  target < {TARGET_MS:.0f} ms")

    captured: list[str] = []
    store.conn.set_trace_callback(captured.append)

    shown: list[PagedTableModel] = [model]  # the model being measured

    def paint() -> None:
        current = shown[0]
        for row in range(min(VISIBLE_ROWS, current.rowCount())):
            for column in range(current.columnCount()):
                current.data(current.index(row, column), Qt.ItemDataRole.DisplayRole)

    def measure(name: str, prepare: Callable[[], object], act: Callable[[], object]) -> bool:
        def action() -> None:
            prepare()
            act()
            paint()

        captured.clear()
        action()
        statements = [s for s in captured if s.lstrip().upper().startswith("SELECT")]
        view_ms = best_of(args.repeats, action)

        def floor() -> None:
            for statement in statements:
                bare.execute(statement).fetchall()

        floor_ms = best_of(args.repeats, floor)
        ok = view_ms < TARGET_MS
        print(f"{name:<34}{view_ms:>9.1f}{floor_ms:>10.1f}{view_ms - floor_ms:>+10.1f}  {'ok' if ok else 'SLOW'}")
        return ok

    def reset() -> None:
        # Back to the view's opening state without timing it.
        model.filter_text, model.direction = "", None
        model.order_by, model.descending = "", False

    results = []
    for column in model.columns:
        if column.sort_key is None:
            continue
        number = model.column_of(column.key)
        for order, word in ((Qt.SortOrder.AscendingOrder, "asc"), (Qt.SortOrder.DescendingOrder, "desc")):
            results.append(measure(f"sort by {column.key} {word}", reset,
                                   lambda n=number, o=order: model.sort(n, o)))

    def reset_filters() -> None:
        model.filter_text, model.direction = "", None
        model.order_by, model.descending = "date", True

    for text in ("Rabat", "coop", "zzzz-nothing"):
        results.append(measure(f"filter {text!r}", reset_filters, lambda t=text: model.set_filter_text(t)))
    for direction in ("incoming", "outgoing"):
        results.append(measure(f"direction {direction}", reset_filters,
                               lambda d=direction: model.set_direction(d)))

    def scroll() -> None:
        model.refresh(keep_fetched=False)
        for _ in range(4):
            model.fetchMore()

    results.append(measure("scroll 5 pages (1,000 rows)", reset_filters, scroll))

    # The partners list (10,000 partners): not a target of the issue, measured the same way.
    partners = OrganisationsModel(store)
    shown[0] = partners
    print(f"\npartners view over {partners.total:,} partners")

    def reset_partners() -> None:
        partners.filter_text, partners.order_by, partners.descending = "", "", False

    partner_results = []
    for column in partners.columns:
        number = partners.column_of(column.key)
        for order, word in ((Qt.SortOrder.AscendingOrder, "asc"), (Qt.SortOrder.DescendingOrder, "desc")):
            partner_results.append(measure(f"sort by {column.key} {word}", reset_partners,
                                           lambda n=number, o=order: partners.sort(n, o)))

    def reset_partner_filter() -> None:
        partners.filter_text, partners.order_by, partners.descending = "", "name", False

    for text in ("rab", "univ"):
        partner_results.append(measure(f"filter {text!r}", reset_partner_filter,
                                       lambda t=text: partners.set_filter_text(t)))
    store.close()
    bare.close()
    slow = results.count(False)
    print(f"visits: {len(results) - slow} of {len(results)} actions under {TARGET_MS:.0f} ms; "
          f"partners: {partner_results.count(True)} of {len(partner_results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
