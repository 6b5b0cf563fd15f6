"""Opening a database file: folders, pragmas, refusals, migrations, backups, transactions, two writers."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from partnertracker.domain import FollowUp, Organisation
from partnertracker.errors import UserError
from partnertracker.store import LATEST_VERSION, open_store
from partnertracker.store.connection import connect
from partnertracker.store.schema import MIGRATIONS, migrate


def test_open_creates_missing_folders_and_a_current_schema(tmp_path: Path):
    path = tmp_path / "deep" / "er" / "partners.sqlite"
    with open_store(path) as store:
        assert store.schema_version == LATEST_VERSION
    assert path.is_file()
    conn = sqlite3.connect(path)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert {"organisations", "dispatches", "visits", "invitations", "history", "search_index"} <= tables


def test_connection_has_foreign_keys_wal_and_a_busy_timeout(store):
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_foreign_keys_are_enforced(store):
    with pytest.raises(UserError, match="not in the database"):
        store.add_follow_up(FollowUp("Call them", organisation_id=999))
    assert store.list_follow_ups().total == 0


def test_a_path_under_a_regular_file_is_refused_clearly(tmp_path: Path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    with pytest.raises(UserError) as caught:
        open_store(blocker / "db.sqlite")
    message = str(caught.value)
    assert message.startswith(f"cannot write the database at {blocker / 'db.sqlite'}")
    assert blocker.read_text() == "not a folder"


def test_a_folder_given_as_the_database_is_refused(tmp_path: Path):
    with pytest.raises(UserError, match="it is a folder"):
        open_store(tmp_path)


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path):
    path = tmp_path / "report.sqlite"
    path.write_text("Minutes of the meeting with the delegation.\n" * 50)
    before = path.read_bytes()
    with pytest.raises(UserError, match="is not a partnertracker database"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE organisations (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as caught:
        open_store(path)
    assert str(caught.value) == (
        f"this database was written by a newer version of partnertracker (schema {LATEST_VERSION + 5}); "
        f"this version understands up to {LATEST_VERSION}. Upgrade partnertracker."
    )
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 5
    conn.close()
    assert not list(tmp_path.glob("future.sqlite.bak-*"))


def test_migrations_are_numbered_in_order():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_a_new_file_is_not_backed_up(tmp_path: Path):
    open_store(tmp_path / "new.sqlite").close()
    assert not list(tmp_path.glob("*.bak-*"))


def _file_at_version_1(path: Path) -> None:
    """A database as the first release wrote it, with one partner in it."""
    conn = connect(path)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO organisations (uuid, created_at, updated_at, name) "
        "VALUES ('u-1', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'Coopération Numérique')"
    )
    conn.close()


def test_an_older_file_is_backed_up_then_upgraded_keeping_its_records(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    _file_at_version_1(path)

    with open_store(path) as store:
        assert store.schema_version == LATEST_VERSION
        assert store.get_organisation(1).name == "Coopération Numérique"
        # The version-2 step indexed what was already there.
        assert [hit.id for hit in store.search("cooperation", kinds=["organisation"])] == [1]

    backups = list(tmp_path.glob("old.sqlite.bak-v1-*"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT name FROM organisations").fetchall() == [("Coopération Numérique",)]
    copy.close()


def test_a_failing_migration_step_leaves_the_file_at_its_version(tmp_path: Path, monkeypatch):
    path = tmp_path / "old.sqlite"
    _file_at_version_1(path)
    from partnertracker.store import schema

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], schema.Migration(2, "broken", broken)])
    with pytest.raises(UserError, match=r"cannot upgrade the database at .* beyond schema 1 \(disk I/O error\)"):
        open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert conn.execute("SELECT name FROM organisations").fetchall() == [("Coopération Numérique",)]
    conn.close()
    assert len(list(tmp_path.glob("old.sqlite.bak-v1-*"))) == 1


def test_a_transaction_rolls_back_everything_on_error(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.add_organisation(Organisation(name="First"))
        with store.transaction():  # joins the outer transaction
            store.add_organisation(Organisation(name="Second"))
        raise RuntimeError("the officer's action failed half-way")
    assert store.list_organisations().total == 0


def test_nested_transactions_commit_once_with_the_outer_one(store, db_path: Path):
    other = sqlite3.connect(db_path)
    with store.transaction():
        with store.transaction():
            store.add_organisation(Organisation(name="Inner"))
        # Not visible to another connection until the outer transaction commits.
        assert other.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
    assert other.execute("SELECT count(*) FROM organisations").fetchone()[0] == 1
    other.close()


def test_two_connections_writing_at_once_both_succeed(db_path: Path):
    open_store(db_path).close()
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(prefix: str) -> None:
        try:
            with open_store(db_path) as store:
                start.wait()
                for n in range(40):
                    with store.transaction():
                        store.add_organisation(Organisation(name=f"{prefix} {n}"))
                        store.add_follow_up(FollowUp(f"Write to {prefix} {n}"))
        except BaseException as error:  # reported below, in the test's own thread
            errors.append(error)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("North", "South")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(db_path) as store:
        assert store.list_organisations(limit=0).total == 80
        assert store.list_follow_ups(limit=0).total == 80


def test_two_stores_opening_a_new_file_at_once_migrate_it_once(db_path: Path):
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            open_store(db_path).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_and_close) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(db_path) as store:
        assert store.schema_version == LATEST_VERSION


def test_backup_is_a_consistent_standalone_copy(store, tmp_path: Path):
    store.add_organisation(Organisation(name="Nimbus Telecom"))
    target = store.backup(tmp_path / "copies" / "copy.sqlite")
    assert target == tmp_path / "copies" / "copy.sqlite"
    assert not list(target.parent.glob("*.tmp"))
    with open_store(target) as copy:
        assert [row["name"] for row in copy.list_organisations().rows] == ["Nimbus Telecom"]
        assert [hit.title for hit in copy.search("nimbus")] == ["Nimbus Telecom"]


def test_backup_replaces_an_older_copy(store, tmp_path: Path):
    target = tmp_path / "copy.sqlite"
    store.backup(target)
    store.add_organisation(Organisation(name="Added later"))
    store.backup(target)
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT name FROM organisations").fetchall() == [("Added later",)]
    conn.close()


def test_backup_to_an_unwritable_place_is_a_clear_error(store, tmp_path: Path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(UserError, match=r"cannot write the backup at .*file\.txt/copy\.sqlite"):
        store.backup(blocker / "copy.sqlite")
    with pytest.raises(UserError, match="it is a folder"):
        store.backup(tmp_path)


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path: Path):
    for version in (0, 2):
        path = tmp_path / f"places-{version}.sqlite"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
        conn.close()
        with pytest.raises(UserError, match="is an SQLite file of another program"):
            open_store(path)
        conn = sqlite3.connect(path)
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        conn.close()
        assert tables == ["bookmarks"]
    assert not list(tmp_path.glob("*.bak-*"))
