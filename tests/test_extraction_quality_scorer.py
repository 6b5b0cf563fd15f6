"""Proves the arithmetic of benchmarks/extraction_quality.py on tiny hand-made predictions."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def _load_scorer():
    spec = importlib.util.spec_from_file_location(
        "extraction_quality", ROOT / "benchmarks" / "extraction_quality.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


quality = _load_scorer()


def gold_proposal() -> dict:
    """Two visits, one invitation, one agreement, three organisations, two people."""
    return {
        "schema": "partnertracker.proposal/1",
        "dispatch": {"published_on": "2025-07-16", "language": "fr"},
        "organisations": [
            {"id": "o1", "name": "ICESCO", "acronym": "ICESCO", "aliases": [], "existing_id": 1},
            {
                "id": "o2",
                "name": "Université de Genève",
                "acronym": None,
                "aliases": ["University of Geneva"],
            },
            {"id": "o3", "name": "Tianhe Cloud Computing", "acronym": None, "aliases": []},
        ],
        "people": [
            {"id": "p1", "name": "Salim M. AlMalik", "honorific": "Dr", "organisation": "o1"},
            {"id": "p2", "name": "Hélène Mauduit", "honorific": "Pr", "organisation": "o2"},
        ],
        "visits": [
            {
                "id": "v1",
                "visitors": ["o1"],
                "host": "o2",
                "city": "Geneva",
                "country": "CH",
                "date": "2025-07-14",
                "date_precision": "day",
                "status": "completed",
            },
            {
                "id": "v2",
                "visitors": ["o1"],
                "host": "o3",
                "city": "Beijing",
                "country": "CN",
                "date": "2025-07",
                "date_precision": "month",
                "status": "completed",
            },
        ],  # fmt: skip
        "invitations": [
            {
                "id": "i1",
                "inviter": "o1",
                "invitee": "o3",
                "purpose": "visit",
                "city": "Rabat",
                "country": "MA",
                "status": "pending",
                "issued_on": "2025-07-14",
            },
        ],  # fmt: skip
        "agreements": [
            {
                "id": "a1",
                "parties": ["o1", "o2"],
                "kind": "mou",
                "status": "signed",
                "date": "2025-07-15",
                "date_precision": "day",
            },
        ],  # fmt: skip
        "areas": [{"key": "heritage"}, {"key": "computing"}],
        "follow_ups": [],
    }


def renamed(proposal: dict) -> dict:
    """The same proposal as an engine would write it: other ids, other spellings, same facts."""
    ids = {"o1": "org-a", "o2": "org-b", "o3": "org-c", "p1": "per-a", "p2": "per-b"}
    text = json.dumps(proposal)
    for old, new in ids.items():
        text = text.replace(f'"{old}"', f'"{new}"')
    result = json.loads(text)
    result["organisations"][0]["name"] = (
        "Organisation du monde islamique pour l'éducation, les sciences et la culture"
    )
    result["organisations"][1]["name"] = "UNIVERSITE DE GENEVE"  # accents and case do not matter
    result["people"][0]["name"] = "Dr Salim M. AlMalik"
    return result


def f1s(score) -> dict[str, float]:
    return {kind: score.tallies[kind].f1 for kind in quality.RECORD_TYPES}


def test_perfect_prediction_scores_one_everywhere():
    score = quality.score_proposal(gold_proposal(), renamed(gold_proposal()))
    assert f1s(score) == {kind: 1.0 for kind in quality.RECORD_TYPES}
    assert score.accuracies["date"].value == 1.0
    assert score.accuracies["date"].total == 4  # two visits, one invitation, one agreement
    assert score.accuracies["resolution"].value == 1.0
    assert score.misses == []


def test_a_missing_visit_lowers_recall_only():
    predicted = renamed(gold_proposal())
    del predicted["visits"][1]
    visits = quality.score_proposal(gold_proposal(), predicted).tallies["visits"]
    assert (visits.tp, visits.fp, visits.fn) == (1, 0, 1)
    assert visits.precision == 1.0
    assert visits.recall == 0.5
    assert visits.f1 == pytest.approx(2 / 3)


def test_an_invented_organisation_lowers_precision_only():
    predicted = renamed(gold_proposal())
    predicted["organisations"].append({"id": "org-x", "name": "Organisation peut", "aliases": []})
    organisations = quality.score_proposal(gold_proposal(), predicted).tallies["organisations"]
    assert (organisations.tp, organisations.fp, organisations.fn) == (3, 1, 0)
    assert organisations.precision == 0.75
    assert organisations.recall == 1.0


def test_organisations_match_on_acronym_or_alias():
    predicted = renamed(gold_proposal())
    predicted["organisations"][0] = {
        "id": "org-a",
        "name": "Some other spelling",
        "acronym": "icesco",
    }
    predicted["organisations"][1] = {
        "id": "org-b",
        "name": "the University of Geneva",
        "aliases": [],
    }
    organisations = quality.score_proposal(gold_proposal(), predicted).tallies["organisations"]
    assert organisations.tp == 3


def test_people_match_on_first_token_and_surname():
    gold = gold_proposal()
    predicted = renamed(gold)
    predicted["people"][0]["name"] = "Salim AlMalik"  # middle initial dropped: same person
    predicted["people"][1]["name"] = "Anne Mauduit"  # another first name: another person
    people = quality.score_proposal(gold, predicted).tallies["people"]
    assert (people.tp, people.fp, people.fn) == (1, 1, 1)


def test_visit_with_right_host_and_one_right_visitor_counts():
    gold = gold_proposal()
    gold["visits"][0]["visitors"] = ["o1", "o3"]
    predicted = renamed(gold_proposal())  # names only one of the two visitors
    assert quality.score_proposal(gold, predicted).tallies["visits"].tp == 2


def test_visit_to_the_wrong_host_is_both_a_miss_and_an_extra():
    predicted = renamed(gold_proposal())
    predicted["visits"][0]["host"] = (
        "org-c"  # Tianhe instead of Geneva; v2 already takes the Tianhe slot
    )
    visits = quality.score_proposal(gold_proposal(), predicted).tallies["visits"]
    assert (visits.tp, visits.fp, visits.fn) == (1, 1, 1)


def test_invitation_must_have_the_right_purpose():
    predicted = renamed(gold_proposal())
    predicted["invitations"][0]["purpose"] = "talk"
    invitations = quality.score_proposal(gold_proposal(), predicted).tallies["invitations"]
    assert (invitations.tp, invitations.fp, invitations.fn) == (0, 1, 1)
    assert invitations.f1 == 0.0


def test_agreement_must_have_the_whole_party_set():
    predicted = renamed(gold_proposal())
    predicted["agreements"][0]["parties"] = ["org-a", "org-b", "org-c"]
    agreements = quality.score_proposal(gold_proposal(), predicted).tallies["agreements"]
    assert (agreements.tp, agreements.fp, agreements.fn) == (0, 1, 1)


def test_a_wrong_date_or_precision_lowers_date_accuracy():
    predicted = renamed(gold_proposal())
    predicted["visits"][0]["date"] = "2025-07"  # the right month, but less precise than the text
    predicted["visits"][0]["date_precision"] = "month"
    predicted["agreements"][0]["date"] = "2025-07-16"
    score = quality.score_proposal(gold_proposal(), predicted)
    assert score.tallies["visits"].tp == 2  # a wrong date does not unmatch the visit
    assert (score.accuracies["date"].right, score.accuracies["date"].total) == (2, 4)
    assert any("date of visit" in miss for miss in score.misses)


def test_a_wrong_resolution_is_counted():
    predicted = renamed(gold_proposal())
    predicted["organisations"][0]["existing_id"] = 7
    predicted["organisations"][2]["existing_id"] = 3  # Tianhe is not in the database
    resolution = quality.score_proposal(gold_proposal(), predicted).accuracies["resolution"]
    assert (resolution.right, resolution.total) == (0, 2)


def test_empty_prediction_has_zero_recall_and_no_crash():
    score = quality.score_proposal(gold_proposal(), {})
    assert score.tallies["visits"].recall == 0.0
    assert score.tallies["visits"].precision == 1.0  # nothing wrong was said
    assert score.tallies["visits"].f1 == 0.0
    assert score.accuracies["date"].value is None


def test_tally_arithmetic():
    tally = quality.Tally(tp=3, fp=1, fn=2)
    assert tally.precision == 0.75
    assert tally.recall == 0.6
    assert tally.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert quality.Tally().f1 == 1.0  # nothing to find, nothing found


def test_fold_removes_accents_case_punctuation_and_articles():
    assert quality.fold("l'Université d'État  de Bakou") == "universite d etat de bakou"
    assert quality.fold("The University of Lagos") == quality.fold("university of lagos")
    assert quality.person_key("Pr Hélène Mauduit") == ("helene", "mauduit")
    assert quality.person_key("H.E. Dr Amina Bello") == ("amina", "bello")


# ---------------------------------------------------------------------------
# The script end to end, with an engine that answers the gold (or fails)


def _gold_answering_engine(split: str):
    answers = {
        path.read_text(encoding="utf-8"): json.loads(
            path.with_suffix(".json").read_text(encoding="utf-8")
        )
        for path in (CORPUS / split).glob("*.txt")
    }
    seen_known = []
    # One dispatch on which the fake engine crashes (a later dispatch may name the same town).
    crashing = (CORPUS / "dev" / "fr07_dakar_convention_sds.txt").read_text(encoding="utf-8")

    def extract(text, known=None):
        seen_known.append(known)
        if text == crashing:
            raise RuntimeError("engine bug")
        return copy.deepcopy(answers[text])

    return extract, seen_known


def test_perfect_engine_scores_one_on_the_dev_split_except_where_it_crashed():
    extract, seen_known = _gold_answering_engine("dev")
    total, per_file, _ = quality.score_split(CORPUS / "dev", extract, lambda rows: rows)
    assert {row["id"] for row in seen_known[0]} >= {1, 2}  # known.json reached the engine
    crashed = [name for name, score in per_file.items() if score.misses]
    assert crashed == ["fr07_dakar_convention_sds"]
    assert (
        per_file["fr07_dakar_convention_sds"].misses[0].startswith("extract() raised RuntimeError")
    )
    assert total.tallies["agreements"].fn == 1
    assert total.tallies["organisations"].precision == 1.0
    assert total.accuracies["date"].value == 1.0


def test_main_prints_json_per_split(monkeypatch, capsys):
    extract, _ = _gold_answering_engine("heldout")
    monkeypatch.setattr(quality, "_load_engine", lambda: (extract, lambda rows: rows))
    assert quality.main(["--split", "heldout", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert set(scores) == {"heldout"}
    assert scores["heldout"]["dispatches"] == len(list((CORPUS / "heldout").glob("*.txt")))
    assert scores["heldout"]["visits"]["f1"] == 1.0


def test_main_prints_a_table_with_targets(monkeypatch, capsys):
    extract, _ = _gold_answering_engine("heldout")
    monkeypatch.setattr(quality, "_load_engine", lambda: (extract, lambda rows: rows))
    assert quality.main(["--split", "heldout"]) == 0
    out = capsys.readouterr().out
    visits_line = next(
        line for line in out.splitlines() if line.split()[:2] == ["heldout", "visits"]
    )
    assert "1.00" in visits_line and ">= 0.85 ok" in visits_line


def test_main_says_so_when_the_engine_is_missing(monkeypatch, capsys):
    monkeypatch.setitem(
        sys.modules, "partnertracker.extraction", types.ModuleType("partnertracker.extraction")
    )
    assert quality.main(["--split", "dev"]) == 2
    assert "partnertracker.extraction.extract is not available" in capsys.readouterr().err


def test_main_refuses_a_folder_without_splits(tmp_path, capsys):
    assert quality.main(["--corpus", str(tmp_path)]) == 2
    assert "no dev/ folder" in capsys.readouterr().err


def test_by_language_splits_the_totals(monkeypatch, capsys):
    extract, _ = _gold_answering_engine("dev")
    monkeypatch.setattr(quality, "_load_engine", lambda: (extract, lambda rows: rows))
    assert quality.main(["--split", "dev", "--by-language", "--json", "--verbose"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert set(scores) == {"dev", "dev/fr", "dev/en"}
    assert (
        scores["dev/fr"]["dispatches"] + scores["dev/en"]["dispatches"]
        == scores["dev"]["dispatches"]
    )
    assert scores["dev/en"]["agreements"]["f1"] == 1.0
    # The one dispatch the fake engine crashes on is French: only French recall suffers.
    assert scores["dev/fr"]["agreements"]["fn"] == 1
    assert "misses" in scores["dev"]


def test_samples_split_reads_the_bundled_texts_and_their_gold(monkeypatch, capsys):
    samples = ROOT / "resources" / "samples"
    answers = {
        path.read_text(encoding="utf-8"): json.loads(
            (CORPUS / "samples" / f"{path.stem}.json").read_text(encoding="utf-8")
        )
        for path in samples.glob("*.txt")
    }

    def extract(text, known=None):
        return copy.deepcopy(answers[text])

    monkeypatch.setattr(quality, "_load_engine", lambda: (extract, lambda rows: rows))
    assert quality.main(["--split", "samples", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert set(scores) == {"samples"}
    assert scores["samples"]["dispatches"] == len(list(samples.glob("*.txt"))) == 7
    assert scores["samples"]["invitations"]["f1"] == 1.0
    assert scores["samples"]["visits"]["tp"] == sum(len(a["visits"]) for a in answers.values())


def test_samples_split_scores_a_missed_invitation(monkeypatch, capsys):
    samples = ROOT / "resources" / "samples"
    icesco = (samples / "01_fr_icesco_huawei_pekin.txt").read_text(encoding="utf-8")
    gold = json.loads(
        (CORPUS / "samples" / "01_fr_icesco_huawei_pekin.json").read_text(encoding="utf-8")
    )

    def extract(text, known=None):
        if text != icesco:
            return {}
        answer = copy.deepcopy(gold)
        answer["invitations"] = [i for i in answer["invitations"] if i["purpose"] == "visit"]
        return answer

    monkeypatch.setattr(quality, "_load_engine", lambda: (extract, lambda rows: rows))
    assert quality.main(["--split", "samples", "--json", "--verbose"]) == 0
    scores = json.loads(capsys.readouterr().out)
    # Only the ICESCO sample is answered, and only one of its two invitations.
    assert scores["samples"]["invitations"]["tp"] == 1
    assert any("talk" in miss for miss in scores["samples"]["misses"]["01_fr_icesco_huawei_pekin"])
