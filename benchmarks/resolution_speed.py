"""Extraction against a large database: what resolving to the records on file adds per dispatch.

    uv run python benchmarks/resolution_speed.py [--organisations 10000] [--count 200]

Builds a database of N organisations (with aliases) and 2N people through benchmarks/generate_db.py,
reads what it knows as an import does (services.known), then extracts the same generated 300-word
dispatches with and without those records. The floor, in the same run, is extraction without them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_speed  # noqa: E402
import generate_db  # noqa: E402

from partnertracker.extraction import extract  # noqa: E402
from partnertracker.services.known import snapshot  # noqa: E402
from partnertracker.store import open_store  # noqa: E402


def per_dispatch(texts: list[str], **kwargs) -> float:  # noqa: ANN003
    extract(texts[0], **kwargs)  # the first dispatch builds the lookups: that is the import's start
    start = time.process_time()
    for text in texts:
        extract(text, **kwargs)
    return (time.process_time() - start) / len(texts) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=10_000)
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "known.sqlite"
        empty = ["--dispatches", "0", "--visits", "0", "--invitations", "0", "--agreements", "0", "--follow-ups", "0"]
        generate_db.main([str(db), "--organisations", str(args.organisations), "--people", str(2 * args.organisations), *empty])
        store = open_store(db)
        started = time.process_time()
        known = snapshot(store).known
        known.index()
        built = time.process_time() - started
        texts = extraction_speed.dispatches(args.count)
        floor = per_dispatch(texts)
        with_known = per_dispatch(texts, known=known)
        store.close()
    print(f"records on file: {len(known.organisations):,} organisations, {len(known.people):,} people "
          f"(read and indexed once in {built:.2f} s CPU)")
    print(f"extraction, nothing on file    {floor:7.2f} ms a dispatch   (floor)")
    print(f"extraction, resolving to them  {with_known:7.2f} ms a dispatch   ({with_known / floor:.2f}x the floor)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
