"""The proposal under review as a Qt tree model: sections, items with a checkbox, the officer's edits."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from partnertracker.gui.models import area_label, stored_words

# The proposal's lists, in the order an officer checks them.
SECTIONS = (
    "organisations",
    "people",
    "visits",
    "invitations",
    "agreements",
    "areas",
    "follow_ups",
)

# Item ids in the proposal: "o1", "p2", "v1", "i2"...
_ID_PREFIX = {
    "organisations": "o",
    "people": "p",
    "visits": "v",
    "invitations": "i",
    "agreements": "a",
    "follow_ups": "f",
}

# Sections whose items can be linked to an existing record instead of creating a new one.
LINKABLE = {"organisations": "organisation", "people": "person"}

# Items below this confidence are shown in italics.
LOW_CONFIDENCE = 0.6

COLUMN_ITEM = 0
COLUMN_RECORD = 1

_ROLE_SECTION = int(Qt.ItemDataRole.UserRole) + 1


def section_title(section: str) -> str:
    return {
        "organisations": QCoreApplication.translate("ProposalModel", "Organisations"),
        "people": QCoreApplication.translate("ProposalModel", "People"),
        "visits": QCoreApplication.translate("ProposalModel", "Visits"),
        "invitations": QCoreApplication.translate("ProposalModel", "Invitations"),
        "agreements": QCoreApplication.translate("ProposalModel", "Agreements"),
        "areas": QCoreApplication.translate("ProposalModel", "Cooperation areas"),
        "follow_ups": QCoreApplication.translate("ProposalModel", "Follow-ups"),
    }[section]


def evidence_spans(section: str, item: dict[str, Any]) -> list[tuple[int, int]]:
    """The character spans that justify an item: its mentions, or its evidence."""
    key = "mentions" if section in ("organisations", "people", "areas") else "evidence"
    spans = []
    for span in item.get(key) or ():
        try:
            spans.append((int(span[0]), int(span[1])))
        except (TypeError, ValueError, IndexError):
            continue
    return spans


def _value(value: Any) -> str | None:
    """A stored value ('company', 'pending') in the officer's language, lower case as in a sentence."""
    if not value:
        return None
    text = stored_words(str(value))
    first_word = text.split(" ", 1)[0]
    # "Company" -> "company", but an acronym keeps its capitals: "NGO", "MoU" (not "moU").
    return text if first_word[1:] != first_word[1:].lower() else text[:1].lower() + text[1:]


def _join(*parts: Any, sep: str = ", ") -> str:
    return sep.join(str(p) for p in parts if p not in (None, "", []))


def _who(person: dict[str, Any]) -> str:
    return _join(person.get("honorific"), person.get("name"), sep=" ")


class ProposalModel(QAbstractItemModel):
    """A working copy of one proposal: top-level rows are sections, their children the items.

    Column 0 shows the item in the officer's words with a checkbox (the item's "include" flag);
    column 1 shows what accepting will do with it ("new record" or the record it is linked to).
    """

    def __init__(self, proposal: dict[str, Any] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._proposal: dict[str, Any] = {}
        # Names of existing records an item was linked to, for column 1: (section, id) -> name.
        self._linked_names: dict[tuple[str, int], str] = {}
        # How many existing records may be the one proposed: (section, row) -> count.
        self._matches: dict[tuple[str, int], int] = {}
        self.set_proposal(proposal or {})

    # -- the proposal ----------------------------------------------------------------------

    def set_proposal(self, proposal: dict[str, Any]) -> None:
        self.beginResetModel()
        self._proposal = copy.deepcopy(proposal)
        for section in SECTIONS:
            items = self._proposal.get(section)
            if not isinstance(items, list):
                self._proposal[section] = []
            for item in self._proposal[section]:
                item.setdefault("include", True)
        self._linked_names.clear()
        self._matches.clear()
        self.endResetModel()

    def proposal(self) -> dict[str, Any]:
        """The edited proposal, as accept_proposal() takes it (a copy; unticked items say so)."""
        return copy.deepcopy(self._proposal)

    def items(self, section: str) -> list[dict[str, Any]]:
        return self._proposal.get(section, [])

    def organisation_name(self, org_id: str | None) -> str:
        for org in self._proposal.get("organisations", []):
            if org.get("id") == org_id:
                return org.get("acronym") or org.get("name") or str(org_id)
        return "?" if org_id else ""

    def person_name(self, person_id: str | None) -> str:
        for person in self._proposal.get("people", []):
            if person.get("id") == person_id:
                return person.get("name") or str(person_id)
        return ""

    # -- addressing ------------------------------------------------------------------------

    def section_index(self, section: str) -> QModelIndex:
        return self.index(SECTIONS.index(section), 0)

    def item_index(self, section: str, row: int, column: int = 0) -> QModelIndex:
        return self.index(row, column, self.section_index(section))

    def locate(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, int] | None:
        """(section, row) of an item index, None for a section header."""
        if not index.isValid() or not index.parent().isValid():
            return None
        return SECTIONS[index.parent().row()], index.row()

    def item(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, dict[str, Any]] | None:
        where = self.locate(index)
        if where is None:
            return None
        section, row = where
        return section, self._proposal[section][row]

    # -- editing ---------------------------------------------------------------------------

    def set_field(self, section: str, row: int, field: str, value: Any) -> None:
        """Change one field of an item in the working copy and repaint what shows it."""
        item = self._proposal[section][row]
        if item.get(field) == value:
            return
        item[field] = value
        self._changed(section, row)
        # A renamed organisation or person appears in other items' summaries.
        if section in LINKABLE and field in ("name", "acronym"):
            for other in SECTIONS:
                if other != section and self._proposal[other]:
                    first = self.item_index(other, 0)
                    last = self.item_index(other, len(self._proposal[other]) - 1, COLUMN_RECORD)
                    self.dataChanged.emit(first, last)

    def add_item(self, section: str, item: dict[str, Any]) -> int:
        """Add an item the extraction missed (the officer's); returns its row."""
        items = self._proposal[section]
        prefix = _ID_PREFIX.get(section, "x")
        taken = {str(i.get("id")) for i in items}
        number = len(items) + 1
        while f"{prefix}{number}" in taken:
            number += 1
        item = {"id": f"{prefix}{number}", "include": True, "confidence": 1.0, **item}
        row = len(items)
        self.beginInsertRows(self.section_index(section), row, row)
        items.append(item)
        self.endInsertRows()
        header = self.section_index(section)
        self.dataChanged.emit(header, header)
        return row

    def set_included(self, section: str, row: int, included: bool) -> None:
        self.set_field(section, row, "include", bool(included))

    def link(self, section: str, row: int, record_id: int | None, record_name: str = "") -> None:
        """Link an organisation or person to an existing record (None: create a new one)."""
        item = self._proposal[section][row]
        item["existing_id"] = record_id
        # An explicit "create new" must survive the service's re-resolution against the database.
        if record_id is None:
            item["create_new"] = True
        else:
            item.pop("create_new", None)
        if record_id is not None and record_name:
            self._linked_names[(section, int(record_id))] = record_name
        self._changed(section, row)

    def linked_name(self, section: str, record_id: int) -> str | None:
        """The name of an existing record an item was linked to, when it is known."""
        return self._linked_names.get((section, record_id))

    def set_possible_matches(self, section: str, row: int, count: int) -> None:
        """Say, beside a new record, that the database holds records it may be."""
        self._matches[(section, row)] = count
        self._changed(section, row)

    def _changed(self, section: str, row: int) -> None:
        self.dataChanged.emit(
            self.item_index(section, row, COLUMN_ITEM), self.item_index(section, row, COLUMN_RECORD)
        )

    # -- what the officer reads ------------------------------------------------------------

    def person_and_side(self, person: dict[str, Any]) -> str:
        """ "Dr Karim Benslimane — ICESCO": the name as the text gives it and whose side they are on."""
        return _join(_who(person) or "?", self.organisation_name(person.get("organisation")) or None, sep=" — ")

    def summary(self, section: str, item: dict[str, Any]) -> str:
        org = self.organisation_name
        if section == "organisations":
            name = item.get("name") or "?"
            if item.get("acronym") and item["acronym"] != name:
                name = f"{name} ({item['acronym']})"
            return _join(name, _join(_value(item.get("kind")), item.get("country")), sep=" — ")
        if section == "people":
            return _join(_who(item), _join(item.get("title"), org(item.get("organisation")) or None), sep=" — ")
        if section == "visits":
            visitors = ", ".join(org(v) for v in item.get("visitors") or []) or "?"
            return _join(
                f"{visitors} → {org(item.get('host')) or '?'}",
                _join(item.get("city"), item.get("country"), sep=" "),
                item.get("date"),
                _value(item.get("status")),
            )
        if section == "invitations":
            return _join(
                f"{org(item.get('inviter')) or '?'} → {org(item.get('invitee')) or '?'}",
                _value(item.get("purpose")),
                item.get("city"),
                _value(item.get("status")),
            )
        if section == "agreements":
            parties = " / ".join(org(p) for p in item.get("parties") or []) or "?"
            return _join(parties, _value(item.get("kind")), item.get("title"), _value(item.get("status")),
                         item.get("date"))
        if section == "areas":
            # In the officer's language, whatever the dispatch's: the label is stored in every language.
            return area_label(item.get("key"), fallback=item.get("label"))
        if section == "follow_ups":
            text = item.get("description") or ""
            if len(text) > 90:
                text = text[:87].rstrip() + "…"
            return _join(text, item.get("due_on"))
        return str(item.get("id", ""))

    def record_text(self, section: str, item: dict[str, Any]) -> str:
        """Short, so that the items keep the width: "new", "new (1 similar)", "link: Huawei Tech…"."""
        if section not in LINKABLE:
            return ""
        existing = item.get("existing_id")
        if existing is None:
            row = next((i for i, it in enumerate(self._proposal[section]) if it is item), -1)
            matches = self._matches.get((section, row), 0)
            if matches:
                return self.tr("new ({count} similar)").format(count=matches)
            return self.tr("new")
        name = self._linked_names.get((section, int(existing))) or f"#{existing}"
        if len(name) > 22:
            name = name[:21].rstrip() + "…"
        return self.tr("link: {name}").format(name=name)

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)  # a section: internalId 0
        return self.createIndex(row, column, parent.row() + 1)  # an item: its section's row + 1

    def parent(self, index=QModelIndex()):  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        section = index.internalId() - 1
        if section < 0 or section >= len(SECTIONS):
            return QModelIndex()
        return self.createIndex(section, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(SECTIONS)
        if parent.parent().isValid() or parent.column() != 0:
            return 0
        return len(self._proposal[SECTIONS[parent.row()]])

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Proposed"), self.tr("On accept"))[section] if section < 2 else None
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.parent().isValid() and index.column() == COLUMN_ITEM:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if not index.parent().isValid():
            section = SECTIONS[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == COLUMN_ITEM:
                items = self._proposal[section]
                included = sum(1 for i in items if i.get("include", True))
                return f"{section_title(section)} ({included}/{len(items)})"
            if role == _ROLE_SECTION:
                return section
            return None
        section = SECTIONS[index.parent().row()]
        item = self._proposal[section][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COLUMN_ITEM:
                return self.summary(section, item)
            return self.record_text(section, item)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COLUMN_ITEM:
            confidence = item.get("confidence")
            tip = self.summary(section, item)
            if confidence is not None:
                tip += "\n" + self.tr("confidence: {value}%").format(value=round(float(confidence) * 100))
                if float(confidence) < LOW_CONFIDENCE:
                    tip += " — " + self.tr("a guess: check it against the text")
            return tip
        if role == Qt.ItemDataRole.FontRole and index.column() == COLUMN_ITEM:
            # Guesses the engine is unsure of read differently, so the officer checks them first.
            if float(item.get("confidence") or 1.0) < LOW_CONFIDENCE:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COLUMN_ITEM:
            return Qt.CheckState.Checked if item.get("include", True) else Qt.CheckState.Unchecked
        if role == _ROLE_SECTION:
            return section
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        where = self.locate(index)
        if where is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        section, row = where
        state = value.value if hasattr(value, "value") else value
        self.set_included(section, row, int(state) == Qt.CheckState.Checked.value)
        # The section's "(included/total)" count changes too.
        header = self.section_index(section)
        self.dataChanged.emit(header, header)
        return True
