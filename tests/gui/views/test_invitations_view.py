"""Journey 5: the pending invitations, old ones standing out, answered, honoured, followed up, undone."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from partnertracker.gui.models import ATTENTION_BACKGROUND
from partnertracker.gui.views.invitations import FollowUpDialog, HonourDialog, InvitationsView


def ids_shown(view) -> list[int]:
    return [view.model.row_id(r) for r in range(view.model.rowCount())]


def select(view, record_id: int) -> None:
    view.table.select_ids([record_id])
    view.table.setFocus()


def test_opens_on_pending_with_the_old_one_standing_out(qtbot, ctx, records, show):
    view = show(InvitationsView(ctx))
    assert view.status_box.currentData() == "pending"
    assert ids_shown(view) == [records["old_invitation"], records["new_invitation"]]  # oldest first
    old_row = view.model.row_of_id(records["old_invitation"])
    brush = view.model.index(old_row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == ATTENTION_BACKGROUND
    new_row = view.model.row_of_id(records["new_invitation"])
    assert view.model.index(new_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.model.text(old_row, "age_days") == "45"
    assert view.model.text(new_row, "direction") == "Received"


def test_threshold_is_a_remembered_setting(qtbot, ctx, records, show):
    view = show(InvitationsView(ctx))
    view.old_after.setValue(60)
    old_row = view.model.row_of_id(records["old_invitation"])
    assert view.model.index(old_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    again = show(InvitationsView(ctx))
    assert again.old_after.value() == 60


def test_accepted_records_the_date_and_undo_puts_it_back(qtbot, ctx, store, records, show):
    view = show(InvitationsView(ctx))
    def history():
        return [(c.status, c.on) for c in store.get_invitation(records["old_invitation"]).status_history]

    history_before = history()
    select(view, records["old_invitation"])
    view.on_date.setDate(QDate(2026, 1, 5))
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    invitation = store.get_invitation(records["old_invitation"])
    assert invitation.status == "accepted"
    assert (invitation.status_history[-1].status, invitation.status_history[-1].on) == ("accepted", "2026-01-05")
    assert ids_shown(view) == [records["new_invitation"]]  # no longer pending
    ctx.undo_stack.undo()
    assert store.get_invitation(records["old_invitation"]).status == "pending"
    assert history() == history_before
    assert ids_shown(view) == [records["old_invitation"], records["new_invitation"]]
    ctx.undo_stack.redo()
    assert store.get_invitation(records["old_invitation"]).status == "accepted"


def test_each_answer_changes_the_row_shown_in_all(qtbot, ctx, store, records, show):
    view = show(InvitationsView(ctx))
    view.status_box.setCurrentIndex(view.status_box.findData(None))
    for status in ("declined", "expired", "withdrawn"):
        select(view, records["new_invitation"])
        if store.get_invitation(records["new_invitation"]).status != "pending":
            store.set_invitation_status(records["new_invitation"], "pending")
            view.reload()
            select(view, records["new_invitation"])
        view.status_actions[status].trigger()
        row = view.model.row_of_id(records["new_invitation"])
        assert view.model.text(row, "status") == status.capitalize()
        assert store.get_invitation(records["new_invitation"]).status == status


def test_a_move_the_lifecycle_refuses_is_a_message_not_a_change(qtbot, ctx, store, records, show, messages):
    store.set_invitation_status(records["new_invitation"], "declined")
    view = show(InvitationsView(ctx))
    view.status_box.setCurrentIndex(view.status_box.findData("declined"))
    select(view, records["new_invitation"])
    view.status_actions["expired"].trigger()
    assert store.get_invitation(records["new_invitation"]).status == "declined"
    assert messages and "cannot become expired" in messages[-1][1]
    assert ctx.undo_stack.count() == 0


def test_honoured_by_a_new_visit_creates_it_and_undo_removes_it(qtbot, ctx, store, records, show, monkeypatch):
    def fill(dialog: HonourDialog) -> int:
        dialog.new.setChecked(True)
        dialog.date_edit.setText("2026-02")
        dialog.city_edit.setText("Shenzhen")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(HonourDialog, "exec", fill)
    view = show(InvitationsView(ctx))
    select(view, records["old_invitation"])
    assert view.honour_selected()
    invitation = store.get_invitation(records["old_invitation"])
    assert invitation.status == "honoured"
    visit = store.get_visit(invitation.honoured_by_visit_id)
    assert (visit.date, visit.city, visit.invitation_id) == ("2026-02", "Shenzhen", invitation.id)
    assert visit.host_id == records["home"] and visit.visitor_ids == [records["lumen"]]
    ctx.undo_stack.undo()
    assert store.get_invitation(records["old_invitation"]).status == "pending"
    assert store.get_visit(visit.id).deleted_at is not None


def test_honoured_by_a_visit_already_logged(qtbot, ctx, store, records, show, monkeypatch):
    def pick(dialog: HonourDialog) -> int:
        dialog.existing.setChecked(True)
        dialog.visit_box.setCurrentIndex(dialog.visit_box.findData(records["visit_day"]))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(HonourDialog, "exec", pick)
    view = show(InvitationsView(ctx))
    select(view, records["old_invitation"])
    assert view.honour_selected()
    assert store.get_invitation(records["old_invitation"]).honoured_by_visit_id == records["visit_day"]
    assert store.get_visit(records["visit_day"]).invitation_id == records["old_invitation"]
    ctx.undo_stack.undo()
    assert store.get_visit(records["visit_day"]).invitation_id is None


def test_a_bad_visit_date_in_the_honour_dialog_is_said_inline(qtbot, ctx, records):
    dialog = HonourDialog(ctx, records["old_invitation"])
    qtbot.addWidget(dialog)
    dialog.new.setChecked(True)
    dialog.date_edit.setText("14/07/2025")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not a date" in dialog.error.text() and not dialog.error.isHidden()
    assert dialog.date_edit.text() == "14/07/2025"


def test_create_follow_up_from_an_invitation(qtbot, ctx, store, records, show, monkeypatch):
    attempts: list[str] = []

    def fill(dialog: FollowUpDialog) -> int:
        if not attempts:
            dialog.description.setText("   ")  # forgotten: the dialog says so and opens again
        else:
            assert "description" in dialog.error.text()
            dialog.description.setText("Reply with possible dates")
            dialog.due.setText("2026-12-01")
        attempts.append(dialog.description.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FollowUpDialog, "exec", fill)
    view = show(InvitationsView(ctx))
    select(view, records["old_invitation"])
    assert view.create_follow_up()
    assert len(attempts) == 2
    rows = store.list_follow_ups(filter_text="possible dates").rows
    assert [(r["description"], r["due_on"], r["owner"], r["organisation_id"]) for r in rows] == [
        ("Reply with possible dates", "2026-12-01", "Amina", records["lumen"])]


def test_honoured_through_the_full_visit_form(qtbot, ctx, store, records, show, monkeypatch):
    from partnertracker.gui.views.visits import VisitForm

    def choose_full_form(dialog: HonourDialog) -> int:
        dialog.date_edit.setText("2026-03-02")
        dialog._open_full_form()
        return dialog.result()

    def fill(form: VisitForm) -> int:
        assert form.host.text() == "Islamic World Educational Organisation (IWEO)"
        assert form.visitors.ids() == [records["lumen"]]
        form.venue.setText("Headquarters, conference hall")
        form.accept()
        return form.result()

    monkeypatch.setattr(HonourDialog, "exec", choose_full_form)
    monkeypatch.setattr(VisitForm, "exec", fill)
    view = show(InvitationsView(ctx))
    select(view, records["old_invitation"])
    assert view.honour_selected()
    invitation = store.get_invitation(records["old_invitation"])
    visit = store.get_visit(invitation.honoured_by_visit_id)
    assert (invitation.status, visit.date, visit.venue) == ("honoured", "2026-03-02", "Headquarters, conference hall")
    assert (invitation.status_history[-1].status, invitation.status_history[-1].on) == ("honoured", "2026-03-02")
    assert view.model.row_of_id(records["old_invitation"]) == -1  # no longer pending
