"""The partners list's Last contact column follows undoable edits of visits, and sorts both ways."""

from __future__ import annotations

from PySide6.QtCore import Qt

from partnertracker.domain import Organisation, Visit
from partnertracker.gui.models import OrganisationsModel
from partnertracker.gui.undo import delete_record, edit_field


def shown(model: OrganisationsModel) -> dict[str, str | None]:
    model.refresh()
    return {model.row(r)["name"]: model.row(r)["last_contact"] for r in range(model.rowCount())}


def test_undoing_and_redoing_visit_edits_keeps_last_contact_right(home_ctx):
    store = home_ctx.store
    with store.transaction():
        atlas = store.add_organisation(Organisation(name="Atlas University")).id
        older = store.add_visit(Visit(date="2024-03", host_id=atlas))
        newer = store.add_visit(Visit(date="2025-07-14", host_id=atlas))
    model = OrganisationsModel(store)
    assert shown(model)["Atlas University"] == "2025-07-14"

    assert edit_field(home_ctx, "visit", newer.id, "date", "2026-01-20")
    assert shown(model)["Atlas University"] == "2026-01-20"
    home_ctx.undo_stack.undo()
    assert shown(model)["Atlas University"] == "2025-07-14"

    assert delete_record(home_ctx, "visit", newer.id)
    assert shown(model)["Atlas University"] == "2024-03"
    home_ctx.undo_stack.undo()  # the deletion undone: the visit counts again
    assert shown(model)["Atlas University"] == "2025-07-14"
    home_ctx.undo_stack.redo()
    assert shown(model)["Atlas University"] == "2024-03"
    assert store.get_visit(older.id).deleted_at is None


def test_partners_list_sorts_by_last_contact_from_the_header(home_ctx):
    store = home_ctx.store
    with store.transaction():
        ids = {name: store.add_organisation(Organisation(name=name)).id for name in ("Atlas", "Baltic", "Cedar")}
        store.add_visit(Visit(date="2023", host_id=ids["Baltic"]))
        store.add_visit(Visit(date="2025-02", host_id=ids["Atlas"]))
    home = store.home_organisation().name
    model = OrganisationsModel(store)
    column = model.column_of("last_contact")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    # Never-contacted partners come last either way, by name the same way as the dated ones.
    assert [model.row(r)["name"] for r in range(model.rowCount())] == ["Baltic", "Atlas", "Cedar", home]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert [model.row(r)["name"] for r in range(model.rowCount())] == ["Atlas", "Baltic", home, "Cedar"]
    assert model.text(0, "last_contact") != "" and model.text(3, "last_contact") == ""
