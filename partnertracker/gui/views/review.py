"""The dispatch review screen: the text with its mentions highlighted beside the editable proposal."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from partnertracker.domain import (
    AgreementKind,
    AgreementStatus,
    DispatchState,
    InvitationPurpose,
    InvitationStatus,
    OrganisationKind,
    PartialDate,
    VisitStatus,
)
from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.models import area_label, stored_words
from partnertracker.gui.views.review_highlight import Legend, mention_selections
from partnertracker.gui.views.review_mentions import Mention, dispatch_mentions
from partnertracker.gui.views.review_model import (
    COLUMN_ITEM,
    LINKABLE,
    SECTIONS,
    ProposalModel,
    evidence_spans,
)
from partnertracker.gui.views.review_undo import ReviewDecision

log = logging.getLogger(__name__)

def review_service():
    """The review use cases, imported when a dispatch is first opened: they bring the extraction
    pipeline, which the main window does not need in order to open (benchmarks/gui_startup.py)."""
    from partnertracker.services import review

    return review


# Field editors per section: (field, label, editor) where editor is "text", "org" (a choice among
# the proposal's organisations), (_ORGS, n) (the n-th of a list of organisations), "people" (the
# proposal's people, each with a checkbox) or a list of values.
_TEXT = "text"
_ORG = "org"
_ORGS = "orgs"  # with a position: (_ORGS, 0) edits the first of a list of organisations
_PEOPLE = "people"

# The people list shows this many rows before it scrolls, so the form below it stays in sight.
_PEOPLE_ROWS = 5


# Date fields and the field holding their precision (day, month, year).
_DATE_PRECISION_FIELDS = {"date": "date_precision", "issued_on": "issued_on_precision"}


def _values(enum) -> list[str]:
    return [member.value for member in enum]


class ReviewView(QWidget):
    """One dispatch under review. Emits `finished(dispatch_id, message)` once accepted or rejected."""

    finished = Signal(int, str)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.dispatch_id: int | None = None
        self.text = ""
        self.mentions: list[Mention] = []
        self._candidates: dict[tuple[str, str], list[Any]] = {}
        self.model = ProposalModel(parent=self)
        self._build()

    # -- layout ----------------------------------------------------------------------------

    def _fields(self) -> dict[str, list[tuple[str, str, Any]]]:
        return {
            "organisations": [
                ("name", self.tr("Name"), _TEXT),
                ("acronym", self.tr("Acronym"), _TEXT),
                ("kind", self.tr("Kind"), _values(OrganisationKind)),
                ("country", self.tr("Country (ISO code)"), _TEXT),
            ],
            "people": [
                ("honorific", self.tr("Honorific"), _TEXT),
                ("name", self.tr("Name"), _TEXT),
                ("title", self.tr("Title"), _TEXT),
                ("organisation", self.tr("Organisation"), _ORG),
            ],
            "visits": [
                ("visitors", self.tr("Visitors"), (_ORGS, 0)),
                ("visitors", self.tr("… with"), (_ORGS, 1)),
                ("visitor_people", self.tr("Visiting people"), _PEOPLE),
                ("host", self.tr("Host"), _ORG),
                ("host_people", self.tr("Host's people"), _PEOPLE),
                ("venue", self.tr("Venue"), _TEXT),
                ("city", self.tr("City"), _TEXT),
                ("country", self.tr("Country (ISO code)"), _TEXT),
                ("date", self.tr("Date (YYYY-MM-DD)"), _TEXT),
                ("status", self.tr("Status"), _values(VisitStatus)),
            ],
            "invitations": [
                ("inviter", self.tr("Inviter"), _ORG),
                ("inviter_people", self.tr("Inviter's people"), _PEOPLE),
                ("invitee", self.tr("Invitee"), _ORG),
                ("invitee_people", self.tr("Invitee's people"), _PEOPLE),
                ("purpose", self.tr("Purpose"), _values(InvitationPurpose)),
                ("description", self.tr("What to"), _TEXT),
                ("city", self.tr("City"), _TEXT),
                ("country", self.tr("Country (ISO code)"), _TEXT),
                ("issued_on", self.tr("Issued on"), _TEXT),
                ("status", self.tr("Status"), _values(InvitationStatus)),
            ],
            "agreements": [
                ("parties", self.tr("Parties"), (_ORGS, 0)),
                ("parties", self.tr("… and"), (_ORGS, 1)),
                ("parties", self.tr("… and"), (_ORGS, 2)),
                ("kind", self.tr("Kind"), _values(AgreementKind)),
                ("title", self.tr("Title"), _TEXT),
                ("status", self.tr("Status"), _values(AgreementStatus)),
                ("date", self.tr("Date"), _TEXT),
            ],
            "areas": [("label", self.tr("Label"), _TEXT)],
            "follow_ups": [
                ("description", self.tr("What"), _TEXT),
                ("due_on", self.tr("Due on"), _TEXT),
            ],
        }

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Inbox"), self)
        self.back_button.setToolTip(self.tr("Back to the dispatches waiting for review (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = QLabel(self)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("review-splitter")
        self.splitter.setChildrenCollapsible(False)

        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.text_view = QPlainTextEdit(left)
        self.text_view.setObjectName("dispatch-text")
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        text_font = QFont(self.text_view.font())
        text_font.setPointSizeF(max(text_font.pointSizeF(), 10.5))
        self.text_view.setFont(text_font)
        # The evidence selection must stand out from the pastel mention colours even when the
        # text pane does not have the focus (the officer just clicked in the tree).
        palette = self.text_view.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#1f4e9c"))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        self.text_view.setPalette(palette)
        left_layout.addWidget(self.text_view, 1)
        self.legend = Legend(left)
        left_layout.addWidget(self.legend)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeView(right)
        self.tree.setObjectName("proposal-tree")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.clicked.connect(self.show_evidence)
        right_layout.addWidget(self.tree, 3)

        self.editor_box = QGroupBox(self.tr("Selected item"))
        self.form = QFormLayout(self.editor_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # An invitation has eight fields: on a small screen they scroll instead of being squashed.
        editor_scroll = QScrollArea(right)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The form follows the pane's width; a long name must not push the fields out of sight.
        self.editor_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        editor_scroll.setWidget(self.editor_box)
        right_layout.addWidget(editor_scroll, 2)

        buttons = QHBoxLayout()
        self.add_button = QToolButton(right)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(
            self.tr("Add what the proposal missed: select its words in the text first")
        )
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_menu = QMenu(self.add_button)
        for section, label in (
            ("organisations", self.tr("Organisation")),
            ("people", self.tr("Person")),
            ("visits", self.tr("Visit")),
            ("invitations", self.tr("Invitation")),
            ("agreements", self.tr("Agreement")),
            ("follow_ups", self.tr("Follow-up")),
        ):
            action = add_menu.addAction(label)
            action.setObjectName(f"add-{section}")
            action.triggered.connect(lambda _checked=False, section=section: self.add_item(section))
        self.add_button.setMenu(add_menu)
        self.add_menu = add_menu
        buttons.addWidget(self.add_button)
        self.hint = QLabel(self.tr("Untick what is wrong, correct what is close, then accept."), right)
        self.hint.setWordWrap(True)
        self.reject_button = QPushButton(self.tr("Reject"), right)
        self.reject_button.setToolTip(self.tr("Archive this dispatch without writing anything"))
        self.reject_button.clicked.connect(self.reject)
        self.accept_button = QPushButton(self.tr("Accept"), right)
        self.accept_button.setDefault(True)
        self.accept_button.setToolTip(self.tr("Write the ticked items in one go (Ctrl+Enter)"))
        self.accept_button.clicked.connect(self.accept)
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        right_layout.addLayout(buttons)

        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The proposal's summaries are long ("ICESCO → Huawei, Beijing CN, 2025-07-14"): give
        # them nearly half the width by default; the officer's own split is remembered.
        self.splitter.setSizes([550, 450])
        layout.addWidget(self.splitter, 1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.accept)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        self.ctx.settings.remember_splitter("review", self.splitter)
        self.ctx.settings.remember_header("review-proposal", self.tree.header())

    # -- loading ---------------------------------------------------------------------------

    def open_dispatch(self, dispatch_id: int) -> None:
        """Show one dispatch and its proposal; UserError if it cannot be read."""
        dispatch = self.store.get_dispatch(dispatch_id)
        if dispatch is None:
            raise UserError(self.tr("This dispatch is no longer in the database."))
        proposal = review_service().proposal_for(self.store, dispatch_id)
        self.dispatch_id = dispatch_id
        self.text = dispatch.text
        self._candidates.clear()
        self.title_label.setText(self._title(dispatch, proposal))
        self.text_view.setPlainText(self.text)
        self.model.set_proposal(proposal)
        self.mentions = dispatch_mentions(self.text, proposal)
        self.text_view.setExtraSelections(mention_selections(self.text_view, self.mentions))
        waiting = str(dispatch.state) == "new"
        self.accept_button.setEnabled(waiting)
        self.reject_button.setEnabled(waiting)
        hint = (
            self.tr("Untick what is wrong, correct what is close, then accept.")
            if waiting
            else self.tr("This dispatch was already {state}; it is shown for reference.").format(
                state=self.tr("reviewed") if str(dispatch.state) == "reviewed" else self.tr("archived")
            )
        )
        warnings = [str(w) for w in proposal.get("warnings") or [] if w]
        if warnings:
            # The engine's own doubts ("nothing was proposed") come before the usual advice.
            doubts = "; ".join(warnings)
            hint = doubts[:1].upper() + doubts[1:] + ". " + hint
        self.hint.setText(hint)
        for section in LINKABLE:
            for row, item in enumerate(self.model.items(section)):
                if item.get("existing_id") is None:
                    found = self.candidates(section, item.get("name") or "")
                    self.model.set_possible_matches(section, row, len(found))
                elif (name := self._record_name(section, int(item["existing_id"]))) is not None:
                    # "link: Huawei Technologies", not "link: #1", when the engine linked it itself.
                    self.model.link(section, row, int(item["existing_id"]), name)
        self.tree.expandAll()
        self._clear_form()
        first = self._first_item()
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self.tree.setFocus()

    def _title(self, dispatch, proposal: dict[str, Any]) -> str:
        info = proposal.get("dispatch") or {}
        title = dispatch.title or info.get("title") or dispatch.source or self.tr("Untitled dispatch")
        details = ", ".join(
            str(v)
            for v in (
                dispatch.dateline_place or info.get("dateline_place"),
                dispatch.published_on or info.get("published_on"),
                dispatch.agency or info.get("agency"),
            )
            if v
        )
        return f"{title} — {details}" if details else title

    def _first_item(self) -> QModelIndex:
        for section in SECTIONS:
            if self.model.items(section):
                return self.model.item_index(section, 0)
        return QModelIndex()

    # -- evidence --------------------------------------------------------------------------

    def show_evidence(self, index: QModelIndex) -> None:
        """Select and scroll to the words that justify the clicked item."""
        found = self.model.item(index)
        if found is None:
            return
        section, item = found
        spans = [(s, e) for s, e in evidence_spans(section, item) if 0 <= s < e <= len(self.text)]
        if not spans:
            return
        start, end = _best_span(self.text, section, item, spans)
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()

    def selected_text(self) -> str:
        return self.text_view.textCursor().selectedText()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_evidence(current)
        self._fill_form(current)

    # -- the item editor -------------------------------------------------------------------

    def _clear_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors: dict[str, QWidget] = {}
        self.link_choice: QComboBox | None = None

    def _fill_form(self, index: QModelIndex) -> None:
        self._clear_form()
        where = self.model.locate(index)
        if where is None:
            self.editor_box.setTitle(self.tr("Selected item"))
            return
        section, row = where
        item = self.model.items(section)[row]
        title = self.model.summary(section, item)
        self.editor_box.setTitle(title if len(title) <= 70 else title[:69].rstrip() + "…")
        self.editor_box.setToolTip(title)
        for field, label, kind in self._fields()[section]:
            value = item.get(field)
            if section == "areas" and field == "label":
                # As the list shows it: in the officer's language, not the dispatch's.
                value = area_label(item.get("key"), fallback=value)
            editor = self._editor(section, row, field, kind, value)
            position = kind[1] if isinstance(kind, tuple) else 0
            self.editors[field if position == 0 else f"{field}[{position}]"] = editor
            self.form.addRow(label, editor)
        if section in LINKABLE:
            self.link_choice = self._link_editor(section, row, item)
            self.form.addRow(self.tr("Record"), self.link_choice)

    def _editor(self, section: str, row: int, field: str, kind: Any, value: Any) -> QWidget:
        if kind == _TEXT:
            line = QLineEdit("" if value is None else str(value), self.editor_box)
            line.setObjectName(f"field-{field}")

            def commit(line=line) -> None:
                text = line.text().strip()
                self.model.set_field(section, row, field, text or None)
                if field in _DATE_PRECISION_FIELDS and text:
                    # The date typed says how precise it is ("2025-07" is a month).
                    try:
                        precision = PartialDate.parse(text).precision.value
                    except ValueError:
                        return  # refused with a clear message on accept
                    self.model.set_field(section, row, _DATE_PRECISION_FIELDS[field], precision)

            line.editingFinished.connect(commit)
            return line
        if kind == _PEOPLE:
            return self._people_editor(section, row, field, value)
        combo = QComboBox(self.editor_box)
        combo.setObjectName(f"field-{field}")
        if kind == _ORG or isinstance(kind, tuple):
            position = kind[1] if isinstance(kind, tuple) else None
            combo.addItem(self.tr("(none)"), None)
            for org in self.model.items("organisations"):
                combo.addItem(self.model.organisation_name(org.get("id")), org.get("id"))
            if position is not None:
                values = list(value or [])
                current = values[position] if position < len(values) else None
            else:
                current = value
            combo.setCurrentIndex(max(0, combo.findData(current)))

            def commit_org(_i: int, combo=combo) -> None:
                chosen = combo.currentData()
                if position is None:
                    self.model.set_field(section, row, field, chosen)
                    return
                # One combo per place in the list (visitors, parties); "(none)" removes that place.
                values = list(self.model.items(section)[row].get(field) or [])
                values += [None] * (position + 1 - len(values))
                values[position] = chosen
                kept: list[Any] = []
                for v in values:
                    if v is not None and v not in kept:
                        kept.append(v)
                self.model.set_field(section, row, field, kept)

            combo.currentIndexChanged.connect(commit_org)
            return combo
        for option in kind:
            combo.addItem(stored_words(option), option)
        if value is not None and combo.findData(value) < 0:
            combo.addItem(str(value), value)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(
            lambda _i, combo=combo: self.model.set_field(section, row, field, combo.currentData())
        )
        return combo

    def _people_editor(self, section: str, row: int, field: str, value: Any) -> QListWidget:
        """Every person of the proposal with a checkbox: ticked, they are on this side of the item."""
        chosen = [str(v) for v in value or []]
        people = QListWidget(self.editor_box)
        people.setObjectName(f"field-{field}")
        people.setToolTip(self.tr("Tick the people on this side; Space ticks the selected one. "
                                  "Someone missing: select the name in the text, then Add ▸ Person."))
        dimmed = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for person in self.model.items("people"):
            person_id = person.get("id")
            item = QListWidgetItem(self.model.person_and_side(person), people)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if str(person_id) in chosen else Qt.CheckState.Unchecked)
            if not person.get("include", True):
                # Ticking them here does not write them: accepting drops people left out.
                item.setForeground(dimmed)
                item.setToolTip(self.tr("Left out of this proposal: tick them under People to write them"))
        if people.count() == 0:
            placeholder = QListWidgetItem(self.tr("No people in this proposal"), people)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        row_height = max(people.sizeHintForRow(0), people.fontMetrics().height() + 4)
        people.setFixedHeight(row_height * min(max(people.count(), 1), _PEOPLE_ROWS) + 2 * people.frameWidth() + 4)

        def commit(_item: QListWidgetItem) -> None:
            ticked = [people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(people.count())
                      if people.item(i).checkState() == Qt.CheckState.Checked]
            ticked = [p for p in ticked if p is not None]
            # Those already there keep their order (the text's); the newly ticked come after.
            kept = [p for p in self.model.items(section)[row].get(field) or [] if p in ticked]
            self.model.set_field(section, row, field, kept + [p for p in ticked if p not in kept])

        people.itemChanged.connect(commit)
        return people

    def _record_name(self, section: str, record_id: int) -> str | None:
        """The name of the record an item is linked to, as the database holds it."""
        try:
            record = self.store.get_organisation(record_id) if section == "organisations" else self.store.get_person(record_id)
        except Exception:  # a name missing is better than no review screen
            log.exception("record %s #%s could not be read", section, record_id)
            return None
        return record.name if record is not None else None

    def candidates(self, section: str, name: str) -> list[Any]:
        """Existing records that may be the proposed one, best first (cached per name)."""
        key = (section, name)
        if key not in self._candidates:
            try:
                self._candidates[key] = list(
                    review_service().link_candidates(self.store, name, kind=LINKABLE[section], limit=5)
                )
            except Exception:  # no suggestions is better than no review screen
                log.exception("link candidates failed for %r", name)
                self._candidates[key] = []
        return self._candidates[key]

    def _link_editor(self, section: str, row: int, item: dict[str, Any]) -> QComboBox:
        combo = QComboBox(self.editor_box)
        combo.setObjectName("link-choice")
        combo.setToolTip(self.tr("Link to a record the database already holds, or create a new one"))
        combo.addItem(self.tr("Create a new record"), None)
        for candidate in self.candidates(section, item.get("name") or ""):
            score = getattr(candidate, "score", None)
            label = self.tr("Link to {name}").format(name=candidate.name)
            if score is not None:
                label += f" ({float(score):.0f}%)" if float(score) > 1 else f" ({float(score):.0%})"
            combo.addItem(label, int(candidate.id))
            combo.setItemData(combo.count() - 1, candidate.name, Qt.ItemDataRole.UserRole + 1)
        existing = item.get("existing_id")
        if existing is not None and combo.findData(int(existing)) < 0:
            name = self.model.linked_name(section, int(existing)) or self._record_name(section, int(existing))
            combo.addItem(
                self.tr("Link to {name}").format(name=name) if name else self.tr("Link to record #{id}").format(id=existing),
                int(existing),
            )
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.UserRole + 1)
        combo.setCurrentIndex(max(0, combo.findData(existing)) if existing is not None else 0)
        if existing is not None:
            name = combo.currentData(Qt.ItemDataRole.UserRole + 1)
            self.model.link(section, row, int(existing), name or "")

        def commit(_i: int) -> None:
            record_id = combo.currentData()
            name = combo.currentData(Qt.ItemDataRole.UserRole + 1) or ""
            self.model.link(section, row, record_id, name)

        combo.currentIndexChanged.connect(commit)
        return combo

    # -- adding what the extraction missed --------------------------------------------------

    def add_item(self, section: str) -> None:
        """A new item from the words selected in the text, filled as far as they allow."""
        cursor = self.text_view.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        words = self.text[start:end].strip() if end > start else ""
        spans = [[start, end]] if words else []
        info = self.model.proposal().get("dispatch") or {}
        published = info.get("published_on")
        same_kind = self.model.items(section)
        model_item: dict[str, Any]
        if section == "organisations":
            model_item = {"name": words or self.tr("New organisation"), "acronym": None, "kind": "other",
                          "country": None, "aliases": [], "mentions": spans, "existing_id": None}
        elif section == "people":
            model_item = {"name": words or self.tr("New person"), "honorific": None, "title": None,
                          "organisation": None, "mentions": spans, "existing_id": None}
        elif section == "visits":
            model_item = {"visitors": [], "visitor_people": [], "host": None, "venue": None,
                          "city": None, "country": None, "date": None, "date_precision": None,
                          "status": "completed", "areas": [], "evidence": spans}
        elif section == "invitations":
            # A second invitation is usually between the same two: start from the first one.
            first = same_kind[0] if same_kind else {}
            model_item = {"inviter": first.get("inviter"), "invitee": first.get("invitee"),
                          "inviter_people": list(first.get("inviter_people") or []),
                          "purpose": "visit", "description": words, "city": None, "country": None,
                          "event": None, "issued_on": first.get("issued_on") or published,
                          "issued_on_precision": first.get("issued_on_precision"),
                          "status": "pending", "evidence": spans}
        elif section == "agreements":
            model_item = {"parties": [], "kind": "mou", "title": words, "status": "signed",
                          "date": None, "evidence": spans}
        else:
            model_item = {"description": words or self.tr("New follow-up"), "related": [],
                          "due_on": None, "evidence": spans}
        model_item["added_by_officer"] = True
        row = self.model.add_item(section, model_item)
        index = self.model.item_index(section, row)
        self.tree.expand(self.model.section_index(section))
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    # -- decisions -------------------------------------------------------------------------

    def _commit_open_editor(self) -> None:
        # A field being typed in when Ctrl+Enter is pressed counts as edited.
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit) and focused.parent() is self.editor_box:
            focused.editingFinished.emit()

    def accept(self) -> None:
        if self.dispatch_id is None or not self.accept_button.isEnabled():
            return
        self._commit_open_editor()
        proposal = self.model.proposal()
        stored = self.store.get_dispatch(self.dispatch_id)
        before = stored.proposal if stored is not None else None
        try:
            result = review_service().accept_proposal(self.store, self.dispatch_id, proposal)
        except UserError as error:
            self._failed(self.tr("The proposal was not accepted"), str(error))
            return
        except Exception as error:  # the officer's edits stay on screen; nothing half-written
            log.exception("accepting dispatch %s failed", self.dispatch_id)
            self._failed(self.tr("The proposal was not accepted"), str(error))
            return
        self.ctx.undo_stack.push(
            ReviewDecision(self.ctx, self.dispatch_id, before, DispatchState.REVIEWED,
                           getattr(result, "created", None), self.tr("Accept dispatch"))
        )
        # Partners, visits, invitations... all may have new rows.
        self.ctx.records_changed("")
        self.finished.emit(self.dispatch_id, self._accepted_message(proposal, result))

    def reject(self) -> None:
        if self.dispatch_id is None or not self.reject_button.isEnabled():
            return
        stored = self.store.get_dispatch(self.dispatch_id)
        before = stored.proposal if stored is not None else None
        try:
            review_service().reject_dispatch(self.store, self.dispatch_id)
        except Exception as error:
            log.exception("rejecting dispatch %s failed", self.dispatch_id)
            self._failed(self.tr("The dispatch was not archived"), str(error))
            return
        self.ctx.undo_stack.push(
            ReviewDecision(self.ctx, self.dispatch_id, before, DispatchState.ARCHIVED,
                           None, self.tr("Reject dispatch"))
        )
        self.ctx.records_changed("dispatch")
        self.finished.emit(self.dispatch_id, self.tr("Dispatch archived; nothing was written."))

    def _failed(self, title: str, reason: str) -> None:
        QMessageBox.warning(
            self,
            title,
            self.tr("{reason}\n\nNothing was written and your corrections are still here; "
                    "fix the item or try again.").format(reason=reason),
        )

    def _accepted_message(self, proposal: dict[str, Any], result: Any) -> str:
        """One status-bar line: what accepting wrote, per kind, and how much was linked."""
        # One numerus string per kind, so that each count agrees with its own number.
        counted = {
            "organisations": lambda n: self.tr("%n organisation(s)", "", n),
            "people": lambda n: self.tr("%n person(s)", "", n),
            "visits": lambda n: self.tr("%n visit(s)", "", n),
            "invitations": lambda n: self.tr("%n invitation(s)", "", n),
            "agreements": lambda n: self.tr("%n agreement(s)", "", n),
            "follow_ups": lambda n: self.tr("%n follow-up(s)", "", n),
        }
        linked = getattr(result, "linked", {}) or {}
        parts = []
        for section, count_of in counted.items():
            written = getattr(result, section, None)
            if written is None:  # an older service: count what was ticked
                written = [i for i in proposal.get(section, []) if i.get("include", True)]
            count = len(written)
            if not count:
                continue
            kind = LINKABLE.get(section, "")
            reused = len(linked.get(kind, []) or linked.get(section, []) or [])
            part = count_of(count)
            if reused:
                part += " " + self.tr("(%n linked to existing records)", "", reused)
            parts.append(part)
        unticked = {
            str(i.get("id")) for sec in SECTIONS for i in proposal.get(sec, []) if not i.get("include", True)
        }
        missing = [i for i in getattr(result, "left_out", []) or [] if i not in unticked]
        areas = getattr(result, "areas", None)
        if areas:
            parts.append(self.tr("%n area(s)", "", len(areas)))
        message = self.tr("Accepted: {parts} written; the dispatch is reviewed.").format(
            parts=", ".join(parts) or self.tr("nothing")
        )
        if missing:
            message += " " + self.tr("%n item(s) left out for want of an organisation.", "", len(missing))
        return message


def _best_span(text: str, section: str, item: dict[str, Any], spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The span to show first: for a name, where it is written in full rather than "la société"."""
    if section in LINKABLE:
        names = [n for n in (item.get("name"), item.get("acronym")) if n]
        for wanted in names:
            for start, end in spans:
                if text[start:end] == wanted:
                    return start, end
        for wanted in names:
            for start, end in spans:
                if wanted in text[start:end]:
                    return start, end
    return spans[0]
