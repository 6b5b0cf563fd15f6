"""Mentions, coreference, events and areas on small texts of our own, then whole dispatches."""

from __future__ import annotations

from partnertracker.extraction import KnownRecords, extract


def _org(proposal: dict, ref: str | None) -> dict:
    return next(o for o in proposal["organisations"] if o["id"] == ref)


def _org_named(proposal: dict, text: str) -> dict:
    return next(o for o in proposal["organisations"] if text in (o["name"], o["acronym"]))


def _person(proposal: dict, surname: str) -> dict:
    return next(p for p in proposal["people"] if p["name"].endswith(surname))


def _span_texts(text: str, spans: list[list[int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_full_name_with_acronym_and_later_mentions():
    text = (
        "Le Directeur général de l'Organisation arabe pour l'éducation et les sciences (OAES), "
        "Dr Hamid Zerouali, a reçu mardi la délégation. L'OAES a salué l'initiative, "
        "et l'Organisation poursuivra ses programmes."
    )
    proposal = extract(text)
    org = _org_named(proposal, "OAES")
    assert org["name"] == "Organisation arabe pour l'éducation et les sciences"
    assert org["kind"] == "intergovernmental"
    assert _span_texts(text, org["mentions"]) == [
        "Organisation arabe pour l'éducation et les sciences", "OAES", "OAES", "l'Organisation",
    ]
    person = _person(proposal, "Zerouali")
    assert (person["honorific"], person["title"], person["organisation"]) == ("Dr", "Directeur général", org["id"])


def test_kind_nouns_and_coreference_of_the_company():
    text = (
        "Le ministre a visité l'usine de la société chinoise Longwei Motors à Wuhan. "
        "Il a salué les investissements de la société en Afrique."
    )
    proposal = extract(text)
    company = _org_named(proposal, "Longwei Motors")
    assert company["kind"] == "company"
    assert company["country"] == "CN"
    assert "la société" in _span_texts(text, company["mentions"])


def test_english_titles_before_and_after_names():
    text = (
        "PARIS, April 2 (AFP) - The Director-General of UNESCO, Audrey Vallier, received "
        "Dr Kwame Mensah, Vice-Chancellor of the University of Ghana, at the Organization's headquarters."
    )
    proposal = extract(text)
    vallier = _person(proposal, "Vallier")
    assert vallier["title"] == "Director-General"
    assert _org(proposal, vallier["organisation"])["acronym"] == "UNESCO"
    mensah = _person(proposal, "Mensah")
    assert mensah["honorific"] == "Dr"
    assert mensah["title"] == "Vice-Chancellor"
    assert _org(proposal, mensah["organisation"])["name"] == "University of Ghana"
    (visit,) = proposal["visits"]
    assert _org(proposal, visit["host"])["acronym"] == "UNESCO"
    assert [_org(proposal, v)["name"] for v in visit["visitors"]] == ["University of Ghana"]
    assert (visit["city"], visit["country"]) == ("Paris", "FR")


def test_same_person_named_two_ways_is_one_person():
    text = "Dr Salma R. Idrissi, présidente de l'Université Al Akhawayn, a reçu le ministre. Dr Idrissi a remercié le ministre."
    proposal = extract(text)
    idrissi = [p for p in proposal["people"] if "Idrissi" in p["name"]]
    assert len(idrissi) == 1
    assert _span_texts(text, idrissi[0]["mentions"]) == ["Dr Salma R. Idrissi", "Dr Idrissi"]


def test_planned_visit_and_two_completed_visits(wire_en):
    proposal = extract(wire_en)
    completed = [v for v in proposal["visits"] if v["status"] == "completed"]
    assert [(_org(proposal, v["host"])["name"], v["city"], v["date"]) for v in completed] == [
        ("Atlas Robotics", "Casablanca", "2025-06-17"),
        ("Mohammed V University", "Rabat", "2025-06-18"),
    ]
    assert all(_org(proposal, v["visitors"][0])["acronym"] == "ABDL" for v in completed)
    planned = extract("date 2025-06-20\nLe ministre se rendra à Dakar le mois prochain pour visiter l'Université Cheikh Anta Diop.")
    (visit,) = planned["visits"]
    assert visit["status"] == "planned"
    assert (visit["city"], visit["country"], visit["date"], visit["date_precision"]) == ("Dakar", "SN", "2025-07", "month")


def test_accepted_invitation_and_agreements(wire_en):
    proposal = extract(wire_en)
    (invitation,) = proposal["invitations"]
    assert invitation["status"] == "accepted"
    assert invitation["purpose"] == "event"
    assert invitation["event"] == "Digital Classroom Forum"
    assert (invitation["city"], invitation["country"]) == ("Cairo", "EG")
    assert _org(proposal, invitation["inviter"])["acronym"] == "ABDL"
    assert _org(proposal, invitation["invitee"])["name"] == "Mohammed V University"
    agreements = {(a["kind"], a["status"]) for a in proposal["agreements"]}
    assert agreements == {("mou", "signed"), ("cooperation-agreement", "planned")}
    planned = next(a for a in proposal["agreements"] if a["status"] == "planned")
    assert {_org(proposal, p)["name"] for p in planned["parties"]} == {"Arab Bureau for Digital Learning", "Atlas Robotics"}
    assert (planned["date"], planned["date_precision"]) == ("2025-07", "month")


def test_declined_invitation():
    text = (
        "date 2025-02-10\nTunis, 10 février (TAP) - Le président de l'Université de Sfax, Pr Ali Trabelsi, "
        "a invité la société Medina Soft à participer au salon de l'emploi. La société a décliné l'invitation."
    )
    (invitation,) = extract(text)["invitations"]
    assert invitation["status"] == "declined"


def test_areas_from_the_vocabulary_but_not_from_names():
    text = (
        "L'Organisation arabe pour l'éducation, la culture et les sciences (ALECSO) a signé un accord "
        "sur l'intelligence artificielle, la formation des enseignants et le patrimoine."
    )
    keys = [a["key"] for a in extract(text)["areas"]]
    assert keys == ["artificial-intelligence", "teacher-training", "heritage"]


def test_follow_ups_are_the_commitments():
    text = "Les deux parties ont convenu de créer un groupe de travail conjoint avant la fin de l'année."
    (follow_up,) = extract(text)["follow_ups"]
    assert "groupe de travail conjoint" in follow_up["description"]


def test_known_records_resolve_by_alias_acronym_and_fuzzy_name():
    known = KnownRecords(
        organisations=[
            (7, "Islamic World Educational, Scientific and Cultural Organization", "ICESCO",
             ["Organisation du monde islamique pour l'éducation, les sciences et la culture"], "intergovernmental", "MA"),
            (9, "Huawei Technologies Co., Ltd.", None, ["Huawei"], "company", "CN"),
            (11, "Université Mohammed V de Rabat", "UM5R", [], "university", "MA"),
        ],
        people=[(3, "Karim Benslimane", 7)],
    )
    text = (
        "Le Directeur général de l'Organisation du monde islamique pour l'éducation, les sciences et la culture, "
        "Dr Karim Benslimane, a reçu une délégation de Huawei et le président de l'Universite Mohammed V de Rabat."
    )
    proposal = extract(text, known=known)
    assert _org_named(proposal, "ICESCO")["existing_id"] == 7
    assert next(o for o in proposal["organisations"] if o["name"] == "Huawei")["existing_id"] == 9
    assert next(o for o in proposal["organisations"] if "Mohammed V" in o["name"])["existing_id"] == 11
    assert _person(proposal, "Benslimane")["existing_id"] == 3
    assert extract(text)["organisations"][0]["existing_id"] is None
