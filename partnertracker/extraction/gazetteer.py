"""Places by any of their names (Pékin, Bakou, Le Caire, Maroc): the prebuilt index, loaded on first use."""

from __future__ import annotations

import json
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from partnertracker.extraction.text import fold_key
from partnertracker.resources import resource_path


@dataclass(frozen=True)
class Place:
    name: str  # canonical English name (GeoNames) or the country's English name
    country: str  # ISO 3166 alpha-2
    is_country: bool = False


@cache
def _cities() -> list[str]:
    # Sorted "key<TAB>city<TAB>country" lines; a look-up is a bisection, so start-up only reads the file.
    with open(resource_path("gazetteer", "cities.tsv"), encoding="utf-8") as handle:
        return [line for line in handle.read().split("\n") if line and not line.startswith("#")]


@cache
def _countries() -> dict[str, tuple[str, str]]:
    countries: dict[str, tuple[str, str]] = {}
    with open(resource_path("gazetteer", "countries.tsv"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            key, code, name = line.rstrip("\n").split("\t")
            countries[key] = (code, name)
    return countries


@lru_cache(maxsize=8192)
def lookup_place(name: str) -> Place | None:
    """The city or country called `name` in English, French, Spanish or Arabic, else None."""
    key = fold_key(name)
    if not key:
        return None
    country = _countries().get(key)
    if country:
        return Place(country[1], country[0], True)
    lines = _cities()
    prefix = key + "\t"
    position = bisect_left(lines, prefix)
    if position < len(lines) and lines[position].startswith(prefix):
        _, city, code = lines[position].split("\t")
        return Place(city, code)
    return None


@cache
def _country_first_words() -> frozenset[str]:
    return frozenset(key.split(" ", 1)[0] for key in _countries())


@lru_cache(maxsize=16384)
def may_open_place(word: str) -> bool:
    """Whether a place's key can start with `word`: False means that no name starting with this
    word (followed by a space, a hyphen or nothing) is a place, so its look-ups can be skipped.

    fold_key works character by character, so the key of "Abu Dhabi" starts with the key of
    "Abu"; a bisection finds whether a city's key starts with it, at no start-up cost."""
    first = fold_key(word).split(" ", 1)[0]
    if not first or first in _country_first_words():
        return True
    lines = _cities()
    position = bisect_left(lines, first + "\t")  # "\t" sorts before " ": "abu\t…", then "abu dhabi\t…"
    return position < len(lines) and lines[position].startswith((first + "\t", first + " "))


@cache
def country_openers() -> frozenset[str]:
    """First words of country names written with small letters after them ("république
    démocratique du congo", "arabie saoudite", "guinée équatoriale")."""
    return frozenset(key.split()[0] for key in _countries() if " " in key)


@cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166 alpha-2 code the gazetteer knows."""
    return frozenset(code for code, _name in _countries().values())


def country_name(code: str) -> str | None:
    return next((name for c, name in _countries().values() if c == code), None)


@cache
def _well_known() -> dict:
    with open(resource_path("gazetteer", "headquarters.json"), encoding="utf-8") as handle:
        return json.load(handle)


def _headquarters() -> dict[str, str]:
    return _well_known()["countries"]


def headquarters_country(acronym: str | None) -> str | None:
    """Country of a well-known international organisation's headquarters, by its acronym."""
    return _headquarters().get(acronym) if acronym else None


@cache
def _acronyms_by_name() -> dict[str, str]:
    return {fold_key(name): acronym for acronym, names in _well_known().get("names", {}).items() for name in names}


def well_known_acronym(name: str) -> str | None:
    """The acronym of a well-known international organisation written out in full ("Organisation
    arabe pour l'éducation, la culture et les sciences" -> ALECSO), else None."""
    return _acronyms_by_name().get(fold_key(name))
