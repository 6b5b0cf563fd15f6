"""A partner's sites (headquarters, regional offices, campuses) as the officer types them, checked before they are saved."""

from __future__ import annotations

from partnertracker.domain import Site
from partnertracker.errors import UserError
from partnertracker.extraction.gazetteer import country_codes

# The kinds offered first; the officer may type another ("liaison office", "Beijing campus").
SITE_KINDS = ("headquarters", "regional office", "campus", "liaison office")


def checked_site(kind: str | None, city: str | None, country: str | None) -> Site:
    """The site as it will be stored, or a UserError saying what to correct.

    The kind and the city are required (a site is somewhere); the country is optional but, when
    given, must be a country code the gazetteer knows.
    """
    label = " ".join((kind or "").split())
    place = " ".join((city or "").split())
    code = (country or "").strip().upper()
    if not label:
        raise UserError("say what kind of site it is: headquarters, regional office, campus…")
    if not place:
        raise UserError("type the city of the site; a site without a city cannot be saved")
    if code and code not in country_codes():
        raise UserError(
            f"“{country.strip() if country else code}” is not a country code; "
            "use the two-letter ISO code (MA, FR, CN) or leave the country empty"
        )
    return Site(label=label, city=place, country=code or None)


def same_site(a: Site, b: Site) -> bool:
    """Whether two sites say the same thing (their ids and dates aside)."""
    return (a.label, a.city, a.country) == (b.label, b.city, b.country)
