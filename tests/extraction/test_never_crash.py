"""Any string gives a valid proposal: the pipeline itself (no safety net) never raises."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from partnertracker.extraction import SCHEMA, KnownRecords, extract
from partnertracker.extraction.pipeline import run_pipeline

LISTS = ("organisations", "people", "visits", "invitations", "agreements", "areas", "follow_ups")

# Fragments of the genre so that the random texts reach the deeper stages, not only the reader.
FRAGMENTS = st.sampled_from([
    "date 2025-07\n", "Bakou, 14 juillet, AZERTAC\n", "RABAT, 3 June (WAM) -- ", "Dr ", "M. ", "S.E. ",
    "Salim AlMalik", ", Directeur général de l'", "Organisation du Monde Islamique (ICESCO)", "ICESCO",
    " a effectué une visite au siège de l'entreprise Huawei", " à Pékin", " hier", " mardi dernier",
    " a adressé une invitation à visiter", " ainsi qu'à participer aux conférences", " ont signé un mémorandum d'entente",
    " the Director-General of UNESCO, ", "Audrey Azoulay", " visited", " invited ", " to attend", " last week",
    " accepted the invitation", "(", ")", ",", ".", "\n\n", " l'Organisation", " the company", "'s headquarters",
    "é", "\u2019", "\u00a0", "\x00", "ال", "وزارة", " 31 février 2025", " 2025-13-45", "Le Caire",
    "date 2024-03-10\n", " le 29 février prochain", " on 29 February next", " signeront", " will sign",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=30).map("".join))


# Known records, some of them degenerate (empty names), that resolution must survive too.
KNOWN = KnownRecords(
    [(1, "Islamic World Educational, Scientific and Cultural Organization", "ICESCO", ["ISESCO"], "intergovernmental", "MA"),
     (2, "Huawei Technologies", None, ["Huawei", "H"], "company", "CN"), (3, "", "", [""], None, None)],
    [(7, "Salim AlMalik", 1), (8, "", None)],
)


def test_extract_of_empty_text_is_an_empty_proposal():
    proposal = extract("")
    assert proposal["schema"] == SCHEMA
    assert all(proposal[key] == [] for key in LISTS)


def _valid(proposal: dict, text: str) -> None:
    assert proposal["schema"] == SCHEMA
    json.dumps(proposal)
    for key in LISTS:
        assert isinstance(proposal[key], list)
    ids = {o["id"] for o in proposal["organisations"]}
    for record in proposal["organisations"] + proposal["people"]:
        for start, end in record["mentions"]:
            assert 0 <= start < end <= len(text)
    for visit in proposal["visits"]:
        assert set(visit["visitors"]) <= ids and visit["host"] in ids | {None}
        assert visit["status"] in ("completed", "planned")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("DATE0100:1 JUL")  # a year-only date compared with a day: once a crash
@example("date 2024-03-10\nICESCO on 29 February next")  # rolled to a 29 February that does not exist: once a crash
def test_any_text_gives_a_valid_proposal(text):
    _valid(run_pipeline(text), text)
    _valid(run_pipeline(text, KNOWN), text)
