"""The records an officer keeps, as plain dataclasses and enums shared by every layer (no I/O)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

# ---------------------------------------------------------------------------
# Controlled values. The strings are what the database and the JSON hold.


class OrganisationKind(StrEnum):
    INTERGOVERNMENTAL = "intergovernmental"
    GOVERNMENT = "government"
    COMPANY = "company"
    UNIVERSITY = "university"
    NGO = "ngo"
    FOUNDATION = "foundation"
    MEDIA = "media"
    OTHER = "other"


class RelationshipStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    FORMER = "former"


class DispatchState(StrEnum):
    NEW = "new"
    REVIEWED = "reviewed"
    ARCHIVED = "archived"


class VisitDirection(StrEnum):
    OUTGOING = "outgoing"  # home people visit a partner
    INCOMING = "incoming"  # a partner visits home
    EXTERNAL = "external"  # between two others


class VisitStatus(StrEnum):
    COMPLETED = "completed"
    PLANNED = "planned"


class InvitationDirection(StrEnum):
    ISSUED = "issued"  # home invites
    RECEIVED = "received"  # home is invited
    EXTERNAL = "external"


class InvitationStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    HONOURED = "honoured"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


class InvitationPurpose(StrEnum):
    VISIT = "visit"  # a visit to a place
    EVENT = "event"  # attend or take part in an event
    TALK = "talk"  # speak at an event
    OTHER = "other"


class AgreementKind(StrEnum):
    MOU = "mou"
    COOPERATION_AGREEMENT = "cooperation-agreement"
    PROGRAMME = "programme"
    OTHER = "other"


class AgreementStatus(StrEnum):
    PLANNED = "planned"
    SIGNED = "signed"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


# ---------------------------------------------------------------------------
# Dates never more precise than the source: "2025", "2025-07" or "2025-07-14".

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or the year."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # Validates month and day ranges (raises ValueError on 2025-02-30).
        dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    def isoformat(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.isoformat()

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD"; ValueError with a readable message otherwise."""
        match = _PARTIAL_DATE.match(text.strip())
        if not match:
            raise ValueError(f"not a date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            return cls(year, month, day)
        except ValueError:
            raise ValueError(f"not a date: {text!r}") from None

    @classmethod
    def from_date(cls, value: dt.date, precision: DatePrecision = DatePrecision.DAY) -> PartialDate:
        if precision is DatePrecision.YEAR:
            return cls(value.year)
        if precision is DatePrecision.MONTH:
            return cls(value.year, value.month)
        return cls(value.year, value.month, value.day)


# ---------------------------------------------------------------------------
# Records. `id` is the database's integer key (None before it is stored);
# `uuid`, `created_at`, `updated_at` and `deleted_at` are set by the store.


@dataclass
class Record:
    id: int | None = field(default=None, kw_only=True)
    uuid: str | None = field(default=None, kw_only=True)
    created_at: str | None = field(default=None, kw_only=True)
    updated_at: str | None = field(default=None, kw_only=True)
    deleted_at: str | None = field(default=None, kw_only=True)


@dataclass
class Alias(Record):
    name: str
    language: str | None = None  # "fr", "en", "ar", "es" or None


@dataclass
class Site(Record):
    label: str  # "headquarters", "Beijing campus", ...
    city: str | None = None
    country: str | None = None  # ISO 3166 alpha-2


@dataclass
class Organisation(Record):
    name: str
    acronym: str | None = None
    kind: OrganisationKind = OrganisationKind.OTHER
    country: str | None = None  # ISO 3166 alpha-2
    hq_city: str | None = None
    website: str | None = None
    status: RelationshipStatus = RelationshipStatus.PROSPECT
    notes: str = ""
    is_home: bool = False
    aliases: list[Alias] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)


@dataclass
class Role(Record):
    """A title a person held, at an organisation, between two dates (titles change)."""

    title: str
    organisation_id: int | None = None
    started_on: str | None = None  # PartialDate iso
    ended_on: str | None = None


@dataclass
class Person(Record):
    name: str
    honorific: str | None = None  # Dr, M., Mme, H.E., Prof.
    organisation_id: int | None = None
    email: str | None = None
    phone: str | None = None
    notes: str = ""
    roles: list[Role] = field(default_factory=list)


@dataclass
class Dispatch(Record):
    """The source text, kept verbatim and never changed."""

    text: str
    sha256: str
    title: str | None = None
    agency: str | None = None
    dateline_place: str | None = None
    published_on: str | None = None  # PartialDate iso
    language: str | None = None
    source: str | None = None  # URL or file name
    state: DispatchState = DispatchState.NEW
    proposal: dict | None = None  # the extraction proposal awaiting review (JSON)


@dataclass
class Participant(Record):
    """A person taking part in a visit, on the visiting or the host side."""

    person_id: int
    side: str = "visiting"  # "visiting" or "host"
    role: str | None = None  # role in the delegation: "head of delegation", ...


@dataclass
class Visit(Record):
    date: str | None = None  # PartialDate iso
    date_precision: DatePrecision | None = None
    direction: VisitDirection = VisitDirection.EXTERNAL
    status: VisitStatus = VisitStatus.COMPLETED
    host_id: int | None = None
    visitor_ids: list[int] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    venue: str | None = None
    city: str | None = None
    country: str | None = None
    summary: str = ""
    areas: list[str] = field(default_factory=list)  # cooperation area keys
    dispatch_id: int | None = None
    invitation_id: int | None = None  # the invitation this visit honours


@dataclass
class StatusChange(Record):
    status: str
    on: str  # ISO date the status was set
    note: str = ""


@dataclass
class Invitation(Record):
    inviter_id: int | None = None
    invitee_id: int | None = None
    inviter_people: list[int] = field(default_factory=list)
    invitee_people: list[int] = field(default_factory=list)
    direction: InvitationDirection = InvitationDirection.EXTERNAL
    purpose: InvitationPurpose = InvitationPurpose.VISIT
    description: str = ""
    city: str | None = None
    country: str | None = None
    event: str | None = None
    proposed_dates: str | None = None
    issued_on: str | None = None  # PartialDate iso
    reply_by: str | None = None
    status: InvitationStatus = InvitationStatus.PENDING
    status_history: list[StatusChange] = field(default_factory=list)
    honoured_by_visit_id: int | None = None
    dispatch_id: int | None = None


@dataclass
class Agreement(Record):
    title: str = ""
    kind: AgreementKind = AgreementKind.MOU
    party_ids: list[int] = field(default_factory=list)
    signatory_ids: list[int] = field(default_factory=list)
    signed_on: str | None = None  # PartialDate iso
    valid_until: str | None = None
    status: AgreementStatus = AgreementStatus.SIGNED
    dispatch_id: int | None = None


@dataclass
class FollowUp(Record):
    description: str
    owner: str | None = None
    due_on: str | None = None  # ISO date
    priority: Priority = Priority.NORMAL
    status: FollowUpStatus = FollowUpStatus.OPEN
    organisation_id: int | None = None
    visit_id: int | None = None
    invitation_id: int | None = None
    agreement_id: int | None = None
    dispatch_id: int | None = None


@dataclass
class CooperationArea(Record):
    key: str  # English slug: "artificial-intelligence"
    labels: dict[str, str] = field(default_factory=dict)  # language -> label


@dataclass
class Evidence(Record):
    """The words of a dispatch that support a record: dispatch, character span."""

    dispatch_id: int
    record_type: str  # "organisation", "person", "visit", ...
    record_id: int
    start: int
    end: int
    field_name: str | None = None


@dataclass
class HistoryEntry(Record):
    record_type: str
    record_id: int
    field_name: str
    old: str | None
    new: str | None
    changed_at: str
