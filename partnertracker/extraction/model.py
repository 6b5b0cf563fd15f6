"""The plain data the pipeline stages pass to one another (no behaviour beyond small helpers)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from partnertracker.domain import PartialDate
from partnertracker.extraction.gazetteer import Place

Span = tuple[int, int]


@dataclass
class Header:
    """What the first lines say about the dispatch itself."""

    title: str | None = None
    agency: str | None = None
    dateline_place: Place | None = None
    dateline_place_text: str | None = None
    published_on: PartialDate | None = None
    body_start: int = 0
    dateline_span: Span | None = None
    year_assumed: bool = False  # "NAIROBI, Sept 25 (Reuters)": the year is the latest one not ahead of today


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class OrganisationFound:
    name: str
    acronym: str | None = None
    kind: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 0.6
    existing_id: int | None = None
    hq_city: str | None = None

    def surface_forms(self) -> list[str]:
        forms = [self.name, *self.aliases]
        if self.acronym:
            forms.append(self.acronym)
        return [f for f in dict.fromkeys(forms) if f]


@dataclass
class PersonFound:
    name: str
    honorific: str | None = None
    title: str | None = None
    organisation: int | None = None  # index into Mentions.organisations
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 0.6
    existing_id: int | None = None

    @property
    def surname(self) -> str:
        parts = [p for p in self.name.split() if not p.endswith(".")]
        return parts[-1] if parts else self.name


@dataclass
class PlaceFound:
    start: int
    end: int
    place: Place
    in_organisation: bool = False


@dataclass
class RoleMention:
    """A title standing for a person: "le Directeur général de l'Organisation"."""

    start: int
    end: int
    title: str
    person: int | None = None
    organisation_at: int | None = None  # offset of the organisation words inside the mention
    organisation: int | None = None  # set when coreference corrects the organisation


class SpanIndex:
    """Disjoint spans kept sorted, so that "does this overlap?" costs a bisection, not a scan."""

    def __init__(self, spans=()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        at = bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_left(self.starts, end)
        return at > 0 and self.ends[at - 1] > start

    def covers(self, start: int, end: int) -> bool:
        at = bisect_right(self.starts, start)
        return at > 0 and self.ends[at - 1] >= end


@dataclass
class Mentions:
    organisations: list[OrganisationFound] = field(default_factory=list)
    org_spans: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, organisation index
    people: list[PersonFound] = field(default_factory=list)
    person_spans: list[tuple[int, int, int]] = field(default_factory=list)
    places: list[PlaceFound] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)

    def organisation_at(self, start: int, end: int | None = None) -> int | None:
        end = start + 1 if end is None else end
        spans = self._sorted_org_spans()
        at = bisect_left(spans, (end,)) - 1
        # Spans are sorted by start; look back over the few that start before `end`.
        while at >= 0:
            s, e, index = spans[at]
            if e > start:
                return index
            if s < start - 400:  # no organisation name is that long
                break
            at -= 1
        return None

    def _sorted_org_spans(self) -> list[tuple[int, int, int]]:
        cached = self.__dict__.get("_org_sorted")
        if cached is None or cached[0] != len(self.org_spans):
            cached = (len(self.org_spans), sorted(self.org_spans))
            self.__dict__["_org_sorted"] = cached
        return cached[1]

    def occupied(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e, _ in self.org_spans) or any(
            s < end and start < e for s, e, _ in self.person_spans
        )


@dataclass
class FoundDate:
    start: int
    end: int
    date: PartialDate
    relative: bool = False
    yearless: bool = False  # "en janvier", "14 juillet": the year was the dispatch's
