"""Records go in and come back as they were; updates leave history; deletes can be undone."""

from __future__ import annotations

import sqlite3

import pytest

from partnertracker.domain import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Alias,
    CooperationArea,
    DatePrecision,
    Dispatch,
    DispatchState,
    Evidence,
    FollowUp,
    FollowUpStatus,
    Invitation,
    InvitationDirection,
    InvitationPurpose,
    InvitationStatus,
    Organisation,
    Participant,
    Person,
    Priority,
    Role,
    Site,
    Visit,
    VisitDirection,
    VisitStatus,
)
from partnertracker.errors import UserError

META = ("id", "uuid", "created_at", "updated_at", "deleted_at")


def _same_content(stored, original) -> None:
    """Every field the caller set comes back unchanged (children compared without their metadata)."""
    for name, value in vars(original).items():
        if name in META:
            continue
        back = getattr(stored, name)
        if isinstance(value, list) and value and hasattr(value[0], "uuid"):
            back = [{k: v for k, v in vars(item).items() if k not in META} for item in back]
            value = [{k: v for k, v in vars(item).items() if k not in META} for item in value]
        assert back == value, name


def test_organisation_round_trip_with_aliases_and_sites(store):
    original = Organisation(
        name="Organisation for Learning and Heritage",
        acronym="OLH",
        country="MA",
        hq_city="Rabat",
        website="https://olh.example.org",
        notes="Home of the department.",
        is_home=True,
        aliases=[Alias("OAP", "fr"), Alias("Organisation pour l'Apprentissage", "fr")],
        sites=[Site("headquarters", "Rabat", "MA"), Site("regional office", "Dakar", "SN")],
    )
    stored = store.add_organisation(original)
    assert stored.id and stored.uuid and stored.created_at and stored.deleted_at is None
    assert all(alias.id and alias.uuid for alias in stored.aliases)
    _same_content(store.get_organisation(stored.id), original)
    assert store.home_organisation().id == stored.id


def test_person_round_trip_with_roles(store, home_and_partner):
    home, partner = home_and_partner
    original = Person(
        name="Lin Wei",
        honorific="Prof.",
        organisation_id=partner.id,
        email="lin.wei@example.com",
        phone="+86 10 0000 0000",
        notes="Speaks French.",
        roles=[Role("Vice-President", partner.id, "2019", "2023-06"), Role("President", partner.id, "2023-07")],
    )
    stored = store.add_person(original)
    _same_content(store.get_person(stored.id), original)


def test_dispatch_round_trip_keeps_text_verbatim_and_proposal(store):
    text = "Rabat, 3 mars (Agence) — Le directeur a reçu une délégation.\r\n\tSecond paragraph…  "
    original = Dispatch(
        text=text,
        sha256="a" * 64,
        title="Une délégation reçue",
        agency="Agence",
        dateline_place="Rabat",
        published_on="2025-03",
        language="fr",
        source="wire-0001.txt",
        state=DispatchState.REVIEWED,
        proposal={"visits": [{"date": "2025-03-03", "confidence": 0.9}], "areas": ["heritage"]},
    )
    stored = store.add_dispatch(original)
    back = store.get_dispatch(stored.id)
    _same_content(back, original)
    assert back.text == text


def test_visit_round_trip_with_visitors_participants_and_areas(store, home_and_partner, director):
    home, partner = home_and_partner
    dispatch = store.add_dispatch(Dispatch(text="...", sha256="b" * 64))
    original = Visit(
        date="2025-07",
        date_precision=DatePrecision.MONTH,
        direction=VisitDirection.OUTGOING,
        status=VisitStatus.PLANNED,
        host_id=partner.id,
        visitor_ids=[home.id],
        participants=[Participant(director.id, "visiting", "head of delegation")],
        venue="Beijing campus",
        city="Beijing",
        country="CN",
        summary="Talks on digital education.",
        areas=["digital-education", "teacher-training"],
        dispatch_id=dispatch.id,
    )
    stored = store.add_visit(original)
    _same_content(store.get_visit(stored.id), original)
    # An area the vocabulary did not have yet is added to it.
    assert store.get_cooperation_area_by_key("teacher-training") is not None


def test_invitation_round_trip_and_first_status_dated(store, home_and_partner, director):
    home, partner = home_and_partner
    original = Invitation(
        inviter_id=home.id,
        invitee_id=partner.id,
        inviter_people=[director.id],
        direction=InvitationDirection.ISSUED,
        purpose=InvitationPurpose.TALK,
        description="Speak at the annual conference",
        city="Rabat",
        country="MA",
        event="Annual conference on digital learning",
        proposed_dates="autumn 2025",
        issued_on="2025-07-14",
        reply_by="2025-09-01",
    )
    stored = store.add_invitation(original)
    back = store.get_invitation(stored.id)
    assert back.inviter_people == [director.id] and back.invitee_people == []
    assert back.purpose is InvitationPurpose.TALK and back.reply_by == "2025-09-01"
    assert [(c.status, c.on) for c in back.status_history] == [("pending", "2025-07-14")]


def test_invitation_status_change_is_dated_and_recorded(store, home_and_partner):
    home, partner = home_and_partner
    invitation = store.add_invitation(Invitation(inviter_id=partner.id, invitee_id=home.id, issued_on="2025-06-02"))
    store.set_invitation_status(invitation.id, InvitationStatus.ACCEPTED, on="2025-06-20", note="by letter")
    back = store.get_invitation(invitation.id)
    assert back.status is InvitationStatus.ACCEPTED
    assert [(c.status, c.on, c.note) for c in back.status_history] == [
        ("pending", "2025-06-02", ""),
        ("accepted", "2025-06-20", "by letter"),
    ]
    assert ("status", "pending", "accepted") in [(h.field_name, h.old, h.new) for h in store.history("invitation", invitation.id)]
    # A plain update of the status is dated too (today).
    store.update_invitation(invitation.id, status="expired")
    assert [c.status for c in store.get_invitation(invitation.id).status_history] == ["pending", "accepted", "expired"]


def test_agreement_follow_up_area_and_evidence_round_trips(store, home_and_partner, director):
    home, partner = home_and_partner
    dispatch = store.add_dispatch(Dispatch(text="They signed a memorandum.", sha256="c" * 64))
    agreement = Agreement(
        title="Memorandum on teacher training",
        kind=AgreementKind.MOU,
        party_ids=[home.id, partner.id],
        signatory_ids=[director.id],
        signed_on="2025-07-14",
        valid_until="2028",
        status=AgreementStatus.SIGNED,
        dispatch_id=dispatch.id,
    )
    _same_content(store.get_agreement(store.add_agreement(agreement).id), agreement)

    follow_up = FollowUp(
        "Send the draft programme",
        owner="K. Mensah",
        due_on="2025-08-01",
        priority=Priority.HIGH,
        status=FollowUpStatus.OPEN,
        organisation_id=partner.id,
        dispatch_id=dispatch.id,
    )
    _same_content(store.get_follow_up(store.add_follow_up(follow_up).id), follow_up)

    area = CooperationArea("artificial-intelligence", {"en": "artificial intelligence", "fr": "intelligence artificielle"})
    _same_content(store.get_cooperation_area(store.add_cooperation_area(area).id), area)
    assert [a.key for a in store.cooperation_areas()] == ["artificial-intelligence"]

    evidence = Evidence(dispatch.id, "agreement", 1, 7, 24, "kind")
    _same_content(store.get_evidence(store.add_evidence(evidence).id), evidence)
    assert [(e.start, e.end) for e in store.evidence_for("agreement", 1)] == [(7, 24)]


def test_update_writes_one_history_row_per_changed_field(store, home_and_partner):
    _, partner = home_and_partner
    before = store.get_organisation(partner.id)
    after = store.update_organisation(partner.id, status="dormant", country="CN", website="https://nimbus.example")
    assert after.status.value == "dormant" and after.website == "https://nimbus.example"
    assert after.updated_at > before.updated_at
    rows = [(h.field_name, h.old, h.new) for h in store.history("organisation", partner.id)]
    # The country did not change, so it is not in the history.
    assert sorted(rows) == [("status", "active", "dormant"), ("website", None, "https://nimbus.example")]


def test_updating_children_records_them_in_history(store, home_and_partner):
    home, _ = home_and_partner
    store.update_organisation(home.id, aliases=[Alias("OLH", "en")])
    assert [a.name for a in store.get_organisation(home.id).aliases] == ["OLH"]
    (entry,) = store.history("organisation", home.id)
    assert entry.field_name == "aliases"
    assert "Apprentissage" in entry.old and '"OLH"' in entry.new


def test_an_update_with_no_change_writes_no_history(store, home_and_partner):
    _, partner = home_and_partner
    store.update_organisation(partner.id, name="Nimbus Telecom")
    assert store.history("organisation", partner.id) == []


def test_update_of_an_unknown_record_or_value_is_a_clear_error(store, home_and_partner):
    _, partner = home_and_partner
    with pytest.raises(UserError, match="there is no follow-up #42"):
        store.update_follow_up(42, status="done")
    with pytest.raises(UserError, match="'friendly' is not a valid status"):
        store.update_organisation(partner.id, status="friendly")
    with pytest.raises(TypeError):
        store.update_organisation(partner.id, colour="blue")


def test_soft_delete_hides_and_restore_brings_back(store, home_and_partner):
    _, partner = home_and_partner
    store.delete_organisation(partner.id)
    assert store.get_organisation(partner.id).deleted_at is not None
    assert "Nimbus Telecom" not in [r["name"] for r in store.list_organisations().rows]
    assert store.search("nimbus") == []
    assert partner.id not in [o["id"] for o in store.known_organisations()]

    store.restore_organisation(partner.id)
    assert store.get_organisation(partner.id).deleted_at is None
    assert "Nimbus Telecom" in [r["name"] for r in store.list_organisations().rows]
    assert [h.title for h in store.search("nimbus")] == ["Nimbus Telecom"]
    fields = [(h.field_name, h.old is None, h.new is None) for h in store.history("organisation", partner.id)]
    assert fields == [("deleted_at", True, False), ("deleted_at", False, True)]


def test_dispatch_text_cannot_be_changed(store):
    dispatch = store.add_dispatch(Dispatch(text="Original words.", sha256="d" * 64, title="T"))
    with pytest.raises(UserError, match="text of a dispatch cannot be changed"):
        store.update_dispatch(dispatch.id, text="Rewritten words.")
    # Not even with SQL behind the store's back.
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE dispatches SET text = 'x' WHERE id = ?", (dispatch.id,))
    assert store.get_dispatch(dispatch.id).text == "Original words."
    store.update_dispatch(dispatch.id, state="archived")
    assert store.get_dispatch(dispatch.id).state is DispatchState.ARCHIVED


def test_the_same_dispatch_twice_is_recognised(store):
    first = store.add_dispatch(Dispatch(text="Same words.", sha256="e" * 64, title="Same"))
    assert store.find_dispatch_by_sha256("e" * 64).id == first.id
    assert store.find_dispatch_by_sha256("f" * 64) is None
    with pytest.raises(UserError, match=rf"already in the database \(dispatch #{first.id}"):
        store.add_dispatch(Dispatch(text="Same words.", sha256="e" * 64))
    assert store.list_dispatches().total == 1


def test_settings_keep_their_values(store):
    assert store.settings_get("officer_name") is None
    assert store.settings_get("officer_name", "unknown") == "unknown"
    store.settings_set("officer_name", "K. Mensah")
    store.settings_set("home_organisation_id", 3)
    store.settings_set("officer_name", "A. Diallo")
    assert store.settings_get("officer_name") == "A. Diallo"
    assert store.settings_get("home_organisation_id") == 3


def test_known_organisations_and_people_for_resolution(store, home_and_partner, director):
    home, partner = home_and_partner
    known = {o["id"]: o for o in store.known_organisations()}
    assert known[home.id] == {
        "id": home.id, "name": "Organisation for Learning and Heritage", "acronym": "OLH",
        "aliases": ["Organisation pour l'Apprentissage et le Patrimoine"],
        "kind": "intergovernmental", "country": "MA", "is_home": True,
    }
    assert known[partner.id]["aliases"] == [] and known[partner.id]["kind"] == "company"
    assert store.known_people() == [
        {"id": director.id, "name": "Amina Benali", "honorific": "Dr",
         "organisation_id": home.id, "titles": ["Director General"]}
    ]


def test_add_many_stores_every_record_with_its_children_and_index(store):
    organisations = [Organisation(name=f"Partner {n}", aliases=[Alias(f"P{n}")]) for n in range(30)]
    dispatches = [Dispatch(text=f"Wire number {n} about heritage.", sha256=f"{n:064x}") for n in range(30)]
    ids = store.add_many([*organisations, *dispatches], batch_size=7)
    assert len(ids) == 60 and len(set(ids[:30])) == 30
    assert store.get_organisation(ids[5]).aliases[0].name == "P5"
    assert store.get_dispatch(ids[35]).text == "Wire number 5 about heritage."
    assert store.list_dispatches(limit=0).total == 30
    assert len(store.search("heritage", kinds=["dispatch"])) == 30


def test_add_many_saves_links_children_and_first_status(store, home_and_partner, director):
    home, partner = home_and_partner
    visits = [
        Visit(host_id=partner.id, visitor_ids=[home.id, home.id], participants=[Participant(director.id)],
              areas=["heritage"], summary=f"Visit {n}")
        for n in range(3)
    ]
    invitations = [Invitation(inviter_id=home.id, invitee_id=partner.id, issued_on="2025-01-0" + str(n + 1)) for n in range(2)]
    ids = store.add_many([*visits, *invitations])
    back = store.get_visit(ids[2])
    assert back.visitor_ids == [home.id] and back.areas == ["heritage"] and back.summary == "Visit 2"
    assert [p.person_id for p in back.participants] == [director.id]
    assert [(c.status, c.on) for c in store.get_invitation(ids[4]).status_history] == [("pending", "2025-01-02")]
    assert len(store.search("visit", kinds=["visit"])) == 3


def test_an_invitation_status_that_does_not_exist_is_refused(store, home_and_partner):
    home, partner = home_and_partner
    invitation = store.add_invitation(Invitation(inviter_id=home.id, invitee_id=partner.id))
    with pytest.raises(UserError, match="'maybe' is not a valid status"):
        store.update_invitation(invitation.id, status="maybe")
    with pytest.raises(UserError, match="'maybe' is not a valid status"):
        store.set_invitation_status(invitation.id, "maybe")
    assert store.get_invitation(invitation.id).status is InvitationStatus.PENDING
    assert store.history("invitation", invitation.id) == []


def test_a_bad_date_is_refused_with_the_expected_form(store, home_and_partner):
    _, partner = home_and_partner
    with pytest.raises(UserError, match=r"'2025-02-30' is not a valid due date; write it as YYYY, YYYY-MM or YYYY-MM-DD"):
        store.add_follow_up(FollowUp("Call", due_on="2025-02-30"))
    with pytest.raises(UserError, match="'14 juillet' is not a valid date;"):
        store.add_many([Visit(host_id=partner.id, date="14 juillet")])
    assert store.list_follow_ups().total == 0 and store.list_visits().total == 0


def test_a_visit_date_brings_its_precision(store, home_and_partner):
    _, partner = home_and_partner
    assert store.add_visit(Visit(host_id=partner.id, date="2025-07")).date_precision is DatePrecision.MONTH
    assert store.add_visit(Visit(host_id=partner.id, date="2025")).date_precision is DatePrecision.YEAR
