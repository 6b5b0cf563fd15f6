"""Undoable edits: the change is in the database, Ctrl+Z takes it back, Ctrl+Shift+Z does it again."""

from __future__ import annotations

from partnertracker.domain import FollowUp, Visit
from partnertracker.gui.undo import delete_record, edit_field


def test_a_field_edit_is_undone_and_redone(home_ctx):
    store = home_ctx.store
    with store.transaction():
        visit = store.add_visit(Visit(date="2025-07-14", city="Beijing"))
    changed: list[str] = []
    home_ctx.events.records_changed.connect(changed.append)
    assert edit_field(home_ctx, "visit", visit.id, "city", "Shenzhen")
    assert store.get_visit(visit.id).city == "Shenzhen"
    home_ctx.undo_stack.undo()
    assert store.get_visit(visit.id).city == "Beijing"
    home_ctx.undo_stack.redo()
    assert store.get_visit(visit.id).city == "Shenzhen"
    assert home_ctx.undo_stack.undoText() == "Change city"
    assert "visit" in changed


def test_a_deletion_asks_nothing_and_is_undoable(home_ctx):
    store = home_ctx.store
    with store.transaction():
        follow_up = store.add_follow_up(FollowUp(description="Call the rector"))
    assert delete_record(home_ctx, "follow_up", follow_up.id)
    assert store.list_follow_ups().total == 0
    home_ctx.undo_stack.undo()
    assert [row["description"] for row in store.list_follow_ups().rows] == ["Call the rector"]


def test_a_refused_edit_is_a_warning_and_is_not_pushed(home_ctx, message_boxes):
    store = home_ctx.store
    with store.transaction():
        visit = store.add_visit(Visit(date="2025-07-14"))
    assert not edit_field(home_ctx, "visit", visit.id, "date", "14/07/2025")
    assert store.get_visit(visit.id).date == "2025-07-14"
    assert home_ctx.undo_stack.count() == 0
    [warning] = message_boxes.texts("warning")
    assert "date" in warning.lower()
