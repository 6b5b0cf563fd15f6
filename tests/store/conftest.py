"""A fresh store per test, and a small set of linked records to query."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnertracker.domain import (
    Alias,
    Organisation,
    OrganisationKind,
    Person,
    RelationshipStatus,
    Role,
)
from partnertracker.store import Store, open_store


@pytest.fixture
def store(db_path: Path):
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def home_and_partner(store: Store) -> tuple[Organisation, Organisation]:
    home = store.add_organisation(
        Organisation(
            name="Organisation for Learning and Heritage",
            acronym="OLH",
            kind=OrganisationKind.INTERGOVERNMENTAL,
            country="MA",
            is_home=True,
            aliases=[Alias("Organisation pour l'Apprentissage et le Patrimoine", "fr")],
        )
    )
    partner = store.add_organisation(
        Organisation(
            name="Nimbus Telecom",
            kind=OrganisationKind.COMPANY,
            country="CN",
            status=RelationshipStatus.ACTIVE,
            notes="Met twice about teacher training.",
        )
    )
    return home, partner


@pytest.fixture
def director(store: Store, home_and_partner) -> Person:
    home, _ = home_and_partner
    return store.add_person(
        Person(
            name="Amina Benali",
            honorific="Dr",
            organisation_id=home.id,
            roles=[Role("Director General", home.id, "2021-05")],
        )
    )

