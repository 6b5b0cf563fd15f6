"""The acceptance list of issue 3, on the shared seed dispatch and on a seed-like dispatch of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnertracker.extraction import extract, read_dispatch

ROOT = Path(__file__).resolve().parents[2]
SEED_NAME = "000_3976a601543da4e3.txt"
# ../shared beside the repository (the integrator's layout), or beside the worktrees folder.
SEED_CANDIDATES = [ROOT.parent / "shared" / "seeds" / SEED_NAME, ROOT.parent.parent / "shared" / "seeds" / SEED_NAME]
AREAS = {"artificial-intelligence", "computing", "educational-technology", "digital-education", "teacher-training", "digital-skills"}


def _org(proposal: dict, ref: str | None) -> dict:
    return next(o for o in proposal["organisations"] if o["id"] == ref)


def _people(proposal: dict, refs: list[str]) -> set[str]:
    return {p["name"] for p in proposal["people"] if p["id"] in refs}


def check_seed_like(proposal: dict, *, acronym: str, full_name_start: str, company: str, company_country: str,
                    head: tuple[str, str, str], second: tuple[str, str, str], city: tuple[str, str],
                    date: str, hq: tuple[str, str]) -> None:
    home = next(o for o in proposal["organisations"] if o["acronym"] == acronym)
    assert any(alias.startswith(full_name_start) for alias in home["aliases"])
    partner = next(o for o in proposal["organisations"] if o["name"] == company)
    assert (partner["kind"], partner["country"]) == ("company", company_country)
    for name, honorific, title in (head, second):
        person = next(p for p in proposal["people"] if p["name"] == name)
        assert (person["honorific"], person["title"]) == (honorific, title)
        assert person["organisation"] == home["id"]
    (visit,) = proposal["visits"]
    assert visit["status"] == "completed"
    assert visit["visitors"] == [home["id"]] and visit["host"] == partner["id"]
    assert _people(proposal, visit["visitor_people"]) == {head[0], second[0]}
    assert (visit["city"], visit["country"]) == city
    assert (visit["date"], visit["date_precision"]) in ((date, "day"), (date[:7], "month"))
    invitations = proposal["invitations"]
    assert len(invitations) == 2
    assert all(i["status"] == "pending" and i["inviter"] == home["id"] and i["invitee"] == partner["id"] for i in invitations)
    to_visit = next(i for i in invitations if i["purpose"] == "visit")
    assert (to_visit["city"], to_visit["country"]) == hq
    other = next(i for i in invitations if i is not to_visit)
    assert other["purpose"] in ("event", "talk")
    assert other["event"]
    assert {a["key"] for a in proposal["areas"]} >= AREAS
    assert proposal["follow_ups"]
    # A commitment from the text ("pleine disposition ...") and the invitations waiting for an answer.
    related = [f["related"] for f in proposal["follow_ups"]]
    assert any(home["id"] in r and partner["id"] in r for r in related)
    assert {i["id"] for i in invitations} <= {ref for r in related for ref in r}


def test_shared_seed_dispatch():
    seed = next((path for path in SEED_CANDIDATES if path.is_file()), None)
    if seed is None:
        pytest.skip(f"the shared seed dispatch is not beside this checkout ({SEED_CANDIDATES[0]})")
    proposal = extract(read_dispatch(seed))
    assert proposal["dispatch"]["published_on"] == "2025-07-14"
    assert proposal["dispatch"]["agency"] == "AZERTAC"
    check_seed_like(
        proposal, acronym="ICESCO", full_name_start="Organisation du Monde Islamique",
        company="Huawei", company_country="CN",
        head=("Salim M. AlMalik", "Dr", "Directeur général"),
        second=("Anar Karimov", "M.", "Chef du Secteur des Partenariats et de la Coopération internationale"),
        city=("Beijing", "CN"), date="2025-07-14", hq=("Rabat", "MA"),
    )


def test_seed_like_dispatch_of_our_own(seed_like_fr):
    proposal = extract(seed_like_fr)
    assert proposal["dispatch"]["published_on"] == "2025-03-18"
    assert proposal["dispatch"]["language"] == "fr"
    check_seed_like(
        proposal, acronym="OMSI", full_name_start="Organisation méditerranéenne pour la science",
        company="Kemet Data", company_country="EG",
        head=("Nadia K. Benali", "Pr", "Directrice générale"),
        second=("Karim Ould Salem", "M.", "Chef du Département des partenariats"),
        city=("Cairo", "EG"), date="2025-03-18", hq=("Tunis", "TN"),
    )


def test_seed_like_dispatch_in_english(seed_like_en):
    proposal = extract(seed_like_en)
    assert proposal["dispatch"]["language"] == "en"
    check_seed_like(
        proposal, acronym="IOEI", full_name_start="Islamic Organization for Education",
        company="Lumina Tech", company_country="CN",
        head=("Salma R. Haddad", "Dr", "Director-General"),
        second=("Omar Fassi", "Mr", "Head of the Partnerships Sector"),
        city=("Shanghai", "CN"), date="2025-07-14", hq=("Rabat", "MA"),
    )
