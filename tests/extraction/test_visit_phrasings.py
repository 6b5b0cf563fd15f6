"""Visits told in the many ways a French or English wire tells them: who came, to whom, where."""

from __future__ import annotations

import datetime as dt

import pytest

from partnertracker.extraction import extract

HEAD = "date 2025-04-10\n"

# (dispatch, visiting organisation, host, city, status)
VISITS = [
    ("Rabat, 10 avril (MAP) - Le Président de l'Université Atlas des Sciences (UAS), Pr Youssef Bennani, "
     "a effectué une visite de travail au Centre régional de recherche agronomique (CRRA) à Meknès.",
     "UAS", "CRRA", "Meknes", "completed"),
    ("Tunis, 10 avril (TAP) - Mme Leila Mansouri, Directrice générale de l'Agence tunisienne de l'eau (ATE), "
     "s'est rendue au siège de la Banque africaine pour l'énergie (BAE) à Abidjan.",
     "ATE", "BAE", "Abidjan", "completed"),
    ("Dakar, 10 avril (APS) - Le Secrétaire général de l'Organisation sahélienne de la santé (OSS), M. Amadou Diallo, "
     "a été reçu par le Directeur exécutif du Fonds mondial pour l'enfance (FME), M. Pierre Lambert, au siège du Fonds à Genève.",
     "OSS", "FME", "Geneva", "completed"),
    ("Rabat, 10 avril (MAP) - La Fondation marocaine pour le climat (FMC) a reçu en audience une délégation de "
     "l'Institut coréen des énergies vertes (ICEV), conduite par son président, M. Kim Jae-won.",
     "ICEV", "FMC", "Rabat", "completed"),
    ("Paris, 10 avril (AFP) - Le Recteur de l'Université Cheikh Anta Diop (UCAD), Pr Moussa Ndiaye, se rendra le mois "
     "prochain au siège de l'Organisation internationale de la Francophonie (OIF) à Paris.",
     "UCAD", "OIF", "Paris", "planned"),
    ("Djeddah, 10 avril (SPA) - Le Directeur général de l'Institut arabe des forêts (IAF), M. Omar Haddad, en visite à "
     "Djeddah, a été reçu au siège de la Banque islamique de développement (BID).",
     "IAF", "BID", "Jeddah", "completed"),
    ("Le Caire, 10 avril (MENA) - Le Président de l'Académie arabe des sciences (AAS), Dr Nabil Fahmy, a conduit une "
     "délégation à l'Université de Tokyo, au Japon.",
     "AAS", "Université de Tokyo", "Tokyo", "completed"),
    ("Rabat, 10 avril (MAP) - Le Secrétaire général de l'Institut maghrébin des statistiques (IMS), M. Ali Tounsi, "
     "séjourne actuellement à Madrid, où il a visité le siège de l'Agence ibérique du climat (AIC).",
     "IMS", "AIC", "Madrid", "completed"),
    ("LONDON, April 10 (Reuters) - The President of the Nordic Institute for Ocean Studies (NIOS), Dr Erik Lund, "
     "paid a courtesy visit to the Commonwealth Science Council (CSC) in London on Tuesday.",
     "NIOS", "CSC", "London", "completed"),
    ("NAIROBI, April 10 (KNA) - Ms Grace Wanjiru, Chief Executive of the Kenya Water Trust (KWT), was received by the "
     "Director of the African Climate Centre (ACC), Dr Musa Bello, at the centre's headquarters in Addis Ababa.",
     "KWT", "ACC", "Addis Ababa", "completed"),
    ("DUBAI, April 10 (WAM) - The Gulf Academy of Sciences (GAS) hosted a delegation from the University of Melbourne "
     "on Monday at its campus in Dubai.",
     "University of Melbourne", "GAS", "Dubai", "completed"),
    ("RABAT, April 10 (MAP) - The Director-General of the European Heritage Council (EHC), Ms Sofia Romano, led a "
     "delegation to the Moroccan Agency for Cultural Heritage (MACH) on Monday.",
     "EHC", "MACH", "Rabat", "completed"),
    ("TOKYO, April 10 (Kyodo) - The Secretary-General of the Pacific Fisheries Forum (PFF), Mr Tevita Fifita, held "
     "talks in Tokyo with the Japan Fisheries Agency (JFA) on Monday.",
     "PFF", "JFA", "Tokyo", "completed"),
    ("PARIS, April 10 (AFP) - The Director-General of the Sahel Energy Agency (SEA), Mr Ibrahim Traore, is on a visit "
     "to Paris, where he met officials of the French Development Institute (FDI).",
     "SEA", "FDI", "Paris", "completed"),
    # "the university's campus" read as the visitor's (the last university named) must not cost
    # the visit its visitor.
    ("KANO, April 10 (NAN) - The Vice-Chancellor of Bayero University Kano, Prof. Sani Dantata, on Tuesday received "
     "a delegation from the University of Porto at the university's main campus.",
     "University of Porto", "Bayero University Kano", "Kano", "completed"),
]


def _named(proposal: dict, ref: str | None) -> str | None:
    org = next((o for o in proposal["organisations"] if o["id"] == ref), None)
    return (org["acronym"] or org["name"]) if org else None


@pytest.mark.parametrize(("text", "visitor", "host", "city", "status"), VISITS, ids=[v[1] for v in VISITS])
def test_one_visit_with_its_sides_and_city(text, visitor, host, city, status):
    proposal = extract(HEAD + text)
    assert len(proposal["visits"]) == 1
    visit = proposal["visits"][0]
    assert [_named(proposal, v) for v in visit["visitors"]] == [visitor]
    assert _named(proposal, visit["host"]) == host
    assert (visit["city"], visit["status"]) == (city, status)


NOT_VISITS = [
    # A videoconference is not a visit.
    "Rabat, 10 avril (MAP) - Le Directeur général de l'Organisation africaine des semences (OAS), M. Joseph Otieno, "
    "s'est entretenu par visioconférence avec la Présidente de l'Agence européenne de l'eau (AEE).",
    # Attending a conference no organisation hosts.
    "GENEVA, April 10 (Reuters) - The Director of the Andean Health Institute (AHI), Dr Carlos Rojas, attended the "
    "World Health Assembly in Geneva on Monday.",
    # A signing with nobody's premises named.
    "CAIRO, April 10 (MENA) - The Arab League for Science (ALS) and the Egyptian Space Agency (EgSA) signed a "
    "memorandum of understanding in Cairo on Tuesday.",
    "Alger, 10 avril (APS) - Le Directeur général de l'Agence spatiale algérienne (ASAL), M. Karim Bouzid, a pris part "
    "à la conférence internationale sur les satellites à Genève.",
    # Host verbs whose object is not a visitor.
    "RABAT, April 10 (MAP) - The Islamic Educational Organization (IEO) welcomed the decision of the African Union "
    "(AU) to declare 2026 the year of education.",
    "Rabat, 10 avril (MAP) - L'Organisation islamique pour l'éducation (OIE) a accueilli favorablement l'initiative "
    "de l'Université de Tunis (UT).",
    "RABAT, April 10 (MAP) - The Islamic Educational Organization (IEO) hosted a webinar with experts from the "
    "University of Cape Town (UCT) on Monday.",
    "Rabat, 10 avril (MAP) - L'Organisation islamique pour l'éducation (OIE) a reçu le soutien de l'Université de "
    "Tunis (UT) pour son programme.",
    # Talks held online.
    "Rabat, 10 avril (MAP) - Le Directeur général de l'Organisation islamique pour l'éducation (OIE), Dr Salim Qasim, "
    "s'est entretenu mardi en ligne avec le Recteur de l'Université de Tunis (UT).",
    # Verbs that look like travel but are not.
    "ACCRA, April 10 (GNA) - The Director of the Water Trust (WT), Dr Ann Lee, went on to praise the University "
    "of Ghana (UG).",
    "ACCRA, April 10 (GNA) - The Water Trust (WT) called on the University of Ghana (UG) to share its data.",
    # A sideline meeting at a summit.
    "Rabat, 10 avril (MAP) - En marge du Sommet africain de l'eau à Dakar, le Président de l'Agence marocaine de "
    "l'eau (AME), M. Said Alaoui, s'est entretenu avec le Directeur de l'Office sénégalais des forages (OSF).",
]


@pytest.mark.parametrize("text", NOT_VISITS)
def test_no_visit(text):
    assert extract(HEAD + text)["visits"] == []


def test_the_university_is_the_university_named_before_not_the_last_institute():
    text = HEAD + (
        "Rabat, 10 avril (MAP) - Le Recteur de l'Université Hassan II (UH2), M. Ahmed Tazi, a accueilli mardi "
        "M. Lars Holm, Président de l'Institut danois de l'eau (IDE), au siège de l'Université à Casablanca."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert [_named(proposal, v) for v in visit["visitors"]] == ["IDE"]
    assert (_named(proposal, visit["host"]), visit["city"]) == ("UH2", "Casablanca")


def test_hosting_students_is_not_a_visit_by_the_partner_of_the_next_clause():
    text = HEAD + (
        "Tunis, 10 avril (TAP) - L'Institut tunisien de biologie (ITB) et l'Université de Sfax ont signé lundi une "
        "convention. Aux termes de la convention, l'Institut accueillera des doctorants dans ses laboratoires, "
        "tandis que l'Université ouvrira ses formations aux chercheurs de l'ITB."
    )
    assert extract(text)["visits"] == []


def test_a_title_without_organisation_visits_for_the_organisation_in_focus_and_is_told_once():
    text = HEAD + (
        "ACCRA, April 10 (GNA) - The Coastal University of Takoradi and the Royal Library of Copenhagen will sign an "
        "agreement next month, the Ghanaian university announced.\n\n"
        "The Vice-Chancellor, Professor Kwame Boateng, is scheduled to visit the Royal Library of Copenhagen in "
        "Copenhagen in May.\n\n"
        "Professor Boateng will travel to Denmark with two lecturers from the Department of Archives."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert [_named(proposal, v) for v in visit["visitors"]] == ["Coastal University of Takoradi"]
    assert (_named(proposal, visit["host"]), visit["city"], visit["status"]) == ("Royal Library of Copenhagen", "Copenhagen", "planned")


def test_a_delegation_named_by_its_city_is_the_delegation_already_reported():
    text = HEAD + (
        "ACCRA, April 10 (GNA) - A delegation from the Volta Institute of Technology (VIT) was received on Monday by "
        "the Rector of the Accra School of Public Health (ASPH), Professor Esi Mensah.\n\n"
        "The Ho delegation, led by its dean, Professor Yaw Tetteh, toured the School's laboratories."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert [_named(proposal, v) for v in visit["visitors"]] == ["VIT"]
    assert (_named(proposal, visit["host"]), visit["city"]) == ("ASPH", "Accra")


def test_a_joint_delegation_named_again_in_another_order_is_one_visit():
    text = HEAD + (
        "KAMPALA, April 10 (Reuters) - The Uganda Virus Institute (UVI) welcomed a joint delegation from the World "
        "Health Organization (WHO) and the University of Leeds on Tuesday.\n\n"
        "The visitors, from the University of Leeds and WHO, were received by the UVI director."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert sorted(_named(proposal, v) for v in visit["visitors"]) == ["University of Leeds", "WHO"]
    assert _named(proposal, visit["host"]) == "UVI"


def test_she_continues_her_tour_for_the_same_visitor():
    text = HEAD + (
        "Rabat, 10 avril (MAP) - Le Président de l'Institut maghrébin du patrimoine (IMP), M. Karim Slimani, "
        "se rendra le 20 avril à l'Université de Sousse.\n\n"
        "Il poursuivra sa tournée le 22 avril à Sfax par une visite à l'Institut national des langues (INL), "
        "dont le président, Pr Hedi Gharbi, l'accueillera."
    )
    proposal = extract(text)
    second = proposal["visits"][-1]
    assert [_named(proposal, v) for v in second["visitors"]] == ["IMP"]
    assert (_named(proposal, second["host"]), second["city"], second["status"], second["date"]) == ("INL", "Sfax", "planned", "2025-04-22")


@pytest.mark.parametrize(("text", "visitor", "host", "city"), [
    ("Rabat, 10 avril (MAP) - À l'invitation de l'Université Ibn Zohr (UIZ), une délégation de l'Université de Lille "
     "a séjourné du 3 au 6 avril à Agadir.", "Université de Lille", "UIZ", "Agadir"),
    ("RABAT, April 10 (MAP) - At the invitation of the Moroccan Academy of Sciences (MAS), a delegation from the "
     "Korea Institute of Science (KIS) visited Rabat from 3 to 6 April.", "KIS", "MAS", "Rabat"),
    ("Rabat, 10 avril (MAP) - Reçue par le Président de l'Université Hassan II (UH2), M. Ahmed Tazi, la Directrice "
     "de l'Institut suédois du climat (ISC), Mme Karin Olsson, a présenté les programmes de son institut.",
     "ISC", "UH2", "Rabat"),
    ("CASABLANCA, April 10 (MAP) - Received by the President of Hassan II University (UH2), Mr Ahmed Tazi, the "
     "Director of the Swedish Climate Institute (SCI), Ms Karin Olsson, presented her institute's programmes.",
     "SCI", "UH2", "Casablanca"),
    ("Niamey, 10 avril (ANP) - La Secrétaire générale de l'Organisation sahélienne des savoirs (OSS), Mme Awa Sow, "
     "est arrivée lundi à Niamey pour une visite de trois jours à l'invitation de l'Université de Zinder (UZ).",
     "OSS", "UZ", "Niamey"),
])
def test_the_host_named_by_an_invitation_or_a_participle(text, visitor, host, city):
    proposal = extract(HEAD + text)
    [visit] = proposal["visits"]
    assert [_named(proposal, v) for v in visit["visitors"]] == [visitor]
    assert (_named(proposal, visit["host"]), visit["city"]) == (host, city)


def test_a_visit_abroad_reported_from_home_is_not_placed_in_the_dateline_city():
    text = HEAD + (
        "RABAT, April 10 (MAP) - The Director-General of the Islamic World Educational Organization (IWEO), "
        "Dr Salim Qasim, visited the Korean Institute for Digital Learning (KIDL) on Monday."
    )
    [visit] = extract(text)["visits"]
    assert (visit["city"], visit["country"]) == (None, "KR")


def test_a_meeting_at_an_organisations_headquarters_is_a_visit_to_it():
    text = HEAD + (
        "PARIS, April 10 (AFP) - UNESCO's Assistant Director-General for Education, Ms Laura Benz, met with the "
        "Minister of Education of Senegal, Mr Cheikh Fall, at UNESCO headquarters."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert _named(proposal, visit["host"]) == "UNESCO"
    assert [_named(proposal, v) for v in visit["visitors"]] != ["UNESCO"]


def test_the_next_day_he_went_on_to_another_host():
    text = HEAD + (
        "Rabat, 10 avril (MAP) - Le Directeur général de l'Organisation islamique pour l'éducation (OIE), Dr Salim Qasim, "
        "a été reçu lundi à Paris par la Directrice générale de l'UNESCO, Mme Claire Dubois. Le lendemain, il s'est "
        "rendu au siège de l'Organisation de coopération et de développement économiques (OCDE)."
    )
    proposal = extract(text)
    assert [([_named(proposal, o) for o in v["visitors"]], _named(proposal, v["host"])) for v in proposal["visits"]] == [
        (["OIE"], "UNESCO"), (["OIE"], "OCDE"),
    ]


def test_a_host_expected_to_receive_a_delegation_is_a_planned_visit():
    text = HEAD + (
        "ISTANBUL, April 10 (AA) - The Turkish Maarif Foundation (TMF) is expected to receive a delegation from the "
        "Islamic Organization for Education (IOE) in Istanbul on 20 April."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert ([_named(proposal, v) for v in visit["visitors"]], _named(proposal, visit["host"])) == (["IOE"], "TMF")
    assert (visit["status"], visit["date"], visit["city"]) == ("planned", "2025-04-20", "Istanbul")


def test_the_agreement_signed_at_one_partys_headquarters_in_a_later_sentence_is_a_visit():
    text = HEAD + (
        "GENEVA, April 10 (Reuters) - The World Meteorological Organization (WMO) and the University of Dhaka signed a "
        "memorandum of understanding on Wednesday on flood forecasting.\n\n"
        "The memorandum was signed at WMO headquarters in Geneva by the University's Vice-Chancellor, Professor "
        "Rahim Chowdhury."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert ([_named(proposal, v) for v in visit["visitors"]], _named(proposal, visit["host"])) == (["University of Dhaka"], "WMO")
    assert (visit["city"], visit["date"]) == ("Geneva", "2025-04-09")


def test_a_delegation_received_on_a_weekday_is_not_in_the_town_of_its_own_name():
    text = HEAD + (
        "Vienne, 10 avril (APA) - Reçue lundi par le Directeur général de l'Agence internationale de l'énergie "
        "atomique (AIEA), M. Hans Keller, la délégation de l'Université de Ouagadougou a présenté son projet."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert ([_named(proposal, v) for v in visit["visitors"]], _named(proposal, visit["host"])) == (["Université de Ouagadougou"], "AIEA")
    assert (visit["city"], visit["date"]) == ("Vienna", "2025-04-07")


@pytest.mark.parametrize("text", [
    "Séoul, 10 avril (Yonhap) - Dans le cadre de sa visite en Corée, le Recteur de l'Université de Sfax, "
    "Pr Ali Ben Salah, a rencontré le Président de l'Institut coréen des sciences marines (ICSM).",
    "SEOUL, April 10 (Yonhap) - During a working visit to Korea, the Rector of the University of Sfax, "
    "Prof. Ali Ben Salah, met the President of the Korean Institute of Marine Science (KIMS).",
])
def test_during_a_visit_the_person_met_is_the_host(text):
    proposal = extract(HEAD + text)
    [visit] = proposal["visits"]
    assert [_named(proposal, v) for v in visit["visitors"]] in (["Université de Sfax"], ["University of Sfax"])
    assert _named(proposal, visit["host"]) in ("ICSM", "KIMS")
    assert visit["country"] == "KR"


def _visits(proposal: dict) -> list[tuple]:
    return [
        (tuple(_named(proposal, v) for v in visit["visitors"]), _named(proposal, visit["host"]), visit["city"], visit["date"])
        for visit in proposal["visits"]
    ]


def test_a_tour_of_two_hosts_in_one_sentence_gives_one_visit_each_on_its_own_day():
    text = (
        "date 2025-03-14\nSEOUL, March 14 (Yonhap) -- A delegation of the Gulf Academy of Sciences (GAS) visited the "
        "Korea Institute of Marine Research (KIMR) on Tuesday and Pusan National University (PNU) on Wednesday to "
        "discuss ocean science."
    )
    assert _visits(extract(text)) == [
        (("GAS",), "KIMR", "Seoul", "2025-03-11"),
        (("GAS",), "PNU", "Seoul", "2025-03-12"),
    ]


def test_a_tour_told_first_without_days_takes_each_stops_day_from_the_later_sentences():
    text = (
        "date 2025-10-16\nBakou, 16 octobre, AZERTAC\n\nUne délégation de l'Institut maghrébin des statistiques (IMS) "
        "a entamé lundi une mission en Azerbaïdjan, au cours de laquelle elle s'est rendue successivement à "
        "l'Université technique de Bakou et au ministère de l'Économie.\n\n"
        "Mardi, la délégation s'est rendue au ministère de l'Économie, où elle a été reçue par le vice-ministre."
    )
    visits = _visits(extract(text))
    assert (("IMS",), "Université technique de Bakou", "Baku", "2025-10-13") in visits
    assert (("IMS",), "ministère de l'Économie", "Baku", "2025-10-14") in visits
    assert len(visits) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2025-05-20\nRabat, 20 mai (MAP) - Le Président de l'Académie arabe des sciences (AAS), Dr Nabil "
            "Fahmy, a reçu lundi une délégation de l'Université de Sfax. Le lendemain, il s'est rendu au siège de "
            "l'Agence ibérique du climat (AIC) à Madrid.",
            [(("Université de Sfax",), "AAS", "Rabat", "2025-05-19"), (("AAS",), "AIC", "Madrid", "2025-05-20")],
        ),
        (
            "date 2025-05-23\nNAIROBI, May 23 (KNA) - The Director of the African Climate Centre (ACC), Dr Musa Bello, "
            "received a delegation of the University of Ghana (UG) on Monday. The following day, he visited the Kenya "
            "Water Trust (KWT) in Mombasa.",
            [(("UG",), "ACC", "Nairobi", "2025-05-19"), (("ACC",), "KWT", "Mombasa", "2025-05-20")],
        ),
    ],
    ids=["fr", "en"],
)
def test_the_next_day_a_host_who_travels_is_the_visitor_and_the_day_follows_the_one_named(text, expected):
    assert _visits(extract(text)) == expected


def test_a_meeting_during_the_guests_visit_has_the_speaker_as_host():
    text = (
        "date 2025-09-18\nDOHA, Sept. 18 (QNA) -- Gulf Academy of Sciences (GAS) President Dr Hamad Al-Kuwari met on "
        "Wednesday with the Rector of the University of Lisbon, Professor Ana Ribeiro, during her visit to Doha."
    )
    proposal = extract(text)
    assert _visits(proposal) == [(("University of Lisbon",), "GAS", "Doha", "2025-09-17")]
    person = next(p for p in proposal["people"] if p["name"] == "Hamad Al-Kuwari")
    assert (person["title"], _named(proposal, person["organisation"])) == ("President", "GAS")


def test_during_his_visit_to_a_host_the_visitor_is_the_main_clauses_subject():
    text = (
        "date 2025-06-03\nAlger, 3 juin (APS) - Le ministre de l'Enseignement supérieur, M. Kamel Saadi, a été reçu "
        "mardi par le Secrétaire général de l'Agence arabe de l'industrie (AAI) au Caire.\n\n"
        "Lors de sa visite à l'Université du Caire, le ministre a également rencontré le président de l'université, "
        "Pr Mohamed Sami."
    )
    proposal = extract(text)
    hosts = [(_named(proposal, v["host"]), [_named(proposal, o) for o in v["visitors"]]) for v in proposal["visits"]]
    assert ("Université du Caire", ["ministère de l'Enseignement supérieur"]) in hosts
    sami = next(p for p in proposal["people"] if p["name"] == "Mohamed Sami")
    assert sami["title"] == "président"


def test_a_day_told_in_a_later_clause_is_not_the_visits_day_nor_its_town():
    text = (
        "date 2025-11-06\nABU DHABI, 6th November, 2025 (WAM) -- The delegation of the Nordic Institute for Ocean "
        "Studies (NIOS) also visited the Gulf Academy of Sciences (GAS) and the Marine Data Centre (MDC) before "
        "heading to Dubai, where it will meet officials of the Dubai Port Authority on Friday."
    )
    assert _visits(extract(text)) == [
        (("NIOS",), "GAS", "Abu Dhabi", "2025-11-06"),
        (("NIOS",), "MDC", "Abu Dhabi", "2025-11-06"),
    ]


def test_a_name_cut_before_its_of_clause_is_the_same_organisation():
    text = (
        "date 2025-11-06\nABU DHABI, November 6 (WAM) -- Khalifa University of Science and Technology hosted the "
        "Nordic Institute for Ocean Studies (NIOS) on Tuesday. NIOS invited Khalifa University's leadership to "
        "attend its forum in Bergen."
    )
    proposal = extract(text)
    names = [o["name"] for o in proposal["organisations"]]
    assert sorted(names) == ["Khalifa University of Science and Technology", "Nordic Institute for Ocean Studies"]
    [invitation] = proposal["invitations"]
    assert _named(proposal, invitation["invitee"]) == "Khalifa University of Science and Technology"


def test_an_announced_tour_gets_its_days_and_the_signing_planned_then_takes_the_visits_day():
    text = (
        "date 2025-04-29\nABU DHABI, April 29 (WAM) -- The President of the Gulf Academy of Sciences (GAS), Dr Omar "
        "Haddad, will visit Japan next month.\n\nDr Haddad is expected in Kyoto on 12 May, where he will visit the "
        "Kansai Institute of Robotics (KIR). The two institutions intend to sign a memorandum of understanding on "
        "that occasion.\n\nThe following day, the delegation will travel to Osaka to tour the Osaka Marine Centre (OMC)."
    )
    proposal = extract(text)
    assert [(_named(proposal, v["host"]), v["city"], v["date"], v["status"]) for v in proposal["visits"]] == [
        ("KIR", "Kyoto", "2025-05-12", "planned"),
        ("OMC", "Osaka", "2025-05-13", "planned"),
    ]
    [agreement] = proposal["agreements"]
    assert (agreement["status"], agreement["date"]) == ("planned", "2025-05-12")


def test_a_visit_told_with_a_day_between_visit_and_host_and_a_welcome_that_continues_it():
    text = (
        "date 2025-12-04\nAlger, 4 décembre (APS) - Le Directeur général de l'Agence arabe du climat (AAC), M. Nabil "
        "Saadi, a plaidé pour la recherche en langue arabe lors de sa visite mardi à l'Université de Blida, à Blida.\n\n"
        "Accueillis par le vice-recteur chargé des relations extérieures de l'Université de Blida, M. Rachid Amrani, "
        "les experts de l'Agence ont visité les laboratoires de l'établissement."
    )
    proposal = extract(text)
    assert _visits(proposal) == [(("AAC",), "Université de Blida", "Blida", "2025-12-02")]


def test_background_stays_are_not_visits_and_a_declined_invitation_with_an_adverb_is_declined():
    text = (
        "date 2025-03-06\nGenève, 6 mars 2025 (ATS) - Le recteur de l'Université de Lausanne (UNIL), M. Paul Girard, a "
        "en revanche décliné l'invitation que lui avait adressée l'Académie chinoise des sciences (ACS) à participer "
        "au Forum des présidents à Pékin.\n\nUne quarantaine de chercheurs de l'UNIL ont séjourné à l'ACS au cours "
        "des cinq dernières années."
    )
    proposal = extract(text)
    assert proposal["visits"] == []
    [invitation] = proposal["invitations"]
    assert invitation["status"] == "declined"


def test_the_next_day_counts_from_the_last_day_named_not_from_a_month():
    text = (
        "date 2025-03-14\nCasablanca, 14 mars (MAP) - Une délégation de l'Institut coréen des énergies vertes (ICEV) a "
        "été reçue lundi par le président de l'Université Hassan II (UH2).\n\nLes deux parties ont convenu de signer, "
        "en avril, une convention.\n\nLe lendemain, la délégation a été accueillie à l'École Centrale Casablanca."
    )
    dates = {(_named(extract(text), v["host"]), v["date"]) for v in extract(text)["visits"]}
    assert dates == {("UH2", "2025-03-10"), ("École Centrale Casablanca", "2025-03-11")}


def test_calls_for_applications_and_measures_welcomed_are_neither_invitations_nor_visits():
    text = (
        "date 2025-02-27\nAMMAN, Feb 27 (Petra) -- The Irbid Institute of Technology (IIT) invited applications on "
        "Wednesday for a new degree.\n\nThe rule is a measure welcomed by the Jordan Nursing Council (JNC), whose "
        "president described it as overdue."
    )
    proposal = extract(text)
    assert (proposal["visits"], proposal["invitations"]) == ([], [])


def test_a_stop_of_a_mission_dated_last_week_takes_that_date_and_a_coming_february_is_next_year():
    text = (
        "date 2025-10-20\nQuébec, 20 octobre 2025 - La rectrice de l'Université de Sherbrooke (UdeS), Mme Anne Roy, a "
        "mené la semaine dernière une mission au Maroc.\n\nÀ Rabat, la délégation a été reçue au siège de l'Institut "
        "marocain de l'eau (IME) par son directeur. L'Institut a invité l'Université à participer à son colloque, "
        "prévu à Rabat en février, une invitation que la rectrice a acceptée sur-le-champ."
    )
    proposal = extract(text)
    [visit] = proposal["visits"]
    assert (_named(proposal, visit["host"]), visit["date"], visit["date_precision"]) == ("IME", "2025-10", "month")
    [invitation] = proposal["invitations"]
    assert invitation["status"] == "accepted"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "date 2025-10-08\nSEOUL, Oct 8 (Yonhap) - An agreement was signed on Monday in Paris by the Korea Ocean "
            "Institute (KOI) and UNESCO, the institute said on Wednesday.\n\nThe President of KOI met with the "
            "Director of UNESCO at the headquarters of the Organization in Paris.",
            "2025-10-06",
        ),
        (
            "date 2025-10-08\nSEOUL, Oct 8 (Yonhap) - The ministry announced on Wednesday that the President of the "
            "Korea Ocean Institute (KOI) had visited the Pacific Marine Centre (PMC) in Busan on Monday.",
            "2025-10-06",
        ),
    ],
    ids=["story", "same-sentence"],
)
def test_the_day_the_news_was_given_is_not_the_visits_day(text, day):
    [visit] = extract(text)["visits"]
    assert visit["date"] == day


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "date 2025-10-02\nCAPE TOWN, Oct 2 (SAnews) - The Cape Institute of Oceanography (CIO) and the Nile Water "
            "Academy (NWA) have agreed to sign a cooperation agreement. The agreement is expected to be signed in "
            "Cairo in November.",
            "2025-11",
        ),
        (
            "date 2025-12-04\nAlger, 4 décembre (APS) - L'Agence arabe du climat (AAC) et l'Université de Blida "
            "entendent signer, au cours du premier trimestre 2026, une convention de coopération.",
            "2026",
        ),
    ],
    ids=["next-sentence", "quarter"],
)
def test_a_planned_agreement_gets_the_date_told_for_its_signing(text, date):
    [agreement] = extract(text)["agreements"]
    assert (agreement["status"], agreement["date"]) == ("planned", date)


@pytest.mark.parametrize(
    ("text", "embassy", "country"),
    [
        ("date 2025-11-12\nRabat, 12 novembre (MAP) - Au siège de l'Institut marocain de l'eau (IME) à Rabat, le "
         "directeur, M. Karim Alaoui, a reçu mardi l'ambassadeur de Corée au Maroc, M. Kim Jae-won.",
         "ambassade de Corée au Maroc", "KR"),
        ("date 2025-11-12\nRABAT, Nov 12 (MAP) - The Director of the Moroccan Water Institute (MWI), Mr Karim Alaoui, "
         "received on Tuesday the Ambassador of Japan to Morocco, Mr Takashi Sato, at the institute's headquarters.",
         "Embassy of Japan in Morocco", "JP"),
    ],
    ids=["fr", "en"],
)
def test_an_ambassador_received_is_a_visit_by_the_embassy(text, embassy, country):
    proposal = extract(text)
    org = next(o for o in proposal["organisations"] if o["name"] == embassy)
    assert (org["kind"], org["country"]) == ("government", country)
    [visit] = proposal["visits"]
    assert visit["visitors"] == [org["id"]]
    assert visit["date"] == "2025-11-11"


def test_a_release_in_the_first_person_has_the_speaking_organisation_as_host():
    text = (
        "date 2025-04-15\nTUNIS, 15 avril (TAP) - Nous avons eu l'honneur d'accueillir hier au sein de notre "
        "université une délégation de l'Université de Sherbrooke, conduite par son recteur, M. Pierre Cossette, a "
        "indiqué l'Université de Sousse dans un communiqué."
    )
    proposal = extract(text)
    # The host's own town, not the agency's dateline.
    assert _visits(proposal) == [(("Université de Sherbrooke",), "Université de Sousse", "Sousse", "2025-04-14")]


def test_the_acronym_who_does_not_end_the_clause_that_carries_the_day():
    text = (
        "date 2025-09-25\nNAIROBI, Sept 25 (Reuters) - The Kenya Medical Research Institute (KEMRI) welcomed a "
        "delegation from the World Health Organization (WHO) at its Nairobi headquarters on Wednesday."
    )
    [visit] = extract(text)["visits"]
    assert visit["date"] == "2025-09-24"


@pytest.mark.parametrize(("today", "year"), [(dt.date(2026, 11, 26), 2026), (dt.date(2026, 9, 1), 2025)])
def test_a_dateline_without_a_year_takes_the_latest_such_day_not_after_today_and_says_so(today, year):
    text = "NAIROBI, Sept 25 (Reuters) - The Kenya Water Trust (KWT) hosted the Nile Academy (NA) on Wednesday."
    proposal = extract(text, today=today)
    assert proposal["dispatch"]["published_on"] == f"{year}-09-25"
    assert proposal["warnings"] == [f"the dateline gives no year; {year} was assumed for its dates"]
    [visit] = proposal["visits"]
    assert visit["date"].startswith(f"{year}-09-2")


def test_a_stop_of_a_country_visit_keeps_its_own_day():
    text = (
        "date 2025-03-05\nBEIJING, March 5 (Xinhua) -- Dr Amina Yusuf, Director-General of the African Water "
        "Academy (AWA), who is on a visit to China from March 3 to 7, thanked China for its support.\n\n"
        "Dr Yusuf also visited Tsinghua University on Tuesday, where she gave a lecture."
    )
    proposal = extract(text)
    assert [(_named(proposal, v["host"]), v["date"]) for v in proposal["visits"]] == [("Tsinghua University", "2025-03-04")]


def test_a_postponed_visit_is_planned_on_its_new_day_at_the_hosts_town():
    text = (
        "Dakar, 26 novembre 2025 (APS) – La visite du directeur de la société Atlas Robotique, M. Paul Girard, a été "
        "reportée au 9 décembre, a annoncé l'Université de Thiès (UT).\n\nLe directeur d'Atlas Robotique sera "
        "reçu par le recteur de l'UT. La convention dont la signature était prévue lors de cette visite sera donc "
        "signée le 9 décembre."
    )
    proposal = extract(text)
    assert [(_named(proposal, v["host"]), v["city"], v["date"], v["status"]) for v in proposal["visits"]] == [
        ("UT", "Thiès", "2025-12-09", "planned")
    ]
    [agreement] = proposal["agreements"]
    assert (agreement["status"], agreement["date"]) == ("planned", "2025-12-09")


def test_an_invitation_to_several_organisations_and_extended_to_more_is_one_per_invitee():
    text = (
        "date 2025-01-29\nAbidjan, 29 janvier 2025 (AIP) – La ministre de l'Éducation nationale, Mme Awa Koné, a "
        "renouvelé mardi l'invitation adressée à l'Agence africaine de l'eau (AAE), à l'Institut sahélien du climat "
        "(ISC) et à l'Office ivoirien des forages (OIF) à prendre part au Forum de l'eau, prévu en avril à Abidjan.\n\n"
        "L'invitation a en outre été étendue à la Banque ouest-africaine de l'énergie (BOAE). La Fondation Nour, à "
        "qui la même invitation a été adressée mardi, a d'ores et déjà confirmé sa participation."
    )
    proposal = extract(text)
    got = {(_named(proposal, i["invitee"]), i["status"]) for i in proposal["invitations"]}
    assert got == {("AAE", "pending"), ("ISC", "pending"), ("OIF", "pending"), ("BOAE", "pending"), ("Fondation Nour", "accepted")}
    assert {_named(proposal, i["inviter"]) for i in proposal["invitations"]} == {"ministère de l'Éducation nationale"}


def test_a_release_told_by_the_host_its_guests_reception_talks_elsewhere_and_a_signing_next_january():
    text = (
        "KAMPALA, 5 November 2025 – Gulu University, Public Relations Office\n\n"
        "On Nov. 3, our university welcomed a delegation from Lumen Labs, the Danish software company. The visitors "
        "were received at the Main Building by our Vice-Chancellor, together with the Dean of the Faculty of "
        "Agriculture and Environment (FAE).\n\nWe expect to sign a partnership agreement with Lumen Labs in mid-January.\n\n"
        "The delegation also held talks at the headquarters of the Uganda Water Council (UWC) on Nov. 4."
    )
    proposal = extract(text)
    assert [(_named(proposal, v["host"]), v["date"]) for v in proposal["visits"]] == [
        ("Gulu University", "2025-11-03"), ("UWC", "2025-11-04")
    ]
    [agreement] = proposal["agreements"]
    assert (agreement["status"], agreement["date"]) == ("planned", "2026-01")


def test_a_visit_told_after_a_renewal_takes_the_renewals_day_not_the_first_signings_year_and_late_june_is_this_june():
    text = (
        "date 2025-06-12\nDOHA, June 12 (QNA) -- The Gulf Water Commission (GWC) and the Arab Bureau of Hydrology "
        "(ABH) on Tuesday renewed the cooperation agreement between them, first signed in 2019.\n\n"
        "The renewal took place at GWC's offices in Doha, where the Director of ABH, on a visit to Qatar, "
        "was received.\n\nThe Director of GWC, Ms Maryam Al-Kuwari, is expected in Riyadh in late June for a working "
        "visit to ABH."
    )
    proposal = extract(text)
    visits = {(_named(proposal, v["host"]), v["city"], v["date"]) for v in proposal["visits"]}
    assert visits == {("GWC", "Doha", "2025-06-10"), ("ABH", "Riyadh", "2025-06")}


def test_our_headquarters_and_our_president_are_the_speaking_organisations():
    text = (
        "date 2025-11-05\nRabat, le 5 novembre 2025 – Communiqué de l'Institut marocain de l'eau (IME)\n\n"
        "La délégation de l'Université de Gand (UGent) a été reçue le 3/11 par notre président, en présence des "
        "doyens de l'École nationale d'hydraulique (ENH). À cette occasion, nos deux institutions ont renouvelé la "
        "convention de coopération signée en 2019.\n\nÀ la mi-novembre, une délégation de l'Agence marocaine de "
        "coopération (AMC) visitera notre siège."
    )
    proposal = extract(text)
    visits = {(_named(proposal, v["visitors"][0]), _named(proposal, v["host"]), v["date"]) for v in proposal["visits"]}
    assert visits == {("UGent", "IME", "2025-11-03"), ("AMC", "IME", "2025-11")}
    [agreement] = proposal["agreements"]
    assert ({_named(proposal, p) for p in agreement["parties"]}, agreement["date"]) == ({"UGent", "IME"}, "2025-11-03")


def test_a_meeting_at_a_universitys_campus_on_the_sidelines_of_a_summit_is_a_visit_on_its_own_day():
    text = (
        "date 2025-12-04\nDOHA, Dec 4 (QNA) - On the sidelines of the Gulf Education Summit, which closed in Doha "
        "yesterday, the Rector of the University of Porto, Professor Ana Lima, met the President of Hamad Science "
        "University (HSU), Dr Khalid Nasser, on Tuesday at the university's main campus."
    )
    assert _visits(extract(text)) == [(("University of Porto",), "HSU", "Doha", "2025-12-02")]


def test_hosting_an_organisations_scholars_is_not_a_visit_and_hon_does_not_end_a_sentence():
    text = (
        "date 2025-10-16\nJEDDAH, Oct 16 (SPA) -- Under the memorandum, the Technical University of Johor (TUJ) will "
        "host up to sixty Gulf Water Bank (GWB) scholars a year.\n\nThe talks were held during the visit of the "
        "Minister of Water, Hon. Amina Bello, to the Technical University of Johor, in Johor Bahru."
    )
    proposal = extract(text)
    assert [(_named(proposal, v["host"]), v["city"]) for v in proposal["visits"]] == [("TUJ", "Johor Bahru")]


def test_the_chinese_company_is_the_chinese_company_named_before():
    text = (
        "date 2025-03-20\nRABAT, March 20 (MAP) - The Moroccan Water Institute (MWI) hosted a delegation from Lotus "
        "Grid Technologies, the Chinese company, on Tuesday. The delegation was led by Mr Wang Lei, Vice-President of the Chinese "
        "company.\n\nAt the end of the meeting, Mr Wang extended an invitation to the MWI to attend the company's "
        "forum in Shenzhen."
    )
    proposal = extract(text)
    wang = next(p for p in proposal["people"] if p["name"] == "Wang Lei")
    assert _named(proposal, wang["organisation"]) == "Lotus Grid Technologies"
    [invitation] = proposal["invitations"]
    assert (_named(proposal, invitation["inviter"]), _named(proposal, invitation["invitee"])) == ("Lotus Grid Technologies", "MWI")


def test_a_host_received_at_its_headquarters_then_invited_both_guests():
    text = (
        "date 2025-10-24\nABU DHABI, 24 October 2025 (WAM) -- At the headquarters of the Gulf Solar Agency (GSA) in "
        "Abu Dhabi, the Agency's deputy head, Ms Lucía de la Vega, on Wednesday received a joint delegation from the "
        "University of Dodoma (UDOM) and Tanzania's Rural Water Agency (RWA).\n\nAt the end of the meeting, the "
        "deputy head invited both institutions to take part in the GSA Assembly in January. Sokoine University "
        "invited applications for its new degree."
    )
    proposal = extract(text)
    assert _visits(proposal) == [(("UDOM", "RWA"), "GSA", "Abu Dhabi", "2025-10-22")]
    got = {(_named(proposal, i["inviter"]), _named(proposal, i["invitee"])) for i in proposal["invitations"]}
    assert got == {("GSA", "UDOM"), ("GSA", "RWA")}


def test_pour_inviter_the_host_met_at_its_headquarters():
    text = (
        "date 2025-06-19\nGenève, 19 juin 2025 (ATS) – Au siège de l'Organisation mondiale de la météorologie (OMM), "
        "à Genève, le vice-directeur, M. Olivier de la Brosse, a reçu mardi une délégation de l'Université de "
        "Toliara.\n\nLe président de l'Université de Toliara a profité de son séjour pour inviter M. de la Brosse à "
        "prendre part au colloque de l'établissement, en novembre à Toliara."
    )
    proposal = extract(text)
    [invitation] = proposal["invitations"]
    assert (_named(proposal, invitation["inviter"]), _named(proposal, invitation["invitee"])) == ("Université de Toliara", "OMM")


def test_the_two_institutions_sign_as_the_two_sides_of_the_visit_on_its_day():
    text = (
        "Rabat, 20 novembre 2025 (MAP) - L'Université Ibn Zohr (UIZ) a accueilli vendredi dernier une délégation de "
        "l'Université de Nagoya.\n\nLes échanges ont porté sur le climat.\n\nÀ cette occasion, les deux "
        "établissements ont signé un mémorandum d'entente qui prévoit l'accueil de chercheurs japonais à l'Institut "
        "scientifique de Rabat (ISR), en remplacement de celui signé en 2019."
    )
    proposal = extract(text)
    [agreement] = proposal["agreements"]
    assert {_named(proposal, p) for p in agreement["parties"]} == {"UIZ", "Université de Nagoya"}
    assert (agreement["status"], agreement["date"]) == ("signed", "2025-11-14")


def test_a_welcome_continues_the_visit_and_a_funder_is_not_visited():
    text = (
        "date 2025-10-03\nDakar, 3 octobre 2025 (APS) – Le directeur général de la Société sénégalaise des eaux "
        "(SSE), M. Papa Sarr, a visité jeudi l'Université de Thiès (UT).\n\nAccueilli par le recteur, Pr Awa Ndiaye, "
        "et par les responsables de l'école polytechnique, le patron de la société publique a visité la centrale "
        "solaire du campus, financée en partie par l'Agence française de développement (AFD)."
    )
    assert _visits(extract(text)) == [(("SSE",), "UT", "Thiès", "2025-10-02")]


def test_s_est_ensuite_rendu_is_a_visit_and_convie_a_une_visite_is_an_invitation():
    text = (
        "date 2025-09-09\nPÉKIN, 9 septembre (Xinhua) -- Le recteur de l'Université de Ziguinchor (UZ), M. Ibrahima "
        "Ba, a rencontré lundi à Pékin des responsables du ministère chinois de l'Éducation. M. Ba s'est ensuite rendu "
        "à l'Université Renmin.\n\nAvant de quitter Pékin, M. Ba a convié les dirigeants de l'Université Renmin à une "
        "visite au siège de l'UZ."
    )
    proposal = extract(text)
    hosts = [_named(proposal, v["host"]) for v in proposal["visits"]]
    assert "Université Renmin" in hosts
    assert all(_named(proposal, v["host"]) != "UZ" for v in proposal["visits"])
    [invitation] = proposal["invitations"]
    assert (_named(proposal, invitation["inviter"]), invitation["purpose"]) == ("UZ", "visit")


def test_a_visit_to_a_country_by_a_rector_and_an_earlier_visit_to_the_partners_town():
    text = (
        "date 2025-04-09\nTASHKENT, April 9 (UzA) -- Bukhara State University (BSU) and Leuven Institute of Water "
        "(LIW) signed an agreement on Monday in Leuven, during a visit to Belgium by the Uzbek university's Rector, "
        "Professor Aziz Karimov, who was received at the institute by its director.\n\nThe agreement had been "
        "drafted in February, when a LIW delegation led by its dean had visited Bukhara."
    )
    proposal = extract(text)
    visits = {(tuple(_named(proposal, o) for o in v["visitors"]), _named(proposal, v["host"]), v["city"], v["date"]) for v in proposal["visits"]}
    assert visits == {(("BSU",), "LIW", "Leuven", "2025-04-07"), (("LIW",), "BSU", "Bukhara", "2025-02")}


def test_the_commission_and_the_bureau_are_the_ones_named_before():
    text = (
        "date 2025-06-12\nDOHA, June 12 (QNA) -- The Gulf Science Commission (GSC) and the Arab Bureau of Hydrology "
        "(ABH) renewed their agreement on Tuesday.\n\nThe renewal took place at the Commission's offices in Doha, "
        "where the Director of ABH, on a visit to Qatar, was received.\n\nThe head of GSC is expected in Riyadh in "
        "late June for a working visit to the Bureau's headquarters."
    )
    proposal = extract(text)
    visits = {(_named(proposal, v["host"]), v["city"], v["date"], v["status"]) for v in proposal["visits"]}
    assert visits == {("GSC", "Doha", "2025-06-10", "completed"), ("ABH", "Riyadh", "2025-06", "planned")}


def test_a_visiting_minister_of_another_country_and_a_courtesy_visit_before_another_stop():
    text = (
        "Dakar, le 3 mars 2025 - En visite de travail et d'amitié au Sénégal, S.E. M. Ahmed Al-Thani, ministre "
        "qatari de l'Éducation, a été reçu ce lundi par son homologue sénégalais, M. Moussa Diop, ministre de "
        "l'Éducation nationale.\n\nLa délégation qatarie a ensuite rendu une visite de courtoisie au recteur de "
        "l'Université de Thiès, avant de visiter les installations de l'Institut sénégalais de recherches "
        "agricoles (ISRA)."
    )
    proposal = extract(text)
    ministries = {o["name"]: o["country"] for o in proposal["organisations"] if o["kind"] == "government"}
    assert ministries == {"ministère de l'Éducation": "QA", "ministère de l'Éducation nationale": "SN"}
    hosts = [(_named(proposal, v["host"]), v["city"]) for v in proposal["visits"]]
    assert hosts[0] == ("ministère de l'Éducation nationale", "Dakar")
    assert {h for h, _ in hosts[1:]} == {"Université de Thiès", "ISRA"}


def test_a_delegation_received_then_by_a_university_and_talks_at_the_ministry_a_title_names():
    text = (
        "date 2025-10-09\nAbidjan, 9 octobre (AIP) - Le directeur de l'Agence ivoirienne de l'eau (AIE), M. Konan "
        "Yao, a reçu la visite, mardi dernier, d'une délégation de la Fondation Nour conduite par sa directrice, "
        "Mme Awa Diallo.\n\nReçue ensuite par le président de l'Université de Bouaké, la délégation a visité le "
        "centre de recherche de l'établissement.\n\nLa directrice de la Fondation s'est par ailleurs entretenue "
        "avec la ministre de l'Enseignement supérieur, Mme Adjoua Kouassi, au siège du ministère au Plateau."
    )
    proposal = extract(text)
    assert {(_named(proposal, v["visitors"][0]), _named(proposal, v["host"]), v["date"]) for v in proposal["visits"]} == {
        ("Fondation Nour", "AIE", "2025-10-07"),
        ("Fondation Nour", "Université de Bouaké", "2025-10-07"),
        ("Fondation Nour", "ministère de l'Enseignement supérieur", "2025-10-07"),
    }


def test_an_institute_that_was_host_to_a_mission_of_a_south_african_company():
    text = (
        "Abidjan, 16 juin 2025 (AIP) – L'Institut polytechnique de Bouaké (IPB) a été l'hôte, jeudi dernier, d'une "
        "mission de la société sud-africaine Karoo Wind Systems, conduite par son directeur."
    )
    proposal = extract(text)
    company = next(o for o in proposal["organisations"] if o["name"] == "Karoo Wind Systems")
    assert (company["kind"], company["country"]) == ("company", "ZA")
    assert _visits(proposal) == [(("Karoo Wind Systems",), "IPB", "Bouaké", "2025-06-12")]  # the host's own town


def test_received_at_headquarters_named_in_a_long_opening_clause():
    text = (
        "Rabat, 13 mars 2025 (MAP) - Le recteur de l'Université de Maroua (UMa), Pr Jean Ndam, a effectué du 10 au "
        "12 courant une visite de travail au Maroc.\n\nReçu le 10 courant au siège de l'Institut marocain de l'eau, "
        "de l'énergie et du climat (IMEEC) à Rabat par le directeur adjoint de l'Institut, le responsable "
        "camerounais a examiné les possibilités de coopération."
    )
    assert _visits(extract(text)) == [(("UMa",), "IMEEC", "Rabat", "2025-03-10")]


def test_a_minister_of_health_hygiene_and_welfare_receives_and_a_pluperfect_visit_with_an_adverb():
    text = (
        "Kinshasa, 29 août 2025 (ACP) - Reçu mardi par le ministre de la Santé publique, Hygiène et Prévoyance "
        "sociale, Dr Paul Kasongo, le président de la Fondation Lumière, M. Marc Vial, a présenté un projet.\n\n"
        "La délégation avait auparavant visité, le 25 août, les installations de l'Université de Kinshasa (UNIKIN)."
    )
    proposal = extract(text)
    visits = {(_named(proposal, v["host"]), v["date"]) for v in proposal["visits"]}
    assert visits == {("ministère de la Santé publique, Hygiène et Prévoyance sociale", "2025-08-26"), ("UNIKIN", "2025-08-25")}


def test_a_renewed_invitation_with_the_inviters_possessive():
    text = (
        "date 2025-10-16\nJEDDAH, Oct 16 (SPA) -- The Vice-Chancellor of the Technical University of Johor (TUJ), "
        "Professor Hafiz Rahman, renewed the university's invitation to the Gulf Water Bank (GWB) President to "
        "deliver the keynote address at its conference in Johor Bahru in March."
    )
    [invitation] = extract(text)["invitations"]
    assert (invitation["purpose"], invitation["city"]) == ("talk", "Johor Bahru")
    proposal = extract(text)
    assert (_named(proposal, invitation["inviter"]), _named(proposal, invitation["invitee"])) == ("TUJ", "GWB")


def test_a_week_of_audiences_the_minister_received_each_visitor_at_the_ministry():
    text = (
        "ABU DHABI, 24th October, 2025 (WAM) -- H.E. Dr. Salem Al Hammadi, Minister of Water and Energy, received "
        "several foreign delegations at the Ministry's headquarters in Abu Dhabi this week.\n\nOn Monday, the Minister "
        "received Professor Daniel Holt, Vice-President of the University of Leeds, who briefed him on the "
        "university's plans.\n\nOn Tuesday, H.E. Al Hammadi met a delegation from the Korea Water Institute (KWI).\n\n"
        "On Wednesday, he received Ms. Amina Keita, Director of the Sahel Water Authority (SWA)."
    )
    proposal = extract(text)
    visits = [(_named(proposal, v["visitors"][0]), _named(proposal, v["host"]), v["date"]) for v in proposal["visits"]]
    ministry = "Ministry of Water and Energy"
    assert visits == [
        ("University of Leeds", ministry, "2025-10-20"), ("KWI", ministry, "2025-10-21"), ("SWA", ministry, "2025-10-22")
    ]


def test_a_french_week_of_audiences_with_a_guest_passing_through_and_an_invitation_from_the_visitor():
    text = (
        "N'Djamena, 14 mars 2025 (ATP) – La ministre de l'Enseignement supérieur, Mme Achta Abakar, a accordé cette "
        "semaine plusieurs audiences.\n\nMardi, elle a échangé avec une délégation de l'Agence belge de "
        "développement (Enabel).\n\nMercredi, Mme Abakar s'est entretenue avec M. Ousmane Kane, chef d'une mission "
        "de la Banque ouest-africaine de développement (BOAD) de passage dans la capitale.\n\nEnfin, jeudi, la "
        "ministre a reçu le président de l'Université de Maroua (UMa), qui l'a invitée à effectuer une visite au "
        "Cameroun."
    )
    proposal = extract(text)
    ministry = "ministère de l'Enseignement supérieur"
    visits = [(_named(proposal, v["visitors"][0]), _named(proposal, v["host"]), v["date"]) for v in proposal["visits"]]
    assert visits == [("Enabel", ministry, "2025-03-11"), ("BOAD", ministry, "2025-03-12"), ("UMa", ministry, "2025-03-13")]
    [invitation] = proposal["invitations"]
    assert (_named(proposal, invitation["inviter"]), _named(proposal, invitation["invitee"])) == ("UMa", ministry)


def test_visits_recalled_in_quotes_are_not_reported_visits_and_the_team_is_the_delegation():
    text = (
        "KISUMU, June 12, 2025 (KNA) -- Moi University on Wednesday hosted a delegation from Busan Marine University "
        "(BMU).\n\nThe Korean team was received by the Vice-Chancellor.\n\n\"Since our visit to Busan in 2023, we have "
        "sent eleven scientists to Korea,\" he said, adding that lecturers \"who went to the Korea Ocean Institute "
        "last year\" were applying what they had learnt.\n\nThe two universities intend to sign a memorandum of "
        "understanding in September."
    )
    proposal = extract(text)
    assert _visits(proposal) == [(("BMU",), "Moi University", "Kisumu", "2025-06-11")]
    [agreement] = proposal["agreements"]
    assert {_named(proposal, p) for p in agreement["parties"]} == {"BMU", "Moi University"}


def test_a_company_release_with_a_country_in_its_dateline_a_short_company_name_and_a_signing_day():
    text = (
        "LAGOS, Nigeria, November 4, 2025 -- Orbit Learning Ltd, a Lagos-based education company, today announced "
        "that it has signed a memorandum of understanding with the University of Ibadan (UI).\n\nThe memorandum, "
        "signed on Monday by Orbit's Chief Executive Officer, Mrs. Ada Cole, provides for free courses.\n\n"
        "Orbit also announced that its Chief Executive will lead a delegation to Kigali in January to visit the "
        "African Leadership University (ALU)."
    )
    proposal = extract(text)
    assert proposal["dispatch"]["published_on"] == "2025-11-04"
    cole = next(p for p in proposal["people"] if p["name"] == "Ada Cole")
    assert _named(proposal, cole["organisation"]) == "Orbit Learning Ltd"
    [agreement] = proposal["agreements"]
    assert (agreement["status"], agreement["date"]) == ("signed", "2025-11-03")
    assert [(_named(proposal, v["visitors"][0]), _named(proposal, v["host"]), v["date"], v["status"]) for v in proposal["visits"]] == [
        ("Orbit Learning Ltd", "ALU", "2026-01", "planned")
    ]


def test_the_director_general_received_a_delegation_based_elsewhere_at_headquarters():
    text = (
        "Rabat, 4 décembre 2025 (MAP) – L'Institut marocain du patrimoine (IMP) a abrité lundi et mardi à son siège "
        "à Rabat un colloque international. En marge des travaux, le directeur général de l'IMP, Dr Karim Tazi, a "
        "reçu lundi une délégation de l'Institut du désert (ID).\n\nMardi, le directeur général a reçu une "
        "délégation de la Fondation Sahel Mémoires, basée à Niamey, conduite par sa présidente."
    )
    proposal = extract(text)
    visits = {(_named(proposal, v["visitors"][0]), _named(proposal, v["host"]), v["city"], v["date"]) for v in proposal["visits"]}
    assert visits == {("ID", "IMP", "Rabat", "2025-12-01"), ("Fondation Sahel Mémoires", "IMP", "Rabat", "2025-12-02")}


def test_a_trip_to_a_town_with_no_one_to_receive_it_is_not_a_visit_record() -> None:
    proposal = extract(HEAD + "Rabat, 10 avril (MAP) - Le ministre de la Culture, M. Karim Alaoui, s'est rendu lundi à "
                       "Munich pour y suivre un salon du livre.")
    assert proposal["visits"] == []


def test_the_town_of_a_visitors_post_is_not_where_the_visit_was() -> None:
    proposal = extract(
        "ABU DHABI, April 10 (WAM) -- On Wednesday, the Minister of Culture, Dr. Salem Al Kaabi, received Ms. Ines Moreau, "
        "Director of the UNESCO Regional Office in Doha, with whom he reviewed heritage projects."
    )
    names = {o["id"]: o["name"] for o in proposal["organisations"]}
    (visit,) = proposal["visits"]
    assert [names[i] for i in visit["visitors"]] == ["UNESCO"]  # the officer's partner, not its office
    assert names[visit["host"]] == "Ministry of Culture"
    assert (visit["city"], visit["country"]) == ("Abu Dhabi", "AE")


def test_an_announced_tour_each_stop_with_its_host_month_and_the_invitation_behind_it() -> None:
    proposal = extract(
        "ISLAMABAD, Oct. 2, 2025 (APP): Chairman of the National Skills Authority (NSA) Dr. Imran Qadir will lead a "
        "six-member delegation to Poland next month for talks with the Polish Agency for Academic Exchange (NAWA).\n\n"
        "The visit is being made at the invitation of the NAWA Director, Dr. Anna Kowalska, which the Authority "
        "accepted in September.\n\n"
        "The delegation will hold talks at the Agency's headquarters in Warsaw and visit Warsaw University of "
        "Technology (WUT). It will then travel to Krakow for a working session at Jagiellonian University."
    )
    names = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    visits = [(names[v["visitors"][0]], names[v["host"]], v["city"], v["date"], v["status"]) for v in proposal["visits"]]
    assert visits == [
        ("NSA", "NAWA", "Warsaw", "2025-11", "planned"),
        ("NSA", "WUT", "Warsaw", "2025-11", "planned"),
        ("NSA", "Jagiellonian University", "Kraków", "2025-11", "planned"),
    ]
    (invitation,) = proposal["invitations"]
    assert (names[invitation["inviter"]], names[invitation["invitee"]], invitation["status"], invitation["city"]) == (
        "NAWA", "NSA", "accepted", "Warsaw")


def test_a_french_announcement_with_the_days_between_verb_and_visit_and_an_earlier_declined_invitation() -> None:
    proposal = extract(
        "Niamey, 4 juillet 2025 (ANP) - Le président du Conseil sahélien des sciences (CSS), Pr Ali Mahamane, "
        "effectuera du 14 au 16 juillet une visite de travail au Niger, à l'invitation de la ministre de la Santé "
        "publique, Dr Mariama Issa.\n\n"
        "Le communiqué rappelle que la ministre avait été invitée par le Conseil à prendre part à son forum annuel, "
        "organisé en juin à Bamako, mais qu'elle avait décliné cette invitation."
    )
    names = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    (visit,) = proposal["visits"]
    assert (names[visit["visitors"][0]], names[visit["host"]], visit["date"], visit["status"]) == (
        "CSS", "ministère de la Santé publique", "2025-07-14", "planned")
    invitations = {(names[i["inviter"]], names[i["invitee"]], i["purpose"], i["status"], i["city"]) for i in proposal["invitations"]}
    assert ("CSS", "ministère de la Santé publique", "event", "declined", "Bamako") in invitations


def test_an_afternoon_audience_is_dated_like_the_mornings_and_the_long_country_name_is_read_whole() -> None:
    proposal = extract(
        "Kinshasa, 26 juin 2025 (ACP) - Le représentant de l'Organisation panafricaine de la vaccination (OPV) en "
        "République démocratique du Congo, Dr Issa Kone, a été reçu hier mercredi par le ministre de la Santé, "
        "M. Paul Ilunga.\n\n"
        "Les échanges ont porté sur la chaîne du froid.\n\n"
        "Dr Kone a salué un partenariat exemplaire.\n\n"
        "Dans l'après-midi, le ministre a accordé une audience à une délégation de l'Université de Gand (UGent)."
    )
    names = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    visits = [(names[v["visitors"][0]], names[v["host"]], v["country"], v["date"]) for v in proposal["visits"]]
    assert visits == [
        ("OPV", "ministère de la Santé", "CD", "2025-06-25"),
        ("UGent", "ministère de la Santé", "CD", "2025-06-25"),
    ]


def test_a_programme_signed_at_the_end_of_the_meeting_is_dated_by_the_meeting() -> None:
    proposal = extract(
        "DOHA, 4 June 2025 (QNA) -- A delegation from Lusail University was received on Monday at the headquarters of "
        "the Gulf Heritage Council (GHC) in Doha.\n\n"
        "The delegation was briefed on the Council's archives.\n\n"
        "At the end of the meeting, the two sides signed an executive programme for 2025-2026."
    )
    (agreement,) = proposal["agreements"]
    assert (agreement["status"], agreement["date"]) == ("signed", "2025-06-02")


def test_a_release_naming_its_body_by_its_head_noun_and_a_minister_of_a_kingdom() -> None:
    proposal = extract(
        "Paris, le 12 mars 2025 - Communiqué du Réseau francophone des écoles d'ingénieurs (RFEI)\n\n"
        "Le Secrétaire général du Réseau, M. Paul Mbida, a reçu mardi au siège, à Paris, S.E. M. Chea Vuthy, "
        "ministre de l'Industrie, des Sciences et de l'Innovation du Royaume du Cambodge, venu lui rendre une visite "
        "de courtoisie.\n\n"
        "Au terme de la rencontre, S.E. M. Chea Vuthy a invité M. Mbida à se rendre à Phnom Penh."
    )
    orgs = {o["id"]: o for o in proposal["organisations"]}
    ministry = next(o for o in orgs.values() if o["name"].startswith("ministère"))
    assert (ministry["name"], ministry["country"]) == ("ministère de l'Industrie, des Sciences et de l'Innovation", "KH")
    assert {p["name"]: orgs[p["organisation"]]["acronym"] or orgs[p["organisation"]]["name"]
            for p in proposal["people"]}["Paul Mbida"] == "RFEI"
    (visit,) = proposal["visits"]
    assert (orgs[visit["visitors"][0]]["name"], orgs[visit["host"]]["acronym"]) == (ministry["name"], "RFEI")
    (invitation,) = proposal["invitations"]
    assert (orgs[invitation["inviter"]]["name"], orgs[invitation["invitee"]]["acronym"], invitation["city"]) == (
        ministry["name"], "RFEI", "Phnom Penh")


def test_a_study_tour_that_began_at_one_university_and_ended_at_the_ministry() -> None:
    proposal = extract(
        "date 2025-07\nTashkent, 14 July, UzA\n\n"
        "A delegation of the Caspian Technical University (CTU), led by its First Vice-Rector, Professor Arman "
        "Dzhaksybekov, on Friday completed a three-day study tour of Uzbek universities.\n\n"
        "The tour began on 9 July at TEAM University in Tashkent, where the guests were received by the Vice-Rector, "
        "Dr Dilnoza Karimova. They visited the university's International Relations Department of TEAM University.\n\n"
        "The tour ended on Friday at the Ministry of Higher Education, where Deputy Minister Rustam Aliev briefed the "
        "delegation."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert sorted(orgs.values()) == ["CTU", "Ministry of Higher Education", "TEAM University"]
    assert [(orgs[v["visitors"][0]], orgs[v["host"]], v["city"], v["date"]) for v in proposal["visits"]] == [
        ("CTU", "TEAM University", "Tashkent", "2025-07-09"),
        ("CTU", "Ministry of Higher Education", "Tashkent", "2025-07-11"),
    ]
    assert {p["name"]: orgs.get(p["organisation"]) for p in proposal["people"]}["Arman Dzhaksybekov"] == "CTU"


def test_a_working_visit_that_began_with_talks_at_a_society_named_again_by_its_head() -> None:
    proposal = extract(
        "AMMAN, Dec 8, 2025 (Petra) -- The Secretary-General of the Gulf Water Council (GWC), Dr. Omar Saleh, began "
        "a three-day working visit to Jordan yesterday with talks at the Royal Hydrology Society (RHS) in Amman.\n\n"
        "He was received by the Society's Vice-President, Dr. Rana Khalil."
    )
    orgs = {o["id"]: o["acronym"] for o in proposal["organisations"]}
    assert [(orgs[v["visitors"][0]], orgs[v["host"]], v["city"], v["date"]) for v in proposal["visits"]] == [
        ("GWC", "RHS", "Amman", "2025-12-07")]
    assert {p["name"]: orgs.get(p["organisation"]) for p in proposal["people"]}["Rana Khalil"] == "RHS"


def test_a_tour_told_first_without_hosts_then_stop_by_stop_keeps_its_towns_and_month() -> None:
    proposal = extract(
        "DHAKA, June 25, 2025 (BSS) - A delegation of the National Teachers Board (NTB) of Bangladesh visited two "
        "Malaysian universities last week, the Board said today.\n\n"
        "The delegation was received at Universiti Malaya in Kuala Lumpur by its Deputy Vice-Chancellor.\n\n"
        "The delegation then travelled to Penang, where it held talks at Universiti Sains Malaysia (USM)."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert [(orgs[v["visitors"][0]], orgs[v["host"]], v["city"], v["date"], v["date_precision"]) for v in proposal["visits"]] == [
        ("NTB", "Universiti Malaya", "Kuala Lumpur", "2025-06", "month"),
        ("NTB", "USM", "George Town", "2025-06", "month"),
    ]


def test_a_company_release_a_lab_to_be_built_on_a_campus_and_a_team_it_would_send() -> None:
    proposal = extract(
        "SEOUL, 18 March 2025 — Danbi Robotics Co., Ltd. today hosted a delegation from Kenya's Ministry of "
        "Education at its headquarters in Seoul.\n\n"
        "During the visit, Danbi and Moi University signed a memorandum of understanding to set up a training "
        "laboratory on the Moi University campus in Eldoret.\n\n"
        "The company would send a team of engineers to Eldoret in May to install the laboratory at Moi University.\n\n"
        "About Danbi Robotics\nDanbi Robotics makes educational robots."
    )
    orgs = {o["id"]: o for o in proposal["organisations"]}
    company = next(o["name"] for o in orgs.values() if o["name"].startswith("Danbi"))
    assert sorted(o["name"] for o in orgs.values()) == sorted([company, "Ministry of Education", "Moi University"])
    assert next(o for o in orgs.values() if o["name"] == "Ministry of Education")["country"] == "KE"
    assert [(orgs[v["visitors"][0]]["name"], orgs[v["host"]]["name"], v["date"], v["status"]) for v in proposal["visits"]] == [
        ("Ministry of Education", company, "2025-03-18", "completed"),
        (company, "Moi University", "2025-05", "planned"),
    ]


def test_a_body_written_out_in_full_then_by_its_acronym_and_a_seminar_hosted_years_ago() -> None:
    proposal = extract(
        "date 2025-10\nBakou, 16 octobre, AZERTAC\n\n"
        "Une délégation de l'Organisation internationale de la Francophonie, conduite par M. Paul Diouf, directeur "
        "à l'OIF, effectue depuis lundi une visite officielle en Azerbaïdjan, à l'invitation des autorités du pays.\n\n"
        "Mardi, la délégation a été reçue par le recteur de l'Université d'État de Bakou (UEB).\n\n"
        "Le vice-ministre a rappelé que l'Azerbaïdjan avait accueilli en 2019 un séminaire régional de l'OIF."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert sorted(orgs.values()) == ["OIF", "UEB"]
    assert [(orgs[v["visitors"][0]], orgs[v["host"]]) for v in proposal["visits"]] == [("OIF", "UEB")]
    assert proposal["invitations"] == []  # invited by "the authorities": no partner named


def test_an_announced_visit_that_answers_an_invitation_and_a_signing_on_its_programme() -> None:
    proposal = extract(
        "Abidjan, 18 septembre 2025 (AIP) - Une délégation de l'Université de Sherbrooke effectuera le mois prochain "
        "une visite de travail à l'Université Félix Houphouët-Boigny (UFHB), a annoncé ce jeudi le président de "
        "l'université ivoirienne.\n\n"
        "Cette visite répond à l'invitation adressée en juillet par le président de l'UFHB au recteur de "
        "l'Université de Sherbrooke, que l'établissement québécois a acceptée, a-t-il précisé lors d'une conférence "
        "de presse.\n\n"
        "Au programme figurent une séance de travail avec les unités de formation et de recherche (UFR) ainsi que la "
        "signature d'un accord de coopération."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert sorted(orgs.values()) == ["UFHB", "Université de Sherbrooke"]
    (visit,) = proposal["visits"]
    assert (orgs[visit["host"]], visit["city"], visit["date"], visit["status"]) == ("UFHB", "Abidjan", "2025-10", "planned")
    (invitation,) = proposal["invitations"]
    assert (orgs[invitation["inviter"]], invitation["purpose"], invitation["status"], invitation["city"]) == (
        "UFHB", "visit", "accepted", "Abidjan")
    (agreement,) = proposal["agreements"]
    assert (agreement["status"], agreement["date"]) == ("planned", "2025-10")


def test_a_cabinet_secretary_who_accepted_an_invitation_to_visit_the_visitors_centre() -> None:
    proposal = extract(
        "NAIROBI, Sept 10, 2025 (KNA) -- The President of the Seorak Learning Foundation, Ms Park Ji-yeon, met "
        "students of Kenyatta University on Monday.\n\n"
        "Yesterday, Ms Park paid a courtesy call on the Cabinet Secretary for Education, Mr Daniel Rotich, at the "
        "Ministry of Education headquarters. The Cabinet Secretary praised the foundation's work and accepted an "
        "invitation to visit its digital classroom centre in Seoul in November."
    )
    orgs = {o["id"]: o["name"] for o in proposal["organisations"]}
    assert {p["name"]: orgs.get(p["organisation"]) for p in proposal["people"]}["Daniel Rotich"] == "Ministry of Education"
    (invitation,) = proposal["invitations"]
    assert (orgs[invitation["inviter"]], orgs[invitation["invitee"]], invitation["status"], invitation["city"]) == (
        "Seorak Learning Foundation", "Ministry of Education", "accepted", "Seoul")


def test_a_signing_at_an_assembly_and_a_meeting_there_are_not_visits() -> None:
    proposal = extract(
        "GENEVA, May 21, 2025 (IPS) -- The Aga Khan University (AKU) and the University of Zambia (UNZA) signed on "
        "Tuesday a memorandum of understanding on the sidelines of the World Health Assembly.\n\n"
        "The memorandum was signed by AKU Provost Dr. Farah Qureshi and UNZA Vice-Chancellor Professor Mutale "
        "Chanda.\n\n"
        "Later in the day, Dr. Chanda also met Mr. Pierre Lambert, Head of Partnerships at the Global Fund, at the "
        "Assembly."
    )
    assert proposal["visits"] == []
    assert "Farah Qureshi" in [p["name"] for p in proposal["people"]]
    assert "Farah Qureshi" not in [o["name"] for o in proposal["organisations"]]
    assert {o["name"]: o["country"] for o in proposal["organisations"]}["Aga Khan University"] != "EG"


def test_a_national_anaphor_prefers_the_company_already_of_that_country() -> None:
    proposal = extract(
        "Dakar, 18 septembre 2025 (APS) - Une délégation du groupe chinois Huawei a été reçue par l'Université "
        "Cheikh Anta Diop (UCAD). Le lendemain, la délégation s'est rendue dans les locaux de Teranga Data SA, à "
        "Dakar. L'UCAD et la société chinoise signeront un mémorandum d'entente."
    )
    orgs = {o["id"]: o["name"] for o in proposal["organisations"]}
    (agreement,) = proposal["agreements"]
    assert sorted(orgs[p] for p in agreement["parties"]) == ["Huawei", "Université Cheikh Anta Diop"]


def test_a_newsletter_tells_of_a_visit_to_our_secretariat_postponed_to_a_new_day() -> None:
    proposal = extract(
        "NAIROBI, 1 October 2025 – Kenya Library Association (KLA) Monthly Digest\n\n"
        "Visit postponed. The visit of a delegation from Makerere University to our secretariat in Nairobi, "
        "initially scheduled for 22 September, has been postponed to 14 October at the request of the university."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    (visit,) = proposal["visits"]
    assert (orgs[visit["visitors"][0]], orgs[visit["host"]], visit["city"], visit["date"], visit["status"]) == (
        "Makerere University", "KLA", "Nairobi", "2025-10-14", "planned")


def test_a_german_publisher_named_with_what_it_makes_and_a_visit_it_could_pay_in_the_autumn() -> None:
    proposal = extract(
        "date 2025-07-15\nCasablanca (Agence Ecofin) - L'éditeur allemand de logiciels Sternwerk a accueilli dans ses "
        "locaux de Munich, en début de semaine, une délégation de l'Université Hassan II de Casablanca (UH2C).\n\n"
        "Un protocole d'accord entre l'entreprise bavaroise et l'UH2C pourrait être signé à l'automne, lors d'une "
        "visite à Casablanca du directeur technique de Sternwerk, M. Jonas Richter."
    )
    orgs = {o["id"]: o for o in proposal["organisations"]}
    assert {o["name"]: o["country"] for o in orgs.values()} == {
        "Sternwerk": "DE", "Université Hassan II de Casablanca": "MA"}
    assert [(orgs[v["visitors"][0]]["name"], orgs[v["host"]]["name"], v["city"], v["status"]) for v in proposal["visits"]] == [
        ("Université Hassan II de Casablanca", "Sternwerk", "Munich", "completed"),
        ("Sternwerk", "Université Hassan II de Casablanca", "Casablanca", "planned"),
    ]
    (agreement,) = proposal["agreements"]
    assert agreement["status"] == "planned"


def test_a_visiting_minister_of_another_country_is_not_the_hosts_ministry_of_a_shorter_name() -> None:
    proposal = extract(
        "KUALA LUMPUR, Sept 25, 2025 (Bernama) -- Kazakhstan's Minister of Higher Education, Science and Innovation, "
        "Prof. Aidos Bekov, toured Universiti Putra Malaysia (UPM) yesterday.\n\n"
        "Today, Bekov was briefed during a visit to the Ministry of Higher Education in Putrajaya."
    )
    orgs = {o["id"]: o for o in proposal["organisations"]}
    visiting = next(o for o in orgs.values() if "Science and Innovation" in o["name"])
    assert visiting["country"] == "KZ"
    assert [(orgs[v["visitors"][0]]["name"], orgs[v["host"]]["acronym"] or orgs[v["host"]]["name"]) for v in proposal["visits"]] == [
        (visiting["name"], "UPM"), (visiting["name"], "Ministry of Higher Education")]


def test_a_delegation_from_a_one_word_service_told_once_though_it_also_met_a_director() -> None:
    proposal = extract(
        "date 2025-09-18\nGeneva, 18 September 2025 — Press release\n\n"
        "The Secretary-General of the Global Ocean Observing Council (GOOC), Prof. Elena Sandoval, on Tuesday received "
        "at the headquarters of the Council a delegation from Uzhydromet, Uzbekistan's national hydrometeorological "
        "service, led by its Director-General, Mr. Bakhtiyor Akhmedov.\n\n"
        "The two sides discussed early warning services.\n\n"
        "Mr. Akhmedov presented the plan of the service.\n\n"
        "The delegation also met Dr. Tomasz Hale, Director of the Council's Infrastructure Department."
    )
    orgs = {o["id"]: o for o in proposal["organisations"]}
    assert {o["name"]: o["country"] for o in orgs.values()}["Uzhydromet"] == "UZ"
    assert [(orgs[v["visitors"][0]]["name"], orgs[v["host"]]["acronym"], v["date"]) for v in proposal["visits"]] == [
        ("Uzhydromet", "GOOC", "2025-09-16")]


def test_a_courtesy_call_on_a_state_commissioner_at_the_ministrys_offices_named_later() -> None:
    proposal = extract(
        "Kano, Dec. 11, 2025 (NAN) The Director-General of the Sahel Institute for Open Learning (SIOL), Dr. Kouadio "
        "Bernard, on Tuesday paid a courtesy call on the Kano State Commissioner for Basic and Secondary Education, "
        "Mrs. Hauwa Bello, at the ministry's offices.\n\n"
        "Bello welcomed the offer and said the Kano State Ministry of Basic and Secondary Education would sign a "
        "memorandum of understanding with SIOL early next year."
    )
    orgs = {o["id"]: o for o in proposal["organisations"]}
    ministry = next(o for o in orgs.values() if o["name"].startswith("Kano State Ministry"))
    assert ministry["country"] == "NG"
    assert [(orgs[v["visitors"][0]]["acronym"], orgs[v["host"]]["name"], v["date"]) for v in proposal["visits"]] == [
        ("SIOL", ministry["name"], "2025-12-09")]


def test_a_visit_earlier_this_month_and_a_return_to_sign_in_january() -> None:
    proposal = extract(
        "Chennai, Jul 9, 2025 (PTI) German software company Sternwerk Systems will sign a cooperation agreement with "
        "the Indian Institute of Technology Madras (IIT Madras) in January, the institute said on Wednesday.\n\n"
        "Sternwerk's chief executive, Dr. Katrin Vogel, visited the IIT Madras campus earlier this month.\n\n"
        "Dr. Vogel will return to Chennai in January to sign the agreement."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert [(orgs[v["visitors"][0]], orgs[v["host"]], v["date"], v["status"]) for v in proposal["visits"]] == [
        ("Sternwerk Systems", "IIT Madras", "2025-07", "completed"),
        ("Sternwerk Systems", "IIT Madras", "2026-01", "planned"),
    ]


def test_this_month_in_french_is_the_month() -> None:
    proposal = extract(
        "CASABLANCA, 16 janvier 2025 - Le directeur de la société Lumora, M. Paul Girard, a effectué ce mois-ci "
        "une visite à l'Université Hassan II de Casablanca (UH2C)."
    )
    (visit,) = proposal["visits"]
    assert (visit["date"], visit["date_precision"]) == ("2025-01", "month")


def test_an_also_scheduled_second_stop_and_an_agency_that_spells_a_town() -> None:
    proposal = extract(
        "Addis Ababa, August 6/2025 (ENA) -- A delegation from the Korea Digital Learning Service (KDLS) will visit "
        "Ethiopia next month, the Ministry of Education announced.\n\n"
        "State Minister of Education Dr. Tsehay Bekele told ENA that the visit had been arranged at the invitation of "
        "the ministry, which KDLS accepted last month.\n\n"
        "During its stay, the Korean delegation is also scheduled to visit Bahir Dar University."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert ("KDLS", "Bahir Dar University", "Bahir Dar", "2025-09") in [
        (orgs[v["visitors"][0]], orgs[v["host"]], v["city"], v["date"]) for v in proposal["visits"]]
    assert all(i["city"] != "Ena" for i in proposal["invitations"])


def test_a_first_person_release_welcoming_at_our_college_and_renewing_an_mou() -> None:
    proposal = extract(
        "Dodoma, 14 March 2025\n\n"
        "On Wednesday, we welcomed at our College of Natural Sciences in Dodoma a delegation from Moi University led by "
        "its Deputy Vice-Chancellor.\n\n"
        "Our Vice-Chancellor and the Moi delegation reviewed ten years of cooperation between the two universities.\n\n"
        "At the end of the meeting, the two sides renewed the memorandum of understanding between the University of "
        "Dodoma (UDOM) and Moi University for a further five years.\n\n"
        "On Thursday the guests visited the university's seed bank."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert [(orgs[v["visitors"][0]], orgs[v["host"]], v["date"]) for v in proposal["visits"]] == [
        ("Moi University", "UDOM", "2025-03-12")]
    (agreement,) = proposal["agreements"]
    assert (sorted(orgs[p] for p in agreement["parties"]), agreement["status"], agreement["date"]) == (
        ["Moi University", "UDOM"], "signed", "2025-03-12")


def test_the_source_of_an_announced_programme_is_neither_side_of_its_visits() -> None:
    proposal = extract(
        "Tunis, 2 décembre 2025 (TAP) - Une délégation du Centre sahélien de climatologie (CSC), conduite par son "
        "directeur, effectuera du 8 au 10 décembre une visite en Tunisie, a annoncé ce mardi l'Office national de "
        "l'eau (ONE).\n\n"
        "Selon le programme communiqué par l'Office, la délégation sera reçue le 8 décembre, à Tunis, par le ministre "
        "de l'Agriculture, M. Slim Ammar. Elle visitera le lendemain le siège de l'ONE."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert [(orgs[v["visitors"][0]], orgs[v["host"]], v["date"]) for v in proposal["visits"]] == [
        ("CSC", "ministère de l'Agriculture", "2025-12-08"),
        ("CSC", "ONE", "2025-12-09"),
    ]


def test_an_ambassadors_two_visits_then_his_embassy_named_in_the_text() -> None:
    proposal = extract(
        "date 2025-04\nBeyrouth - L'ambassadeur de Corée au Liban, S.E. M. Kim Min-ho, a visité le Conseil libanais de "
        "l'énergie (CLE), où il s'est entretenu avec son président.\n\n"
        "L'ambassadeur s'est ensuite rendu à l'Université libanaise, où il a été accueilli par le recteur, Pr Fouad "
        "Nassar.\n\n"
        "Selon l'ambassade de Corée, des bourses seront offertes."
    )
    orgs = {o["id"]: o for o in proposal["organisations"]}
    embassies = [o for o in orgs.values() if o["name"].lower().startswith("ambassade")]
    assert len(embassies) == 1 and embassies[0]["country"] == "KR"
    assert [(orgs[v["host"]]["acronym"] or orgs[v["host"]]["name"], v["city"], v["country"]) for v in proposal["visits"]] == [
        ("CLE", "Beirut", "LB"), ("Université libanaise", "Beirut", "LB")]
    assert all(v["visitors"] == [embassies[0]["id"]] for v in proposal["visits"])


def test_a_financing_agreement_that_would_be_signed_between_two_named_parties() -> None:
    proposal = extract(
        "Abidjan, 20 mai 2025 (AIP) - Une mission de la Banque ouest-africaine de développement (BOAD) a été reçue "
        "lundi par l'Université Nangui Abrogoua (UNA).\n\n"
        "« Les deux établissements ont réalisé des progrès remarquables », a déclaré le chef de mission, annonçant "
        "qu'une convention de financement serait signée en juin entre la Banque et le ministère de l'Économie, du Plan "
        "et du Développement."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    (agreement,) = proposal["agreements"]
    assert (sorted(orgs[p] for p in agreement["parties"]), agreement["kind"], agreement["status"], agreement["date"]) == (
        ["BOAD", "ministère de l'Économie, du Plan et du Développement"], "other", "planned", "2025-06")


@pytest.mark.parametrize("text, inviter, invitee", [
    ("Kinshasa, 10 décembre 2025 (ACP) - Une délégation de l'Organisation panafricaine des sciences (OPS), conduite "
     "par le directeur du bureau de Kinshasa, M. Jean Mukendi, a été reçue par le recteur de l'Université pédagogique "
     "nationale (UPN). M. Mukendi a pour sa part invité le recteur à participer à la conférence que l'OPS organisera "
     "en février à Brazzaville.", "OPS", "UPN"),
    ("Nouakchott, 24 septembre 2025 (AMI) - Le président de l'Université de Nouakchott (UN), Pr Ahmed Salem, a reçu une délégation de "
     "l'Académie arabe des langues (AAL). Le président a en outre été invité à donner une conférence lors du congrès "
     "annuel de l'Académie, prévu en novembre à Doha.", "AAL", "UN"),
])
def test_who_invites_whom_when_the_inviter_leads_a_delegation_or_the_invitee_is_told_in_the_passive(text, inviter, invitee) -> None:
    proposal = extract(text)
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    assert [(orgs.get(i["inviter"]), orgs.get(i["invitee"])) for i in proposal["invitations"]] == [(inviter, invitee)]


def test_called_at_the_ministry_a_minister_named_after_a_long_domain_and_the_two_universities() -> None:
    proposal = extract(
        "date 2025-09-26\nTASHKENT, September 26 (UzA) -- A delegation of the Caspian University of Technology (CUT) "
        "toured the laboratories of Tashkent State Technical University (TSTU) on Thursday.\n\n"
        "On Wednesday, the CUT delegation had called at the ministry, where it met with Minister of Higher Education, "
        "Science and Innovation Bakhtiyor Rustamov in Tashkent.\n\n"
        "Dr. Rustamov welcomed the visit.\n\n"
        "The two universities will sign a memorandum of understanding in February."
    )
    orgs = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    people = {p["name"]: orgs.get(p["organisation"]) for p in proposal["people"]}
    assert people["Bakhtiyor Rustamov"] == "Ministry of Higher Education, Science and Innovation"
    assert {(orgs[v["visitors"][0]], orgs[v["host"]], v["date"]) for v in proposal["visits"]} == {
        ("CUT", "TSTU", "2025-09-25"), ("CUT", "Ministry of Higher Education, Science and Innovation", "2025-09-24")}
    (agreement,) = proposal["agreements"]
    assert sorted(orgs[p] for p in agreement["parties"]) == ["CUT", "TSTU"]


def test_called_on_an_organisation_to_do_something_is_no_visit() -> None:
    assert extract("ACCRA, April 10 (GNA) - The Forest Trust (FT) called on the University of Cape Coast (UCC) "
                   "to publish its data.")["visits"] == []
