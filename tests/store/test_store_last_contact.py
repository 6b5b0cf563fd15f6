"""Each partner's stored last contact: right after every kind of write, filled on upgrade, sorted from its index."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from partnertracker.domain import Organisation, Visit
from partnertracker.store import open_store
from partnertracker.store.connection import connect
from partnertracker.store.schema import LATEST_VERSION, latest_visit_sql, migrate
from partnertracker.store.view_queries import partner_page


@pytest.fixture
def partners(store) -> dict[str, int]:
    return {name: store.add_organisation(Organisation(name=name)).id
            for name in ("Atlas", "Baltic", "Cedar", "Delta", "Ember")}


def last_contacts(store) -> dict[str, str | None]:
    """What the partners list shows in its Last contact column, by partner name."""
    return {row["name"]: row["last_contact"] for row in store.list_organisations(limit=100).rows}


def from_the_visits(conn: sqlite3.Connection) -> dict[int, str | None]:
    """Last contact worked out from every visit, as the list did before it was stored."""
    return dict(conn.execute(f"SELECT o.id, {latest_visit_sql('o.id')} FROM organisations o"))


def stored(conn: sqlite3.Connection) -> dict[int, str | None]:
    return dict(conn.execute("SELECT id, last_contact FROM organisations"))


def test_adding_a_visit_dates_its_host_and_visitors(store, partners):
    store.add_visit(Visit(date="2024-03-01", host_id=partners["Atlas"], visitor_ids=[partners["Baltic"]]))
    store.add_visit(Visit(date="2023-05", host_id=partners["Baltic"]))  # older: Baltic keeps 2024-03-01
    store.add_visit(Visit(date=None, host_id=partners["Cedar"]))  # no date: no contact date either
    assert last_contacts(store) == {"Atlas": "2024-03-01", "Baltic": "2024-03-01", "Cedar": None,
                                    "Delta": None, "Ember": None}


def test_editing_a_visit_moves_the_date_with_it(store, partners):
    visit = store.add_visit(Visit(date="2025-06", host_id=partners["Atlas"], visitor_ids=[partners["Baltic"]]))
    store.add_visit(Visit(date="2024-01-10", host_id=partners["Baltic"], visitor_ids=[partners["Atlas"]]))

    store.update_visit(visit.id, date="2023")  # re-dated earlier: the other visit is now the latest
    assert last_contacts(store)["Atlas"] == "2024-01-10" and last_contacts(store)["Baltic"] == "2024-01-10"
    store.update_visit(visit.id, date="2026-02-03")
    assert last_contacts(store)["Atlas"] == "2026-02-03"

    store.update_visit(visit.id, host_id=partners["Cedar"])  # another host
    shown = last_contacts(store)
    assert (shown["Atlas"], shown["Cedar"], shown["Baltic"]) == ("2024-01-10", "2026-02-03", "2026-02-03")

    store.update_visit(visit.id, visitor_ids=[partners["Delta"]])  # other visitors
    shown = last_contacts(store)
    assert (shown["Baltic"], shown["Delta"], shown["Cedar"]) == ("2024-01-10", "2026-02-03", "2026-02-03")


def test_deleting_and_restoring_a_visit(store, partners):
    store.add_visit(Visit(date="2024-02", host_id=partners["Atlas"]))
    latest = store.add_visit(Visit(date="2025-09-30", host_id=partners["Ember"], visitor_ids=[partners["Atlas"]]))
    store.delete_visit(latest.id)
    shown = last_contacts(store)
    assert (shown["Atlas"], shown["Ember"]) == ("2024-02", None)
    store.restore_visit(latest.id)
    shown = last_contacts(store)
    assert (shown["Atlas"], shown["Ember"]) == ("2025-09-30", "2025-09-30")
    store.update_visit(latest.id, date="2025-10-01")  # a restored visit is edited like any other
    assert last_contacts(store)["Ember"] == "2025-10-01"


def test_any_sequence_of_writes_keeps_the_stored_value_equal_to_the_visits(store, partners):
    """Random adds, edits, deletions, restorations and outright SQL deletions (any code path)."""
    chance = random.Random(20261126)
    ids = list(partners.values())
    visits: list[int] = []
    dates = ["2023", "2024-05", "2024-05-17", "2025-01-02", "2025-12", None]
    for step in range(300):
        action = chance.choice(["add", "add", "date", "host", "visitors", "delete", "restore", "drop"])
        if action == "add" or not visits:
            host = chance.choice([*ids, None])
            visitors = chance.sample([i for i in ids if i != host], k=chance.randint(0 if host else 1, 2))
            visits.append(store.add_visit(Visit(date=chance.choice(dates), host_id=host, visitor_ids=visitors)).id)
        else:
            visit_id = chance.choice(visits)
            current = store.get_visit(visit_id)
            if action == "date":
                store.update_visit(visit_id, date=chance.choice(dates))
            elif action == "host":
                free = [i for i in ids if i not in current.visitor_ids]
                store.update_visit(visit_id, host_id=chance.choice([*free, None] if current.visitor_ids else free))
            elif action == "visitors":
                others = [i for i in ids if i != current.host_id]
                chosen = chance.sample(others, k=chance.randint(0 if current.host_id else 1, 2))
                store.update_visit(visit_id, visitor_ids=chosen)
            elif action == "delete":
                store.delete_visit(visit_id)
            elif action == "restore":
                store.restore_visit(visit_id)
            else:
                with store.transaction():
                    store.conn.execute("DELETE FROM visits WHERE id = ?", (visit_id,))
                visits.remove(visit_id)
        assert stored(store.conn) == from_the_visits(store.conn), f"after step {step} ({action})"
    assert any(stored(store.conn).values())


def test_partners_sorted_by_last_contact_both_ways_never_contacted_last(store, partners):
    store.add_visit(Visit(date="2024-03", host_id=partners["Cedar"]))
    store.add_visit(Visit(date="2025-01-02", host_id=partners["Atlas"], visitor_ids=[partners["Ember"]]))
    store.add_visit(Visit(date="2023", host_id=partners["Delta"]))
    store.add_organisation(Organisation(name="alder"))  # never contacted, sorts by name among those
    oldest_first = ["Delta", "Cedar", "Atlas", "Ember", "alder", "Baltic"]
    newest_first = ["Ember", "Atlas", "Cedar", "Delta", "Baltic", "alder"]

    def names(descending: bool, page_size: int) -> list[str]:
        shown, offset = [], 0
        while page := partner_page(store.conn, order_by="last_contact", descending=descending,
                                   limit=page_size, offset=offset):
            shown += [row["name"] for row in page]
            offset += page_size
        return shown

    for page_size in (1, 2, 4, 100):  # pages that end before, on and after the last dated partner
        assert names(False, page_size) == oldest_first
        assert names(True, page_size) == newest_first
    rows = partner_page(store.conn, order_by="last_contact", descending=True, limit=2)
    assert [row["last_contact"] for row in rows] == ["2025-01-02", "2025-01-02"]
    filtered = partner_page(store.conn, filter_text="a", order_by="last_contact", limit=10)
    assert [row["name"] for row in filtered] == ["Delta", "Cedar", "Atlas", "alder", "Baltic"]


def test_a_version_5_file_is_upgraded_with_last_contacts_filled(tmp_path: Path):
    path = tmp_path / "v5.sqlite"
    conn = connect(path)
    migrate(conn, target=5)
    stamp = "2025-01-01T00:00:00Z"
    for n, name in enumerate(["Atlas", "Baltic", "Cedar", "Delta"], start=1):
        conn.execute("INSERT INTO organisations (id, uuid, created_at, updated_at, name) VALUES (?, ?, ?, ?, ?)",
                     (n, f"o-{n}", stamp, stamp, name))
    visits = [(1, "2024-03-01", 1, None), (2, "2025-06", 2, None), (3, "2026-01-01", 3, stamp), (4, None, 4, None)]
    for visit_id, date, host, deleted in visits:
        conn.execute("INSERT INTO visits (id, uuid, created_at, updated_at, deleted_at, date, host_id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (visit_id, f"v-{visit_id}", stamp, stamp, deleted, date, host))
    conn.execute("INSERT INTO visit_organisations (visit_id, organisation_id) VALUES (2, 1), (3, 4)")
    conn.close()

    with open_store(path) as store:
        assert store.schema_version == LATEST_VERSION >= 6
        # Atlas visited Baltic in 2025-06; Cedar's and Delta's only dated visit is deleted.
        assert last_contacts(store) == {"Atlas": "2025-06", "Baltic": "2025-06", "Cedar": None, "Delta": None}
        assert store.get_visit(3).deleted_at == stamp and store.get_visit(2).visitor_ids == [1]
        store.restore_visit(3)  # the triggers came with the upgrade
        assert last_contacts(store)["Delta"] == "2026-01-01"
    [backup] = tmp_path.glob("v5.sqlite.bak-v5-*")
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 5
    assert "last_contact" not in [row[1] for row in copy.execute("PRAGMA table_info(organisations)")]
    copy.close()
