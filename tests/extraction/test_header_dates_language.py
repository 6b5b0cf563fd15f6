"""Header and dateline, dates resolved against the publication date, language, sentences, places."""

from __future__ import annotations

import datetime as dt

import pytest

from partnertracker.domain import PartialDate
from partnertracker.extraction import extract
from partnertracker.extraction.dates import find_dates
from partnertracker.extraction.gazetteer import lookup_place
from partnertracker.extraction.header import parse_header
from partnertracker.extraction.language_detection import detect_language
from partnertracker.extraction.languages import language
from partnertracker.extraction.sentences import split_sentences
from partnertracker.extraction.text import fold


@pytest.mark.parametrize(
    ("text", "place", "city", "published", "agency", "body"),
    [
        ("date 2025-07\nBakou, 14 juillet, AZERTAC\n\nLe ministre a reçu.", "Bakou", "Baku", "2025-07-14", "AZERTAC", "Le ministre"),
        (" date 2025-07 Bakou, 14 juillet, AZERTAC\n\nTexte.", "Bakou", "Baku", "2025-07-14", "AZERTAC", "Texte"),
        ("RABAT, 3 June 2024 (WAM) -- The Minister received.", "RABAT", "Rabat", "2024-06-03", "WAM", "The Minister"),
        ("Paris, le 12 mars 2024 - La Secrétaire générale a reçu.", "Paris", "Paris", "2024-03-12", None, "La Secrétaire"),
        ("date 2025-05-02\nLe Caire, 2 mai (MENA) - La ministre a reçu.", "Le Caire", "Cairo", "2025-05-02", "MENA", "La ministre"),
        ("RABAT (MAP) - Le ministre a reçu.", "RABAT", "Rabat", None, "MAP", "Le ministre"),
        ("Alger - Le ministre a reçu.", "Alger", "Algiers", None, None, "Le ministre"),
    ],
)
def test_datelines(text, place, city, published, agency, body):
    header = parse_header(text)
    assert header.dateline_place_text == place
    assert header.dateline_place is not None and header.dateline_place.name == city
    assert (header.published_on.isoformat() if header.published_on else None) == published
    assert header.agency == agency
    assert text[header.body_start :].lstrip().startswith(body)


def test_a_dateline_without_a_year_and_no_date_line_is_the_latest_such_day_not_after_today():
    text = "RABAT, 3 June (WAM) -- The Minister received the delegation."
    header = parse_header(text, today=dt.date(2026, 6, 1))  # 3 June 2026 lies ahead: 2025
    # One day ahead is allowed: a wire sent from a time zone already in tomorrow.
    assert parse_header(text, today=dt.date(2026, 6, 2)).published_on == PartialDate(2026, 6, 3)
    assert (header.published_on, header.year_assumed) == (PartialDate(2025, 6, 3), True)
    assert parse_header(text, today=dt.date(2026, 6, 3)).published_on == PartialDate(2026, 6, 3)
    assert header.agency == "WAM"
    assert parse_header("date 2025-06\n" + text).year_assumed is False


def test_a_short_first_line_is_the_title():
    header = parse_header("ICESCO and Huawei sign an MoU\n\nCairo, 3 May 2024, MENA - The two sides signed.")
    assert header.title == "ICESCO and Huawei sign an MoU"
    assert header.published_on == PartialDate(2024, 5, 3)
    assert header.agency == "MENA"


def _dates(text: str, code: str, reference: PartialDate | None, future: bool = False) -> list[str]:
    found = find_dates(text, fold(text), 0, len(text), language(code), reference, future)
    return [f.date.isoformat() for f in found]


MONDAY = PartialDate(2025, 7, 14)  # a Monday


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("le 14 juillet", "fr", ["2025-07-14"]),
        ("le 1er mars 2024", "fr", ["2024-03-01"]),
        ("mardi dernier", "fr", ["2025-07-08"]),
        ("hier", "fr", ["2025-07-13"]),
        ("la semaine dernière", "fr", ["2025-07"]),
        ("en juin", "fr", ["2025-06"]),
        ("on 3 June", "en", ["2025-06-03"]),
        ("June 3, 2024", "en", ["2024-06-03"]),
        ("yesterday", "en", ["2025-07-13"]),
        ("last week", "en", ["2025-07"]),
        ("on Tuesday", "en", ["2025-07-08"]),
        ("last Monday", "en", ["2025-07-07"]),
        ("next month", "en", ["2025-08"]),
        ("el 5 de mayo de 2024", "es", ["2024-05-05"]),
        ("en mars prochain", "fr", ["2026-03"]),
        ("next March", "en", ["2026-03"]),
        ("en 2026", "fr", ["2026"]),
    ],
)
def test_dates_resolved_against_the_publication_date(text, code, expected):
    assert _dates(text, code, MONDAY) == expected


def test_precision_is_never_finer_than_the_text():
    assert _dates("en juillet 2024", "fr", None) == ["2024-07"]
    # "hier" from a dispatch dated only to the month cannot be a day.
    assert _dates("hier", "fr", PartialDate(2025, 7)) == []
    # Without any year, a day and month cannot be placed.
    assert _dates("le 14 juillet", "fr", None) == []


def test_a_bare_weekday_in_a_future_sentence_counts_forward():
    assert _dates("on Tuesday", "en", MONDAY, future=True) == ["2025-07-15"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le ministre a reçu la délégation dans le cadre de la coopération entre les deux pays.", "fr"),
        ("The minister received the delegation as part of the cooperation between the two countries.", "en"),
        ("El ministro recibió a la delegación en el marco de la cooperación entre los dos países.", "es"),
        ("استقبل الوزير الوفد في إطار التعاون بين البلدين.", "ar"),
    ],
)
def test_language_detection(text, code):
    assert detect_language(fold(text)) == code


def test_sentences_do_not_break_after_honorifics_or_initials():
    text = "Dr Salim M. AlMalik a reçu M. Karimov. S.E. M. Ahmed était présent. Fin."
    sentences = split_sentences(text, 0, language("fr"))
    assert [text[s.start : s.end] for s in sentences] == [
        "Dr Salim M. AlMalik a reçu M. Karimov.",
        "S.E. M. Ahmed était présent.",
        "Fin.",
    ]


@pytest.mark.parametrize(
    ("name", "city", "country"),
    [
        ("Pékin", "Beijing", "CN"),
        ("Bakou", "Baku", "AZ"),
        ("Le Caire", "Cairo", "EG"),
        ("Rabat", "Rabat", "MA"),
        ("New Delhi", "New Delhi", "IN"),
        ("Maroc", None, "MA"),
        ("Morocco", None, "MA"),
        ("Chine", None, "CN"),
        ("Égypte", None, "EG"),
        ("Émirats arabes unis", None, "AE"),
    ],
)
def test_gazetteer(name, city, country):
    place = lookup_place(name)
    assert place is not None
    assert place.country == country
    if city:
        assert place.name == city and not place.is_country
    else:
        assert place.is_country


def test_ordinary_words_are_not_places():
    for word in ("Le", "President", "Organisation", "Huawei", "Mai"):
        assert lookup_place(word) is None


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "The delegation arrived on the 14th and left on the 21st.", ["2025-11-14", "2025-11-21"]),
        ("en", "It met on the 3rd floor, in mid-January.", ["2025-01"]),
        ("fr", "La délégation est arrivée le 3/11 et repartira mi-novembre.", ["2025-11-03", "2025-11"]),
        ("fr", "La réunion du 14 courant a été reportée.", ["2025-11-14"]),
    ],
)
def test_days_written_without_month_or_year_take_the_dispatchs(code, text, expected):
    found = find_dates(text, fold(text), 0, len(text), language(code), PartialDate(2025, 11, 20))
    assert [str(d.date) for d in found] == expected


def test_an_ethiopian_dateline_writes_the_year_after_a_slash() -> None:
    from partnertracker.extraction.header import parse_header

    header = parse_header("Addis Ababa, August 6/2025 (ENA) -- A delegation will visit.")
    assert (str(header.published_on), header.agency, header.year_assumed) == ("2025-08-06", "ENA", False)


def test_the_beginning_of_the_month_is_that_month() -> None:
    from partnertracker.extraction import extract

    proposal = extract("CASABLANCA, 16 janvier 2025 - Au début du mois, l'Université Hassan II de Casablanca (UH2C) a "
                       "accueilli une délégation de la société Lumora.")
    assert [(v["date"], v["date_precision"]) for v in proposal["visits"]] == [("2025-01", "month")]


def test_the_day_before_counts_from_the_day_told_even_far_from_other_date_words() -> None:
    # "the day before" is made of words too common to look for; it is found all the same.
    text = ("The signing took place on 16 July in the main hall. The day before, the rector received "
            "the visitors for a working dinner.")
    assert _dates(text, "en", MONDAY) == ["2025-07-16", "2025-07-15"]


def test_last_and_next_month_cross_the_year() -> None:
    assert _dates("last month", "en", PartialDate(2026, 1, 5)) == ["2025-12"]
    assert _dates("le mois prochain", "fr", PartialDate(2025, 12, 5)) == ["2026-01"]


def test_a_29_february_to_come_that_does_not_exist_loses_the_date_not_the_dispatch() -> None:
    from partnertracker.extraction import extract

    # Written in March 2024, "29 February next" would be 2025-02-29, which does not exist.
    proposal = extract("date 2024-03-10\nRABAT, 10 March 2024 (WAM) -- A delegation of the Islamic World Educational, "
                       "Scientific and Cultural Organization (ICESCO) will visit Mohammed V University in Rabat on "
                       "29 February next.\n")
    assert "warnings" not in proposal
    assert [(v["date"], v["status"]) for v in proposal["visits"]] == [(None, "planned")]
    proposal = extract("date 2024-03-10\nRABAT, 10 mars 2024 (MAP) - L'Université Mohammed V et l'Organisation du monde "
                       "islamique pour l'éducation, les sciences et la culture (ICESCO) signeront une convention de "
                       "partenariat le 29 février prochain.\n")
    assert "warnings" not in proposal
    assert [(a["status"], a["date"]) for a in proposal["agreements"]] == [("planned", None)]


SPANISH = (
    "Madrid, 10 abr (EFE) - La rectora de la Universidad Complutense de Madrid, Dra. Carmen Ruiz, "
    "recibió el martes a una delegación de la Organización Mundial de la Salud (OMS), encabezada por el "
    "Dr. Pedro Alves. Ambas instituciones firmaron un memorando de entendimiento sobre formación docente "
    "y salud digital.\n"
)


def test_a_spanish_wire_with_an_abbreviated_month_is_dated_and_read():
    """Spanish is a language file (resources/lang/es.json): its month abbreviations date an EFE
    dateline, and the agency is not taken for a partner."""
    proposal = extract("date 2025-04\n" + SPANISH)
    dispatch = proposal["dispatch"]
    assert (dispatch["agency"], dispatch["published_on"], dispatch["language"]) == ("EFE", "2025-04-10", "es")
    names = {o["id"]: o["name"] for o in proposal["organisations"]}
    assert sorted(names.values()) == ["Organización Mundial de la Salud", "Universidad Complutense de Madrid"]
    [visit] = proposal["visits"]
    assert (names[visit["host"]], visit["city"], visit["date"]) == ("Universidad Complutense de Madrid", "Madrid", "2025-04-08")
    [agreement] = proposal["agreements"]
    assert agreement["kind"] == "mou" and len(agreement["parties"]) == 2


def test_the_arabic_capital_cue_names_the_country():
    """"العاصمة الصينية" (the Chinese capital): the cue's word was looked for unfolded in the folded
    text, where its final ة is written ه, so the Arabic cue was never tried."""
    from partnertracker.extraction.mentions import find_places
    from partnertracker.extraction.model import Mentions
    from partnertracker.extraction.text import fold

    text = "زار وفد المنظمة العاصمة الصينية الأسبوع الماضي."
    found = Mentions()
    find_places(text, fold(text), 0, language("ar"), found)
    assert [(text[p.start : p.end], p.place.country) for p in found.places] == [("العاصمة الصينية", "CN")]
