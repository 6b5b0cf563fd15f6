"""Undoing a review decision (Ctrl+Z): an accepted dispatch goes back to the Inbox, its new records away."""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from partnertracker.domain import DispatchState
from partnertracker.gui.errors import show_exception

log = logging.getLogger(__name__)

# Soft-delete order: what refers to others first, so that nothing points at a record that is gone.
_KINDS = ("follow_up", "agreement", "invitation", "visit", "person", "organisation")


class ReviewDecision(QUndoCommand):
    """A dispatch accepted or rejected, already written when pushed (the first redo does nothing).

    Undo soft-deletes the records the acceptance created (records it only linked to stay, with any
    alias it added) and puts the dispatch back in the Inbox with its proposal as it was; redo
    restores them. Each direction is one transaction.
    """

    def __init__(self, ctx, dispatch_id: int, before: dict[str, Any] | None, state: DispatchState,
                 created: dict[str, list[int]] | None = None, title: str = "") -> None:
        super().__init__(title or QCoreApplication.translate("ReviewUndo", "Review of dispatch #{id}").format(
            id=dispatch_id))
        self.ctx = ctx
        self.dispatch_id = dispatch_id
        self.before = copy.deepcopy(before)
        self.state = state
        self.created = {kind: list(ids) for kind, ids in (created or {}).items()}
        self.after: dict[str, Any] | None = None
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False  # pushed after the service wrote it
            return
        self._apply(undo=False)

    def undo(self) -> None:
        self._apply(undo=True)

    def _apply(self, undo: bool) -> None:
        store = self.ctx.store
        try:
            with store.transaction():
                for kind in _KINDS if undo else reversed(_KINDS):
                    action = getattr(store, f"{'delete' if undo else 'restore'}_{kind}")
                    for record_id in self.created.get(kind, []):
                        action(record_id)
                if undo:
                    current = store.get_dispatch(self.dispatch_id)
                    self.after = current.proposal if current is not None else None
                    store.update_dispatch(self.dispatch_id, state=DispatchState.NEW, proposal=self.before)
                else:
                    store.update_dispatch(self.dispatch_id, state=self.state, proposal=self.after)
        except Exception as error:  # the stack stays usable; the officer is told what failed
            log.exception("undoing the review of dispatch %s failed", self.dispatch_id)
            show_exception(error)
            return
        self.ctx.records_changed("")
