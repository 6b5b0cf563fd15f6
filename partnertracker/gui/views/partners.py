"""The partners view: the list of partner organisations and a partner's page (details, people, timeline)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partnertracker.domain import Alias, OrganisationKind, RelationshipStatus
from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.errors import show_user_error
from partnertracker.gui.models import OrganisationsModel, TimelineModel, words
from partnertracker.gui.undo import EditRecord
from partnertracker.gui.views.record_list import RecordListView, RecordTable


class PartnerList(RecordListView):
    """The partners, filtered as you type (name, acronym or alias) and sorted in SQL."""

    kind = "organisation"
    partner_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, OrganisationsModel(ctx.store), "partners", parent)
        self.filter_edit.setPlaceholderText(self.tr("Filter partners by name, acronym or alias…"))
        self.finish_actions_bar()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def depends_on(self, kind: str) -> bool:
        return kind in ("visit", "invitation")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.partner_chosen.emit(self.model.row_id(current.row()))

    def _activated(self, index: QModelIndex) -> None:
        # Enter on a partner goes to its page (the page is beside the list).
        if index.isValid():
            self.partner_chosen.emit(self.model.row_id(index.row()))
            page = self.parent()
            while page is not None and not isinstance(page, PartnersView):
                page = page.parent()
            if isinstance(page, PartnersView):
                page.page.name.setFocus()


class PartnerPage(QScrollArea):
    """One partner: details edited in place (each change one undoable step), aliases, sites,
    people with their titles, and a timeline of everything that happened with it, newest first."""

    open_record = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.organisation_id: int | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setEnabled(False)

        self.name = QLineEdit()
        self.acronym = QLineEdit()
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(self.tr(words(kind.value)), kind.value)
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setToolTip(self.tr("Two-letter ISO country code"))
        self.hq_city = QLineEdit()
        self.website = QLineEdit()
        self.status = QComboBox()
        for status in RelationshipStatus:
            self.status.addItem(self.tr(words(status.value)), status.value)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().height() * 4 + 14)
        self.notes.setToolTip(self.tr("Saved when you leave the field"))
        self._line_fields = {"name": self.name, "acronym": self.acronym, "country": self.country,
                             "hq_city": self.hq_city, "website": self.website}
        for field, edit in self._line_fields.items():
            edit.editingFinished.connect(lambda f=field, e=edit: self._line_edited(f, e))
            edit.setToolTip(edit.toolTip() or self.tr("Saved when you press Enter or leave the field"))
        self.kind.activated.connect(lambda _i: self.save("kind", self.kind.currentData()))
        self.status.activated.connect(lambda _i: self.save("status", self.status.currentData()))
        self.notes.installEventFilter(self)

        details = QGroupBox(self.tr("Details"))
        form = QFormLayout(details)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("A&cronym:"), self.acronym)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.tr("Head&quarters city:"), self.hq_city)
        form.addRow(self.tr("&Website:"), self.website)
        form.addRow(self.tr("&Relationship:"), self.status)
        form.addRow(self.tr("No&tes:"), self.notes)

        self.aliases = QListWidget()
        self.aliases.setToolTip(self.tr("Other names of the partner, in any language; Delete removes one"))
        self.new_alias = QLineEdit()
        self.new_alias.setPlaceholderText(self.tr("Add another name and press Enter"))
        self.new_alias.returnPressed.connect(self.add_alias)
        self.aliases.installEventFilter(self)
        self.sites = QListWidget()
        self.sites.setToolTip(self.tr("Headquarters, regional offices, campuses"))
        names = QGroupBox(self.tr("Other names and sites"))
        names_layout = QVBoxLayout(names)
        names_layout.addWidget(self.aliases)
        names_layout.addWidget(self.new_alias)
        names_layout.addWidget(self.sites)
        for widget in (self.aliases, self.sites):
            widget.setMaximumHeight(widget.fontMetrics().height() * 4 + 14)

        self.people = QListWidget()
        self.people.setToolTip(self.tr("People of this partner with their current title"))
        self.people.itemActivated.connect(
            lambda item: self.open_record.emit("person", int(item.data(Qt.ItemDataRole.UserRole))))
        people = QGroupBox(self.tr("People"))
        QVBoxLayout(people).addWidget(self.people)
        self.people.setMaximumHeight(self.people.fontMetrics().height() * 5 + 14)
        self.people.setWordWrap(True)

        self.timeline_model = TimelineModel(ctx.store, None, self)
        self.timeline = RecordTable(self.timeline_model, self)
        self.timeline.setSortingEnabled(False)
        self.timeline.horizontalHeader().setSortIndicatorShown(False)
        self.timeline.setSelectionMode(RecordTable.SelectionMode.SingleSelection)
        self.timeline.setToolTip(self.tr("Enter or double-click opens the record, or the dispatch's text"))
        self.timeline.activated.connect(self._timeline_activated)
        self.timeline.doubleClicked.connect(self._timeline_activated)
        self.timeline.setMinimumHeight(self.timeline.verticalHeader().defaultSectionSize() * 8)
        ctx.settings.remember_header("partner_timeline/columns", self.timeline.horizontalHeader())
        timeline = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline).addWidget(self.timeline)

        top = QHBoxLayout()
        top.addWidget(details, 3)
        side = QVBoxLayout()
        side.addWidget(names)
        side.addWidget(people)
        top.addLayout(side, 2)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(top)
        layout.addWidget(timeline, 1)
        self.empty = QLabel(self.tr("Choose a partner in the list to see its page."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        layout.addWidget(self.empty)
        self._sections = [details, names, people, timeline, self.title, self.subtitle]
        self._stale = False
        ctx.events.records_changed.connect(self._records_changed)
        self.show_partner(None)

    # -- showing -------------------------------------------------------------------------------

    def _records_changed(self, _kind: str) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload(force=True)

    def show_partner(self, organisation_id: int | None) -> None:
        self.organisation_id = organisation_id
        self.reload(force=True)

    def reload(self, force: bool = False) -> None:
        organisation = (self.ctx.store.get_organisation(self.organisation_id)
                        if self.organisation_id is not None else None)
        if organisation is not None and organisation.deleted_at is not None:
            organisation = None
        for section in self._sections:
            section.setVisible(organisation is not None)
        self.empty.setVisible(organisation is None)
        if organisation is None:
            self.timeline_model.set_organisation(None)
            return
        self.title.setText(organisation.name + (f" ({organisation.acronym})" if organisation.acronym else ""))
        where = ", ".join(p for p in (organisation.hq_city, organisation.country) if p)
        self.subtitle.setText(" · ".join(p for p in (self.tr(words(organisation.kind)), where,
                                                     self.tr(words(organisation.status))) if p))
        focus = self.focusWidget() if not force else None
        for field, edit in self._line_fields.items():
            # The field being typed in keeps what is typed (it is saved when the officer leaves it).
            if edit is not focus:
                edit.setText(getattr(organisation, field) or "")
                edit.setCursorPosition(0)
        self.kind.setCurrentIndex(max(self.kind.findData(str(organisation.kind)), 0))
        self.status.setCurrentIndex(max(self.status.findData(str(organisation.status)), 0))
        if self.notes is not focus:
            self.notes.setPlainText(organisation.notes)
        self.aliases.clear()
        for alias in organisation.aliases:
            text = alias.name + (f" [{alias.language}]" if alias.language else "")
            self.aliases.addItem(text)
        if not organisation.aliases:
            placeholder = QListWidgetItem(self.tr("No other names recorded"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.aliases.addItem(placeholder)
        self.sites.clear()
        for site in organisation.sites:
            place = ", ".join(p for p in (site.city, site.country) if p)
            self.sites.addItem(f"{site.label} — {place}" if place else site.label)
        if not organisation.sites:
            self.sites.addItem(self.tr("No sites recorded"))
        self.people.clear()
        for row in self.ctx.store.list_people(organisation_id=organisation.id, limit=200).rows:
            name = " ".join(p for p in (row.get("honorific"), row["name"]) if p)
            item = QListWidgetItem(f"{name} — {row['title']}" if row.get("title") else name)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.people.addItem(item)
        if self.people.count() == 0:
            self.people.addItem(self.tr("No people recorded"))
        self.timeline_model.set_organisation(organisation.id)
        self.timeline.resizeColumnToContents(0)

    # -- editing -------------------------------------------------------------------------------

    def _line_edited(self, field: str, edit: QLineEdit) -> None:
        value = edit.text().strip()
        if field == "country":
            value = value.upper()
        if field == "name" and not value:
            show_user_error(UserError(self.tr("a partner needs a name; the old one is kept")), self)
            self.reload(force=True)
            return
        self.save(field, value or None)

    def save(self, field: str, value: object) -> bool:
        """One field changed: one transaction, one undo step (no change, no step)."""
        if self.organisation_id is None:
            return False
        current = self.ctx.store.get_organisation(self.organisation_id)
        if current is None or getattr(current, field) == value or (value is None and not getattr(current, field)):
            return False
        labels = {"name": self.tr("name"), "acronym": self.tr("acronym"), "kind": self.tr("kind"),
                  "country": self.tr("country"), "hq_city": self.tr("headquarters city"),
                  "website": self.tr("website"), "status": self.tr("relationship"), "notes": self.tr("notes"),
                  "aliases": self.tr("other names")}
        try:
            EditRecord(self.ctx, "organisation", self.organisation_id, {field: value},
                       self.tr("Change the partner's {field}").format(field=labels.get(field, field))).run()
        except UserError as error:
            show_user_error(error, self)
            self.reload(force=True)
            return False
        return True

    def add_alias(self) -> None:
        name = self.new_alias.text().strip()
        if not name or self.organisation_id is None:
            return
        current = self.ctx.store.get_organisation(self.organisation_id)
        assert current is not None
        aliases = [Alias(name=a.name, language=a.language) for a in current.aliases]
        if self.save("aliases", [*aliases, Alias(name=name)]):
            self.new_alias.clear()

    def remove_alias(self, row: int) -> None:
        current = self.ctx.store.get_organisation(self.organisation_id) if self.organisation_id else None
        if current is None or not (0 <= row < len(current.aliases)):
            return
        kept = [Alias(name=a.name, language=a.language) for i, a in enumerate(current.aliases) if i != row]
        self.save("aliases", kept)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001 - QObject, QEvent
        from PySide6.QtCore import QEvent

        # QScrollArea filters its own widget's events too, before the fields below exist.
        if watched is getattr(self, "notes", None) and event.type() == QEvent.Type.FocusOut:
            self.save("notes", self.notes.toPlainText())
        elif (watched is getattr(self, "aliases", None) and event.type() == QEvent.Type.KeyPress
              and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_alias(self.aliases.currentRow())
            return True
        return super().eventFilter(watched, event)

    def _timeline_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            kind, record_id = self.timeline_model.kind_and_id(index.row())
            self.open_record.emit(kind, record_id)


class PartnersView(QWidget):
    """The partner list beside the chosen partner's page."""

    open_record = Signal(str, int)
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = PartnerList(ctx)
        self.page = PartnerPage(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 660])
        ctx.settings.remember_splitter("partners", self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list.partner_chosen.connect(self.page.show_partner)
        self.page.open_record.connect(self.open_record)
        self.list.status_message.connect(self.status_message)
        self.setFocusProxy(self.list.filter_edit)

    def open(self, kind: str, record_id: int) -> None:
        """Show a partner, or a person's partner (from the search, the dashboard or another view)."""
        if kind == "person":
            person = self.ctx.store.get_person(record_id)
            if person is None or person.organisation_id is None:
                return
            kind, record_id = "organisation", person.organisation_id
        if kind != "organisation":
            return
        if not self.list.show_record(record_id) and self.list.filter_edit.text():
            self.list.filter_edit.clear()
            self.list.apply_filter_text()
            self.list.show_record(record_id)
        self.page.show_partner(record_id)
