"""`partnertracker import` as a user types it: one line per file, a summary, records with --accept."""

from __future__ import annotations

from partnertracker.resources import resource_path
from partnertracker.store import open_store

SEED = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")


def test_import_a_folder_then_again(run_cli, db_path, tmp_path):
    folder = tmp_path / "wires"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli("--db", str(db_path), "import", str(folder))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{folder / 'a.txt'}: imported (dispatch #1)"
    assert lines[1].startswith(f"{folder / 'b.txt'}: skipped: ") and "binary" in lines[1]
    assert lines[-1] == "1 imported, 0 already imported, 1 skipped"
    again = run_cli("--db", str(db_path), "import", str(folder / "a.txt"))
    assert again.returncode == 0
    assert again.stdout.splitlines()[0] == f"{folder / 'a.txt'}: already imported (dispatch #1)"
    with open_store(db_path) as store:
        assert store.conn.execute("SELECT count(*), min(state) FROM dispatches").fetchone() == (1, "new")
        assert store.conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
    accepted = run_cli("--db", str(db_path), "import", str(folder / "a.txt"), "--accept")
    assert accepted.stdout.splitlines() == [
        f"{folder / 'a.txt'}: already imported (dispatch #1, accepted)",
        "0 imported, 1 already imported, 0 skipped, 1 accepted",
    ]
    with open_store(db_path) as store:
        assert store.get_dispatch(1).state == "reviewed"
        assert store.conn.execute("SELECT count(*) FROM organisations").fetchone()[0] >= 2


def test_import_with_accept_writes_the_records(run_cli, db_path):
    result = run_cli("--db", str(db_path), "import", str(SEED), "--accept")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith("imported (dispatch #1, accepted)")
    assert result.stdout.splitlines()[-1] == "1 imported, 0 already imported, 0 skipped, 1 accepted"
    with open_store(db_path) as store:
        assert store.get_dispatch(1).state == "reviewed"
        names = {row[0] for row in store.conn.execute("SELECT name FROM organisations")}
        assert "Huawei" in names
        assert store.conn.execute("SELECT count(*) FROM visits WHERE dispatch_id = 1").fetchone()[0] >= 1


def test_nothing_importable_exits_1_with_a_clear_message(run_cli, db_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run_cli("--db", str(db_path), "import", str(empty), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert f"{empty}: skipped: the file is empty" in result.stdout
    assert f"{tmp_path / 'missing.txt'}: skipped: no such file or folder" in result.stdout
    assert result.stderr.strip() == "partnertracker: nothing could be imported; the lines above say why for each file"
    assert "Traceback" not in result.stderr


def test_import_needs_a_path(run_cli, db_path):
    result = run_cli("--db", str(db_path), "import")
    assert result.returncode == 2 and "Traceback" not in result.stderr
