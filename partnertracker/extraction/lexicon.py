"""Word sets merged over every language file (a French dispatch may quote an English name)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from partnertracker.extraction.grammar import derived
from partnertracker.extraction.languages import available_languages, load_language
from partnertracker.extraction.text import fold, phrase_pattern


@dataclass(frozen=True)
class Lexicon:
    connectors: frozenset[str]
    title_words: frozenset[str]
    heads: dict[str, str]  # folded capitalised head noun -> organisation kind
    tails: dict[str, str]
    kind_nouns: dict[str, str]
    non_org_acronyms: frozenset[str]
    particles: frozenset[str]
    months_weekdays: frozenset[str]
    stopwords: frozenset[str]
    demonyms: dict[str, str]
    honorific_regex: re.Pattern[str]
    title_regex: re.Pattern[str]
    honorific_firsts: frozenset[str]  # first token of each honorific, as written
    title_firsts: frozenset[str]  # first token of each title, folded
    title_domains: frozenset[str]  # folded words of a title's domain ("education", "finance")
    name_stops: frozenset[str]  # folded verbs that end a name read back from its acronym ("visited")


# Not words of any one language: Roman numerals ("Forum II") are read as acronyms otherwise.
_ROMAN_NUMERALS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI"})


@derived  # rebuilt by grammar.forget() after a test changed the language data
def lexicon() -> Lexicon:
    connectors: set[str] = set()
    title_words: set[str] = set()
    heads: dict[str, str] = {}
    tails: dict[str, str] = {}
    kind_nouns: dict[str, str] = {}
    non_org: set[str] = set(_ROMAN_NUMERALS)
    particles: set[str] = set()
    mw: set[str] = set()
    stop: set[str] = set()
    demonyms: dict[str, str] = {}
    honorific_parts: list[str] = []
    honorifics: list[str] = []
    titles: list[str] = []
    domains: set[str] = set()
    name_stops: set[str] = set()
    marker_words: set[str] = set()
    unmarked_openers: set[str] = set()
    # A head noun's kind, by its first word, merged: "Organisation" is listed by French and English alike.
    kind_of_head = {
        fold(head).split()[0]: kind
        for code in available_languages()
        for head, kind in (load_language(code).get("org_head_kinds", default={}) or {}).items()
    }
    for code in available_languages():
        lang = load_language(code)
        connectors.update(fold(w) for w in lang.get("name_connectors", default=[]))
        connectors.update(fold(w) for w in lang.get("articles", default=[]))
        for title in lang.get("titles", default=[]):
            titles.append(title)
            title_words.add(re.split(r"[\s\-]+", fold(title))[0])
        for head in lang.get("org_name_heads", default=[]):
            key = fold(head)
            heads[key] = kind_of_head.get(key.split()[0], "other")
        for tail, kind in (lang.get("org_name_tails", default={}) or {}).items():
            tails[fold(tail)] = kind
        for noun, kind in (lang.get("org_kind_nouns", default={}) or {}).items():
            kind_nouns[fold(noun)] = kind
        non_org.update(lang.get("non_org_acronyms", default=[]))
        particles.update(fold(p) for p in lang.get("person_particles", default=[]))
        mw.update(lang.months)
        mw.update(lang.weekdays)
        stop.update(lang.stopwords)
        for name, country in (lang.get("demonyms", default={}) or {}).items():
            demonyms[fold(name)] = country
        honorific_parts.append(lang.honorific_pattern)
        honorifics += lang.get("honorifics", default=[])
        domains.update(fold(w) for w in lang.get("title_domain_words", default=[]))
        name_stops.update(fold(w) for w in lang.get("name_stops", default=[]))
        marker_words.update(fold(w) for w in lang.get("title_marker_words", default=[]))
        unmarked_openers.update(fold(w) for w in lang.get("unmarked_title_openers", default=[]))
    title_words |= marker_words
    title_words -= unmarked_openers
    title_words -= connectors
    # A title never starts with an organisation's own noun ("University Librarian" is no reason
    # to stop reading "Kwame Nkrumah University of Science and Technology").
    title_words -= set(heads) | set(tails) | set(kind_nouns)
    return Lexicon(
        connectors=frozenset(connectors),
        title_words=frozenset(title_words),
        heads=heads,
        tails=tails,
        kind_nouns=kind_nouns,
        non_org_acronyms=frozenset(non_org),
        particles=frozenset(particles),
        months_weekdays=frozenset(mw),
        stopwords=frozenset(stop),
        demonyms=demonyms,
        honorific_regex=re.compile("|".join(f"(?:{p})" for p in honorific_parts)),
        title_regex=re.compile(phrase_pattern(titles)),
        honorific_firsts=frozenset(_first(h) for h in honorifics),
        title_firsts=frozenset(_first(fold(t)) for t in titles),
        title_domains=frozenset(domains),
        name_stops=frozenset(name_stops),
    )


def _first(phrase: str) -> str:
    from partnertracker.extraction.mentions import first_token

    return first_token(phrase)
