"""The invitation lifecycle as the officer drives it from the Invitations view."""

from __future__ import annotations

import datetime as dt

import pytest

from partnertracker.domain import Invitation, Organisation, Visit
from partnertracker.errors import UserError
from partnertracker.services import invitations
from partnertracker.services.setup import set_home_organisation, set_officer_name


@pytest.fixture
def invitation(store) -> Invitation:
    home = set_home_organisation(store, "Islamic World Organization", acronym="ICESCO", country="MA")
    partner = store.add_organisation(Organisation(name="Huawei", country="CN"))
    return store.add_invitation(
        Invitation(inviter_id=home.id, invitee_id=partner.id, direction="issued", issued_on="2025-09-22",
                   description="visit the headquarters in Rabat")
    )


def test_accepted_then_declined_each_dated(store, invitation):
    invitations.set_status(store, invitation.id, "accepted", on="2025-10-01", note="by letter")
    invitations.set_status(store, invitation.id, "declined", on=dt.date(2025, 10, 5))
    stored = store.get_invitation(invitation.id)
    assert stored.status == "declined"
    assert [(c.status, c.on) for c in stored.status_history] == [
        ("pending", "2025-09-22"), ("accepted", "2025-10-01"), ("declined", "2025-10-05")
    ]
    assert stored.status_history[1].note == "by letter"


def test_status_without_a_date_is_dated_today(store, invitation):
    invitations.set_status(store, invitation.id, "expired")
    assert store.get_invitation(invitation.id).status_history[-1].on == dt.date.today().isoformat()


@pytest.mark.parametrize(
    ("steps", "refused", "message"),
    [
        ([], "pending", "already pending"),
        (["declined"], "expired", "declined: it cannot become expired"),
        (["withdrawn"], "accepted", "withdrawn: it cannot become accepted"),
        ([], "maybe", "not an invitation status"),
        ([], "honoured", "pick or create the visit"),
    ],
)
def test_moves_the_lifecycle_does_not_allow_are_refused(store, invitation, steps, refused, message):
    for step in steps:
        invitations.set_status(store, invitation.id, step, on="2025-10-01")
    before = store.get_invitation(invitation.id)
    with pytest.raises(UserError, match=message):
        invitations.set_status(store, invitation.id, refused)
    assert store.get_invitation(invitation.id).status_history == before.status_history


def test_bad_dates_and_unknown_invitations_are_clear_errors(store, invitation):
    with pytest.raises(UserError, match="not a valid status date"):
        invitations.set_status(store, invitation.id, "accepted", on="01/10/2025")
    with pytest.raises(UserError, match="needs a day"):
        invitations.set_status(store, invitation.id, "accepted", on="2025-10")
    with pytest.raises(UserError, match="no invitation #999"):
        invitations.set_status(store, 999, "accepted")
    assert store.get_invitation(invitation.id).status == "pending"


def test_honoured_by_a_new_visit_creates_and_links_it(store, invitation):
    honoured = invitations.honour(store, invitation.id, visit=Visit(date="2025-11-04", city="Rabat", country="MA"))
    assert honoured.status == "honoured" and honoured.status_history[-1].on == "2025-11-04"
    visit = store.get_visit(honoured.honoured_by_visit_id)
    # The invitee came to the inviter, the home organisation: an incoming visit.
    assert visit.host_id == invitation.inviter_id and visit.visitor_ids == [invitation.invitee_id]
    assert visit.direction == "incoming" and visit.invitation_id == invitation.id
    with pytest.raises(UserError, match="final"):
        invitations.set_status(store, invitation.id, "declined")


def test_honoured_by_an_existing_visit(store, invitation):
    invitations.set_status(store, invitation.id, "accepted", on="2025-10-01")
    visit = store.add_visit(Visit(date="2025-12", host_id=invitation.inviter_id, visitor_ids=[invitation.invitee_id]))
    honoured = invitations.honour(store, invitation.id, visit_id=visit.id)
    assert honoured.honoured_by_visit_id == visit.id
    assert store.get_visit(visit.id).invitation_id == invitation.id
    with pytest.raises(UserError, match="pick the visit"):
        invitations.honour(store, invitation.id)


def test_honour_with_a_missing_visit_changes_nothing(store, invitation):
    with pytest.raises(UserError, match="no visit #77"):
        invitations.honour(store, invitation.id, visit_id=77)
    assert store.get_invitation(invitation.id).status == "pending"


def test_follow_up_on_an_invitation_is_owned_by_the_officer(store, invitation):
    set_officer_name(store, "  Amina   Diallo ")
    follow_up = invitations.create_follow_up(store, invitation.id, "Send the programme", due_on="2025-10-15")
    assert (follow_up.owner, follow_up.due_on, follow_up.invitation_id) == ("Amina Diallo", "2025-10-15", invitation.id)
    assert follow_up.organisation_id == invitation.invitee_id  # the partner we invited
    other = invitations.create_follow_up(store, invitation.id, "Call back", owner="Omar")
    assert other.owner == "Omar"
    with pytest.raises(UserError, match="needs a description"):
        invitations.create_follow_up(store, invitation.id, "  ")
    with pytest.raises(UserError, match="not a valid due date"):
        invitations.create_follow_up(store, invitation.id, "Reply", due_on="next week")


def test_pending_invitations_oldest_first_and_by_age(store, invitation):
    newer = store.add_invitation(Invitation(inviter_id=invitation.inviter_id, invitee_id=invitation.invitee_id,
                                            issued_on="2025-10-20"))
    answered = store.add_invitation(Invitation(inviter_id=invitation.inviter_id, issued_on="2025-01-01"))
    invitations.set_status(store, answered.id, "declined", on="2025-02-01")
    rows = invitations.pending_invitations(store, today="2025-10-22")
    assert [r["id"] for r in rows] == [invitation.id, newer.id]
    assert [r["age_days"] for r in rows] == [30, 2]
    assert [r["id"] for r in invitations.pending_invitations(store, older_than_days=30, today="2025-10-22")] == [
        invitation.id
    ]
    with pytest.raises(UserError):
        invitations.pending_invitations(store, older_than_days=-1)


def test_a_visit_logged_for_an_invitation_honours_it(store, invitation):
    from partnertracker.services.visits import log_visit

    visit = log_visit(store, Visit(date="2025-11-04", host_id=invitation.inviter_id,
                                   visitor_ids=[invitation.invitee_id], invitation_id=invitation.id))
    assert visit.invitation_id == invitation.id
    stored = store.get_invitation(invitation.id)
    assert (stored.status, stored.honoured_by_visit_id) == ("honoured", visit.id)
    with pytest.raises(UserError, match="no invitation #88"):
        log_visit(store, Visit(date="2025-11-05", host_id=invitation.inviter_id, invitation_id=88))
