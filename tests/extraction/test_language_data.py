"""Language knowledge is data: every language file and the area vocabulary carry what the engine reads."""

from __future__ import annotations

import json

import pytest

from partnertracker.domain import PartialDate
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


# The dates stage: the words around a date are read from the language files, not written in dates.py.

def _dates_read(text: str, code: str, published: PartialDate) -> list[tuple[str, str]]:
    """(words, ISO date) of every date the dates stage reads in `text`, counted from `published`."""
    from partnertracker.extraction.dates import find_dates
    from partnertracker.extraction.languages import language
    from partnertracker.extraction.text import fold

    folded = fold(text)
    return [(text[d.start : d.end], d.date.isoformat()) for d in find_dates(text, folded, 0, len(folded), language(code), published)]


def _add_words(monkeypatch, code: str, key: str, *words: str) -> None:
    from partnertracker.extraction.languages import load_language

    data = load_language(code).data
    monkeypatch.setitem(data, key, [*data.get(key, []), *words])


def test_a_word_before_a_month_added_to_a_language_file_gives_a_month_date(monkeypatch, fresh_grammar):
    # "received ... around April": the dispatch's day until the file says "around" may open a month.
    text = (
        "date 2025-06-03\nRABAT, 3 June (WAM) -- The Islamic World Educational, Scientific and Cultural Organization "
        "(ICESCO) received a delegation of the Chinese company Huawei around April."
    )
    assert [(v["date"], v["date_precision"]) for v in extract(text)["visits"]] == [("2025-06-03", "day")]
    assert _dates_read("They met around April in Rabat.", "en", PartialDate(2025, 6, 3)) == []

    _add_words(monkeypatch, "en", "month_leads", "around")
    fresh_grammar()

    assert _dates_read("They met around April in Rabat.", "en", PartialDate(2025, 6, 3)) == [("around April", "2025-04")]
    assert [(v["date"], v["date_precision"]) for v in extract(text)["visits"]] == [("2025-04", "month")]


def test_a_word_before_a_year_added_to_a_language_file_opens_a_date(monkeypatch, fresh_grammar):
    # The shortcut that tries the date regex only at the words a date opens with follows the data
    # too: a new word is found wherever it stands, by the shortcut and by the plain scan alike.
    from partnertracker.extraction.dates import _date_matches, _date_start_offsets
    from partnertracker.extraction.text import fold, letter_runs

    sentence = "The ministry set aside funds for 2026, and more for 2027."
    assert _dates_read(sentence, "en", PartialDate(2025, 10, 8)) == []

    _add_words(monkeypatch, "en", "year_leads", "for")
    fresh_grammar()

    assert _dates_read(sentence, "en", PartialDate(2025, 10, 8)) == [("for 2026", "2026"), ("for 2027", "2027")]
    folded = fold(sentence)
    letter_runs(folded)
    shortcut = [m.span() for m in _date_matches(folded, _date_start_offsets(folded, 0, len(folded)))]
    assert shortcut == [m.span() for m in _date_matches(folded)] == [(29, 37), (48, 56)]


def test_a_word_after_a_month_saying_next_added_to_a_language_file_moves_the_date_a_year_on(monkeypatch, fresh_grammar):
    # In an October dispatch "en marzo próximo" is next March; "en marzo que viene" too, once es.json says so.
    published = PartialDate(2025, 10, 8)
    assert _dates_read("Volverá en marzo próximo.", "es", published) == [("en marzo", "2026-03")]
    assert _dates_read("Volverá en marzo que viene.", "es", published) == [("en marzo", "2025-03")]

    _add_words(monkeypatch, "es", "next_after_words", "que viene")
    fresh_grammar()

    assert _dates_read("Volverá en marzo que viene.", "es", published) == [("en marzo", "2026-03")]


def test_the_french_day_of_this_month_is_read_from_the_language_file(monkeypatch, fresh_grammar):
    published = PartialDate(2025, 7, 2)
    assert _dates_read("La réunion se tiendra le 14 courant.", "fr", published) == [("le 14 courant", "2025-07-14")]

    from partnertracker.extraction.languages import load_language

    monkeypatch.setitem(load_language("fr").data, "current_month_words", [])
    fresh_grammar()

    assert _dates_read("La réunion se tiendra le 14 courant.", "fr", published) == []


def test_date_words_are_listed_in_the_language_files():
    from partnertracker.extraction.grammar import words

    for key, expected in [
        ("month_leads", {"en", "in", "debut", "early", "mid"}),
        ("year_part_nouns", {"trimestre", "quarter"}),
        ("day_leads", {"le", "du", "on"}),
        ("next_after_words", {"prochain", "proximo", "next"}),
    ]:
        assert expected <= set(words(key)), key


# The area vocabulary: which short synonyms count only in capitals is said beside them in areas.json.

def _areas_read(text: str) -> set[str]:
    return {a["key"] for a in extract(text)["areas"]}


def test_short_area_synonyms_count_only_in_capitals():
    assert "computing" in _areas_read("Rabat, 3 juin (MAP) - Les deux parties coopéreront en matière de TIC.")
    assert "computing" not in _areas_read("Rabat, 3 juin (MAP) - Le ministre a gardé son tic de langage.")


def test_a_synonym_marked_capitals_only_in_the_vocabulary_no_longer_counts_in_lower_case(monkeypatch, fresh_grammar):
    # "calcul" is a computing synonym, but "le calcul des coûts" is no such area once areas.json says so.
    from partnertracker.extraction.areas import vocabulary

    text = "Rabat, 3 juin (MAP) - Le ministère a présenté le calcul des coûts du programme."
    assert "computing" in _areas_read(text)

    monkeypatch.setitem(vocabulary()["computing"], "capitals_only", [*vocabulary()["computing"]["capitals_only"], "calcul"])
    fresh_grammar()

    assert "computing" not in _areas_read(text)


def test_every_capitals_only_entry_is_a_synonym_of_its_area():
    vocabulary = json.loads(resource_path("areas.json").read_text(encoding="utf-8"))
    for key, entry in vocabulary.items():
        terms = {*entry["labels"].values(), *(t for synonyms in entry.get("synonyms", {}).values() for t in synonyms)}
        assert set(entry.get("capitals_only", [])) <= terms, key


def test_an_ordinal_suffix_added_to_a_language_file_is_read_after_a_day(monkeypatch, fresh_grammar):
    published = PartialDate(2025, 5, 8)
    assert _dates_read("La reunión del 1ro de junio y la del 2do de junio en Lima.", "es", published) == [("1ro de junio", "2025-06-01")]

    _add_words(monkeypatch, "es", "ordinal_suffixes", "do")
    fresh_grammar()

    assert _dates_read("La reunión del 1ro de junio y la del 2do de junio en Lima.", "es", published) == [
        ("1ro de junio", "2025-06-01"), ("2do de junio", "2025-06-02"),
    ]


# Coreference, organisation heads and the header: their words are read from the language files too.

def _organisations(proposal: dict) -> dict[str, tuple[str, str | None, int]]:
    """name -> (kind, country, how many times the dispatch names it)."""
    return {o["name"]: (o["kind"], o["country"], len(o["mentions"])) for o in proposal["organisations"]}


def test_a_head_kind_added_to_a_language_file_gives_the_organisation_its_kind(monkeypatch, fresh_grammar):
    from partnertracker.extraction.languages import load_language

    text = (
        "date 2025-05-08\nMadrid, 8 de mayo (EFE) - La Agencia Mexicana de Cooperación Internacional para el Desarrollo "
        "(AMEXCID) recibió ayer a una delegación de la Universidad de Salamanca."
    )
    name = "Agencia Mexicana de Cooperación Internacional para el Desarrollo"
    assert _organisations(extract(text))[name][0] == "other"

    spanish = load_language("es").data
    monkeypatch.setitem(spanish, "org_head_kinds", {**spanish["org_head_kinds"], "Agencia": "government"})
    fresh_grammar()

    assert _organisations(extract(text))[name][0] == "government"


def test_articles_added_to_a_language_file_read_the_company_of_that_country(monkeypatch, fresh_grammar):
    # "la empresa china" is Huawei once es.json says how a Spanish national anaphor is written.
    text = (
        "Madrid, 8 de mayo (EFE) - La Universidad de Salamanca recibió ayer a una delegación de la empresa Huawei. "
        "La empresa china presentó sus programas de formación docente."
    )
    assert _organisations(extract(text))["Huawei"] == ("company", "ES", 1)  # the dateline's country, for want of better

    from partnertracker.extraction.languages import load_language

    _add_words(monkeypatch, "es", "national_anaphor_articles", "la", "el")
    monkeypatch.setitem(load_language("es").data, "demonym_before_noun", False)  # "la empresa china"
    fresh_grammar()

    assert _organisations(extract(text))["Huawei"] == ("company", "CN", 2)


def test_an_article_before_a_head_added_to_a_language_file_reads_the_head_as_the_organisation(monkeypatch, fresh_grammar):
    text = (
        "Madrid, 8 de mayo (EFE) - El Consejo Superior de Investigaciones Científicas recibió ayer a una delegación "
        "de la Universidad de Salamanca. El Consejo presentó sus laboratorios."
    )
    name = "Consejo Superior de Investigaciones Científicas"
    assert _organisations(extract(text))[name][2] == 1

    _add_words(monkeypatch, "es", "head_anaphor_articles", "el")
    fresh_grammar()

    proposal = extract(text)
    assert _organisations(proposal)[name][2] == 2
    (organisation,) = [o for o in proposal["organisations"] if o["name"] == name]
    start, end = organisation["mentions"][1]
    assert text[start:end] == "Consejo"


def test_a_date_line_word_added_to_a_language_file_dates_the_dispatch(monkeypatch, fresh_grammar):
    text = (
        "Publié : 2025-07-14\nRabat - L'Organisation du monde islamique pour l'éducation, les sciences et la culture "
        "(ICESCO) a reçu mardi une délégation de l'entreprise Huawei."
    )
    before = extract(text)["dispatch"]
    assert (before["published_on"], before["title"]) == (None, "Publié : 2025-07-14")

    _add_words(monkeypatch, "fr", "date_line_words", "publié")
    fresh_grammar()

    after = extract(text)
    assert (after["dispatch"]["published_on"], after["dispatch"]["title"]) == ("2025-07-14", None)
    assert [v["date"] for v in after["visits"]] == ["2025-07-08"]  # the Tuesday before


def test_a_title_word_added_to_a_language_file_ends_a_name(monkeypatch, fresh_grammar):
    # "Acting" opens no title of en.json: read as the last word of the name until the file says it marks a title.
    text = "RABAT, 3 June (WAM) -- ICESCO received Mr Karim Benali Acting Director of Huawei Morocco."
    assert [(p["honorific"], p["name"]) for p in extract(text)["people"]] == [("Mr", "Karim Benali Acting")]

    _add_words(monkeypatch, "en", "title_marker_words", "acting")
    fresh_grammar()

    assert [(p["honorific"], p["name"]) for p in extract(text)["people"]] == [("Mr", "Karim Benali")]


def test_every_head_kind_names_a_head_of_its_file_and_one_kind():
    from partnertracker.extraction.text import fold

    kinds: dict[str, str] = {}
    for code in available_languages():
        data = json.loads(resource_path("lang", f"{code}.json").read_text(encoding="utf-8"))
        for head, kind in data.get("org_head_kinds", {}).items():
            assert head in data["org_name_heads"], (code, head)
            assert kinds.setdefault(fold(head), kind) == kind, (code, head)  # "Union" is the same in French and English


def test_a_month_abbreviation_added_to_a_language_file_is_read_after_forget(monkeypatch, fresh_grammar):
    """Every regex built from the month names (the date regex, its openings, dateutil's parserinfo)
    follows the language file once grammar.forget() was called."""
    from partnertracker.extraction.languages import load_language

    assert _dates_read("Signé le 3 aoû. à Rabat.", "fr", PartialDate(2025, 9, 1)) == []
    months = load_language("fr").data["months"]
    monkeypatch.setitem(load_language("fr").data, "months", {**months, "aoû": 8})
    fresh_grammar()
    assert _dates_read("Signé le 3 aoû. à Rabat.", "fr", PartialDate(2025, 9, 1)) == [("3 aoû.", "2025-08-03")]
