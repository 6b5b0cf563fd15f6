"""Undoable edits: every change an officer makes goes on the undo stack (Ctrl+Z / Ctrl+Shift+Z).

    edit_field(ctx, "visit", visit_id, "city", "Rabat")       # one field of one record
    delete_record(ctx, "follow_up", follow_up_id)             # a soft delete; undo restores it
    push_edit(ctx, "Mark as done", "follow_up", do, undo)      # anything else: two callables

Each step runs in one transaction on the main-thread Store; a UserError on the first run is shown
to the officer and nothing is pushed, so the stack only holds changes that happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class StoreEdit(QUndoCommand):
    """One change to the database, with the change that reverses it."""

    def __init__(
        self, ctx: AppContext, text: str, kind: str,
        do: Callable[[], Any], undo: Callable[[], Any],
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.kind = kind
        self._do = do
        self._undo = undo
        self._first = True

    def redo(self) -> None:
        if self._first:  # push_edit has already done it once, to catch a refusal before pushing
            self._first = False
            return
        with self.ctx.store.transaction():
            self._do()
        self.ctx.records_changed(self.kind)

    def undo(self) -> None:
        with self.ctx.store.transaction():
            self._undo()
        self.ctx.records_changed(self.kind)


def push_edit(
    ctx: AppContext, text: str, kind: str, do: Callable[[], Any], undo: Callable[[], Any],
    parent: QWidget | None = None,
) -> bool:
    """Do the change now and put it on the undo stack; False (and a warning) if the store refused it."""
    try:
        with ctx.store.transaction():
            do()
    except UserError as error:
        from partnertracker.gui.errors import show_user_error

        show_user_error(error, parent)
        return False
    ctx.undo_stack.push(StoreEdit(ctx, text, kind, do, undo))
    ctx.records_changed(kind)
    return True


def _store_call(ctx: AppContext, verb: str, kind: str) -> Callable[..., Any]:
    method = getattr(ctx.store, f"{verb}_{kind}", None)
    if method is None:
        raise ValueError(f"the store cannot {verb} a {kind!r}")
    return method


def edit_field(
    ctx: AppContext, kind: str, record_id: int, field: str, value: Any,
    text: str | None = None, parent: QWidget | None = None,
) -> bool:
    """Set one field of one record (kind as in the store: "visit", "follow_up", ...), undoably."""
    record = _store_call(ctx, "get", kind)(record_id)
    if record is None:
        from partnertracker.gui.errors import show_user_error

        show_user_error(UserError(f"this {kind.replace('_', '-')} is no longer in the database"), parent)
        return False
    old = getattr(record, field)
    if old == value:
        return True
    update = _store_call(ctx, "update", kind)
    return push_edit(
        ctx, text or tr("Change {field}").format(field=field.replace("_", " ")), kind,
        lambda: update(record_id, **{field: value}),
        lambda: update(record_id, **{field: old}),
        parent,
    )


def delete_record(
    ctx: AppContext, kind: str, record_id: int, text: str | None = None, parent: QWidget | None = None
) -> bool:
    """Soft-delete a record without asking: undo brings it back."""
    return push_edit(
        ctx, text or tr("Delete {kind}").format(kind=kind.replace("_", "-")), kind,
        lambda: _store_call(ctx, "delete", kind)(record_id),
        lambda: _store_call(ctx, "restore", kind)(record_id),
        parent,
    )
