"""The visits view: every visit either way, and a form to log one by hand (no dispatch needed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnertracker.domain import PartialDate, Participant, Visit
from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.models import VisitsModel, area_label, partial_date
from partnertracker.gui.undo import AddRecord, ChangeInvitationStatus, EditRecord
from partnertracker.gui.views.invitations import error_label, show_error
from partnertracker.gui.views.pickers import RecordListPicker, RecordPicker
from partnertracker.gui.views.record_list import RecordListView
from partnertracker.services import invitations as lifecycle
from partnertracker.services.visits import log_visit, visit_direction


class VisitForm(QDialog):
    """Log a visit by hand. What cannot be saved is said in the form, and nothing typed is lost."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        store = ctx.store
        self.setWindowTitle(self.tr("Log a visit"))

        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("2025-07-14, or 2025-07, or 2025"))
        self.date_edit.setToolTip(self.tr("Never more precise than you know: the day, the month or only the year"))
        self.date_shown = QLabel()
        self.date_shown.setToolTip(self.tr("How the date will be shown"))
        self.precision = QComboBox()
        for text, value in ((self.tr("as typed"), None), (self.tr("day"), "day"), (self.tr("month"), "month"),
                            (self.tr("year"), "year")):
            self.precision.addItem(text, value)
        self.precision.setToolTip(self.tr("Precision of the date; 'as typed' takes it from what you wrote"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.precision)
        date_row.addWidget(self.date_shown)

        self.direction = QComboBox()
        for text, value in ((self.tr("worked out from the home organisation"), None),
                            (self.tr("outgoing (home visits a partner)"), "outgoing"),
                            (self.tr("incoming (a partner visits home)"), "incoming"),
                            (self.tr("between others"), "external")):
            self.direction.addItem(text, value)
        self.visitors = RecordListPicker(store, "organisation")
        self.host = RecordPicker(store, "organisation")
        self.participants = RecordListPicker(store, "person")
        self.venue = QLineEdit()
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("MA, FR, CN…"))
        self.country.setToolTip(self.tr("Two-letter ISO country code"))
        self.areas = QListWidget()
        self.areas.setToolTip(self.tr("Cooperation areas discussed; Space ticks the current one"))
        for area in store.cooperation_areas():
            item = QListWidgetItem(area_label(area.key, area.labels))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.areas.addItem(item)
        self.areas.setMaximumHeight(self.areas.fontMetrics().height() * 6 + 12)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What the visit was about"))
        self.summary.setMaximumHeight(self.summary.fontMetrics().height() * 5 + 12)
        self.invitation = QComboBox()
        self.invitation.setToolTip(self.tr("The invitation this visit honours; it is marked honoured"))
        self.invitation.addItem(self.tr("none"), None)
        for row in store.list_invitations(status=["pending", "accepted"], order_by="issued_on", limit=200).rows:
            label = self.tr("{inviter} → {invitee}, {issued}").format(
                inviter=row.get("inviter") or "?", invitee=row.get("invitee") or "?",
                issued=partial_date(row.get("issued_on")) or self.tr("undated"))
            self.invitation.addItem(label, row["id"])

        self.error = error_label()
        for picker in (self.visitors, self.participants):
            picker.error_handler = lambda error: show_error(self.error, error)

        form = QFormLayout()
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(date_label, date_row)
        form.addRow(self.tr("Di&rection:"), self.direction)
        form.addRow(self.tr("&Visiting side:"), self.visitors)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Participants:"), self.participants)
        form.addRow(self.tr("V&enue:"), self.venue)
        form.addRow(self.tr("&City:"), self.city)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.tr("&Areas:"), self.areas)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("Honours &invitation:"), self.invitation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        # Enter adds a partner in a picker; saving is Ctrl+Enter or the button.
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.save_button.setToolTip(self.tr("Save the visit (Ctrl+Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date_edit.textChanged.connect(self._show_date)
        self.setMinimumWidth(560)
        self.saved: Visit | None = None
        self.editing: Visit | None = None

    def _show_date(self, text: str) -> None:
        try:
            self.date_shown.setText(partial_date(PartialDate.parse(text).isoformat()) if text.strip() else "")
        except ValueError:
            self.date_shown.setText("")

    def visit(self) -> Visit:
        """The visit typed in the form; UserError with what to correct."""
        text = self.date_edit.text().strip()
        if text:
            try:
                PartialDate.parse(text)
            except ValueError:
                raise UserError(
                    self.tr("“{text}” is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-07-14)")
                    .format(text=text)) from None
        self.visitors.add_typed()  # a partner typed but not yet added counts
        self.participants.add_typed()
        host = self.host.record_id()
        areas = [self.areas.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.areas.count())
                 if self.areas.item(i).checkState() == Qt.CheckState.Checked]
        return Visit(
            date=text or None,
            date_precision=self.precision.currentData(),
            direction=self.direction.currentData() or "external",
            host_id=host,
            visitor_ids=self.visitors.ids(),
            participants=[Participant(person_id=pid, side="visiting") for pid in self.participants.ids()],
            venue=self.venue.text().strip() or None,
            city=self.city.text().strip() or None,
            country=self.country.text().strip().upper() or None,
            summary=self.summary.toPlainText().strip(),
            areas=areas,
        )

    def load(self, visit: Visit) -> None:
        """Edit a visit already logged: the form shows it; saving changes only what was changed."""
        self.editing = visit
        self.setWindowTitle(self.tr("Edit visit"))
        self.date_edit.setText(visit.date or "")
        self.precision.setCurrentIndex(0)
        self.direction.setCurrentIndex(max(self.direction.findData(str(visit.direction)), 0))
        for organisation_id in visit.visitor_ids:
            self.visitors.add(organisation_id)
        self.host.set_record(visit.host_id)
        for participant in visit.participants:
            self.participants.add(participant.person_id)
        self.venue.setText(visit.venue or "")
        self.city.setText(visit.city or "")
        self.country.setText(visit.country or "")
        for i in range(self.areas.count()):
            item = self.areas.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in visit.areas
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.summary.setPlainText(visit.summary)
        # Which invitation a visit honours is changed from the invitations view (it moves a status).
        self.invitation.setEnabled(False)
        self.invitation.setToolTip(self.tr("Change it from the Invitations view (Honoured…)"))

    def _changes(self, typed: Visit) -> dict[str, object]:
        """What differs between the stored visit and the form, with the date as precise as typed."""
        assert self.editing is not None
        changes: dict[str, object] = {}
        if typed.date:
            date = PartialDate.parse(typed.date)
            order = {"year": 0, "month": 1, "day": 2}
            chosen = typed.date_precision or date.precision.value
            if order[str(chosen)] > order[date.precision.value]:
                raise UserError(self.tr("the date {date} is known to the {known} only: it cannot have {chosen} "
                                        "precision").format(date=date.isoformat(), known=self.tr(date.precision.value),
                                                            chosen=self.tr(str(chosen))))
            date = PartialDate.parse(date.isoformat()[: {"year": 4, "month": 7, "day": 10}[str(chosen)]])
            changes.update(date=date.isoformat(), date_precision=date.precision.value)
        else:
            changes.update(date=None, date_precision=None)
        if typed.country and not (len(typed.country) == 2 and typed.country.isalpha()):
            raise UserError(self.tr("“{code}” is not a country code; use the two-letter ISO code (MA, FR, CN)")
                            .format(code=typed.country))
        if typed.host_id is not None and typed.host_id in typed.visitor_ids:
            raise UserError(self.tr("a partner cannot visit itself: the host is also on the visiting side"))
        direction = (self.direction.currentData()
                     or visit_direction(self.ctx.store, typed.visitor_ids, typed.host_id).value)
        old_people = [(p.person_id, p.side) for p in self.editing.participants]
        if [(p.person_id, p.side) for p in typed.participants] != old_people:
            changes["participants"] = typed.participants
        changes.update(direction=direction, host_id=typed.host_id, visitor_ids=typed.visitor_ids,
                       venue=typed.venue, city=typed.city, country=typed.country, summary=typed.summary,
                       areas=typed.areas)
        return {k: v for k, v in changes.items()
                if k == "participants" or str(getattr(self.editing, k) or "") != str(v or "")
                or (isinstance(v, list) and v != getattr(self.editing, k))}

    def accept(self) -> None:
        """Save the visit in one undoable step; on a mistake, say what to correct and keep the form open."""
        if self.editing is not None:
            try:
                changes = self._changes(self.visit())
                if changes:
                    assert self.editing.id is not None
                    EditRecord(self.ctx, "visit", self.editing.id, changes, self.tr("Edit visit")).run()
                self.saved = self.ctx.store.get_visit(self.editing.id or 0)
            except UserError as error:
                show_error(self.error, error)
                return
            super().accept()
            return
        try:
            visit = self.visit()
            invitation_id = self.invitation.currentData()
            automatic = self.direction.currentData() is None
            if invitation_id is None:
                command = AddRecord(
                    self.ctx, "visit", lambda store: log_visit(store, visit, direction_from_home=automatic),
                    self.tr("Log visit"))
                command.run()
                self.saved = command.record  # type: ignore[assignment]
            else:
                command = ChangeInvitationStatus(
                    self.ctx, [invitation_id], lambda store, iid: lifecycle.honour(store, iid, visit=visit),
                    self.tr("Log visit honouring an invitation"))
                command.run()
                invitation = self.ctx.store.get_invitation(invitation_id)
                assert invitation is not None and invitation.honoured_by_visit_id is not None
                self.saved = self.ctx.store.get_visit(invitation.honoured_by_visit_id)
        except UserError as error:
            show_error(self.error, error)
            return
        super().accept()


class VisitsView(RecordListView):
    """Visits, newest first; filter by direction or text; Ctrl+N logs a visit by hand."""

    kind = "visit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, VisitsModel(ctx.store), "visits", parent)
        self.filter_edit.setPlaceholderText(self.tr("Filter visits by host, city, venue or summary…"))
        self.filter_edit.setToolTip(self.tr("Finds visits with words starting with what you type; Esc clears"))
        self.direction_box = QComboBox()
        self.direction_box.setToolTip(self.tr("Outgoing: home visits a partner; incoming: a partner visits home"))
        for text, value in ((self.tr("All directions"), None), (self.tr("Outgoing"), "outgoing"),
                            (self.tr("Incoming"), "incoming"), (self.tr("Between others"), "external")):
            self.direction_box.addItem(text, value)
        self.direction_box.currentIndexChanged.connect(
            lambda _i: self.model.set_direction(self.direction_box.currentData()))
        self.filters.addWidget(self.direction_box)
        self.log_action = self.add_action(self.tr("&Log visit…"), self.log_visit, QKeySequence.StandardKey.New,
                                          self.tr("Log a visit by hand"))
        self.edit_action = self.add_action(self.tr("&Edit visit…"), self._edit_current, None,
                                           self.tr("Open the selected visit in the form (Enter)"))
        self.finish_actions_bar()

    def show_everything(self) -> None:
        self.direction_box.setCurrentIndex(0)
        super().show_everything()

    def depends_on(self, kind: str) -> bool:
        return kind in ("organisation", "invitation")

    def _edit_current(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            self.edit_visit(ids[0])

    def make_form(self) -> VisitForm:
        return VisitForm(self.ctx, self)

    def _activated(self, index) -> None:  # noqa: ANN001 - QModelIndex
        # Enter or a double-click on a visit opens it in the form.
        if index.isValid():
            self.edit_visit(self.model.row_id(index.row()))

    def edit_visit(self, visit_id: int) -> Visit | None:
        visit = self.ctx.store.get_visit(visit_id)
        if visit is None or visit.deleted_at is not None:
            return None
        form = self.make_form()
        form.load(visit)
        if form.exec() != QDialog.DialogCode.Accepted or form.saved is None:
            return None
        self.show_record(visit_id)
        return form.saved

    def log_visit(self) -> Visit | None:
        form = self.make_form()
        if form.exec() != QDialog.DialogCode.Accepted or form.saved is None:
            return None
        assert form.saved.id is not None
        self.show_record(form.saved.id)
        self.status_message.emit(self.tr("Visit logged"))
        return form.saved
