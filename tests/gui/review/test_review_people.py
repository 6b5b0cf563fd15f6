"""The review form's people lists: who was on the visiting side, who invited; what accepting writes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QStyle, QStyleOptionViewItem

from partnertracker.resources import resource_path

SAMPLE = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")
LAGOS = resource_path("samples", "04_en_lagos_invitation_accepted.txt")


def under_review(window, import_and_wait, sample):
    import_and_wait(window.importer, [sample])
    window.inbox.open_row(0)
    return window.inbox.review


@pytest.fixture
def review(qtbot, window, import_and_wait):
    """The sample (ICESCO's Director General and his aide visit Huawei, then invite it) under review."""
    return under_review(window, import_and_wait, SAMPLE)


@pytest.fixture
def lagos(qtbot, window, import_and_wait):
    """Qalam's director-general visits the University of Lagos and invites its Vice-Chancellor."""
    return under_review(window, import_and_wait, LAGOS)


def click_item(qtbot, review, section: str, row: int) -> None:
    index = review.model.item_index(section, row)
    review.tree.scrollTo(index)
    qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=review.tree.visualRect(index).center())


def open_item(qtbot, review, section: str, needle: str) -> int:
    """Click the proposal's item whose summary mentions `needle`; returns its row."""
    for row, item in enumerate(review.model.items(section)):
        if needle in review.model.summary(section, item):
            click_item(qtbot, review, section, row)
            return row
    raise AssertionError(f"no {section} item mentions {needle!r}")


def shown_people(people: QListWidget) -> dict[str, bool]:
    """Each line of the list and whether it is ticked."""
    return {people.item(i).text(): people.item(i).checkState() == Qt.CheckState.Checked
            for i in range(people.count())}


def row_of(people: QListWidget, name: str) -> int:
    rows = [i for i in range(people.count()) if name in people.item(i).text()]
    assert len(rows) == 1, f"{name!r} is not once in {shown_people(people)}"
    return rows[0]


def tick_with_space(qtbot, people: QListWidget, name: str) -> None:
    """Select the person's line and press Space, as an officer using the keyboard does."""
    people.setFocus()
    people.setCurrentRow(row_of(people, name))
    qtbot.keyClick(people, Qt.Key.Key_Space)


def click_checkbox(qtbot, people: QListWidget, name: str) -> None:
    """Click the checkbox drawn at the start of the person's line."""
    item = people.item(row_of(people, name))
    people.scrollToItem(item)
    option = QStyleOptionViewItem()
    option.initFrom(people)
    option.rect = people.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    option.text = item.text()
    box = people.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, people)
    assert box.isValid() and box.width() > 0
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(box.center()))


def accept(qtbot, window, review) -> None:
    with qtbot.waitSignal(window.inbox.status_message) as said:
        review.accept_button.click()
    assert said.args[0].startswith("Accepted"), said.args[0]


def names(store, person_ids) -> list[str]:
    return [store.get_person(p).name for p in person_ids]


def the_visit(store):
    [row] = store.list_visits().rows
    return store.get_visit(row["id"])


def the_invitation(store, purpose: str):
    [invitation] = [store.get_invitation(r["id"]) for r in store.list_invitations().rows
                    if store.get_invitation(r["id"]).purpose == purpose]
    return invitation


def test_the_visiting_people_are_listed_ticked_as_the_proposal_found_them(qtbot, review):
    open_item(qtbot, review, "visits", "Beijing")
    people = review.editors["visitor_people"]
    qtbot.waitUntil(people.isVisible, timeout=2000)
    assert shown_people(people) == {
        "Dr Karim Benslimane — ICESCO": True,
        "M. Omar Fassi — ICESCO": True,
    }
    open_item(qtbot, review, "invitations", "visit")
    assert shown_people(review.editors["inviter_people"]) == {
        "Dr Karim Benslimane — ICESCO": True,
        "M. Omar Fassi — ICESCO": False,
    }


def test_a_person_unticked_from_the_visit_is_not_among_its_visitors(qtbot, window, store, review):
    open_item(qtbot, review, "visits", "Beijing")
    people = review.editors["visitor_people"]
    tick_with_space(qtbot, people, "Omar Fassi")
    assert shown_people(people)["M. Omar Fassi — ICESCO"] is False

    accept(qtbot, window, review)
    visit = the_visit(store)
    assert names(store, [p.person_id for p in visit.participants if p.side == "visiting"]) == ["Karim Benslimane"]
    # Unticked from the visit, he is still a person of ICESCO in the database.
    assert any(row["name"] == "Omar Fassi" for row in store.list_people().rows)


def test_unticking_everyone_writes_a_visit_and_an_invitation_with_nobody(qtbot, window, store, review):
    open_item(qtbot, review, "visits", "Beijing")
    visitors = review.editors["visitor_people"]
    click_checkbox(qtbot, visitors, "Karim Benslimane")
    click_checkbox(qtbot, visitors, "Omar Fassi")
    assert set(shown_people(visitors).values()) == {False}
    open_item(qtbot, review, "invitations", "visit")
    click_checkbox(qtbot, review.editors["inviter_people"], "Karim Benslimane")
    # Back on the visit, the form shows what was chosen, not the proposal's first guess.
    open_item(qtbot, review, "visits", "Beijing")
    assert set(shown_people(review.editors["visitor_people"]).values()) == {False}

    accept(qtbot, window, review)
    assert the_visit(store).participants == []
    assert the_invitation(store, "visit").inviter_people == []
    # The other invitation was not touched: its inviter is still there.
    assert names(store, the_invitation(store, "talk").inviter_people) == ["Karim Benslimane"]


def test_a_person_the_proposal_did_not_link_can_be_ticked_as_an_inviter(qtbot, window, store, review):
    open_item(qtbot, review, "invitations", "visit")
    click_checkbox(qtbot, review.editors["inviter_people"], "Omar Fassi")

    accept(qtbot, window, review)
    assert names(store, the_invitation(store, "visit").inviter_people) == ["Karim Benslimane", "Omar Fassi"]


def test_a_person_the_officer_adds_can_be_ticked_among_the_visitors(qtbot, window, store, review):
    # Her name is not in the text: a click in the text leaves nothing selected, then Add ▸ Person.
    qtbot.mouseClick(review.text_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    review.add_menu.findChild(QAction, "add-people").trigger()
    name = review.editors["name"]
    assert name.text() == "New person"
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Salma Idrissi")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    organisation = review.editors["organisation"]
    organisation.setCurrentIndex(organisation.findText("ICESCO"))

    open_item(qtbot, review, "visits", "Beijing")
    people = review.editors["visitor_people"]
    assert shown_people(people)["Salma Idrissi — ICESCO"] is False
    tick_with_space(qtbot, people, "Salma Idrissi")

    accept(qtbot, window, review)
    visiting = [p.person_id for p in the_visit(store).participants if p.side == "visiting"]
    assert names(store, visiting) == ["Karim Benslimane", "Omar Fassi", "Salma Idrissi"]


def test_a_person_left_out_of_the_proposal_is_shown_dimmed_and_not_written(qtbot, window, store, review):
    people_section = [p["name"] for p in review.model.items("people")]
    review.model.set_included("people", people_section.index("Omar Fassi"), False)
    open_item(qtbot, review, "visits", "Beijing")
    people = review.editors["visitor_people"]
    omar = people.item(row_of(people, "Omar Fassi"))
    assert "Left out" in omar.toolTip()

    accept(qtbot, window, review)
    assert names(store, [p.person_id for p in the_visit(store).participants]) == ["Karim Benslimane"]




def test_the_host_and_invitee_people_are_proposed_from_their_organisation(qtbot, lagos):
    open_item(qtbot, lagos, "visits", "University of Lagos")
    assert shown_people(lagos.editors["host_people"]) == {
        "Professor Folasade Adeyemi — University of Lagos": True,
        "Dr Khalid Al Suwaidi — Qalam Heritage Foundation": False,
    }
    open_item(qtbot, lagos, "invitations", "University of Lagos")
    assert shown_people(lagos.editors["invitee_people"])["Professor Folasade Adeyemi — University of Lagos"] is True


def test_accepting_writes_the_host_side_and_the_invitees_that_were_ticked(qtbot, window, store, lagos):
    open_item(qtbot, lagos, "visits", "University of Lagos")
    click_checkbox(qtbot, lagos.editors["host_people"], "Folasade Adeyemi")  # unticked: not on the host side
    open_item(qtbot, lagos, "invitations", "University of Lagos")
    assert shown_people(lagos.editors["invitee_people"])["Professor Folasade Adeyemi — University of Lagos"] is True

    accept(qtbot, window, lagos)
    visit = the_visit(store)
    assert [p.side for p in visit.participants] == ["visiting"]
    assert names(store, [p.person_id for p in visit.participants]) == ["Khalid Al Suwaidi"]
    [row] = store.list_invitations().rows
    assert names(store, store.get_invitation(row["id"]).invitee_people) == ["Folasade Adeyemi"]

