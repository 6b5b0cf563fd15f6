"""Language knowledge read from resources/lang/*.json, with its regexes compiled once per language."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from partnertracker.extraction.text import PhrasePattern, fold, phrase_pattern
from partnertracker.resources import resource_path

DEFAULT_LANGUAGE = "en"


@dataclass
class Language:
    """One resources/lang/<code>.json file; every pattern is compiled on first use and kept."""

    code: str
    data: dict[str, Any] = field(repr=False)

    def get(self, *keys: str, default: Any = None) -> Any:
        node: Any = self.data
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                return default
            node = node[key]
        return node

    def __post_init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        """Drop everything read from the data and kept (phrases, patterns, cached properties, the
        stages' tables): a test that changes the data wants it read again."""
        for derived in [name for name in self.__dict__ if name not in ("code", "data")]:
            del self.__dict__[derived]
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._patterns: dict[tuple[str, ...], PhrasePattern] = {}

    def phrases(self, *keys: str) -> tuple[str, ...]:
        """The phrases under `keys` (read once: the rules ask on every sentence whether there are any)."""
        found = self._phrases.get(keys)
        if found is None:
            found = self._phrases[keys] = tuple(self.get(*keys, default=()))
        return found

    def pattern(self, *keys: str) -> PhrasePattern:
        """A compiled alternation of the phrases under `keys`, matched on folded text (built once)."""
        found = self._patterns.get(keys)
        if found is None:
            found = self._patterns[keys] = PhrasePattern(self.phrases(*keys))
        return found

    def anchors(self, *keys: str) -> frozenset[str]:
        """One word of each phrase under `keys`: a sentence without any of them cannot match."""
        cache = self.__dict__.setdefault("_anchors", {})
        if keys not in cache:
            words = set()
            for phrase in self.phrases(*keys):
                parts = re.findall(r"[^\W\d_]+", fold(phrase))
                if not parts:
                    continue
                words.add(max(parts, key=len))
            cache[keys] = frozenset(words)
        return cache[keys]

    def folded_map(self, *keys: str) -> dict[str, Any]:
        """A {folded phrase: value} dict for a mapping under `keys` (built once)."""
        cache = self.__dict__.setdefault("_folded_maps", {})
        if keys not in cache:
            value = self.get(*keys, default={}) or {}
            cache[keys] = {" ".join(fold(k).split()): v for k, v in value.items()}
        return cache[keys]

    @cached_property
    def stopwords(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.get("stopwords", default=[]))

    @cached_property
    def months(self) -> dict[str, int]:
        return self.folded_map("months")

    @cached_property
    def weekdays(self) -> dict[str, int]:
        return self.folded_map("weekdays")

    @cached_property
    def honorific_pattern(self) -> str:
        # Honorifics are matched case-sensitively on the original text ("M." is not "m.").
        alts = sorted(set(self.get("honorifics", default=[])), key=len, reverse=True)
        parts = []
        for h in alts:
            body = re.escape(h).replace(r"\ ", r"\s*")
            parts.append(body + (r"(?=\s)" if h.endswith(".") else r"\.?(?=\s)"))
        return r"(?<![\w.])(?:" + "|".join(parts) + r")" if parts else r"(?!x)x"

    @cached_property
    def title_regex(self) -> re.Pattern[str]:
        return re.compile(phrase_pattern(self.get("titles", default=[])))

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        # An honorific written with a period ("Hon.", "Prof.", "S.E.") never ends a sentence either.
        written = [*self.get("abbreviations", default=[]), *(h for h in self.get("honorifics", default=[]) if h.endswith("."))]
        return frozenset(a.rstrip(".").split()[-1] for a in written if a.rstrip("."))


@cache
def load_language(code: str) -> Language:
    path = resource_path("lang", f"{code}.json")
    with open(path, encoding="utf-8") as handle:
        return Language(code, json.load(handle))


@cache
def available_languages() -> tuple[str, ...]:
    folder = resource_path("lang")
    codes = sorted(p.stem for p in folder.glob("*.json"))
    return tuple(codes)


def language(code: str | None) -> Language:
    if code and code in available_languages():
        return load_language(code)
    return load_language(DEFAULT_LANGUAGE)


@cache
def all_month_names() -> dict[str, tuple[str, int]]:
    """Folded month name -> (language, month number), over every language file."""
    names: dict[str, tuple[str, int]] = {}
    for code in available_languages():
        for name, number in load_language(code).months.items():
            names.setdefault(name, (code, number))
    return names
