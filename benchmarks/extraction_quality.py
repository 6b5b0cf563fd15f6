"""Extraction quality: precision, recall and F1 of extract() against the hand-written gold corpus.

Usage (from a checkout where ``partnertracker.extraction.extract`` exists)::

    uv run python benchmarks/extraction_quality.py                 # both splits, as a table
    uv run python benchmarks/extraction_quality.py --split dev --verbose
    uv run python benchmarks/extraction_quality.py --json
    uv run python benchmarks/extraction_quality.py --by-language  # French and English apart too
    uv run python benchmarks/extraction_quality.py --corpus /path/to/tests/corpus
    uv run python benchmarks/extraction_quality.py --split samples  # the bundled sample dispatches

Each split folder (``tests/corpus/dev``, ``tests/corpus/heldout``) holds ``NAME.txt`` dispatches,
their ``NAME.json`` gold proposals and ``known.json``, the organisations the database already knows
(passed to ``extract`` as ``KnownRecords``). Counts are summed over a split (micro-average).
The ``samples`` split is the dispatches bundled in ``resources/samples/`` (what a new officer tries
first): their texts are read from there and their gold from ``tests/corpus/samples/``.

Matching rules (a prediction matches at most one gold record and the other way round; candidate
pairs are taken best first):

- **Names are folded** before comparing: accents removed, case folded, punctuation and hyphens
  turned into spaces, spaces collapsed, a leading article (le, la, l', les, the) dropped.
- **Organisations** match when the folded name, acronym or any alias of the prediction equals the
  folded name, acronym or any alias of the gold record, or when both carry the same
  ``existing_id``. Predicted organisations that match nothing are false positives.
- **People** match on the folded first token and last token of the name (honorifics such as Dr,
  M., Mme, Prof. are ignored): "Dr Salim M. AlMalik" and "Salim AlMalik" are one person.
- **Visits** match when the predicted host is the gold host and at least one predicted visitor is a
  gold visitor (organisations compared through the organisation matching above). When several
  predictions qualify, the one in the same city, then with the same date, is taken.
- **Invitations** match on (inviter, invitee, purpose); ties are broken on the city.
- **Agreements** match on the set of parties (equal sets); ties are broken on the date.
- **Areas** (an extra line, not a target) match on their keys, per dispatch.

Precision is tp / (tp + fp) (1.0 when nothing was predicted), recall tp / (tp + fn) (1.0 when
there was nothing to find), F1 their harmonic mean.

Attribute accuracies are computed over *matched* records only:

- **date**: visits (``date`` and ``date_precision``), invitations (``issued_on``) and agreements
  (``date`` and ``date_precision``) whose date and precision equal the gold; a missing precision is
  read from the ISO string's length;
- **status**: visits, invitations and agreements whose status equals the gold;
- **place**: visits and invitations whose folded city and country equal the gold;
- **resolution**: matched organisations where the gold or the prediction has an ``existing_id``,
  and the two agree.

Targets (issue 3, held-out split): F1 >= 0.85 for organisations, visits and invitations, >= 0.8
for people and agreements, date accuracy >= 0.9.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
SAMPLES = "samples"
SPLITS = ("dev", "heldout")
# The day the corpus is read as of: a dateline with no year ("MANILA, Nov 14") takes that year.
CORPUS_TODAY = datetime.date(2025, 12, 31)

RECORD_TYPES = ("organisations", "people", "visits", "invitations", "agreements")
TARGETS = {
    "organisations": 0.85,
    "people": 0.80,
    "visits": 0.85,
    "invitations": 0.85,
    "agreements": 0.80,
    "date": 0.90,
}
HONORIFICS = {
    "dr", "pr", "prof", "professor", "m", "mme", "mlle", "mr", "mrs", "ms", "miss",
    "h e", "he", "s e", "se", "sheikh", "cheikh", "sir", "dame", "eng", "ing",
}  # fmt: skip
_ARTICLE = re.compile(r"^(?:l |le |la |les |the )")


# ---------------------------------------------------------------------------
# Folding and keys


def fold(text: str | None) -> str:
    """Accent- and case-folded text with punctuation as spaces: "l'Université" -> "universite"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    spaced = re.sub(r"[^\w]+", " ", bare).strip()
    return _ARTICLE.sub("", spaced).strip()


def organisation_keys(org: dict) -> set[str]:
    names = [org.get("name"), org.get("acronym"), *(org.get("aliases") or [])]
    return {key for key in (fold(name) for name in names if isinstance(name, str)) if key}


def person_key(name: str | None) -> tuple[str, str] | None:
    tokens = fold(name).split()
    while tokens and (tokens[0] in HONORIFICS or " ".join(tokens[:2]) in HONORIFICS):
        tokens = tokens[2:] if " ".join(tokens[:2]) in HONORIFICS else tokens[1:]
    if not tokens:
        return None
    return tokens[0], tokens[-1]


def date_with_precision(date: Any, precision: Any) -> tuple[str | None, str | None]:
    if not date:
        return None, None
    date = str(date)
    if not precision:
        precision = {4: "year", 7: "month", 10: "day"}.get(len(date))
    return date, str(precision) if precision else None


# ---------------------------------------------------------------------------
# Tallies


@dataclass
class Tally:
    """True positives, false positives and false negatives of one record type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """Right answers among matched records for one attribute (date, status, place...)."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def count(self, is_right: bool) -> None:
        self.total += 1
        self.right += int(is_right)

    def add(self, other: Accuracy) -> None:
        self.right += other.right
        self.total += other.total

    def as_dict(self) -> dict[str, Any]:
        value = self.value
        return {
            "right": self.right,
            "total": self.total,
            "accuracy": None if value is None else round(value, 4),
        }


ACCURACIES = ("date", "status", "place", "resolution")


@dataclass
class Score:
    """The scores of one dispatch, or of a whole split once added up."""

    tallies: dict[str, Tally] = field(
        default_factory=lambda: {t: Tally() for t in (*RECORD_TYPES, "areas")}
    )
    accuracies: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES}
    )
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score, label: str = "") -> None:
        for key, tally in other.tallies.items():
            self.tallies[key].add(tally)
        for key, accuracy in other.accuracies.items():
            self.accuracies[key].add(accuracy)
        self.misses += [f"{label}: {miss}" if label else miss for miss in other.misses]

    def as_dict(self) -> dict[str, Any]:
        return {
            **{key: tally.as_dict() for key, tally in self.tallies.items()},
            **{f"{key}_accuracy": acc.as_dict() for key, acc in self.accuracies.items()},
        }


# ---------------------------------------------------------------------------
# Matching


def _pair_greedily(
    gold: list[dict], predicted: list[dict], score: Callable[[dict, dict], float | None]
) -> list[tuple[dict, dict]]:
    """One-to-one pairs, best score first; score None means the two cannot match."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            value = score(g, p)
            if value is not None:
                candidates.append((-value, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def _records(proposal: dict, kind: str) -> list[dict]:
    records = proposal.get(kind) or []
    return [r for r in records if isinstance(r, dict)]


def _same_place(gold: dict, pred: dict) -> bool:
    return fold(gold.get("city")) == fold(pred.get("city")) and (gold.get("country") or None) == (
        pred.get("country") or None
    )


def _describe_org(org: dict) -> str:
    return org.get("acronym") or org.get("name") or "?"


def score_proposal(gold: dict, predicted: dict) -> Score:
    """Compare one predicted proposal with its gold: tallies, accuracies and a list of misses."""
    result = Score()
    misses = result.misses

    # Organisations -----------------------------------------------------------
    gold_orgs, pred_orgs = _records(gold, "organisations"), _records(predicted, "organisations")

    def org_score(g: dict, p: dict) -> float | None:
        shared = organisation_keys(g) & organisation_keys(p)
        same_record = g.get("existing_id") is not None and g.get("existing_id") == p.get(
            "existing_id"
        )
        if not shared and not same_record:
            return None
        return (
            len(shared)
            + (5 if fold(g.get("name")) == fold(p.get("name")) else 0)
            + (10 if same_record else 0)
        )

    org_pairs = _pair_greedily(gold_orgs, pred_orgs, org_score)
    pred_to_gold = {p.get("id"): g.get("id") for g, p in org_pairs}
    gold_names = {g.get("id"): _describe_org(g) for g in gold_orgs}
    _tally("organisations", gold_orgs, pred_orgs, org_pairs, result, _describe_org)
    for g, p in org_pairs:
        if g.get("existing_id") is not None or p.get("existing_id") is not None:
            right = g.get("existing_id") == p.get("existing_id")
            result.accuracies["resolution"].count(right)
            if not right:
                misses.append(
                    f"resolution of {_describe_org(g)}: existing_id {p.get('existing_id')!r}, "
                    f"gold {g.get('existing_id')!r}"
                )

    def mapped(pred_id: Any) -> Any:
        # An unmatched predicted organisation can never equal a gold id.
        return pred_to_gold.get(pred_id, ("unmatched", pred_id))

    def as_list(value: Any) -> list:
        if value is None:
            return []
        return list(value) if isinstance(value, list | tuple) else [value]

    # People ------------------------------------------------------------------
    gold_people, pred_people = _records(gold, "people"), _records(predicted, "people")

    def person_score(g: dict, p: dict) -> float | None:
        key = person_key(g.get("name"))
        if key is None or key != person_key(p.get("name")):
            return None
        return 1.0 + (1.0 if mapped(p.get("organisation")) == g.get("organisation") else 0.0)

    people_pairs = _pair_greedily(gold_people, pred_people, person_score)
    _tally("people", gold_people, pred_people, people_pairs, result, lambda r: r.get("name") or "?")

    # Visits ------------------------------------------------------------------
    gold_visits, pred_visits = _records(gold, "visits"), _records(predicted, "visits")

    def visit_score(g: dict, p: dict) -> float | None:
        if mapped(p.get("host")) != g.get("host"):
            return None
        if not {mapped(v) for v in as_list(p.get("visitors"))} & set(as_list(g.get("visitors"))):
            return None
        same_city = fold(g.get("city")) == fold(p.get("city"))
        same_date = date_with_precision(
            g.get("date"), g.get("date_precision")
        ) == date_with_precision(p.get("date"), p.get("date_precision"))
        return 1.0 + 2.0 * same_city + 1.0 * same_date

    def describe_visit(v: dict) -> str:
        visitors = ",".join(gold_names.get(o, str(o)) for o in as_list(v.get("visitors")))
        return f"{visitors} -> {gold_names.get(v.get('host'), v.get('host'))} ({v.get('city')}, {v.get('date')})"

    def describe_pred_visit(v: dict) -> str:
        names = {p.get("id"): _describe_org(p) for p in pred_orgs}
        visitors = ",".join(names.get(o, str(o)) for o in as_list(v.get("visitors")))
        return f"{visitors} -> {names.get(v.get('host'), v.get('host'))} ({v.get('city')}, {v.get('date')})"

    visit_pairs = _pair_greedily(gold_visits, pred_visits, visit_score)
    _tally(
        "visits", gold_visits, pred_visits, visit_pairs, result, describe_visit, describe_pred_visit
    )
    for g, p in visit_pairs:
        _check_date(result, "visit " + describe_visit(g), g, p, "date", "date_precision")
        _check_status(result, "visit " + describe_visit(g), g, p)
        _check_place(result, "visit " + describe_visit(g), g, p)

    # Invitations -------------------------------------------------------------
    gold_invs, pred_invs = _records(gold, "invitations"), _records(predicted, "invitations")

    def invitation_score(g: dict, p: dict) -> float | None:
        if (mapped(p.get("inviter")), mapped(p.get("invitee")), p.get("purpose")) != (
            g.get("inviter"),
            g.get("invitee"),
            g.get("purpose"),
        ):
            return None
        return 1.0 + (1.0 if fold(g.get("city")) == fold(p.get("city")) else 0.0)

    def describe_invitation(i: dict, names: dict | None = None) -> str:
        names = gold_names if names is None else names
        return (
            f"{names.get(i.get('inviter'), i.get('inviter'))} invites "
            f"{names.get(i.get('invitee'), i.get('invitee'))} ({i.get('purpose')}, {i.get('city')})"
        )

    pred_names = {p.get("id"): _describe_org(p) for p in pred_orgs}
    inv_pairs = _pair_greedily(gold_invs, pred_invs, invitation_score)
    _tally(
        "invitations", gold_invs, pred_invs, inv_pairs, result, describe_invitation,
        lambda i: describe_invitation(i, pred_names),
    )  # fmt: skip
    for g, p in inv_pairs:
        _check_date(result, "invitation " + describe_invitation(g), g, p, "issued_on", None)
        _check_status(result, "invitation " + describe_invitation(g), g, p)
        _check_place(result, "invitation " + describe_invitation(g), g, p)

    # Agreements --------------------------------------------------------------
    gold_agrs, pred_agrs = _records(gold, "agreements"), _records(predicted, "agreements")

    def agreement_score(g: dict, p: dict) -> float | None:
        if {mapped(o) for o in as_list(p.get("parties"))} != set(as_list(g.get("parties"))):
            return None
        same_date = date_with_precision(
            g.get("date"), g.get("date_precision")
        ) == date_with_precision(p.get("date"), p.get("date_precision"))
        return 1.0 + same_date

    def describe_agreement(a: dict, names: dict | None = None) -> str:
        names = gold_names if names is None else names
        parties = " + ".join(str(names.get(o, o)) for o in as_list(a.get("parties")))
        return f"{a.get('kind')} {parties} ({a.get('status')}, {a.get('date')})"

    agr_pairs = _pair_greedily(gold_agrs, pred_agrs, agreement_score)
    _tally(
        "agreements", gold_agrs, pred_agrs, agr_pairs, result, describe_agreement,
        lambda a: describe_agreement(a, pred_names),
    )  # fmt: skip
    for g, p in agr_pairs:
        _check_date(result, "agreement " + describe_agreement(g), g, p, "date", "date_precision")
        _check_status(result, "agreement " + describe_agreement(g), g, p)

    # Areas -------------------------------------------------------------------
    gold_areas = {a.get("key") for a in _records(gold, "areas")}
    pred_areas = {a.get("key") for a in _records(predicted, "areas")}
    areas = result.tallies["areas"]
    areas.tp, areas.fp, areas.fn = (
        len(gold_areas & pred_areas),
        len(pred_areas - gold_areas),
        len(gold_areas - pred_areas),
    )
    if gold_areas - pred_areas:
        misses.append(f"missed areas: {', '.join(sorted(map(str, gold_areas - pred_areas)))}")
    if pred_areas - gold_areas:
        misses.append(f"extra areas: {', '.join(sorted(map(str, pred_areas - gold_areas)))}")
    return result


def _tally(
    kind: str,
    gold: list[dict],
    predicted: list[dict],
    pairs: list[tuple[dict, dict]],
    result: Score,
    describe: Callable[[dict], str],
    describe_predicted: Callable[[dict], str] | None = None,
) -> None:
    describe_predicted = describe_predicted or describe
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    tally = result.tallies[kind]
    tally.tp = len(pairs)
    tally.fn = len(gold) - len(pairs)
    tally.fp = len(predicted) - len(pairs)
    singular = kind[:-1] if kind != "people" else "person"
    for g in gold:
        if id(g) not in matched_gold:
            result.misses.append(f"missed {singular}: {describe(g)}")
    for p in predicted:
        if id(p) not in matched_pred:
            result.misses.append(f"extra {singular}: {describe_predicted(p)}")


def _check_date(
    result: Score, what: str, g: dict, p: dict, field_name: str, precision: str | None
) -> None:
    gold_date = date_with_precision(g.get(field_name), g.get(precision) if precision else None)
    pred_date = date_with_precision(p.get(field_name), p.get(precision) if precision else None)
    result.accuracies["date"].count(gold_date == pred_date)
    if gold_date != pred_date:
        result.misses.append(f"date of {what}: {pred_date}, gold {gold_date}")


def _check_status(result: Score, what: str, g: dict, p: dict) -> None:
    result.accuracies["status"].count(g.get("status") == p.get("status"))
    if g.get("status") != p.get("status"):
        result.misses.append(f"status of {what}: {p.get('status')!r}, gold {g.get('status')!r}")


def _check_place(result: Score, what: str, g: dict, p: dict) -> None:
    right = _same_place(g, p)
    result.accuracies["place"].count(right)
    if not right:
        result.misses.append(
            f"place of {what}: {p.get('city')}/{p.get('country')}, gold {g.get('city')}/{g.get('country')}"
        )


# ---------------------------------------------------------------------------
# Running the engine over the corpus


def load_known(split_dir: Path) -> list[dict]:
    path = split_dir / "known.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["organisations"]


def samples_text_dir(corpus: Path) -> Path:
    """Where the bundled samples of the checkout holding ``corpus`` (its tests/corpus) live."""
    return corpus.resolve().parent.parent / "resources" / "samples"


def score_split(
    split_dir: Path,
    extract: Callable[..., dict],
    make_known: Callable[[list[dict]], Any],
    text_dir: Path | None = None,
) -> tuple[Score, dict[str, Score], float]:
    """Extract every dispatch of a split and score it; returns the total, per-file scores, seconds.

    The texts are read from ``text_dir`` when given (the bundled samples live outside the corpus),
    the gold always from ``split_dir``.
    """
    known = make_known(load_known(split_dir))
    total = Score()
    per_file: dict[str, Score] = {}
    elapsed = 0.0
    for txt in sorted((text_dir or split_dir).glob("*.txt")):
        gold = json.loads((split_dir / f"{txt.stem}.json").read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        started = time.perf_counter()
        try:
            predicted = extract(text, known=known)
        except Exception as error:  # noqa: BLE001 - one broken dispatch must not hide the others
            predicted = {}
            failure = f"extract() raised {type(error).__name__}: {error}"
        else:
            failure = None
        elapsed += time.perf_counter() - started
        score = score_proposal(gold, predicted if isinstance(predicted, dict) else {})
        if failure:
            score.misses.insert(0, failure)
        per_file[txt.stem] = score
        total.add(score, txt.stem)
    return total, per_file, elapsed


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def format_table(results: dict[str, tuple[Score, int, float | None]]) -> str:
    lines = [
        f"{'split':10} {'record type':19} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>5} {'R':>5} {'F1':>5}  target",
        "-" * 79,
    ]
    for split, (score, files, seconds) in results.items():
        for kind in (*RECORD_TYPES, "areas"):
            tally = score.tallies[kind]
            target = TARGETS.get(kind)
            mark = ""
            if target is not None and split == "heldout":
                mark = f">= {target:.2f} {'ok' if tally.f1 >= target else 'BELOW'}"
            lines.append(
                f"{split:10} {kind:19} {tally.tp + tally.fn:5d} {tally.tp + tally.fp:5d} {tally.tp:5d} "
                f"{_fmt(tally.precision)} {_fmt(tally.recall)} {_fmt(tally.f1)}  {mark}".rstrip()
            )
        for name in ACCURACIES:
            acc = score.accuracies[name]
            mark = ""
            if name == "date" and split == "heldout" and acc.value is not None:
                mark = (
                    f">= {TARGETS['date']:.2f} {'ok' if acc.value >= TARGETS['date'] else 'BELOW'}"
                )
            label = f"{name} accuracy"
            lines.append(
                f"{split:10} {label:19} {acc.right:>5}/{acc.total:<5} {'':11} {_fmt(acc.value)}  {mark}".rstrip()
            )
        timing = "" if seconds is None else f", extraction {seconds * 1000:.0f} ms in all"
        lines.append(f"{split:10} {files} dispatches{timing}")
        lines.append("")
    return "\n".join(lines).rstrip()


def by_language(split_dir: Path, per_file: dict[str, Score]) -> dict[str, tuple[Score, int]]:
    """Subtotals of a split per dispatch language (the gold's dispatch.language)."""
    groups: dict[str, tuple[Score, int]] = {}
    for name, score in per_file.items():
        gold = json.loads((split_dir / f"{name}.json").read_text(encoding="utf-8"))
        language = gold.get("dispatch", {}).get("language") or "unknown"
        subtotal, files = groups.get(language, (Score(), 0))
        subtotal.add(score, name)
        groups[language] = (subtotal, files + 1)
    return dict(sorted(groups.items()))


def _load_engine() -> tuple[Callable[..., dict], Callable[[list[dict]], Any]] | None:
    try:
        from partnertracker.extraction import KnownRecords, extract  # type: ignore[attr-defined]
    except ImportError as error:
        print(
            "partnertracker.extraction.extract is not available in this checkout yet "
            f"({error}). Run this script from a branch that has the extraction engine "
            "(e.g. `cd /work/wt/extract && uv run python <this script> --corpus <corpus>`).",
            file=sys.stderr,
        )
        return None
    def extract_as_of_corpus_day(text: str, **options: Any) -> dict:
        # A dateline without a year is read as of today's date by the product; the corpus was written
        # as of the end of 2025, so the score must not change with the day the benchmark runs.
        return extract(text, today=CORPUS_TODAY, **options)

    return extract_as_of_corpus_day, lambda rows: KnownRecords(organisations=list(rows))


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "both", SAMPLES), default="both")
    parser.add_argument("--verbose", action="store_true", help="list the misses of each dispatch")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--by-language",
        action="store_true",
        help="also score each split's French and English apart",
    )
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding dev/ and heldout/"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)

    splits = SPLITS if args.split == "both" else (args.split,)
    for split in splits:
        if split == SAMPLES and not samples_text_dir(args.corpus).is_dir():
            print(
                f"no resources/samples/ folder beside {args.corpus}: the samples split reads "
                "the bundled dispatches of the checkout that holds the corpus",
                file=sys.stderr,
            )
            return 2
        if not (args.corpus / split).is_dir():
            print(
                f"no {split}/ folder in {args.corpus}: pass --corpus the folder holding dev/ and heldout/",
                file=sys.stderr,
            )
            return 2
    engine = _load_engine()
    if engine is None:
        return 2
    extract, make_known = engine

    results: dict[str, tuple[Score, int, float | None]] = {}
    per_split_files: dict[str, dict[str, Score]] = {}
    for split in splits:
        text_dir = samples_text_dir(args.corpus) if split == SAMPLES else None
        total, per_file, seconds = score_split(args.corpus / split, extract, make_known, text_dir)
        results[split] = (total, len(per_file), seconds)
        per_split_files[split] = per_file
        if args.by_language:
            for language, (subtotal, files) in by_language(args.corpus / split, per_file).items():
                results[f"{split}/{language}"] = (subtotal, files, None)

    if args.json:
        payload = {
            split: {
                **score.as_dict(),
                "dispatches": files,
                "seconds": None if seconds is None else round(seconds, 4),
                **(
                    {"misses": {name: s.misses for name, s in per_split_files[split].items()}}
                    if args.verbose and split in per_split_files
                    else {}
                ),
            }
            for split, (score, files, seconds) in results.items()
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0

    print(format_table(results))
    if args.verbose:
        for split, per_file in per_split_files.items():
            print(f"\n== misses, {split} ==")
            for name, score in per_file.items():
                if score.misses:
                    print(f"{name}:")
                    for miss in score.misses:
                        print(f"    {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
