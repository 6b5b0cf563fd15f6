"""Small grammar words (premises nouns, speech verbs, prepositions) merged over every language file, as regexes built once."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, cast

from partnertracker.extraction.languages import all_month_names, available_languages, load_language
from partnertracker.extraction.text import fold, opening_runs

F = TypeVar("F", bound=Callable[..., Any])


@cache
def words(key: str, folded: bool = True) -> tuple[str, ...]:
    """The phrases under `key` in every language file, each once, longest first.

    Merged, because a French wire may quote an English source; longest first, so that "de la" is
    tried before "de" whatever order the files list them in.
    """
    merged = dict.fromkeys(
        fold(phrase) if folded else phrase for code in available_languages() for phrase in load_language(code).phrases(key)
    )
    return tuple(sorted(merged, key=len, reverse=True))


def alternatives(*keys: str, folded: bool = True, then: str = "") -> str:
    r"""`(?:…)` of the phrases under `keys`, a space in a phrase matching any run of white space.

    `then` follows each phrase that does not end on an elision: with then=r"\s+", "la" is written
    "la\s+" but "l'" stays "l'" (the name follows at once).
    """
    merged = dict.fromkeys(w for key in keys for w in words(key, folded))
    ordered = sorted(merged, key=len, reverse=True)
    parts = [re.escape(w).replace(r"\ ", r"\s+") + ("" if w.endswith("'") else then) for w in ordered]
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


@cache
def word_set(key: str) -> frozenset[str]:
    """The folded phrases under `key` in every language file, for a membership test."""
    return frozenset(words(key))


@cache
def spaced(key: str) -> tuple[str, ...]:
    """The folded phrases under `key`, each between spaces: for str.find on folded text (" afin ")."""
    return tuple(f" {w} " for w in words(key))


@cache
def openings(*keys: str) -> frozenset[str]:
    """The first run of letters of the folded phrases under `keys` (for text.finditer_at_words)."""
    return opening_runs(w for key in keys for w in words(key))


_DERIVED: list[Any] = []


def derived(function: F) -> F:
    """functools.cache for what a module builds from these words (a regex, a set of openers, a
    prefilter): forget() clears it too, so that it is rebuilt from changed language data."""
    cached = cache(function)
    _DERIVED.append(cached)
    return cast(F, cached)


_BUILT: list[LazyPattern] = []
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern", "groupindex", "groups", "flags")


class LazyPattern:
    """A regex whose words come from the language files: written by `build`, compiled on first use
    and kept, so that importing the engine reads no file.

    After the first use its search/match/fullmatch/finditer/sub... are the compiled pattern's own
    bound methods, found in the instance's dict of a class without __getattr__: calling them costs
    what calling a module-level re.Pattern's would.
    """

    def __init__(self, build: Callable[[], str], flags: int = 0) -> None:
        self._build = build
        self._flags = flags

    def __getattr__(self, name: str):  # reached only before the first use
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self._build(), self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        # A class without __getattr__ from now on: Python then looks a method up in the instance's
        # dict directly, rather than through the __getattr__ hook on every call.
        self.__class__ = cast("type[LazyPattern]", _BuiltPattern)  # the same layout, without __getattr__
        _BUILT.append(self)
        return getattr(compiled, name)


class _BuiltPattern:
    """A LazyPattern once compiled: what re.Pattern answers is in its dict; forget() makes it lazy again."""


def lazy_regex(build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """A LazyPattern, typed as the re.Pattern it stands for (it answers what _METHODS lists)."""
    return cast("re.Pattern[str]", LazyPattern(build, flags))


def forget() -> None:
    """Rebuild every pattern from the language data on its next use (after a test changed that data)."""
    for cached in (words, word_set, spaced, openings, all_month_names, *_DERIVED):
        cached.cache_clear()
    for code in available_languages():
        load_language(code).forget()
    for lazy in _BUILT:
        for name in _METHODS:
            lazy.__dict__.pop(name, None)
        lazy.__class__ = LazyPattern
    _BUILT.clear()
