"""Paged lists sorted and filtered in SQL: order, counts, filters, derived columns."""

from __future__ import annotations

import pytest

from partnertracker.domain import (
    Agreement,
    Dispatch,
    DispatchState,
    FollowUp,
    Invitation,
    InvitationDirection,
    InvitationStatus,
    Organisation,
    Priority,
    Visit,
    VisitDirection,
)
from partnertracker.errors import UserError
from partnertracker.store import view_queries
from partnertracker.store.queries import OPENING_CHARS

NAMES = ["delta", "Alpha", "charlie", "Bravo", "echo", "foxtrot", "Golf"]


@pytest.fixture
def organisations(store):
    return {name: store.add_organisation(Organisation(name=name, country=f"C{i}")).id for i, name in enumerate(NAMES)}


def test_pages_follow_the_sort_and_the_count_covers_all(store, organisations):
    first = store.list_organisations(order_by="name", limit=3, offset=0)
    second = store.list_organisations(order_by="name", limit=3, offset=3)
    last = store.list_organisations(order_by="name", limit=3, offset=6)
    assert first.total == second.total == last.total == 7
    names = [r["name"] for page in (first, second, last) for r in page.rows]
    assert names == ["Alpha", "Bravo", "charlie", "delta", "echo", "foxtrot", "Golf"]
    descending = store.list_organisations(order_by="name", descending=True, limit=2)
    assert [r["name"] for r in descending.rows] == ["Golf", "foxtrot"]


def test_filter_text_matches_names_acronyms_and_aliases(store, organisations):
    store.update_organisation(organisations["echo"], acronym="ECH")
    page = store.list_organisations(filter_text="ch")
    assert {r["name"] for r in page.rows} == {"charlie", "echo"} and page.total == 2
    assert store.list_organisations(filter_text="100%").total == 0  # % is a character, not a wildcard


def test_unknown_sort_column_is_refused(store):
    with pytest.raises(UserError, match="cannot sort the organisations by 'name; DROP TABLE'"):
        store.list_organisations(order_by="name; DROP TABLE")


def test_last_contact_and_open_invitations(store, organisations):
    alpha, bravo, charlie = organisations["Alpha"], organisations["Bravo"], organisations["charlie"]
    store.add_visit(Visit(date="2024-03-01", host_id=alpha, visitor_ids=[bravo]))
    store.add_visit(Visit(date="2025-06", host_id=bravo))
    store.add_invitation(Invitation(inviter_id=alpha, invitee_id=bravo))
    store.add_invitation(Invitation(inviter_id=charlie, invitee_id=alpha))
    store.add_invitation(Invitation(inviter_id=alpha, invitee_id=charlie, status=InvitationStatus.DECLINED))
    rows = {r["name"]: r for r in store.list_organisations(limit=10).rows}
    assert rows["Alpha"]["last_contact"] == "2024-03-01"
    assert rows["Bravo"]["last_contact"] == "2025-06"
    assert rows["delta"]["last_contact"] is None
    assert (rows["Alpha"]["open_invitations"], rows["Bravo"]["open_invitations"], rows["charlie"]["open_invitations"]) == (2, 1, 1)
    by_contact = store.list_organisations(order_by="last_contact", descending=True, limit=3)
    # Never-contacted partners come last whichever way the list is sorted.
    assert [r["last_contact"] for r in by_contact.rows] == ["2025-06", "2024-03-01", None]
    ascending = store.list_organisations(order_by="last_contact", limit=2)
    assert [r["name"] for r in ascending.rows] == ["Alpha", "Bravo"]


def test_visits_by_direction_period_and_partner(store, organisations):
    alpha, bravo = organisations["Alpha"], organisations["Bravo"]
    store.add_visit(Visit(date="2025-07-14", direction=VisitDirection.OUTGOING, host_id=bravo, visitor_ids=[alpha]))
    store.add_visit(Visit(date="2025-07", direction=VisitDirection.INCOMING, host_id=alpha, visitor_ids=[bravo]))
    store.add_visit(Visit(date="2025-09-02", direction=VisitDirection.OUTGOING, host_id=organisations["Golf"]))
    store.add_visit(Visit(date="2024-12-31", direction=VisitDirection.EXTERNAL, host_id=organisations["echo"]))

    july = store.list_visits(date_from="2025-07", date_to="2025-07", order_by="date", descending=False)
    assert [r["date"] for r in july.rows] == ["2025-07", "2025-07-14"] and july.total == 2
    outgoing = store.list_visits(direction="outgoing")
    assert [r["host"] for r in outgoing.rows] == ["Golf", "Bravo"]
    assert outgoing.rows[1]["visitors"] == "Alpha"
    with_bravo = store.list_visits(organisation_id=bravo)
    assert with_bravo.total == 2
    assert store.list_visits(date_from="2025-01-01", limit=1).total == 3


def test_invitations_with_names_age_and_status_filter(store, organisations):
    alpha, bravo = organisations["Alpha"], organisations["Bravo"]
    store.add_invitation(Invitation(inviter_id=alpha, invitee_id=bravo, issued_on="2025-01-10",
                                    reply_by="2025-02-01", direction=InvitationDirection.ISSUED))
    store.add_invitation(Invitation(inviter_id=bravo, invitee_id=alpha, issued_on="2025-03",
                                    direction=InvitationDirection.RECEIVED))
    accepted = store.add_invitation(Invitation(inviter_id=bravo, invitee_id=alpha, issued_on="2024-11-30"))
    store.set_invitation_status(accepted.id, "accepted")

    pending = store.pending_invitations(today="2025-03-11")
    assert pending.total == 2
    assert [(r["inviter"], r["invitee"], r["issued_on"], r["age_days"]) for r in pending.rows] == [
        ("Alpha", "Bravo", "2025-01-10", 60),
        ("Bravo", "Alpha", "2025-03", 10),  # a month-precise date counts from the 1st
    ]
    assert pending.rows[0]["reply_by"] == "2025-02-01"
    received = store.list_invitations(direction="received")
    assert [r["issued_on"] for r in received.rows] == ["2025-03"]
    everything = store.list_invitations(order_by="age_days", descending=True)
    assert [r["issued_on"] for r in everything.rows] == ["2024-11-30", "2025-01-10", "2025-03"]  # oldest first


def test_follow_ups_overdue_and_owner(store, organisations):
    store.add_follow_up(FollowUp("Send minutes", owner="K. Mensah", due_on="2025-05-01", organisation_id=organisations["Alpha"]))
    store.add_follow_up(FollowUp("Book rooms", owner="K. Mensah", due_on="2025-07-01", priority=Priority.HIGH))
    done = store.add_follow_up(FollowUp("Thank the host", owner="A. Diallo", due_on="2025-04-01"))
    store.update_follow_up(done.id, status="done")

    overdue = store.list_follow_ups(overdue_only=True, today="2025-06-01")
    assert [r["description"] for r in overdue.rows] == ["Send minutes"] and overdue.rows[0]["overdue"] is True
    assert overdue.rows[0]["organisation"] == "Alpha"
    mine = store.list_follow_ups(owner="K. Mensah", order_by="priority")
    assert [r["description"] for r in mine.rows] == ["Book rooms", "Send minutes"]
    assert store.list_follow_ups(status="open").total == 2


def test_agreements_and_dispatches_lists(store, organisations):
    alpha, bravo = organisations["Alpha"], organisations["Bravo"]
    store.add_agreement(Agreement(title="Second", party_ids=[alpha, bravo], signed_on="2025-02"))
    store.add_agreement(Agreement(title="First", party_ids=[bravo], signed_on="2023-10-01"))
    rows = store.list_agreements(organisation_id=alpha).rows
    assert [(r["title"], r["parties"]) for r in rows] == [("Second", "Alpha, Bravo")]
    assert [r["title"] for r in store.list_agreements(order_by="signed_on", descending=False).rows] == ["First", "Second"]

    store.add_dispatch(Dispatch(text="x", sha256="1" * 64, title="Older", published_on="2024-01-02"))
    newer = store.add_dispatch(Dispatch(text="y", sha256="2" * 64, title="Newer", published_on="2025-01-02"))
    store.update_dispatch(newer.id, state=DispatchState.REVIEWED)
    assert [r["title"] for r in store.list_dispatches().rows] == ["Newer", "Older"]
    assert [r["title"] for r in store.list_dispatches(state="new").rows] == ["Older"]
    assert "text" not in store.list_dispatches().rows[0]


def test_partner_timeline_newest_first(store, organisations):
    alpha, bravo = organisations["Alpha"], organisations["Bravo"]
    dispatch = store.add_dispatch(Dispatch(text="z", sha256="9" * 64, title="Wire", published_on="2025-07-15"))
    store.add_visit(Visit(date="2025-07-14", host_id=bravo, visitor_ids=[alpha], dispatch_id=dispatch.id))
    store.add_invitation(Invitation(inviter_id=alpha, invitee_id=bravo, issued_on="2025-08-01"))
    store.add_agreement(Agreement(title="MoU", party_ids=[alpha], signed_on="2023"))
    store.add_follow_up(FollowUp("Call back", due_on="2025-09-01", organisation_id=alpha))
    store.add_visit(Visit(date="2026-01-01", host_id=organisations["Golf"]))  # not Alpha's
    timeline = store.partner_timeline(alpha)
    assert timeline.total == 5
    assert [(r["kind"], r["date"]) for r in timeline.rows] == [
        ("follow_up", "2025-09-01"), ("invitation", "2025-08-01"), ("dispatch", "2025-07-15"),
        ("visit", "2025-07-14"), ("agreement", "2023"),
    ]


def test_partner_timeline_gives_the_parts_of_each_line_not_an_english_sentence(store, organisations):
    alpha, bravo = organisations["Alpha"], organisations["Bravo"]
    untitled = store.add_dispatch(Dispatch(text="z", sha256="8" * 64, published_on="2025-07-15"))
    store.add_visit(Visit(date="2025-07-14", host_id=bravo, visitor_ids=[alpha], city="Rabat",
                          dispatch_id=untitled.id))
    store.add_visit(Visit(date="2025-06-01", visitor_ids=[alpha]))  # neither host nor city known
    store.add_invitation(Invitation(inviter_id=alpha, invitee_id=bravo, issued_on="2025-08-01"))
    store.add_follow_up(FollowUp("Call back", due_on="2025-09-01", organisation_id=alpha))
    parts = ("kind", "title", "host", "city", "inviter", "invitee", "status")
    expected = [
        ("follow_up", "Call back", None, None, None, None, None),
        ("invitation", None, None, None, "Alpha", "Bravo", "pending"),
        ("dispatch", None, None, None, None, None, None),
        ("visit", None, "Bravo", "Rabat", None, None, None),
        ("visit", None, None, None, None, None, None),
    ]
    assert [tuple(r[k] for k in parts) for r in store.partner_timeline(alpha).rows] == expected
    rows, total = view_queries.partner_timeline(store.conn, alpha)  # what the partner page reads
    assert [tuple(r[k] for k in parts) for r in rows] == expected and total == 5


def test_dispatch_list_counts_proposed_items_in_sql_as_the_proposal_now_stands(store):
    proposal = {
        "dispatch": {"title": "not an item"},
        "organisations": [{"id": "o1"}, {"id": "o2"}, {"id": "o3"}],
        "people": [{"id": "p1"}],
        "visits": [{"id": "v1"}],
        "invitations": None,
        "follow_ups": [],
    }
    with_one = store.add_dispatch(Dispatch(text="a", sha256="a" * 64, title="Proposed", proposal=proposal,
                                           published_on="2025-02-01"))
    store.add_dispatch(Dispatch(text="b", sha256="b" * 64, title="Without", published_on="2025-01-01"))
    rows = store.list_dispatches(state="new").rows
    assert [(r["title"], r["proposed_items"]) for r in rows] == [("Proposed", 5), ("Without", 0)]

    # The officer's edits replace the stored proposal: the list counts the new one.
    store.update_dispatch(with_one.id, proposal={**proposal, "agreements": [{"id": "a1"}, {"id": "a2"}],
                                                 "people": []})
    assert store.list_dispatches(state="new").rows[0]["proposed_items"] == 6


def test_dispatch_list_gives_the_opening_of_untitled_dispatches_only(store):
    long_text = "Rabat, 3 March (MAP) -\n" + "A sentence that goes on and on. " * 100
    store.add_dispatch(Dispatch(text=long_text, sha256="c" * 64, title=None, published_on="2025-03-03"))
    store.add_dispatch(Dispatch(text="titled text", sha256="d" * 64, title="Titled", published_on="2025-03-02"))
    untitled, titled = store.list_dispatches(state="new").rows
    assert untitled["opening"] == long_text[:OPENING_CHARS] and untitled["length"] == len(long_text)
    assert titled["opening"] is None


def test_dispatch_list_without_count_leaves_the_total_to_the_caller(store):
    store.add_dispatch(Dispatch(text="e", sha256="e" * 64, title="One"))
    page = store.list_dispatches(count=False)
    assert [r["title"] for r in page.rows] == ["One"] and page.total == -1
