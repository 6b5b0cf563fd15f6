"""The shortcuts that try a phrase regex only at some words find exactly what the regex finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnertracker.extraction.grammar import words
from partnertracker.extraction.languages import language
from partnertracker.extraction.text import PhrasePattern, fold, letter_runs, remember_sentences

# Words of the trigger phrases of both languages, common words, and what separates them.
_PHRASES = (
    *language("fr").phrases("visit", "completed"), *language("en").phrases("visit", "completed"),
    *language("fr").phrases("invitation", "triggers"), *language("en").phrases("invitation", "triggers"),
)
_WORDS = sorted({w for p in _PHRASES for w in p.split()} | {"la", "le", "l'", "the", "a", "de", "of", "X", "2025"})
_GAPS = [" ", "  ", ", ", "'", "-", ". ", "\n", " (", ") "]


@st.composite
def dispatches(draw) -> str:
    pieces = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=60))
    return "".join(word + gap for word, gap in pieces)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dispatches(), st.data())
def test_a_phrase_pattern_on_the_dispatch_finds_what_its_regex_finds(text, data) -> None:
    folded = fold(text)
    letter_runs(folded)
    cut = data.draw(st.integers(0, len(folded)))
    remember_sentences(folded, [(0, cut), (cut, len(folded))])
    pattern = PhrasePattern(_PHRASES)
    # Spans that end or start inside a word too ("invite" of "inviter": the regex sees "invite").
    for start, end in [(0, cut), (cut, len(folded)), (0, len(folded)), (min(3, cut), cut), (0, max(0, cut - 2))]:
        expected = [m.span() for m in pattern.regex.finditer(folded, start, end)]
        assert [m.span() for m in pattern.finditer(folded, start, end)] == expected
        first = pattern.search(folded, start, end)
        assert (first.span() if first else None) == (expected[0] if expected else None)


# The words around a date in the language files ("en", "du mois en cours", "on the", "during"...)
# beside months, look-alikes ("mardi", "market") and numbers.
_DATE_KEYS = ("day_range_words", "day_month_links", "month_year_links", "month_leads", "month_middle_prefixes", "year_leads",
              "year_part_nouns", "year_part_links", "day_leads", "current_month_words", "ordinal_day_leads", "ordinal_day_follows")
_DATE_WORDS = sorted(
    {"le", "du", "au", "en", "in", "on", "the", "mi", "mid", "juin", "juillet", "mars", "mardi", "march", "market",
     "may", "mayor", "sept", "14", "14th", "1er", "2025", "3/11", "courant", "trimestre", "of", "de", "next", "mayo", "for"}
    | {w for key in _DATE_KEYS for phrase in words(key) for w in phrase.split()}
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_DATE_WORDS), st.sampled_from([*_GAPS, "", "/"])), max_size=40))
def test_dates_are_tried_at_every_place_the_date_regex_could_start(pieces) -> None:
    from partnertracker.extraction.dates import _date_matches, _date_start_offsets

    folded = fold("".join(word + gap for word, gap in pieces))
    letter_runs(folded)
    offsets = _date_start_offsets(folded, 0, len(folded))
    assert offsets is not None
    found = [m.span() for m in _date_matches(folded, offsets)]
    assert found == [m.span() for m in _date_matches(folded)]
    # And the regex tried at every character finds no more: the openers are every word a date opens with.
    assert found == [m.span() for m in _date_matches(folded, list(range(len(folded))))]


def test_every_phrase_of_the_language_files_that_opens_a_date_is_an_opener() -> None:
    # Each phrase of the date keys before each thing a date may go on with: what the regex finds
    # tried at every character, the shortcut finds (a word added to a file opens dates at once).
    from partnertracker.extraction.dates import _date_matches, _date_start_offsets

    tails = [" juin 2025", " 2025", "-juin", " 3/11", " 14 courant", " 14 du mois en cours", " 14th,", " de 2025", " 14 juin"]
    for phrase in {p for key in _DATE_KEYS for p in words(key)}:
        for tail in tails:
            folded = f"x, {phrase}{tail} y"
            letter_runs(folded)
            everywhere = [m.span() for m in _date_matches(folded, list(range(len(folded))))]
            assert [m.span() for m in _date_matches(folded, _date_start_offsets(folded, 0, len(folded)))] == everywhere, folded


@given(st.text(alphabet="ab_ 0123456789٣-/é", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_numbers_are_found_where_a_regex_finds_them(text, start, end) -> None:
    import re

    from partnertracker.extraction.dates import _number_starts

    start, end = min(start, len(text)), min(max(start, end), len(text))
    # The numbers a date may open with: not after a letter ("b0"), as date_regex() sees the span.
    assert _number_starts(text, start, end) == [start + m.start() for m in re.compile(r"(?<![\w])\d+").finditer(text[start:end])]


@given(st.text(max_size=60) | st.text(alphabet="aZ_9 -'\x1c\u00e9", max_size=60))
def test_the_runs_of_letters_are_those_of_the_unicode_class(text) -> None:
    import re

    starts, runs = letter_runs(text)
    assert list(zip(starts, runs, strict=True)) == [(m.start(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", text)]


# Places of one to three words (and the words inside them, alone), words that open no place, and
# what may stand between them.
_PLACE_NAMES = ["Le Caire", "Abu Dhabi", "Dar es Salaam", "Rabat", "Pékin", "Addis-Abeba", "New York",
                "Arabie saoudite", "Burkina Faso", "Saint-Louis", "Nouakchott", "Bakou", "Sherbrooke"]
_CAPITALISED = sorted({w for name in _PLACE_NAMES for w in name.replace("-", " ").split()}
                      | {"Kemet", "Data", "Université", "Organisation", "Dr", "Amina", "ICESCO", "Zqx", "Le", "Al"})
_PLACE_GAPS = [" ", "  ", "-", ", ", " de ", " et ", " à ", "\n", "'", "2"]


@st.composite
def place_texts(draw) -> str:
    pieces = draw(st.lists(st.tuples(st.sampled_from([*_CAPITALISED, *_PLACE_NAMES]), st.sampled_from(_PLACE_GAPS)),
                           max_size=30))
    return "".join(word + gap for word, gap in pieces)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place_texts())
def test_skipping_words_that_open_no_place_finds_the_places_the_look_ups_find(text) -> None:
    from unittest import mock

    from partnertracker.extraction import mentions as module
    from partnertracker.extraction.model import Mentions

    def places(check) -> list[tuple[int, int, str, str]]:
        found = Mentions()
        with mock.patch.object(module, "may_open_place", check):
            module.find_places(text, fold(text), 0, language("fr"), found)
        return [(p.start, p.end, p.place.name, p.place.country) for p in found.places]

    assert places(module.may_open_place) == places(lambda word: True)


# Phrases of one run and of two, and words of the text that lengthen them ("visite" of "visiter"),
# so that a span often ends inside a word whose first letters are a phrase's word.
_CUT_PHRASES = ("visite", "la semaine", "la", "invite", "the visit", "visit", "a rendu visite")
_CUT_WORDS = sorted({w + s for p in _CUT_PHRASES for w in p.split() for s in ("", "r", "s", "ed", "maine")})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_CUT_WORDS), st.sampled_from(_GAPS)), max_size=30), st.data())
def test_a_span_that_ends_inside_a_word_finds_what_the_regex_finds(pieces, data) -> None:
    folded = fold("".join(word + gap for word, gap in pieces))
    remember_sentences(folded, [])
    pattern = PhrasePattern(_CUT_PHRASES)
    start = data.draw(st.integers(0, len(folded)))
    for end in range(start, len(folded) + 1):
        expected = [m.span() for m in pattern.regex.finditer(folded, start, end)]
        assert [m.span() for m in pattern.finditer(folded, start, end)] == expected
