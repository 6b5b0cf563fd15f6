"""Undoable record edits, deletions, restores and status changes (QUndoCommand subclasses).

    EditRecord(ctx, "organisation", id, {"hq_city": "Lyon"}).run()     # the record views
    DeleteRecords(ctx, "visit", [id1, id2]).run()
    edit_field(ctx, "visit", visit_id, "city", "Rabat")                # one-call helpers
    delete_record(ctx, "follow_up", follow_up_id)
    push_edit(ctx, "Mark as done", "follow_up", do, undo)               # anything else: two callables

Each command's first run happens in `run()` *before* it is pushed, so that a UserError (a bad
date, a move the invitation lifecycle refuses) reaches the officer as a message and leaves nothing
on the stack. Pushing then does not run it twice. Every run, undo and redo is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from partnertracker.domain import Record
from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.reports.plurals import Counts

if TYPE_CHECKING:
    from partnertracker.store import Store

# The store's method names use these record kinds: update_visit, delete_follow_up, ...
KINDS = ("organisation", "person", "visit", "invitation", "agreement", "follow_up", "dispatch")
# Each kind as the Edit menu's undo entries name it, written out for lupdate (kind_name() looks it up).
KIND_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("undo", "organisation"), "person": QT_TRANSLATE_NOOP("undo", "person"),
    "visit": QT_TRANSLATE_NOOP("undo", "visit"), "invitation": QT_TRANSLATE_NOOP("undo", "invitation"),
    "agreement": QT_TRANSLATE_NOOP("undo", "agreement"), "follow_up": QT_TRANSLATE_NOOP("undo", "follow-up"),
    "dispatch": QT_TRANSLATE_NOOP("undo", "dispatch"),
}


def kind_name(kind: str) -> str:
    """A record kind ('follow_up') in the officer's language, for the undo entries and messages."""
    return QCoreApplication.translate("undo", KIND_NAMES.get(kind, kind.replace("_", "-")))


# "Delete 2 visits": one numerus string per kind, since the noun's plural is the kind's own.
DELETE_TEXTS: dict[str, Callable[[int], str]] = {
    "organisation": lambda n: Counts.tr("Delete %n organisation(s)", "", n),
    "person": lambda n: Counts.tr("Delete %n person(s)", "", n),
    "visit": lambda n: Counts.tr("Delete %n visit(s)", "", n),
    "invitation": lambda n: Counts.tr("Delete %n invitation(s)", "", n),
    "agreement": lambda n: Counts.tr("Delete %n agreement(s)", "", n),
    "follow_up": lambda n: Counts.tr("Delete %n follow-up(s)", "", n),
    "dispatch": lambda n: Counts.tr("Delete %n dispatch(es)", "", n),
}


def delete_text(kind: str, count: int) -> str:
    """The Edit menu's entry for deleting `count` records of `kind`: "Delete 2 follow-ups"."""
    text = DELETE_TEXTS.get(kind)
    if text is None:
        return Counts.tr("Delete %n record(s)", "", count)
    return text(count)


def _method(store: Store, verb: str, kind: str) -> Callable[..., Any]:
    if kind not in KINDS:
        raise ValueError(f"not a record kind: {kind!r}")
    return getattr(store, f"{verb}_{kind}")


class RecordCommand(QUndoCommand):
    """A change to one record; `run()` does it the first time and pushes it on the undo stack."""

    def __init__(self, ctx: AppContext, kind: str, record_id: int | None, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.kind = kind
        self.record_id = record_id
        self._done_once = False

    @property
    def store(self) -> Store:
        return self.ctx.store

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def run(self) -> RecordCommand:
        """Do it now (a UserError goes up and nothing is pushed), then put it on the undo stack."""
        self.do()
        self._done_once = True
        # The stack's indexChanged tells every view to reload (AppContext wires it).
        self.ctx.undo_stack.push(self)
        return self

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False  # push() calls redo(): it was already done by run()
            return
        self.do()

    def undo(self) -> None:
        self.undo_it()


class EditRecord(RecordCommand):
    """Change fields of a record (the old values are read first, so undo puts them back)."""

    def __init__(self, ctx: AppContext, kind: str, record_id: int, changes: dict[str, Any], text: str = "") -> None:
        text = text or QCoreApplication.translate("undo", "Edit {kind}").format(kind=kind_name(kind))
        super().__init__(ctx, kind, record_id, text)
        current = _method(ctx.store, "get", kind)(record_id)
        if current is None:
            raise ValueError(f"no {kind} #{record_id}")
        self.changes = dict(changes)
        self.old = {name: getattr(current, name) for name in changes}

    def do(self) -> None:
        _method(self.store, "update", self.kind)(self.record_id, **self.changes)

    def undo_it(self) -> None:
        _method(self.store, "update", self.kind)(self.record_id, **self.old)


class DeleteRecords(RecordCommand):
    """Delete records (soft: the store keeps them, so undo restores them as they were)."""

    def __init__(self, ctx: AppContext, kind: str, record_ids: list[int], text: str = "") -> None:
        default = delete_text(kind, len(record_ids))
        super().__init__(ctx, kind, record_ids[0] if record_ids else None, text or default)
        self.record_ids = list(record_ids)

    def do(self) -> None:
        delete = _method(self.store, "delete", self.kind)
        with self.store.transaction():
            for record_id in self.record_ids:
                delete(record_id)

    def undo_it(self) -> None:
        restore = _method(self.store, "restore", self.kind)
        with self.store.transaction():
            for record_id in self.record_ids:
                restore(record_id)


class AddRecord(RecordCommand):
    """A record created by the officer (a visit logged by hand, a follow-up): undo deletes it again."""

    def __init__(self, ctx: AppContext, kind: str, create: Callable[[Store], Record], text: str) -> None:
        super().__init__(ctx, kind, None, text)
        self.create = create
        self.record: Record | None = None

    def do(self) -> None:
        if self.record_id is None:
            self.record = self.create(self.store)
            self.record_id = self.record.id
        else:
            _method(self.store, "restore", self.kind)(self.record_id)

    def undo_it(self) -> None:
        _method(self.store, "delete", self.kind)(self.record_id)


class ChangeInvitationStatus(RecordCommand):
    """Accepted, declined, honoured, expired, withdrawn: undo puts back the status and its history.

    `change` is the service call (set_status or honour); a visit it created for "honoured" is
    deleted on undo and restored on redo.
    """

    def __init__(self, ctx: AppContext, invitation_ids: list[int], change: Callable[[Store, int], Any],
                 text: str, linked_visit_id: int | None = None) -> None:
        super().__init__(ctx, "invitation", invitation_ids[0], text)
        # An existing visit linked as the one that honoured the invitation: undo unlinks it.
        self.linked_visit_id = linked_visit_id
        self.linked_visit_before: int | None = None
        self.invitation_ids = list(invitation_ids)
        self.change = change
        self.before: dict[int, dict[str, Any]] = {}
        self.after: dict[int, dict[str, Any]] = {}
        self.created_visits: list[int] = []

    @staticmethod
    def _state(store: Store, invitation_id: int) -> dict[str, Any]:
        invitation = store.get_invitation(invitation_id)
        assert invitation is not None
        return {
            "status": invitation.status,
            "status_history": list(invitation.status_history),
            "honoured_by_visit_id": invitation.honoured_by_visit_id,
        }

    def do(self) -> None:
        with self.store.transaction():
            if not self.after:
                if self.linked_visit_id is not None:
                    linked = self.store.get_visit(self.linked_visit_id)
                    self.linked_visit_before = None if linked is None else linked.invitation_id
                for invitation_id in self.invitation_ids:
                    self.before[invitation_id] = self._state(self.store, invitation_id)
                    self.change(self.store, invitation_id)
                    self.after[invitation_id] = self._state(self.store, invitation_id)
                    visit_id = self.after[invitation_id]["honoured_by_visit_id"]
                    # Honoured by a visit that was not picked among existing ones: the change created it.
                    if (visit_id is not None and visit_id != self.linked_visit_id
                            and visit_id != self.before[invitation_id]["honoured_by_visit_id"]):
                        self.created_visits.append(visit_id)
                return
            for visit_id in self.created_visits:
                self.store.restore_visit(visit_id)
            for invitation_id, state in self.after.items():
                self.store.update_invitation(invitation_id, **state)
                if self.linked_visit_id is not None:
                    self.store.update_visit(self.linked_visit_id, invitation_id=invitation_id)

    def undo_it(self) -> None:
        with self.store.transaction():
            for invitation_id, state in self.before.items():
                self.store.update_invitation(invitation_id, **state)
            for visit_id in self.created_visits:
                self.store.delete_visit(visit_id)
            if self.linked_visit_id is not None:
                self.store.update_visit(self.linked_visit_id, invitation_id=self.linked_visit_before)


# ---------------------------------------------------------------------------------------------
# One-call helpers (from the shell): a change given as two callables, one field, one deletion.


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

        message = QCoreApplication.translate("undo", "this {kind} is no longer in the database")
        show_user_error(UserError(message.format(kind=kind_name(kind))), parent)
        return False
    old = getattr(record, field)
    if old == value:
        return True
    update = _store_call(ctx, "update", kind)
    return push_edit(
        ctx, text or QCoreApplication.translate("undo", "Change {field}").format(field=field.replace("_", " ")),
        kind,
        lambda: update(record_id, **{field: value}),
        lambda: update(record_id, **{field: old}),
        parent,
    )


def delete_record(
    ctx: AppContext, kind: str, record_id: int, text: str | None = None, parent: QWidget | None = None
) -> bool:
    """Soft-delete a record without asking: undo brings it back."""
    return push_edit(
        ctx, text or QCoreApplication.translate("undo", "Delete {kind}").format(kind=kind_name(kind)), kind,
        lambda: _store_call(ctx, "delete", kind)(record_id),
        lambda: _store_call(ctx, "restore", kind)(record_id),
        parent,
    )
