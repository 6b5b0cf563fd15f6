"""The events' shortcuts find exactly what their regexes find, tried at every character."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnertracker.extraction import events
from partnertracker.extraction.languages import language
from partnertracker.extraction.model import Sentence
from partnertracker.extraction.text import fold, letter_runs, remember_sentences

_ALL_GROUPS = (events._VISIT_GROUPS, events._INVITATION_GROUPS, events._AGREEMENT_GROUPS, events._PAST_GROUPS)
# Whole trigger phrases of both languages and their words (so that phrases, parts of phrases and
# their neighbours' words all come up), common words, and what separates them.
_PHRASES = sorted({p for code in ("fr", "en") for groups in _ALL_GROUPS for keys in groups.values() for p in language(code).phrases(*keys)})
_WORDS = sorted({w for p in _PHRASES for w in p.split()} | {"la", "le", "l'", "the", "a", "de", "of", "X", "2025", "visites", "invitations"})
_GAPS = [" ", "  ", ", ", "'", "-", ". ", "\n", " (", ") "]


def _by_regex(folded: str, sentence: Sentence, code: str, groups) -> list[tuple[int, int, str]]:
    """_triggers written plainly: every group's regex over the whole sentence, the longest first where they overlap."""
    found = [
        (m.start(), m.end(), label)
        for label, keys in groups.items()
        for m in language(code).pattern(*keys).regex.finditer(folded, sentence.start, sentence.end)
    ]
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept: list[tuple[int, int, str]] = []
    for trigger in found:
        if not kept or trigger[0] >= kept[-1][1]:
            kept.append(trigger)
    return kept


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_PHRASES) | st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=40), st.data())
def test_the_triggers_of_a_sentence_are_what_the_groups_regexes_find(pieces, data) -> None:
    folded = fold("".join(word + gap for word, gap in pieces))
    letter_runs(folded)
    cut = data.draw(st.integers(0, len(folded)))
    sentences = [Sentence(0, cut), Sentence(cut, len(folded))]
    remember_sentences(folded, [(s.start, s.end) for s in sentences])
    code = data.draw(st.sampled_from(["fr", "en"]))
    for groups in _ALL_GROUPS:
        for sentence in [*sentences, Sentence(0, len(folded))]:  # the last one is not remembered
            assert events._triggers(folded, sentence, language(code), groups) == _by_regex(folded, sentence, code, groups)


# The sentence breaks' regex as first written: one class of end marks, which re tries at every character.
_BREAK_PLAIN = r"\n(?:[ \t]*\n|(?=[ \t]*[^\s]))|(?:\.|!|\?|\u061f|\u2026)[.!?\u061f\u2026]*[\"'\u00bb\u201d)]*(?=\s)"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?\u061f\u2026\"'\u00bb\u201d) \t\naZ", max_size=40))
def test_sentence_breaks_are_found_where_the_plain_regex_finds_them(text) -> None:
    from partnertracker.extraction.sentences import _BREAK

    assert [m.span() for m in _BREAK.finditer(text)] == [m.span() for m in re.finditer(_BREAK_PLAIN, text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"abzAZ '-.,1_\n\t", "é", "ß", "\u0627", "\u064b", "\u2019"]), max_size=40))
def test_the_runs_of_letters_of_a_text_are_what_the_letters_regex_finds(text) -> None:
    from partnertracker.extraction.text import LETTERS, letter_runs

    for folded in (text, fold(text)):
        starts, runs = letter_runs(folded)
        assert (starts, runs) == ([m.start() for m in LETTERS.finditer(folded)], LETTERS.findall(folded))


def test_a_day_and_a_month_name_read_without_dateutil_are_what_dateutil_reads() -> None:
    # Every month name of every language file, every day number, in a leap year and others.
    import datetime as dt

    from partnertracker.domain import PartialDate
    from partnertracker.extraction.dates import _dateutil_parse, date_regex, parse_absolute
    from partnertracker.extraction.languages import all_month_names

    for name, (code, _number) in all_month_names().items():
        for year in (2024, 2025, 1900):
            for day in range(1, 32):
                match = date_regex().fullmatch(f"{day} {name} {year}")
                if match is None or not match.group("day") or not name.isalpha():
                    continue
                parsed = _dateutil_parse(f"{day} {name} {year}", code, dt.datetime(year, 1, 1))
                expected = PartialDate(parsed.year, parsed.month, parsed.day) if parsed else None
                assert parse_absolute(match, "en", None) == expected, (day, name, year)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"abzAZ '-.\t`", "é", "É", "ß", "œ", "\u2019", "«", "\u0627", "\u0623", "\u064b", "\u0130", "\u03a9", "\u4e2d"]), min_size=41, max_size=90))
def test_folding_a_text_with_accents_is_the_table_s_translation(text) -> None:
    from partnertracker.extraction.text import _TABLE

    assert fold(text) == text.translate(_TABLE)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab.-!? ,\n'", max_size=40))
def test_the_word_before_a_period_is_found_from_the_last_space(text) -> None:
    from partnertracker.extraction.sentences import _WORD_BEFORE

    text += "."
    end = len(text) - 1
    for begin in (0, len(text) // 2):
        lo = max(begin, end - 20)
        space = text.rfind(" ", lo, end)
        found = _WORD_BEFORE.search(text, space + 1 if space != -1 else lo, end + 1)
        expected = _WORD_BEFORE.search(text, lo, end + 1)
        assert (found and (found.span(), found.group(1))) == (expected and (expected.span(), expected.group(1)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 60)), max_size=12), st.integers(0, 300), st.data())
def test_the_first_organisation_position_after_a_title_is_what_the_scan_of_every_span_finds(spans, end, data) -> None:
    from partnertracker.extraction import mentions as m
    from partnertracker.extraction.model import Mentions

    found = Mentions(org_spans=[(s, s + length, i) for i, (s, length) in enumerate(spans)])
    limit = end + 220
    for _ in range(2):  # the second asks again once the spans changed: the cache must follow
        plain = min((max(s, end) for s, e, _ in found.org_spans if e > end), default=limit)
        assert m._first_covered(found, end, limit) == plain
        found.org_spans.append((data.draw(st.integers(0, 300)), data.draw(st.integers(300, 400)), len(found.org_spans)))
