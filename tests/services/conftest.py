"""A fresh store per test, and the seed-like sample dispatch with a hand-made proposal for it."""

from __future__ import annotations

from typing import Any

import pytest

from partnertracker.resources import resource_path
from partnertracker.store import open_store

SEED_SAMPLE = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")


@pytest.fixture
def store(db_path):
    with open_store(db_path) as opened:
        yield opened


@pytest.fixture
def seed_text() -> str:
    return SEED_SAMPLE.read_text(encoding="utf-8")


def span(text: str, words: str, nth: int = 0) -> list[int]:
    """The [start, end] of the nth occurrence of `words` in `text` (fails loudly if absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return [start, start + len(words)]


def _seed_proposal(text: str) -> dict[str, Any]:
    """What a careful officer would accept for the seed-like sample, with spans into its text."""
    return {
        "schema": "partnertracker.proposal/1",
        "dispatch": {"agency": "MAP", "dateline_place": "Rabat", "published_on": "2025-09-24",
                     "language": "fr", "title": None},
        "organisations": [
            {"id": "o1", "name": "ICESCO",
             "acronym": "ICESCO", "kind": "intergovernmental", "country": "MA",
             "aliases": ["Organisation du monde islamique pour l'éducation, les sciences et la culture"],
             "mentions": [span(text, "Organisation du monde islamique pour l'éducation, les sciences et la culture"),
                          span(text, "ICESCO")], "confidence": 0.9},
            {"id": "o2", "name": "Huawei", "acronym": None, "kind": "company", "country": "CN", "aliases": [],
             "mentions": [span(text, "Huawei"), span(text, "Huawei", 1)], "confidence": 0.8},
        ],
        "people": [
            {"id": "p1", "name": "Karim Benslimane", "honorific": "Dr", "title": "Directeur général",
             "organisation": "o1", "mentions": [span(text, "Dr Karim Benslimane")], "confidence": 0.85},
            {"id": "p2", "name": "Omar Fassi", "honorific": "M.",
             "title": "responsable du Secteur des partenariats et de la coopération internationale",
             "organisation": "o1", "mentions": [span(text, "M. Omar Fassi")], "confidence": 0.85},
        ],
        "visits": [
            {"id": "v1", "visitors": ["o1"], "visitor_people": ["p1", "p2"], "host": "o2",
             "venue": "centre de recherche et d'innovation", "city": "Beijing", "country": "CN",
             "date": "2025-09-22", "date_precision": "day", "status": "completed",
             "areas": ["artificial-intelligence", "computing", "educational-technology", "digital-education",
                       "teacher-training", "digital-skills"],
             "evidence": [span(text, "a visité lundi le centre de recherche et d'innovation de l'entreprise à Pékin")],
             "confidence": 0.8},
        ],
        "invitations": [
            {"id": "i1", "inviter": "o1", "invitee": "o2", "inviter_people": ["p1"], "purpose": "visit",
             "description": "une visite au siège de l'Organisation, à Rabat", "city": "Rabat", "country": "MA",
             "event": None, "issued_on": "2025-09-22", "status": "pending",
             "evidence": [span(text, "a convié les dirigeants de l'entreprise à une visite au siège de l'Organisation, à Rabat")],
             "confidence": 0.8},
            {"id": "i2", "inviter": "o1", "invitee": "o2", "inviter_people": ["p1"], "purpose": "talk",
             "description": "prendre la parole lors des prochaines conférences internationales de l'ICESCO",
             "city": None, "country": None, "event": "conférences internationales de l'ICESCO",
             "issued_on": "2025-09-22", "status": "pending",
             "evidence": [span(text, "invités à prendre la parole lors des prochaines conférences internationales de l'ICESCO")],
             "confidence": 0.8},
        ],
        "agreements": [],
        "areas": [
            {"key": "artificial-intelligence", "label": "intelligence artificielle",
             "mentions": [span(text, "intelligence artificielle")]},
            {"key": "computing", "label": "informatique", "mentions": [span(text, "informatique en nuage")]},
            {"key": "educational-technology", "label": "technologies éducatives",
             "mentions": [span(text, "technologies éducatives")]},
            {"key": "digital-education", "label": "éducation numérique", "mentions": [span(text, "éducation numérique")]},
            {"key": "teacher-training", "label": "formation des enseignants",
             "mentions": [span(text, "formation des enseignants")]},
            {"key": "digital-skills", "label": "compétences numériques",
             "mentions": [span(text, "compétences numériques")]},
        ],
        "follow_ups": [
            {"id": "f1", "description": "Bâtir avec Huawei des projets concrets d'éducation numérique",
             "related": ["o2", "i1"], "due_on": None,
             "evidence": [span(text, "Nous sommes prêts à bâtir avec Huawei des projets concrets")], "confidence": 0.6},
        ],
    }


@pytest.fixture
def seed_proposal():
    """Makes a fresh copy of the hand-made proposal for a text (call it with seed_text)."""
    return _seed_proposal
