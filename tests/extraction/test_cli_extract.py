"""`partnertracker extract` as a user runs it."""

from __future__ import annotations

import json


def test_one_file_prints_one_json_object(run_cli, tmp_path, wire_en):
    path = tmp_path / "wire.txt"
    path.write_text(wire_en, encoding="utf-8")
    result = run_cli("extract", str(path), "--json")
    assert result.returncode == 0, result.stderr
    proposal = json.loads(result.stdout)
    assert proposal["schema"] == "partnertracker.proposal/1"
    assert proposal["dispatch"]["agency"] == "WAM"
    assert any(o["name"] == "Atlas Robotics" for o in proposal["organisations"])


def test_several_files_print_a_list_and_unreadable_ones_a_line_each(run_cli, tmp_path, seed_like_fr):
    good = tmp_path / "seed-like.txt"
    good.write_bytes(seed_like_fr.encode("cp1252"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x00\x00")
    result = run_cli("extract", str(good), str(empty), str(binary), "--json")
    assert result.returncode == 1
    proposals = json.loads(result.stdout)
    assert len(proposals) == 1
    assert proposals[0]["dispatch"]["dateline_place"] == "Le Caire"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "empty.txt" in lines[0] and "empty" in lines[0]
    assert "photo.jpg" in lines[1] and "binary" in lines[1]
    assert "Traceback" not in result.stderr


def test_readable_summary_without_json(run_cli, tmp_path, seed_like_fr):
    path = tmp_path / "seed-like.txt"
    path.write_text(seed_like_fr, encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    assert "Organisations:" in result.stdout
    assert "Pr Nadia K. Benali — Directrice générale, OMSI" in result.stdout
    assert "completed: OMSI -> Kemet Data in Cairo, EG, 2025-03-18" in result.stdout
    assert "pending: OMSI invites Kemet Data (visit, Tunis, TN)" in result.stdout


def test_missing_file_is_one_clear_line(run_cli, tmp_path):
    result = run_cli("extract", str(tmp_path / "absent.txt"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"partnertracker: {tmp_path / 'absent.txt'}: no such file"
