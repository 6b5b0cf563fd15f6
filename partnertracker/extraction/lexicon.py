"""Word sets merged over every language file (a French dispatch may quote an English name)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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


_KIND_OF_HEAD = {
    "organisation": "intergovernmental", "organization": "intergovernmental", "universite": "university",
    "university": "university", "universiti": "university", "ministere": "government", "ministry": "government", "ambassade": "government",
    "embassy": "government", "fondation": "foundation", "foundation": "foundation", "agence": "government",
    "agency": "government", "union": "intergovernmental", "ligue": "intergovernmental", "league": "intergovernmental",
    "association": "ngo", "fonds": "foundation", "fund": "foundation", "consulat": "government",
    "consulate": "government", "ecole": "university", "school": "university", "college": "university",
    "institut": "university", "institute": "university", "academie": "university", "academy": "university",
    "groupe": "company", "societe": "company", "compagnie": "company", "commission": "intergovernmental",
    "secretariat": "intergovernmental", "universidad": "university", "ministerio": "government",
    "embajada": "government", "organizacion": "intergovernmental", "fundacion": "foundation",
    "reseau": "ngo", "network": "ngo", "observatoire": "other", "observatory": "other",
    "hochschule": "university", "fachhochschule": "university", "universitat": "university", "universidade": "university",
    "universita": "university", "universiteit": "university", "uniwersytet": "university",
}


@cache
def lexicon() -> Lexicon:
    connectors: set[str] = {"l'", "d'", "&"}
    title_words: set[str] = set()
    heads: dict[str, str] = {}
    tails: dict[str, str] = {}
    kind_nouns: dict[str, str] = {}
    non_org: set[str] = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI", "OK", "TV"}
    particles: set[str] = set()
    mw: set[str] = set()
    stop: set[str] = set()
    demonyms: dict[str, str] = {}
    honorific_parts: list[str] = []
    honorifics: list[str] = []
    titles: list[str] = []
    domains: set[str] = set()
    name_stops: set[str] = set()
    for code in available_languages():
        lang = load_language(code)
        connectors.update(fold(w) for w in lang.get("name_connectors", default=[]))
        connectors.update(fold(w) for w in lang.get("articles", default=[]))
        for title in lang.get("titles", default=[]):
            titles.append(title)
            title_words.add(re.split(r"[\s\-]+", fold(title))[0])
        for head in lang.get("org_name_heads", default=[]):
            key = fold(head)
            heads[key] = _KIND_OF_HEAD.get(key.split()[0], "other")
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
    title_words |= {"general", "generale", "adjoint", "adjointe", "deputy", "vice", "assistant"}
    title_words -= {"co", "porte", "premier", "prime", "charge", "head", "executive", "regional", "country"}
    title_words -= connectors
    # A title never starts with an organisation's own noun ("University Librarian" is no reason
    # to stop reading "Kwame Nkrumah University of Science and Technology").
    title_words -= set(heads) | set(tails) | set(kind_nouns)
    title_words -= {"du", "de", "la", "of", "the"}
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
