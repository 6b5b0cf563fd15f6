"""The review screen: highlights per kind, evidence on click, accept (Ctrl+Enter) and reject."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCharFormat, QTextCursor

from partnertracker.domain import DispatchState, Organisation
from partnertracker.errors import UserError
from partnertracker.gui.views.review_highlight import COLOURS
from partnertracker.resources import resource_path
from partnertracker.services import review as review_service

SAMPLE = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")


@pytest.fixture
def opened(qtbot, window, store, import_and_wait):
    """The seed-like sample imported and opened from the Inbox (Enter on its row)."""
    import_and_wait(window.importer, [SAMPLE])
    inbox = window.inbox
    inbox.table.setFocus()
    inbox.table.setCurrentIndex(inbox.model.index(0, 0))
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)
    assert inbox.stack.currentWidget() is inbox.review
    return inbox.review


def highlight_at(review, start: int, end: int) -> list[str]:
    """The colours of the highlights covering exactly [start, end)."""
    found = []
    for selection in review.text_view.extraSelections():
        cursor = selection.cursor
        if cursor.selectionStart() == start and cursor.selectionEnd() == end:
            found.append(selection.format.background().color().name())
    return found


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("Huawei", "organisation"),
        ("Dr Karim Benslimane", "person"),
        ("Pékin", "place"),
        ("24 septembre", "date"),
        ("a visité", "trigger"),
        ("formation des enseignants", "area"),
    ],
)
def test_each_kind_of_mention_is_highlighted_in_its_colour(opened, words, kind):
    text = opened.text_view.toPlainText()
    start = text.index(words)
    assert COLOURS[kind].name() in highlight_at(opened, start, start + len(words))


def test_highlights_never_change_the_dispatch_text(opened):
    assert opened.text_view.toPlainText() == SAMPLE.read_text(encoding="utf-8")
    assert opened.text_view.isReadOnly()
    # The mention formats live in extra selections, not in the document.
    block_format = opened.text_view.document().begin().charFormat()
    assert block_format.property(QTextCharFormat.Property.UserProperty) is None


def _row_of(review, section: str, needle: str) -> int:
    for row, item in enumerate(review.model.items(section)):
        if needle in review.model.summary(section, item):
            return row
    raise AssertionError(f"no {section} item mentions {needle!r}")


def click_item(qtbot, review, section: str, row: int) -> None:
    index = review.model.item_index(section, row)
    review.tree.scrollTo(index)
    rect = review.tree.visualRect(index)
    qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_the_huawei_item_selects_its_words_in_the_text(qtbot, opened):
    click_item(qtbot, opened, "organisations", _row_of(opened, "organisations", "Huawei"))
    assert opened.selected_text() == "Huawei"
    assert opened.editors["name"].text() == "Huawei"

    click_item(qtbot, opened, "people", _row_of(opened, "people", "Benslimane"))
    assert opened.selected_text() == "Dr Karim Benslimane"


def test_accept_writes_the_ticked_items_linked_to_existing_records(qtbot, window, store, open_sample):
    with store.transaction():
        existing = store.add_organisation(Organisation(name="Huawei Technologies", country="CN"))
    review = open_sample()
    model = review.model
    invitations = model.items("invitations")
    assert invitations, "the sample proposes at least one invitation"
    proposed_invitations = len(invitations)

    # Untick the last invitation (its checkbox in the tree).
    last = model.item_index("invitations", proposed_invitations - 1)
    assert model.setData(last, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    huawei_row = _row_of(review, "organisations", "Huawei")
    on_accept = model.data(model.item_index("organisations", huawei_row, 1))
    assert on_accept == "new (1 similar)"
    # Link Huawei to the record the database already holds: the best match is offered first.
    click_item(qtbot, review, "organisations", _row_of(review, "organisations", "Huawei"))
    choice = review.link_choice
    assert choice.itemData(1) == existing.id
    choice.setCurrentIndex(1)
    assert "link: Huawei Technologies" in model.data(model.item_index("organisations", _row_of(review, "organisations", "Huawei"), 1))

    review.tree.setFocus()
    with qtbot.waitSignal(window.inbox.status_message) as said:
        qtbot.keyClick(review.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "(1 linked to an existing record)" in said.args[0]

    dispatch_id = review.dispatch_id
    assert store.get_dispatch(dispatch_id).state == DispatchState.REVIEWED
    visits = store.list_visits().rows
    assert len(visits) == 1 and visits[0]["status"] == "completed"
    assert store.list_invitations().total == proposed_invitations - 1
    huawei = [o for o in store.known_organisations() if "huawei" in o["name"].lower()]
    assert [o["id"] for o in huawei] == [existing.id]  # linked, not duplicated
    assert window.inbox.model.rowCount() == 0
    assert window.inbox.stack.currentWidget() is window.inbox.list_page


@pytest.fixture
def open_sample(qtbot, window, import_and_wait):
    """Import the sample and open it; returns the review screen."""

    def run():
        import_and_wait(window.importer, [SAMPLE])
        window.inbox.open_row(0)
        return window.inbox.review

    return run


def test_status_message_says_what_was_written(qtbot, window, store, open_sample):
    review = open_sample()
    with qtbot.waitSignal(window.inbox.status_message) as said:
        review.accept_button.click()
    assert said.args[0].startswith("Accepted")


def test_reject_archives_the_dispatch(qtbot, window, store, open_sample):
    review = open_sample()
    dispatch_id = review.dispatch_id
    review.reject_button.click()
    assert store.get_dispatch(dispatch_id).state == DispatchState.ARCHIVED
    assert store.list_visits().total == 0
    assert window.inbox.model.rowCount() == 0


def test_a_failed_accept_says_why_and_keeps_the_edits(qtbot, window, store, messages, monkeypatch, open_sample):
    review = open_sample()
    row = _row_of(review, "organisations", "Huawei")
    review.model.set_field("organisations", row, "name", "Huawei Technologies")

    def busy(*_args, **_kwargs):
        raise UserError("the database is busy in another window or program; try again in a moment")

    monkeypatch.setattr(review_service, "accept_proposal", busy)
    review.accept_button.click()

    assert messages[-1][0] == "warning" and "busy" in messages[-1][2]
    assert store.get_dispatch(review.dispatch_id).state == DispatchState.NEW
    assert window.inbox.stack.currentWidget() is review
    assert review.model.items("organisations")[row]["name"] == "Huawei Technologies"


def test_editing_a_field_changes_the_proposal_that_is_accepted(qtbot, window, store, open_sample):
    review = open_sample()
    row = _row_of(review, "visits", "Beijing")
    click_item(qtbot, review, "visits", row)
    city = review.editors["city"]
    city.setText("Shenzhen")
    city.editingFinished.emit()
    assert review.model.proposal()["visits"][row]["city"] == "Shenzhen"
    review.accept_button.click()
    assert store.list_visits().rows[0]["city"] == "Shenzhen"


def test_a_date_the_database_cannot_take_is_refused_and_nothing_is_written(qtbot, window, store, messages, open_sample):
    review = open_sample()
    row = _row_of(review, "visits", "Beijing")
    click_item(qtbot, review, "visits", row)
    date = review.editors["date"]
    date.setText("14 juillet")  # words, not YYYY-MM-DD
    date.editingFinished.emit()
    review.accept_button.click()

    assert messages and messages[-1][0] == "warning"
    assert "14 juillet" in messages[-1][2]
    assert store.get_dispatch(review.dispatch_id).state == DispatchState.NEW
    assert store.list_visits().total == 0 and store.list_organisations().total == 0
    assert review.model.items("visits")[row]["date"] == "14 juillet"  # the officer's edit is kept


def test_an_organisation_the_database_knows_is_linked_not_duplicated(qtbot, window, store, open_sample):
    with store.transaction():
        icesco = store.add_organisation(Organisation(name="ICESCO", acronym="ICESCO", country="MA"))
    review = open_sample()
    row = _row_of(review, "organisations", "ICESCO")
    # The record's own name, at once (not "link: #1" until the item is clicked).
    assert review.model.data(review.model.item_index("organisations", row, 1)) == "link: ICESCO"
    click_item(qtbot, review, "organisations", row)
    assert review.link_choice.currentData() == icesco.id

    review.accept_button.click()
    names = [o["name"] for o in store.known_organisations()]
    assert sum(1 for name in names if "ICESCO" in name or "islamique" in name) == 1


def test_choosing_create_new_makes_a_second_record(qtbot, window, store, open_sample):
    with store.transaction():
        store.add_organisation(Organisation(name="ICESCO", acronym="ICESCO", country="MA"))
    review = open_sample()
    row = _row_of(review, "organisations", "ICESCO")
    click_item(qtbot, review, "organisations", row)
    review.link_choice.setCurrentIndex(0)  # "Create a new record"
    assert review.model.data(review.model.item_index("organisations", row, 1)).startswith("new")

    review.accept_button.click()
    assert store.get_dispatch(review.dispatch_id).state == DispatchState.REVIEWED
    names = [o["name"] for o in store.known_organisations()]
    assert sum(1 for name in names if "ICESCO" in name or "islamique" in name) == 2


def test_the_review_works_from_the_keyboard(qtbot, window, store, open_sample):
    review = open_sample()
    index = review.model.item_index("invitations", 0)
    review.tree.setFocus()
    review.tree.setCurrentIndex(index)
    qtbot.keyClick(review.tree, Qt.Key.Key_Space)  # untick
    assert review.model.proposal()["invitations"][0]["include"] is False
    qtbot.keyClick(review.tree, Qt.Key.Key_Escape)  # back to the list, nothing written
    assert window.inbox.stack.currentWidget() is window.inbox.list_page
    assert store.get_dispatch(review.dispatch_id).state == DispatchState.NEW


def test_a_visit_can_be_given_a_second_visiting_organisation(qtbot, window, store, open_sample):
    review = open_sample()
    row = _row_of(review, "visits", "Beijing")
    click_item(qtbot, review, "visits", row)
    organisations = review.model.items("organisations")
    visit = review.model.items("visits")[row]
    other = next(o["id"] for o in organisations if o["id"] not in visit["visitors"])
    second = review.editors["visitors[1]"]
    second.setCurrentIndex(second.findData(other))
    assert review.model.items("visits")[row]["visitors"][-1] == other
    assert len(review.model.items("visits")[row]["visitors"]) == 2


def test_an_invitation_the_proposal_missed_is_added_from_the_selected_words(qtbot, window, store, open_sample):
    review = open_sample()
    text = review.text_view.toPlainText()
    words = "Il les a également invités à prendre la parole"
    start = text.index(words)
    cursor = review.text_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    review.text_view.setTextCursor(cursor)
    proposed = len(review.model.items("invitations"))

    review.add_menu.findChild(QAction, "add-invitations").trigger()
    assert len(review.model.items("invitations")) == proposed + 1
    purpose = review.editors["purpose"]
    purpose.setCurrentIndex(purpose.findData("talk"))
    for row in range(proposed):  # only the added one is kept
        review.model.set_included("invitations", row, False)
    review.accept_button.click()

    [row] = store.list_invitations().rows
    invitation = store.get_invitation(row["id"])
    assert invitation.purpose == "talk" and invitation.description == words
    [evidence] = store.evidence_for("invitation", invitation.id)
    assert (evidence.start, evidence.end) == (start, start + len(words))


def test_a_date_typed_to_the_month_is_kept_to_the_month(qtbot, window, store, open_sample):
    review = open_sample()
    row = _row_of(review, "visits", "Beijing")
    click_item(qtbot, review, "visits", row)
    date = review.editors["date"]
    date.setText("2025-09")
    date.editingFinished.emit()
    review.accept_button.click()
    visit = store.get_visit(store.list_visits().rows[0]["id"])
    assert (visit.date, visit.date_precision) == ("2025-09", "month")


def test_a_proposal_the_engine_gave_up_on_says_so(qtbot, window, store):
    from partnertracker.domain import Dispatch

    with store.transaction():
        dispatch = store.add_dispatch(Dispatch(
            text="Texte sans rien.", sha256="f" * 64,
            proposal={"schema": "partnertracker.proposal/1", "organisations": [],
                      "warnings": ["the extraction failed on this text; nothing was proposed"]},
        ))
    window.inbox.refresh()
    window.inbox.open_dispatch(dispatch.id)
    review = window.inbox.review
    assert "nothing was proposed" in review.hint.text()
    assert review.model.rowCount(review.model.section_index("visits")) == 0
    review.accept_button.click()  # accepting nothing is allowed: the dispatch is reviewed
    assert store.get_dispatch(dispatch.id).state == DispatchState.REVIEWED


def test_undo_puts_an_accepted_dispatch_back_in_the_inbox(qtbot, window, store, open_sample):
    review = open_sample()
    dispatch_id = review.dispatch_id
    review.accept_button.click()
    assert store.list_visits().total == 1 and window.inbox.model.rowCount() == 0
    organisations = store.list_organisations().total
    assert organisations >= 2

    undo_stack = window.inbox.ctx.undo_stack
    undo_stack.undo()  # Ctrl+Z
    assert store.get_dispatch(dispatch_id).state == DispatchState.NEW
    assert store.list_visits().total == 0 and store.list_organisations().total == 0
    assert window.inbox.model.rowCount() == 1

    undo_stack.redo()  # Ctrl+Shift+Z
    assert store.get_dispatch(dispatch_id).state == DispatchState.REVIEWED
    assert store.list_visits().total == 1 and store.list_organisations().total == organisations
    assert window.inbox.model.rowCount() == 0


def test_undo_brings_a_rejected_dispatch_back(qtbot, window, store, open_sample):
    review = open_sample()
    dispatch_id = review.dispatch_id
    review.reject_button.click()
    window.inbox.ctx.undo_stack.undo()
    assert store.get_dispatch(dispatch_id).state == DispatchState.NEW
    assert window.inbox.model.rowCount() == 1


def test_a_dispatch_whose_dateline_gives_no_year_says_which_year_was_assumed(qtbot, window, import_and_wait, tmp_path):
    dispatch = tmp_path / "no-year.txt"
    dispatch.write_text(
        "NAIROBI, Sept 25 (KNA) - The Kenya Water Trust (KWT) hosted a delegation from the Nile Basin Academy (NBA) "
        "at its Nairobi headquarters on Wednesday.",
        encoding="utf-8",
    )
    import_and_wait(window.importer, [dispatch])
    window.inbox.open_row(0)
    hint = window.inbox.review.hint.text()
    assert hint.startswith("The dateline gives no year; ")
    assert "was assumed for its dates" in hint


def test_a_company_the_engine_linked_by_its_short_name_shows_the_record_on_file(qtbot, window, store, open_sample):
    from partnertracker.domain import OrganisationKind

    with store.transaction():
        on_file = store.add_organisation(Organisation(name="Huawei Technologies", kind=OrganisationKind.COMPANY, country="CN"))
    review = open_sample()
    row = _row_of(review, "organisations", "Huawei")
    assert review.model.data(review.model.item_index("organisations", row, 1)) == "link: Huawei Technologies"
    click_item(qtbot, review, "organisations", row)
    assert review.link_choice.currentData() == on_file.id
    assert review.link_choice.currentText().startswith("Link to Huawei Technologies")
