"""A partner's sites on its page: added, changed and removed by the officer, each one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partnertracker.domain import Site
from partnertracker.gui.views.partners import PartnersView


@pytest.fixture
def partners_view(ctx, partners, show):
    view = show(PartnersView(ctx))
    view.open("organisation", partners["atlas"])
    return view


@pytest.fixture
def page(partners_view):
    return partners_view.page


def stored_sites(store, organisation_id: int) -> list[tuple[str, str | None, str | None]]:
    return [(s.label, s.city, s.country) for s in store.get_organisation(organisation_id).sites]


def shown_sites(page) -> list[str]:
    return [page.sites.item(i).text() for i in range(page.sites.count())]


def type_site(qtbot, page, kind: str, city: str, country: str) -> None:
    """Type into the three fields as an officer does (the kind's box takes a choice or free text)."""
    for edit, text in ((page.site_kind.lineEdit(), kind), (page.site_city, city), (page.site_country, country)):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        if text:
            qtbot.keyClicks(edit, text)


def choose_site(qtbot, page, row: int) -> None:
    item = page.sites.item(row)
    qtbot.mouseClick(page.sites.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.sites.visualItemRect(item).center())
    assert page.sites.currentRow() == row


def test_a_site_is_added_from_the_fields_and_undo_removes_it(qtbot, ctx, store, partners, page):
    assert shown_sites(page) == ["No sites recorded"]
    assert not page.save_site_button.isEnabled() and not page.remove_site_button.isEnabled()
    type_site(qtbot, page, "regional office", "Lyon", "fr")
    qtbot.mouseClick(page.add_site_button, Qt.MouseButton.LeftButton)

    assert stored_sites(store, partners["atlas"]) == [("regional office", "Lyon", "FR")]
    assert shown_sites(page) == ["regional office — Lyon, FR"]
    assert page.site_city.text() == ""  # ready for the next one
    assert ctx.undo_stack.undoText() == "Add a site to the partner"

    ctx.undo_stack.undo()
    assert stored_sites(store, partners["atlas"]) == []
    assert shown_sites(page) == ["No sites recorded"]
    ctx.undo_stack.redo()
    assert stored_sites(store, partners["atlas"]) == [("regional office", "Lyon", "FR")]


def test_enter_in_the_city_adds_a_site_of_a_kind_typed_freely(qtbot, store, partners, page):
    type_site(qtbot, page, "Shenzhen campus", "Shenzhen", "")
    qtbot.keyClick(page.site_city, Qt.Key.Key_Return)
    assert stored_sites(store, partners["atlas"]) == [("Shenzhen campus", "Shenzhen", None)]


def test_a_chosen_site_is_changed_and_undo_puts_it_back(qtbot, ctx, store, partners, page):
    store.update_organisation(partners["atlas"], sites=[Site("headquarters", "Paris", "FR"),
                                                        Site("campus", "Lille", "FR")])
    page.reload(force=True)
    assert shown_sites(page) == ["headquarters — Paris, FR", "campus — Lille, FR"]

    choose_site(qtbot, page, 1)
    assert (page.site_kind.currentText(), page.site_city.text(), page.site_country.text()) == ("campus", "Lille", "FR")
    assert page.save_site_button.isEnabled()
    type_site(qtbot, page, "campus", "Roubaix", "FR")
    qtbot.mouseClick(page.save_site_button, Qt.MouseButton.LeftButton)

    assert stored_sites(store, partners["atlas"]) == [("headquarters", "Paris", "FR"), ("campus", "Roubaix", "FR")]
    assert shown_sites(page)[1] == "campus — Roubaix, FR"
    ctx.undo_stack.undo()
    assert stored_sites(store, partners["atlas"]) == [("headquarters", "Paris", "FR"), ("campus", "Lille", "FR")]
    # The fields follow the undone site, not what was typed before.
    assert page.site_city.text() == "Lille"


def test_a_chosen_site_is_removed_with_delete_and_undo_restores_it(qtbot, ctx, store, partners, page):
    store.update_organisation(partners["atlas"], sites=[Site("headquarters", "Paris", "FR"),
                                                        Site("regional office", "Dakar", "SN")])
    page.reload(force=True)
    before = store.get_organisation(partners["atlas"]).sites
    choose_site(qtbot, page, 0)
    qtbot.keyClick(page.sites, Qt.Key.Key_Delete)
    assert stored_sites(store, partners["atlas"]) == [("regional office", "Dakar", "SN")]
    assert shown_sites(page) == ["regional office — Dakar, SN"]

    ctx.undo_stack.undo()
    after = store.get_organisation(partners["atlas"]).sites
    assert [(s.uuid, s.label, s.city, s.country) for s in after] == \
        [(s.uuid, s.label, s.city, s.country) for s in before]

    choose_site(qtbot, page, 1)
    qtbot.mouseClick(page.remove_site_button, Qt.MouseButton.LeftButton)
    assert stored_sites(store, partners["atlas"]) == [("headquarters", "Paris", "FR")]


@pytest.mark.parametrize(
    ("kind", "city", "country", "says"),
    [
        ("campus", "", "FR", "Type the city of the site"),
        ("campus", "   ", "", "Type the city of the site"),
        ("campus", "Lyon", "ZZ", "“ZZ” is not a country code"),
        ("campus", "Lyon", "1A", "“1A” is not a country code"),
        ("", "Lyon", "FR", "Say what kind of site it is"),
    ],
)
def test_bad_site_input_is_refused_with_a_message_and_what_was_typed_stays(
    qtbot, ctx, store, partners, page, messages, kind, city, country, says
):
    type_site(qtbot, page, kind, city, country)
    qtbot.mouseClick(page.add_site_button, Qt.MouseButton.LeftButton)
    assert stored_sites(store, partners["atlas"]) == []
    assert len(messages) == 1 and says in messages[0][1]
    assert (page.site_kind.currentText(), page.site_city.text(), page.site_country.text()) == (kind, city, country)
    assert ctx.undo_stack.count() == 0


def test_an_edit_to_a_bad_country_keeps_the_site_as_it_was(qtbot, ctx, store, partners, page, messages):
    store.update_organisation(partners["atlas"], sites=[Site("headquarters", "Paris", "FR")])
    page.reload(force=True)
    choose_site(qtbot, page, 0)
    type_site(qtbot, page, "headquarters", "Paris", "QQ")
    qtbot.mouseClick(page.save_site_button, Qt.MouseButton.LeftButton)
    assert stored_sites(store, partners["atlas"]) == [("headquarters", "Paris", "FR")]
    assert "not a country code" in messages[-1][1]
    assert page.site_country.text() == "QQ"


def test_the_same_site_twice_is_refused(qtbot, store, partners, page, messages):
    store.update_organisation(partners["atlas"], sites=[Site("headquarters", "Paris", "FR")])
    page.reload(force=True)
    type_site(qtbot, page, "headquarters", "Paris", "FR")
    qtbot.mouseClick(page.add_site_button, Qt.MouseButton.LeftButton)
    assert stored_sites(store, partners["atlas"]) == [("headquarters", "Paris", "FR")]
    assert "already has that site" in messages[-1][1]


def test_a_change_elsewhere_keeps_what_is_typed_for_a_new_site(qtbot, ctx, store, partners, page):
    type_site(qtbot, page, "campus", "Grenoble", "FR")
    # Another view changes a record meanwhile: the page reloads, the fields keep their text.
    store.update_organisation(partners["lumen"], hq_city="Shenzhen")
    ctx.records_changed("organisation")
    assert (page.site_kind.currentText(), page.site_city.text(), page.site_country.text()) == \
        ("campus", "Grenoble", "FR")
    qtbot.mouseClick(page.add_site_button, Qt.MouseButton.LeftButton)
    assert stored_sites(store, partners["atlas"]) == [("campus", "Grenoble", "FR")]
