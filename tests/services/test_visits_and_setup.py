"""Visits logged by hand, and the first-run set-up (home organisation, officer, samples)."""

from __future__ import annotations

import pytest

from partnertracker.domain import Organisation, Participant, Person, Visit
from partnertracker.errors import UserError
from partnertracker.services.setup import (
    load_sample_dispatches,
    officer_name,
    set_home_organisation,
    set_officer_name,
)
from partnertracker.services.visits import log_visit


@pytest.fixture
def partners(store):
    home = set_home_organisation(store, "Islamic World Organization", acronym="ICESCO", country="ma")
    partner = store.add_organisation(Organisation(name="Huawei"))
    return home, partner


def test_a_visit_logged_by_hand_gets_its_precision_and_direction(store, partners):
    home, partner = partners
    person = store.add_person(Person(name="Karim Benslimane", organisation_id=home.id))
    visit = log_visit(store, Visit(date="2025-07", visitor_ids=[home.id], host_id=partner.id, city="Beijing",
                                   country="cn", participants=[Participant(person_id=person.id)]))
    stored = store.get_visit(visit.id)
    assert (stored.date, stored.date_precision, stored.direction, stored.country) == ("2025-07", "month", "outgoing", "CN")
    assert stored.dispatch_id is None
    incoming = log_visit(store, Visit(date="2025-08-02", date_precision="month", visitor_ids=[partner.id],
                                      host_id=home.id))
    assert (incoming.date, incoming.date_precision, incoming.direction) == ("2025-08", "month", "incoming")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"date": "14/07/2025"}, "not a valid visit date"),
        ({"date": "2025-02-30"}, "not a valid visit date"),
        ({"date": "2025-07", "date_precision": "day"}, "known to the month only"),
        ({"date": None, "date_precision": "day"}, "no date cannot have a date precision"),
        ({"date_precision": "week"}, "not a date precision"),
        ({"visitor_ids": [], "host_id": None}, "needs a visiting side or a host"),
        ({"host_id": 999}, "no partner #999"),
        ({"country": "China"}, "not a country code"),
        ({"participants": [Participant(person_id=55)]}, "no person #55"),
    ],
)
def test_a_visit_typed_wrong_is_refused_with_what_to_do(store, partners, changes, message):
    home, partner = partners
    values = {"date": "2025-07-14", "visitor_ids": [home.id], "host_id": partner.id, **changes}
    with pytest.raises(UserError, match=message):
        log_visit(store, Visit(**values))
    assert store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0


def test_home_organisation_is_one_and_reused_not_duplicated(store, partners):
    home, partner = partners
    assert store.home_organisation().id == home.id and home.country == "MA"
    again = set_home_organisation(store, "icesco")  # the same organisation by its acronym
    assert again.id == home.id
    moved = set_home_organisation(store, existing_id=partner.id)
    assert store.home_organisation().id == moved.id == partner.id
    assert not store.get_organisation(home.id).is_home
    assert store.settings_get("home_organisation_id") == partner.id
    with pytest.raises(UserError, match="type the name"):
        set_home_organisation(store, "  ")
    with pytest.raises(UserError, match="no partner #404"):
        set_home_organisation(store, existing_id=404)
    with pytest.raises(UserError, match="country code"):
        set_home_organisation(store, "X", country="Morocco")


def test_officer_name(store):
    assert officer_name(store) is None
    set_officer_name(store, " Amina  Diallo ")
    assert officer_name(store) == "Amina Diallo"
    with pytest.raises(UserError):
        set_officer_name(store, "")


def test_sample_dispatches_land_in_the_inbox_once(store):
    report = load_sample_dispatches(store)
    assert len(report.imported) == 7 and not report.skipped
    assert {d.state for d in (store.get_dispatch(o.dispatch.id) for o in report.imported)} == {"new"}
    assert len(load_sample_dispatches(store).duplicates) == 7
