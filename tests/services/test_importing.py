"""Importing dispatches: stored verbatim once, with their proposal; folders with bad files go on."""

from __future__ import annotations

import hashlib

import pytest

from partnertracker.domain import DispatchState
from partnertracker.errors import UserError
from partnertracker.services.importing import import_paths, import_text

ENGLISH = """RABAT, 3 June (WAM) -- The Director-General of the Arab Bureau for Digital Learning (ABDL),
Dr Samir Haddad, visited Atlas Robotics in Casablanca on Tuesday to discuss cooperation in
artificial intelligence and teacher training. Haddad invited the company to visit the Bureau's
headquarters in Tunis.
"""


def dispatch_count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM dispatches").fetchone()[0]


def test_import_text_stores_the_dispatch_verbatim_with_its_proposal(store, seed_text):
    outcome = import_text(store, seed_text, source="01_fr_icesco_huawei_pekin.txt")
    assert not outcome.duplicate and outcome.accepted is None
    stored = store.get_dispatch(outcome.dispatch.id)
    assert stored.text == seed_text
    assert stored.sha256 == hashlib.sha256(seed_text.encode("utf-8")).hexdigest()
    assert (stored.agency, stored.dateline_place, stored.published_on, stored.language) == (
        "MAP", "Rabat", "2025-09-24", "fr"
    )
    assert stored.title and stored.title.startswith("L'Organisation du monde islamique")
    assert stored.source == "01_fr_icesco_huawei_pekin.txt"
    assert stored.state == DispatchState.NEW
    assert stored.proposal["schema"] == "partnertracker.proposal/1"
    assert any(o.get("acronym") == "ICESCO" for o in stored.proposal["organisations"])
    # Importing writes no records: they wait for the officer's review.
    assert store.conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0


def test_the_same_text_imported_twice_is_one_dispatch(store, seed_text):
    first = import_text(store, seed_text)
    second = import_text(store, seed_text, source="copy.txt")
    assert second.duplicate and second.dispatch.id == first.dispatch.id
    assert dispatch_count(store) == 1


def test_an_empty_text_is_refused(store):
    with pytest.raises(UserError, match="empty"):
        import_text(store, "   \n ")
    assert dispatch_count(store) == 0


def test_import_text_with_accept_writes_the_records(store):
    outcome = import_text(store, ENGLISH, accept=True)
    assert outcome.accepted is not None and outcome.accepted.organisations
    assert store.get_dispatch(outcome.dispatch.id).state == DispatchState.REVIEWED
    names = {r[0] for r in store.conn.execute("SELECT name FROM organisations")}
    assert "Atlas Robotics" in names


def test_a_folder_with_bad_files_imports_the_good_ones_and_says_why_for_the_rest(store, tmp_path, seed_text):
    folder = tmp_path / "wires"
    folder.mkdir()
    (folder / "a_good.txt").write_text(seed_text, encoding="utf-8")
    (folder / "b_binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "c_empty.txt").write_bytes(b"")
    french = "Paris, le 12 mars 2024 - Le ministère de l'Éducation a reçu une délégation de l'ICESCO à Paris.\n"
    (folder / "d_cp1252.txt").write_bytes(french.encode("cp1252"))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a dispatch")
    report = import_paths(store, [folder])
    assert len(report.imported) == 2 and len(report.skipped) == 2 and not report.duplicates
    assert len(import_paths(store, [folder]).duplicates) == 2
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert "binary" in reasons["b_binary.txt"]
    assert "empty" in reasons["c_empty.txt"]
    texts = {store.get_dispatch(o.dispatch.id).text for o in report.imported}
    assert french in texts  # accents decoded from cp1252, not mangled
    assert [f.status for f in report.files] == ["imported", "skipped", "skipped", "imported"]


def test_a_huge_file_is_skipped_and_says_so(store, tmp_path):
    huge = tmp_path / "archive.txt"
    huge.write_bytes(b"word " * (1_100_000))
    report = import_paths(store, [huge])
    assert [s.reason for s in report.skipped] == ["too big to be a dispatch (5.2 MB, the limit is 5 MB)"]
    assert dispatch_count(store) == 0


def test_folders_are_walked_in_order_for_dispatch_files_only(store, tmp_path, seed_text):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "z.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "sub" / "a.html").write_text(
        f"<html><head><style>p{{}}</style></head><body><p>{seed_text}</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "in" / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "in" / ".hidden.txt").write_text(ENGLISH + "hidden", encoding="utf-8")
    (tmp_path / "in" / "README.md").write_text("Dispatches collected in March.", encoding="utf-8")
    report = import_paths(store, [tmp_path / "in"])
    assert [f.path.rsplit("/", 1)[-1] for f in report.files] == ["z.md", "a.html"]
    html = store.get_dispatch(report.imported[1].dispatch.id).text
    assert "<p>" not in html and "Huawei" in html


def test_a_missing_path_and_an_empty_folder_are_skipped_with_their_reason(store, tmp_path):
    (tmp_path / "empty").mkdir()
    report = import_paths(store, [tmp_path / "nowhere.txt", tmp_path / "empty"])
    assert [s.reason for s in report.skipped] == [
        "no such file or folder", "the folder holds no dispatch files (.txt, .html, .htm, .eml, .md)"
    ]
    assert not report.imported


def test_progress_is_reported_and_a_cancel_keeps_what_was_done(store, tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(ENGLISH.replace("Tuesday", f"Tuesday {n}"), encoding="utf-8")
    calls = []

    def progress(done, total, name):
        calls.append((done, total, name))

    report = import_paths(store, [tmp_path], progress=progress, is_cancelled=lambda: len(calls) >= 1)
    assert report.cancelled and len(report.imported) == 1
    assert calls == [(0, 3, "0.txt")]
    assert dispatch_count(store) == 1
    again = import_paths(store, [tmp_path], progress=progress)
    assert (len(again.duplicates), len(again.imported)) == (1, 2)
    assert calls[-1] == (3, 3, "")


def test_import_paths_with_accept_resolves_later_dispatches_against_earlier_ones(store, tmp_path):
    (tmp_path / "1.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "2.txt").write_text(ENGLISH.replace("on Tuesday", "on Wednesday"), encoding="utf-8")
    report = import_paths(store, [tmp_path], accept=True)
    assert len(report.imported) == 2 and all(o.accepted for o in report.imported)
    assert store.conn.execute("SELECT count(*) FROM organisations WHERE name = 'Atlas Robotics'").fetchone()[0] == 1
    assert report.summary() == "2 imported, 0 already imported, 0 skipped, 2 accepted"


def test_a_folder_import_leaves_the_connection_as_it_found_it(store, tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    before = store.conn.execute("PRAGMA synchronous").fetchone()[0]
    import_paths(store, [tmp_path])
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == before
    assert not store.conn.in_transaction


def test_import_with_accept_accepts_a_dispatch_imported_earlier_for_review(store, seed_text):
    first = import_text(store, seed_text)
    again = import_text(store, seed_text, accept=True)
    assert again.duplicate and again.accepted is not None
    assert again.dispatch.id == first.dispatch.id and again.dispatch.state == DispatchState.REVIEWED
    assert store.conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == len(again.accepted.organisations)
    # Already accepted: a third time writes nothing more.
    third = import_text(store, seed_text, accept=True)
    assert third.duplicate and third.accepted is None
