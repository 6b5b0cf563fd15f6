"""Import speed: extraction alone, `import` into a fresh database, and the bare FTS5 floor, side by side.

    uv run python benchmarks/import_speed.py [--count 5000]

The dispatches are made from the evaluation corpus (tests/corpus/*/*.txt, our own texts): each
is one corpus dispatch followed by paragraphs of another in the same language (about 300 words),
with the people's surnames and the years changed, so that all are distinct and no cache helps.

- extraction alone: `extract(text)` over the texts in memory (what the import must pay anyway);
- import: `import_paths(store, [folder])` on the texts written as files, into a fresh database,
  each dispatch its own transaction (reading, SHA-256, extraction, storing, full-text indexing):
  what `partnertracker import FOLDER` does after start-up;
- floor: the same texts inserted with bare sqlite3 into an FTS5 table, one transaction each, in
  the same journal mode as the store (WAL), i.e. the least any store can do to keep them searchable.

Target (issue 3): storing adds no more than 30% to extraction time.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partnertracker.extraction import extract  # noqa: E402
from partnertracker.services.importing import import_paths  # noqa: E402
from partnertracker.store import open_store  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SYLLABLES = ["ba", "ka", "lo", "mi", "nu", "ra", "si", "to", "ve", "za", "dou", "fen", "gar", "hal", "jin",
             "kor", "lem", "mar", "nad", "sel"]


def _surname(k: int) -> str:
    return (SYLLABLES[k % 20] + SYLLABLES[(k // 20) % 20] + SYLLABLES[(k // 400) % 20]).capitalize()


def _corpus() -> list[tuple[str, str, list[str]]]:
    """(language, text, surnames of the people the gold names) for every corpus dispatch."""
    items = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        surnames = sorted({p["name"].split()[-1] for p in gold.get("people", []) if len(p["name"].split()[-1]) > 2})
        items.append((gold["dispatch"].get("language") or path.name[:2], path.read_text(encoding="utf-8"), surnames))
    return items


def dispatches(count: int) -> list[str]:
    corpus = _corpus()
    by_language: dict[str, list[int]] = {}
    for index, (language, _, _) in enumerate(corpus):
        by_language.setdefault(language, []).append(index)
    texts = []
    for n in range(count):
        language, text, surnames = corpus[n % len(corpus)]
        # A longer wire: the dispatch, then the body paragraphs of another in the same language.
        peers = by_language[language]
        other = corpus[peers[(peers.index(n % len(corpus)) + 1 + n // len(corpus)) % len(peers)]]
        extra = [p for p in other[1].split("\n\n")[1:] if p.strip()]
        body = text.rstrip("\n")
        for paragraph in extra:
            if len(body.split()) >= 290:
                break
            body += "\n\n" + paragraph.strip()
        for k, surname in enumerate(surnames + other[2]):
            body = re.sub(rf"\b{re.escape(surname)}\b", _surname(n * 7 + k), body)
        year = 2010 + n % 20
        body = re.sub(r"\b20[12]\d\b", str(year), body)
        texts.append(body + "\n")
    return texts


def extraction_alone(texts: list[str]) -> float:
    extract(texts[0])  # language data and gazetteer load: start-up, not throughput
    start = time.perf_counter()
    for text in texts:
        extract(text)
    return time.perf_counter() - start


def import_folder(folder: Path, db: Path) -> tuple[float, int]:
    with open_store(db) as store:
        start = time.perf_counter()
        report = import_paths(store, [folder])
        elapsed = time.perf_counter() - start
        if report.skipped:
            raise SystemExit(f"benchmark texts were skipped: {report.skipped[:3]}")
        return elapsed, len(report.imported)


def fts_floor(texts: list[str], db: Path) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE VIRTUAL TABLE texts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    start = time.perf_counter()
    for text in texts:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO texts (body) VALUES (?)", (text,))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    args = parser.parse_args()
    texts = dispatches(args.count)
    if len(set(texts)) != len(texts):
        raise SystemExit("the generated dispatches are not all distinct")
    words = statistics.mean(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "wires"
        folder.mkdir()
        for n, text in enumerate(texts):
            (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        extracting = extraction_alone(texts)
        importing, imported = import_folder(folder, Path(work) / "import.sqlite")
        floor = fts_floor(texts, Path(work) / "floor.sqlite")
        size = (Path(work) / "import.sqlite").stat().st_size + sum(
            p.stat().st_size for p in Path(work).glob("import.sqlite-*")
        )
    count = len(texts)
    overhead = importing / extracting - 1
    print(f"dispatches: {count} distinct, {words:.0f} words on average (French and English), {imported} imported")
    print(f"extraction alone            {count / extracting:8.0f} dispatches/s  {extracting:7.2f} s")
    print(f"import (fresh database)     {count / importing:8.0f} dispatches/s  {importing:7.2f} s"
          f"   storing adds {overhead:+.0%} to extraction (target <= +30%)")
    print(f"floor: bare sqlite3 FTS5    {count / floor:8.0f} dispatches/s  {floor:7.2f} s"
          f"   ({floor / extracting:.0%} of extraction time)")
    print(f"database after import       {size / 1024 / 1024:8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
