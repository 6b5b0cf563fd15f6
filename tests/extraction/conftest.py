"""Dispatches written for the extraction tests (our own text, in the genre of agency wires)."""

from __future__ import annotations

import pytest

# A seed-like French dispatch: a visit by an organisation's head to a company abroad, areas,
# two invitations (visit the headquarters, speak at conferences), a commitment, a second person.
SEED_LIKE_FR = """date 2025-03
Le Caire, 18 mars, MENA

Dans le cadre de l'élargissement de ses partenariats avec les acteurs du numérique, Pr Nadia K. Benali, Directrice générale de l'Organisation méditerranéenne pour la science et l'innovation (OMSI), a effectué une visite de travail au siège de l'entreprise Kemet Data, situé dans la capitale égyptienne, Le Caire.

Au cours de la visite, la Directrice générale de l'OMSI a découvert les laboratoires de Kemet Data consacrés à l'intelligence artificielle, au calcul intensif et aux technologies éducatives. Elle a salué l'engagement de la société en faveur de la formation des enseignants et du développement des compétences numériques.

Pr Benali a réaffirmé la pleine disposition de l'OMSI à coopérer avec Kemet Data dans le domaine de l'éducation numérique.

À l'issue de la rencontre, la Directrice générale de l'Organisation a adressé à la direction de Kemet Data une invitation officielle à visiter le siège de l'OMSI à Tunis, ainsi qu'à participer aux prochains forums de l'Organisation pour y présenter ses solutions.

La visite s'est déroulée en présence de M. Karim Ould Salem, Chef du Département des partenariats de l'OMSI.
"""

# The same kinds of facts in English.
SEED_LIKE_EN = """date 2025-07
Baku, July 14, AZERTAC

As part of strengthening cooperation with leading global technology companies, Dr Salma R. Haddad, Director-General of the Islamic Organization for Education and Innovation (IOEI), paid a special visit to the headquarters of Chinese company Lumina Tech in Shanghai, according to the IOEI website.

During the visit, the Director-General of IOEI attended a presentation on the company's strategy, and stressed the importance of joint cooperation in artificial intelligence, computing and educational technology, with a view to training teachers and developing digital skills.

Dr Haddad affirmed IOEI's full readiness to work with Lumina Tech to advance digital education in schools and universities.

At the end of the visit, the Director-General of the Organization thanked the management of Lumina Tech and extended to them an official invitation to visit IOEI headquarters in Rabat, and to take part in the Organization's upcoming conferences to give talks on Lumina Tech's experience.

The meeting was attended by Mr Omar Fassi, Head of the Partnerships Sector at IOEI.
"""

# An English wire: two visits, an accepted invitation, an MoU signed, a planned agreement.
WIRE_EN = """date 2025-06-20
RABAT, June 20 (WAM) -- The Director-General of the Arab Bureau for Digital Learning (ABDL), Dr Samir Haddad, visited Atlas Robotics, a Moroccan maker of classroom robots, in Casablanca on Tuesday.

On Wednesday, the delegation was received at Mohammed V University in Rabat by its president, Professor Leila Amrani.

The two institutions signed a memorandum of understanding on teacher training and artificial intelligence.

Haddad invited the university to take part in the Digital Classroom Forum in Cairo in October. Amrani accepted the invitation.

ABDL and Atlas Robotics agreed to sign a cooperation agreement next month.
"""


@pytest.fixture
def seed_like_fr() -> str:
    return SEED_LIKE_FR


@pytest.fixture
def seed_like_en() -> str:
    return SEED_LIKE_EN


@pytest.fixture
def wire_en() -> str:
    return WIRE_EN
