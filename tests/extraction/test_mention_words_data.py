"""The mentions stage reads its words from the language files: a word added there is found, with no code change."""

from __future__ import annotations

import pytest

from partnertracker.extraction import extract
from partnertracker.extraction.languages import load_language


@pytest.fixture
def fresh_grammar():
    """grammar.forget, to rebuild the regexes from language data the test changed; and after it."""
    from partnertracker.extraction import grammar

    yield grammar.forget
    grammar.forget()


def _organisations(text: str) -> list[tuple[str, str | None]]:
    return [(o["name"], o["kind"]) for o in extract(text)["organisations"]]


def test_a_verb_added_to_the_object_triggers_finds_the_body_it_governs(monkeypatch, fresh_grammar):
    # "toured Orion Veridia": two capitalised words with no head noun are a body only after a verb
    # the language file lists.
    text = (
        "date 2025-06-03\nNAIROBI, 3 June -- A delegation of the University of Nairobi toured Orion Veridia on "
        "Tuesday to discuss training in artificial intelligence."
    )
    assert _organisations(text) == [("University of Nairobi", "university")]

    english = load_language("en").data
    monkeypatch.setitem(english, "object_triggers", [*english["object_triggers"], "toured"])
    fresh_grammar()

    assert _organisations(text) == [("University of Nairobi", "university"), ("Orion Veridia", "other")]


def test_a_kind_noun_added_to_a_language_file_introduces_a_name(monkeypatch, fresh_grammar):
    text = (
        "date 2025-06-03\nLAGOS, 3 June -- The University of Lagos signed a memorandum of understanding with the "
        "Nigerian consultancy Brightwater Advisory on Tuesday."
    )
    assert "Brightwater Advisory" not in {name for name, _kind in _organisations(text)}

    english = load_language("en").data
    monkeypatch.setitem(english, "kind_nouns_before_names", {**english["kind_nouns_before_names"], "consultancy": "company"})
    fresh_grammar()

    proposal = extract(text)
    found = {o["name"]: (o["kind"], o["country"]) for o in proposal["organisations"]}
    assert found["Brightwater Advisory"] == ("company", "NG")


def test_a_minister_title_added_to_a_language_file_names_the_office_it_heads(monkeypatch, fresh_grammar):
    # The Secretary of Education heads the Department of Education once the file says a secretary
    # heads a department, as a minister heads a ministry.
    text = (
        "date 2025-06-03\nWASHINGTON, 3 June -- The Secretary of Education, Dr. Linda Marsh, received a delegation "
        "of ICESCO. The Department of Education will host a workshop."
    )

    def heads() -> dict[str, str | None]:
        proposal = extract(text)
        names = {o["id"]: o["name"] for o in proposal["organisations"]}
        return {p["name"]: names.get(p["organisation"]) for p in proposal["people"]}

    assert heads() == {"Linda Marsh": None}

    english = load_language("en").data
    monkeypatch.setitem(english, "minister_titles", {**english["minister_titles"], "secretary": "Department"})
    fresh_grammar()

    assert heads() == {"Linda Marsh": "Department of Education"}


def test_a_state_noun_added_to_a_language_file_is_cut_from_a_ministry_name(monkeypatch, fresh_grammar):
    # "ministre ... de la Principauté de Monaco": Monaco's ministry, once the file lists the noun.
    text = (
        "date 2025-06-03\nRABAT, 3 juin (MAP) -- Le ministre de l'Éducation nationale de la Principauté de Monaco, "
        "M. Jean Castellini, a été reçu mardi au siège de l'ICESCO."
    )

    def ministries() -> list[tuple[str, str | None]]:
        return [(o["name"], o["country"]) for o in extract(text)["organisations"] if o["name"].startswith("ministère")]

    before = ministries()
    monkeypatch.setitem(load_language("fr").data, "state_nouns", [*load_language("fr").data["state_nouns"], "Principauté"])
    fresh_grammar()

    assert before != ministries() == [("ministère de l'Éducation nationale", "MC")]


def test_mention_words_are_listed_in_the_language_files():
    from partnertracker.extraction.grammar import word_set

    for key, expected in [
        ("kind_nouns_before_names", {"entreprise", "societe", "company", "empresa"}),
        ("event_nouns", {"conference", "colloque", "conferencia"}),
        ("minister_titles", {"ministre", "minister", "ministro"}),
        ("led_by_words", {"conduite par", "led by"}),
        ("object_triggers", {"a visite", "visited"}),
    ]:
        assert expected <= word_set(key), key
