"""Store speed against bare sqlite3 in the same run: bulk insert rate, and search latency over the dispatches.

    uv run python benchmarks/store_speed.py                      # builds /tmp/partnertracker-bench.sqlite once
    uv run python benchmarks/store_speed.py --db big.sqlite      # a database from generate_db.py
    uv run python benchmarks/store_speed.py --quick              # small sizes, for a smoke run

Insert: the same records go in through `Store.add_many` (dataclasses in, ids, uuids, timestamps,
search index) and through bare `executemany` of the finished rows into the same schema (the
table rows and the search-index rows the store writes). Target: store >= 0.3x bare.

Search: `Store.search(q, limit=50)` (ranked by bm25, with snippets) against the bare FTS5 query
under it (`MATCH ... ORDER BY rank LIMIT 50`, rowids only). Targets: median < 20 ms,
95th percentile < 100 ms, for one- and two-word queries.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_db import DEFAULT_SIZES, ENGLISH, FRENCH, Writer, generate  # noqa: E402

from partnertracker.store import open_store  # noqa: E402
from partnertracker.store.connection import now_utc  # noqa: E402
from partnertracker.store.records import ENTITIES, _to_column  # noqa: E402
from partnertracker.store.search import RANKING, fts_query  # noqa: E402


def _rows_for_bare_insert(entity_name: str, records: list, first_id: int) -> tuple[str, list, list]:
    """The finished rows the store would write, so bare sqlite3 does only the inserting."""
    import uuid

    entity = ENTITIES[entity_name]
    names = entity.scalar_fields
    columns = ["id", "uuid", "created_at", "updated_at"] + [entity.column(n) for n in names]
    now = now_utc()
    rows, index_rows = [], []
    for offset, record in enumerate(records):
        record_id = first_id + offset
        rows.append((record_id, str(uuid.uuid4()), now, now,
                     *(_to_column(entity.cls, n, getattr(record, n)) for n in names)))
        if entity_name == "dispatch":
            index_rows.append((record_id * 8 + 1, record.title or "", record.text, "dispatch", record_id))
        else:
            title = record.name + (f" ({record.acronym})" if record.acronym else "")
            index_rows.append((record_id * 8 + 2, title, record.hq_city or "", "organisation", record_id))
    sql = f"INSERT INTO {entity.table} ({', '.join(chr(34) + c + chr(34) for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
    return sql, rows, index_rows


def bench_insert(kind: str, count: int, folder: Path) -> tuple[float, float]:
    """Rows per second through the store and through bare executemany, on fresh files."""
    writer = Writer(seed=3)
    if kind == "organisation":
        records = [writer.organisation(n) for n in range(count)]
        for record in records:
            record.aliases = []  # a flat row each, like the bare insert
    else:
        records = [writer.dispatch(n) for n in range(count)]

    store_path, bare_path = folder / f"store-{kind}.sqlite", folder / f"bare-{kind}.sqlite"
    with open_store(store_path) as store:
        started = time.perf_counter()
        store.add_many(records)
        store_seconds = time.perf_counter() - started

    open_store(bare_path).close()  # the same schema, then bare sqlite3 on it
    sql, rows, index_rows = _rows_for_bare_insert(kind, records, 1)
    conn = sqlite3.connect(bare_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    started = time.perf_counter()
    for start in range(0, len(rows), 5000):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows[start:start + 5000])
        conn.executemany(
            "INSERT INTO search_index (rowid, title, body, kind, record_id) VALUES (?, ?, ?, ?, ?)",
            index_rows[start:start + 5000],
        )
        conn.execute("COMMIT")
    bare_seconds = time.perf_counter() - started
    conn.close()
    return count / store_seconds, count / bare_seconds


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_search(db: Path, queries: list[str], repeat: int = 1) -> dict[str, float]:
    store = open_store(db)
    bare = sqlite3.connect(db)
    for query in queries[:5]:  # warm the page cache, as an officer's second search would be
        store.search(query)
    store_ms, bare_ms, hits = [], [], []
    for query in queries * repeat:
        started = time.perf_counter()
        found = store.search(query, limit=50)
        store_ms.append((time.perf_counter() - started) * 1000)
        hits.append(len(found))
        started = time.perf_counter()
        bare.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rank MATCH ? "
            "ORDER BY rank LIMIT 50",
            (fts_query(query), RANKING),
        ).fetchall()
        bare_ms.append((time.perf_counter() - started) * 1000)
    store.close()
    bare.close()
    return {
        "median": statistics.median(store_ms), "p95": _percentile(store_ms, 0.95),
        "bare_median": statistics.median(bare_ms), "bare_p95": _percentile(bare_ms, 0.95),
        "mean_hits": statistics.mean(hits),
    }


def query_sets(count: int, seed: int = 5) -> dict[str, list[str]]:
    """Topic words an officer types (the generator's hand-written vocabulary, each language)."""
    r = random.Random(seed)
    topic = FRENCH + ENGLISH
    one = [r.choice(topic) for _ in range(count)]
    two = []
    for _ in range(count):
        words = r.choice([FRENCH, ENGLISH])
        two.append(" ".join(r.sample(words, 2)))
    # The worst case: the commonest topic words, found in most dispatches of either language.
    commonest = FRENCH[:5] + ENGLISH[:5]
    return {"one word": one, "two words": two, "commonest": commonest * (count // len(commonest) or 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "partnertracker-bench.sqlite",
                        help="database to search (built with generate_db's defaults if missing)")
    parser.add_argument("--insert-rows", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run, not the figures)")
    args = parser.parse_args(argv)
    insert_rows = 2_000 if args.quick else args.insert_rows

    print(f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as folder:
        for kind, rows in (("organisation", insert_rows), ("dispatch", max(insert_rows // 4, 500))):
            store_rate, bare_rate = bench_insert(kind, rows, Path(folder))
            verdict = "ok" if store_rate >= 0.3 * bare_rate else "MISSED (target >= 0.3x)"
            print(f"insert {kind:>12} x{rows:>6}: store {store_rate:>9,.0f} rows/s | bare executemany "
                  f"{bare_rate:>9,.0f} rows/s | ratio {store_rate / bare_rate:.2f} {verdict}")

    db = args.db
    if args.quick:
        db = Path(tempfile.gettempdir()) / "partnertracker-bench-quick.sqlite"
    if not db.exists():
        sizes = dict(DEFAULT_SIZES)
        if args.quick:
            sizes = {kind: max(size // 50, 10) for kind, size in sizes.items()}
        print(f"building {db} ...", flush=True)
        with open_store(db) as store:
            generate(store, sizes)
    conn = sqlite3.connect(db)
    dispatches = conn.execute("SELECT count(*) FROM dispatches WHERE deleted_at IS NULL").fetchone()[0]
    entries = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    conn.close()
    print(f"search over {dispatches:,} dispatches ({entries:,} index entries in all), top 50 by bm25:")
    for label, queries in query_sets(args.queries).items():
        figures = bench_search(db, queries)
        if label == "commonest":
            verdict = "(worst case, no target)"
        elif figures["median"] < 20 and figures["p95"] < 100:
            verdict = "ok"
        else:
            verdict = "MISSED (target median < 20, p95 < 100)"
        print(f"  {label:>9} x{len(queries)}: store median {figures['median']:6.1f} ms, p95 {figures['p95']:6.1f} ms"
              f" | bare FTS5 median {figures['bare_median']:6.1f} ms, p95 {figures['bare_p95']:6.1f} ms"
              f" | {figures['mean_hits']:.0f} hits on average  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
