"""Opening a dispatch in the review screen: time per open, beside a bare QPlainTextEdit showing the same text.

Usage::

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/review_open.py [--repeat 5]

The bundled sample dispatches are imported into a fresh database; each is then opened in the
review screen (text, highlights of every mention, proposal tree, link suggestions) and, as the
floor measured in the same run, shown in a plain QPlainTextEdit with nothing else.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="opens of each dispatch (default 5)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from partnertracker.gui.context import AppContext
    from partnertracker.gui.views.inbox import InboxView
    from partnertracker.resources import resource_path
    from partnertracker.services.importing import import_paths
    from partnertracker.store import open_store

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite"
        store = open_store(db)
        import_paths(store, sorted(resource_path("samples").glob("0*.txt")))
        inbox = InboxView(AppContext(db_path=db, store=store))
        inbox.resize(1200, 800)
        inbox.show()
        ids = [inbox.model.dispatch_id(row) for row in range(inbox.model.rowCount())]
        texts = [store.get_dispatch(i).text for i in ids]

        start = time.perf_counter()
        inbox.open_dispatch(ids[0])
        app.processEvents()
        first = time.perf_counter() - start  # language data and gazetteer loaded here

        review_times, floor_times = [], []
        plain = QPlainTextEdit()
        plain.resize(700, 800)
        plain.show()
        for _ in range(args.repeat):
            for dispatch_id, text in zip(ids, texts, strict=True):
                start = time.perf_counter()
                inbox.open_dispatch(dispatch_id)
                app.processEvents()
                review_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                plain.setPlainText(text)
                app.processEvents()
                floor_times.append(time.perf_counter() - start)
        store.close()

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:6.1f} ms, max {max(values) * 1000:6.1f} ms"

    print(f"dispatches: {len(ids)}, opens: {len(review_times)}")
    print(f"first open (loads language data): {first * 1000:.1f} ms")
    print(f"review screen open:  {ms(review_times)}")
    print(f"floor (plain text):  {ms(floor_times)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
