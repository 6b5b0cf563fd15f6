"""The shortcuts that try a phrase regex only at some words find exactly what the regex finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


_DATE_WORDS = ["le", "du", "au", "en", "in", "on", "the", "mi", "mid", "juin", "juillet", "mars", "mardi", "march", "market",
               "may", "mayor", "sept", "14", "1er", "2025", "3/11", "courant", "trimestre", "of", "de", "next"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_DATE_WORDS), st.sampled_from([*_GAPS, "", "/"])), max_size=40))
def test_dates_are_tried_at_every_place_the_date_regex_could_start(pieces) -> None:
    from partnertracker.extraction.dates import _date_matches, _date_start_offsets

    folded = fold("".join(word + gap for word, gap in pieces))
    letter_runs(folded)
    offsets = _date_start_offsets(folded, 0, len(folded))
    assert offsets is not None
    assert [m.span() for m in _date_matches(folded, offsets)] == [m.span() for m in _date_matches(folded)]


@given(st.text(alphabet="ab 0123456789٣-/", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_numbers_are_found_where_a_regex_finds_them(text, start, end) -> None:
    import re

    from partnertracker.extraction.dates import _number_starts

    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert _number_starts(text, start, end) == [m.start() for m in re.compile(r"\d+").finditer(text, start, end)]
