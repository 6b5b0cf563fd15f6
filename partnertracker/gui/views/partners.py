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
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partnertracker.domain import Alias, OrganisationKind, RelationshipStatus, Site
from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.errors import show_user_error
from partnertracker.gui.models import OrganisationsModel, TimelineModel, stored_words
from partnertracker.gui.undo import EditRecord
from partnertracker.gui.views.record_list import RecordListView, RecordTable
from partnertracker.services.sites import SITE_KINDS, checked_site, same_site


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
        self._sites_partner: int | None = None  # whose sites the list shows
        self._sites: list[Site] = []  # what the list shows, as last read
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
            self.kind.addItem(stored_words(kind.value), kind.value)
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setToolTip(self.tr("Two-letter ISO country code"))
        self.hq_city = QLineEdit()
        self.website = QLineEdit()
        self.status = QComboBox()
        for status in RelationshipStatus:
            self.status.addItem(stored_words(status.value), status.value)
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
        self.sites.setToolTip(self.tr("Headquarters, regional offices, campuses: choose one to change it; "
                                      "Delete removes it"))
        self.sites.installEventFilter(self)
        self.sites.currentRowChanged.connect(self._site_chosen)
        names = QGroupBox(self.tr("Other names and sites"))
        names_layout = QVBoxLayout(names)
        names_layout.addWidget(self.aliases)
        names_layout.addWidget(self.new_alias)
        names_layout.addWidget(self.sites)
        names_layout.addLayout(self._site_form())
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
            self._sites = []
            self.timeline_model.set_organisation(None)
            return
        self.title.setText(organisation.name + (f" ({organisation.acronym})" if organisation.acronym else ""))
        where = ", ".join(p for p in (organisation.hq_city, organisation.country) if p)
        self.subtitle.setText(" · ".join(p for p in (stored_words(organisation.kind), where,
                                                     stored_words(organisation.status)) if p))
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
        self._show_sites(organisation.sites)
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

    def save(self, field: str, value: object, text: str = "") -> bool:
        """One field changed: one transaction, one undo step (no change, no step); `text` names the step."""
        if self.organisation_id is None:
            return False
        current = self.ctx.store.get_organisation(self.organisation_id)
        if current is None or getattr(current, field) == value or (value is None and not getattr(current, field)):
            return False
        labels = {"name": self.tr("name"), "acronym": self.tr("acronym"), "kind": self.tr("kind"),
                  "country": self.tr("country"), "hq_city": self.tr("headquarters city"),
                  "website": self.tr("website"), "status": self.tr("relationship"), "notes": self.tr("notes"),
                  "aliases": self.tr("other names"), "sites": self.tr("sites")}
        try:
            EditRecord(self.ctx, "organisation", self.organisation_id, {field: value},
                       text or self.tr("Change the partner's {field}").format(field=labels.get(field, field))).run()
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
        elif (watched is getattr(self, "sites", None) and event.type() == QEvent.Type.KeyPress
              and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_site()
            return True
        return super().eventFilter(watched, event)

    # -- sites ---------------------------------------------------------------------------------

    def _site_form(self) -> QVBoxLayout:
        """Kind, city and country under the sites list, with Add, Save and Remove."""
        self.site_kind = QComboBox()
        self.site_kind.setEditable(True)
        self.site_kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for kind in SITE_KINDS:
            self.site_kind.addItem(self._site_kind_label(kind), kind)
        self.site_kind.setToolTip(self.tr("What the site is: choose or type (\u201cBeijing campus\u201d)"))
        self.site_kind.lineEdit().setPlaceholderText(self.tr("Kind of site"))
        self.site_city = QLineEdit()
        self.site_city.setPlaceholderText(self.tr("City"))
        self.site_country = QLineEdit()
        self.site_country.setPlaceholderText(self.tr("Country"))
        self.site_country.setMaxLength(2)
        self.site_country.setToolTip(self.tr("Two-letter ISO country code (MA, FR, CN); may stay empty"))
        # Wide enough for its placeholder, no wider: it holds two letters.
        self.site_country.setFixedWidth(
            self.site_country.fontMetrics().horizontalAdvance(self.site_country.placeholderText()) + 20)
        for edit in (self.site_city, self.site_country):
            edit.returnPressed.connect(self._site_return_pressed)
        self.site_kind.lineEdit().returnPressed.connect(self._site_return_pressed)
        self.add_site_button = QPushButton(self.tr("&Add site"))
        self.add_site_button.setToolTip(self.tr("Add the site typed above to this partner"))
        self.add_site_button.clicked.connect(self.add_site)
        self.save_site_button = QPushButton(self.tr("&Save site"))
        self.save_site_button.setToolTip(self.tr("Replace the chosen site with what is typed above"))
        self.save_site_button.clicked.connect(self.save_site)
        self.remove_site_button = QPushButton(self.tr("Re&move site"))
        self.remove_site_button.setToolTip(self.tr("Remove the chosen site (Ctrl+Z brings it back)"))
        self.remove_site_button.clicked.connect(self.remove_site)
        fields = QHBoxLayout()
        fields.addWidget(self.site_kind, 3)
        fields.addWidget(self.site_city, 3)
        fields.addWidget(self.site_country)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_site_button)
        buttons.addWidget(self.save_site_button)
        buttons.addWidget(self.remove_site_button)
        buttons.addStretch(1)
        form = QVBoxLayout()
        form.addLayout(fields)
        form.addLayout(buttons)
        self._clear_site_fields()
        return form

    def _site_kind_label(self, kind: str) -> str:
        labels = {"headquarters": self.tr("headquarters"), "regional office": self.tr("regional office"),
                  "campus": self.tr("campus"), "liaison office": self.tr("liaison office")}
        return labels.get(kind, kind)

    def _site_text(self, site: Site) -> str:
        place = ", ".join(p for p in (site.city, site.country) if p)
        label = self._site_kind_label(site.label)
        return f"{label} — {place}" if place else label

    def _show_sites(self, sites: list[Site]) -> None:
        # Reloads come after every change anywhere (and the list re-chooses the partner): the chosen
        # site stays chosen and nothing typed is lost; only another partner starts afresh.
        self._sites = list(sites)
        same_partner = self._sites_partner == self.organisation_id
        self._sites_partner = self.organisation_id
        chosen = self.sites.currentRow() if same_partner else -1
        self.sites.blockSignals(True)
        self.sites.clear()
        for site in sites:
            self.sites.addItem(self._site_text(site))
        if not sites:
            placeholder = QListWidgetItem(self.tr("No sites recorded"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sites.addItem(placeholder)
        still_there = 0 <= chosen < len(sites)
        self.sites.setCurrentRow(chosen if still_there else -1)
        self.sites.blockSignals(False)
        if not same_partner or (chosen >= 0 and not still_there):
            self._clear_site_fields()  # another partner, or the chosen site is gone (an add undone)
        elif still_there and self._site_fields_unchanged():
            self._site_chosen(chosen)  # an undo may have changed it; the fields follow
        self._site_buttons()

    def _site_fields_unchanged(self) -> bool:
        """Whether the fields still show the chosen site as it was filled in (nothing typed since)."""
        shown = self._shown_site
        return shown is not None and (
            self.site_kind.currentText().strip() == self._site_kind_label(shown.label)
            and self.site_city.text().strip() == (shown.city or "")
            and self.site_country.text().strip().upper() == (shown.country or "")
        )

    def _current_sites(self) -> list[Site]:
        """The partner's sites as last shown (every change reloads the page), a copy to edit."""
        return list(self._sites)

    def _chosen_site(self) -> int | None:
        row = self.sites.currentRow()
        return row if 0 <= row < len(self._current_sites()) else None

    def _site_buttons(self) -> None:
        chosen = self._chosen_site() is not None
        self.save_site_button.setEnabled(chosen)
        self.remove_site_button.setEnabled(chosen)

    def _clear_site_fields(self) -> None:
        self._shown_site: Site | None = None
        self.site_kind.setCurrentIndex(-1)
        self.site_kind.setEditText("")
        self.site_city.clear()
        self.site_country.clear()

    def _site_chosen(self, row: int) -> None:
        sites = self._current_sites()
        if 0 <= row < len(sites):
            site = sites[row]
            index = self.site_kind.findData(site.label)
            self.site_kind.setCurrentIndex(index)
            self.site_kind.setEditText(self._site_kind_label(site.label))
            self.site_city.setText(site.city or "")
            self.site_country.setText(site.country or "")
            self._shown_site = site
        else:
            self._clear_site_fields()
        self._site_buttons()

    def _typed_site(self) -> Site | None:
        """The site typed in the fields, or None (and a message saying what to correct)."""
        text = self.site_kind.currentText().strip()
        index = self.site_kind.findText(text, Qt.MatchFlag.MatchFixedString)
        kind = self.site_kind.itemData(index) if index >= 0 else text
        try:
            return checked_site(kind, self.site_city.text(), self.site_country.text())
        except UserError as error:
            show_user_error(error, self)  # what was typed stays, to be corrected
            return None

    def _site_return_pressed(self) -> None:
        # Enter saves the chosen site, or adds a new one when none is chosen.
        if self._chosen_site() is None:
            self.add_site()
        else:
            self.save_site()

    def add_site(self) -> None:
        if self.organisation_id is None:
            return
        site = self._typed_site()
        if site is None:
            return
        sites = self._current_sites()
        if any(same_site(site, s) for s in sites):
            show_user_error(UserError(self.tr("this partner already has that site")), self)
            return
        if self.save("sites", [*sites, site], self.tr("Add a site to the partner")):
            self.sites.setCurrentRow(-1)
            self._clear_site_fields()
            self._site_buttons()

    def save_site(self) -> None:
        row = self._chosen_site()
        if row is None:
            return
        site = self._typed_site()
        if site is None:
            return
        sites = self._current_sites()
        if same_site(site, sites[row]):
            return  # nothing changed: no undo step
        sites[row] = Site(label=site.label, city=site.city, country=site.country, uuid=sites[row].uuid,
                          created_at=sites[row].created_at)
        if self.save("sites", sites, self.tr("Change a site of the partner")):
            self.sites.setCurrentRow(row)
            self._site_chosen(row)  # the fields now show the site as saved

    def remove_site(self) -> None:
        row = self._chosen_site()
        if row is None:
            return
        sites = self._current_sites()
        del sites[row]
        if self.save("sites", sites, self.tr("Remove a site of the partner")):
            self.sites.setCurrentRow(-1)
            self._clear_site_fields()
            self._site_buttons()

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
