"""Journeys 3, 4, 6 and 8: partners and their page, logging a visit by hand, follow-ups, safe editing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from partnertracker.domain import CooperationArea
from partnertracker.gui.models import ATTENTION_BACKGROUND, partial_date
from partnertracker.gui.views.agreements import AgreementsView
from partnertracker.gui.views.follow_ups import FollowUpsView
from partnertracker.gui.views.partners import PartnersView
from partnertracker.gui.views.visits import VisitForm, VisitsView


def column(view, key: str) -> list[str]:
    return [view.model.text(row, key) for row in range(view.model.rowCount())]


# -- partners ------------------------------------------------------------------------------------


def test_partner_list_filters_as_you_type_and_sorts_by_header(qtbot, ctx, records, show):
    view = show(PartnersView(ctx))
    partners = view.list
    assert column(partners, "name")[0] == "Atlas University"
    qtbot.keyClicks(partners.filter_edit, "lum")
    qtbot.waitUntil(lambda: column(partners, "name") == ["Lumen Networks"], timeout=2000)
    assert partners.count_label.text() == "1 record"
    partners.filter_edit.clear()
    qtbot.waitUntil(lambda: partners.model.rowCount() == 4, timeout=2000)
    partners.table.horizontalHeader().setSortIndicator(partners.model.column_of("country"),
                                                       Qt.SortOrder.DescendingOrder)
    assert column(partners, "country") == ["MA", "LV", "FR", "CN"]


def test_partner_page_shows_details_people_and_timeline(qtbot, ctx, records, show):
    view = show(PartnersView(ctx))
    view.open("organisation", records["lumen"])
    page = view.page
    assert page.title.text() == "Lumen Networks (LN)"
    assert page.name.text() == "Lumen Networks" and page.country.text() == "CN"
    assert page.people.item(0).text() == "Dr Li Wen — Vice-President, Partnerships"
    timeline = page.timeline_model
    kinds = [timeline.row(r)["kind"] for r in range(timeline.rowCount())]
    assert kinds[-1] == "visit" and {"invitation", "agreement", "follow_up"} <= set(kinds)
    assert timeline.text(timeline.rowCount() - 1, "date") == partial_date("2025-07-14")


def test_timeline_row_opens_its_record(qtbot, ctx, records, show):
    view = show(PartnersView(ctx))
    view.open("organisation", records["lumen"])
    timeline = view.page.timeline_model
    row = next(r for r in range(timeline.rowCount()) if timeline.row(r)["kind"] == "agreement")
    with qtbot.waitSignal(view.open_record) as opened:
        view.page.timeline.setCurrentIndex(timeline.index(row, 0))
        qtbot.keyClick(view.page.timeline, Qt.Key.Key_Return)
    assert opened.args == ["agreement", records["agreement"]]


def test_editing_a_partner_is_saved_at_once_and_undoable(qtbot, ctx, store, records, show):
    view = show(PartnersView(ctx))
    view.open("organisation", records["atlas"])
    page = view.page
    page.hq_city.setFocus()
    page.hq_city.setText("Lyon")
    page.hq_city.editingFinished.emit()
    assert store.get_organisation(records["atlas"]).hq_city == "Lyon"
    page.status.setCurrentIndex(page.status.findData("active"))
    page.status.activated.emit(page.status.currentIndex())
    assert store.get_organisation(records["atlas"]).status == "active"
    page.new_alias.setText("Université Atlas")
    page.new_alias.returnPressed.emit()
    assert [a.name for a in store.get_organisation(records["atlas"]).aliases] == ["Université Atlas"]
    assert page.aliases.item(0).text() == "Université Atlas"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert store.get_organisation(records["atlas"]).status == "prospect"
    assert store.get_organisation(records["atlas"]).aliases == []
    ctx.undo_stack.undo()
    assert store.get_organisation(records["atlas"]).hq_city is None
    assert page.hq_city.text() == ""
    # The list beside the page shows the undone status too.
    row = view.list.model.row_of_id(records["atlas"])
    assert view.list.model.text(row, "status") == "Prospect"


def test_an_emptied_partner_name_is_refused_and_kept(qtbot, ctx, store, records, show, messages):
    view = show(PartnersView(ctx))
    view.open("organisation", records["atlas"])
    view.page.name.setText("")
    view.page.name.editingFinished.emit()
    assert store.get_organisation(records["atlas"]).name == "Atlas University"
    assert view.page.name.text() == "Atlas University"
    assert "needs a name" in messages[-1][1]


def test_deleting_a_partner_asks_nothing_and_undo_brings_it_back(qtbot, ctx, store, records, show):
    view = show(PartnersView(ctx))
    partners = view.list
    partners.table.select_ids([records["baltic"]])
    partners.table.setFocus()
    qtbot.keyClick(partners.table, Qt.Key.Key_Delete)
    assert "Baltic Science Foundation" not in column(partners, "name")
    assert store.get_organisation(records["baltic"]).deleted_at is not None
    ctx.undo_stack.undo()
    assert "Baltic Science Foundation" in column(partners, "name")
    assert store.get_organisation(records["baltic"]).deleted_at is None


# -- visits ----------------------------------------------------------------------------------------


def test_visits_list_shows_dates_as_precise_as_known_and_filters_direction(qtbot, ctx, records, show):
    view = show(VisitsView(ctx))
    assert column(view, "date") == [partial_date("2025-07-14"), partial_date("2024-03"), "2023"]
    view.direction_box.setCurrentIndex(view.direction_box.findData("outgoing"))
    assert column(view, "city") == ["Beijing"]


def test_log_a_visit_by_hand_and_see_it_in_the_list(qtbot, ctx, store, records, show, monkeypatch):
    store.add_cooperation_area(CooperationArea(key="teacher-training", labels={"en": "Teacher training"}))
    typed: dict[str, str] = {}

    def fill(form: VisitForm) -> int:
        form.date_edit.setText("2025-13-02")  # a slip: the form says so and keeps everything
        form.visitors.picker.setText("Atlas")
        form.host.setText("IWEO")
        form.city.setText("Rabat")
        form.country.setText("ma")
        form.summary.setPlainText("Teacher training programme")
        form.areas.item(0).setCheckState(Qt.CheckState.Checked)
        form.accept()
        typed["error"] = form.error.text()
        typed["kept"] = form.summary.toPlainText()
        assert form.result() != QDialog.DialogCode.Accepted
        form.date_edit.setText("2025-09")
        form.accept()
        return form.result()

    monkeypatch.setattr(VisitForm, "exec", fill)
    view = show(VisitsView(ctx))
    saved = view.log_visit()
    assert "not a date" in typed["error"] and typed["kept"] == "Teacher training programme"
    visit = store.get_visit(saved.id)
    assert (visit.date, visit.date_precision, visit.direction) == ("2025-09", "month", "incoming")
    assert (visit.host_id, visit.visitor_ids, visit.country, visit.areas) == (
        records["home"], [records["atlas"]], "MA", ["teacher-training"])
    row = view.model.row_of_id(saved.id)
    assert row >= 0 and view.table.selected_ids() == [saved.id]
    assert view.model.text(row, "date") == partial_date("2025-09")
    assert view.model.text(row, "city") == "Rabat"
    ctx.undo_stack.undo()
    assert view.model.row_of_id(saved.id) == -1


def test_a_visit_form_naming_an_unknown_partner_says_so(qtbot, ctx, store, records):
    form = VisitForm(ctx)
    qtbot.addWidget(form)
    form.date_edit.setText("2025")
    form.host.setText("Nobody Institute")
    form.accept()
    assert "No partner is called “Nobody Institute”" in form.error.text()
    assert store.list_visits().total == 3


def test_a_visit_logged_for_an_invitation_honours_it(qtbot, ctx, store, records):
    form = VisitForm(ctx)
    qtbot.addWidget(form)
    form.date_edit.setText("2026-03-10")
    form.invitation.setCurrentIndex(form.invitation.findData(records["old_invitation"]))
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted
    invitation = store.get_invitation(records["old_invitation"])
    assert invitation.status == "honoured" and invitation.honoured_by_visit_id == form.saved.id


# -- follow-ups and agreements --------------------------------------------------------------------


def test_mark_a_follow_up_done_with_one_key(qtbot, ctx, store, records, show):
    view = show(FollowUpsView(ctx))
    assert column(view, "description") == ["Send the draft programme", "Book the meeting room"]
    overdue = view.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert overdue.color() == ATTENTION_BACKGROUND
    view.table.select_ids([records["overdue"]])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert store.get_follow_up(records["overdue"]).status == "done"
    assert column(view, "description") == ["Book the meeting room"]
    view.table.select_ids([records["later"]])
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.get_follow_up(records["later"]).status == "done"
    ctx.undo_stack.undo()
    assert store.get_follow_up(records["later"]).status == "open"


def test_my_follow_ups_uses_the_officer_name(qtbot, ctx, records, show):
    view = show(FollowUpsView(ctx))
    view.mine_box.setChecked(True)
    assert column(view, "owner") == ["Amina"]
    view.mine_box.setChecked(False)
    assert sorted(column(view, "owner")) == ["Amina", "Karim"]


def test_agreements_list_parties_and_dates(qtbot, ctx, records, show):
    view = show(AgreementsView(ctx))
    assert column(view, "parties") == ["Islamic World Educational Organisation, Lumen Networks"]
    assert column(view, "valid_until") == [partial_date("2028-07-15")]
    view.status_box.setCurrentIndex(view.status_box.findData("planned"))
    assert column(view, "title") == []


def test_column_widths_are_remembered(qtbot, ctx, records, show):
    first = show(AgreementsView(ctx))
    first.table.horizontalHeader().resizeSection(0, 333)
    second = show(AgreementsView(ctx))
    assert second.table.horizontalHeader().sectionSize(0) == 333


def test_edit_a_follow_up_in_its_cell_and_undo(qtbot, ctx, store, records, show, messages):
    due_before = store.get_follow_up(records["later"]).due_on
    view = show(FollowUpsView(ctx))
    row = view.model.row_of_id(records["later"])
    due = view.model.index(row, view.model.column_of("due_on"))
    assert view.model.setData(due, "2027-01-31")
    assert store.get_follow_up(records["later"]).due_on == "2027-01-31"
    row = view.model.row_of_id(records["later"])
    assert view.model.text(row, "due_on") == partial_date("2027-01-31")
    # A slip is said, and nothing changes.
    due = view.model.index(row, view.model.column_of("due_on"))
    assert not view.model.setData(due, "31/01/2027")
    assert "not a due date" in messages[-1][1]
    assert store.get_follow_up(records["later"]).due_on == "2027-01-31"
    priority = view.model.index(row, view.model.column_of("priority"))
    assert not view.model.setData(priority, "urgent")
    assert store.get_follow_up(records["later"]).priority == "normal"
    ctx.undo_stack.undo()
    assert store.get_follow_up(records["later"]).due_on == due_before


def test_edit_an_agreement_validity_in_its_cell(qtbot, ctx, store, records, show, messages):
    view = show(AgreementsView(ctx))
    cell = view.model.index(0, view.model.column_of("valid_until"))
    assert view.model.setData(cell, "2030-06")
    assert store.get_agreement(records["agreement"]).valid_until == "2030-06"
    assert view.model.text(0, "valid_until") == partial_date("2030-06")
    assert not view.model.flags(view.model.index(0, view.model.column_of("parties"))) & Qt.ItemFlag.ItemIsEditable


def test_enter_on_a_visit_opens_it_in_the_form_and_an_edit_is_undoable(qtbot, ctx, store, records, show,
                                                                         monkeypatch):
    seen: dict[str, str] = {}

    def edit(form: VisitForm) -> int:
        seen["date"], seen["city"] = form.date_edit.text(), form.city.text()
        form.city.setText("Shanghai")
        form.precision.setCurrentIndex(form.precision.findData("month"))
        form.accept()
        return form.result()

    monkeypatch.setattr(VisitForm, "exec", edit)
    view = show(VisitsView(ctx))
    view.table.select_ids([records["visit_day"]])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen == {"date": "2025-07-14", "city": "Beijing"}
    visit = store.get_visit(records["visit_day"])
    assert (visit.city, visit.date, visit.date_precision) == ("Shanghai", "2025-07", "month")
    assert visit.host_id == records["lumen"] and visit.visitor_ids == [records["home"]]
    row = view.model.row_of_id(records["visit_day"])
    assert view.model.text(row, "city") == "Shanghai"
    ctx.undo_stack.undo()
    visit = store.get_visit(records["visit_day"])
    assert (visit.city, visit.date, visit.date_precision) == ("Beijing", "2025-07-14", "day")
