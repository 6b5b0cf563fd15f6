"""Sites as the officer types them: tidied, and refused with a message saying what to correct."""

from __future__ import annotations

import pytest

from partnertracker.domain import Site
from partnertracker.errors import UserError
from partnertracker.extraction.gazetteer import country_codes
from partnertracker.services.sites import checked_site


def test_a_site_is_tidied_and_its_country_code_upper_cased():
    assert checked_site("  regional   office ", " Dakar ", " sn ") == Site("regional office", "Dakar", "SN")
    assert checked_site("campus", "Lille", "") == Site("campus", "Lille", None)


def test_the_gazetteer_knows_the_usual_codes_and_not_made_up_ones():
    codes = country_codes()
    assert {"MA", "FR", "CN", "SN", "KE"} <= codes
    assert "ZZ" not in codes and len(codes) > 200


@pytest.mark.parametrize(
    ("kind", "city", "country", "says"),
    [
        ("campus", "", "FR", "type the city"),
        ("campus", None, None, "type the city"),
        ("", "Lyon", None, "what kind of site"),
        ("campus", "Lyon", "ZZ", "“ZZ” is not a country code"),
        ("campus", "Lyon", "F", "“F” is not a country code"),
    ],
)
def test_bad_input_is_a_user_error_saying_what_to_do(kind, city, country, says):
    with pytest.raises(UserError, match=says):
        checked_site(kind, city, country)
