"""Extraction fingerprint: the exact proposals over a fixed set of texts, to prove a speed-up changed nothing.

    uv run python benchmarks/extraction_fingerprint.py --save /tmp/fingerprint.jsonl   # before
    uv run python benchmarks/extraction_fingerprint.py --check /tmp/fingerprint.jsonl  # after

Texts: every corpus dispatch (tests/corpus/*/*.txt) and sample (resources/samples), each also cut
at a third and two thirds and with Windows line endings; the generated dispatches of
extraction_speed.py and import_speed.py; a long repeated dispatch; and the corpus texts again
against known records (made from their own proposals, some names altered) so that resolution,
exact and fuzzy, is exercised. Only the proposals are compared, never gold or scores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_speed  # noqa: E402
import import_speed  # noqa: E402

from partnertracker.extraction import KnownRecords, extract  # noqa: E402


def _variants(text: str) -> list[str]:
    third = len(text) // 3
    return [text, text[:third], text[: 2 * third], text.replace("\n", "\r\n")]


def _altered(name: str, k: int) -> str:
    """A form the database might hold: same name, or case/accents/one letter changed."""
    if k % 4 == 0:
        return name
    if k % 4 == 1:
        return name.upper()
    if k % 4 == 2:
        return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return name[:-1] if len(name) > 8 else name


def _known(proposals: list[dict]) -> KnownRecords:
    organisations, people = [], []
    for proposal in proposals:
        for org in proposal["organisations"]:
            k = len(organisations)
            organisations.append((k + 1, _altered(org["name"], k), org["acronym"] if k % 3 else None,
                                  "|".join(org["aliases"][:1]), org["kind"] if k % 2 else None, None))
        for person in proposal["people"]:
            k = len(people)
            people.append((k + 1, _altered(person["name"], k), (k % 7) + 1 if k % 5 == 0 else None))
    return KnownRecords.from_rows(organisations, people)


def cases(generated: int) -> list[tuple[str, str, KnownRecords | None]]:
    corpus = sorted((ROOT / "tests" / "corpus").glob("*/*.txt")) + sorted((ROOT / "resources" / "samples").glob("*.txt"))
    items: list[tuple[str, str, KnownRecords | None]] = []
    for path in corpus:
        text = path.read_text(encoding="utf-8")
        for v, variant in enumerate(_variants(text)):
            items.append((f"{path.relative_to(ROOT)}#{v}", variant, None))
    for n, text in enumerate(extraction_speed.dispatches(generated)):
        items.append((f"extraction_speed#{n}", text, None))
    for n, text in enumerate(import_speed.dispatches(generated)):
        items.append((f"import_speed#{n}", text, None))
    big = "Dr Salim AlMalik, Directeur général de l'ICESCO, a invité Huawei à visiter le siège de l'ICESCO à Rabat. " * 300
    items.append(("big", big, None))
    for edge, text in enumerate(["", " ", "\n\n", "RABAT", "date 2025-01\n\n"]):
        items.append((f"edge#{edge}", text, None))
    # Resolution: the corpus again, against records made from the corpus' own proposals.
    texts = [path.read_text(encoding="utf-8") for path in corpus]
    known = _known([extract(text) for text in texts[::2]])
    for path, text in zip(corpus, texts, strict=True):
        items.append((f"{path.relative_to(ROOT)}#known", text, known))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the proposals (one JSON line per text)")
    group.add_argument("--check", type=Path, help="compare with proposals saved before; exit 1 on any difference")
    parser.add_argument("--generated", type=int, default=300, help="texts from each benchmark generator")
    args = parser.parse_args()
    lines = []
    for name, text, known in cases(args.generated):
        proposal = extract(text, known=known, source_name=name)
        lines.append(json.dumps({"name": name, "proposal": proposal}, ensure_ascii=False, sort_keys=False))
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} proposals saved to {args.save}, sha256 {digest}")
        return 0
    saved = args.check.read_text(encoding="utf-8").splitlines()
    differ = [json.loads(old)["name"] for old, new in zip(saved, lines, strict=False) if old != new]
    if len(saved) != len(lines):
        print(f"{len(lines)} proposals now, {len(saved)} saved")
        return 1
    if differ:
        print(f"{len(differ)} of {len(lines)} proposals differ, first: {', '.join(differ[:10])}")
        return 1
    print(f"{len(lines)} proposals identical, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
