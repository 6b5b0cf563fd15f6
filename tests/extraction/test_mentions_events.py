"""Mentions, coreference, events and areas on small texts of our own, then whole dispatches."""

from __future__ import annotations

import datetime as dt

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
    # A misspelt name still finds its record (fuzzy match), a different one does not.
    typo = extract("Le président de l'Université Mohamed V de Rabat a reçu le ministre.", known=known)
    assert [(o["name"], o["existing_id"]) for o in typo["organisations"]] == [("Université Mohamed V de Rabat", 11)]
    other = extract("Le président de l'Université Hassan II de Casablanca a reçu le ministre.", known=known)
    assert [o["existing_id"] for o in other["organisations"]] == [None]


def test_known_records_straight_from_the_store(db_path):
    """The store's known_organisations()/known_people() rows build KnownRecords as they are."""
    from partnertracker.domain import Alias, Organisation, OrganisationKind, Person
    from partnertracker.store import open_store

    store = open_store(db_path)
    try:
        home = store.add_organisation(Organisation(
            name="Organisation for Learning and Heritage", acronym="OLH", kind=OrganisationKind.INTERGOVERNMENTAL,
            country="MA", aliases=[Alias("Organisation pour l'Apprentissage et le Patrimoine", "fr")],
        ))
        partner = store.add_organisation(Organisation(name="Nimbus Telecom", kind=OrganisationKind.COMPANY, country="CN"))
        director = store.add_person(Person(name="Amina Benali", honorific="Dr", organisation_id=home.id))
        known = KnownRecords(store.known_organisations(), store.known_people())
    finally:
        store.close()
    text = (
        "La Directrice générale de l'Organisation pour l'Apprentissage et le Patrimoine, Dr Amina Benali, "
        "a visité hier le siège de Nimbus Telecom à Shenzhen."
    )
    proposal = extract(text, known=known)
    assert _org_named(proposal, "OLH")["existing_id"] == home.id
    assert next(o for o in proposal["organisations"] if o["name"] == "Nimbus Telecom")["existing_id"] == partner.id
    assert _person(proposal, "Benali")["existing_id"] == director.id


ENGLISH_MINISTRY = """date 2025-09-12
AMMAN, Sept 12 (Petra) -- The Minister of Education, H.E. Dr Omar Khalidi, received on Wednesday a delegation from the Islamic Development Bank (IsDB) led by its Vice-President, Mr Tariq Aziz.

The two sides signed a Memorandum of Understanding (MoU) on school construction in refugee-hosting areas.

Khalidi accepted an invitation from the Bank to attend its annual meetings in Jeddah next year. He also extended an invitation to the Bank's president to visit Amman.

Yesterday, the Jordanian company Zain Tech hosted the delegation at its headquarters in Amman.
"""


def test_ministry_from_the_minister_title_and_invitations_both_ways():
    proposal = extract(ENGLISH_MINISTRY)
    bank = _org_named(proposal, "IsDB")
    ministry = _org_named(proposal, "Ministry of Education")
    assert (ministry["kind"], ministry["country"]) == ("government", "JO")
    khalidi = _person(proposal, "Khalidi")
    assert (khalidi["honorific"], khalidi["title"], khalidi["organisation"]) == ("H.E. Dr", "Minister of Education", ministry["id"])
    assert _person(proposal, "Aziz")["organisation"] == bank["id"]
    assert "MoU" not in [o["acronym"] for o in proposal["organisations"]]
    received, hosted = proposal["visits"]
    assert (received["visitors"], received["host"], received["date"]) == ([bank["id"]], ministry["id"], "2025-09-10")
    assert _org(proposal, hosted["host"])["name"] == "Zain Tech" and hosted["visitors"] == [bank["id"]]
    accepted = next(i for i in proposal["invitations"] if i["status"] == "accepted")
    assert (accepted["inviter"], accepted["invitee"], accepted["city"]) == (bank["id"], ministry["id"], "Jeddah")
    pending = next(i for i in proposal["invitations"] if i["status"] == "pending")
    assert (pending["inviter"], pending["invitee"], pending["purpose"], pending["city"]) == (ministry["id"], bank["id"], "visit", "Amman")
    (mou,) = proposal["agreements"]
    assert set(mou["parties"]) == {bank["id"], ministry["id"]} and mou["kind"] == "mou"


FRENCH_BANK = """date 2025-10-03
Dakar, 3 octobre (APS) - Le ministre de l'Enseignement supérieur, M. Moussa Diop, a reçu jeudi une délégation de la Banque africaine de développement (BAD) conduite par son vice-président, M. Kofi Mensah.

Les deux parties ont signé un protocole d'accord pour la construction de trois instituts supérieurs d'enseignement professionnel.

M. Mensah a invité le ministre à prendre part aux Assemblées annuelles de la Banque, à Abidjan, en mai prochain. Le ministre a accepté l'invitation.

La veille, la délégation s'était rendue au siège de la société sénégalaise Teranga Solar, à Thiès, où elle a été reçue par sa directrice générale, Mme Awa Fall.
"""


def test_french_delegation_two_visits_accepted_invitation_and_protocol():
    proposal = extract(FRENCH_BANK)
    bank = _org_named(proposal, "BAD")
    assert bank["name"] == "Banque africaine de développement"
    ministry = _org_named(proposal, "ministère de l'Enseignement supérieur")
    solar = _org_named(proposal, "Teranga Solar")
    assert (solar["kind"], solar["country"]) == ("company", "SN")
    assert _person(proposal, "Mensah")["organisation"] == bank["id"]
    assert _person(proposal, "Fall")["organisation"] == solar["id"]
    visits = {(v["host"], v["city"], v["date"]) for v in proposal["visits"]}
    # "La veille" is the day before the Thursday just told (2 October), not before publication.
    assert visits == {(ministry["id"], "Dakar", "2025-10-02"), (solar["id"], "Thiès", "2025-10-01")}
    assert all(v["visitors"] == [bank["id"]] for v in proposal["visits"])
    (invitation,) = proposal["invitations"]
    assert (invitation["inviter"], invitation["invitee"], invitation["status"]) == (bank["id"], ministry["id"], "accepted")
    assert (invitation["city"], invitation["country"]) == ("Abidjan", "CI")
    (protocol,) = proposal["agreements"]
    assert (protocol["kind"], protocol["status"], set(protocol["parties"])) == ("mou", "signed", {bank["id"], ministry["id"]})


HEADLINED_EN = """ALECSO and Orbis Learning sign MoU on Arabic e-learning

TUNIS, Feb. 3 (TAP) -- The Arab League Educational, Cultural and Scientific Organization (ALECSO) and the British education company Orbis Learning signed on Monday a memorandum of understanding on Arabic-language e-learning content.

ALECSO Director-General Dr Mohamed Ould Amar met with Orbis Learning chief executive Sarah Collins in Tunis before the signing ceremony.

Collins said the company would open a regional office in Tunis later this year. She invited Ould Amar to speak at the Orbis annual summit in London in May.
"""


def test_headline_titles_without_commas_and_a_pronoun_inviter():
    proposal = extract(HEADLINED_EN, today=dt.date(2026, 5, 1))
    assert proposal["dispatch"]["title"] == "ALECSO and Orbis Learning sign MoU on Arabic e-learning"
    # "Feb. 3" and no year anywhere: the latest 3 February not after today, said in a warning.
    assert proposal["dispatch"]["published_on"] == "2026-02-03"
    assert proposal["warnings"] == ["the dateline gives no year; 2026 was assumed for its dates"]
    alecso = _org_named(proposal, "ALECSO")
    assert alecso["name"] == "Arab League Educational, Cultural and Scientific Organization"
    orbis = _org_named(proposal, "Orbis Learning")
    assert (orbis["kind"], orbis["country"]) == ("company", "GB")
    collins = _person(proposal, "Collins")
    assert (collins["title"], collins["organisation"]) == ("chief executive", orbis["id"])
    amar = _person(proposal, "Ould Amar")
    assert (amar["title"], amar["organisation"]) == ("Director-General", alecso["id"])
    (invitation,) = proposal["invitations"]
    assert (invitation["inviter"], invitation["invitee"], invitation["purpose"]) == (orbis["id"], alecso["id"], "talk")
    assert (invitation["city"], invitation["country"]) == ("London", "GB")
    (mou,) = proposal["agreements"]
    assert set(mou["parties"]) == {alecso["id"], orbis["id"]}


UNIVERSITY_FR = """date 2025-11-14
Tunis, 14 novembre (TAP) - L'Université de Sousse a accueilli mardi une délégation de l'Agence universitaire de la Francophonie (AUF), conduite par sa vice-rectrice chargée des partenariats, Mme Claire Dubois, pour examiner le lancement d'un incubateur de start-up étudiantes.

Le président de l'université, Pr Hatem Mahjoub, et Mme Dubois ont paraphé à cette occasion un accord-cadre de coopération portant sur l'entrepreneuriat et la formation des enseignants.

L'AUF organisera en mars prochain à Montréal un colloque sur l'innovation pédagogique, auquel Mme Dubois a convié l'Université de Sousse.

La délégation se rendra jeudi à Sfax, où elle sera reçue par la société Sfax Digital Hub.
"""


def test_host_subject_planned_visit_and_an_event_named_before_the_invitation():
    proposal = extract(UNIVERSITY_FR)
    auf = _org_named(proposal, "AUF")
    sousse = _org_named(proposal, "Université de Sousse")
    hub = _org_named(proposal, "Sfax Digital Hub")
    assert _person(proposal, "Dubois")["organisation"] == auf["id"]
    assert _person(proposal, "Dubois")["title"] == "vice-rectrice chargée des partenariats"
    completed = next(v for v in proposal["visits"] if v["status"] == "completed")
    assert (completed["visitors"], completed["host"], completed["city"], completed["date"]) == ([auf["id"]], sousse["id"], "Sousse", "2025-11-11")
    planned = next(v for v in proposal["visits"] if v["status"] == "planned")
    assert (planned["visitors"], planned["host"], planned["city"], planned["date"]) == ([auf["id"]], hub["id"], "Sfax", "2025-11-20")
    (invitation,) = proposal["invitations"]
    assert (invitation["inviter"], invitation["invitee"], invitation["purpose"]) == (auf["id"], sousse["id"], "event")
    assert (invitation["city"], invitation["country"]) == ("Montréal", "CA")
    assert invitation["issued_on"] == "2025-11-11"  # at the meeting, not "en mars prochain"
    (framework,) = proposal["agreements"]
    assert (framework["kind"], framework["status"]) == ("cooperation-agreement", "signed")


def test_the_company_and_the_university_find_their_antecedents():
    text = (
        "CAIRO, March 27 (MENA) - Cairo University President Professor Tarek Ezzat received the chief executive "
        "of Egyptian software company Nilecode, Ms Nourhan Said, at the University's headquarters. "
        "Ezzat praised the company's record and said the University wanted more industry partners."
    )
    proposal = extract(text)
    university = _org_named(proposal, "Cairo University")
    company = _org_named(proposal, "Nilecode")
    assert _span_texts(text, university["mentions"]).count("the University") == 2
    assert "the company" in _span_texts(text, company["mentions"])
    assert (company["kind"], company["country"]) == ("company", "EG")
    ezzat = _person(proposal, "Ezzat")
    assert (ezzat["honorific"], ezzat["title"], ezzat["organisation"]) == ("Professor", "President", university["id"])
    (visit,) = proposal["visits"]
    assert (visit["visitors"], visit["host"]) == ([company["id"]], university["id"])


RELATIVE_EN = """date 2025-03-20
ISLAMABAD, March 20 (APP) - A delegation of the Organisation of Islamic Cooperation (OIC) led by its Assistant Secretary General for Science and Technology, Ambassador Yusuf Bello, visited the COMSATS University Islamabad last week.

Yesterday, Bello met Federal Minister for Education Ms Aisha Farooq, who accepted an invitation to attend the OIC ministerial conference on science in Baku in June.

The Vice-Chancellor of COMSATS, Dr Imran Qureshi, will visit the OIC General Secretariat in Jeddah in April.
"""


def test_relative_dates_meetings_and_a_planned_return_visit():
    proposal = extract(RELATIVE_EN)
    oic = _org_named(proposal, "OIC")
    comsats = _org_named(proposal, "COMSATS University Islamabad")
    assert comsats["acronym"] == "COMSATS"  # the bare acronym later is the same university
    ministry = _org_named(proposal, "Ministry for Education")
    assert _person(proposal, "Bello")["organisation"] == oic["id"]
    assert _person(proposal, "Farooq")["organisation"] == ministry["id"]
    visits = [(v["visitors"], v["host"], v["city"], v["date"], v["status"]) for v in proposal["visits"]]
    assert visits == [
        ([oic["id"]], comsats["id"], "Islamabad", "2025-03", "completed"),  # "last week": the month
        ([oic["id"]], ministry["id"], "Islamabad", "2025-03-19", "completed"),  # "Yesterday", not Baku
        ([comsats["id"]], oic["id"], "Jeddah", "2025-04", "planned"),
    ]
    (invitation,) = proposal["invitations"]
    assert (invitation["status"], invitation["purpose"], invitation["city"]) == ("accepted", "event", "Baku")


MEETING_FR = """date 2025-06-12
Rabat, 12 juin (MAP) - Le ministre marocain de l'Industrie et du Commerce, M. Karim Tazi, s'est entretenu jeudi à Rabat avec une délégation du groupe japonais Hoshino Electronics, conduite par son vice-président exécutif, M. Kenji Sato.

M. Tazi a invité les responsables du groupe à visiter le salon international de l'industrie qui se tiendra à Casablanca en octobre prochain.
"""


def test_a_delegation_met_at_home_is_the_visitor_and_a_fair_is_an_event():
    proposal = extract(MEETING_FR)
    ministry = _org_named(proposal, "ministère de l'Industrie et du Commerce")
    group = _org_named(proposal, "Hoshino Electronics")
    assert (ministry["country"], group["country"]) == ("MA", "JP")
    (visit,) = proposal["visits"]
    # "jeudi" in Thursday's wire is the Thursday before.
    assert (visit["visitors"], visit["host"], visit["city"], visit["date"]) == ([group["id"]], ministry["id"], "Rabat", "2025-06-05")
    (invitation,) = proposal["invitations"]
    assert (invitation["purpose"], invitation["event"], invitation["city"]) == ("event", "salon international de l'industrie", "Casablanca")


def test_a_name_coordinated_with_an_organisation_is_one():
    proposal = extract("date 2025-02-11\nRabat, 11 février (MAP) - Kavak Labs et l'ICESCO ont signé mardi un mémorandum d'entente.")
    assert {o["name"] for o in proposal["organisations"]} == {"Kavak Labs", "ICESCO"}
    (mou,) = proposal["agreements"]
    assert (mou["kind"], mou["status"], mou["date"], len(mou["parties"])) == ("mou", "signed", "2025-02-04", 2)
    # A nationality or a person next to "and" is not an organisation.
    english = extract("UNESCO and the German software firm Nordlicht Systems signed an agreement.")
    assert {o["name"] for o in english["organisations"]} == {"UNESCO", "Nordlicht Systems"}


def test_talks_by_videoconference_and_meetings_on_the_sidelines_are_not_visits():
    remote = extract(
        "date 2025-03-04\nRabat, 4 mars (MAP) - Le Directeur général de l'ICESCO, Dr Karim Benslimane, "
        "s'est entretenu lundi par visioconférence avec la présidente de l'Université de Genève, Pr Hélène Mauduit."
    )
    assert remote["visits"] == []
    sidelines = extract(
        "date 2025-03-04\nNEW YORK, March 4 (WAM) -- ICESCO Director-General Dr Karim Benslimane met with "
        "UNESCO Director-General Audrey Vallier on the sidelines of the UN General Assembly."
    )
    assert sidelines["visits"] == []
    # A visit stays a visit when the word "online" is about something else.
    visit = extract(
        "date 2025-09-26\nMoscou, 26 septembre (TAP) - Jeudi, Pr Nabil Ayari, président de l'Université de Carthage, "
        "a visité le siège de la société Baykal Soft, qui lui a présenté ses plateformes d'apprentissage en ligne."
    )
    assert len(visit["visits"]) == 1


def test_a_company_named_without_its_legal_words_is_the_record_on_file():
    """The officer's record says "Huawei Technologies", the dispatch says "Huawei" (and the other way
    round): the same company, linked, not a new one. Two companies that share only a first word are
    not merged."""
    on_file = KnownRecords(organisations=[
        (4, "Huawei Technologies", None, [], "company", "CN"),
        (5, "Orion", None, [], "company", "KE"),
        (6, "Nimbus Systems Ltd", None, [], "company", "IN"),
    ])
    text = ("L'entreprise Huawei a reçu le groupe Orion Technologies Ltd et une délégation de "
            "Nimbus Analytics à Pékin.")
    found = {o["name"]: o["existing_id"] for o in extract(text, known=on_file)["organisations"]}
    assert found["Huawei"] == 4
    assert [i for name, i in found.items() if name.startswith("Orion")] == [5]
    assert found["Nimbus Analytics"] is None


def test_names_on_file_that_share_their_first_words_are_each_found_where_the_text_holds_them():
    # Many partners begin alike ("University of ..."); the text is searched by first words, so each
    # must still be found whole, in its place, and a name starting with a digit too.
    known = KnownRecords(
        organisations=[(100 + i, f"University of Northfield Campus {i}", None, [], "university", "GB") for i in range(50)]
        + [(7, "University of Lagos", "UNILAG", ["Unilag"], "university", "NG"),
           (8, "3M Education Foundation", None, [], "foundation", "US"),
           (9, "Lagos", None, [], None, None)],
        people=[],
    )
    text = ("LAGOS, 3 June -- A delegation of the 3M Education Foundation visited the University of Lagos "
            "yesterday. University of Northfield Campus 17 sent its greetings.")
    proposal = extract(text, known=known)
    found = {o["name"]: o["existing_id"] for o in proposal["organisations"]}
    assert found["University of Lagos"] == 7
    assert found["3M Education Foundation"] == 8
    assert found["University of Northfield Campus 17"] == 117


def test_the_two_institutions_that_sign_are_the_sides_of_the_visit_told_before():
    """The visit's evidence runs on past the signing ("La délégation a ensuite rencontré ..."):
    it is still the visit told before "les deux établissements ont signé"."""
    text = (
        "date 2025-05-22\nMarrakech, le 22 mai 2025 - L'Université Cadi Ayyad (UCA) a accueilli mardi une "
        "délégation de l'Université de Sherbrooke, conduite par sa vice-rectrice, Mme Geneviève Roy. "
        "Cette visite rendait celle qu'avait effectuée à Sherbrooke, en février dernier, le président de l'UCA.\n\n"
        "Au terme de la séance de travail, les deux établissements ont signé un accord d'échange d'étudiants.\n\n"
        "La délégation de l'Université de Sherbrooke a ensuite rencontré des chercheurs de l'UCA.\n"
    )
    proposal = extract(text)
    names = {o["id"]: o["name"] for o in proposal["organisations"]}
    [agreement] = proposal["agreements"]
    assert sorted(names[p] for p in agreement["parties"]) == ["Université Cadi Ayyad", "Université de Sherbrooke"]


def test_a_surname_mentioned_alone_keeps_the_words_of_the_name_before_it():
    """Highlighted in the review: "Al Suwaidi", "Van den Broek", not "Suwaidi" and "Broek"."""
    text = (
        "date 2025-06-19\nLAGOS, June 19 (NAN) - Dr Khalid Al Suwaidi, director-general of the Qalam "
        "Heritage Foundation, met Ms Annelies van den Broek of the University of Lagos on Tuesday.\n\n"
        "Al Suwaidi offered to train librarians. Van den Broek welcomed the offer, and Suwaidi thanked her.\n"
    )
    proposal = extract(text)
    shown = {p["name"]: [text[s:e] for s, e in p["mentions"]] for p in proposal["people"]}
    assert shown["Khalid Al Suwaidi"] == ["Dr Khalid Al Suwaidi", "Al Suwaidi", "Suwaidi"]
    assert shown["Annelies van den Broek"] == ["Ms Annelies van den Broek", "Van den Broek"]
