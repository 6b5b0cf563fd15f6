"""The proposal: the pipeline's findings as the JSON contract `partnertracker.proposal/1`."""

from __future__ import annotations

from typing import Any

from partnertracker.domain import PartialDate
from partnertracker.extraction.areas import AreaFound
from partnertracker.extraction.events import Events
from partnertracker.extraction.model import Header, Mentions

SCHEMA = "partnertracker.proposal/1"


def empty_proposal(language: str | None = None, source_name: str | None = None) -> dict[str, Any]:
    proposal: dict[str, Any] = {
        "schema": SCHEMA,
        "dispatch": {"agency": None, "dateline_place": None, "published_on": None, "language": language, "title": None},
        "organisations": [],
        "people": [],
        "visits": [],
        "invitations": [],
        "agreements": [],
        "areas": [],
        "follow_ups": [],
    }
    if source_name is not None:
        proposal["dispatch"]["source"] = source_name
    return proposal


def _date(value: PartialDate | None) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    return value.isoformat(), value.precision.value


def _spans(spans) -> list[list[int]]:
    return [[int(s), int(e)] for s, e in sorted(set(spans))]


def build_proposal(
    header: Header, language: str, mentions: Mentions, events: Events, areas: list[AreaFound], source_name: str | None
) -> dict[str, Any]:
    proposal = empty_proposal(language, source_name)
    published, precision = _date(header.published_on)
    dispatch = proposal["dispatch"]
    dispatch.update(
        {
            "agency": header.agency,
            "dateline_place": header.dateline_place_text,
            "published_on": published,
            "published_on_precision": precision,
            "language": language,
            "title": header.title,
        }
    )
    if header.dateline_place is not None:
        dispatch["dateline_city"] = None if header.dateline_place.is_country else header.dateline_place.name
        dispatch["dateline_country"] = header.dateline_place.country

    def org_id(index: int | None) -> str | None:
        return f"o{index + 1}" if index is not None else None

    def person_id(index: int | None) -> str | None:
        return f"p{index + 1}" if index is not None else None

    for index, org in enumerate(mentions.organisations):
        proposal["organisations"].append(
            {
                "id": org_id(index),
                "name": org.name,
                "acronym": org.acronym,
                "kind": org.kind or "other",
                "country": org.country,
                # The full name is also listed as an alias when there is an acronym: the store keeps
                # "ICESCO" findable by its full French name whichever form the officer makes canonical.
                "aliases": [a for a in org.aliases if a != org.name or org.acronym],
                "mentions": _spans(org.mentions),
                "confidence": round(org.confidence, 2),
                "existing_id": org.existing_id,
            }
        )
    for index, person in enumerate(mentions.people):
        proposal["people"].append(
            {
                "id": person_id(index),
                "name": person.name,
                "honorific": person.honorific,
                "title": person.title,
                "organisation": org_id(person.organisation),
                "mentions": _spans(person.mentions),
                "confidence": round(person.confidence, 2),
                "existing_id": person.existing_id,
            }
        )
    for index, visit in enumerate(events.visits):
        date, date_precision = _date(visit.date)
        proposal["visits"].append(
            {
                "id": f"v{index + 1}",
                "visitors": [org_id(i) for i in visit.visitors],
                "visitor_people": [person_id(i) for i in visit.visitor_people],
                "host": org_id(visit.host),
                "venue": visit.venue,
                "city": visit.city,
                "country": visit.country,
                "date": date,
                "date_precision": date_precision,
                "status": visit.status,
                "areas": list(visit.areas),
                "evidence": _spans(visit.evidence),
                "confidence": round(visit.confidence, 2),
            }
        )
    for index, invitation in enumerate(events.invitations):
        issued, issued_precision = _date(invitation.issued_on)
        proposal["invitations"].append(
            {
                "id": f"i{index + 1}",
                "inviter": org_id(invitation.inviter),
                "invitee": org_id(invitation.invitee),
                "inviter_people": [person_id(i) for i in invitation.inviter_people],
                "purpose": invitation.purpose,
                "description": invitation.description,
                "city": invitation.city,
                "country": invitation.country,
                "event": invitation.event,
                "issued_on": issued,
                "issued_on_precision": issued_precision,
                "status": invitation.status,
                "evidence": _spans(invitation.evidence),
                "confidence": round(invitation.confidence, 2),
            }
        )
    for index, agreement in enumerate(events.agreements):
        date, date_precision = _date(agreement.date)
        proposal["agreements"].append(
            {
                "id": f"a{index + 1}",
                "parties": [org_id(i) for i in agreement.parties],
                "kind": agreement.kind,
                "title": agreement.title,
                "status": agreement.status,
                "date": date,
                "date_precision": date_precision,
                "evidence": _spans(agreement.evidence),
                "confidence": round(agreement.confidence, 2),
            }
        )
    for area in areas:
        proposal["areas"].append({"key": area.key, "label": area.label, "mentions": _spans(area.mentions)})
    prefixes = {"organisation": "o", "invitation": "i", "visit": "v", "agreement": "a"}
    for follow_up in events.follow_ups:
        due, _ = _date(follow_up.due_on)
        proposal["follow_ups"].append(
            {
                "id": None,
                "description": follow_up.description,
                "related": [f"{prefixes[kind]}{i + 1}" for kind, i in follow_up.related],
                "due_on": due,
                "evidence": _spans(follow_up.evidence),
                "confidence": round(follow_up.confidence, 2),
            }
        )
    names = {o["id"]: o["acronym"] or o["name"] for o in proposal["organisations"]}
    for invitation in proposal["invitations"]:
        if invitation["status"] != "pending":
            continue
        # An unanswered invitation is itself something to follow up.
        what = invitation["event"] or ", ".join(x for x in (invitation["city"], invitation["country"]) if x) or invitation["purpose"]
        proposal["follow_ups"].append({
            "id": None,
            "description": f"answer to the invitation from {names.get(invitation['inviter'], '?')} "
                           f"to {names.get(invitation['invitee'], '?')} ({invitation['purpose']}: {what})",
            "related": [invitation["id"]],
            "due_on": None,
            "evidence": list(invitation["evidence"]),
            "confidence": 0.5,
        })
    for index, follow_up in enumerate(proposal["follow_ups"]):
        follow_up["id"] = f"f{index + 1}"
    return proposal
