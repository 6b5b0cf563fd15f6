"""Checks that the evaluation corpus's gold proposals are complete, well formed and consistent."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from partnertracker.domain import (
    AgreementKind,
    AgreementStatus,
    InvitationPurpose,
    InvitationStatus,
    OrganisationKind,
    PartialDate,
    VisitStatus,
)
from partnertracker.resources import resource_path

CORPUS = Path(__file__).parent / "corpus"
SPLITS = ("dev", "heldout")
# The bundled samples (resources/samples/) keep their gold apart, in corpus/samples/.
SAMPLE_TEXTS = resource_path("samples")
SAMPLE_GOLD = CORPUS / "samples"

# What every split must exercise (issue 3, "Quality: measured, not assumed").
REQUIRED_CASES = {
    "visit-no-invitation",
    "two-visits",
    "invitation-pending",
    "invitation-accepted",
    "mou-no-visit",
    "agreement-planned",
    "relative-date",
    "title-before-name",
    "title-after-name",
    "acronym-parenthesised",
    "acronym-alone",
    "coreference",
    "incoming-visit",
    "planned-visit",
    "gazetteer-place",
    "known-alias",
}

# Further cases some dispatches exercise (not required in every split).
EXTRA_CASES = {"agreement-no-visit", "invitation-declined", "no-records"}

RECORD_LISTS = (
    "organisations",
    "people",
    "visits",
    "invitations",
    "agreements",
    "areas",
    "follow_ups",
)
ISO_COUNTRY = re.compile(r"^[A-Z]{2}$")
HEADER_DATE = re.compile(r"^\ufeff?date (\d{4}-\d{2}(?:-\d{2})?)\s*$")


def area_vocabulary() -> set[str]:
    """The area keys the corpus README promises (first column of its table)."""
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z-]+)` \|", readme, flags=re.MULTILINE))


def known_ids(split: str) -> set[int]:
    known = json.loads((CORPUS / split / "known.json").read_text(encoding="utf-8"))
    return {org["id"] for org in known["organisations"]}


def dispatches(split: str) -> list[Path]:
    return sorted((CORPUS / split).glob("*.txt"))


ALL_DISPATCHES = [path for split in SPLITS for path in dispatches(split)]


def _date_problems(where: str, value: object, precision: object) -> list[str]:
    if value is None:
        return (
            [] if precision in (None, "") else [f"{where}: precision {precision!r} without a date"]
        )
    if not isinstance(value, str):
        return [f"{where}: date {value!r} is not a string"]
    try:
        parsed = PartialDate.parse(value)
    except ValueError as error:
        return [f"{where}: {error}"]
    if precision is not None and precision != parsed.precision.value:
        return [
            f"{where}: date {value} has precision {parsed.precision.value}, gold says {precision!r}"
        ]
    return []


def gold_problems(gold: dict, known: set[int], vocabulary: set[str]) -> list[str]:
    """Every way a gold proposal breaks the contract; empty when it is sound."""
    problems: list[str] = []
    if gold.get("schema") != "partnertracker.proposal/1":
        problems.append(f"schema is {gold.get('schema')!r}")
    for key in ("dispatch", *RECORD_LISTS):
        if key not in gold:
            problems.append(f"missing {key!r}")
    if problems:
        return problems
    dispatch = gold["dispatch"]
    if dispatch.get("language") not in ("fr", "en"):
        problems.append(f"dispatch language {dispatch.get('language')!r}")
    problems += _date_problems("dispatch published_on", dispatch.get("published_on"), None)

    ids: dict[str, str] = {}
    for kind in RECORD_LISTS:
        if kind == "areas":
            continue
        for record in gold[kind]:
            rid = record.get("id")
            if not isinstance(rid, str) or not rid:
                problems.append(f"{kind}: record without an id: {record}")
            elif rid in ids:
                problems.append(f"{kind}: id {rid} used twice")
            else:
                ids[rid] = kind

    def refers(where: str, value: object, kind: str) -> None:
        if ids.get(value) != kind:  # type: ignore[arg-type]
            problems.append(f"{where}: {value!r} is not an id of {kind}")

    existing_seen: set[int] = set()
    for org in gold["organisations"]:
        where = f"organisation {org.get('id')}"
        if not isinstance(org.get("name"), str) or not org["name"].strip():
            problems.append(f"{where}: no name")
        if org.get("acronym") is not None and not isinstance(org["acronym"], str):
            problems.append(f"{where}: acronym {org['acronym']!r}")
        if org.get("kind") not in set(OrganisationKind):
            problems.append(f"{where}: kind {org.get('kind')!r}")
        if org.get("country") is not None and not ISO_COUNTRY.match(str(org["country"])):
            problems.append(f"{where}: country {org['country']!r} is not ISO alpha-2")
        aliases = org.get("aliases")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            problems.append(f"{where}: aliases must be a list of names")
        if "existing_id" in org:
            if org["existing_id"] not in known:
                problems.append(f"{where}: existing_id {org['existing_id']!r} is not in known.json")
            if org["existing_id"] in existing_seen:
                problems.append(f"{where}: existing_id {org['existing_id']} resolved twice")
            existing_seen.add(org["existing_id"])

    for person in gold["people"]:
        where = f"person {person.get('id')}"
        if not isinstance(person.get("name"), str) or len(person["name"].split()) < 2:
            problems.append(
                f"{where}: name {person.get('name')!r} needs a first name and a surname"
            )
        if person.get("organisation") is not None:
            refers(f"{where} organisation", person["organisation"], "organisations")

    for visit in gold["visits"]:
        where = f"visit {visit.get('id')}"
        if not visit.get("visitors"):
            problems.append(f"{where}: no visitors")
        for org_id in visit.get("visitors", []):
            refers(f"{where} visitor", org_id, "organisations")
        for person_id in visit.get("visitor_people", []):
            refers(f"{where} visitor_people", person_id, "people")
        refers(f"{where} host", visit.get("host"), "organisations")
        if visit.get("host") in visit.get("visitors", []):
            problems.append(f"{where}: the host is also a visitor")
        if visit.get("status") not in set(VisitStatus):
            problems.append(f"{where}: status {visit.get('status')!r}")
        if visit.get("date") is not None and visit.get("date_precision") is None:
            problems.append(f"{where}: date without date_precision")
        problems += _date_problems(where, visit.get("date"), visit.get("date_precision"))
        if visit.get("country") is not None and not ISO_COUNTRY.match(str(visit["country"])):
            problems.append(f"{where}: country {visit['country']!r}")
        for key in visit.get("areas", []):
            if key not in vocabulary:
                problems.append(f"{where}: area {key!r} not in the vocabulary")

    for invitation in gold["invitations"]:
        where = f"invitation {invitation.get('id')}"
        refers(f"{where} inviter", invitation.get("inviter"), "organisations")
        refers(f"{where} invitee", invitation.get("invitee"), "organisations")
        if invitation.get("purpose") not in set(InvitationPurpose):
            problems.append(f"{where}: purpose {invitation.get('purpose')!r}")
        if invitation.get("status") not in set(InvitationStatus):
            problems.append(f"{where}: status {invitation.get('status')!r}")
        if invitation.get("country") is not None and not ISO_COUNTRY.match(
            str(invitation["country"])
        ):
            problems.append(f"{where}: country {invitation['country']!r}")
        problems += _date_problems(where, invitation.get("issued_on"), None)

    for agreement in gold["agreements"]:
        where = f"agreement {agreement.get('id')}"
        parties = agreement.get("parties", [])
        if len(parties) < 2 or len(set(parties)) != len(parties):
            problems.append(f"{where}: needs two or more distinct parties")
        for org_id in parties:
            refers(f"{where} party", org_id, "organisations")
        if agreement.get("kind") not in set(AgreementKind):
            problems.append(f"{where}: kind {agreement.get('kind')!r}")
        if agreement.get("status") not in set(AgreementStatus):
            problems.append(f"{where}: status {agreement.get('status')!r}")
        problems += _date_problems(where, agreement.get("date"), agreement.get("date_precision"))

    area_keys = [area.get("key") for area in gold["areas"]]
    for key in area_keys:
        if key not in vocabulary:
            problems.append(f"area {key!r} not in the vocabulary")
    for visit in gold["visits"]:
        for key in visit.get("areas", []):
            if key not in area_keys:
                problems.append(
                    f"visit {visit.get('id')}: area {key!r} missing from the areas list"
                )

    for follow_up in gold["follow_ups"]:
        where = f"follow-up {follow_up.get('id')}"
        if not follow_up.get("description"):
            problems.append(f"{where}: no description")
        related = follow_up.get("related") or []
        for rid in [related] if isinstance(related, str) else related:
            if rid not in ids:
                problems.append(f"{where}: related {rid!r} is not an id of this proposal")
        problems += _date_problems(where, follow_up.get("due_on"), None)
    return problems


def gold_path(txt: Path) -> Path:
    if txt.parent == SAMPLE_TEXTS:
        return SAMPLE_GOLD / f"{txt.stem}.json"
    return txt.with_suffix(".json")


def load_gold(txt: Path) -> dict:
    return json.loads(gold_path(txt).read_text(encoding="utf-8"))


def split_of(txt: Path) -> str:
    return "samples" if txt.parent == SAMPLE_TEXTS else txt.parent.name


SAMPLE_DISPATCHES = sorted(SAMPLE_TEXTS.glob("*.txt"))
GOLD_DISPATCHES = ALL_DISPATCHES + SAMPLE_DISPATCHES


# ---------------------------------------------------------------------------
# The corpus as a whole


def test_corpus_is_big_enough_and_bilingual():
    languages = [load_gold(path)["dispatch"]["language"] for path in ALL_DISPATCHES]
    assert len(languages) >= 40
    assert languages.count("fr") >= 24
    assert languages.count("en") >= 14
    for split in SPLITS:
        split_languages = {load_gold(path)["dispatch"]["language"] for path in dispatches(split)}
        assert split_languages == {"fr", "en"}, split


@pytest.mark.parametrize("split", SPLITS)
def test_every_dispatch_has_gold_and_every_gold_a_dispatch(split):
    folder = CORPUS / split
    texts = {path.stem for path in folder.glob("*.txt")}
    golds = {path.stem for path in folder.glob("*.json")} - {"known"}
    assert texts, f"no dispatches in {split}"
    assert texts - golds == set(), "dispatches without gold"
    assert golds - texts == set(), "gold without a dispatch"


@pytest.mark.parametrize("split", SPLITS)
def test_split_covers_every_case(split):
    covered = set()
    for path in dispatches(split):
        covered |= set(load_gold(path).get("cases", []))
    assert REQUIRED_CASES - covered == set()
    assert covered - REQUIRED_CASES <= EXTRA_CASES, "unknown case tag"


def case_problems(gold: dict) -> list[str]:
    """Case tags that the gold records themselves contradict."""
    cases = set(gold.get("cases", []))
    visits, invitations, agreements = gold["visits"], gold["invitations"], gold["agreements"]
    completed = [v for v in visits if v["status"] == "completed"]
    checks = {
        "visit-no-invitation": bool(visits) and not invitations,
        "two-visits": len(completed) >= 2,
        "invitation-pending": any(i["status"] == "pending" for i in invitations),
        "invitation-accepted": any(i["status"] == "accepted" for i in invitations),
        "mou-no-visit": not visits
        and any(a["kind"] == "mou" and a["status"] == "signed" for a in agreements),
        "agreement-planned": any(a["status"] == "planned" for a in agreements),
        "agreement-no-visit": not visits and bool(agreements),
        "invitation-declined": any(i["status"] == "declined" for i in invitations),
        "no-records": not visits and not invitations and not agreements,
        "planned-visit": any(v["status"] == "planned" for v in visits),
        "known-alias": any("existing_id" in org for org in gold["organisations"]),
        "acronym-parenthesised": any(org.get("acronym") for org in gold["organisations"]),
        "acronym-alone": any(org.get("acronym") for org in gold["organisations"]),
    }
    return [
        f"tagged {case} but the gold disagrees"
        for case, holds in checks.items()
        if case in cases and not holds
    ]


@pytest.mark.parametrize("txt", GOLD_DISPATCHES, ids=lambda p: f"{split_of(p)}/{p.stem}")
def test_case_tags_agree_with_gold(txt):
    assert case_problems(load_gold(txt)) == []


def test_case_check_catches_a_wrong_tag():
    gold = load_gold(CORPUS / "dev" / "fr03_pekin_ucad_invitation.txt")
    gold["cases"].append("visit-no-invitation")
    assert case_problems(gold) == ["tagged visit-no-invitation but the gold disagrees"]


@pytest.mark.parametrize("split", SPLITS)
def test_known_records_are_well_formed(split):
    known = json.loads((CORPUS / split / "known.json").read_text(encoding="utf-8"))
    ids = [org["id"] for org in known["organisations"]]
    assert len(ids) == len(set(ids))
    for org in known["organisations"]:
        assert isinstance(org["id"], int)
        assert org["name"].strip()
        assert org["kind"] in set(OrganisationKind)
        assert ISO_COUNTRY.match(org["country"])
        assert all(isinstance(alias, str) and alias for alias in org["aliases"])
    resolved = {
        org["existing_id"]
        for path in dispatches(split)
        for org in load_gold(path)["organisations"]
        if "existing_id" in org
    }
    assert resolved, f"no dispatch of {split} names an organisation the database knows"


def test_no_paragraph_is_shared_between_dispatches():
    """A held-out dispatch must not be a near copy of a dev one (or of another dispatch)."""
    seen: dict[str, str] = {}
    for path in GOLD_DISPATCHES:
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            key = " ".join(paragraph.split()).casefold()
            if len(key) < 80:
                continue
            assert key not in seen, f"{path.name} repeats a paragraph of {seen.get(key)}"
            seen[key] = path.name


# ---------------------------------------------------------------------------
# Each dispatch and its gold


@pytest.mark.parametrize("txt", GOLD_DISPATCHES, ids=lambda p: f"{split_of(p)}/{p.stem}")
def test_gold_follows_the_contract(txt):
    gold = load_gold(txt)
    assert gold_problems(gold, known_ids(split_of(txt)), area_vocabulary()) == []


def test_every_sample_has_gold_and_every_gold_a_sample():
    texts = {path.stem for path in SAMPLE_DISPATCHES}
    golds = {path.stem for path in SAMPLE_GOLD.glob("*.json")} - {"known"}
    assert len(texts) == 7
    assert texts == golds


@pytest.mark.parametrize("txt", SAMPLE_DISPATCHES, ids=lambda p: p.stem)
def test_sample_gold_agrees_with_the_sample_header(txt):
    gold = load_gold(txt)
    first_line = txt.read_text(encoding="utf-8").splitlines()[0]
    header = HEADER_DATE.match(first_line)
    if header:
        assert gold["dispatch"]["published_on"].startswith(header.group(1))
    assert f"_{gold['dispatch']['language']}_" in txt.name


def test_icesco_sample_gold_has_the_visit_and_both_invitations():
    """The seed-like sample: ICESCO's director general at Huawei in Beijing, two invitations."""
    gold = load_gold(SAMPLE_TEXTS / "01_fr_icesco_huawei_pekin.txt")
    names = {org["id"]: org["acronym"] or org["name"] for org in gold["organisations"]}
    (visit,) = gold["visits"]
    assert [names[o] for o in visit["visitors"]] == ["ICESCO"]
    assert names[visit["host"]] == "Huawei" and visit["city"] == "Beijing"
    invitations = {
        (names[i["inviter"]], names[i["invitee"]], i["purpose"], i["status"])
        for i in gold["invitations"]
    }
    assert invitations == {
        ("ICESCO", "Huawei", "visit", "pending"),
        ("ICESCO", "Huawei", "talk", "pending"),
    }
    people = {person["name"]: names[person["organisation"]] for person in gold["people"]}
    assert people == {"Karim Benslimane": "ICESCO", "Omar Fassi": "ICESCO"}


@pytest.mark.parametrize("txt", ALL_DISPATCHES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_dispatch_reads_like_a_wire(txt):
    raw = txt.read_bytes()
    text = raw.decode("utf-8")  # raises if a file is not UTF-8
    gold = load_gold(txt)
    lines = text.splitlines()
    header = HEADER_DATE.match(lines[0])
    if header:
        assert gold["dispatch"]["published_on"].startswith(header.group(1))
    words = len(text.split())
    assert 150 <= words <= 400, f"{words} words"
    assert txt.name.startswith(gold["dispatch"]["language"])


# ---------------------------------------------------------------------------
# The checker itself catches broken gold


@pytest.fixture
def sound_gold():
    return load_gold(CORPUS / "dev" / "fr03_pekin_ucad_invitation.txt")


def test_sound_gold_has_no_problems(sound_gold):
    assert gold_problems(sound_gold, known_ids("dev"), area_vocabulary()) == []


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda g: g["visits"][0].update(host="o9"), "'o9' is not an id of organisations"),
        (lambda g: g["invitations"][0].update(invitee="p1"), "'p1' is not an id of organisations"),
        (lambda g: g["visits"][0].update(date="2025-04-31"), "not a date"),
        (lambda g: g["visits"][0].update(date_precision="month"), "has precision day"),
        (lambda g: g["visits"][0].update(status="done"), "status 'done'"),
        (lambda g: g["invitations"][0].update(purpose="lunch"), "purpose 'lunch'"),
        (lambda g: g["organisations"][0].update(kind="club"), "kind 'club'"),
        (lambda g: g["organisations"][0].update(country="Senegal"), "not ISO alpha-2"),
        (lambda g: g["organisations"][0].update(existing_id=99), "not in known.json"),
        (lambda g: g["people"][1].update(id="p1"), "id p1 used twice"),
        (lambda g: g["areas"].append({"key": "knitting"}), "'knitting' not in the vocabulary"),
        (lambda g: g["follow_ups"][0].update(related=["x7"]), "'x7' is not an id"),
        (lambda g: g.pop("agreements"), "missing 'agreements'"),
    ],
)
def test_checker_reports_broken_gold(sound_gold, breakage, expected):
    broken = copy.deepcopy(sound_gold)
    breakage(broken)
    problems = gold_problems(broken, known_ids("dev"), area_vocabulary())
    assert any(expected in problem for problem in problems), problems
