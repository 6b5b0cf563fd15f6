"""Import speed: extraction alone, `import` into a fresh database, and the bare FTS5 floor, side by side.

    uv run python benchmarks/import_speed.py [--count 5000]

The dispatches are made from the evaluation corpus (tests/corpus/*/*.txt, our own texts): each
is one corpus dispatch followed by paragraphs of another in the same language (about 300 words),
with the people's surnames and the years changed, so that all are distinct and no cache helps.

- extraction alone: `extract(text)` over the texts in memory (what the import must pay anyway);
- import: `import_paths(store, [folder])` on the texts written as files, into a fresh database,
  each dispatch its own transaction (reading, SHA-256, extraction, storing, full-text indexing):
  what `partnertracker import FOLDER` does after start-up;
- storing alone: the same import with the proposals made beforehand (extraction swapped for a
  lookup), i.e. what storing costs by itself, less exposed to the noise of the extraction runs;
- floor: the same texts inserted with bare sqlite3 into an FTS5 table, one transaction each, with
  the durability the import uses (WAL, synchronous=NORMAL): the least any store can do to keep them
  searchable.

Wall-clock and CPU seconds are both printed: on a shared machine the CPU figures are the steadier.

With `--review-db FILE` (a database from benchmarks/generate_db.py, copied first, never changed),
the review steps are also timed against it: importing one dispatch, `proposal_for`,
`link_candidates` and `accept_proposal`, beside the floor of reading the organisations, aliases
and people they match against with bare sqlite3.

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


Timing = tuple[float, float]  # wall seconds, CPU seconds


def _clock() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(start: Timing) -> Timing:
    return time.perf_counter() - start[0], time.process_time() - start[1]


def extraction_alone(texts: list[str]) -> tuple[Timing, dict[str, dict]]:
    extract(texts[0])  # language data and gazetteer load: start-up, not throughput
    proposals = {}
    start = _clock()
    for text in texts:
        proposals[text] = extract(text)
    return _since(start), proposals


def import_folder(folder: Path, db: Path) -> tuple[Timing, int]:
    with open_store(db) as store:
        start = _clock()
        report = import_paths(store, [folder])
        elapsed = _since(start)
        if report.skipped:
            raise SystemExit(f"benchmark texts were skipped: {report.skipped[:3]}")
        return elapsed, len(report.imported)


def storing_alone(folder: Path, db: Path, proposals: dict[str, dict]) -> Timing:
    import partnertracker.services.importing as importing

    made = importing.extract
    importing.extract = lambda text, known=None, source_name=None: proposals[text]  # type: ignore[assignment]
    try:
        return import_folder(folder, db)[0]
    finally:
        importing.extract = made


def fts_floor(texts: list[str], db: Path) -> Timing:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE VIRTUAL TABLE texts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    start = _clock()
    for text in texts:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO texts (body) VALUES (?)", (text,))
        conn.execute("COMMIT")
    elapsed = _since(start)
    conn.close()
    return elapsed


def review_at_scale(source: Path, work: Path) -> None:
    import shutil

    from partnertracker.services.importing import import_text
    from partnertracker.services.review import accept_proposal, link_candidates, proposal_for

    db = work / "review.sqlite"
    shutil.copyfile(source, db)
    sample = (ROOT / "resources" / "samples" / "01_fr_icesco_huawei_pekin.txt").read_text(encoding="utf-8")
    conn = sqlite3.connect(db)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("organisations", "people")]
    start = time.perf_counter()
    for sql in ("SELECT id, name, acronym FROM organisations", "SELECT organisation_id, name FROM aliases",
                "SELECT id, name, organisation_id FROM people", "SELECT person_id, title FROM roles"):
        conn.execute(sql).fetchall()
    floor = time.perf_counter() - start
    conn.close()
    timings: list[tuple[str, float]] = []

    def timed(label: str, action):  # noqa: ANN001, ANN202
        begin = time.perf_counter()
        value = action()
        timings.append((label, time.perf_counter() - begin))
        return value

    with open_store(db) as store:
        first = timed("import one dispatch (reads what the database knows)", lambda: import_text(store, sample))
        second = timed("import another (what it knows is kept)",
                       lambda: import_text(store, sample.replace("Pékin", "Shenzhen")))
        proposal = timed("proposal_for", lambda: proposal_for(store, first.dispatch.id))
        for name in ("Huawei", "ICESCO", "Organisation du monde islamique"):
            timed(f"link_candidates({name!r})", lambda name=name: link_candidates(store, name))
        timed("accept_proposal", lambda: accept_proposal(store, first.dispatch.id, proposal))
        timed("proposal_for after that change", lambda: proposal_for(store, second.dispatch.id))
    print(f"review against {source.name}: {counts[0]:,} organisations, {counts[1]:,} people")
    for label, seconds in timings:
        print(f"  {label:<55}{seconds * 1000:8.0f} ms")
    print(f"  {'floor: bare sqlite3 read of organisations, aliases, people':<55}{floor * 1000:8.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--review-db", type=Path, help="also time the review steps against this database")
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
        extracting, proposals = extraction_alone(texts)
        importing, imported = import_folder(folder, Path(work) / "import.sqlite")
        storing = storing_alone(folder, Path(work) / "storing.sqlite", proposals)
        floor = fts_floor(texts, Path(work) / "floor.sqlite")
        size = sum(p.stat().st_size for p in Path(work).glob("import.sqlite*"))
    count = len(texts)

    def row(label: str, timing: Timing, note: str = "") -> None:
        wall, cpu = timing
        print(f"{label:<30}{count / wall:8.0f}/s {wall:8.2f} s wall {cpu:8.2f} s CPU   {note}")

    print(f"dispatches: {count} distinct, {words:.0f} words on average (French and English), {imported} imported")
    row("extraction alone", extracting)
    row("import (fresh database)", importing,
        f"storing adds {importing[0] / extracting[0] - 1:+.0%} wall, {importing[1] / extracting[1] - 1:+.0%} CPU"
        " to extraction (target <= +30%)")
    row("storing alone (proposals made)", storing,
        f"= {storing[0] / extracting[0]:.0%} wall, {storing[1] / extracting[1]:.0%} CPU of extraction time")
    row("floor: bare sqlite3 FTS5", floor,
        f"= {floor[0] / extracting[0]:.0%} wall, {floor[1] / extracting[1]:.0%} CPU of extraction time")
    print(f"database after import: {size / 1024 / 1024:.1f} MB")
    if args.review_db:
        with tempfile.TemporaryDirectory() as work:
            review_at_scale(args.review_db, Path(work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
