"""`partnertracker search` and `partnertracker backup` as a user runs them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from partnertracker.domain import Dispatch, Organisation
from partnertracker.store import LATEST_VERSION, open_store


def _fill(db: Path) -> None:
    with open_store(db) as store:
        store.add_dispatch(Dispatch(
            text="Les deux parties ont salué la coopération dans le domaine du patrimoine.",
            sha256="1" * 64, title="Visite de travail à Tunis"))
        store.add_organisation(Organisation(name="Heritage Trust of Tunis", acronym="HTT"))


def test_search_prints_kind_title_and_snippet(run_cli, db_path):
    _fill(db_path)
    result = run_cli("--db", str(db_path), "search", "cooperation")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("dispatch") and "Visite de travail à Tunis" in lines[0]
    assert "[coopération]" in lines[1]
    assert result.stderr == ""


def test_search_json_lists_hits(run_cli, db_path):
    _fill(db_path)
    result = run_cli("--db", str(db_path), "search", "tunis", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert {(h["kind"], h["title"]) for h in hits} == {
        ("organisation", "Heritage Trust of Tunis (HTT)"), ("dispatch", "Visite de travail à Tunis")}
    assert hits[0]["kind"] == "organisation"  # named in the title: ranked first
    assert all(set(h) == {"kind", "id", "title", "snippet", "rank"} for h in hits)


def test_search_without_matches_says_so(run_cli, db_path):
    result = run_cli("--db", str(db_path), "search", "coopération")
    assert (result.returncode, result.stdout, result.stderr) == (0, "no matches\n", "")


def test_a_query_with_no_words_is_one_clear_line(run_cli, db_path):
    result = run_cli("--db", str(db_path), "search", 'AND ("')
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("partnertracker: cannot understand the search")


def test_punctuation_in_a_query_is_read_as_plain_words(run_cli, db_path):
    _fill(db_path)
    result = run_cli("--db", str(db_path), "search", 'AND ("patrimoine')
    assert result.returncode == 0, result.stderr
    assert "Visite de travail à Tunis" in result.stdout


def test_search_uses_the_environment_database(run_cli, db_path):
    _fill(db_path)
    result = run_cli("search", "HTT", env={"PARTNERTRACKER_DB": str(db_path)})
    assert result.returncode == 0 and "Heritage Trust of Tunis" in result.stdout


def test_a_database_from_a_newer_version_is_refused_in_one_line(run_cli, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for command in (["search", "x"], ["backup"]):
        result = run_cli("--db", str(db_path), *command)
        assert result.returncode == 1
        assert result.stderr == (
            f"partnertracker: this database was written by a newer version of partnertracker "
            f"(schema {LATEST_VERSION + 1}); this version understands up to {LATEST_VERSION}. "
            "Upgrade partnertracker.\n"
        )


def test_a_database_path_that_cannot_be_created_is_one_clear_line(run_cli, tmp_path):
    (tmp_path / "file.txt").write_text("x")
    result = run_cli("--db", str(tmp_path / "file.txt" / "db.sqlite"), "search", "x")
    assert result.returncode == 1
    assert result.stderr.startswith("partnertracker: cannot write the database at ")
    assert result.stderr.count("\n") == 1


def test_backup_writes_a_copy_where_asked(run_cli, db_path, tmp_path):
    _fill(db_path)
    result = run_cli("--db", str(db_path), "backup", "-o", "copy.sqlite")
    copy = tmp_path / "copy.sqlite"  # run_cli runs in tmp_path
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"backup written to {copy}"
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT name FROM organisations").fetchall() == [("Heritage Trust of Tunis",)]
    conn.close()


def test_backup_by_default_goes_beside_the_database_with_a_timestamp(run_cli, db_path):
    _fill(db_path)
    result = run_cli("--db", str(db_path), "backup")
    assert result.returncode == 0, result.stderr
    (copy,) = db_path.parent.glob("test-backup-*.sqlite")
    assert result.stdout.strip() == f"backup written to {copy}"
    with open_store(copy) as store:
        assert store.search("patrimoine")[0].title == "Visite de travail à Tunis"


def test_backup_of_a_missing_database_creates_nothing(run_cli, tmp_path):
    missing = tmp_path / "nothing-here.sqlite"
    result = run_cli("--db", str(missing), "backup", "-o", "copy.sqlite")
    assert result.returncode == 1
    assert result.stderr == f"partnertracker: there is no database at {missing} to back up; check --db or $PARTNERTRACKER_DB\n"
    assert not missing.exists() and not (tmp_path / "copy.sqlite").exists()


def test_backup_to_an_unwritable_place_is_one_clear_line(run_cli, db_path, tmp_path):
    _fill(db_path)
    (tmp_path / "file.txt").write_text("x")
    result = run_cli("--db", str(db_path), "backup", "-o", str(tmp_path / "file.txt" / "copy.sqlite"))
    assert result.returncode == 1
    assert result.stderr.startswith("partnertracker: cannot write the backup at ")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_a_partner_found_by_name_is_one_line(run_cli, db_path):
    _fill(db_path)
    result = run_cli("--db", str(db_path), "search", "HTT")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["partner  #1  Heritage Trust of Tunis (HTT)"]
