"""Resolution against the database: organisations and people already known keep their record id."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from partnertracker.extraction.grammar import word_set
from partnertracker.extraction.lexicon import lexicon
from partnertracker.extraction.model import Mentions
from partnertracker.extraction.text import LETTERS, fold, fold_key

FUZZY_ORGANISATION = 90
FUZZY_PERSON = 92


@dataclass(frozen=True)
class KnownOrganisation:
    id: int
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class KnownPerson:
    id: int
    name: str
    organisation_id: int | None = None


@dataclass
class _Index:
    """The lookups resolution makes against what the database holds, built once for all the
    dispatches of an import: with tens of thousands of records they cost more than the reading."""

    records: dict[int, KnownOrganisation]
    by_form: dict[str, int]  # folded name or alias -> first record that has it
    by_short: dict[str, int]  # company names on file without their legal words
    by_acronym: dict[str, int]
    sorted_forms: list[str]  # each name or alias on file, folded, its words sorted (fuzzy matching:
    # token_sort_ratio as a plain ratio); sorted_owners[i] is the last record that has it
    sorted_owners: list[int]
    people: dict[str, KnownPerson]
    sorted_people: list[str]
    sorted_people_owners: list[KnownPerson]


@dataclass
class KnownRecords:
    """What the database already holds, as plain rows: organisations and people.

    The lists are read when the first dispatch is resolved against them and not after: make a new
    KnownRecords when the database changes."""

    organisations: list[Any] = field(default_factory=list)
    people: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.organisations = [_organisation(row) for row in self.organisations]
        self.people = [_person(row) for row in self.people]
        self._index: _Index | None = None
        self._names: NameIndex | None = None

    def index(self) -> _Index:
        if self._index is None:
            self._index = _build_index(self)
        return self._index

    def names_by_first_word(self) -> NameIndex:
        """Every name, acronym and alias on file, filed under its first run of letters: a dispatch
        is searched for the names whose first word it holds, not for each name on file in turn."""
        if self._names is None:
            self._names = _name_index(self.organisations)
        return self._names

    @classmethod
    def from_rows(cls, organisations: Iterable[Any] = (), people: Iterable[Any] = ()) -> KnownRecords:
        """Rows as tuples (id, name, acronym, aliases, kind, country) / (id, name, organisation_id), dicts or dataclasses."""
        return cls(list(organisations), list(people))


def _organisation(row: Any) -> KnownOrganisation:
    if isinstance(row, KnownOrganisation):
        return row
    if isinstance(row, dict):
        return KnownOrganisation(
            int(row["id"]), row["name"], row.get("acronym"), tuple(row.get("aliases") or ()), row.get("kind"), row.get("country")
        )
    if hasattr(row, "name") and hasattr(row, "id") and not isinstance(row, tuple):
        names = tuple(getattr(a, "name", a) for a in (getattr(row, "aliases", None) or ()))
        kind = getattr(row, "kind", None)
        return KnownOrganisation(int(row.id), row.name, getattr(row, "acronym", None), names,
                                 str(kind) if kind is not None else None, getattr(row, "country", None))
    values = list(row) + [None] * (6 - len(row))
    raw = values[3]
    aliases = [a for a in raw.split("|") if a] if isinstance(raw, str) else list(raw or ())
    return KnownOrganisation(int(values[0]), values[1], values[2], tuple(aliases), values[4], values[5])


def _person(row: Any) -> KnownPerson:
    if isinstance(row, KnownPerson):
        return row
    if isinstance(row, dict):
        return KnownPerson(int(row["id"]), row["name"], row.get("organisation_id"))
    if hasattr(row, "name") and hasattr(row, "id") and not isinstance(row, tuple):
        return KnownPerson(int(row.id), row.name, getattr(row, "organisation_id", None))
    values = list(row) + [None] * (3 - len(row))
    return KnownPerson(int(values[0]), values[1], values[2])


@dataclass(frozen=True)
class NameForm:
    """One way the database writes an organisation, as the text must show it."""

    order: int  # the record's place in the list, then the form's: the order candidates were always made in
    form_order: int
    record: KnownOrganisation
    needle: str  # folded, or as written when exact_case
    exact_case: bool


@dataclass
class NameIndex:
    # first run of letters -> (names of that one run, {second run: names}); the text's runs at a
    # name's place are the name's own, so both are looked up rather than every name tried
    by_first_run: dict[str, tuple[list[NameForm], dict[str, list[NameForm]]]]
    others: list[NameForm]  # forms that do not start with a letter ("3M"): searched in full

    def all_forms(self) -> list[NameForm]:
        return [n for alone, by_second in self.by_first_run.values() for n in [*alone, *(m for ms in by_second.values() for m in ms)]]




def _name_index(organisations: list[KnownOrganisation]) -> NameIndex:
    index = NameIndex({}, [])
    for order, record in enumerate(organisations):
        forms: list[tuple[str, bool]] = [(record.name, False)]
        if record.acronym:
            forms.append((record.acronym, True))
        forms += [(alias, alias.isupper() and len(alias) <= 10) for alias in record.aliases]
        for form_order, (form, exact_case) in enumerate(forms):
            written = " ".join(form.split())
            if len(written) < 2:
                continue
            folded = fold(written)
            name = NameForm(order, form_order, record, written if exact_case else folded, exact_case)
            runs = LETTERS.findall(folded)
            if not runs or not folded.startswith(runs[0]):
                index.others.append(name)
                continue
            alone, by_second = index.by_first_run.setdefault(runs[0], ([], {}))
            if len(runs) == 1:
                alone.append(name)
            else:
                by_second.setdefault(runs[1], []).append(name)
    return index


def _build_index(known: KnownRecords) -> _Index:
    by_form: dict[str, int] = {}
    choices: dict[str, int] = {}
    by_acronym: dict[str, int] = {}
    by_short: dict[str, int] = {}
    for record in known.organisations:
        for form in (record.name, *record.aliases):
            if form:
                by_form.setdefault(fold_key(form), record.id)
                choices[fold_key(form)] = record.id
        if record.kind in (None, "company"):
            # "Huawei" in the text is the "Huawei Technologies Co., Ltd." on file.
            for short in _without_company_tails(fold_key(record.name)):
                by_short.setdefault(short, record.id)
        if record.acronym:
            by_acronym.setdefault(record.acronym.upper(), record.id)
    people = {fold_key(p.name): p for p in known.people}
    return _Index(
        records={o.id: o for o in known.organisations},
        by_form=by_form,
        by_short=by_short,
        by_acronym=by_acronym,
        sorted_forms=[_sorted_words(form) for form in choices],
        sorted_owners=list(choices.values()),
        people=people,
        sorted_people=[_sorted_words(name) for name in people],
        sorted_people_owners=list(people.values()),
    )


def _sorted_words(key: str) -> str:
    return " ".join(sorted(key.split()))


def _closest(key: str, sorted_choices: list[str], cutoff: float) -> int | None:
    """Where in `sorted_choices` the best match of `key` by token_sort_ratio is (the first of equals),
    if it reaches `cutoff`: the same answer as process.extractOne with that scorer over the forms."""
    from rapidfuzz import fuzz, process  # only when the database knows someone: saves start-up time

    best = process.extractOne(_sorted_words(key), sorted_choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return best[2] if best is not None else None


def resolve(mentions: Mentions, known: KnownRecords | None) -> None:
    """Set existing_id on organisations and people the database already knows."""
    if known is None:
        return
    index = known.index()
    for org in mentions.organisations:
        if org.existing_id is None:
            org.existing_id = _match_organisation(org, index)
        if org.existing_id is not None and org.existing_id in index.records:
            record = index.records[org.existing_id]
            org.kind = org.kind or record.kind
            org.country = org.country or record.country
            org.acronym = org.acronym or record.acronym
            org.confidence = max(org.confidence, 0.9)
    _resolve_people(mentions, index)


def _match_organisation(org, index: _Index) -> int | None:
    for form in org.surface_forms():
        key = fold_key(form)
        if key in index.by_form:
            return index.by_form[key]
    if org.kind in (None, "company"):
        if fold_key(org.name) in index.by_short:
            return index.by_short[fold_key(org.name)]
        # ... and "Huawei Technologies Ltd" in the text is the "Huawei" on file (but two names
        # that only share their first word, "Nimbus Systems" and "Nimbus Analytics", are not one).
        for short in _without_company_tails(fold_key(org.name)):
            if short in index.by_form:
                return index.by_form[short]
    if org.acronym and org.acronym.upper() in index.by_acronym:
        return index.by_acronym[org.acronym.upper()]
    if not index.sorted_forms or len(fold_key(org.name)) < 6:
        return None
    best = _closest(fold_key(org.name), index.sorted_forms, FUZZY_ORGANISATION)
    return index.sorted_owners[best] if best is not None else None


def _without_company_tails(key: str) -> list[str]:
    """The name with its trailing company words taken off one by one ("huawei technologies co ltd" ->
    "huawei technologies co", "huawei technologies", "huawei"); never down to nothing, nor to a
    word too short to tell companies apart. An abbreviation such as "Co" (company_name_abbreviations)
    comes off too."""
    tails = lexicon().tails
    abbreviations = word_set("company_name_abbreviations")
    words = key.split()
    shorter: list[str] = []
    while len(words) > 1 and (words[-1] in abbreviations or tails.get(words[-1]) == "company"):
        words = words[:-1]
        if len(" ".join(words)) >= 4:
            shorter.append(" ".join(words))
    return shorter


def _resolve_people(mentions: Mentions, index: _Index) -> None:
    if not index.people:
        return
    org_ids = {i: org.existing_id for i, org in enumerate(mentions.organisations)}
    for person in mentions.people:
        key = fold_key(person.name)
        record = index.people.get(key)
        if record is None:
            best = _closest(key, index.sorted_people, FUZZY_PERSON)
            record = index.sorted_people_owners[best] if best is not None else None
        if record is None:
            continue
        own = org_ids.get(person.organisation) if person.organisation is not None else None
        if own is not None and record.organisation_id is not None and own != record.organisation_id:
            continue  # a namesake at another organisation
        person.existing_id = record.id
