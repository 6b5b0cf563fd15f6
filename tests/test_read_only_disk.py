"""A database or a destination on a read-only disk: a clear message, never a traceback, nothing lost."""

from __future__ import annotations

import pytest

from partnertracker.errors import UserError
from partnertracker.store import open_store


@pytest.fixture
def existing_db(db_path):
    with open_store(db_path) as store:
        store.settings_set("officer_name", "Amal Idrissi")
    return db_path.read_bytes()


def test_a_new_database_on_a_read_only_disk_is_refused_with_a_sentence(read_only_folder):
    folder = read_only_folder()
    with pytest.raises(UserError, match="cannot") as refused:
        open_store(folder / "partnertracker.sqlite")
    assert str(folder) in str(refused.value)


def test_an_existing_database_on_a_read_only_disk_says_so_and_stays_whole(read_only_folder, existing_db):
    folder = read_only_folder({"partnertracker.sqlite": existing_db})
    with pytest.raises(UserError, match="read-only|cannot write"):
        open_store(folder / "partnertracker.sqlite")
    assert (folder / "partnertracker.sqlite").read_bytes() == existing_db


def test_the_cli_on_a_read_only_disk_is_one_line_and_exit_1(run_cli, read_only_folder, existing_db):
    folder = read_only_folder({"partnertracker.sqlite": existing_db})
    result = run_cli("--db", str(folder / "partnertracker.sqlite"), "search", "Huawei")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_backup_to_a_read_only_disk_says_why(run_cli, read_only_folder, db_path, existing_db):
    folder = read_only_folder()
    result = run_cli("--db", str(db_path), "backup", "-o", str(folder / "copy.sqlite"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(folder / "copy.sqlite") in result.stderr
    assert list(folder.iterdir()) == []
