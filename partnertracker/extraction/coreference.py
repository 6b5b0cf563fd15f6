"""Coreference: "l'Organisation", "the company", "la société" and titles standing for a person."""

from __future__ import annotations

import re

from partnertracker.extraction.grammar import derived, lazy_regex, word_set, words
from partnertracker.extraction.languages import Language, load_language
from partnertracker.extraction.model import Mentions
from partnertracker.extraction.text import finditer_at_runs, fold, opening_runs

# Precompiled once: these run on every sentence. The words come from the language files
# (anaphors, ministry_nouns, anaphor_contractions, national_anaphor_articles, head_anaphor_articles:
# see docs/extraction.md); the shapes around them stay here.
_APOSTROPHES = re.compile(r"['\u2019]")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+(?:-[^\W\d_]+)?)")


@derived
def _anaphor_regex(code: str, phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Case matters: "l'Organisation" is the organisation, "l'organisation d'un atelier" is not (a
    # language file lists the lower-case phrase only where it is not such a common noun).
    variants = set(phrases) | {p[0].upper() + p[1:] for p in phrases} | set(_contracted(code, phrases))
    # The alternatives, longest first, grouped under their first word and what follows it ("the\s+",
    # "l['’]"): at a position re tries the one group that can match there, not every alternative. Two
    # groups never match at one position, so the first alternative that matches is the same.
    bodies = [re.escape(p).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for p in sorted(variants, key=len, reverse=True)]
    groups: dict[tuple[str, str], list[str]] = {}
    for body in bodies:
        first, separator, rest = _FIRST_WORD.match(body).groups()  # type: ignore[union-attr]
        groups.setdefault((first, separator), []).append(rest)
    parts = [first + separator + "(?:" + "|".join(rests) + ")" for (first, separator), rests in groups.items()]
    if any(
        "\u2019" in first or not separator and any(other != first and other.startswith(first) for other, _ in groups)
        for first, separator in groups
    ):
        parts = bodies  # a one-word phrase opening another's first word, or a curly apostrophe in one: the plain list
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])(?!\s+(?:[A-Z]|\())")


# An escaped phrase's first word, the separator after it (none for a single word), and the rest.
_FIRST_WORD = re.compile(r"(.*?)(\['\u2019\]|\\s\+|$)(.*)", re.S)


def resolve_organisation_anaphors(
    text: str, body_start: int, lang: Language, mentions: Mentions, folded: str | None = None, ministries_only: bool = False
) -> None:
    """Attach each anaphoric noun phrase to the organisation it stands for (most recent compatible)."""
    anaphors: dict[str, list[str]] = lang.get("anaphors", default={}) or {}
    if not anaphors or not mentions.organisations:
        return
    phrases = _phrases(lang.code, ministries_only)
    regex = _anaphor_regex(lang.code, phrases)
    contractions = _contractions(lang.code)
    folded_kinds = _kinds_by_phrase(lang.code)
    added = []
    from partnertracker.extraction.mentions import scan, tokenize

    folded = fold(text) if folded is None else folded  # the pipeline's copy: folding costs a pass over the text
    tokens = tokenize(text, folded, body_start, len(text))
    demonyms = _lower_demonyms(lang.code)
    for match in scan(regex, text, tokens, _anaphor_firsts(lang.code, phrases), False):
        s, e = match.start(), match.end()
        if any(a < e and s < b for a, b, _ in mentions.org_spans):
            continue
        following = _NEXT_WORD.match(text, e)
        if following and fold(following.group(1)) in demonyms:
            continue  # "l'équipementier chinois": the one of that country (see below), not the last named
        # "de l'Organisation" inside a name already found, or followed by a name: skip.
        phrase = _APOSTROPHES.sub("'", " ".join(match.group(0).split()))
        contracted, _space, rest = phrase.partition(" ")
        if contracted in contractions:
            phrase = contractions[contracted] + " " + rest
        kinds = folded_kinds.get(phrase) or folded_kinds.get(phrase[0].lower() + phrase[1:]) or folded_kinds.get(phrase.lower()) or []
        target = _antecedent(mentions, s, kinds, phrase)
        if target is not None:
            added.append((s, e, target))
    if not ministries_only:
        added += _anaphors_with_nationality(text, body_start, lang, mentions, anaphors, added, folded)
        added += _anaphors_by_head(text, body_start, mentions, added)
    for s, e, target in added:
        mentions.org_spans.append((s, e, target))
        mentions.organisations[target].mentions.append((s, e))
    mentions.org_spans.sort()
    for org in mentions.organisations:
        org.mentions.sort()


@derived
def _phrases(code: str, ministries_only: bool) -> tuple[str, ...]:
    phrases = tuple(load_language(code).get("anaphors", default={}) or {})
    if ministries_only:
        ministries = word_set("ministry_nouns")
        phrases = tuple(p for p in phrases if fold(p.split()[-1].split("'")[-1]) in ministries)
    return phrases


@derived
def _contractions(code: str) -> dict[str, str]:
    """The language's contracted article -> the article it stands for ("du" -> "le")."""
    return dict(load_language(code).get("anaphor_contractions", default={}) or {})


def _contracted(code: str, phrases: tuple[str, ...]) -> list[str]:
    """The phrases opening with an article, written with its contraction: "du ministère" for "le ministère"."""
    return [
        contracted + p[len(article) :]
        for contracted, article in _contractions(code).items()
        for p in phrases
        if p.startswith(article + " ")
    ]


@derived
def _kinds_by_phrase(code: str) -> dict[str, list[str]]:
    """The language's anaphors with straight apostrophes -> their kinds (built once, read per mention)."""
    anaphors = load_language(code).get("anaphors", default={}) or {}
    return {_APOSTROPHES.sub("'", p): kinds for p, kinds in anaphors.items()}


@derived
def _kinds_by_lower_phrase(code: str) -> dict[str, list[str]]:
    anaphors = load_language(code).get("anaphors", default={}) or {}
    return {_APOSTROPHES.sub("'", p).lower(): kinds for p, kinds in anaphors.items()}


@derived
def _lower_demonyms(code: str) -> frozenset[str]:
    return frozenset(fold(d) for d in (load_language(code).get("demonyms", default={}) or {}) if d[:1].islower())


@derived
def _anaphor_firsts(code: str, phrases: tuple[str, ...]) -> frozenset[str]:
    from partnertracker.extraction.mentions import first_token

    firsts: set[str] = set()
    for variant in (*phrases, *(p[0].upper() + p[1:] for p in phrases), *_contracted(code, phrases)):
        first = first_token(variant)
        firsts |= {first, first.replace("'", "\u2019")}
    return frozenset(firsts)


def _antecedent(mentions: Mentions, position: int, kinds: list[str], phrase: str) -> int | None:
    head = phrase.split()[-1].split("'")[-1].lower()
    def compatible(index: int) -> bool:
        org = mentions.organisations[index]
        if org.kind in kinds:
            return True
        name_words = org.name.lower().replace("'", " ").replace("\u2019", " ").split()
        return head in name_words[:3]

    def named_so(index: int) -> bool:
        words = mentions.organisations[index].name.lower().replace("'", " ").replace("\u2019", " ").split()
        return head in words[:3]

    before = [(s, i) for s, _, i in mentions.org_spans if s < position and compatible(i)]
    # "l'Université" after "l'Université X ... l'Institut Y": the one whose name says so, when one does.
    named = [(s, i) for s, i in before if named_so(i)]
    if named:
        return max(named)[1]
    ministries = word_set("ministry_nouns")
    if fold(head) in ministries:
        # "au siège du ministère": a ministry, perhaps one a minister's title names later; or the one
        # ministry the dispatch names further on ("the ministry's offices ... the Lagos State Ministry of ...").
        # (A ministry named before has been taken above; an agency is no ministry.)
        later = {i for s, _e, i in mentions.org_spans if s > position
                 and any(fold(w) in ministries for w in mentions.organisations[i].name.split()[:3])}
        return later.pop() if len(later) == 1 else None
    if before:
        return max(before)[1]
    after = [(s, i) for s, _, i in mentions.org_spans if s > position and compatible(i)]
    if after:
        return min(after)[1]
    return None


def link_roles(mentions: Mentions) -> None:
    """A title without a name ("le Directeur général de l'ICESCO") stands for the person who holds it."""
    for role in mentions.roles:
        org = mentions.organisation_at(role.organisation_at) if role.organisation_at is not None else None
        title_key = role.title.lower()
        candidates = []
        for index, person in enumerate(mentions.people):
            if not person.title:
                continue
            same_title = person.title.lower().startswith(title_key) or title_key.startswith(person.title.lower())
            if same_title and (org is None or person.organisation in (None, org)):
                candidates.append(index)
        if not candidates and org is not None:
            # "le président de l'Université" may resolve to the wrong university; a person holding
            # exactly that title at an organisation of the same kind is the better reading.
            kind = mentions.organisations[org].kind
            for index, person in enumerate(mentions.people):
                if (
                    person.title
                    and person.title.lower() == title_key
                    and person.organisation is not None
                    and mentions.organisations[person.organisation].kind == kind
                ):
                    candidates.append(index)
            if len(candidates) == 1:
                role.organisation = mentions.people[candidates[0]].organisation
        if len(candidates) == 1:
            role.person = candidates[0]


def _article(article: str) -> str:
    """An article as the text writes it: its first letter in either case, any apostrophe ("[Ll]['’]")."""
    return "[" + article[0].upper() + article[0].lower() + "]" + re.escape(article[1:]).replace("'", "['\u2019]")


@derived
def _national_anaphor(code: str) -> tuple[re.Pattern[str], frozenset[str], bool, bool] | None:
    """ "the <Demonym> company" (demonym_before_noun) / "la société <demonym>", over the language's
    anaphor nouns only, opening with its national_anaphor_articles; with where its matches can start
    (finditer_at_runs) and whether the demonym comes first. None for a language that lists no article."""
    lang = load_language(code)
    anaphors = lang.get("anaphors", default={}) or {}
    nouns = sorted({_APOSTROPHES.sub("'", p).split()[-1].split("'")[-1].lower() for p in anaphors}, key=len, reverse=True)
    articles = lang.get("national_anaphor_articles", default=[]) or []
    if not articles or not nouns:
        return None
    body = "|".join(re.escape(n) for n in nouns if n)
    opening = "|".join(_article(a) for a in articles)
    if lang.get("demonym_before_noun", default=False):
        # The run of letters the article is, whole: a space must follow it.
        regex = re.compile(r"(?<![\w])(" + opening + r")\s+([A-Z][\w-]+)\s+(" + body + r")(?![\w])")
        return regex, opening_runs(fold(a) for a in articles), False, True
    # "la société", "l'université", and "lasociété" as the text may be typed: a run starting with the article's letter.
    regex = re.compile(r"(?<![\w])(" + opening + r")\s*(" + body + r")\s+([a-zéèëï][\w-]*)(?![\w])", re.I)
    return regex, frozenset(fold(a)[0] for a in articles), True, False


def _anaphors_with_nationality(text, body_start, lang, mentions, anaphors, added, folded=None) -> list[tuple[int, int, int]]:
    """ "the Chinese company" / "la société chinoise": the organisation of that kind and country."""
    national = _national_anaphor(lang.code)
    demonyms = lang.get("demonyms", default={}) or {}
    if national is None or not demonyms:
        return []
    regex, firsts, first_letter, demonym_first = national
    kinds_of = _kinds_by_lower_phrase(lang.code)
    taken = [(a, b) for a, b, _ in mentions.org_spans] + [(a, b) for a, b, _ in added]
    found = []
    openings = finditer_at_runs(regex, text, fold(text) if folded is None else folded, body_start, firsts, first_letter)
    for m in openings:
        article = _APOSTROPHES.sub("'", m.group(1)).lower()
        if demonym_first:
            adjective, noun = m.group(2), m.group(3)
        else:
            noun, adjective = m.group(2), m.group(3)
        country = demonyms.get(adjective)
        phrase = f"{article}{'' if article.endswith(chr(39)) else ' '}{noun.lower()}"
        kinds = kinds_of.get(phrase)
        if country is None or not kinds or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        candidates = [(s, i) for s, _, i in mentions.org_spans if s < m.start()
                      and mentions.organisations[i].kind in (*kinds, None) and mentions.organisations[i].country in (country, None)]
        if candidates:
            # One already known to be of that country first ("la société chinoise" is Huawei, not the
            # Senegalese company named since).
            exact = [(s, i) for s, i in candidates if mentions.organisations[i].country == country]
            target = max(exact or candidates)[1]
            found.append((m.start(), m.end(), target))
            if mentions.organisations[target].country is None:
                mentions.organisations[target].country = country  # "l'université ivoirienne": Ivorian
    return found


_WORD_CHAR = re.compile(r"[\w\-]")
_NAME_GOES_ON = re.compile(r"\s+[A-Z(]")
# An article right before a head noun (head_anaphor_articles, every language merged): "l'Alliance", "the Society".
_ARTICLE_BEFORE = lazy_regex(
    lambda: r"\b(?:" + "|".join(_article(a) + ("" if a.endswith("'") else r"\s+") for a in words("head_anaphor_articles")) + r")$"
)


@derived
def _article_reach() -> int:
    """How far before a head _ARTICLE_BEFORE looks: the longest article and one space ("the ")."""
    return max(map(len, words("head_anaphor_articles")), default=0) + 1


def _anaphors_by_head(text, body_start, mentions, added) -> list[tuple[int, int, int]]:
    """ "l'Alliance", "the Society": the one organisation whose name opens (or, in English, ends)
    with that head noun, for heads the language files have no anaphor entry for."""
    from partnertracker.extraction.lexicon import lexicon

    heads = lexicon().heads
    owners: dict[str, set[int]] = {}
    for index, org in enumerate(mentions.organisations):
        words = org.name.split()
        if len(words) < 2:
            continue
        # "Alliance francophone ..." (French order) or "Royal Scientific Society" (English order).
        for word in {words[0].split("'")[-1].split("\u2019")[-1], words[-1]}:
            if word[:1].isupper() and fold(word) in heads:
                owners.setdefault(word, set()).add(index)
    taken = [(a, b) for a, b, _ in mentions.org_spans] + [(a, b) for a, b, _ in added]
    found = []
    reach = _article_reach()
    for head, indexes in owners.items():
        if len(indexes) != 1:
            continue  # two Alliances: "l'Alliance" could be either
        (index,) = indexes
        first_named = min((s for s, _e, i in mentions.org_spans if i == index), default=None)
        if first_named is None:
            continue
        position = max(body_start, first_named + 1)
        while (s := text.find(head, position)) != -1:
            e = position = s + len(head)
            if s and _WORD_CHAR.match(text, s - 1) or _WORD_CHAR.match(text, e):
                continue  # inside a longer word
            if any(a < e and s < b for a, b in taken):
                continue
            if not _ARTICLE_BEFORE.search(text, max(0, s - reach), s) or _NAME_GOES_ON.match(text, e):
                continue  # "Alliance" opening another name, or "l'Alliance Française"
            found.append((s, e, index))
            taken.append((s, e))
    return found
