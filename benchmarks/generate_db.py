"""Build a realistic synthetic partnertracker database through the store's own API (sizes as arguments).

    uv run python benchmarks/generate_db.py /tmp/big.sqlite
    uv run python benchmarks/generate_db.py /tmp/small.sqlite --organisations 500 --dispatches 2000

The dispatches are invented wire copy in French and English (~300 words each) built from the
word lists below, with word frequencies skewed the way real text is (a few words everywhere,
most words rare), so that full-text search meets realistic posting lists.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from partnertracker.domain import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Alias,
    DatePrecision,
    Dispatch,
    DispatchState,
    FollowUp,
    FollowUpStatus,
    Invitation,
    InvitationDirection,
    InvitationPurpose,
    InvitationStatus,
    Organisation,
    OrganisationKind,
    Participant,
    Person,
    Priority,
    RelationshipStatus,
    Role,
    Visit,
    VisitDirection,
)
from partnertracker.store import Store, open_store

# ---------------------------------------------------------------------------
# Word lists, written for this generator (frequent words first: their rank sets their frequency).

def _words(text: str) -> list[str]:
    return text.split()


FRENCH_FUNCTION = _words("""
de la le et les des à l en du pour dans un une sur avec a été par au qui est ses ce cette
""")
FRENCH = _words("""
coopération organisation directeur général visite accord développement éducation pays domaine
entre son aux lors plus deux partenariat ministre signé programme renforcement culture sciences
délégation échanges technologie innovation numérique formation enseignants compétences conjointe
institutions membres nationale internationale siège réunion séance travail président conférence
mémorandum entente projets soutien rencontre capacités recherche universités écoles jeunes
femmes santé environnement patrimoine régional régionale économique sociale durable stratégie
présentation réalisations appréciation importance invitation officielle participation forum
colloque atelier séminaire experts responsables chef département affaires relations extérieures
ambassadeur ambassade représentant délégué secrétaire conseiller chargé mission bureau agence
presse communiqué annoncé souligné affirmé exprimé salué évoqué examiné discuté convenu décidé
intelligence artificielle informatique enseignement supérieur technique professionnel bourses
étudiants chercheurs laboratoire plateforme réseau données cybersécurité énergie renouvelable eau
agriculture alimentaire tourisme artisanat manuscrits musées bibliothèques archives langue arabe
française traduction édition publications rapport évaluation suivi mise œuvre calendrier feuille
route prochaine session comité mixte commission permanente haut niveau fructueuse cordiale
chaleureuse amitié fraternelle solidarité paix dialogue civilisations tolérance diversité
inclusion égalité genre handicap enfance protection droits humains migration réfugiés crise
urgence reconstruction financement bailleurs fonds budget contribution subvention prêt banque
""")

ENGLISH_FUNCTION = _words("""
the of and to in a for on with was by at that as its is this from has be an their which
""")
ENGLISH = _words("""
cooperation organisation director general visit agreement development education countries field
between during more two partnership minister signed programme strengthening culture sciences
delegation exchanges technology innovation digital training teachers skills joint institutions
member national international headquarters meeting session working president conference
memorandum understanding projects support talks capacity research universities schools youth
women health environment heritage regional economic social sustainable strategy presentation
achievements appreciation importance invitation official participation forum symposium workshop
seminar experts officials head department affairs relations external ambassador embassy
representative delegate secretary adviser charged mission office agency press release announced
stressed affirmed expressed welcomed discussed reviewed agreed decided artificial intelligence
computing higher learning technical vocational scholarships students researchers laboratory
platform network data cybersecurity energy renewable water agriculture food tourism crafts
manuscripts museums libraries archives language arabic french translation publishing reports
evaluation follow implementation timetable roadmap next committee joint commission standing high
level fruitful cordial warm friendship solidarity peace dialogue civilisations tolerance
diversity inclusion equality gender disability childhood protection rights migration refugees
crisis emergency reconstruction financing donors funds budget contribution grant loan bank
""")

# Invented names: organisations, people and places are made up, never taken from real wires.
SYLLABLES = _words("ka lo mi ra ven tor sa li na bel dor fen gal hir jun kel mar nor pel quin ros tal vor zan")
CITIES = [
    ("Rabat", "MA"), ("Tunis", "TN"), ("Dakar", "SN"), ("Cairo", "EG"), ("Amman", "JO"),
    ("Baku", "AZ"), ("Beijing", "CN"), ("Shenzhen", "CN"), ("Paris", "FR"), ("Geneva", "CH"),
    ("Madrid", "ES"), ("Jakarta", "ID"), ("Kuala Lumpur", "MY"), ("Istanbul", "TR"),
    ("Abuja", "NG"), ("Nairobi", "KE"), ("Doha", "QA"), ("Riyadh", "SA"), ("Tashkent", "UZ"),
    ("Bamako", "ML"), ("Nouakchott", "MR"), ("Algiers", "DZ"), ("Lisbon", "PT"), ("Seoul", "KR"),
]
FIELDS_EN = ["Education", "Science", "Culture", "Heritage", "Digital Learning", "Research",
             "Innovation", "Youth", "Water", "Health", "Languages", "Technology"]
FIELDS_FR = ["l'Éducation", "la Science", "la Culture", "du Patrimoine", "l'Innovation",
             "la Recherche", "la Jeunesse", "des Langues", "la Technologie"]
FIRST_NAMES = ["Amina", "Karim", "Lina", "Omar", "Sofia", "Yacine", "Mei", "Jun", "Fatou",
               "Ibrahim", "Nadia", "Tariq", "Leila", "Samuel", "Grace", "Hugo", "Ines", "Malik"]
LAST_NAMES = ["Benali", "Diallo", "Haddad", "Mensah", "Okafor", "Zhang", "Wei", "Rahman",
              "Kovac", "Silva", "Moreau", "Ndiaye", "Farouk", "Tahiri", "Lindqvist", "Park"]
HONORIFICS = ["Dr", "M.", "Mme", "H.E.", "Prof.", None]
TITLES = ["Director General", "Head of Partnerships", "Minister", "Ambassador", "Vice-President",
          "Secretary General", "Dean", "Chief Executive", "Programme Officer", "Adviser"]
AREAS = ["artificial-intelligence", "digital-education", "teacher-training", "heritage",
         "higher-education", "research", "culture", "youth", "water", "health", "languages", "ict"]
AGENCIES = ["AZR", "MAP", "TAP", "APS", "Xinhua-like", "WireOne", "PressNord", "AgenceSud"]
OWNERS = ["K. Mensah", "A. Diallo", "L. Haddad", "S. Park", "N. Tahiri"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def rare_words(count: int, seed: int = 11) -> list[str]:
    """Invented words for the long tail of the vocabulary: real wires name thousands of places,
    people, projects and technical terms that each appear in a handful of dispatches."""
    r = random.Random(seed)
    words: dict[str, None] = {}
    while len(words) < count:
        words["".join(r.choice(SYLLABLES) for _ in range(r.randint(3, 4)))] = None
    return list(words)


TAIL_WORDS = 20_000


def _cumulative(words: list[str]) -> list[float]:
    # Zipf: the word of rank r appears about 1/r as often as the first.
    return list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))


class Writer:
    """Makes up records with a seeded random generator, so the same arguments give the same data."""

    def __init__(self, seed: int = 7, words_per_dispatch: int = 300) -> None:
        self.random = random.Random(seed)
        self.words = words_per_dispatch
        tail = rare_words(TAIL_WORDS)
        # Function words first, then topic words, then the long tail: rank sets frequency.
        self.vocabulary = {"fr": FRENCH_FUNCTION + FRENCH + tail, "en": ENGLISH_FUNCTION + ENGLISH + tail}
        self.cumulative = {language: _cumulative(words) for language, words in self.vocabulary.items()}
        self.organisation_names: list[str] = []

    def name(self) -> str:
        r = self.random
        return "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3))).capitalize()

    def date(self, start: int = 2015, end: int = 2026) -> tuple[str, DatePrecision]:
        r = self.random
        year, month, day = r.randint(start, end), r.randint(1, 12), r.randint(1, 28)
        roll = r.random()
        if roll < 0.8:
            return f"{year:04d}-{month:02d}-{day:02d}", DatePrecision.DAY
        if roll < 0.95:
            return f"{year:04d}-{month:02d}", DatePrecision.MONTH
        return f"{year:04d}", DatePrecision.YEAR

    def day(self, start: int = 2015, end: int = 2026) -> str:
        r = self.random
        return f"{r.randint(start, end):04d}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"

    def organisation(self, n: int) -> Organisation:
        r = self.random
        city, country = r.choice(CITIES)
        kind = r.choice(list(OrganisationKind))
        core = self.name()
        if kind is OrganisationKind.COMPANY:
            name = f"{core} {r.choice(['Systems', 'Telecom', 'Networks', 'Group', 'Technologies'])}"
        elif kind is OrganisationKind.UNIVERSITY:
            name = f"University of {core} {city}"
        else:
            name = f"{core} Organisation for {r.choice(FIELDS_EN)}"
        acronym = "".join(w[0] for w in name.split() if w[0].isupper())[:6] + (str(n % 97) if r.random() < 0.5 else "")
        aliases = [Alias(f"Organisation {core} pour {r.choice(FIELDS_FR)}", "fr")] if r.random() < 0.4 else []
        self.organisation_names.append(name)
        return Organisation(
            name=name, acronym=acronym, kind=kind, country=country, hq_city=city,
            status=r.choice(list(RelationshipStatus)), aliases=aliases,
            notes=self.sentence("en", 8, 20) if r.random() < 0.3 else "",
        )

    def person(self, organisation_ids: list[int]) -> Person:
        r = self.random
        organisation_id = r.choice(organisation_ids)
        return Person(
            name=f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}", honorific=r.choice(HONORIFICS),
            organisation_id=organisation_id,
            roles=[Role(r.choice(TITLES), organisation_id, self.date(2005, 2024)[0])],
        )

    def sentence(self, language: str, low: int = 12, high: int = 25) -> str:
        words = self.random.choices(
            self.vocabulary[language], cum_weights=self.cumulative[language], k=self.random.randint(low, high)
        )
        return " ".join(words).capitalize() + "."

    def dispatch(self, n: int) -> Dispatch:
        r = self.random
        language = "fr" if r.random() < 0.5 else "en"
        city, _ = r.choice(CITIES)
        published, _ = self.date(2015, 2026)
        month = int(published[5:7]) if len(published) >= 7 else 1
        agency = r.choice(AGENCIES)
        if language == "fr":
            dateline = f"{city}, {r.randint(1, 28)} {MONTHS_FR[month - 1]} ({agency}) –"
        else:
            dateline = f"{city}, {MONTHS_EN[month - 1]} {r.randint(1, 28)} ({agency}) –"
        parts = [dateline]
        count = len(dateline.split())
        while count < self.words:
            sentence = self.sentence(language)
            if self.organisation_names and r.random() < 0.3:
                sentence = f"{r.choice(self.organisation_names)} : {sentence}" if language == "fr" else (
                    f"{r.choice(self.organisation_names)}: {sentence}")
            parts.append(sentence)
            count += len(sentence.split())
        text = " ".join(parts) + f"\n\n[{n}]"
        title = self.sentence(language, 5, 10).rstrip(".")
        return Dispatch(
            text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), title=title, agency=agency,
            dateline_place=city, published_on=published, language=language, source=f"wire-{n:06d}.txt",
            state=r.choice(list(DispatchState)),
        )

    def visit(self, organisation_ids: list[int], person_ids: list[int], dispatch_ids: list[int]) -> Visit:
        r = self.random
        date, precision = self.date()
        city, country = r.choice(CITIES)
        visitors = r.sample(organisation_ids, k=min(len(organisation_ids), r.randint(1, 2)))
        people = r.sample(person_ids, k=min(len(person_ids), r.randint(0, 2)))
        return Visit(
            date=date, date_precision=precision, direction=r.choice(list(VisitDirection)),
            host_id=r.choice(organisation_ids), visitor_ids=visitors,
            participants=[Participant(p, "visiting", r.choice(["head of delegation", None])) for p in people],
            city=city, country=country, summary=self.sentence(r.choice(["fr", "en"]), 10, 20),
            areas=r.sample(AREAS, k=r.randint(0, 2)),
            dispatch_id=r.choice(dispatch_ids) if dispatch_ids and r.random() < 0.7 else None,
        )

    def invitation(self, organisation_ids: list[int], dispatch_ids: list[int]) -> Invitation:
        r = self.random
        issued = self.day()
        return Invitation(
            inviter_id=r.choice(organisation_ids), invitee_id=r.choice(organisation_ids),
            direction=r.choice(list(InvitationDirection)), purpose=r.choice(list(InvitationPurpose)),
            description=self.sentence("en", 6, 14), city=r.choice(CITIES)[0], issued_on=issued,
            reply_by=f"{int(issued[:4]) + (1 if r.random() < 0.2 else 0):04d}{issued[4:]}",
            status=r.choices(list(InvitationStatus), weights=[5, 4, 1, 3, 2, 1])[0],
            dispatch_id=r.choice(dispatch_ids) if dispatch_ids and r.random() < 0.7 else None,
        )

    def agreement(self, organisation_ids: list[int]) -> Agreement:
        r = self.random
        return Agreement(
            title=f"{r.choice(['Memorandum of understanding', 'Cooperation agreement', 'Joint programme'])} "
            f"on {r.choice(FIELDS_EN).lower()}",
            kind=r.choice(list(AgreementKind)),
            party_ids=r.sample(organisation_ids, k=min(2, len(organisation_ids))),
            signed_on=self.date()[0], status=r.choice(list(AgreementStatus)),
        )

    def follow_up(self, organisation_ids: list[int]) -> FollowUp:
        r = self.random
        return FollowUp(
            description=self.sentence("en", 5, 15), owner=r.choice(OWNERS), due_on=self.day(2020, 2027),
            priority=r.choice(list(Priority)),
            status=r.choices(list(FollowUpStatus), weights=[5, 4, 1])[0],
            organisation_id=r.choice(organisation_ids),
        )


DEFAULT_SIZES = {
    "organisations": 10_000,
    "people": 20_000,
    "dispatches": 50_000,
    "visits": 100_000,
    "invitations": 30_000,
    "agreements": 5_000,
    "follow_ups": 20_000,
}


def generate(store: Store, sizes: dict[str, int], seed: int = 7, words: int = 300,
             report: bool = True) -> dict[str, float]:
    """Fill `store` through its API; returns the seconds each kind of record took."""
    writer = Writer(seed, words)
    timings: dict[str, float] = {}

    def timed(kind: str, records: Iterator) -> list[int]:
        started = time.perf_counter()
        ids = store.add_many(records)
        timings[kind] = time.perf_counter() - started
        if report:
            rate = len(ids) / timings[kind] if timings[kind] else 0
            print(f"{kind:>14}: {len(ids):>8,} in {timings[kind]:6.1f} s ({rate:,.0f}/s)", flush=True)
        return ids

    organisations = timed("organisations", (writer.organisation(n) for n in range(sizes["organisations"])))
    people = timed("people", (writer.person(organisations) for _ in range(sizes["people"])))
    dispatches = timed("dispatches", (writer.dispatch(n) for n in range(sizes["dispatches"])))
    timed("visits", (writer.visit(organisations, people, dispatches) for _ in range(sizes["visits"])))
    timed("invitations", (writer.invitation(organisations, dispatches) for _ in range(sizes["invitations"])))
    timed("agreements", (writer.agreement(organisations) for _ in range(sizes["agreements"])))
    timed("follow_ups", (writer.follow_up(organisations) for _ in range(sizes["follow_ups"])))
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="database file to create")
    for kind, size in DEFAULT_SIZES.items():
        parser.add_argument(f"--{kind.replace('_', '-')}", type=int, default=size, metavar="N")
    parser.add_argument("--words", type=int, default=300, help="words per dispatch (default 300)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    args = parser.parse_args(argv)
    if args.db.exists():
        if not args.force:
            print(f"{args.db} exists; pass --force to replace it", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    sizes = {kind: getattr(args, kind) for kind in DEFAULT_SIZES}
    started = time.perf_counter()
    with open_store(args.db) as store:
        generate(store, sizes, args.seed, args.words)
    size_mb = args.db.stat().st_size / 1e6
    print(f"{args.db}: {size_mb:,.0f} MB in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
