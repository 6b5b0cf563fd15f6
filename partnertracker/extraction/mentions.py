"""Mentions: organisations (names, acronyms, kind nouns, known records), people, places."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from partnertracker.extraction import grammar
from partnertracker.extraction.gazetteer import (
    Place,
    country_openers,
    headquarters_country,
    lookup_place,
    may_open_place,
    well_known_acronym,
)
from partnertracker.extraction.grammar import alternatives, derived, lazy_regex, word_set
from partnertracker.extraction.languages import Language, available_languages, load_language
from partnertracker.extraction.lexicon import lexicon
from partnertracker.extraction.model import (
    Mentions,
    OrganisationFound,
    PersonFound,
    PlaceFound,
    RoleMention,
    SpanIndex,
)
from partnertracker.extraction.text import (
    LETTERS,
    clean_span_text,
    finditer_at_words,
    fold,
    fold_key,
    letter_runs,
    matches_at,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from partnertracker.extraction.resolution import NameForm

# The words of the regexes below come from the language files (grammar.py); the shapes stay here.


def _as_written(*keys: str, then: str = "") -> str:
    """alternatives() of phrases matched on the text as written, where an apostrophe may be curly."""
    return alternatives(*keys, folded=False, then=then).replace("'", "['\u2019]")


def _written_or_folded(*keys: str) -> str:
    """The phrases under `keys` as written ("société", "à") or folded ("societe", "a"), for a regex
    run on the text as written: a dispatch may write its accents or not."""
    return "(?:" + _as_written(*keys) + "|" + alternatives(*keys) + ")"


def _one_language(code: str, key: str) -> str:
    """`(?:…)` of the folded phrases under `key` in one language file (alternatives() merges them all)."""
    phrases = sorted({fold(p) for p in load_language(code).phrases(key)}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")" if phrases else r"(?!x)x"


# Precompiled once: these run on every sentence.
_COORDINATION = lazy_regex(lambda: r"(?:^| )" + alternatives("and_words") + r"(?: |$)")
_DESCRIBED_AS_ORGANISATION = lazy_regex(lambda: _written_or_folded("described_company_nouns", "described_ngo_nouns") + "$")
_DESCRIBED_AS_NGO = lazy_regex(lambda: _written_or_folded("described_ngo_nouns") + "$")
_ELISION = re.compile(r"\b[^\W\d_]{1,2}['\u2019]")
_NAME_WORD = re.compile(r"[^\W\d_][\w\-]*")
_COMMA_GAP = re.compile(r"\s*,?\s*")
_POSSESSIVE_GAP = re.compile(r"\)?(?:['\u2019]s)?\s+")  # "(QFL) President": the acronym's bracket may close first
_PARENTHESIS = re.compile(r"\s*\([^()]{1,15}\)")
_TRAILING_ARTICLE = lazy_regex(lambda: r"\s+" + _as_written("name_articles") + r"\s*$")
_COMMA = re.compile(r"\s*,\s*")
_PLACE_NAME_SHAPE = lazy_regex(lambda: r"[\w'\u2019\-]+(?:[ \-](?:" + alternatives("place_name_particles") + r"[ \-])?[\w'\u2019\-]+){0,2}")

_TOKEN = re.compile(r"[^\W\d_]{1,2}['\u2019](?=[^\W\d_])|[\w][\w&\-]*|[,;:()\"\u00ab\u00bb.]")
# Capitals beyond ASCII for acronyms in Turkish, Polish, Czech... names: "YÖK", "ÇOMÜ".
_UPPER_EXTRA = "\u00c0-\u00d6\u00d8-\u00de\u0130\u015e\u011e\u0141\u017d\u0160\u010c"
_ACRONYM_IN_PARENS = re.compile(rf"\(\s*([A-Z][A-Za-z0-9&\-{_UPPER_EXTRA}]{{1,14}}(?:\s[A-Z][a-z]{{2,12}})?)\s*\)")
# Not after a word character or "-" (checked after the first capital, so that re skips straight to
# capitals): "UNESCO", "IsDB", "ICESCO".
_ACRONYM = re.compile(rf"([A-Z](?<![\w\-].)(?:[A-Z0-9&{_UPPER_EXTRA}]{{1,9}}|[a-z]?[A-Z][A-Z0-9&{_UPPER_EXTRA}]{{1,8}}))(?![\w\-])")
_CAP_WORD = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u017f][\w&\-]*")


class Token(NamedTuple):
    """A word or punctuation mark; a tuple because a dispatch has hundreds of them."""

    start: int
    end: int
    text: str
    folded: str
    is_cap: bool


# id(text) -> (text, tokens, their starts, ends, texts, folded texts): the dispatch being read.
_TOKENS: dict[int, tuple[str, list[Token], list[int], list[int], list[str], list[str]]] = {}


# _TOKEN as the one group of a split(): the tokens come out between the gaps.
_TOKEN_PIECES = re.compile("(" + _TOKEN.pattern + ")", _TOKEN.flags)
assert _TOKEN_PIECES.groups == 1, "_TOKEN must have no groups of its own"
_START = itemgetter(0)
_TEXT = itemgetter(2)
_FOLDED = itemgetter(3)


def tokenize(text: str, folded: str, start: int, end: int) -> list[Token]:
    """Tokens between start and end; the whole text is tokenized once and sliced after."""
    cached = _TOKENS.get(id(text))
    if cached is None or cached[0] is not text:
        # Built in C (split, accumulate, map) rather than by a Python loop over match objects: the
        # pieces alternate gap, token, gap, ..., so their running lengths give the token offsets.
        pieces = _TOKEN_PIECES.split(text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        starts, ends, words = offsets[1:-1:2], offsets[2::2], pieces[1::2]
        folded_words = [folded[a:b] for a, b in zip(starts, ends, strict=True)]  # cheaper than map(slice, ...): no slice objects
        caps = map(str.isupper, map(_START, words))  # a token is never empty: word[0] is word[:1]
        tokens: list[Token] = list(map(tuple.__new__, repeat(Token), zip(starts, ends, words, folded_words, caps, strict=True)))
        cached = (text, tokens, starts, ends, words, folded_words)
        _TOKENS.clear()  # one dispatch at a time: keep memory flat
        _TOKENS[id(text)] = cached
    _, tokens, starts, ends, _words, _folded_words = cached
    return tokens[bisect_left(starts, start) : bisect_right(ends, end)]


def first_token(phrase: str) -> str:
    """The first token of a phrase, as tokenize() would cut it ("S.E." -> "S", "l'Organisation" -> "l'")."""
    match = _TOKEN.search(phrase)
    return match.group(0) if match else ""


def scan(regex: re.Pattern[str], haystack: str, tokens: list[Token], firsts: frozenset[str], folded_keys: bool):
    """regex matches that start at a token whose text is in `firsts`: far cheaper than finditer
    over the whole text when the regex is a long alternation."""
    # The starts of the tokens that open a phrase, picked in C: the regex runs only there.
    return matches_at(regex, haystack, _openings(tokens, firsts, folded_keys))


def _openings(tokens: list[Token], firsts: frozenset[str], folded_keys: bool) -> list[int]:
    """The starts of the tokens whose text (or folded text) is in `firsts`."""
    for _text, all_tokens, starts, _ends, words, folded_words in _TOKENS.values():
        # A slice of what tokenize() returned (as every caller passes): read tokenize's own lists
        # of starts and texts rather than pick them out of the tokens again.
        first = bisect_left(starts, tokens[0].start) if tokens else 0
        last = first + len(tokens)
        if tokens and all_tokens[first:last] == tokens:
            keys = (folded_words if folded_keys else words)[first:last]
            return list(compress(starts[first:last], map(firsts.__contains__, keys)))
    picked = map(firsts.__contains__, map(_FOLDED if folded_keys else _TEXT, tokens))
    return list(compress(map(_START, tokens), picked))


@dataclass
class _Candidate:
    start: int
    end: int
    name: str
    acronym: str | None = None
    acronym_span: tuple[int, int] | None = None
    kind: str | None = None
    country: str | None = None
    confidence: float = 0.6
    existing_id: int | None = None
    aliases: list[str] = field(default_factory=list)


def _is_connector(token: Token) -> bool:
    folded = token.folded.replace("\u2019", "'")
    return folded in lexicon().connectors and not token.is_cap


def _line_break_between(text: str, end: int, start: int) -> bool:
    """A name never runs across a line break: "Ministry of X\n\nRwanda's ..." is a name and a new paragraph."""
    return "\n" in text[end:start]


def _uppercase_count(word: str) -> int:
    return sum(1 for ch in word if ch.isupper())




# ---------------------------------------------------------------------------
# Organisations


def find_organisations(
    text: str, folded: str, body_start: int, lang: Language, known: object | None, exclude: frozenset[str]
) -> Mentions:
    """Every organisation named in text[body_start:], merged into entities, with all their mentions."""
    lex = lexicon()
    candidates: list[_Candidate] = []
    taken = SpanIndex()

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end)

    def add(candidate: _Candidate) -> None:
        candidates.append(candidate)
        taken.add(candidate.start, candidate.end)
        if candidate.acronym_span:
            taken.add(*candidate.acronym_span)

    # 1. "Full Name (ACRONYM)".
    for match in _ACRONYM_IN_PARENS.finditer(text, body_start):
        acronym = match.group(1)
        short_name = _uppercase_count(acronym) < 2
        if short_name and not _is_short_name(acronym) or acronym in lex.non_org_acronyms:
            continue
        name_span = _name_before(text, folded, max(body_start, match.start() - 400), match.start(), acronym)
        if name_span is None:
            continue
        s, e = name_span
        name = clean_span_text(text[s:e])
        if lookup_place(name) is not None:
            continue
        if short_name and (len(name.split()) < 3 or _kind_of_name(name) is None):
            continue  # "Senelec", "Mawhiba": only after a long name that is plainly an organisation's
        add(_Candidate(s, e, name, acronym, (match.start(1), match.end(1)), _kind_of_name(name), confidence=0.9))

    # 2. Records the database already knows.
    if known is not None:
        for candidate in _known_candidates(text, folded, body_start, known):
            if free(candidate.start, candidate.end):
                add(candidate)

    # 3. Kind nouns introducing a name: "l'entreprise Huawei", "the Chinese company Huawei".
    for candidate in _kind_noun_candidates(text, folded, body_start):
        if free(candidate.start, candidate.end):
            add(candidate)

    # 4. Names built on a head noun ("Université Mohammed V", "ministère de l'Éducation")
    #    or ending with a tail noun ("Cairo University", "Huawei Technologies").
    for candidate in _head_and_tail_candidates(text, folded, body_start):
        if free(candidate.start, candidate.end):
            add(candidate)

    for candidate in _appositive_candidates(text, folded, body_start):
        if free(candidate.start, candidate.end):
            add(candidate)

    # 5. "Huawei's headquarters".
    for candidate in _venue_owner_candidates(text, folded, body_start):
        if free(candidate.start, candidate.end):
            add(candidate)

    # 5b. Bare names in the object of a visit, invitation or agreement ("visited Orion Veridia").
    for candidate in _object_position_candidates(text, folded, body_start):
        if free(candidate.start, candidate.end):
            add(candidate)

    # 6. Acronyms standing alone ("UNESCO"), unless they are places or common abbreviations.
    defined = {c.acronym for c in candidates if c.acronym}
    # "IIT" inside "IIT Delhi" is the defined acronym, found again by the pass over known forms.
    defined_heads = {a.split()[0] for a in defined if " " in a}
    for match in _ACRONYM.finditer(text, body_start):
        word = match.group(1)
        if word in lex.non_org_acronyms or word in exclude or _uppercase_count(word) < 2 or word in defined_heads:
            continue
        if word not in defined and (lookup_place(word) is not None or fold(word) in lex.months_weekdays):
            continue
        if not free(match.start(), match.end()):
            continue
        if word not in defined and _inside_capitalised_line(text, match.start()):
            continue
        add(_Candidate(match.start(), match.end(), word, word, None, None, confidence=0.75 if word in defined else 0.55))

    # 7. A capitalised name coordinated with an organisation is one too: "Huawei et l'ICESCO ont signé".
    for candidate in _coordinated_names(text, folded, body_start, candidates):
        if free(candidate.start, candidate.end):
            add(candidate)

    # A unit recognised once ("dont l'École polytechnique") is the same unit where it is named again.
    units = {fold_key(c.name) for c in candidates if _is_unit_of_university(text, folded, c, candidates)}
    candidates = [_body_of_its_office(c) for c in candidates if fold_key(c.name) not in units and not _bare_kind_noun(c)]
    mentions = _merge(text, folded, body_start, candidates)
    _towns_standing_for_universities(text, folded, mentions)
    _appositive_nationality(folded, mentions)
    return mentions


def _office_of_body() -> str:
    """ "UNESCO Regional Office for ...", "Bureau régional de l'UNESCO à ...": on the name as written."""
    acronym = r"([A-Z][A-Za-z\-]*[A-Z])"
    adjective = r"(?:" + _as_written("office_adjectives") + r"\s+)?"
    where = r"(?:\s+" + _as_written("purpose_prepositions", "posted_in_prepositions") + r"\s+.+)?$"
    return (
        "^" + acronym + r"\s+" + adjective + _as_written("office_nouns") + where
        + r"|^" + _as_written("office_nouns") + r"\s+" + adjective + _as_written("owner_prepositions", then=r"\s+") + acronym + where
    )


_OFFICE_OF_BODY = lazy_regex(_office_of_body)


def _body_of_its_office(candidate: _Candidate) -> _Candidate:
    """ "the UNESCO Regional Office", "le Bureau régional de l'UNESCO": the officer's partner is UNESCO."""
    m = _OFFICE_OF_BODY.match(candidate.name)
    if m is None or candidate.acronym:
        return candidate
    body = m.group(1) or m.group(2)
    return replace(candidate, name=body, acronym=body, kind="intergovernmental" if headquarters_country(body) else None)


_APPOSITIVE_COUNTRY = re.compile(r"\s*,\s+([a-z][\w\-]+(?: [a-z][\w\-]+)?)['\u2019]s\s")
_APPOSITIVE_KIND = lazy_regex(
    lambda: r"\s*(?:\([^()]{1,15}\)\s*)?,\s+" + alternatives("description_articles", "name_articles") + r"\s*([a-z\-]+)\s+([a-z\-]+)"
)


_COUNTRY_POSSESSIVE = re.compile(r"(?<![\w\-])([a-z][\w\-]+(?: [a-z][\w\-]+)?)['\u2019]s\s+$")


def _appositive_nationality(folded: str, mentions: Mentions) -> None:
    """ "the Kilimanjaro Trust, a Tanzanian foundation", "Zenkora, une société nigériane", "Ghana's
    Ministry of Education": its country."""
    lex = lexicon()
    for s, e, index in mentions.org_spans:
        org = mentions.organisations[index]
        if org.country is not None:
            continue
        window = folded[max(0, s - 30) : s]
        # Only "...'s " before the name can match: asking the string first spares most searches.
        possessive = window[-1:].isspace() and window.rstrip().endswith(("'s", "\u2019s"))
        owner = _COUNTRY_POSSESSIVE.search(folded, max(0, s - 30), s) if possessive else None
        words = owner.group(1).split() if owner else []
        place = lookup_place(words[-1]) if words else None
        if len(words) == 2 and (place is None or not place.is_country):
            place = lookup_place(" ".join(words))  # "South Africa's"
        if place is not None and place.is_country:
            org.country = place.country  # "Ghana's Ministry of Education"
            continue
        owner_after = _APPOSITIVE_COUNTRY.match(folded, e)
        place = lookup_place(owner_after.group(1)) if owner_after else None
        if place is not None and place.is_country:
            org.country = place.country  # "Kazhydromet, Kazakhstan's national hydrometeorological service"
            continue
        m = _APPOSITIVE_KIND.match(folded, e)
        if m is None:
            continue
        first, second = m.group(1), m.group(2)
        if first in lex.demonyms and second in lex.kind_nouns:
            org.country = lex.demonyms[first]
        elif first in lex.kind_nouns and second in lex.demonyms:
            org.country = lex.demonyms[second]


# "the University of Nottingham ... invited Nottingham to take part": after the university is
# named, its town alone stands for it, unless a preposition makes it the place ("in Nottingham").
_UNIVERSITY_OF_TOWN = lazy_regex(
    lambda: r"^" + alternatives("university_of_words") + r" (.+)$|^(.+) " + alternatives("university_after_town_words") + "$"
)
_LOCATIVE_BEFORE = lazy_regex(
    lambda: r"(?:\b" + _written_or_folded("locative_words") + r"|[A-Z\w\-']*[A-Z]\w*|[\-/])\s*$"
)


def _towns_standing_for_universities(text: str, folded: str, mentions: Mentions) -> None:
    towns: dict[str, list[int]] = {}
    for index, org in enumerate(mentions.organisations):
        m = _UNIVERSITY_OF_TOWN.match(fold_key(org.name))
        town = (m.group(1) or m.group(2)) if m else None
        if town and " " not in town and (place := lookup_place(town)) is not None and not place.is_country:
            towns.setdefault(town, []).append(index)
    for town, indexes in towns.items():
        if len(indexes) != 1:
            continue  # two universities of one town: the town alone names neither
        index = indexes[0]
        first = min((s for s, _e, i in mentions.org_spans if i == index), default=None)
        if first is None:
            continue
        for m in re.finditer(rf"(?<![\w\-]){re.escape(town)}(?![\w\-])", folded[first:]):
            s, e = first + m.start(), first + m.end()
            if not text[s].isupper() or mentions.occupied(s, e):
                continue
            if _LOCATIVE_BEFORE.search(text, max(0, s - 14), s) or re.match(r"\s*(?:[A-Z]|-)", text[e : e + 2]):
                continue  # "in Nottingham", "Nottingham Trent University", "Nottingham-based"
            mentions.org_spans.append((s, e, index))
            mentions.organisations[index].mentions.append((s, e))
    mentions.org_spans.sort()


# Departments, faculties, offices and centres inside a university: the corpus convention (and the
# officer's) is to record the university, not its units, unless the unit has a name of its own
# (an acronym, a place, a proper noun before the head: "Manchester Centre for AI Fundamentals").
# "Al-Farabi", "Ibn-Sina": capitalised parts joined by hyphens are one word of a name, not an acronym.
_HYPHENATED_NAME = re.compile(r"[A-Z][a-z]*(?:-[A-Z][a-z]+)+")
_OUR_UNIT = lazy_regex(
    lambda: r"(?<![\w])(" + alternatives("first_person_possessives", "unit_owner_words") + r")\s+"
    + alternatives("name_articles", then=r"\s+") + "?$"
)
_PEER = lazy_regex(lambda: r"\s" + _as_written("and_words") + r"\s+" + _as_written("name_articles", then=r"\s+") + "?$")
_PEER_AFTER = lazy_regex(lambda: r"\s+" + _as_written("and_words") + r"\s+" + _as_written("name_articles", then=r"\s+") + "?")
_UNIVERSITY_WORD = lazy_regex(lambda: r"\b" + alternatives("university_nouns") + r"\b")
_POSSESSOR = re.compile(r"([\w\-]+)['\u2019]s\s+$")


# On a name's key (apostrophes as spaces): "international cooperation department of kaznu".
_UNIT_OF_OWNER = lazy_regex(lambda: r"(.+?) (?:" + "|".join(map(re.escape, _keyed("owner_prepositions"))) + r") (.+)$")


@derived
def _keyed(key: str) -> tuple[str, ...]:
    """The phrases under `key` as fold_key writes them ("de l'" -> "de l"), longest first."""
    return tuple(sorted({fold_key(w) for w in grammar.words(key)}, key=len, reverse=True))


def _is_unit_of_university(text: str, folded: str, candidate: _Candidate, candidates: list[_Candidate]) -> bool:
    """ "the university's Office of Research", "researchers from the Department of History" in a
    sentence about a university: a unit of that university, not an organisation of the dispatch."""
    words = fold_key(candidate.name).split()
    if not words or candidate.acronym or candidate.existing_id is not None:
        return False
    unit_heads, service_tails, internal_units = word_set("unit_heads"), word_set("service_tails"), word_set("internal_unit_heads")
    # "International Cooperation Department of KazNU": a unit named with its university.
    of_owner = _UNIT_OF_OWNER.match(fold_key(candidate.name))
    if of_owner and set(of_owner.group(1).split()) & unit_heads and any(
        fold_key(c.acronym or "") == of_owner.group(2) or fold_key(c.name) == of_owner.group(2)
        for c in candidates if c is not candidate and c.kind == "university"
    ):
        return True
    # "School of Education", or a service named by its function: "Public Relations Office".
    if words[0] not in unit_heads and words[-1] not in service_tails:
        return False
    if _country_in_name(candidate.name) is not None:
        return False  # "Faculté de médecine et de pharmacie de Rabat": named after its town
    university_forms = {
        fold_key(form) for c in candidates if c is not candidate and c.kind == "university"
        and fold_key(c.name).split()[:1] != words[:1] for form in (c.name, c.acronym) if form
    }
    owned = _OUR_UNIT.search(folded, max(0, candidate.start - 12), candidate.start)
    if owned and (owned.group(1) in word_set("first_person_possessives") or university_forms):
        return True  # "our School of Education", "l'Université X, dont l'École polytechnique"
    possessor = _POSSESSOR.search(text, max(0, candidate.start - 40), candidate.start)
    if possessor:
        owner = fold_key(possessor.group(1))
        # "the university's", "SU's", "Nazarbayev University's", "Oxford's" (the university of a town).
        town = lookup_place(possessor.group(1))
        if town is not None and town.is_country:
            return False  # "Kenya's Department of Education": a government's, not a university's
        if owner in university_forms or _UNIVERSITY_WORD.search(owner) or town is not None and not town.is_country:
            return True  # a town's unit is its university's; a country's department is a ministry
        lex = lexicon()
        named = {fold_key(form) for c in candidates if c is not candidate for form in (c.name, c.acronym) if form}
        if (words[-1] in service_tails or words[0] in internal_units) and (owner in named or owner in lex.heads or owner in lex.kind_nouns):
            return True  # "WMO's Infrastructure Department", "the Bank's Social Infrastructure Department"
        if any(form.split()[-1:] == [owner] for form in university_forms):
            return True
    if words[0] not in internal_units and words[-1] not in service_tails:
        return False  # a school, centre or institute may stand on its own: only a possessive tells
    before = _PEER.search(text, max(0, candidate.start - 12), candidate.start)
    after = _PEER_AFTER.match(text, candidate.end)
    if any(
        c is not candidate and (before and text[c.end : before.start()].strip() == "" or after and c.start == after.end())
        for c in candidates
    ):
        return False  # "The Department of Basic Education and the University of X signed": a party
    # The sentence around the unit names a university (or "the University").
    begin = max(text.rfind(". ", 0, candidate.start), text.rfind("\n", 0, candidate.start)) + 1
    ends = [e for e in (text.find(". ", candidate.end), text.find("\n", candidate.end)) if e != -1]
    end = min(ends) if ends else len(text)
    around = folded[begin : candidate.start] + " " + folded[candidate.end : end]
    if _UNIVERSITY_WORD.search(around):
        return True
    # "a UGent delegation led by the Dean of the Faculty of ...": the university's acronym or name.
    around_key = f" {fold_key(around)} "
    if any(f" {form} " in around_key for form in university_forms):
        return True
    return any(
        c is not candidate and begin <= c.start < end and fold_key(c.name) in university_forms for c in candidates
    )


_CAP_RUN = r"[A-Z][\w&\-]*(?:[^\S\n](?:[A-Z][\w&\-]*|&)){0,3}"
def _and_article() -> str:
    """ "and the", "et l'", "y": between two coordinated names, on the text as written."""
    return r"\s+(?:&|" + _as_written("and_words") + r")\s+" + _as_written("name_articles", then=r"\s+") + "?"


_BEFORE_AND = lazy_regex(lambda: rf"(?:^|(?<=[\s(]))({_CAP_RUN})" + _and_article() + "$")


@derived
def _and_endings() -> tuple[str, ...]:
    """What _BEFORE_AND ends with, but for spaces."""
    written = (*grammar.words("and_words", folded=False), *grammar.words("name_articles", folded=False))
    return ("&", *written, *(w.replace("'", "\u2019") for w in written if "'" in w))


# A lower-case word (a verb) after the second name: "Huawei et l'ICESCO ont signé".
_AFTER_AND = lazy_regex(lambda: _and_article() + rf"({_CAP_RUN})(?=\s+[a-z])")


def _bare_kind_noun(candidate: _Candidate) -> bool:
    """ "la Fondation et Huawei", "the Bureau's headquarters": a head noun alone stands for an
    organisation named elsewhere (coreference links it), it is not a name."""
    lex = lexicon()
    key = fold(candidate.name)
    return candidate.acronym is None and candidate.existing_id is None and (key in lex.heads or key in lex.kind_nouns)


_HONORIFIC_JUST_BEFORE = lazy_regex(lambda: r"\b" + alternatives("short_honorifics", folded=False) + r"\.?\s+$")


def _coordinated_names(text: str, folded: str, start: int, candidates: list[_Candidate]) -> list[_Candidate]:
    lex = lexicon()
    out: list[_Candidate] = []
    for candidate in candidates:
        matches = []
        lo = max(start, candidate.start - 60)
        # What _BEFORE_AND ends with, but for spaces: most candidates have none of it just before them.
        before = _BEFORE_AND.search(text, lo, candidate.start) if text[lo : candidate.start].rstrip().endswith(_and_endings()) else None
        if before:
            matches.append((before.start(1), before.end(1), before.group(1)))
        after = _AFTER_AND.match(text, candidate.end)
        if after:
            matches.append((after.start(1), after.end(1), after.group(1)))
        for s, e, name in matches:
            words = name.split()
            if (
                fold(words[0]) in lex.stopwords or fold(words[0]) in lex.title_words
                or any(fold(w) in lex.months_weekdays or fold(w) in lex.demonyms for w in words)
                or any(w.rstrip(".") in lex.honorific_firsts or w in lex.honorific_firsts for w in words)
                or lookup_place(name) is not None or lex.honorific_regex.match(text, s)
                or _uppercase_count(name) >= 2 and len(words) == 1 and name in lex.non_org_acronyms
                # "AKU Provost Dr. Farah Qureshi-Lalani and UNZA ...": a person, by her honorific
                or _HONORIFIC_JUST_BEFORE.search(text, max(0, s - 8), s)
            ):
                continue
            out.append(_Candidate(s, e, name, None, None, None, None, confidence=0.55))
    return out


def _inside_capitalised_line(text: str, position: int) -> bool:
    """A word in an all-capitals headline ("RABAT - LE MINISTRE") is not an acronym."""
    # The line around the word, at most 200 characters each side (a file may be one long line).
    line_start = text.rfind("\n", max(0, position - 200), position) + 1 or max(0, position - 200)
    line_end = text.find("\n", position, position + 200)
    line = text[line_start : line_end if line_end != -1 else min(len(text), position + 200)]
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) > 25 and sum(1 for ch in letters if ch.isupper()) > 0.8 * len(letters)


def _is_title_word(folded: str, lex) -> bool:
    """A title, hyphenated ones too ("Director-General", "Secretary-General") end a name read backwards."""
    parts = folded.split("-")
    return folded in lex.title_words or (len(parts) > 1 and all(p in lex.title_words for p in parts))


def _name_before(text: str, folded: str, start: int, end: int, acronym: str) -> tuple[int, int] | None:
    """The words before "(ACRONYM)" that form the full name."""
    lex = lexicon()
    and_words = word_set("and_words")
    tokens = tokenize(text, folded, start, end)
    run: list[Token] = []
    lowercase_in_a_row = lowercase_total = 0
    commas_crossed = 0
    i = len(tokens) - 1
    while i >= 0:
        token = tokens[i]
        if token.text in ("(", ")", ";", ":", ".", '"', "\u00ab", "\u00bb") or (
            token.text == "s" and text[token.start - 1 : token.start] in ("'", "\u2019")
        ):
            break  # ... or "the Commission's headquarters a delegation of the Korea … (KOICA)": another name
        if run and _line_break_between(text, token.end, run[0].start) or not run and _line_break_between(text, token.end, end):
            break
        if token.text == ",":
            after = " ".join(t.folded for t in run)
            # An enumeration inside the name ("l'éducation, la culture, la science et ...") may
            # cross several commas, all before the one coordination that closes it.
            if commas_crossed >= 4 or not _COORDINATION.search(after) or i == 0 or not tokens[i - 1].text[:1].isalpha():
                break
            commas_crossed += 1
            run.insert(0, token)
            i -= 1
            continue
        if _is_title_word(token.folded, lex) and not _spells_acronym(token, run, acronym):
            break
        if not token.is_cap and token.folded in lex.name_stops:
            break  # "the Foundation visited the University of Lagos (UNILAG)": the name is the object
        if token.is_cap or _is_connector(token):
            lowercase_in_a_row = 0
            run.insert(0, token)
        else:
            lowercase_in_a_row += 1
            lowercase_total += 1
            # "Institut national de recherche en génie rural, eaux et forêts (INRGREF)": a long
            # acronym may spell small words too.
            if lowercase_in_a_row > (4 if len(acronym) >= 5 else 2) or lowercase_total > 10:
                break
            run.insert(0, token)
        i -= 1
    if not run:
        return None
    # Candidate starts: capitalised words; prefer the one whose initials spell the acronym,
    # then a head noun ("Organisation", "Banque"), then the longest all-capitalised tail.
    starts = [k for k, t in enumerate(run) if t.is_cap and t.text != ","]
    if not starts:
        return None
    chosen = None
    letters = acronym.upper().replace("&", "")
    for k in starts:
        # Folded: "École Mohammadia d'ingénieurs" is spelled EMI.
        initials = fold("".join(t.text[0] for t in run[k:] if t.is_cap)).upper()
        content = fold("".join(t.text[0] for t in run[k:] if t.text != "," and not _is_connector(t))).upper()
        every = fold("".join(t.text[0] for t in run[k:] if t.text != ",")).upper()  # "Commonwealth of Learning (COL)"
        if letters in (initials, content) or (letters == every and k > 0):
            chosen = k
            break
    short_name = _uppercase_count(acronym) < 2
    if chosen is None and short_name:
        # "the King Abdulaziz and His Companions Foundation for ... (Mawhiba)": a short name gives no
        # initials to follow; the head noun nearest the bracket starts the name, with the
        # capitalised words (joined by "and") that qualify it.
        heads = [k for k in starts if run[k].folded in lex.heads or run[k].folded in lex.kind_nouns]
        if heads:
            chosen = heads[-1]
            while True:
                while chosen > 0 and run[chosen - 1].is_cap and run[chosen - 1].folded not in lex.stopwords and not run[chosen - 1].text.endswith(("'", "\u2019")):
                    chosen -= 1
                if chosen > 1 and run[chosen - 1].folded in and_words and run[chosen - 2].is_cap and _uppercase_count(run[chosen - 2].text) < 2 and run[chosen - 2].folded not in lex.stopwords:
                    chosen -= 2
                    continue
                break
    if chosen is None:
        # A head noun that opens the name (French "Organisation ...", "Banque ..."), not one that ends it.
        # Where a second name starts: "Samarkand State University and Ghent University (UGent)";
        # "l'Université X et l'Organisation ... (ICESCO)", not "... et la Culture (ICESCO)"; "X
        # effectuera une visite à l'Université Y (UY)": a verb's object. (Found once, not per start.)
        second_starts = [
            m for m in range(len(run))
            if m + 1 < len(run) and run[m].folded in and_words and (
                run[m + 1].is_cap
                or _is_connector(run[m + 1]) and m + 2 < len(run) and run[m + 2].is_cap and run[m + 2].folded in lex.heads
            )
            or run[m].is_cap and m >= 2 and _is_connector(run[m - 1]) and run[m - 2].folded in word_set("object_prepositions")
        ]
        last_second = second_starts[-1] if second_starts else -1
        for k in starts[:-1] if len(starts) > 1 else starts:
            second_name = last_second > k
            # "Conférence des ministres de l'Éducation ... (CONFEMEN)": before a bracket, a conference
            # that has an acronym is a standing body.
            if (run[k].folded in lex.heads or run[k].folded in lex.kind_nouns or run[k].folded in word_set("bodies_before_acronyms")) \
                    and not second_name:
                chosen = k
                break
    if chosen is None and len(letters) >= 3:
        # "Korea International Cooperation Agency (KOICA)": the capitals' initials appear in order
        # in the acronym, which starts with the first one (an acronym may take two letters of a word).
        for k in starts:
            caps = fold("".join(t.text[0] for t in run[k:] if t.is_cap)).upper()
            if caps[:1] == letters[:1] and len(caps) >= 3 and _in_order(caps, letters):
                chosen = k
                break
    if chosen is None:
        chosen = starts[-1]
        for k in reversed(starts):
            if k + 1 < len(run) and run[k + 1].folded in and_words and (run[k].folded in lex.heads or run[k].folded in lex.tails):
                break  # "X University and Ghent University (UGent)": a name ends before "and"
            if all(t.is_cap or _is_connector(t) or t.text == "," for t in run[k:]):
                chosen = k
            else:
                break
    # "The Indian Institute of Technology": capitalised adjectives before the head noun belong to it.
    while chosen > 0 and run[chosen - 1].is_cap and run[chosen - 1].folded not in lex.stopwords and not run[chosen - 1].text.endswith(("'", "\u2019")):
        chosen -= 1
    tail = run[chosen:]
    while tail and (_is_connector(tail[-1]) or tail[-1].text == ","):
        tail.pop()
    while len(tail) > 1 and tail[0].folded in word_set("name_articles"):
        tail.pop(0)  # "The Kenya Medical Research Institute (KEMRI)" opening a sentence
    if not tail:
        return None
    if len(tail) == 1 and tail[0].folded in lex.stopwords:
        return None
    return tail[0].start, tail[-1].end




def _in_order(letters: str, word: str) -> bool:
    """Whether `letters` appear in `word` in that order (not necessarily side by side)."""
    position = 0
    for ch in letters:
        position = word.find(ch, position) + 1
        if position == 0:
            return False
    return True


def _is_short_name(word: str) -> bool:
    """ "(Senelec)", "(Mawhiba)": one capitalised word in brackets may be the short name of the long
    name before it, if it is not a place, a month, a language or a people."""
    lex = lexicon()
    key = fold(word)
    return (
        " " not in word and "-" not in word and word[1:].islower() and len(word) >= 4
        and lookup_place(word) is None and key not in lex.months_weekdays and key not in lex.demonyms
        and key not in lex.stopwords and key not in lex.heads and key not in lex.kind_nouns
    )


def _spells_acronym(token: Token, run: list[Token], acronym: str) -> bool:
    """ "Azerbaijan State Oil and Industry University (ASOIU)": "State" is a title word, but its
    initial carries on the acronym spelled by the words after it, so it is part of the name."""
    initials = "".join(t.text[0] for t in run if t.is_cap)
    return token.is_cap and len(initials) >= 1 and acronym.upper().endswith(token.text[0] + initials)


def _kind_of_name(name: str) -> str | None:
    lex = lexicon()
    words = fold(name).replace("'", " ").split()
    for word in words[:3]:
        if word in lex.heads:
            return lex.heads[word]
    for word in reversed(words):
        if word in lex.tails:
            return lex.tails[word]
        break
    for word in words:
        if word in lex.kind_nouns:
            return lex.kind_nouns[word]
    return None


def _cap_run_after(text: str, folded: str, position: int, limit: int = 4, allow_connectors: bool = False) -> tuple[int, int] | None:
    """The capitalised words starting at `position` (skipping spaces)."""
    lex = lexicon()
    tokens = tokenize(text, folded, position, min(len(text), position + 160))
    run: list[Token] = []
    for token in tokens:
        if _line_break_between(text, run[-1].end if run else position, token.start):
            break
        if token.is_cap and token.folded not in lex.title_words and token.folded not in lex.months_weekdays or allow_connectors and run and _is_connector(token):
            run.append(token)
        else:
            break
        if len([t for t in run if t.is_cap]) >= limit:
            break
    while run and not run[-1].is_cap:
        run.pop()
    if not run:
        return None
    if len(run) == 1 and run[0].folded in lex.stopwords:
        return None
    return run[0].start, run[-1].end


@derived
def _merged_map(key: str) -> dict[str, str]:
    """{folded phrase: value} of the mapping under `key`, merged over every language file (the
    first file listing a phrase gives its value)."""
    merged: dict[str, str] = {}
    for code in available_languages():
        for phrase, value in load_language(code).folded_map(key).items():
            merged.setdefault(phrase, value)
    return merged


# The kind nouns that introduce a name ("l'entreprise Huawei"), with the kind each gives.
_COMPANY_NOUNS = lazy_regex(
    lambda: r"(?<![\w])(?P<noun>" + alternatives("kind_nouns_before_names") + r")"
    r"(?:\s+(?P<dem2>[^\W\d_]+(?:-[^\W\d_]+)?))?\s+(?=\S)"  # "la société sud-africaine X"
)
# "l'éditeur allemand de logiciels Nordlicht": what the company makes, between its nationality and its name.
_WHAT_IT_MAKES = lazy_regex(lambda: alternatives("maker_links") + r"\s*([^\W\d_]+)\s+(?=\S)")


def _kind_noun_candidates(text: str, folded: str, start: int) -> list[_Candidate]:
    lex = lexicon()
    out: list[_Candidate] = []
    for match in finditer_at_words(_COMPANY_NOUNS, folded, start, grammar.openings("kind_nouns_before_names")):
        country = None
        name_at = match.end()
        for word in folded[max(0, match.start() - 40) : match.start()].split()[-2:]:
            if word in lex.demonyms:
                country = lex.demonyms[word]  # "the Chinese company Huawei", "the British education company"
        word = match.group("dem2")
        if word and word in lex.demonyms:
            country = lex.demonyms[word]  # "la société chinoise Huawei"
            makes = _WHAT_IT_MAKES.match(folded, match.end())
            if makes and text[makes.start(1)].islower():
                name_at = makes.end()
        elif word:
            name_at = match.start("dem2")
        span = _cap_run_after(text, folded, name_at, limit=3)
        if span is None or span[0] != _skip_spaces(text, name_at):
            continue
        name = text[span[0] : span[1]]
        if lookup_place(name) is not None:
            continue
        if not text[match.start("noun")].islower() and text[match.start("noun") : match.end("noun")] not in grammar.words("kind_noun_acronyms", folded=False):
            continue  # "IsDB Group Annual Meetings": part of a name, not a noun introducing one
        kind = _merged_map("kind_nouns_before_names").get(" ".join(match.group("noun").split()), "company")
        out.append(_Candidate(span[0], span[1], name, None, None, kind, country, confidence=0.8))
    return out


def _appositive_cue() -> str:
    return r",\s+" + alternatives("description_articles") + r"\s+"


_APPOSITIVE = lazy_regex(
    lambda: r"([A-Z][\w&\-]*(?:[^\S\n][A-Z][\w&\-]*){0,3})" + _appositive_cue() + r"(?:[\w\-]+\s+){0,3}?"
    + _written_or_folded("described_company_nouns", "described_ngo_nouns") + r"(?![\w])"
)
# The comma and article of every match (", a", ", une"), found far faster (re skips straight to
# commas): a text without them skips the pass. Both are built from _appositive_cue.
_APPOSITIVE_CUE = lazy_regex(_appositive_cue)


_CAPITAL = re.compile(r"[A-Z]")


def _appositive_matches(text: str, start: int) -> Iterator[re.Match[str]]:
    """_APPOSITIVE.finditer(text, start), the regex tried only at the capitals just before each ", a"
    (instead of at every capital of the text): the name before the comma holds no comma, full stop,
    line break, bracket, colon or semicolon, so it starts after the last one."""
    position = start
    for cue in _APPOSITIVE_CUE.finditer(text, start):
        comma = cue.start()
        if comma < position:
            continue
        lo = max(text.rfind(ch, position, comma) for ch in ",.\n();:") + 1
        for capital in _CAPITAL.finditer(text, max(lo, position), comma):
            match = _APPOSITIVE.match(text, capital.start())
            if match:
                position = match.end()
                yield match
                break


def _appositive_candidates(text: str, folded: str, start: int) -> list[_Candidate]:
    """ "Helion Robotics, a London-based maker of robots": the name before the description."""
    out: list[_Candidate] = []
    for match in _appositive_matches(text, start):
        described = fold(text[match.end(1) : match.end()])
        if not _DESCRIBED_AS_ORGANISATION.search(described):
            continue
        words = match.group(1).split()
        while words and (fold(words[0]) in lexicon().stopwords or fold(words[0]) in lexicon().months_weekdays):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        s = match.end(1) - len(name)
        if lookup_place(name) is not None or lexicon().honorific_regex.match(text, s):
            continue
        kind = "ngo" if _DESCRIBED_AS_NGO.search(described) else "company"
        out.append(_Candidate(s, match.end(1), name, None, None, kind, None, confidence=0.7))
    lex = lexicon()
    for match in _OWNED_APPOSITIVE.finditer(text, start) if _OWNED_APPOSITIVE_CUE.search(text, start) else ():
        words = match.group(1).split()
        while words and fold(words[0]) in lex.stopwords:
            words = words[1:]
        if not words or any(fold(w) in lex.title_words or fold(w) in lex.months_weekdays for w in words):
            continue
        name = " ".join(words)
        s = match.end(1) - len(name)
        if lookup_place(name) is not None or lex.honorific_regex.search(text, s, match.end(1)) or _PERSON_BEFORE.search(text, max(0, s - 12), s):
            continue
        out.append(_Candidate(s, match.end(1), name, None, None, "other", None, confidence=0.6))
    return out


# "Innovus, the university's technology transfer office", "Tekna, its research arm": a body named
# by what it is to the organisation that owns it.
def _owned_cue() -> str:
    """ ", its", ", the university's": the owner of the body named before the comma (English's "'s")."""
    return r",[^\S\n]+(?:the[^\S\n]+[\w\-]+['\u2019]s|" + alternatives("body_owner_possessives", folded=False) + r")[^\S\n]+"


_OWNED_APPOSITIVE = lazy_regex(
    lambda: r"([A-Z][\w&\-]*(?:[^\S\n][A-Z][\w&\-]*){0,2})" + _owned_cue()
    + r"(?:[\w\-]+[^\S\n]+){0,3}?" + alternatives("owned_body_nouns", folded=False) + r"(?![\w])"
)
_OWNED_APPOSITIVE_CUE = lazy_regex(_owned_cue)  # part of every match: a text without it skips the pass
_PERSON_BEFORE = lazy_regex(lambda: r"(?:\b" + alternatives("short_honorifics", folded=False) + r"\.?|\b[A-Z][a-z]+)[^\S\n]+$")


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


# A head noun written in lower case, then "de": "le ministère de l'Éducation", "l'université de Nairobi".
_LOWER_HEADS = lazy_regex(
    lambda: r"(?<![\w])(?P<head>" + alternatives("lowercase_head_nouns") + r")"
    r"\s+(?=" + alternatives("head_links") + r"\b|[a-z]+\s+" + alternatives("head_links") + r"\b)"
)


@derived
def _head_and_tail_words() -> frozenset[str]:
    """The tokens _head_and_tail_candidates acts on: a head, a tail or an embassy."""
    lex = lexicon()
    return frozenset(lex.heads) | frozenset(lex.tails) | word_set("lowercase_head_nouns") | word_set("mission_heads")


def _head_and_tail_candidates(text: str, folded: str, start: int) -> list[_Candidate]:
    lex = lexicon()
    out: list[_Candidate] = []
    tokens = tokenize(text, folded, start, len(text))
    acting = _head_and_tail_words()
    lower_heads, mission_heads = word_set("lowercase_head_nouns"), word_set("mission_heads")
    n = len(tokens)
    resume = 0  # the token after the last name taken
    # Most words can satisfy none of the tests below: only the acting ones are visited (picked in C).
    for i in compress(range(n), map(acting.__contains__, map(_FOLDED, tokens))):
        if i < resume:
            continue
        token = tokens[i]
        head_kind = None
        if token.is_cap and token.folded in lex.heads:
            head_kind = lex.heads[token.folded]
        elif token.folded in lower_heads and _LOWER_HEADS.match(folded, token.start):
            head_kind = _merged_map("lowercase_head_nouns")[token.folded]
        posted_in = _posted_in(text, tokens, i) if token.folded in mission_heads else None
        if head_kind is not None and (
            posted_in is not None or not _is_anaphoric_head(tokens, i, lex)
            # "the European Union last year", "à Sorbonne Université, où": the head ends a name.
            or token.is_cap and token.folded not in lex.tails and i > 0 and _qualifies_head(text, tokens, i - 1, lex)
        ):
            last_content = _extend_name(tokens, i, text, lex)
            if token.folded in mission_heads:
                posted_in = _posted_in(text, tokens, last_content) or posted_in
            first = i
            if token.is_cap:
                # "Cairo University", "Imperial College London", "UAE Ministry of Education".
                while first > 0 and i - first < 3 and _qualifies_head(text, tokens, first - 1, lex):
                    first -= 1
            if not token.is_cap and not any(t.is_cap for t in tokens[i + 1 : last_content + 1]):
                last_content = i  # "chaque université de suivre une session": no name without a capital
            elif (
                token.is_cap and last_content > i and tokens[i + 1].folded in word_set("purpose_prepositions")
                and not any(t.is_cap for t in tokens[i + 1 : last_content + 1])
                and text.find(token.text + " ", start, token.start) != -1
            ):
                # "l'appui de l'Organisation pour l'élaboration des ...", after "l'Organisation
                # mondiale de la santé": the Organisation already named, and what its support is for.
                last_content = i
            if last_content > i or first < i or posted_in is not None:
                s, e = tokens[first].start, tokens[last_content].end
                country = _country_in_name(text[s:e])  # an embassy's country sends it, it is not posted there
                if posted_in is not None and posted_in > last_content:
                    last_content = posted_in
                    e = tokens[posted_in].end
                name = text[s:e]
                resume = last_content + 1
                if _VENUE_WORDS.search(fold(name)):
                    continue  # "Centre international de conférences": where it happened, not who
                out.append(_Candidate(s, e, name, None, None, head_kind, country, confidence=0.75))
                continue
        if (
            token.is_cap and token.folded in lex.tails and i > 0
            # "Nordlicht Systems GmbH": the name ends at the last of its tail words.
            and not (i + 1 < n and tokens[i + 1].is_cap and tokens[i + 1].folded in lex.tails and text[token.end : tokens[i + 1].start] == " ")
        ):
            k = i - 1
            # "Water for Tomorrow Alliance": a link word between two capitalised words.
            while (
                k >= 2 and tokens[k].is_cap and tokens[k - 1].folded in word_set("tail_name_links") and tokens[k - 2].is_cap
                and _uppercase_count(tokens[k - 2].text) < 2 and not _line_break_between(text, tokens[k - 2].end, tokens[k].start)
                and not _ends_a_title(folded, tokens[k - 2].end)  # "Chief Executive Officer of Nordlicht Systems"
                # "Danbi and Moi University signed", after "Danbi Robotics": two parties, not one name.
                and not ((tokens[k - 1].folded == "&" or tokens[k - 1].folded in word_set("and_words")) and any(c.name.split()[0] == tokens[k - 2].text for c in out))
            ):
                k -= 2
            while (
                k >= 0 and tokens[k].is_cap and i - k <= 4 and (tokens[k].folded not in lex.title_words or _state_in_name(tokens, k))
                and not _line_break_between(text, tokens[k].end, tokens[k + 1].start)
                and not tokens[k].text.endswith(("'", "\u2019")) and tokens[k].folded not in lex.stopwords
                and (
                    _uppercase_count(tokens[k].text) < 2 or _HYPHENATED_NAME.fullmatch(tokens[k].text)
                    # "ADA University", "BRAC University": letters that are the university's own name
                    or k == i - 1 and token.folded in word_set("university_tails") and tokens[k].text.isalpha()
                )
            ):
                k -= 1
            k += 1
            if k < i and tokens[k].folded in lex.stopwords:
                k += 1
            if k >= 2 and tokens[k - 1].folded in word_set("topic_prepositions") and tokens[k - 2].folded in word_set("event_nouns"):
                k = i  # "Conference on Health Systems": the topic of a meeting, not an organisation
            if k < i:
                s, e = tokens[k].start, token.end
                name = text[s:e]
                out.append(_Candidate(s, e, name, None, None, lex.tails[token.folded], _country_in_name(name), confidence=0.7))
    return out


def _ends_a_title(folded: str, end: int) -> bool:
    """Whether a title ("chief executive officer", "directeur général") ends at `end`."""
    return any(m.end() == end for m in lexicon().title_regex.finditer(folded, max(0, end - 40), end))


# An embassy is named with the country it is posted in: "the Chinese Embassy in Kenya",
# "l'ambassade du Japon au Maroc".


def _posted_in(text: str, tokens: list[Token], k: int) -> int | None:
    """Index of the last token of "in Kenya" / "au Maroc" right after token k, when it names a place."""
    if k + 2 >= len(tokens) or tokens[k + 1].folded not in word_set("posted_in_prepositions") or tokens[k + 1].is_cap:
        return None
    j = k + 2
    if tokens[j].folded in word_set("name_articles"):
        j += 1
    last = None
    for m in range(j, min(j + 3, len(tokens))):
        if not tokens[m].is_cap or _line_break_between(text, tokens[m - 1].end, tokens[m].start):
            break
        if lookup_place(text[tokens[j].start : tokens[m].end]) is not None:
            last = m
    return last


def _state_in_name(tokens: list[Token], k: int) -> bool:
    """ "Samarkand State University": "State" opens titles ("State Minister") but sits inside a
    name when a capitalised word comes before it."""
    return tokens[k].folded in word_set("state_words") and k > 0 and tokens[k - 1].is_cap and _uppercase_count(tokens[k - 1].text) < 2


def _qualifies_head(text: str, tokens: list[Token], k: int, lex) -> bool:
    """Token k is a capitalised word that belongs to the name of the head noun right after it."""
    token = tokens[k]
    return (
        token.is_cap and not token.text.endswith(("'", "\u2019"))
        and token.folded not in lex.stopwords and (token.folded not in lex.title_words or _state_in_name(tokens, k))
        and token.folded not in lex.months_weekdays and not lex.honorific_regex.match(text, token.start)
        and text[token.end : tokens[k + 1].start].strip() == ""
        and not _line_break_between(text, token.end, tokens[k + 1].start)
    )


@derived
def _adjective_endings() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(plural adjective endings, adjective endings, endings that are not an adjective's)."""
    return grammar.words("plural_adjective_endings"), grammar.words("adjective_endings"), grammar.words("not_adjective_endings")


def _looks_like_adjective(word: str) -> bool:
    plural, endings, not_endings = _adjective_endings()
    if word.endswith(plural):
        return True  # "Ressources hydrauliques", "Sciences sociales"
    return word.endswith(endings) and not word.endswith(not_endings)


def _is_anaphoric_head(tokens: list[Token], i: int, lex) -> bool:
    """ "l'Organisation a ...": the head noun alone, not the start of a name."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return True
    if nxt.is_cap:
        return False
    key = nxt.folded.replace("\u2019", "'")
    return key not in word_set("name_links") and not _looks_like_adjective(key)


def _extend_name(tokens: list[Token], i: int, text: str, lex) -> int:
    """Index of the last token of a name that starts with the head noun at i."""
    j = i + 1
    last_content = i
    enumeration = False
    n = len(tokens)
    # Inside a name: "Université de Carthage", "École supérieure de la statistique et de l'analyse".
    name_links, links_before_lowercase = word_set("name_links"), word_set("links_before_lowercase")
    while j < n and j - i < 24:  # "ministère de la Culture, des Arts, ... et des Relations avec le Parlement"
        t = tokens[j]
        prev = tokens[j - 1]
        key = t.folded.replace("\u2019", "'")
        if _line_break_between(text, prev.end, t.start):
            break
        if t.is_cap:
            honorific = lex.honorific_regex.match(text, t.start)
            if _is_title_word(key, lex) or key in lex.months_weekdays or (honorific and ("." in honorific.group(0) or len(honorific.group(0)) <= 3)):
                break
            last_content = j
        elif key == "&" or key in word_set("and_words"):
            if last_content == i:
                break  # "la Fondation et Huawei": the head alone, then a second organisation
            # "X et de l'Office des forages", "Ministry of Education and ICESCO",
            # "Makerere University and the Bibliotheca Alexandrina": a second name starts.
            if j + 1 < n and tokens[j + 1].folded.replace("\u2019", "'") in word_set("name_articles"):
                if not (enumeration and j + 2 < n and not tokens[j + 2].is_cap):
                    break
                j += 1  # "…, la culture et les sciences": the enumeration's last item
                continue
            k = j + 1
            while k < n and tokens[k].folded.replace("\u2019", "'") in name_links:
                k += 1
            if k < n and (_uppercase_count(tokens[k].text) >= 2 or tokens[k].folded in lex.heads or tokens[k].folded in lex.kind_nouns):
                break
            # "Institute for Statistics and Cairo University": capitalised words closed by a head noun.
            m = k
            while m < n and m - k < 4 and tokens[m].is_cap and not _line_break_between(text, tokens[m - 1].end, tokens[m].start):
                m += 1
            if m - k >= 2 and tokens[m - 1].folded in lex.heads:
                break
        elif t.text.isdigit() and len(t.text) <= 2 and prev.is_cap and j - 1 > i and lookup_place(prev.text) is not None:
            last_content = j  # "Université Lumière Lyon 2", "Université Paris 8"
        elif key in word_set("purpose_prepositions") and prev.is_cap and j - 1 > i and lookup_place(prev.text) is not None:
            break  # "le bureau de l'Université de Kyoto pour l'Afrique": the name ends with its town
        elif key in name_links:
            pass
        elif key in word_set("field_prepositions") and last_content > i and j + 1 < n and tokens[j + 1].is_cap and _uppercase_count(tokens[j + 1].text) < 2 and lookup_place(tokens[j + 1].text) is None \
                and (j + 2 >= n or lookup_place(f"{tokens[j + 1].text} {tokens[j + 2].text}") is None) and not any(
            lookup_place(tokens[m].text) is not None for m in range(i + 1, j) if tokens[m].is_cap
        ):
            pass  # "Center of Excellence in Desalination Technology"; not "Embassy of Japan in Kenya"
        elif t.text == "," and j + 2 < n and tokens[j + 1].folded in word_set("enumeration_links") and any(
            tokens[k].folded in word_set("and_words") for k in range(j + 2, min(n, j + 8))
        ):
            pass  # "ministère de l'Éducation nationale, du Préscolaire et des Sports"
        elif t.text == "," and last_content == j - 1 and not prev.is_cap and j + 2 < n and tokens[j + 1].text.isalpha() \
                and tokens[j + 1].text.islower() and _looks_like_adjective(tokens[j + 1].folded) \
                and any(tokens[k].folded in word_set("and_words") for k in range(j + 2, min(n, j + 6))):
            j += 1  # "ministère de l'Enseignement primaire, secondaire, technique et de l'Artisanat"
            last_content = j
        elif key in word_set("with_words") and last_content == j - 1 and j + 2 < n and tokens[j + 1].folded in word_set("name_articles") \
                and tokens[j + 2].folded in word_set("ministry_with_nouns"):
            pass  # "... et des Relations avec le Parlement"
        elif t.text == "," and j + 2 < n and tokens[j + 1].folded.replace("\u2019", "'") in word_set("name_articles") \
                and not tokens[j + 2].is_cap and last_content > i and any(tokens[k].folded in word_set("and_words") for k in range(j + 2, min(n, j + 6))):
            enumeration = True  # "Organisation arabe pour l'éducation, la culture et les sciences"
        elif t.text == "," and _english_enumeration(tokens, j, lex):
            pass  # "Ministry of Higher Education, Science and Innovation"
        elif t.text[:1].isalpha() and (len(t.text) > 3 or len(t.text) == 3 and prev.folded.replace("\u2019", "'") in links_before_lowercase) \
                and key not in lex.stopwords and key not in lex.connectors and key not in lex.title_words:
            # ("de la mer": a short word after a link too)
            prev_key = prev.folded.replace("\u2019", "'")
            if key in lex.kind_nouns or key in lex.heads:
                break
            passive = j + 1 < n and tokens[j + 1].folded in word_set("agent_prepositions")  # "l'Organisation conduite par"
            # "École normale supérieure", "Organisation de la coopération islamique": an adjective
            # after a word of the name.
            after_adjective = not prev.is_cap and last_content == j - 1
            if (prev.is_cap or after_adjective) and _looks_like_adjective(key) and not passive and (j - 1 == i or lookup_place(prev.text) is None):
                last_content = j  # an adjective: "Banque islamique", "Éducation nationale", "École normale supérieure"
            elif (prev_key in links_before_lowercase or enumeration and prev_key in word_set("name_articles")) and last_content > i - 1 and not (key.endswith(grammar.words("infinitive_endings")) and len(key) > 4) and not t.text.endswith(grammar.words("er_participle_endings", folded=False)):
                last_content = j  # "de la statistique"
            else:
                break
        else:
            break
        j += 1
    return last_content


def _english_enumeration(tokens: list[Token], j: int, lex) -> bool:
    """The comma at j opens the last items of a name's domain: ", Culture and Science", ", Energy and
    Emerging Technology Research": capitalised common words, then "and" and another one."""
    k = j + 1
    while k < len(tokens) and k - j <= 8:
        if tokens[k].is_cap and _plain_name_word(tokens[k], lex):
            k += 1
        elif tokens[k].text == "," and k > j + 1 and k + 1 < len(tokens) and tokens[k + 1].is_cap:
            k += 1  # "of Culture, Information, Sports and Youth Policy": one more item first
        else:
            break
    # "Industry, Energy and ...": a single domain word may also end company names ("Energy").
    if k == j + 1 and k + 1 < len(tokens) and tokens[k].is_cap and tokens[k].folded in lex.tails and _uppercase_count(tokens[k].text) < 2:
        k += 1
    return (
        k > j + 1 and k + 1 < len(tokens) and tokens[k].folded in word_set("and_words")
        and tokens[k + 1].is_cap and _plain_name_word(tokens[k + 1], lex)
    )


def _plain_name_word(token: Token, lex) -> bool:
    """A capitalised word of a domain ("Culture"), not an acronym, a head noun or a place."""
    return (
        _uppercase_count(token.text) < 2 and token.folded not in lex.heads and token.folded not in lex.tails
        and token.folded not in lex.kind_nouns and lookup_place(token.text) is None
    )


_VENUE_WORDS = lazy_regex(lambda: r"\b" + alternatives("venue_words") + r"\b")



_TOWN_AFTER_LINK = lazy_regex(
    lambda: r"\b" + _as_written("town_links", then=r"\s+")
    + r"([A-Z\u00c0-\u00de][\w\-]+(?:(?:[ \-]|\sd['\u2019])[A-Z\u00c0-\u00de][\w\-]+){0,2})"  # "Côte d'Ivoire"
)


def _country_in_name(name: str) -> str | None:
    """The country an organisation's name gives: its town's ("Université Hassan II de Casablanca"),
    a country named in it, or a nationality ("Korea Advanced Institute", "Institut coréen")."""
    place = _place_in_name(name, towns_only=False)
    if place is not None:
        return place.country
    lex = lexicon()
    for word in _NAME_WORD.findall(_ELISION.sub(" ", name)):
        if fold(word) in lex.demonyms:
            return lex.demonyms[fold(word)]
    return None


def town_in_name(name: str) -> Place | None:
    """The town an organisation's name gives ("University of Nairobi", "Université Hassan II de Casablanca")."""
    return _place_in_name(name, towns_only=True)


@lru_cache(maxsize=4096)  # the same names come back in every dispatch of a partner
def _place_in_name(name: str, towns_only: bool) -> Place | None:
    lex = lexicon()
    # "Université Hassan II de Casablanca": the town after "de" says where, before any word that
    # happens to be a town elsewhere (Hassan, in India).
    for m in _TOWN_AFTER_LINK.finditer(name):  # the first: "ambassade de Côte d'Ivoire en France" is Ivorian
        words = m.group(1).replace("-", " - ").split()
        if fold(words[0]) in lex.title_domains:
            continue  # "Ministry of Basic and Secondary Education": a domain, not Basic (Henderson, Nevada)
        for size in range(len(words), 0, -1):
            place = lookup_place(" ".join(words[:size]).replace(" - ", "-"))
            if place is not None and not (towns_only and place.is_country):
                return place
    words = _NAME_WORD.findall(_ELISION.sub(" ", name))  # "Université d'Oxford": Oxford
    for size in (3, 2, 1):
        for k in range(len(words) - size + 1):
            chunk = " ".join(words[k : k + size])
            if not towns_only and not chunk[:1].isupper() and size == 1 and fold(chunk) in lex.demonyms:
                return Place("", lex.demonyms[fold(chunk)], True)
            if chunk[:1].isupper():
                if size == 1 and k and words[k - 1][:1].isupper() and fold(words[k - 1]) not in lex.heads \
                        and k + 1 < len(words) and (fold(words[k + 1]) in lex.heads or fold(words[k + 1]) in lex.tails):
                    continue  # "Ahmadu Bello University": a person's surname, not the town of Bello
                if size == 1 and k == 0 and len(words) > 2 and words[1][:1].isupper() and fold(words[1]) not in word_set("town_qualifiers") \
                        and fold(words[1]) not in lex.heads and fold(words[1]) not in lex.tails:
                    continue  # "Aga Khan University": a name of several words, not the town of Aga
                place = lookup_place(chunk)
                if place is not None and not (towns_only and place.is_country):
                    return place
    return None


def _possessive_venue_cue() -> str:
    return r"['\u2019]s\s+" + alternatives("headquarters_nouns", "possessive_venue_nouns", folded=False)


_POSSESSIVE_VENUE = lazy_regex(lambda: r"([A-Z][\w&\-]*(?:[^\S\n][A-Z][\w&\-]*){0,2})" + _possessive_venue_cue())
# Part of every match, found far faster (re skips straight to the apostrophe): a text without it
# skips the pass.
_POSSESSIVE_VENUE_CUE = lazy_regex(_possessive_venue_cue)


_OBJECT_TRIGGER = lazy_regex(lambda: r"\b" + alternatives("object_triggers") + r"\s+")


def _object_position_candidates(text: str, folded: str, start: int) -> list[_Candidate]:
    """Two or more capitalised words right after a visit/invitation/agreement verb: a company or body
    named without a head noun; proposed with a low confidence since nothing else says it is one."""
    lex = lexicon()
    out: list[_Candidate] = []
    for match in finditer_at_words(_OBJECT_TRIGGER, folded, start, grammar.openings("object_triggers")):
        span = _cap_run_after(text, folded, match.end(), limit=3)
        if span is None:
            continue
        name = text[span[0] : span[1]]
        words = [fold(w) for w in name.split()]
        if len(words) < 2 or words[0].rstrip(".") in word_set("short_honorifics") or words[0] in lex.stopwords:
            continue
        if lookup_place(name) is not None or any(lookup_place(w) is not None for w in name.split()[:1]):
            continue
        kind = lex.tails.get(words[-1]) or "other"
        out.append(_Candidate(span[0], span[1], name, None, None, kind, confidence=0.55))
    for match in finditer_at_words(_DELEGATION_FROM_NAME, folded, start, grammar.openings("delegation_from_name")):
        # "a delegation from Kazhydromet, Kazakhstan's national hydrometeorological service": one word
        # is enough when an apposition or "led by" follows.
        group = match.lastindex or 0  # the one group that took part
        name = text[match.start(group) : match.end(group)]
        if not _ONE_WORD_NAME.fullmatch(name):
            continue  # capitalised, as a name is
        key = fold(name)
        if key in lex.stopwords or key in lex.demonyms or key in lex.heads or key in lex.kind_nouns or lookup_place(name) is not None:
            continue
        out.append(_Candidate(match.start(group), match.end(group), name, None, None, "other", confidence=0.55))
    return out


# "a delegation from Kazhydromet, ...", "délégation de Zenkora conduite par": a one-word name, when
# an apposition or the language's own "led by" follows (one group per language). On folded text.
_DELEGATION_FROM_NAME = lazy_regex(
    lambda: "|".join(
        _one_language(code, "delegation_from_name") + r" ([a-z]{4,})(?=,| \(| " + _one_language(code, "led_by_words") + ")"
        for code in available_languages() if load_language(code).phrases("delegation_from_name")
    ) or r"(?!x)x"
)
_ONE_WORD_NAME = re.compile(r"[A-Z][a-z]{3,}[A-Za-z]*")


def _venue_owner_candidates(text: str, folded: str, start: int) -> list[_Candidate]:
    """ "Huawei's headquarters": the owner of premises is an organisation. ("au siège de X" was read
    here on the folded text, where no capital could follow, so never: the owner there is found by
    the other passes, and the events stage reads the seat.)"""
    out: list[_Candidate] = []
    for match in _POSSESSIVE_VENUE.finditer(text, start) if _POSSESSIVE_VENUE_CUE.search(text, start) else ():
        name = match.group(1)
        words = name.split()
        while words and fold(words[0]) in lexicon().stopwords:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        s = match.end(1) - len(name)
        if lookup_place(name) is not None or (len(words) == 1 and (fold(name) in lexicon().heads or fold(name) in lexicon().kind_nouns)):
            continue
        out.append(_Candidate(s, match.end(1), name, None, None, None, confidence=0.65))
    return out


def _known_candidates(text: str, folded: str, start: int, known) -> list[_Candidate]:
    """The names, acronyms and aliases on file that the text holds, as candidates of their record.

    Only the names whose first word the dispatch holds are looked for, and only where that word
    stands (KnownRecords.names_by_first_word): a database of ten thousand partners is not searched
    name by name for every dispatch."""
    names = known.names_by_first_word()
    found: list[tuple[int, int, int, int, NameForm]] = []  # start, end, then the order they were always made in
    if "\u0640" in folded:
        # Arabic harakat fold to a letter (tatweel): a name may then start inside a folded run.
        searched = names.all_forms() + names.others
    else:
        searched = names.others
        starts, runs = letter_runs(folded)
        count = len(runs)
        for i in compress(range(bisect_left(starts, start), count), map(names.by_first_run.__contains__, runs[bisect_left(starts, start):])):
            alone, by_second = names.by_first_run[runs[i]]
            candidates = alone + by_second.get(runs[i + 1], []) if i + 1 < count else alone
            position = starts[i]
            for name in candidates:
                haystack = text if name.exact_case else folded
                if haystack.startswith(name.needle, position) and _whole_words(haystack, position, position + len(name.needle)):
                    found.append((position, position + len(name.needle), name.order, name.form_order, name))
    for name in searched:
        for s, e in _occurrences(text, folded, name.needle, start, name.exact_case):
            found.append((s, e, name.order, name.form_order, name))
    found.sort(key=lambda f: (f[0], f[0] - f[1], f[2], f[3]))
    out: list[_Candidate] = []
    for s, e, _order, _form_order, name in found:
        record = name.record
        out.append(
            _Candidate(s, e, text[s:e], record.acronym, None, record.kind, record.country, 0.95, record.id,
                       aliases=[a for a in [record.name, *record.aliases] if a])
        )
    return out


def _whole_words(haystack: str, start: int, end: int) -> bool:
    before = haystack[start - 1] if start > 0 else " "
    after = haystack[end] if end < len(haystack) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def _occurrences(text: str, folded: str, form: str, start: int, exact_case: bool) -> list[tuple[int, int]]:
    """Where `form` occurs as whole words (str.find: no regex compiled per name and dispatch)."""
    form = " ".join(form.split())
    if len(form) < 2:
        return []
    haystack, needle = (text, form) if exact_case else (folded, fold(form))
    found = []
    position = haystack.find(needle, start)
    while position != -1:
        if _whole_words(haystack, position, position + len(needle)):
            found.append((position, position + len(needle)))
        position = haystack.find(needle, position + 1)
    return found




_NEXT_CAP_WORD = re.compile(r"[^\S\n]([A-Z][a-z]+)\b")


def _initials(name: str) -> str:
    """ "Association of African Universities" -> "AAU": the capitals of its capitalised words."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _merge(text: str, folded: str, body_start: int, candidates: list[_Candidate]) -> Mentions:
    mentions = Mentions()
    by_key: dict[str, int] = {}
    orgs = mentions.organisations

    def index_for(candidate: _Candidate) -> int:
        keys = [fold_key(candidate.name)]
        if not candidate.acronym and (known_acronym := well_known_acronym(candidate.name)) is not None:
            # "l'Organisation arabe pour l'éducation, la culture et les sciences ... de l'ALECSO": one body.
            candidate.acronym = known_acronym
        if candidate.acronym:
            keys.append("acr:" + candidate.acronym)
        elif candidate.name.isupper() and " " not in candidate.name:
            keys.append("acr:" + candidate.name)  # "GWC's offices": the GWC defined before
        if candidate.existing_id is not None:
            keys.append(f"id:{candidate.existing_id}")
        keys += [fold_key(a) for a in candidate.aliases]
        for key in keys:
            if key in by_key:
                found = by_key[key]
                for other in keys:
                    by_key.setdefault(other, found)
                return found
        if candidate.acronym and candidate.name == candidate.acronym:
            # "COMSATS" alone after "COMSATS University Islamabad": the same organisation.
            for index, org in enumerate(orgs):
                if org.acronym is None and org.name.startswith(candidate.acronym + " "):
                    for key in keys:
                        by_key.setdefault(key, index)
                    return index
            # "the AU" after "the African Union Commission (AUC)": the one organisation whose
            # acronym extends this one and whose name opens with its words, if no other could be meant.
            wider = [
                index for index, org in enumerate(orgs)
                if org.acronym and org.acronym != candidate.acronym and org.acronym.startswith(candidate.acronym)
                and "".join(w[0] for w in org.name.split()[: len(candidate.acronym)]).upper() == candidate.acronym
            ]
            if len(wider) == 1:
                for key in keys:
                    by_key.setdefault(key, wider[0])
                return wider[0]
            # "AAU" with "the Association of African Universities" and no bracket to tie them.
            # "UP Diliman" with "the University of the Philippines Diliman": the acronym and the campus.
            after = _NEXT_CAP_WORD.match(text, candidate.end)
            campus = after.group(1) if after else None
            spelled = [
                index for index, org in enumerate(orgs)
                if org.acronym is None and (
                    _initials(org.name) == candidate.acronym
                    or campus is not None and org.name.endswith(" " + campus) and _initials(org.name) == candidate.acronym + campus[0]
                )
            ]
            if len(spelled) == 1:
                for key in keys:
                    by_key.setdefault(key, spelled[0])
                return spelled[0]
        if candidate.acronym is None and candidate.existing_id is None:
            # "Khalifa University" after "Khalifa University of Science and Technology": the name
            # cut before its "of ..." is the same organisation, when only one could be meant.
            words = keys[0].split()
            continuations = [[w] for w in _keyed("title_domain_links") + _keyed("purpose_prepositions")]  # "of", "pour"
            longer = [
                index for index, org in enumerate(orgs)
                if len(words) >= 2 and fold_key(org.name).split()[: len(words)] == words
                and fold_key(org.name).split()[len(words) : len(words) + 1] in continuations
            ]
            if len(longer) == 1:
                for key in keys:
                    by_key.setdefault(key, longer[0])
                return longer[0]
            # "Makerere" after "Makerere University": the name without its head noun.
            lex = lexicon()
            shorter = [
                index for index, org in enumerate(orgs)
                if fold_key(org.name).split()[:-1] == words and fold_key(org.name).split()[-1] in lex.tails
            ]
            if len(shorter) == 1 and lookup_place(candidate.name) is None:
                for key in keys:
                    by_key.setdefault(key, shorter[0])
                return shorter[0]
            # "la société Nordlicht ... Nordlicht Systems": the short name told first; the full one wins.
            if len(words) >= 2 and words[-1] in lex.tails and lex.tails[words[-1]] == "company":
                told_short = [index for index, org in enumerate(orgs) if fold_key(org.name).split() == words[:-1]
                              and org.kind in (None, "company") and org.acronym is None]
                if len(told_short) == 1:
                    org = orgs[told_short[0]]
                    org.aliases.append(org.name)
                    org.name = candidate.name
                    for key in keys:
                        by_key.setdefault(key, told_short[0])
                    return told_short[0]
        orgs.append(OrganisationFound(name=candidate.name, acronym=candidate.acronym, kind=candidate.kind,
                                      country=candidate.country, confidence=candidate.confidence,
                                      existing_id=candidate.existing_id))
        for key in keys:
            by_key[key] = len(orgs) - 1
        return len(orgs) - 1

    # Definitions and known records first, so that a later bare acronym joins its full name.
    # Bare acronyms last, so that "AAU" in a headline can join the name spelled out further down.
    ordered = sorted(
        candidates,
        key=lambda c: (c.acronym is None or c.name == c.acronym, c.name == c.acronym and c.existing_id is None, c.start),
    )
    for candidate in ordered:
        index = index_for(candidate)
        org = orgs[index]
        if candidate.name != candidate.acronym and (org.name == org.acronym or org.name == candidate.acronym):
            org.name = candidate.name
        if candidate.name == candidate.acronym and org.acronym is None:
            org.acronym = candidate.acronym
        for alias in [candidate.name, *candidate.aliases]:
            if alias and alias not in org.aliases and alias != org.acronym:
                org.aliases.append(alias)
        org.acronym = org.acronym or candidate.acronym
        org.kind = org.kind or candidate.kind
        org.country = org.country or candidate.country
        org.confidence = max(org.confidence, candidate.confidence)
        if candidate.existing_id is not None:
            org.existing_id = candidate.existing_id
        mentions.org_spans.append((candidate.start, candidate.end, index))
        if candidate.acronym_span:
            mentions.org_spans.append((*candidate.acronym_span, index))

    # Every other occurrence of a name, alias or acronym already found.
    found = SpanIndex((a, b) for a, b, _ in mentions.org_spans)
    lex = lexicon()
    for index, org in enumerate(orgs):
        forms = org.surface_forms()
        words = org.name.split()
        if org.kind == "company" and 2 <= len(words) <= 4 and org.existing_id is None and fold(words[-1]) in lex.tails:
            # "Zenkora Learning Ltd … Zenkora's Chief Executive": a company's first word alone.
            first = words[0]
            key = fold(first)
            if (
                len(first) >= 4 and first[:1].isupper() and not first.isupper() and key not in lex.heads
                and key not in lex.kind_nouns and key not in lex.stopwords and key not in lex.demonyms
                and lookup_place(first) is None and sum(1 for o in orgs if o.name.split()[:1] == [first]) == 1
            ):
                forms = [*forms, first]
        for form in forms:
            exact = form == org.acronym or (form.isupper() and len(form) <= 10)
            for s, e in _occurrences(text, folded, form, body_start, exact):
                if not found.overlaps(s, e):
                    mentions.org_spans.append((s, e, index))
                    found.add(s, e)
    mentions.org_spans.sort()
    for s, e, index in mentions.org_spans:
        orgs[index].mentions.append((s, e))
    for org in orgs:
        if org.kind is None and headquarters_country(org.acronym):
            org.kind = "intergovernmental"  # "UNESCO", "WHO": a well-known international organisation
        if org.country is None and org.kind not in ("intergovernmental",):
            org.country = _country_in_name(org.name)
    return mentions


# ---------------------------------------------------------------------------
# People


_NAME_TOKEN = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u017f][\w'\u2019\-]*\.?|[a-z]+(?=[\s\-])|[\u0600-\u06ff]+")


def _name_after(text: str, folded: str, position: int, lex, require_two: bool = False) -> tuple[int, int] | None:
    """A person's name starting at `position`: capitalised words, initials, particles (bin, al)."""
    tokens: list[tuple[int, int, str]] = []
    pos = position
    for _ in range(6):
        while pos < len(text) and text[pos] == " ":
            pos += 1
        match = _NAME_TOKEN.match(text, pos)
        if not match:
            break
        word = match.group(0)
        key = fold(word).rstrip(".")
        is_initial = len(word) == 2 and word.endswith(".") and word[0].isupper()
        if word[0].islower():
            if key not in lex.particles or require_two and not tokens:
                break  # without an honorific, "de la Recherche" after a title is no one's name
        elif word.endswith(".") and not is_initial:
            word = word[:-1]
            if key in lex.title_words or key in lex.heads or key in lex.months_weekdays or key in lex.stopwords:
                break
            tokens.append((match.start(), match.start() + len(word), word))
            break
        elif key in lex.title_words or key in lex.heads or key in lex.kind_nouns or key in lex.months_weekdays or not tokens and key in lex.stopwords:
            break
        tokens.append((match.start(), match.end(), word))
        pos = match.end()
        if pos < len(text) and text[pos] in ",;:()\n":
            break
    while tokens and (tokens[-1][2][0].islower() or (len(tokens[-1][2]) == 2 and tokens[-1][2].endswith("."))):
        tokens.pop()
    if not tokens:
        return None
    if require_two and len(tokens) < 2:
        return None
    return tokens[0][0], tokens[-1][1]


_CAPITALISED_WORD = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019\-]*")


def _name_ending_the_clause(text: str, folded: str, start: int, end: int, lex) -> tuple[int, int] | None:
    """ "Minister of Economy and Finance Jasur Rakhimov signed": the capitalised words right after the
    title's domain ("Economy", "Finance" are domain words), when a lowercase word (the verb) follows."""
    if not _TITLE_DOMAIN_START.match(folded, start):
        return None
    words = list(_CAPITALISED_WORD.finditer(text, start, end))
    for d, word in enumerate(words):
        if fold(word.group(0)) not in lex.title_domains:
            continue
        run: list[re.Match[str]] = []
        for nxt in words[d + 1 :]:
            previous = run[-1] if run else word
            if text[previous.end() : nxt.start()] != " " or fold(nxt.group(0)) in lex.title_domains or len(run) == 4:
                break
            run.append(nxt)
        if not run:
            continue  # "Economy and Finance": the domain goes on
        after = text[run[-1].end() : run[-1].end() + 2]
        if len(run) >= 2 and (after[:1] == " " and after[1:2].islower() or run[-1].end() == end) \
                and not any(fold(w.group(0)) in lex.heads for w in run):
            return run[0].start(), run[-1].end()
        return None
    return None


def _line_or_sentence_end(text: str, position: int) -> int:
    """ "Minister of Higher Education, Science and Innovation Bakhtiyor Rustamov in Tashkent.": the
    domain may go on past the comma that ends a title's clause."""
    ends = [e for e in (text.find(". ", position), text.find("\n", position), text.find(";", position)) if e != -1]
    return min(ends) if ends else len(text)


_TITLE_DOMAIN_START = lazy_regex(lambda: r"\s+" + alternatives("title_domain_links") + r"\b")


def find_people(text: str, folded: str, body_start: int, lang: Language, mentions: Mentions) -> None:
    """People named with an honorific or next to a title, their titles and organisations; role mentions."""
    lex = lexicon()
    people = mentions.people
    spans = mentions.person_spans
    used_titles: set[int] = set()

    def person_index(name: str) -> int:
        key = fold_key(name)
        parts = key.split()
        for k, person in enumerate(people):
            other = fold_key(person.name).split()
            if other == parts:
                return k
        for k, person in enumerate(people):
            other = fold_key(person.name).split()
            shorter, longer = (parts, other) if len(parts) <= len(other) else (other, parts)
            same = bool(shorter) and (
                longer[-len(shorter):] == shorter
                or (len(shorter) == 1 and shorter[0] in longer and len(shorter[0]) > 2)
                or (shorter[-1] == longer[-1] and shorter[0] == longer[0])
            )
            if same:
                if len(parts) > len(other):
                    person.name = name
                return k
        people.append(PersonFound(name=name))
        return len(people) - 1

    taken = SpanIndex((a, b) for a, b, _ in spans)
    organisations = SpanIndex((a, b) for a, b, _ in mentions.org_spans)

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e) and not organisations.covers(s, e)

    tokens = tokenize(text, folded, body_start, len(text))
    # Honorific + name: "Dr Salim M. AlMalik", "S.E. M. Ahmed Toufiq".
    for match in scan(lex.honorific_regex, text, tokens, lex.honorific_firsts, False):
        if not free(match.start(), match.end()):
            continue
        honorifics = [match.group(0)]
        pos = match.end()
        while len(honorifics) < 3:  # "S.E. M." at most; a longer chain is not a name (and would cost n²)
            nxt = lex.honorific_regex.match(text, _skip_spaces(text, pos))
            if not nxt:
                break
            honorifics.append(nxt.group(0))
            pos = nxt.end()
        name_span = _name_after(text, folded, pos, lex)
        if name_span is None or name_span[0] - pos > 3:
            continue
        s, e = name_span
        if not free(s, e) or mentions.organisation_at(s, e) is not None:
            continue
        name = text[s:e]
        index = person_index(name)
        person = people[index]
        person.honorific = person.honorific or " ".join(" ".join(h.split()) for h in honorifics)
        person.confidence = max(person.confidence, 0.85)
        spans.append((match.start(), e, index))
        taken.add(match.start(), e)
        _title_after(text, folded, e, index, mentions, used_titles)

    # Title + (organisation) + name: "the Director-General of UNESCO, Audrey Azoulay".
    for match in scan(lex.title_regex, folded, tokens, lex.title_firsts, True):
        if match.start() in used_titles or not free(match.start(), match.end()):
            continue
        clause_end, org_index, org_start, org_end = _title_clause(text, folded, match.start(), match.end(), mentions)
        after = org_end if org_index is not None else clause_end
        if org_index is not None:
            charge = _CHARGE.match(folded, org_end)
            if charge:
                after = charge.end()
        gap = _COMMA_GAP.match(text, after)  # at `after`, not on a copy of the rest of the text
        position = gap.end() if gap else after
        hon = lex.honorific_regex.match(text, position)
        name_at = _skip_spaces(text, hon.end()) if hon else position
        name_span = _name_after(text, folded, name_at, lex, require_two=hon is None)
        title_end = org_start if org_index is not None else clause_end
        title_start = match.start()
        inner = _LATER_TITLE.search(folded, match.end(), title_end) if org_index is None else None
        if inner is not None:
            later = lex.title_regex.match(folded, inner.end())
            if later is not None and later.end() <= title_end:
                # "the Minister was briefed by the Vice-President for Research, Professor X": X's title
                # is the one right before the name, not the subject's.
                title_start = later.start()
        title_text = _title_text(text, title_start, title_end) + _charge_after(text, folded, org_end if org_index is not None else None)
        if name_span is None and org_index is None and (inside := _name_ending_the_clause(text, folded, match.end(), _line_or_sentence_end(text, clause_end), lex)):
            # "Deputy Minister of Economy and Finance Jasur Rakhimov signed": no comma before the name.
            name_span = inside
            title_text = clean_span_text(text[match.start() : inside[0]])
        if name_span is None and org_index is None and text[match.end() : match.end() + 1] == " ":
            # "Orbis Learning chief executive Sarah Collins": the name right after the title.
            hon = lex.honorific_regex.match(text, match.end() + 1)
            name_at = _skip_spaces(text, hon.end()) if hon else match.end() + 1
            name_span = _name_after(text, folded, name_at, lex, require_two=hon is None)
            if name_span is not None:
                title_text = clean_span_text(text[match.start() : match.end()])
        if org_index is None:
            org_index = _possessor(text, folded, title_start, mentions)
        existing = None
        if name_span is not None and _VERB_BETWEEN.search(text, match.end(), name_span[0]):
            # "the Minister received Professor X": a verb, not a comma, stands between title and name.
            name_span = None
            hon = None
        if name_span is not None:
            existing = next((i for a, b, i in spans if a <= name_span[0] < b or (hon and a == hon.start())), None)
        if existing is not None:
            person = people[existing]
            person.title = person.title or title_text
            if person.organisation is None and org_index is not None:
                person.organisation = org_index
            used_titles.add(match.start())
            continue
        if name_span is None:
            before_name = _name_before_title(text, folded, match.start(), mentions, lex)
            if before_name is not None and free(*before_name):
                name_span = before_name
        if name_span is not None and free(*name_span) and mentions.organisation_at(*name_span) is None and lookup_place(text[name_span[0]:name_span[1]]) is None:
            s, e = name_span
            index = person_index(text[s:e])
            person = people[index]
            if hon:
                person.honorific = person.honorific or " ".join(hon.group(0).split())
            person.title = person.title or title_text
            if person.organisation is None and org_index is not None:
                person.organisation = org_index
            person.confidence = max(person.confidence, 0.8)
            spans.append((s, e, index))
            taken.add(s, e)
            used_titles.add(match.start())
            continue
        if org_end is None:
            title_text = clean_span_text(text[match.start() : match.end()])  # the title alone, not its clause
        mentions.roles.append(
            RoleMention(match.start(), org_end if org_end is not None else match.end(), title_text, None,
                        org_start, org_index if org_start is None else None)
        )

    _ministers(text, mentions)
    _ministries_from_titles(text, folded, body_start, mentions)

    # Surnames alone later in the text ("AlMalik a affirmé").
    for index, person in enumerate(people):
        surname = person.surname
        if len(surname) < 4:
            continue
        words = person.name.split()
        before = words[: len(words) - 1 - words[::-1].index(surname)] if surname in words else []
        for s, e in _occurrences(text, folded, surname, body_start, True):
            longer = _name_words_before(text, s, before)
            if longer < s and free(longer, e):
                s = longer
            if free(s, e):
                spans.append((s, e, index))
                taken.add(s, e)
    spans.sort()
    for person in people:
        person.mentions = []
    for s, e, index in spans:
        people[index].mentions.append((s, e))


def _name_words_before(text: str, start: int, before: list[str]) -> int:
    """Where a surname's mention starts once the words of the name written just before it are taken
    in: "Al Suwaidi" and "El Amrani" for Khalid Al Suwaidi and Youssef El Amrani, not "Suwaidi"."""
    while before:
        gap = start
        while gap > 0 and text[gap - 1] == " ":
            gap -= 1
        word = before[-1]
        at = gap - len(word)
        if gap == start or at < 0 or text[at:gap].lower() != word.lower() or (at > 0 and text[at - 1].isalnum()):
            break
        start, before = at, before[:-1]
    return start


_POSSESSIVE = lazy_regex(
    lambda: r"(?<![\w])(?:" + alternatives("possessives")
    # "une délégation de l'UNESCO, conduite par le directeur du bureau de Kinshasa": the delegation's
    + r"|" + alternatives("led_by_words") + r"(?:\s+" + alternatives("name_articles") + r")?)"
    + r"(?:\s+" + alternatives("title_adjectives") + r")?\s+$"
)


def _possessor(text: str, folded: str, position: int, mentions: Mentions) -> int | None:
    """ "conduite par sa rectrice": the organisation named just before owns the title."""
    # "Cairo University President", "UNESCO's Assistant Director-General", "the company's founder".
    for _s, e, index in mentions.org_spans:
        if e <= position and _POSSESSIVE_GAP.fullmatch(text[e:position] or "x"):
            return index
    possessive = _POSSESSIVE.search(folded[max(0, position - 24) : position])
    if not possessive:
        return None
    word_at = max(0, position - 24) + possessive.start()
    if text[word_at : word_at + 1].isupper():
        # "Son Directeur général, ..." opens a sentence: "son" is the previous sentence's subject.
        end = max(text.rfind(". ", 0, word_at), text.rfind("\n", 0, word_at))
        begin = max(text.rfind(". ", 0, max(end, 0)), text.rfind("\n", 0, max(end, 0)))
        first = [(s, i) for s, e, i in mentions.org_spans if begin < s < end]
        if first:
            return min(first)[1]
    limit = max(0, position - 250)
    before = [(s, i) for s, e, i in mentions.org_spans if limit <= s and e <= position]
    return max(before)[1] if before else None


_LATER_TITLE = lazy_regex(lambda: r"\s" + alternatives("later_title_links") + r"\s+" + alternatives("name_articles") + r"\s*")
_NAME_THEN_TITLE = lazy_regex(
    lambda: r"([A-Z][\w'\-]+(?:\s(?:[A-Z][\w'\-]+|[A-Z]\.|" + alternatives("particles_before_titles", folded=False) + r")){1,4}),\s+"
    + r"(?:" + alternatives("name_articles", folded=False) + r"\s*)?$"
)
_POSSESSOR_BEFORE_TITLE = re.compile(r"(?:['\u2019]s|,)?\s*$")


def _name_before_title(text: str, folded: str, position: int, mentions: Mentions, lex) -> tuple[int, int] | None:
    """ "Giulia Ferraro, UNESCO's Assistant Director-General": the name before a title, no honorific."""
    end = position
    # Skip "UNESCO's " or "the company's " between the comma and the title.
    for s, e, _index in mentions.org_spans:
        if e <= position and re.fullmatch(r"['\u2019]s\s+", text[e:position]):
            end = s
            break
    match = _NAME_THEN_TITLE.search(text, max(0, end - 80), end)
    if not match:
        return None
    words = match.group(1).split()
    if any(fold(w) in lex.stopwords or fold(w) in lex.title_words or fold(w) in lex.heads for w in words[:1]):
        return None
    start, stop = match.start(1), match.end(1)
    if mentions.organisation_at(start, stop) is not None or lookup_place(match.group(1)) is not None:
        return None
    return start, stop


@derived
def _office_of_title() -> dict[str, frozenset[str]]:
    """A title names the office it is held in: the minister's ministry, the ambassador's embassy
    (folded title -> the folded first words of that office's name)."""
    offices: dict[str, set[str]] = {}
    for key in ("minister_titles", "ambassador_titles"):
        for title, office in _merged_map(key).items():
            offices.setdefault(title, set()).add(fold_key(office))
    for code in available_languages():
        for title, others in (load_language(code).get("other_title_offices", default={}) or {}).items():
            offices.setdefault(fold_key(title), set()).update(fold_key(o) for o in others)
    return {title: frozenset(found) for title, found in offices.items()}


def _ministers(text: str, mentions: Mentions) -> None:
    """ "ministre de la Culture" works for the "ministère de la Culture" named in the text."""
    for person in mentions.people:
        if person.organisation is not None or not person.title:
            continue
        words = fold_key(person.title).split()
        head = words[1] if words[:1] and words[0] in word_set("title_rank_prefixes") and len(words) > 1 else (words[0] if words else "")
        for alias, title in _merged_map("minister_title_aliases").items():
            if words[: len(alias.split())] == alias.split():
                head = title  # Kenya's "Cabinet Secretary for Education" is its minister
        offices = _office_of_title().get(head)
        if offices is None:
            continue
        # A Nigerian state's "Commissioner for Basic and Secondary Education" heads its ministry,
        # named after the state: "Lagos State Ministry of Education".
        regional = head in word_set("regional_titles")
        ministries = [
            (k, fold_key(o.name).split()) for k, o in enumerate(mentions.organisations)
            if fold_key(o.name).split()[:1] and (fold_key(o.name).split()[0] in offices
                                                 or regional and not offices.isdisjoint(fold_key(o.name).split()[:4]))
        ]
        if not ministries:
            continue
        best = None
        links = _keyed("title_domain_links")
        link = next((i for i, w in enumerate(words) if w in links), len(words))
        title_content = {w for w in words[link + 1 :] if len(w) > 3}  # the domain: "higher education, science ..."
        for k, name_words in ministries:
            content = [w for w in name_words[1:] if len(w) > 3]
            # Not when the title names more than the ministry does: "Minister of Higher Education,
            # Science and Innovation" heads another ministry than "the Ministry of Higher Education".
            if content and all(w in words for w in content) and title_content <= set(name_words):
                best = k
        if best is None and len(ministries) == 1 and title_content <= set(ministries[0][1]):
            best = ministries[0][0]
        if best is not None and (nationality := _minister_nationality(text, person)) is not None \
                and mentions.organisations[best].country not in (None, nationality):
            best = None  # "Uzbekistan's Minister of ..." does not head Malaysia's ministry
        person.organisation = best


# "le directeur général a reçu", "the Minister received": a verb between a title and a name.
_VERB_BETWEEN = lazy_regex(
    lambda: r"\s(?:[a-z]+" + alternatives("past_tense_endings") + "|" + alternatives("irregular_past_verbs")
    + "|" + _as_written("auxiliary_verbs") + r"\s+(?:[^\W\d_]+\s+)?"
    + r"[^\W\d_]+" + alternatives("participle_endings", folded=False) + r")\s"
)
_TITLE_LINK = lazy_regex(
    # Words are separated by required blanks: with optional ones the nested repetition
    # backtracked exponentially on a long gap that is not a link (70% of extraction time).
    lambda: r"^\s*(?:[\w'\-]+\s+){0,10}?" + alternatives("title_owner_links") + r"\s*"
    + r"(?:" + alternatives("name_articles", then=r"\s") + r")?\s*$|^\s*$"
    # "directeur général de la société allemande Nordlicht": a kind noun and a people between.
    + r"|^\s*" + alternatives("title_domain_links") + r"\s+(?:" + alternatives("name_articles", then=r"\s") + r")?"
    + alternatives("company_nouns") + r"\s+[\w\-]+\s+$"
)


_MINISTER_TITLE = lazy_regex(
    lambda: r"^(?:" + alternatives("minister_prefixes") + r"[\s-]+)?(" + alternatives("minister_titles") + r")"
    + r"(?:\s+" + alternatives("minister_suffixes") + r")?\s+(" + alternatives("title_domain_links") + r"\b.+)$"
)
_AMBASSADOR_TITLE = lazy_regex(
    lambda: r"^(" + alternatives("ambassador_titles") + r")\s+(" + alternatives("title_domain_links") + r"\b.+)$"
)


def _capitalised(*keys: str) -> str:
    """alternatives() of the phrases under `keys` written with a capital, as a title opening a name is."""
    phrases = sorted({w[:1].upper() + w[1:] for key in keys for w in grammar.words(key, folded=False)}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")" if phrases else r"(?!x)x"


def _national_minister() -> str:
    """ "ministre qatari de", "Qatari Minister of Education", "Uzbekistan's Minister of ...": on the text as written."""
    capitalised_title = r"\s+(?:" + _capitalised("title_rank_prefixes") + r"\s+)?" + _capitalised("minister_titles")
    capitalised_title += r"\s+" + _as_written("title_domain_links") + r"\b"
    return (
        r"\b" + alternatives("minister_titles", folded=False) + r"\s+([a-zéèëï]+)\s+" + _as_written("title_domain_links") + r"\b"
        + r"|\b([A-Z][a-z]+)" + capitalised_title + r"|\b([A-Z][a-z]+)['\u2019]s" + capitalised_title
    )


_NATIONAL_MINISTER = lazy_regex(_national_minister)


def _minister_nationality(text: str, person: PersonFound) -> str | None:
    """ "S.E. M. X, ministre qatari de l'Éducation": the ministry is Qatar's."""
    start = text.find(person.name)  # the name as first written (mentions are gathered later)
    if start == -1:
        return None
    end = start + len(person.name)
    demonyms = lexicon().demonyms
    reach = max(40, len(person.title or "") + 20)  # the title may stand between: "Uzbekistan's Minister of ..., Prof. X"
    for m in _NATIONAL_MINISTER.finditer(text, max(0, start - reach - 20), min(len(text), end + 40)):
        if m.start() > end + 4 or m.end() < start - reach:
            continue  # another person's title: "…, ministre qatari de …, a été reçu par son homologue, M. Y"
        if m.group(3):
            place = lookup_place(m.group(3))
            if place is not None and place.is_country:
                return place.country
            continue
        country = demonyms.get(fold(m.group(1) or m.group(2)))
        if country:
            return country
    return None


_OF_THE_STATE = lazy_regex(
    lambda: r"\s+" + _as_written("owner_prepositions") + r"\s*(?:" + _as_written("state_nouns")
    + r"(?:\s+" + _as_written("state_adjectives") + r")?\s+" + _as_written("owner_prepositions") + r"\s*)?([A-Z\u00c0-\u00de][^,;()]*)$"
)


def _state_named_last(name: str) -> tuple[int | None, Place | None]:
    """Where "du Royaume du Cambodge", "of the Republic of Azerbaijan" starts at the end of a
    ministry's name, and that country; (None, None) when the name does not end with a country."""
    for link in _STATE_LINK.finditer(name):
        if link.start() < len(name) // 3:
            continue
        m = _OF_THE_STATE.fullmatch(name, link.start())
        place = lookup_place(m.group(1)) if m else None
        if place is not None and place.is_country:
            return link.start(), place
    return None, None


_STATE_LINK = lazy_regex(lambda: r"\s" + _as_written("owner_prepositions") + r"\s*(?=[A-Zt\u00c0-\u00de])")


_POSTED_IN_AT_END = lazy_regex(lambda: r"\s+" + alternatives("posted_in_prepositions", folded=False) + r"\s+.+$")


def _ministries_from_titles(text: str, folded: str, body_start: int, mentions: Mentions) -> None:
    """ "le ministre de l'Éducation nationale, M. X", "l'ambassadeur du Japon au Maroc": the ministry or
    the embassy is an organisation of the dispatch."""
    for person in mentions.people:
        if person.organisation is not None or not person.title:
            continue
        country = None
        match = _MINISTER_TITLE.match(fold(person.title))
        if match and any(ch.isupper() for ch in person.title):
            name = f"{_merged_map('minister_titles')[match.group(1)]} {person.title[match.start(2) :]}"
            country = _minister_nationality(text, person)
        else:
            match = _AMBASSADOR_TITLE.match(fold(person.title))
            if not match:
                continue
            of = person.title[match.start(2) :]
            for accredited, posted in _merged_map("accredited_to_words").items():
                of = of.replace(f" {accredited} ", f" {posted} ")  # "Ambassador to Kenya": the Embassy in Kenya
            name = f"{_merged_map('ambassador_titles')[match.group(1)]} {of}"
            country = _country_in_name(of)
        aliases = []
        state, place = _state_named_last(name)
        if state is not None and place is not None:
            # "ministre de l'Éducation ... du Royaume du Cambodge": Cambodia's ministry of that name.
            aliases, name, country = [name], name[:state], country or place.country
        key = fold_key(name)
        # "ambassadeur du Japon au Liban" and "l'ambassade du Japon" named in the text: one embassy.
        unposted = fold_key(_POSTED_IN_AT_END.sub("", name))
        index = next((k for k, o in enumerate(mentions.organisations) if fold_key(o.name) in (key, unposted)), None)
        if index is None:
            mentions.organisations.append(
                OrganisationFound(name=name, kind="government", country=country, aliases=aliases, confidence=0.6)
            )
            index = len(mentions.organisations) - 1
        # The title names the body (its "Japon", "Liban" are not where a visit took place).
        for s, e in _occurrences(text, folded, person.title, body_start, False)[:1]:
            if not mentions.occupied(s, e):
                mentions.org_spans.append((s, e, index))
                mentions.organisations[index].mentions.append((s, e))
                mentions.organisations[index].mentions.sort()
        mentions.org_spans.sort()
        person.organisation = index


def _span_at(mentions: Mentions, position: int) -> tuple[int, int, int] | None:
    """The organisation mention covering `position`, by bisection over the sorted mentions."""
    spans = mentions._sorted_org_spans()
    at = bisect_right(spans, (position, 1 << 60, 1 << 60)) - 1
    while at >= 0:
        s, e, index = spans[at]
        if s <= position < e:
            return s, e, index
        if s < position - 400:
            break
        at -= 1
    return None


def _first_covered(mentions: Mentions, end: int, limit: int) -> int:
    """min(max(s, end) for the organisation spans ending after `end`), else limit, by bisection.

    Exact: the spans starting at or before `end` give `end` if one of them ends after it (the
    running maximum of their ends says so); the others all start after `end`, the first of them
    in start order soonest."""
    spans = mentions._sorted_org_spans()
    cached = mentions.__dict__.get("_org_reach")
    if cached is None or cached[0] is not spans:
        cached = (spans, list(accumulate((e for _, e, _ in spans), max)))
        mentions.__dict__["_org_reach"] = cached
    reach = cached[1]
    after = bisect_right(spans, (end, 1 << 60, 1 << 60))  # the spans before it start at or before end
    if after and reach[after - 1] > end:
        return end
    return spans[after][0] if after < len(spans) else limit


def _title_clause(text: str, folded: str, start: int, end: int, mentions: Mentions):
    """Where a title's clause ends, and the organisation it names (index, start, end) if any."""
    limit = min(len(text), end + 220)
    position = end
    org_index = org_start = org_end = None
    # No organisation mention covers any position before this one: the walk asks _span_at from here.
    first_covered = _first_covered(mentions, end, limit)
    while position < limit:
        ch = text[position]
        covering = _span_at(mentions, position) if position >= first_covered else None
        if covering is not None and (
            not _TITLE_LINK.search(folded[end:position]) or lexicon().title_regex.search(folded, end, position)
            or _VERB_BETWEEN.search(text, end - 1, position)  # "le directeur général a reçu une délégation de X"
        ):
            # "le ministre se rendra ... pour visiter l'Université", "le ministre a rencontré le
            # président de l'université": not his organisation.
            break
        if covering is not None:
            if org_index is None:
                org_index, org_start, org_end = covering[2], covering[0], covering[1]
            position = covering[1]
            # "(ICESCO)" right after the name belongs to it.
            paren = _PARENTHESIS.match(text, position)
            if paren:
                position = paren.end()
                org_end = position
            break
        if ch == "," and _TITLE_ENUMERATION.match(text, position) and not _ENUMERATED_PERSON.match(text, position):
            position += 1  # "ministre de l'Enseignement supérieur, de la Recherche et de l'Innovation"
            continue
        if ch in ",;.\n(" or (ch == " " and lexicon().honorific_regex.match(text, position + 1)):
            break
        position += 1
    return position, org_index, org_start, org_end


# A comma inside the domain of a title: "de l'Enseignement supérieur, de la Recherche et de
# l'Innovation", "of Education, Science, Technology and Innovation," (the last item after "et"/"and").
_TITLE_ENUMERATION = lazy_regex(
    lambda: r",[^\S\n]+(?:" + _as_written("enumeration_links") + r"[^\S\n]*" + _as_written("name_articles", then=r"[^\S\n]+") + r"?[A-Z\u00c0-\u00de]"
    # "…, des Arts, de la Communication et des Relations …": one more item may come first
    + r"(?:[^,;.()\n]{0,40}?,[^\S\n]+" + _as_written("enumeration_links") + r"[^,;.()\n]{0,60}?|[^,;.()\n]{0,60}?)[^\S\n]"
    + _as_written("and_words") + r"[^\S\n]"
    + r"|(?:[A-Z][a-z]+,[^\S\n]+)*[A-Z][a-z]+[^\S\n]+" + _as_written("and_words") + r"[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?,"
    # "ministre de la Santé publique, Hygiène et Prévoyance sociale,": capitalised items, then "et"
    + r"|[A-Z\u00c0-\u00de][a-zà-ÿ]+(?:[^\S\n]+[a-zà-ÿ]+)?[^\S\n]+" + _as_written("and_words")
    + r"[^\S\n]+[A-Z\u00c0-\u00de][a-zà-ÿ]+(?:[^\S\n]+[a-zà-ÿ]+)?,"
    # "ministre de l'Enseignement primaire, secondaire, technique et de l'Artisanat": adjectives, then "et"
    + r"|[a-zà-ÿ]+(?:,[^\S\n]+[a-zà-ÿ]+){0,3}[^\S\n]+" + _as_written("and_words") + r"[^\S\n]+"
    + _as_written("owner_prepositions", then=r"[^\S\n]+") + r"[A-Z\u00c0-\u00de])"
)
_ENUMERATED_PERSON = lazy_regex(lambda: r",\s+" + alternatives("short_honorifics", folded=False) + r"\.?\s")


_CHARGE = lazy_regex(lambda: r"\s+(" + alternatives("in_charge_words") + r"\s+" + alternatives("title_domain_links") + r"\s[^,;.()]{2,60})")


def _charge_after(text: str, folded: str, position: int | None) -> str:
    """ "chargé de l'international" after the organisation belongs to the title."""
    if position is None:
        return ""
    m = _CHARGE.match(folded, position)
    if not m:
        return ""
    return " " + clean_span_text(text[m.start(1) : m.end(1)])


_TRAILING_LINK = lazy_regex(lambda: r"(?:\s+" + _as_written("trailing_title_links") + r")+\s*$", re.I)


_TRAILING_COMPANY = lazy_regex(
    lambda: r"\s+" + _as_written("title_domain_links") + r"\s+" + _as_written("name_articles", then=r"\s+") + "?"
    + _as_written("company_nouns") + r"\s*$", re.I
)


def _title_text(text: str, start: int, end: int) -> str:
    raw = text[start:end]
    raw = _TRAILING_LINK.sub("", raw.rstrip())
    raw = _TRAILING_ARTICLE.sub("", raw)
    demonyms = lexicon().demonyms
    split = raw.split()
    words = [w for w in split if w == split[0] or fold(w) not in demonyms]  # the first word stays
    title = _TRAILING_COMPANY.sub("", " ".join(words))  # "directeur général de la société": the title alone
    return clean_span_text(title)[:120]


def _title_after(text: str, folded: str, end: int, index: int, mentions: Mentions, used: set[int]) -> None:
    lex = lexicon()
    gap = _COMMA.match(folded[end : end + 12])
    if not gap:
        return
    at = end + gap.end()
    match = lex.title_regex.match(folded, at)
    if not match:
        return
    used.add(match.start())
    clause_end, org_index, org_start, org_end = _title_clause(text, folded, match.start(), match.end(), mentions)
    person = mentions.people[index]
    title = _title_text(text, match.start(), org_start if org_index is not None else clause_end)
    title += _charge_after(text, folded, org_end if org_index is not None else None)
    if org_index is None:
        org_index = _possessor(text, folded, match.start(), mentions)
    if not person.title:
        person.title = title
    if person.organisation is None and org_index is not None:
        person.organisation = org_index


# ---------------------------------------------------------------------------
# Places


# One character class first, so that re skips straight to capitals and Arabic letters.
_COUNTRY_RUN = re.compile(r"[\w'\u2019\-]+(?: [\w'\u2019\-]+){1,5}")
_PLACE_WORDS = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u017f\u0600-\u06ff](?:(?<=[\u0600-\u06ff])[\u0600-\u06ff]*|[\w'\u2019\-]*)")


@derived  # rebuilt by grammar.forget()
def _capital_cues(code: str) -> tuple[list[re.Pattern[str]], dict[str, str]]:
    """ "la capitale chinoise", "the Chinese capital": one regex per cue and language."""
    lang = load_language(code)
    countries = {fold(name): country for name, country in (lang.get("demonyms", default={}) or {}).items()}
    names = "|".join(sorted(map(re.escape, countries), key=len, reverse=True)) or "(?!x)x"
    regexes = []
    for cue in lang.get("capital_cues", default=[]):
        body = re.escape(fold(cue)).replace(r"\{demonym\}", f"(?P<demonym>{names})", 1).replace(r"\ ", r"\s+")
        first = LETTERS.match(fold(cue))
        if first:
            # The cue's first word, then "not after a letter": re then looks for that word in C
            # (a literal prefix) rather than trying the regex at every character.
            word = re.escape(first.group(0))
            regexes.append(re.compile(word + r"(?<![\w]" + word + ")" + body[len(word) :] + r"(?![\w])"))
        else:
            regexes.append(re.compile(r"(?<![\w])" + body + r"(?![\w])"))
    return regexes, countries


@derived  # rebuilt by grammar.forget()
def _capital_cue_openings(code: str) -> list[frozenset[str] | None]:
    """For each regex of _capital_cues, the first runs of letters a match can start with (None when
    a cue or demonym starts otherwise: then the regex is tried at every character)."""
    lang = load_language(code)
    demonyms = [fold(name) for name in (lang.get("demonyms", default={}) or {})]
    openings: list[frozenset[str] | None] = []
    for cue in lang.get("capital_cues", default=[]):
        cue = fold(cue)
        if LETTERS.match(cue):
            openings.append(None)  # its regex starts with the cue's first word: re finds it fastest
            continue
        firsts = [LETTERS.match(w) for w in (demonyms if cue.startswith("{demonym}") else [cue])]
        openings.append(frozenset(m.group(0) for m in firsts if m) if all(firsts) else None)
    return openings


_WORD_CHARACTER = re.compile(r"\w")
_REGNAL_NUMBER = re.compile(r"\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2})\b")


def _place_name_shape(between: str) -> bool:
    """_PLACE_NAME_SHAPE.fullmatch(between), answered without the regex in the usual cases (a few
    plain words with one space between them; a comma, full stop or line break), which are most."""
    if "," in between or "." in between or "\n" in between:
        return False  # in no word and no separator of the shape
    parts = between.split(" ")
    if len(parts) <= 3 and all(parts) and "".join(parts).isalnum():
        return True  # up to three words of letters and digits (all \w), one space apart
    return _PLACE_NAME_SHAPE.fullmatch(between) is not None


@derived
def _capital_words() -> tuple[str, ...]:
    """The longest word of each capital cue of every language ("capitale", "capital"), folded as
    the text it is looked for in: a text without any of them has no "la capitale chinoise"."""
    found = []
    for code in available_languages():
        for cue in load_language(code).get("capital_cues", default=[]):
            runs = LETTERS.findall(fold(cue).replace("{demonym}", " "))
            if runs:
                found.append(max(runs, key=len))
    return tuple(dict.fromkeys(found))


def find_places(text: str, folded: str, body_start: int, lang: Language, mentions: Mentions) -> None:
    """Cities and countries named in the body, through the gazetteer, plus "la capitale chinoise"."""
    lex = lexicon()
    people = SpanIndex((a, b) for a, b, _ in mentions.person_spans)
    organisations = SpanIndex((a, b) for a, b, _ in mentions.org_spans)
    words = [m.span() for m in _PLACE_WORDS.finditer(text, body_start)]
    count = len(words)
    # A name of several words has them close together ("Le Caire", "Dar es Salaam").
    close = [words[j + 1][0] - words[j][1] <= 5 for j in range(count - 1)]
    openers = country_openers()
    i = 0
    while i < count:
        matched = False
        s = words[i][0]
        if folded[s : words[i][1]] in openers:
            # "République démocratique du Congo", "Arabie saoudite": small words inside the name.
            run = _COUNTRY_RUN.match(text, s)
            parts = run.group(0).split() if run else []
            for size in range(len(parts), 1, -1):
                name = " ".join(parts[:size])
                place = lookup_place(name)
                if place is not None and place.is_country:
                    e = s + len(name)
                    if not people.covers(s, e) and not organisations.overlaps(s, e) or organisations.covers(s, e):
                        mentions.places.append(PlaceFound(s, e, place, organisations.covers(s, e)))
                        while i < count and words[i][0] < e:
                            i += 1
                        matched = True
                    break
            if matched:
                continue
        end = words[i][1]
        if not may_open_place(text[s:end]) and not _WORD_CHARACTER.match(text, end):
            # No place starts with this word: none of the look-ups below can find one (a name of 2
            # or 3 words goes on after a space or a hyphen, see _place_name_shape; an Arabic word
            # may run into a digit, which the check leaves to the look-ups).
            i += 1
            continue
        for size in (3, 2, 1):
            if i + size > count:
                continue
            if size > 1 and not (close[i] and (size == 2 or close[i + 1])):
                continue
            s, e = words[i][0], words[i + size - 1][1]
            between = text[s:e]
            if size > 1 and not _place_name_shape(between):
                continue
            if size == 1 and folded[s:e] in lex.stopwords:
                continue
            place = lookup_place(between)
            if place is None:
                continue
            if people.covers(s, e):
                continue
            in_org = organisations.covers(s, e)
            if not in_org and organisations.overlaps(s, e):
                continue
            if size == 1 and len(between) > 2 and between.isupper() and (in_org or not place.is_country):
                continue  # an acronym ("MACH", "NICE", "told ENA") that happens to spell a town
            if _REGNAL_NUMBER.match(text, e):
                continue  # "Université Hassan II", "Mohammed V University": a king, not a town
            mentions.places.append(PlaceFound(s, e, place, in_org))
            i += size
            matched = True
            break
        if not matched:
            i += 1
    regexes, countries = _capital_cues(lang.code)
    if not any(word in folded for word in _capital_words()):
        regexes = []  # no "la capitale chinoise" without the word capital
    for regex, openings in zip(regexes, _capital_cue_openings(lang.code), strict=False):  # regexes may be []
        matches = finditer_at_words(regex, folded, body_start, openings) if openings is not None else regex.finditer(folded, body_start)
        for m in matches:
            if "demonym" in regex.groupindex and not any(p.start <= m.start() < p.end for p in mentions.places):
                mentions.places.append(PlaceFound(m.start(), m.end(), Place("", countries[m.group("demonym")], True)))
    mentions.places.sort(key=lambda p: p.start)
