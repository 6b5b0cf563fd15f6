"""Language knowledge is data: every language file and the area vocabulary carry what the engine reads."""

from __future__ import annotations

import json

import pytest

from partnertracker.extraction import extract
from partnertracker.extraction.languages import available_languages
from partnertracker.resources import resource_path

REQUIRED = ("months", "weekdays", "honorifics", "titles", "visit", "invitation", "agreement", "follow_up", "anaphors")


@pytest.mark.parametrize("code", ["fr", "en", "ar", "es"])
def test_language_file_has_what_the_engine_reads(code):
    assert code in available_languages()
    data = json.loads(resource_path("lang", f"{code}.json").read_text(encoding="utf-8"))
    for key in REQUIRED:
        assert data.get(key), f"{code}.json lacks {key}"
    assert len(set(data["months"].values())) == 12
    for group in ("completed", "planned", "completed_host"):
        assert data["visit"][group]


def test_every_area_has_labels_in_four_languages():
    vocabulary = json.loads(resource_path("areas.json").read_text(encoding="utf-8"))
    assert {"artificial-intelligence", "digital-education", "teacher-training", "computing"} <= set(vocabulary)
    for key, entry in vocabulary.items():
        assert key == key.lower() and " " not in key
        assert set(entry["labels"]) >= {"fr", "en", "ar", "es"}, key


def test_spanish_is_read_from_its_data_file():
    text = (
        "date 2025-05-08\nMadrid, 8 de mayo (EFE) - La Universidad Complutense de Madrid recibió ayer "
        "a una delegación de la Organización de Estados Iberoamericanos (OEI). Las dos instituciones "
        "firmaron un memorando de entendimiento sobre formación docente e inteligencia artificial."
    )
    proposal = extract(text)
    assert proposal["dispatch"]["language"] == "es"
    assert proposal["dispatch"]["published_on"] == "2025-05-08"
    names = {o["name"] for o in proposal["organisations"]}
    assert "Universidad Complutense de Madrid" in names
    assert any(a["kind"] == "mou" and a["status"] == "signed" for a in proposal["agreements"])
    assert {"teacher-training", "artificial-intelligence"} <= {a["key"] for a in proposal["areas"]}


def test_arabic_months_and_areas():
    text = "الرباط، 14 يوليو 2025 - استقبل المدير العام للمنظمة وفدا من الجامعة لبحث التعاون في الذكاء الاصطناعي والتعليم الرقمي."
    proposal = extract(text)
    assert proposal["dispatch"]["language"] == "ar"
    assert {"artificial-intelligence", "digital-education"} <= {a["key"] for a in proposal["areas"]}


def test_spanish_visit_invitation_and_people_from_the_data_file_alone():
    text = (
        "date 2025-05-08\nMadrid, 8 de mayo (EFE) - El rector de la Universidad Complutense de Madrid, Dr. Javier Ortega, "
        "recibió ayer a una delegación de la Organización de Estados Iberoamericanos (OEI), encabezada por su "
        "secretaria general, Dra. Lucía Herrera.\n\nHerrera invitó al rector a participar en el congreso "
        "iberoamericano de educación que la OEI celebrará en Lima en octubre."
    )
    proposal = extract(text)
    orgs = {o["acronym"] or o["name"]: o["id"] for o in proposal["organisations"]}
    people = {p["name"]: (p["honorific"], p["title"], p["organisation"]) for p in proposal["people"]}
    assert people["Lucía Herrera"] == ("Dra.", "secretaria general", orgs["OEI"])
    assert people["Javier Ortega"] == ("Dr.", "rector", orgs["Universidad Complutense de Madrid"])
    (visit,) = proposal["visits"]
    assert (visit["visitors"], visit["host"], visit["date"]) == ([orgs["OEI"]], orgs["Universidad Complutense de Madrid"], "2025-05-07")
    (invitation,) = proposal["invitations"]
    assert (invitation["purpose"], invitation["city"], invitation["country"]) == ("event", "Lima", "PE")


@pytest.fixture
def fresh_grammar():
    """grammar.forget, to rebuild the regexes from language data the test changed; and after it."""
    from partnertracker.extraction import grammar

    yield grammar.forget
    grammar.forget()


def test_a_premises_noun_added_to_a_language_file_is_read(monkeypatch, fresh_grammar):
    # "signed ... at the compound of ICESCO": the other party came to ICESCO's seat, once the
    # language file says a compound is one; the engine's code names no such noun.
    from partnertracker.extraction.languages import load_language

    text = (
        "date 2025-06-03\nRABAT, 3 June (WAM) -- The Islamic World Educational, Scientific and Cultural Organization "
        "(ICESCO) and the Chinese company Huawei signed a memorandum of understanding on Tuesday at the compound "
        "of ICESCO in Rabat."
    )
    assert extract(text)["visits"] == []

    english = load_language("en").data
    monkeypatch.setitem(english, "headquarters_nouns", [*english["headquarters_nouns"], "compound"])
    fresh_grammar()
    proposal = extract(text)

    names = {o["id"]: o["name"] for o in proposal["organisations"]}
    visits = [([names[v] for v in visit["visitors"]], names[visit["host"]], visit["city"]) for visit in proposal["visits"]]
    assert visits == [(["Huawei"], "Islamic World Educational, Scientific and Cultural Organization", "Rabat")]
