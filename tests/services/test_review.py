"""Accepting a reviewed proposal: what lands in the database, linked, left out, or not at all."""

from __future__ import annotations

import copy

import pytest

from partnertracker.domain import Alias, DispatchState, Organisation, Person
from partnertracker.errors import UserError
from partnertracker.resources import resource_path
from partnertracker.services.importing import import_text
from partnertracker.services.review import (
    accept_proposal,
    link_candidates,
    proposal_for,
    reject_dispatch,
)
from partnertracker.services.setup import set_home_organisation, set_officer_name


def count(store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def org_named(store, name: str) -> Organisation:
    row = store.conn.execute("SELECT id FROM organisations WHERE name = ?", (name,)).fetchone()
    assert row is not None, f"no organisation {name!r}"
    return store.get_organisation(row[0])


def evidence_words(store, record_type: str, record_id: int, text: str) -> list[str]:
    return [text[e.start:e.end] for e in store.evidence_for(record_type, record_id)]


def test_seed_sample_accepted_writes_partners_people_visit_and_two_pending_invitations(store, seed_text, seed_proposal):
    set_officer_name(store, "Amina Diallo")
    dispatch = import_text(store, seed_text, source="01.txt").dispatch
    result = accept_proposal(store, dispatch.id, seed_proposal(seed_text))

    icesco, huawei = org_named(store, "ICESCO"), org_named(store, "Huawei")
    assert icesco.acronym == "ICESCO" and icesco.country == "MA"
    assert [a.name for a in icesco.aliases] == [
        "Organisation du monde islamique pour l'éducation, les sciences et la culture"
    ]
    assert (huawei.kind, huawei.country) == ("company", "CN")
    people = {p.name: p for p in map(store.get_person, result.people.values())}
    assert set(people) == {"Karim Benslimane", "Omar Fassi"}
    assert people["Karim Benslimane"].honorific == "Dr"
    assert people["Karim Benslimane"].organisation_id == icesco.id
    assert [r.title for r in people["Karim Benslimane"].roles] == ["Directeur général"]

    assert count(store, "visits") == 1
    visit = store.get_visit(result.visits["v1"])
    assert (visit.status, visit.date, visit.date_precision) == ("completed", "2025-09-22", "day")
    assert visit.visitor_ids == [icesco.id] and visit.host_id == huawei.id
    assert (visit.city, visit.country, visit.direction) == ("Beijing", "CN", "external")
    assert sorted(p.person_id for p in visit.participants) == sorted(people[n].id for n in people)
    assert "teacher-training" in visit.areas and len(visit.areas) == 6
    labels = store.get_cooperation_area_by_key("teacher-training").labels
    assert (labels["fr"], labels["en"]) == ("formation des enseignants", "teacher training")
    assert visit.dispatch_id == dispatch.id

    invitations = [store.get_invitation(i) for i in result.invitations.values()]
    assert len(invitations) == 2 == count(store, "invitations")
    assert {(i.inviter_id, i.invitee_id, i.status) for i in invitations} == {(icesco.id, huawei.id, "pending")}
    assert {i.purpose for i in invitations} == {"visit", "talk"}
    assert all(i.issued_on == "2025-09-22" and i.status_history[0].on == "2025-09-22" for i in invitations)

    follow_up = store.get_follow_up(result.follow_ups["f1"])
    assert follow_up.owner == "Amina Diallo"
    assert (follow_up.organisation_id, follow_up.invitation_id) == (huawei.id, result.invitations["i1"])

    # Every record shows the words it came from.
    assert "ICESCO" in evidence_words(store, "organisation", icesco.id, seed_text)
    assert evidence_words(store, "person", people["Omar Fassi"].id, seed_text) == ["M. Omar Fassi"]
    assert "Pékin" in evidence_words(store, "visit", visit.id, seed_text)[0]
    for invitation in invitations:
        assert evidence_words(store, "invitation", invitation.id, seed_text)
    assert store.get_dispatch(dispatch.id).state == DispatchState.REVIEWED


def test_accept_seen_from_the_home_organisation_links_it_and_sets_directions(store, seed_text, seed_proposal):
    home = set_home_organisation(store, "Organisation du monde islamique pour l'éducation, les sciences "
                                 "et la culture", acronym="ICESCO", country="MA")
    dispatch = import_text(store, seed_text).dispatch
    result = accept_proposal(store, dispatch.id, seed_proposal(seed_text))
    assert result.organisations["o1"] == home.id
    assert count(store, "organisations") == 2  # home + Huawei, no second ICESCO
    assert store.get_visit(result.visits["v1"]).direction == "outgoing"
    assert {store.get_invitation(i).direction for i in result.invitations.values()} == {"issued"}


def test_import_then_accept_with_the_engine_writes_every_proposed_item(store, seed_text):
    outcome = import_text(store, seed_text, accept=True)
    proposal = store.get_dispatch(outcome.dispatch.id).proposal
    result = outcome.accepted
    assert result is not None
    names = {o.name for o in map(store.get_organisation, result.organisations.values())}
    assert any("ICESCO" in n or "islamique" in n for n in names) and "Huawei" in names
    for part in ("organisations", "people", "visits", "invitations", "agreements", "follow_ups"):
        assert len(getattr(result, part)) == len(proposal[part]), part
    assert count(store, "visits") == len(proposal["visits"])
    assert count(store, "evidence") == result.evidence_count > 0
    for evidence in store.conn.execute('SELECT "start", "end" FROM evidence'):
        assert 0 <= evidence[0] < evidence[1] <= len(seed_text)


def test_accepting_twice_writes_nothing_the_second_time(store, seed_text, seed_proposal):
    dispatch = import_text(store, seed_text).dispatch
    first = accept_proposal(store, dispatch.id, seed_proposal(seed_text))
    before = [count(store, t) for t in ("organisations", "people", "visits", "invitations", "evidence")]
    again = accept_proposal(store, dispatch.id, seed_proposal(seed_text))
    assert again.already_accepted and again.visits == first.visits
    assert [count(store, t) for t in ("organisations", "people", "visits", "invitations", "evidence")] == before


def test_organisation_known_under_an_alias_is_linked_not_duplicated(store, seed_text, seed_proposal):
    known = store.add_organisation(Organisation(name="Huawei Technologies Co., Ltd.", aliases=[Alias("Huawei")]))
    dispatch = import_text(store, seed_text).dispatch
    result = accept_proposal(store, dispatch.id, seed_proposal(seed_text))
    assert result.organisations["o2"] == known.id
    assert count(store, "organisations") == 2
    linked = store.get_organisation(known.id)
    assert (linked.kind, linked.country) == ("company", "CN")  # filled in from the dispatch
    assert store.get_visit(result.visits["v1"]).host_id == known.id
    assert "Huawei" in evidence_words(store, "organisation", known.id, seed_text)


def test_officer_link_to_existing_adds_the_new_name_as_alias(store, seed_text, seed_proposal):
    known = store.add_organisation(Organisation(name="Islamic World Educational, Scientific and Cultural Organization"))
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal["organisations"][0]["existing_id"] = known.id
    accept_proposal(store, dispatch.id, proposal)
    linked = store.get_organisation(known.id)
    assert linked.acronym == "ICESCO"
    assert "Organisation du monde islamique pour l'éducation, les sciences et la culture" in {
        a.name for a in linked.aliases
    }
    assert count(store, "organisations") == 2


def test_existing_person_gets_a_new_title_not_a_twin(store, seed_text, seed_proposal):
    person = store.add_person(Person(name="Karim Benslimane"))
    dispatch = import_text(store, seed_text).dispatch
    result = accept_proposal(store, dispatch.id, seed_proposal(seed_text))
    assert result.people["p1"] == person.id
    assert count(store, "people") == 2
    assert [r.title for r in store.get_person(person.id).roles] == ["Directeur général"]


def test_unticked_items_are_not_written_and_references_to_them_are_dropped(store, seed_text, seed_proposal):
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal["organisations"][1]["include"] = False  # Huawei
    proposal["people"][1]["include"] = False  # Omar Fassi
    proposal["invitations"][1]["include"] = False
    proposal["areas"][4]["include"] = False  # teacher-training
    result = accept_proposal(store, dispatch.id, proposal)
    assert [o.name for o in map(store.get_organisation, result.organisations.values())] == ["ICESCO"]
    assert count(store, "organisations") == 1 and count(store, "people") == 1
    visit = store.get_visit(result.visits["v1"])
    assert visit.host_id is None and visit.visitor_ids == [result.organisations["o1"]]
    assert [p.person_id for p in visit.participants] == [result.people["p1"]]
    assert "teacher-training" not in visit.areas
    assert store.get_cooperation_area_by_key("teacher-training") is None
    assert count(store, "invitations") == 1
    invitation = store.get_invitation(result.invitations["i1"])
    assert (invitation.inviter_id, invitation.invitee_id) == (result.organisations["o1"], None)
    follow_up = store.get_follow_up(result.follow_ups["f1"])
    assert follow_up.organisation_id is None and follow_up.invitation_id == invitation.id
    assert {"o2", "p2", "i2", "teacher-training"} <= set(result.left_out)


def test_events_between_organisations_all_left_out_are_left_out_too(store, seed_text, seed_proposal):
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    for item in proposal["organisations"]:
        item["include"] = False
    result = accept_proposal(store, dispatch.id, proposal)
    assert count(store, "organisations") == count(store, "visits") == count(store, "invitations") == 0
    assert count(store, "people") == 2  # kept, with no organisation
    assert all(store.get_person(i).organisation_id is None for i in result.people.values())
    assert {"v1", "i1", "i2"} <= set(result.left_out)


def test_a_bad_date_midway_leaves_nothing_written(store, seed_text, seed_proposal):
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal["invitations"][1]["issued_on"] = "2025-13-40"
    with pytest.raises(UserError, match="invitation i2.*2025-13-40"):
        accept_proposal(store, dispatch.id, proposal)
    for table in ("organisations", "people", "visits", "invitations", "evidence", "follow_ups"):
        assert count(store, table) == 0, table
    assert store.get_dispatch(dispatch.id).state == DispatchState.NEW


def test_a_crash_midway_leaves_nothing_written(store, seed_text, monkeypatch, seed_proposal):
    dispatch = import_text(store, seed_text).dispatch

    def broken(*args, **kwargs):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(store, "add_follow_up", broken)  # the last kind written
    with pytest.raises(RuntimeError):
        accept_proposal(store, dispatch.id, seed_proposal(seed_text))
    for table in ("organisations", "people", "visits", "invitations", "evidence", "cooperation_areas"):
        assert count(store, table) == 0, table
    assert store.get_dispatch(dispatch.id).state == DispatchState.NEW


def test_link_to_a_partner_deleted_meanwhile_is_refused_with_nothing_written(store, seed_text, seed_proposal):
    gone = store.add_organisation(Organisation(name="Huawei"))
    store.delete_organisation(gone.id)
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal["organisations"][1]["existing_id"] = gone.id
    with pytest.raises(UserError, match="no longer in the database"):
        accept_proposal(store, dispatch.id, proposal)
    assert count(store, "people") == 0


def test_proposal_for_links_what_another_dispatch_taught_the_database(store, seed_text, seed_proposal):
    other = resource_path("samples", "03_fr_delegation_niger_rabat.txt").read_text(encoding="utf-8")
    first = import_text(store, seed_text).dispatch
    second = import_text(store, other).dispatch
    stored = store.get_dispatch(second.id).proposal
    icesco_items = [o for o in stored["organisations"] if o.get("acronym") == "ICESCO" or o["name"] == "ICESCO"]
    assert icesco_items and icesco_items[0]["existing_id"] is None  # nothing known at import time
    result = accept_proposal(store, first.id, seed_proposal(seed_text))
    again = proposal_for(store, second.id)
    item = next(o for o in again["organisations"] if o["id"] == icesco_items[0]["id"])
    assert item["existing_id"] == result.organisations["o1"]
    accept_proposal(store, second.id)
    assert store.conn.execute("SELECT count(*) FROM organisations WHERE acronym = 'ICESCO'").fetchone()[0] == 1


def test_create_new_keeps_a_namesake_apart(store, seed_text, seed_proposal):
    store.add_organisation(Organisation(name="Huawei"))
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal["organisations"][1]["create_new"] = True
    accept_proposal(store, dispatch.id, proposal)
    assert store.conn.execute("SELECT count(*) FROM organisations WHERE name = 'Huawei'").fetchone()[0] == 2


def test_link_candidates_offer_exact_matches_first_then_close_names(store):
    huawei = store.add_organisation(Organisation(name="Huawei Technologies", aliases=[Alias("Huawei")]))
    cloud = store.add_organisation(Organisation(name="Huawei Cloud"))
    store.add_organisation(Organisation(name="UNESCO", acronym="UNESCO"))
    icesco = store.add_organisation(Organisation(name="Islamic World Organization", acronym="ICESCO"))
    found = link_candidates(store, "Huawei")
    assert [c.id for c in found[:2]] == [huawei.id, cloud.id]
    assert found[0].score == 100 and found[1].score < 100
    assert all(c.name != "UNESCO" for c in found)
    assert link_candidates(store, "icesco")[0].id == icesco.id
    assert len(link_candidates(store, "Huawei", limit=1)) == 1
    assert link_candidates(store, "   ") == []


def test_link_candidates_for_people(store):
    person = store.add_person(Person(name="Karim Benslimane"))
    store.add_person(Person(name="Omar Fassi"))
    found = link_candidates(store, "Dr Karim Benslimane", kind="person")
    assert found[0].id == person.id
    with pytest.raises(UserError):
        link_candidates(store, "x", kind="visit")


def test_reject_archives_the_dispatch_and_keeps_its_text(store, seed_text):
    dispatch = import_text(store, seed_text).dispatch
    reject_dispatch(store, dispatch.id)
    kept = store.get_dispatch(dispatch.id)
    assert kept.state == DispatchState.ARCHIVED and kept.text == seed_text
    assert count(store, "organisations") == 0


def test_unknown_dispatch_and_malformed_proposal_are_clear_errors(store, seed_text, seed_proposal):
    with pytest.raises(UserError, match="no dispatch #42"):
        accept_proposal(store, 42)
    with pytest.raises(UserError, match="no dispatch #42"):
        reject_dispatch(store, 42)
    dispatch = import_text(store, seed_text).dispatch
    with pytest.raises(UserError, match="not a proposal"):
        accept_proposal(store, dispatch.id, ["o1"])  # type: ignore[arg-type]
    broken = copy.deepcopy(seed_proposal(seed_text))
    broken["visits"] = "v1"
    with pytest.raises(UserError, match="visits are not a list"):
        accept_proposal(store, dispatch.id, broken)
    assert count(store, "organisations") == 0


@pytest.mark.parametrize(
    ("part", "index", "field", "value", "message"),
    [
        ("visits", 0, "status", "finished", "visit v1.*not a valid visit status"),
        ("visits", 0, "date", "22/09/2025", "visit v1.*not a date"),
        ("invitations", 0, "purpose", "party", "invitation i1.*not a valid purpose"),
        ("follow_ups", 0, "priority", "urgent", "follow-up f1.*not a valid priority"),
    ],
)
def test_an_edited_value_the_database_cannot_hold_is_refused_whole(
    store, seed_text, seed_proposal, part, index, field, value, message
):
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal[part][index][field] = value
    with pytest.raises(UserError, match=message):
        accept_proposal(store, dispatch.id, proposal)
    assert count(store, "organisations") == 0 and count(store, "visits") == 0


def test_what_the_database_knows_is_reread_after_each_change(store):
    assert link_candidates(store, "Huawei") == []
    huawei = store.add_organisation(Organisation(name="Huawei"))
    assert [c.id for c in link_candidates(store, "Huawei")] == [huawei.id]
    store.update_organisation(huawei.id, aliases=[Alias("Hua Wei Technologies")])
    assert link_candidates(store, "hua wei technologies")[0].id == huawei.id
    store.delete_organisation(huawei.id)
    assert link_candidates(store, "Huawei") == []


MOU = (
    "NAIROBI, 14 March (AFP) - UNESCO and the University of Nairobi signed a memorandum of "
    "understanding on Thursday to train science teachers. The two parties agreed to sign a "
    "second agreement on digital skills next year."
)


def _mou_proposal(text: str) -> dict:
    def at(words: str) -> list[list[int]]:
        start = text.index(words)
        return [[start, start + len(words)]]

    return {
        "dispatch": {"language": "en"},
        "organisations": [
            {"id": "o1", "name": "UNESCO", "acronym": "UNESCO", "kind": "intergovernmental", "mentions": at("UNESCO")},
            {"id": "o2", "name": "University of Nairobi", "kind": "university", "country": "KE",
             "mentions": at("University of Nairobi")},
        ],
        "agreements": [
            {"id": "a1", "parties": ["o1", "o2"], "kind": "mou", "title": "Science teachers", "status": "signed",
             "date": "2025-03-13", "date_precision": "day", "evidence": at("signed a memorandum of understanding")},
            {"id": "a2", "parties": ["o1", "o2"], "kind": "cooperation-agreement", "status": "planned",
             "date": "2026", "date_precision": "year", "evidence": at("agreed to sign a second agreement")},
        ],
        "follow_ups": [{"id": "f1", "description": "Prepare the digital skills agreement", "related": ["a2"],
                        "due_on": "2026-01-31"}],
    }


def test_agreements_are_written_with_parties_dates_and_status(store):
    dispatch = import_text(store, MOU).dispatch
    result = accept_proposal(store, dispatch.id, _mou_proposal(MOU))
    signed, planned = (store.get_agreement(result.agreements[a]) for a in ("a1", "a2"))
    parties = [result.organisations["o1"], result.organisations["o2"]]
    assert (signed.party_ids, signed.kind, signed.status, signed.signed_on) == (parties, "mou", "signed", "2025-03-13")
    assert (planned.kind, planned.status, planned.signed_on) == ("cooperation-agreement", "planned", "2026")
    assert evidence_words(store, "agreement", signed.id, MOU) == ["signed a memorandum of understanding"]
    follow_up = store.get_follow_up(result.follow_ups["f1"])
    assert (follow_up.agreement_id, follow_up.due_on) == (planned.id, "2026-01-31")


def test_an_agreement_keeps_the_parties_that_were_kept(store):
    dispatch = import_text(store, MOU).dispatch
    proposal = _mou_proposal(MOU)
    proposal["organisations"][1]["include"] = False
    result = accept_proposal(store, dispatch.id, proposal)
    assert store.get_agreement(result.agreements["a1"]).party_ids == [result.organisations["o1"]]


def test_dispatch_details_corrected_on_the_review_screen_are_kept(store, seed_text, seed_proposal):
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal["dispatch"].update({"title": "ICESCO visits Huawei in Beijing", "published_on": "2025-09-23"})
    accept_proposal(store, dispatch.id, proposal)
    stored = store.get_dispatch(dispatch.id)
    assert (stored.title, stored.published_on, stored.agency) == ("ICESCO visits Huawei in Beijing", "2025-09-23", "MAP")
    assert stored.text == seed_text
    assert [h.field_name for h in store.history("dispatch", dispatch.id) if h.field_name == "title"] == ["title"]


def test_a_bad_publication_date_on_the_review_screen_is_refused(store, seed_text, seed_proposal):
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal["dispatch"]["published_on"] = "24 septembre"
    with pytest.raises(UserError, match="publication date"):
        accept_proposal(store, dispatch.id, proposal)
    assert count(store, "organisations") == 0


def test_a_link_that_is_not_a_record_id_is_refused(store, seed_text, seed_proposal):
    dispatch = import_text(store, seed_text).dispatch
    proposal = seed_proposal(seed_text)
    proposal["organisations"][1]["existing_id"] = "Huawei"
    with pytest.raises(UserError, match="organisation o2.*not a record to link to"):
        accept_proposal(store, dispatch.id, proposal)
    assert count(store, "organisations") == 0


def test_import_accept_writes_the_host_and_invitee_people_of_their_organisation(store):
    """`import --accept`: the Vice-Chancellor who received the visit is on its host side, and the
    invitation addressed to her University names her."""
    text = resource_path("samples", "04_en_lagos_invitation_accepted.txt").read_text(encoding="utf-8")
    outcome = import_text(store, text, accept=True)
    assert outcome.accepted is not None
    [visit_row] = store.list_visits().rows
    visit = store.get_visit(visit_row["id"])
    sides = {store.get_person(p.person_id).name: p.side for p in visit.participants}
    assert sides == {"Khalid Al Suwaidi": "visiting", "Folasade Adeyemi": "host"}
    [invitation_row] = store.list_invitations().rows
    invitation = store.get_invitation(invitation_row["id"])
    assert [store.get_person(p).name for p in invitation.invitee_people] == ["Folasade Adeyemi"]
