"""Reviewing a dispatch: its proposal resolved against the database, accepted in one transaction, or rejected.

What accept_proposal() writes, and what it decides for the items the officer left out:

- an item with `"include": false` is not written;
- a person whose organisation was left out is written without an organisation;
- a visit, invitation or agreement loses the references to organisations and people that were
  left out, and is itself left out when no organisation remains on any side (a visit between
  nobody cannot be kept); a follow-up loses the references to what was left out;
- an area left out is dropped from the visits' areas too.

An organisation or person item with `"existing_id"` is linked to that record (new aliases,
acronym and titles seen in the text are added to it); one without is linked to the record whose
name, alias or acronym is exactly the same, unless it carries `"create_new": true`.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from partnertracker.domain import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Alias,
    CooperationArea,
    DispatchState,
    Evidence,
    FollowUp,
    Invitation,
    InvitationDirection,
    InvitationPurpose,
    InvitationStatus,
    Organisation,
    OrganisationKind,
    PartialDate,
    Participant,
    Person,
    Priority,
    Role,
    StatusChange,
    Visit,
    VisitDirection,
    VisitStatus,
)
from partnertracker.errors import UserError
from partnertracker.extraction import extract
from partnertracker.extraction.text import fold_key
from partnertracker.resources import resource_path
from partnertracker.services.known import snapshot

if TYPE_CHECKING:
    from partnertracker.domain import Dispatch
    from partnertracker.store import Store

# Fuzzy scores (rapidfuzz, 0-100) above which a name is linked without the officer's word, and
# below which a record is not even offered as a candidate.
AUTO_LINK_SCORE = 92
CANDIDATE_SCORE = 75

OFFICER_NAME = "officer_name"


@dataclass(frozen=True)
class Candidate:
    """An existing record offered for "link to existing": its id, its name and how well it matches (0-100)."""

    id: int
    name: str
    score: float


@dataclass
class AcceptResult:
    """What accepting a proposal wrote: proposal item id -> record id, per kind."""

    dispatch_id: int
    organisations: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    visits: dict[str, int] = field(default_factory=dict)
    invitations: dict[str, int] = field(default_factory=dict)
    agreements: dict[str, int] = field(default_factory=dict)
    follow_ups: dict[str, int] = field(default_factory=dict)
    areas: list[str] = field(default_factory=list)
    created: dict[str, list[int]] = field(default_factory=dict)  # kind -> ids of the new records
    linked: dict[str, list[int]] = field(default_factory=dict)  # kind -> ids of existing records used
    left_out: list[str] = field(default_factory=list)  # item ids not written, the officer's or ours
    evidence_count: int = 0
    already_accepted: bool = False

    def as_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("already_accepted")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], dispatch_id: int) -> AcceptResult:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["dispatch_id"] = dispatch_id
        values["already_accepted"] = True
        return cls(**values)


# ---------------------------------------------------------------------------
# What the database knows, indexed for linking.


class _Directory:
    """Organisations and people by folded name, alias and acronym; fuzzy choices for the rest."""

    def __init__(self, store: Store) -> None:
        known = snapshot(store)
        self.organisations = {row["id"]: row for row in known.organisations}
        self.people = {row["id"]: row for row in known.people}
        organisations = known.choices("organisation")
        self.org_forms: dict[str, int] = {}
        for form, owner in zip(organisations.forms, organisations.owners, strict=True):
            self.org_forms.setdefault(form, owner)
        self.acronyms: dict[str, int] = {}
        for row in known.organisations:
            if row["acronym"]:
                self.acronyms.setdefault(row["acronym"].strip().upper(), row["id"])
        people = known.choices("person")
        self.person_forms: dict[str, list[int]] = {}
        for form, owner in zip(people.forms, people.owners, strict=True):
            self.person_forms.setdefault(form, []).append(owner)

    def exact_organisation(self, item: dict[str, Any]) -> int | None:
        for form in (item.get("name"), *(item.get("aliases") or ())):
            if form and fold_key(str(form)) in self.org_forms:
                return self.org_forms[fold_key(str(form))]
        for form in (item.get("acronym"), item.get("name")):
            if form and str(form).strip().upper() in self.acronyms:
                return self.acronyms[str(form).strip().upper()]
        return None

    def exact_person(self, item: dict[str, Any], organisation_id: int | None) -> int | None:
        matches = self.person_forms.get(fold_key(str(item.get("name") or "")), [])
        for person_id in matches:
            own = self.people[person_id]["organisation_id"]
            # A namesake at another organisation is another person.
            if organisation_id is None or own is None or own == organisation_id:
                return person_id
        return None


def link_candidates(store: Store, name: str, *, kind: str = "organisation", limit: int = 5) -> list[Candidate]:
    """Existing organisations (or people, kind="person") that `name` may be, best first.

    Exact name, alias or acronym first (score 100), then fuzzy matches (rapidfuzz) down to a
    floor, so that the "link to existing" choice offers the likely record at the top.
    """
    from rapidfuzz import fuzz, process

    if kind not in ("organisation", "person"):
        raise UserError(f"cannot link a {kind}: choose an organisation or a person")
    query = fold_key(name or "")
    if not query or limit <= 0:
        return []
    choices = snapshot(store).choices(kind)
    names = choices.names
    best: dict[int, float] = {}
    for exact in (query, name.strip().upper() if kind == "organisation" else query):
        for record_id in choices.exact.get(exact, ()):
            best[record_id] = 100.0
    for _form, score, index in process.extract(
        query, choices.forms, scorer=fuzz.WRatio, score_cutoff=CANDIDATE_SCORE, limit=max(limit * 4, 20)
    ):
        owner = choices.owners[index]
        best[owner] = max(best.get(owner, 0.0), round(float(score), 1))
    ranked = sorted(best.items(), key=lambda item: (-item[1], names[item[0]].casefold(), item[0]))
    return [Candidate(record_id, names[record_id], score) for record_id, score in ranked[:limit]]


# ---------------------------------------------------------------------------
# The proposal of a dispatch, as the review screen shows it.


def proposal_for(store: Store, dispatch_id: int) -> dict[str, Any]:
    """The dispatch's stored proposal, re-resolved against what the database knows now.

    An organisation or person accepted from another dispatch since this one was imported comes
    back with its `existing_id`; a link to a record deleted since is cleared.
    """
    dispatch = _dispatch(store, dispatch_id)
    proposal = copy.deepcopy(dispatch.proposal) if dispatch.proposal else None
    if not proposal or "organisations" not in proposal:
        from partnertracker.services.importing import known_records

        proposal = extract(dispatch.text, known=known_records(store), source_name=dispatch.source)
    _resolve(proposal, _Directory(store), store)
    _propose_receiving_people(proposal)
    return proposal


def _propose_receiving_people(proposal: dict[str, Any]) -> None:
    """The people on the receiving side, which the engine does not propose: a visit's host people
    and an invitation's invitee people are the proposal's people of that organisation ("Professor
    Adeyemi, Vice-Chancellor of the University of Lagos" for a visit the University hosted).
    Proposed once: what the officer ticked or unticked since is kept."""
    people_of: dict[str, list[Any]] = {}
    for person in _items(proposal, "people"):
        people_of.setdefault(str(person.get("organisation")), []).append(person.get("id"))
    for part, side, other in (("visits", "host", "visitor_people"), ("invitations", "invitee", "inviter_people")):
        for item in _items(proposal, part):
            if f"{side}_people" in item:
                continue
            taken = {str(p) for p in item.get(other) or []}
            ours = people_of.get(str(item.get(side)), []) if item.get(side) is not None else []
            item[f"{side}_people"] = [p for p in ours if str(p) not in taken]


def _resolve(proposal: dict[str, Any], directory: _Directory, store: Store) -> None:
    from rapidfuzz import fuzz, process

    forms = list(directory.org_forms)
    org_ids: dict[str, int | None] = {}
    for item in _items(proposal, "organisations"):
        existing = _record_id(item.get("existing_id"))
        if existing is not None and existing not in directory.organisations:
            item["existing_id"] = existing = None
        if existing is None and not item.get("create_new"):
            existing = directory.exact_organisation(item)
            name = fold_key(str(item.get("name") or ""))
            if existing is None and len(name) >= 6 and forms:
                best = process.extractOne(name, forms, scorer=fuzz.token_sort_ratio, score_cutoff=AUTO_LINK_SCORE)
                existing = directory.org_forms[best[0]] if best else None
            item["existing_id"] = existing
        org_ids[str(item.get("id"))] = item.get("existing_id")
    for item in _items(proposal, "people"):
        existing = _record_id(item.get("existing_id"))
        if existing is not None and existing not in directory.people:
            item["existing_id"] = existing = None
        if existing is None and not item.get("create_new"):
            item["existing_id"] = directory.exact_person(item, org_ids.get(str(item.get("organisation"))))


# ---------------------------------------------------------------------------
# Accepting.


def accept_proposal(store: Store, dispatch_id: int, proposal: dict[str, Any] | None = None) -> AcceptResult:
    """Write the proposal's checked items in one transaction and mark the dispatch reviewed.

    `proposal` is the review screen's edited copy; None accepts the stored one as it stands.
    Nothing is written if any item fails (a bad date, a link to a record deleted meanwhile).
    Accepting a dispatch that was already accepted writes nothing and returns what was written then.
    """
    dispatch = _dispatch(store, dispatch_id)
    stored = dispatch.proposal or {}
    if dispatch.state == DispatchState.REVIEWED and isinstance(stored.get("accepted"), dict):
        return AcceptResult.from_json(stored["accepted"], dispatch_id)
    if proposal is None:
        proposal = proposal_for(store, dispatch_id)
    elif not isinstance(proposal, dict):
        raise UserError("the proposal to accept is not a proposal (expected the review screen's JSON object)")
    proposal = copy.deepcopy(proposal)
    with store.transaction():
        writer = _ProposalWriter(store, dispatch, proposal)
        result = writer.write()
        proposal["accepted"] = result.as_json()
        store.update_dispatch(
            dispatch_id, state=DispatchState.REVIEWED, proposal=proposal, **_metadata_changes(dispatch, proposal)
        )
    return result


def _metadata_changes(dispatch: Dispatch, proposal: dict[str, Any]) -> dict[str, Any]:
    """The dispatch's title, agency, dateline, date and language as corrected on the review screen.

    The text itself never changes; an empty value in the proposal keeps what the dispatch has.
    """
    header = proposal.get("dispatch")
    if not isinstance(header, dict):
        return {}
    changes: dict[str, Any] = {}
    for name in ("title", "agency", "dateline_place", "language"):
        value = _text(header.get(name))
        if value is not None and value != getattr(dispatch, name):
            changes[name] = value
    if _text(header.get("published_on")) is not None:
        try:
            published, _ = _partial(header.get("published_on"), header.get("published_on_precision"))
        except UserError as error:
            raise UserError(f"the dispatch's publication date: {error}") from None
        if published != dispatch.published_on:
            changes["published_on"] = published
    return changes


def reject_dispatch(store: Store, dispatch_id: int) -> Dispatch:
    """Archive a dispatch: it leaves the inbox, its text stays (and can be reviewed again later)."""
    _dispatch(store, dispatch_id)
    return store.update_dispatch(dispatch_id, state=DispatchState.ARCHIVED)


class _ProposalWriter:
    """Writes one proposal; every method runs inside accept_proposal's transaction."""

    def __init__(self, store: Store, dispatch: Dispatch, proposal: dict[str, Any]) -> None:
        assert dispatch.id is not None
        self.store = store
        self.dispatch = dispatch
        self.dispatch_id = dispatch.id
        self.proposal = proposal
        self.language = (proposal.get("dispatch") or {}).get("language") or dispatch.language
        self.result = AcceptResult(dispatch_id=dispatch.id)
        self.directory = _Directory(store)
        home = store.home_organisation()
        self.home_id = home.id if home is not None else None
        self.evidence: list[Evidence] = []

    def write(self) -> AcceptResult:
        self._organisations()
        self._people()
        areas = self._areas()
        self._visits(areas)
        self._invitations()
        self._agreements()
        self._follow_ups()
        if self.evidence:
            self.store.add_many(self.evidence)
        self.result.evidence_count = len(self.evidence)
        return self.result

    # -- helpers ------------------------------------------------------------------------------

    def _included(self, item: dict[str, Any]) -> bool:
        if item.get("include", True) is False:
            self.result.left_out.append(str(item.get("id") or item.get("key")))
            return False
        return True

    def _note(self, kind: str, bucket: str, record_id: int) -> None:
        getattr(self.result, bucket).setdefault(kind, []).append(record_id)

    def _add_evidence(self, record_type: str, record_id: int, spans: Any, field_name: str) -> None:
        length = len(self.dispatch.text)
        seen: set[tuple[int, int]] = set()
        for span in spans or ():
            try:
                start, end = int(span[0]), int(span[1])
            except (TypeError, ValueError, IndexError):
                continue
            # A span edited out of the text's bounds points at nothing: it is not evidence.
            if 0 <= start < end <= length and (start, end) not in seen:
                seen.add((start, end))
                self.evidence.append(
                    Evidence(dispatch_id=self.dispatch_id, record_type=record_type, record_id=record_id,
                             start=start, end=end, field_name=field_name)
                )

    def _fail(self, item: dict[str, Any], kind: str, error: UserError) -> UserError:
        label = item.get("name") or item.get("description") or item.get("id") or kind
        return UserError(f"{kind} {item.get('id') or ''} ({label}): {error}".replace("  ", " "))

    # -- organisations --------------------------------------------------------------------------

    def _organisations(self) -> None:
        for item in _items(self.proposal, "organisations"):
            if not self._included(item):
                continue
            try:
                record_id = self._organisation(item)
            except UserError as error:
                raise self._fail(item, "organisation", error) from error
            self.result.organisations[str(item.get("id"))] = record_id
            self._add_evidence("organisation", record_id, item.get("mentions"), "mention")

    def _organisation(self, item: dict[str, Any]) -> int:
        name = str(item.get("name") or "").strip()
        acronym = (str(item.get("acronym")).strip() or None) if item.get("acronym") else None
        existing = _record_id(item.get("existing_id"))
        if existing is None and not item.get("create_new"):
            existing = self.directory.exact_organisation(item)
        if existing is not None:
            return self._link_organisation(int(existing), name, acronym, item)
        if not name and not acronym:
            raise UserError("has no name; type one or leave it out")
        aliases = []
        seen = {fold_key(name or acronym or "")}
        if acronym:
            seen.add(fold_key(acronym))
        for alias in item.get("aliases") or ():
            if alias and fold_key(str(alias)) not in seen:
                seen.add(fold_key(str(alias)))
                aliases.append(Alias(name=str(alias), language=self.language))
        organisation = self.store.add_organisation(
            Organisation(
                name=name or str(acronym),
                acronym=acronym,
                kind=_kind(item.get("kind")),
                country=_country(item.get("country")),
                aliases=aliases,
            )
        )
        assert organisation.id is not None
        self._note("organisation", "created", organisation.id)
        return organisation.id

    def _link_organisation(self, record_id: int, name: str, acronym: str | None, item: dict[str, Any]) -> int:
        organisation = self.store.get_organisation(record_id)
        if organisation is None or organisation.deleted_at is not None:
            raise UserError(
                f"is linked to partner #{record_id}, which is no longer in the database; "
                "link it to another partner or create a new one"
            )
        known = {fold_key(organisation.name)} | {fold_key(a.name) for a in organisation.aliases}
        if organisation.acronym:
            known.add(fold_key(organisation.acronym))
        new_aliases = list(organisation.aliases)
        for form in (name, *(item.get("aliases") or ())):
            if form and fold_key(str(form)) not in known:
                known.add(fold_key(str(form)))
                new_aliases.append(Alias(name=str(form), language=self.language))
        changes: dict[str, Any] = {}
        if len(new_aliases) != len(organisation.aliases):
            changes["aliases"] = new_aliases
        if acronym and not organisation.acronym:
            changes["acronym"] = acronym
        elif acronym and fold_key(acronym) not in known:
            changes.setdefault("aliases", new_aliases).append(Alias(name=acronym, language=None))
        if organisation.country is None and _country(item.get("country")):
            changes["country"] = _country(item.get("country"))
        if organisation.kind == OrganisationKind.OTHER and _kind(item.get("kind")) != OrganisationKind.OTHER:
            changes["kind"] = _kind(item.get("kind"))
        if changes:
            self.store.update_organisation(record_id, **changes)
        self._note("organisation", "linked", record_id)
        return record_id

    # -- people ----------------------------------------------------------------------------------

    def _people(self) -> None:
        for item in _items(self.proposal, "people"):
            if not self._included(item):
                continue
            try:
                record_id = self._person(item)
            except UserError as error:
                raise self._fail(item, "person", error) from error
            self.result.people[str(item.get("id"))] = record_id
            self._add_evidence("person", record_id, item.get("mentions"), "mention")

    def _person(self, item: dict[str, Any]) -> int:
        name = str(item.get("name") or "").strip()
        organisation_id = self.result.organisations.get(str(item.get("organisation")))
        title = str(item.get("title") or "").strip() or None
        honorific = str(item.get("honorific") or "").strip() or None
        existing = _record_id(item.get("existing_id"))
        if existing is None and not item.get("create_new") and name:
            existing = self.directory.exact_person(item, organisation_id)
        if existing is not None:
            person = self.store.get_person(int(existing))
            if person is None or person.deleted_at is not None:
                raise UserError(
                    f"is linked to person #{existing}, who is no longer in the database; "
                    "link to someone else or create a new person"
                )
            changes: dict[str, Any] = {}
            if title and all(fold_key(r.title) != fold_key(title) for r in person.roles):
                changes["roles"] = [*person.roles, Role(title=title, organisation_id=organisation_id)]
            if person.organisation_id is None and organisation_id is not None:
                changes["organisation_id"] = organisation_id
            if person.honorific is None and honorific:
                changes["honorific"] = honorific
            if changes:
                self.store.update_person(person.id or 0, **changes)
            self._note("person", "linked", int(existing))
            return int(existing)
        if not name:
            raise UserError("has no name; type one or leave it out")
        person = self.store.add_person(
            Person(
                name=name,
                honorific=honorific,
                organisation_id=organisation_id,
                roles=[Role(title=title, organisation_id=organisation_id)] if title else [],
            )
        )
        assert person.id is not None
        self._note("person", "created", person.id)
        return person.id

    # -- cooperation areas ----------------------------------------------------------------------

    def _areas(self) -> set[str]:
        """The area keys the officer kept (those left out are dropped from the visits too)."""
        kept: set[str] = set()
        for item in _items(self.proposal, "areas"):
            key = str(item.get("key") or "").strip()
            if not key:
                continue
            if item.get("include", True) is False:
                self.result.left_out.append(key)
                continue
            area = self._area(key, item.get("label"))
            assert area.id is not None
            kept.add(key)
            self.result.areas.append(key)
            self._add_evidence("cooperation_area", area.id, item.get("mentions"), "mention")
        return kept

    def _area(self, key: str, label: Any = None) -> CooperationArea:
        """The area in the vocabulary, added with its labels (from resources/areas.json) when new."""
        area = self.store.get_cooperation_area_by_key(key)
        if area is None:
            labels = dict((_vocabulary().get(key) or {}).get("labels") or {})
            if not labels and label and self.language:
                labels = {self.language: str(label)}
            area = self.store.add_cooperation_area(CooperationArea(key=key, labels=labels))
        return area

    # -- visits ----------------------------------------------------------------------------------

    def _visits(self, kept_areas: set[str]) -> None:
        listed = {str(a.get("key")) for a in _items(self.proposal, "areas")}
        for item in _items(self.proposal, "visits"):
            if not self._included(item):
                continue
            visitors = self._orgs(item.get("visitors"))
            host = self.result.organisations.get(str(item.get("host")))
            if not visitors and host is None:
                self.result.left_out.append(str(item.get("id")))
                continue
            participants = [Participant(person_id=p, side="visiting") for p in self._persons(item.get("visitor_people"))]
            participants += [Participant(person_id=p, side="host") for p in self._persons(item.get("host_people"))]
            if self.home_id is not None and self.home_id in visitors:
                direction = VisitDirection.OUTGOING
            elif self.home_id is not None and host == self.home_id:
                direction = VisitDirection.INCOMING
            else:
                direction = VisitDirection.EXTERNAL
            areas = [
                str(k) for k in item.get("areas") or ()
                if str(k) in kept_areas or str(k) not in listed
            ]
            for key in areas:
                if key not in kept_areas:
                    self._area(key)
            try:
                date, precision = _partial(item.get("date"), item.get("date_precision"))
                visit = self.store.add_visit(
                    Visit(
                        date=date,
                        date_precision=precision,
                        direction=direction,
                        status=_choice(VisitStatus, item.get("status"), "completed", "visit status"),
                        host_id=host,
                        visitor_ids=visitors,
                        participants=participants,
                        venue=_text(item.get("venue")),
                        city=_text(item.get("city")),
                        country=_country(item.get("country")),
                        summary=str(item.get("summary") or self._excerpt(item.get("evidence"))),
                        areas=list(dict.fromkeys(areas)),
                        dispatch_id=self.dispatch_id,
                    )
                )
            except UserError as error:
                raise self._fail(item, "visit", error) from error
            assert visit.id is not None
            self.result.visits[str(item.get("id"))] = visit.id
            self._note("visit", "created", visit.id)
            self._add_evidence("visit", visit.id, item.get("evidence"), "evidence")

    # -- invitations -----------------------------------------------------------------------------

    def _invitations(self) -> None:
        for item in _items(self.proposal, "invitations"):
            if not self._included(item):
                continue
            inviter = self.result.organisations.get(str(item.get("inviter")))
            invitee = self.result.organisations.get(str(item.get("invitee")))
            if inviter is None and invitee is None:
                self.result.left_out.append(str(item.get("id")))
                continue
            if self.home_id is not None and inviter == self.home_id:
                direction = InvitationDirection.ISSUED
            elif self.home_id is not None and invitee == self.home_id:
                direction = InvitationDirection.RECEIVED
            else:
                direction = InvitationDirection.EXTERNAL
            status = str(item.get("status") or "pending")
            try:
                issued_on, _ = _partial(item.get("issued_on"), item.get("issued_on_precision"))
                reply_by, _ = _partial(item.get("reply_by"), None)
                invitation = self.store.add_invitation(
                    Invitation(
                        inviter_id=inviter,
                        invitee_id=invitee,
                        inviter_people=self._persons(item.get("inviter_people")),
                        invitee_people=self._persons(item.get("invitee_people")),
                        direction=direction,
                        purpose=_choice(InvitationPurpose, item.get("purpose"), "visit", "purpose"),
                        description=str(item.get("description") or ""),
                        city=_text(item.get("city")),
                        country=_country(item.get("country")),
                        event=_text(item.get("event")),
                        proposed_dates=_text(item.get("proposed_dates")),
                        issued_on=issued_on,
                        reply_by=reply_by,
                        status=_choice(InvitationStatus, status, "pending", "invitation status"),
                        status_history=[StatusChange(status=status, on=self._status_date(issued_on),
                                                     note=f"from dispatch #{self.dispatch_id}")],
                        dispatch_id=self.dispatch_id,
                    )
                )
            except UserError as error:
                raise self._fail(item, "invitation", error) from error
            assert invitation.id is not None
            self.result.invitations[str(item.get("id"))] = invitation.id
            self._note("invitation", "created", invitation.id)
            self._add_evidence("invitation", invitation.id, item.get("evidence"), "evidence")

    def _status_date(self, issued_on: str | None) -> str:
        """The day the dispatch's status was true: the day issued, else the day published, else today."""
        import datetime as dt

        for value in (issued_on, self.dispatch.published_on):
            if value and len(value) == 10:
                return value
        return dt.date.today().isoformat()

    # -- agreements ------------------------------------------------------------------------------

    def _agreements(self) -> None:
        for item in _items(self.proposal, "agreements"):
            if not self._included(item):
                continue
            parties = self._orgs(item.get("parties"))
            if not parties:
                self.result.left_out.append(str(item.get("id")))
                continue
            try:
                signed_on, _ = _partial(item.get("date"), item.get("date_precision"))
                agreement = self.store.add_agreement(
                    Agreement(
                        title=str(item.get("title") or ""),
                        kind=_choice(AgreementKind, item.get("kind"), "mou", "agreement kind"),
                        party_ids=parties,
                        signatory_ids=self._persons(item.get("signatories")),
                        signed_on=signed_on,
                        valid_until=_partial(item.get("valid_until"), None)[0],
                        status=_choice(AgreementStatus, item.get("status"), "signed", "agreement status"),
                        dispatch_id=self.dispatch_id,
                    )
                )
            except UserError as error:
                raise self._fail(item, "agreement", error) from error
            assert agreement.id is not None
            self.result.agreements[str(item.get("id"))] = agreement.id
            self._note("agreement", "created", agreement.id)
            self._add_evidence("agreement", agreement.id, item.get("evidence"), "evidence")

    # -- follow-ups ------------------------------------------------------------------------------

    def _follow_ups(self) -> None:
        owner = self.store.settings_get(OFFICER_NAME)
        targets = {
            "organisation_id": self.result.organisations,
            "visit_id": self.result.visits,
            "invitation_id": self.result.invitations,
            "agreement_id": self.result.agreements,
        }
        for item in _items(self.proposal, "follow_ups"):
            if not self._included(item):
                continue
            description = str(item.get("description") or "").strip()
            if not description:
                self.result.left_out.append(str(item.get("id")))
                continue
            links: dict[str, int] = {}
            for ref in item.get("related") or ():
                for column, written in targets.items():
                    if str(ref) in written and column not in links:
                        links[column] = written[str(ref)]
            try:
                due_on, _ = _partial(item.get("due_on"), None)
                follow_up = self.store.add_follow_up(
                    FollowUp(
                        description=description,
                        owner=_text(item.get("owner")) or owner,
                        due_on=due_on,
                        priority=_choice(Priority, item.get("priority"), "normal", "priority"),
                        dispatch_id=self.dispatch_id,
                        **links,  # type: ignore[arg-type]
                    )
                )
            except UserError as error:
                raise self._fail(item, "follow-up", error) from error
            assert follow_up.id is not None
            self.result.follow_ups[str(item.get("id"))] = follow_up.id
            self._note("follow_up", "created", follow_up.id)
            self._add_evidence("follow_up", follow_up.id, item.get("evidence"), "evidence")

    # -- references ------------------------------------------------------------------------------

    def _orgs(self, refs: Any) -> list[int]:
        written = self.result.organisations
        return list(dict.fromkeys(written[str(r)] for r in refs or () if str(r) in written))

    def _persons(self, refs: Any) -> list[int]:
        written = self.result.people
        return list(dict.fromkeys(written[str(r)] for r in refs or () if str(r) in written))

    def _excerpt(self, spans: Any, limit: int = 400) -> str:
        """The words the record was read from, as its first summary."""
        for span in spans or ():
            try:
                start, end = int(span[0]), int(span[1])
            except (TypeError, ValueError, IndexError):
                continue
            if 0 <= start < end <= len(self.dispatch.text):
                words = " ".join(self.dispatch.text[start:end].split())
                return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
        return ""


# ---------------------------------------------------------------------------


def _dispatch(store: Store, dispatch_id: int) -> Dispatch:
    dispatch = store.get_dispatch(int(dispatch_id))
    if dispatch is None:
        raise UserError(f"there is no dispatch #{dispatch_id}; it may have been deleted")
    return dispatch


def _items(proposal: dict[str, Any], part: str) -> list[dict[str, Any]]:
    items = proposal.get(part) or []
    if not isinstance(items, list):
        raise UserError(f"the proposal's {part} are not a list; re-open the dispatch to review it again")
    return [item for item in items if isinstance(item, dict)]


def _record_id(value: Any) -> int | None:
    """The id of the record an item is linked to, or None; anything else is a UserError."""
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UserError(f"{value!r} is not a record to link to; choose the partner or person again") from None


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _country(value: Any) -> str | None:
    text = _text(value)
    return text.upper() if text and len(text) == 2 and text.isalpha() else None


E = TypeVar("E", bound=StrEnum)


def _choice(enum: type[E], value: Any, default: str, what: str) -> E:
    """A controlled value of the proposal, or a UserError listing the values allowed."""
    try:
        return enum(str(value or default))
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise UserError(f"{value!r} is not a valid {what}; use one of: {allowed}") from None


def _kind(value: Any) -> OrganisationKind:
    try:
        return OrganisationKind(str(value or "other"))
    except ValueError:
        return OrganisationKind.OTHER


def _partial(value: Any, precision: Any) -> tuple[str | None, Any]:
    """A date of the proposal as the store keeps it, never more precise than `precision` says."""
    text = _text(value)
    if text is None:
        return None, None
    try:
        date = PartialDate.parse(text)
    except ValueError as error:
        raise UserError(f"{error}; correct the date or leave it empty") from None
    if precision == "year":
        date = PartialDate(date.year)
    elif precision == "month" and date.month is not None:
        date = PartialDate(date.year, date.month)
    return date.isoformat(), date.precision


@cache
def _vocabulary() -> dict[str, Any]:
    with open(resource_path("areas.json"), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
