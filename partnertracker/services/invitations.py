"""The invitation lifecycle: answered, honoured by a visit, expired or withdrawn; follow-ups; what is pending."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from partnertracker.domain import FollowUp, Invitation, InvitationStatus, PartialDate, Visit
from partnertracker.errors import UserError

if TYPE_CHECKING:
    from partnertracker.store import Page, Store

PENDING, ACCEPTED, DECLINED, HONOURED, EXPIRED, WITHDRAWN = (
    InvitationStatus.PENDING, InvitationStatus.ACCEPTED, InvitationStatus.DECLINED,
    InvitationStatus.HONOURED, InvitationStatus.EXPIRED, InvitationStatus.WITHDRAWN,
)

# Where an invitation may go from each status. An answer can be corrected (accepted <-> declined);
# honoured is final; an expired or withdrawn invitation may be revived as pending.
TRANSITIONS: dict[InvitationStatus, frozenset[InvitationStatus]] = {
    PENDING: frozenset({ACCEPTED, DECLINED, HONOURED, EXPIRED, WITHDRAWN}),
    ACCEPTED: frozenset({DECLINED, HONOURED, EXPIRED, WITHDRAWN}),
    DECLINED: frozenset({ACCEPTED, PENDING}),
    EXPIRED: frozenset({PENDING, ACCEPTED, DECLINED}),
    WITHDRAWN: frozenset({PENDING}),
    HONOURED: frozenset(),
}

OFFICER_NAME = "officer_name"


def _status(value: InvitationStatus | str) -> InvitationStatus:
    try:
        return InvitationStatus(str(value))
    except ValueError:
        allowed = ", ".join(s.value for s in InvitationStatus)
        raise UserError(f"{value!r} is not an invitation status; use one of: {allowed}") from None


def _day(on: str | dt.date | None, what: str = "date") -> str:
    """A status date: a whole day (the status was set on a day), today when not given."""
    if on is None:
        return dt.date.today().isoformat()
    if isinstance(on, dt.date):
        return on.isoformat()
    try:
        date = PartialDate.parse(str(on))
    except ValueError:
        raise UserError(f"{on!r} is not a valid {what}; write it as YYYY-MM-DD") from None
    if date.day is None:
        raise UserError(f"the {what} {on!r} needs a day; write it as YYYY-MM-DD")
    return date.isoformat()


def _invitation(store: Store, invitation_id: int) -> Invitation:
    invitation = store.get_invitation(int(invitation_id))
    if invitation is None or invitation.deleted_at is not None:
        raise UserError(f"there is no invitation #{invitation_id}; it may have been deleted")
    return invitation


def set_status(
    store: Store, invitation_id: int, status: InvitationStatus | str, on: str | dt.date | None = None, note: str = ""
) -> Invitation:
    """Record an answer or an end (accepted, declined, expired, withdrawn, pending again) with its date.

    `honoured` goes through honour(), which links the visit. A move the lifecycle does not allow
    (a declined invitation cannot expire, an honoured one is final) is refused with a UserError.
    """
    new = _status(status)
    if new is HONOURED:
        raise UserError("an invitation is honoured by a visit: use “honoured” and pick or create the visit")
    with store.transaction():
        invitation = _invitation(store, invitation_id)
        _check_transition(invitation, new)
        return store.set_invitation_status(invitation_id, new, on=_day(on, "status date"), note=note)


def _check_transition(invitation: Invitation, new: InvitationStatus) -> None:
    current = InvitationStatus(invitation.status)
    if new == current:
        raise UserError(f"invitation #{invitation.id} is already {current.value}")
    if new not in TRANSITIONS[current]:
        raise UserError(
            f"invitation #{invitation.id} is {current.value}: it cannot become {new.value}"
            + ("" if TRANSITIONS[current] else " (an honoured invitation is final)")
        )


def honour(
    store: Store, invitation_id: int, visit_id: int | None = None, visit: Visit | None = None, note: str = ""
) -> Invitation:
    """Mark an invitation honoured by a visit: an existing one (`visit_id`) or a new one (`visit`).

    The visit records the invitation it honours, and the status is dated the day of the visit
    (today when the visit's date is not known to the day). One transaction.
    """
    if (visit_id is None) == (visit is None):
        raise UserError("to mark an invitation honoured, pick the visit that honoured it or describe a new one")
    with store.transaction():
        invitation = _invitation(store, invitation_id)
        _check_transition(invitation, HONOURED)
        if visit is not None:
            from partnertracker.services.visits import log_visit

            if visit.host_id is None and not visit.visitor_ids and invitation.inviter_id is not None:
                # The invitee comes to the inviter: what an officer would type anyway.
                visit = dataclasses.replace(
                    visit, host_id=invitation.inviter_id,
                    visitor_ids=[invitation.invitee_id] if invitation.invitee_id is not None else [],
                )
            stored = log_visit(store, dataclasses.replace(visit, invitation_id=None))
        else:
            found = store.get_visit(int(visit_id or 0))
            if found is None or found.deleted_at is not None:
                raise UserError(f"there is no visit #{visit_id}; pick another visit or create one")
            stored = found
        assert stored.id is not None
        stored = store.update_visit(stored.id, invitation_id=invitation.id)
        assert stored.id is not None
        store.update_invitation(int(invitation_id), honoured_by_visit_id=stored.id)
        on = stored.date if stored.date and len(stored.date) == 10 else None
        return store.set_invitation_status(int(invitation_id), HONOURED, on=_day(on), note=note)


def create_follow_up(
    store: Store,
    invitation_id: int,
    description: str,
    due_on: str | dt.date | None = None,
    owner: str | None = None,
) -> FollowUp:
    """A follow-up action on an invitation (reply, prepare the visit, ...), owned by the officer by default."""
    text = (description or "").strip()
    if not text:
        raise UserError("a follow-up needs a description: say what is to be done")
    invitation = _invitation(store, invitation_id)
    due = None if due_on is None or due_on == "" else _day(due_on, "due date")
    partner = invitation.invitee_id if invitation.direction == "issued" else invitation.inviter_id
    return store.add_follow_up(
        FollowUp(
            description=text,
            owner=(owner or "").strip() or store.settings_get(OFFICER_NAME),
            due_on=due,
            invitation_id=invitation.id,
            organisation_id=partner if partner is not None else invitation.invitee_id,
            dispatch_id=invitation.dispatch_id,
        )
    )


def pending_invitations(
    store: Store, older_than_days: int | None = None, *, today: str | dt.date | None = None, limit: int = 1000,
    **options: Any,
) -> list[dict[str, Any]]:
    """The invitations still unanswered, oldest first, as rows with inviter, invitee and age in days.

    With `older_than_days`, only those issued at least that many days ago (the reminder list).
    """
    if older_than_days is not None and older_than_days < 0:
        raise UserError("the age of an invitation is counted in days: give 0 or more")
    rows: list[dict[str, Any]] = []
    offset = 0
    while True:
        page: Page = store.pending_invitations(today=today, limit=limit, offset=offset, **options)
        rows += page.rows
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            break
    if older_than_days is not None:
        rows = [r for r in rows if r.get("age_days") is not None and r["age_days"] >= older_than_days]
    return rows
