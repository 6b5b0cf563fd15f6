"""Full-text search as an officer uses it: accents, ranking, kinds, deleted records, odd queries."""

from __future__ import annotations

import pytest

from partnertracker.domain import Dispatch, FollowUp, Organisation, Person, Visit
from partnertracker.store.search import fts_query


@pytest.fixture
def wires(store):
    ids = {}
    ids["fr"] = store.add_dispatch(Dispatch(
        text="La coopération entre les deux organisations porte sur l'éducation numérique.",
        sha256="1" * 64, title="Renforcement de la coopération")).id
    ids["en"] = store.add_dispatch(Dispatch(
        text="The delegation discussed teacher training and heritage in Rabat.",
        sha256="2" * 64, title="Delegation received")).id
    ids["mention"] = store.add_dispatch(Dispatch(
        text="A long report on ports, shipping and trade, where Nimbus appears once among many "
        "other names, companies, ministries and agencies of the region.",
        sha256="3" * 64, title="Regional trade")).id
    return ids


def test_accents_do_not_matter_either_way(store, wires):
    assert [h.id for h in store.search("cooperation")] == [wires["fr"]]
    assert [h.id for h in store.search("COOPÉRATION")] == [wires["fr"]]
    assert [h.id for h in store.search("éducation numerique")] == [wires["fr"]]
    store.add_organisation(Organisation(name="Universite de Fes"))
    assert [h.title for h in store.search("Fès université")] == ["Universite de Fes"]


def test_hits_carry_kind_title_and_a_highlighted_snippet(store, wires):
    (hit,) = store.search("heritage")
    assert hit.kind == "dispatch" and hit.title == "Delegation received"
    assert "[heritage]" in hit.snippet


def test_a_partner_named_in_its_title_ranks_before_a_passing_mention(store, wires):
    partner = store.add_organisation(Organisation(name="Nimbus Telecom", notes="Cloud and training."))
    hits = store.search("nimbus")
    assert [(h.kind, h.id) for h in hits] == [("organisation", partner.id), ("dispatch", wires["mention"])]
    assert hits[0].rank < hits[1].rank


def test_every_word_must_appear(store, wires):
    assert [h.id for h in store.search("delegation rabat")] == [wires["en"]]
    assert store.search("delegation shipping") == []


def test_kinds_limit_the_search(store, wires):
    store.add_person(Person(name="Amina Heritage"))
    assert {h.kind for h in store.search("heritage")} == {"dispatch", "person"}
    assert [h.kind for h in store.search("heritage", kinds=["person"])] == ["person"]
    assert store.search("heritage", kinds=["nonsense"]) == []


def test_limit_keeps_the_best(store):
    for n in range(8):
        store.add_follow_up(FollowUp("Send " + "minutes " * (n + 1) + f"to partner {n}"))
    hits = store.search("minutes", limit=3)
    assert len(hits) == 3
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def test_notes_aliases_people_visits_and_follow_ups_are_searchable(store, home_and_partner, director):
    home, partner = home_and_partner
    visit = store.add_visit(Visit(host_id=partner.id, summary="Tour of the innovation laboratory", city="Shenzhen"))
    follow_up = store.add_follow_up(FollowUp("Draft the memorandum for the laboratory"))
    assert {(h.kind, h.id) for h in store.search("laboratory")} == {("visit", visit.id), ("follow_up", follow_up.id)}
    assert [h.id for h in store.search("patrimoine")] == [home.id]  # a French alias
    assert [h.id for h in store.search("teacher training", kinds=["organisation"])] == [partner.id]  # notes
    assert [h.id for h in store.search("benali")] == [director.id]


def test_changes_reach_the_index(store, home_and_partner):
    _, partner = home_and_partner
    visit = store.add_visit(Visit(host_id=partner.id, summary="Site visit"))
    store.update_organisation(partner.id, name="Cirrus Networks")
    assert store.search("nimbus") == []
    # The visit's entry shows its host's new name.
    assert {(h.kind, h.id) for h in store.search("cirrus")} == {("organisation", partner.id), ("visit", visit.id)}
    store.delete_visit(visit.id)
    assert [h.kind for h in store.search("cirrus")] == ["organisation"]


@pytest.mark.parametrize(
    "typed", ['AND ("', '"', "*", "(", ")", "NOT", "OR", "a OR", '"unbalanced', "NEAR(", "-", "^", ":", "''", "", "   "]
)
def test_malformed_queries_never_raise(store, wires, typed):
    assert isinstance(store.search(typed), list)


def test_punctuation_around_words_is_ignored(store, wires):
    assert [h.id for h in store.search('AND ("cooperation')] == [wires["fr"]]
    assert [h.id for h in store.search("(delegation) -rabat:")] == [wires["en"]]
    assert [h.id for h in store.search('"heritage')] == [wires["en"]]


def test_phrases_prefixes_and_or_work(store, wires):
    assert [h.id for h in store.search('"teacher training"')] == [wires["en"]]
    assert store.search('"training teacher"') == []
    assert [h.id for h in store.search("deleg*")] == [wires["en"]]
    assert {h.id for h in store.search("heritage OR shipping")} == {wires["en"], wires["mention"]}


def test_fts_query_quotes_every_word():
    assert fts_query("coopération numérique") == '"coopération" AND "numérique"'
    assert fts_query('AND ("') == ""
    assert fts_query("a OR b c*") == '("a" OR "b") AND "c"*'
    assert fts_query('say "hello world"') == '"say" AND "hello world"'


def test_arabic_words_with_short_vowels_are_found_as_typed(store):
    dispatch = store.add_dispatch(Dispatch(
        text="زار المدير العام مقرّ الْمُنَظَّمَة في الرباط لبحث التعاون.", sha256="4" * 64, title="زيارة"))
    assert [h.id for h in store.search("الْمُنَظَّمَة")] == [dispatch.id]
    assert [h.id for h in store.search("التعاون الرباط")] == [dispatch.id]


def test_a_decomposed_accent_is_one_word(store, wires):
    decomposed = "coope\u0301ration"  # e + combining acute, as some keyboards send it
    assert [h.id for h in store.search(decomposed)] == [wires["fr"]]
