"""Cooperation areas: the controlled vocabulary of resources/areas.json found in the text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache

from partnertracker.extraction.grammar import derived
from partnertracker.extraction.model import Mentions, Span, SpanIndex
from partnertracker.extraction.text import fold, phrase_pattern
from partnertracker.resources import resource_path


@dataclass
class AreaFound:
    key: str
    label: str
    mentions: list[Span] = field(default_factory=list)


@cache
def vocabulary() -> dict[str, dict]:
    with open(resource_path("areas.json"), encoding="utf-8") as handle:
        return json.load(handle)


@derived  # rebuilt by grammar.forget() after a test changed the vocabulary
def _area_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every label and synonym in every language, longest first."""
    phrase_to_key: dict[str, str] = {}
    for key, entry in vocabulary().items():
        terms = list(entry.get("labels", {}).values())
        for synonyms in entry.get("synonyms", {}).values():
            terms += synonyms
        for term in terms:
            phrase_to_key.setdefault(" ".join(fold(term).split()), key)
    body = phrase_pattern(phrase_to_key, boundaries=False)
    # Arabic writes "and", "with", "for" as one-letter prefixes (والتعليم): they do not end a word.
    return re.compile(r"(?:(?<![\w])|(?<=[\u0648\u0628\u0644\u0641\u0643]))" + body), phrase_to_key


@derived
def _capitals_only() -> frozenset[str]:
    """The synonyms an area lists under "capitals_only": short ones that are also ordinary words
    ("AI", "IA", "TIC") count only written in capitals."""
    return frozenset(" ".join(fold(term).split()) for entry in vocabulary().values() for term in entry.get("capitals_only", ()))


@derived
def _firsts() -> frozenset[str]:
    from partnertracker.extraction.mentions import first_token

    return frozenset(first_token(p) for p in _area_regex()[1])


def find_areas(text: str, folded: str, start: int, language: str, mentions: Mentions) -> list[AreaFound]:
    from partnertracker.extraction.mentions import scan, tokenize

    regex, phrase_to_key = _area_regex()
    capitals_only = _capitals_only()
    found: dict[str, AreaFound] = {}
    tokens = tokenize(text, folded, start, len(text))
    # Arabic prefixes (و، ب، ل) glue to the word: scan the whole text for Arabic dispatches.
    matches = regex.finditer(folded, start) if language == "ar" else scan(regex, folded, tokens, _firsts(), True)
    names = SpanIndex((a, b) for a, b, _ in mentions.org_spans)
    for m in matches:
        s, e = m.start(), m.end()
        if names.overlaps(s, e):
            continue  # "... pour l'Éducation, les Sciences et la Culture" is a name, not an area
        phrase = " ".join(m.group(0).split())
        if phrase in capitals_only and not text[s:e].isupper():
            continue
        key = phrase_to_key.get(phrase)
        if key is None:
            continue
        if key not in found:
            labels = vocabulary()[key].get("labels", {})
            found[key] = AreaFound(key, labels.get(language) or labels.get("en") or key)
        found[key].mentions.append((s, e))
    return list(found.values())
