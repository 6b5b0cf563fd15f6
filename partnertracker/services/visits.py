"""Visits logged by hand (no dispatch): checked like those read from dispatches, with clear messages."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from partnertracker.domain import DatePrecision, PartialDate, Visit, VisitDirection
from partnertracker.errors import UserError

if TYPE_CHECKING:
    from partnertracker.store import Store


def log_visit(store: Store, visit: Visit, *, direction_from_home: bool = True) -> Visit:
    """Store a visit typed by the officer, after checking what a form cannot check by itself.

    The date is YYYY, YYYY-MM or YYYY-MM-DD and its precision is the one it is written with (a
    precision more exact than the date is refused). Host and visitors must be partners in the
    database. The direction is worked out from the home organisation unless told otherwise
    (`direction_from_home=False` keeps the one given). A visit that names the invitation it
    honours (`invitation_id`) marks that invitation honoured, in the same transaction.
    """
    date = _date(visit.date)
    precision = _precision(visit.date_precision)
    if date is not None:
        if precision is not None and _order(precision) > _order(date.precision):
            raise UserError(
                f"the date {date.isoformat()} is known to the {date.precision.value} only: "
                f"it cannot have {precision.value} precision; type the full date or choose {date.precision.value}"
            )
        if precision is not None and _order(precision) < _order(date.precision):
            date = PartialDate.parse(date.isoformat()[: {"year": 4, "month": 7}[precision.value]])
        precision = date.precision
    elif precision is not None:
        raise UserError("a visit with no date cannot have a date precision; type the date or clear the precision")
    if not visit.visitor_ids and visit.host_id is None:
        raise UserError("a visit needs a visiting side or a host: choose at least one partner")
    for organisation_id in [*visit.visitor_ids, *([visit.host_id] if visit.host_id is not None else [])]:
        organisation = store.get_organisation(int(organisation_id))
        if organisation is None or organisation.deleted_at is not None:
            raise UserError(f"there is no partner #{organisation_id}; choose the partner again")
    if visit.host_id is not None and visit.host_id in visit.visitor_ids:
        raise UserError("a partner cannot visit itself: the host is also on the visiting side")
    for participant in visit.participants:
        person = store.get_person(int(participant.person_id))
        if person is None or person.deleted_at is not None:
            raise UserError(f"there is no person #{participant.person_id}; choose the participant again")
    if visit.country is not None and not (len(visit.country) == 2 and visit.country.isalpha()):
        raise UserError(f"{visit.country!r} is not a country code; use the two-letter ISO code (MA, FR, CN)")
    invitation = None
    if visit.invitation_id is not None:
        invitation = store.get_invitation(int(visit.invitation_id))
        if invitation is None or invitation.deleted_at is not None:
            raise UserError(f"there is no invitation #{visit.invitation_id}; choose the invitation again")
    direction = visit.direction
    if direction_from_home:
        direction = visit_direction(store, visit.visitor_ids, visit.host_id)
    record = dataclasses.replace(
        visit,
        date=date.isoformat() if date else None,
        date_precision=precision,
        direction=direction,
        country=visit.country.upper() if visit.country else None,
    )
    if invitation is None:
        return store.add_visit(record)
    from partnertracker.services.invitations import honour

    with store.transaction():
        stored = store.add_visit(dataclasses.replace(record, invitation_id=None))
        assert stored.id is not None
        honour(store, int(visit.invitation_id or 0), visit_id=stored.id)
        return store.get_visit(stored.id) or stored


def visit_direction(store: Store, visitor_ids: list[int], host_id: int | None) -> VisitDirection:
    """Outgoing when home people visit, incoming when home hosts, external otherwise (DESIGN.md)."""
    home = store.home_organisation()
    if home is not None and home.id in visitor_ids:
        return VisitDirection.OUTGOING
    if home is not None and host_id == home.id:
        return VisitDirection.INCOMING
    return VisitDirection.EXTERNAL


def _date(value: object) -> PartialDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, PartialDate):
        return value
    try:
        return PartialDate.parse(str(value))
    except ValueError:
        raise UserError(
            f"{value!r} is not a valid visit date; write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-07-14)"
        ) from None


def _precision(value: object) -> DatePrecision | None:
    if value is None or value == "":
        return None
    try:
        return DatePrecision(str(value))
    except ValueError:
        raise UserError(f"{value!r} is not a date precision; use day, month or year") from None


def _order(precision: DatePrecision) -> int:
    return {DatePrecision.YEAR: 0, DatePrecision.MONTH: 1, DatePrecision.DAY: 2}[precision]
