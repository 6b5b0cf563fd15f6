"""The follow-ups view: what was promised, by whom, by when; overdue ones stand out; done with one key."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.models import FollowUpsModel
from partnertracker.gui.undo import EditRecord
from partnertracker.gui.views.record_list import RecordListView, checked_date


class FollowUpsView(RecordListView):
    """Follow-up actions; Space or Ctrl+D marks the selected ones done (Ctrl+Z undoes it)."""

    kind = "follow_up"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, FollowUpsModel(ctx.store), "follow_ups", parent)
        self.filter_edit.setPlaceholderText(self.tr("Filter follow-ups by what is to be done…"))

        self.status_box = QComboBox()
        self.status_box.setToolTip(self.tr("Show follow-ups with this status"))
        for text, value in ((self.tr("Open"), "open"), (self.tr("Done"), "done"),
                            (self.tr("Cancelled"), "cancelled"), (self.tr("All"), None)):
            self.status_box.addItem(text, value)
        self.status_box.currentIndexChanged.connect(
            lambda _i: self.model.set_status(self.status_box.currentData()))
        self.mine_box = QCheckBox(self.tr("&My follow-ups"))
        self.mine_box.setToolTip(self.tr("Only the follow-ups owned by you ({name})").format(
            name=ctx.officer_name or self.tr("no officer name set")))
        self.mine_box.toggled.connect(self._mine_toggled)
        self.filters.addWidget(self.status_box)
        self.filters.addWidget(self.mine_box)

        self.done_action = self.add_action(
            self.tr("Mark done"), self.mark_done, QKeySequence("Ctrl+D"),
            self.tr("Mark the selected follow-ups done (Space also works)"))
        self.done_action.setShortcuts([QKeySequence("Ctrl+D"), QKeySequence("Space")])
        self.reopen_action = self.add_action(
            self.tr("Reopen"), self.reopen, None, self.tr("Mark the selected follow-ups open again"))
        self.finish_actions_bar()
        self.allow_cell_edits(self._checked)

    def show_everything(self) -> None:
        self.status_box.setCurrentIndex(self.status_box.findData(None))
        self.mine_box.setChecked(False)
        super().show_everything()

    def _checked(self, field: str, value: object) -> object:
        if field == "due_on":
            return checked_date(value, self.tr("due date"), whole_day=True)
        if field == "description" and not value:
            raise UserError(self.tr("a follow-up needs a description: say what is to be done"))
        if field == "priority" and value:
            return str(value).lower()
        return value

    def _mine_toggled(self, checked: bool) -> None:
        self.model.set_owner(self.ctx.officer_name if checked and self.ctx.officer_name else None)

    def _set_status(self, status: str, text: str) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            self.run_command(EditRecord(self.ctx, self.kind, ids[0], {"status": status}, text))
            return
        # Several follow-ups at once: one undo step for all of them.
        self.ctx.undo_stack.beginMacro(text)
        try:
            for record_id in ids:
                self.run_command(EditRecord(self.ctx, self.kind, record_id, {"status": status}, text))
        finally:
            self.ctx.undo_stack.endMacro()

    def mark_done(self) -> None:
        self._set_status("done", self.tr("Mark follow-up done"))

    def reopen(self) -> None:
        self._set_status("open", self.tr("Reopen follow-up"))
