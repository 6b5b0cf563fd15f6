"""Places by any of their names (Pékin, Bakou, Le Caire, Maroc): the prebuilt index, loaded on first use."""

from __future__ import annotations

import json
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
def _index() -> dict:
    with open(resource_path("gazetteer", "places.json"), encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=8192)
def lookup_place(name: str) -> Place | None:
    """The city or country called `name` in English, French, Spanish or Arabic, else None."""
    key = fold_key(name)
    if not key:
        return None
    data = _index()
    code = data["country_index"].get(key)
    if code:
        return Place(data["country_names"].get(code, code), code, True)
    found = data["city_index"].get(key)
    if found is not None:
        city, country = data["cities"][found]
        return Place(city, country)
    return None


def country_name(code: str) -> str | None:
    return _index()["country_names"].get(code)


def max_words() -> int:
    return 4
