"""The shortcuts of text.py find exactly what the plain regex finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from partnertracker.extraction.coreference import (
    _anaphor_regex,
    _national_anaphor,
    _phrases,
)
from partnertracker.extraction.text import finditer_at_runs, fold

PIECES = [
    "the", "The", "THE", "la", "La", "LA", "le", "l'", "L\u2019", "l", "lasociété", "société", "Société", "company",
    "Chinese", "chinoise", "Chinoise", "university", "x", "3", "_", "-", " ", "  ", "\n", ",", "(", "\u064e", "\u02bc",
    "\u0640", "\u0142a", "œ", "\u00a0",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(["en", "fr"]), st.integers(0, 5))
def test_national_anaphors_found_at_runs_as_by_finditer(pieces, code, start):
    text = "".join(pieces)
    regex, firsts, first_letter, _demonym_first = _national_anaphor(code)
    expected = [m.span() for m in regex.finditer(text, start)]
    found = [m.span() for m in finditer_at_runs(regex, text, fold(text), start, firsts, first_letter)]
    assert found == expected


ANAPHOR_PIECES = [
    "the", "The", "la", "La", "le", "Le", "du", "l'", "L\u2019", "company", "Company", "Organisation", "société",
    "ministère", "Ministère", "jeune", "pousse", "University", "X", " ", "  ", "\n", "(", "-", "x",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ANAPHOR_PIECES), max_size=20), st.sampled_from(["en", "fr"]), st.booleans())
def test_anaphor_regex_matches_as_the_plain_alternation(pieces, code, ministries_only):
    phrases = _phrases(code, ministries_only)
    variants = set(phrases) | {p[0].upper() + p[1:] for p in phrases} | {"du " + p[3:] for p in phrases if p.startswith("le ")}
    plain = re.compile(
        r"(?<![\w])(?:"
        + "|".join(re.escape(p).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for p in sorted(variants, key=len, reverse=True))
        + r")(?![\w])(?!\s+(?:[A-Z]|\())"
    )
    text = "".join(pieces)
    assert [m.span() for m in _anaphor_regex(code, phrases).finditer(text)] == [m.span() for m in plain.finditer(text)]
