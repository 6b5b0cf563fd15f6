"""The invitations view: what is still unanswered and how old it is; answer, honour, expire, follow up."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnertracker.domain import PartialDate, Visit
from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.models import OLD_INVITATION_DAYS, InvitationsModel, partial_date
from partnertracker.gui.undo import AddRecord, ChangeInvitationStatus
from partnertracker.gui.views.record_list import RecordListView
from partnertracker.services import invitations as lifecycle

OLD_AFTER_KEY = "invitations/old_after_days"


def error_label() -> QLabel:
    """The inline message a form shows when what was typed cannot be saved (nothing typed is lost)."""
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a40000;")
    label.hide()
    return label


def show_error(label: QLabel, error: UserError | str) -> None:
    text = str(error)
    label.setText(text[:1].upper() + text[1:])
    label.show()


class HonourDialog(QDialog):
    """Which visit honoured the invitation: one already logged, or a new one (date and city)."""

    def __init__(self, ctx: AppContext, invitation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invitation honoured"))
        self.ctx = ctx
        self.invitation_id = invitation_id
        invitation = ctx.store.get_invitation(invitation_id)
        assert invitation is not None
        self.existing = QRadioButton(self.tr("By a visit already logged:"))
        self.new = QRadioButton(self.tr("By a new visit:"))
        group = QButtonGroup(self)
        group.addButton(self.existing)
        group.addButton(self.new)
        self.visit_box = QComboBox()
        self.visit_box.setToolTip(self.tr("Visits with the inviter or the invitee, newest first"))
        partner = invitation.invitee_id if invitation.direction == "issued" else invitation.inviter_id
        if partner is not None:
            for row in ctx.store.list_visits(organisation_id=partner, limit=100).rows:
                where = row.get("city") or row.get("host") or ""
                when = partial_date(row["date"]) or self.tr("no date")
                label = f"{when} — {where}".strip(" —")
                self.visit_box.addItem(label, row["id"])
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.date_edit.setToolTip(self.tr("The day of the visit, or only its month or year if that is all you know"))
        self.city_edit = QLineEdit(invitation.city or "")
        self.city_edit.setPlaceholderText(self.tr("City"))
        self.error = error_label()
        if self.visit_box.count():
            self.existing.setChecked(True)
        else:
            self.existing.setEnabled(False)
            self.visit_box.setEnabled(False)
            self.new.setChecked(True)
        form = QFormLayout()
        form.addRow(self.existing)
        form.addRow(self.visit_box)
        form.addRow(self.new)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("C&ity:"), self.city_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.full_form = False
        full = buttons.addButton(self.tr("&Full visit form…"), QDialogButtonBox.ButtonRole.ActionRole)
        full.setToolTip(self.tr("Log the visit with its participants, venue, areas and summary"))
        full.clicked.connect(self._open_full_form)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date_edit.textEdited.connect(lambda _t: self.new.setChecked(True))

    def _open_full_form(self) -> None:
        self.full_form = True
        QDialog.accept(self)

    def chosen_visit_id(self) -> int | None:
        return self.visit_box.currentData() if self.existing.isChecked() else None

    def new_visit(self) -> Visit:
        """The visit described (its date checked here, so that a typing slip is shown in the form)."""
        text = self.date_edit.text().strip()
        if text:
            try:
                date = PartialDate.parse(text)
            except ValueError:
                raise UserError(
                    self.tr("“{text}” is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-07-14)")
                    .format(text=text)) from None
        return Visit(date=date.isoformat() if text else None, date_precision=date.precision if text else None,
                     city=self.city_edit.text().strip() or None)

    def accept(self) -> None:
        try:
            if self.chosen_visit_id() is None:
                self.new_visit()
        except UserError as error:
            show_error(self.error, error)
            return
        super().accept()


class FollowUpDialog(QDialog):
    """A follow-up action on an invitation: what, by when, who (the officer by default)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create follow-up"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What is to be done, e.g. reply to the invitation"))
        self.due = QLineEdit((dt.date.today() + dt.timedelta(days=7)).isoformat())
        self.due.setToolTip(self.tr("YYYY-MM-DD; leave empty for no due date"))
        self.owner = QLineEdit(ctx.officer_name)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.description)
        form.addRow(self.tr("&Due on:"), self.due)
        form.addRow(self.tr("&Owner:"), self.owner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def _follow_up(store, invitation_id: int, description: str, due_on: str | None, owner: str):
    return lifecycle.create_follow_up(store, invitation_id, description, due_on=due_on, owner=owner)


class InvitationsView(RecordListView):
    """Invitations, opened on the pending ones, oldest first; old ones stand out (a setting, 30 days)."""

    kind = "invitation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        days = int(ctx.settings.value(OLD_AFTER_KEY, OLD_INVITATION_DAYS) or OLD_INVITATION_DAYS)
        super().__init__(ctx, InvitationsModel(ctx.store, old_after_days=days), "invitations", parent)
        self.filter_edit.setPlaceholderText(self.tr("Filter invitations by what they are for, event or city…"))

        self.status_box = QComboBox()
        self.status_box.setToolTip(self.tr("Show invitations with this status"))
        for text, value in ((self.tr("Pending"), "pending"), (self.tr("Accepted"), "accepted"),
                            (self.tr("Declined"), "declined"), (self.tr("Honoured"), "honoured"),
                            (self.tr("Expired"), "expired"), (self.tr("Withdrawn"), "withdrawn"),
                            (self.tr("All"), None)):
            self.status_box.addItem(text, value)
        self.status_box.currentIndexChanged.connect(lambda _i: self._status_chosen())
        self.direction_box = QComboBox()
        self.direction_box.setToolTip(self.tr("Issued: home invites; received: home is invited"))
        for text, value in ((self.tr("Issued and received"), None), (self.tr("Issued"), "issued"),
                            (self.tr("Received"), "received"), (self.tr("Between others"), "external")):
            self.direction_box.addItem(text, value)
        self.direction_box.currentIndexChanged.connect(
            lambda _i: self.model.set_direction(self.direction_box.currentData()))
        self.old_after = QSpinBox()
        self.old_after.setRange(1, 3650)
        self.old_after.setValue(days)
        self.old_after.setPrefix(self.tr("stand out after "))
        self.old_after.setSuffix(self.tr(" days"))
        self.old_after.setToolTip(self.tr("Pending invitations older than this are highlighted"))
        self.old_after.valueChanged.connect(self._old_after_changed)
        self.old_after.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.filters.addWidget(self.status_box)
        self.filters.addWidget(self.direction_box)
        self.filters.addWidget(self.old_after)

        self.on_date = QDateEdit(QDate.currentDate())
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("d MMM yyyy")
        self.on_date.setToolTip(self.tr("The date recorded with the new status"))
        on_label = QLabel(self.tr("&Status date:"))
        on_label.setBuddy(self.on_date)
        self.actions_bar.addWidget(on_label)
        self.actions_bar.addWidget(self.on_date)
        self.status_actions = {}
        for status, text, keys, tip in (
            ("accepted", self.tr("&Accepted"), "Ctrl+Shift+A", self.tr("The invitation was accepted")),
            ("declined", self.tr("&Declined"), "Ctrl+Shift+D", self.tr("The invitation was declined")),
            ("honoured", self.tr("&Honoured…"), "Ctrl+Shift+H",
             self.tr("The visit took place: pick it or log it")),
            ("expired", self.tr("E&xpired"), "Ctrl+Shift+E", self.tr("No answer came in time")),
            ("withdrawn", self.tr("&Withdrawn"), "Ctrl+Shift+W", self.tr("The inviter withdrew it")),
        ):
            slot = self.honour_selected if status == "honoured" else partial(self.set_selected_status, status)
            self.status_actions[status] = self.add_action(text, slot, keys, tip)
        self.follow_up_action = self.add_action(
            self.tr("Create &follow-up…"), self.create_follow_up, "Ctrl+Shift+F",
            self.tr("A follow-up action on the selected invitation"))
        self.finish_actions_bar()
        self.table.setColumnHidden(self.model.column_of("status"), True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        model = self.model
        model.modelReset.connect(self._update_actions)
        self._update_actions()

    def _status_chosen(self) -> None:
        status = self.status_box.currentData()
        self.model.set_status(status)
        # One status chosen: the column would say the same on every row.
        self.table.setColumnHidden(self.model.column_of("status"), status is not None)

    def show_everything(self) -> None:
        self.status_box.setCurrentIndex(self.status_box.findData(None))
        self.direction_box.setCurrentIndex(0)
        super().show_everything()

    def depends_on(self, kind: str) -> bool:
        return kind in ("organisation", "visit")

    def _old_after_changed(self, days: int) -> None:
        self.ctx.settings.set_value(OLD_AFTER_KEY, days)
        self.model.set_old_after_days(days)

    def _update_actions(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        for action in self.status_actions.values():
            action.setEnabled(selected)
        self.follow_up_action.setEnabled(len(self.table.selected_rows()) == 1)
        self.delete_action.setEnabled(selected)

    def status_date(self) -> str:
        return self.on_date.date().toString("yyyy-MM-dd")

    def set_selected_status(self, status: str) -> bool:
        ids = self.table.selected_ids()
        if not ids:
            return False
        on = self.status_date()
        names = {"accepted": self.tr("accepted"), "declined": self.tr("declined"),
                 "expired": self.tr("expired"), "withdrawn": self.tr("withdrawn")}
        text = self.tr("Mark invitation {status}").format(status=names.get(status, status))
        command = ChangeInvitationStatus(
            self.ctx, ids, lambda store, invitation_id: lifecycle.set_status(store, invitation_id, status, on=on),
            text)
        if self.run_command(command):
            self.status_message.emit(text)
            return True
        return False

    def honour_selected(self) -> bool:
        ids = self.table.selected_ids()
        if len(ids) != 1:
            return False
        dialog = HonourDialog(self.ctx, ids[0], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.full_form:
            return self.honour_with_visit_form(ids[0], dialog.date_edit.text(), dialog.city_edit.text())
        visit_id = dialog.chosen_visit_id()
        if visit_id is not None:
            def change(store, invitation_id):
                return lifecycle.honour(store, invitation_id, visit_id=visit_id)
        else:
            new_visit = dialog.new_visit()

            def change(store, invitation_id):
                return lifecycle.honour(store, invitation_id, visit=new_visit)
        return self.run_command(ChangeInvitationStatus(
            self.ctx, ids, change, self.tr("Mark invitation honoured"), linked_visit_id=visit_id))

    def honour_with_visit_form(self, invitation_id: int, date: str = "", city: str = "") -> bool:
        """The whole visit form, with this invitation chosen: saving it marks the invitation honoured."""
        from partnertracker.gui.views.visits import VisitForm

        form = VisitForm(self.ctx, self)
        form.invitation.setCurrentIndex(max(form.invitation.findData(invitation_id), 0))
        form.date_edit.setText(date)
        form.city.setText(city)
        invitation = self.ctx.store.get_invitation(invitation_id)
        if invitation is not None and invitation.inviter_id is not None:
            form.host.set_record(invitation.inviter_id)  # the invitee usually comes to the inviter
            if invitation.invitee_id is not None:
                form.visitors.add(invitation.invitee_id)
        return form.exec() == QDialog.DialogCode.Accepted and form.saved is not None

    def create_follow_up(self) -> bool:
        ids = self.table.selected_ids()
        if len(ids) != 1:
            return False
        dialog = FollowUpDialog(self.ctx, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            description, due, owner = (dialog.description.text(), dialog.due.text().strip() or None,
                                       dialog.owner.text())
            command = AddRecord(
                self.ctx, "follow_up",
                partial(_follow_up, invitation_id=ids[0], description=description, due_on=due, owner=owner),
                self.tr("Create follow-up"))
            try:
                command.run()
            except UserError as error:
                show_error(dialog.error, error)  # the dialog opens again with what was typed
                continue
            self.status_message.emit(self.tr("Follow-up created"))
            return True
        return False
