"""Checks the bundled sample dispatches offered at first run: present, listed, readable, in the genre."""

from __future__ import annotations

import re

import pytest

from partnertracker.resources import resource_path

SAMPLES = resource_path("samples")
FILES = sorted(SAMPLES.glob("*.txt"))


def test_there_are_french_and_english_samples():
    assert 6 <= len(FILES) <= 8
    languages = {path.name.split("_")[1] for path in FILES}
    assert languages == {"fr", "en"}


def test_readme_lists_exactly_the_samples():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([^`]+\.txt)`", readme))
    assert listed == {path.name for path in FILES}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_sample_reads_like_a_dispatch(path):
    text = path.read_bytes().decode("utf-8")
    assert 120 <= len(text.split()) <= 400
    # A dateline near the top: "Rabat, 24 septembre, MAP", "PARIS, March 14 (AFP) -", ...
    head = "\n".join(text.splitlines()[:3])
    assert re.search(r"^[A-ZÀ-Ý][\w' -]+, (le )?\w+ \w+", head, flags=re.MULTILINE), head


def test_seed_like_sample_has_what_the_review_screen_shows():
    text = (SAMPLES / "01_fr_icesco_huawei_pekin.txt").read_text(encoding="utf-8")
    for words in ("(ICESCO)", "Huawei", "Pékin", "Rabat", "invités", "Secteur des partenariats"):
        assert words in text
