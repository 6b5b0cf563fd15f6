"""Item models for the record views: lazy table models over the store's paged, SQL-sorted queries.

A model never holds a whole table: it asks the store for one page at a time (canFetchMore /
fetchMore), and sorting or filtering asks the store again with a new ORDER BY or WHERE, so that
a 100,000-row list costs one page of rows, never a QSortFilterProxyModel over everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from partnertracker.gui.formatting import partial_date
from partnertracker.reports.content import interface_language
from partnertracker.store import Page, Store, view_queries

PAGE_SIZE = 200
# Rows an officer should look at now (old invitations, overdue follow-ups).
ATTENTION_BACKGROUND = QColor("#fde7c8")
ATTENTION_FOREGROUND = QColor("#7a3b00")
DONE_FOREGROUND = QColor("#808080")

Index = QModelIndex | QPersistentModelIndex


# Stored keys whose words are not simply the key with its first letter capitalised.
_SPECIAL_WORDS = {"ngo": "NGO", "mou": "MoU"}

# What words() makes of every stored value the views show through stored_words(value), written out
# for lupdate, which cannot read a computed string (tests/gui/test_translations.py keeps it whole).
STORED_WORDS = (
    # organisation kinds
    QT_TRANSLATE_NOOP("models", "Intergovernmental"), QT_TRANSLATE_NOOP("models", "Government"),
    QT_TRANSLATE_NOOP("models", "Company"), QT_TRANSLATE_NOOP("models", "University"),
    QT_TRANSLATE_NOOP("models", "NGO"), QT_TRANSLATE_NOOP("models", "Foundation"),
    QT_TRANSLATE_NOOP("models", "Media"), QT_TRANSLATE_NOOP("models", "Other"),
    # relationship statuses
    QT_TRANSLATE_NOOP("models", "Prospect"), QT_TRANSLATE_NOOP("models", "Active"),
    QT_TRANSLATE_NOOP("models", "Dormant"), QT_TRANSLATE_NOOP("models", "Former"),
    # visits and invitations: direction, status, purpose
    QT_TRANSLATE_NOOP("models", "Outgoing"), QT_TRANSLATE_NOOP("models", "Incoming"),
    QT_TRANSLATE_NOOP("models", "External"), QT_TRANSLATE_NOOP("models", "Issued"),
    QT_TRANSLATE_NOOP("models", "Received"), QT_TRANSLATE_NOOP("models", "Completed"),
    QT_TRANSLATE_NOOP("models", "Planned"), QT_TRANSLATE_NOOP("models", "Pending"),
    QT_TRANSLATE_NOOP("models", "Accepted"), QT_TRANSLATE_NOOP("models", "Declined"),
    QT_TRANSLATE_NOOP("models", "Honoured"), QT_TRANSLATE_NOOP("models", "Expired"),
    QT_TRANSLATE_NOOP("models", "Withdrawn"), QT_TRANSLATE_NOOP("models", "Visit"),
    QT_TRANSLATE_NOOP("models", "Event"), QT_TRANSLATE_NOOP("models", "Talk"),
    # agreements
    QT_TRANSLATE_NOOP("models", "MoU"), QT_TRANSLATE_NOOP("models", "Cooperation agreement"),
    QT_TRANSLATE_NOOP("models", "Programme"), QT_TRANSLATE_NOOP("models", "Signed"),
    QT_TRANSLATE_NOOP("models", "Terminated"),
    # follow-ups and dispatches
    QT_TRANSLATE_NOOP("models", "Open"), QT_TRANSLATE_NOOP("models", "Done"),
    QT_TRANSLATE_NOOP("models", "Cancelled"), QT_TRANSLATE_NOOP("models", "Low"),
    QT_TRANSLATE_NOOP("models", "Normal"), QT_TRANSLATE_NOOP("models", "High"),
    QT_TRANSLATE_NOOP("models", "New"), QT_TRANSLATE_NOOP("models", "Reviewed"),
    QT_TRANSLATE_NOOP("models", "Archived"),
    # record kinds of a partner's timeline
    QT_TRANSLATE_NOOP("models", "Invitation"), QT_TRANSLATE_NOOP("models", "Agreement"),
    QT_TRANSLATE_NOOP("models", "Follow-up"), QT_TRANSLATE_NOOP("models", "Dispatch"),
)


def words(value: str | None) -> str:
    """A stored key ('cooperation-agreement', 'follow_up') as words a reader expects."""
    if not value:
        return ""
    if str(value) in _SPECIAL_WORDS:
        return _SPECIAL_WORDS[str(value)]
    text = str(value).replace("-", " ").replace("_", " ")
    return text[:1].upper() + text[1:]


def stored_words(value: str | None) -> str:
    """A stored key in the officer's language: its words() looked up where STORED_WORDS files them.

    Always the "models" context, whichever view asks: lupdate files the words only there.
    """
    return QCoreApplication.translate("models", words(value)) if value else ""


@dataclass(frozen=True)
class Column:
    """One column: the row key it shows, its header, the store's sort key (None: not sortable)."""

    key: str
    title: str
    sort_key: str | None = None
    tooltip: str = ""
    show: Callable[[Any, dict[str, Any]], str] | None = None  # (value, row) -> text
    align_right: bool = False
    edit_field: str | None = None  # the record's field an edit in this cell changes (None: read-only)


class PagedTableModel(QAbstractTableModel):
    """A table over one of the store's paged list queries, fetched lazily, sorted and filtered in SQL.

    Subclasses give `columns` and `query(offset, limit, order_by, descending) -> Page`; the filters
    they keep are passed by their own query(). Changing a filter or the order calls `refresh()`.
    """

    total_changed = Signal(int)  # how many rows the filters select (for the status bar)
    refreshed = Signal()

    def __init__(
        self, store: Store, order_by: str, descending: bool = False, page_size: int = PAGE_SIZE, parent=None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.page_size = page_size
        self.order_by = order_by
        self.descending = descending
        self.filter_text = ""
        self.columns: list[Column] = self.make_columns()
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self._loaded = False
        self._deferred = False
        # Set by a view to make edit_field columns editable: (record id, field, value) -> saved?
        self.commit_edit: Callable[[int, str, Any], bool] | None = None

    # -- what subclasses give ------------------------------------------------------------------

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def query(self, offset: int, limit: int) -> Page:
        raise NotImplementedError

    def row_brushes(self, row: dict[str, Any]) -> tuple[QColor | None, QColor | None]:
        """(background, foreground) of a row that should stand out; (None, None) otherwise."""
        return None, None

    def row_tooltip(self, row: dict[str, Any]) -> str:
        return ""

    # -- state ------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        self._ensure_loaded()
        return self._total

    def defer_loading(self) -> None:
        """Show no rows and ask nothing of the store until start_loading() (a view not yet shown)."""
        if not self._loaded:
            self._deferred = True

    def start_loading(self) -> None:
        if self._deferred:
            self._deferred = False
            self.refresh(keep_fetched=False)

    def _ensure_loaded(self) -> None:
        if not self._loaded and not self._deferred:
            self._loaded = True
            page = self.query(0, self.page_size)
            self._rows = list(page.rows)
            self._total = page.total

    def refresh(self, keep_fetched: bool = True, recount: bool = True) -> None:
        """Ask the store again (after an edit, a new filter or order); keeps as many rows as were shown.

        `recount=False` when the change cannot alter how many rows there are (a new sort order).
        """
        if recount:
            self.forget_count()
        wanted = max(self.page_size, len(self._rows)) if keep_fetched else self.page_size
        self.beginResetModel()
        page = self.query(0, wanted)
        self._rows = list(page.rows)
        self._total = page.total
        self._loaded = True
        self.endResetModel()
        self.total_changed.emit(self._total)
        self.refreshed.emit()

    def forget_count(self) -> None:
        """Models that keep their count between pages forget it here (the rows may have changed)."""

    def set_filter_text(self, text: str) -> None:
        if text != self.filter_text:
            self.filter_text = text
            self.refresh(keep_fetched=False)

    def row(self, row: int) -> dict[str, Any]:
        self._ensure_loaded()
        return self._rows[row]

    def row_id(self, row: int) -> int:
        return int(self.row(row)["id"])

    def row_of_id(self, record_id: int) -> int:
        """The row showing a record, among those fetched; -1 when not fetched (or filtered out)."""
        self._ensure_loaded()
        for number, row in enumerate(self._rows):
            if row.get("id") == record_id:
                return number
        return -1

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def text(self, row: int, key: str) -> str:
        return str(self.data(self.index(row, self.column_of(key))) or "")

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        if parent.isValid():
            return 0
        self._ensure_loaded()
        return len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        self._ensure_loaded()
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore(parent):
            return
        page = self.query(len(self._rows), self.page_size)
        if not page.rows:
            # The table shrank under us (another window deleted rows): believe the new count.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()
        if page.total != self._total:
            self._total = page.total
            self.total_changed.emit(self._total)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.commit_edit is not None and self.columns[index.column()].edit_field:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in a cell: handed to `commit_edit(record_id, field, value)` (the view's undoable step).

        The store is the one to say whether the value is acceptable; the model shows what the store
        holds after the edit (the view reloads on the change), never an unsaved value.
        """
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit_edit is None:
            return False
        field = self.columns[index.column()].edit_field
        if not field:
            return False
        text = str(value).strip() if value is not None else ""
        current = self.row(index.row()).get(self.columns[index.column()].key)
        if text == ("" if current is None else str(current)):
            return False
        return bool(self.commit_edit(self.row_id(index.row()), field, text or None))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = row.get(column.key)
            text = column.show(value, row) if column.show else ("" if value is None else str(value))
            if role == Qt.ItemDataRole.ToolTipRole:
                extra = self.row_tooltip(row)
                return "\n".join(t for t in (text, extra) if t) or None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id")
        if role == Qt.ItemDataRole.EditRole:
            value = row.get(column.key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.row_brushes(row)[0] is not None:
            # Bold as well as coloured: still visible when the row is selected.
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = self.row_brushes(row)
            colour = background if role == Qt.ItemDataRole.BackgroundRole else foreground
            return QBrush(colour) if colour is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self.columns)):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = column.tooltip or column.title
            return hint if column.sort_key else self.tr("{hint} (not sortable)").format(hint=hint)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: the store is asked again with the column's ORDER BY (unsortable columns are ignored)."""
        if not (0 <= column < len(self.columns)) or self.columns[column].sort_key is None:
            return
        order_by = self.columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self.order_by, self.descending):
            return
        self.order_by, self.descending = str(order_by), descending
        if self._loaded:
            self.refresh(keep_fetched=False, recount=False)
        # else: nothing asked yet (a remembered order restored at start-up); the first look asks.

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort_key == self.order_by), -1)


# ---------------------------------------------------------------------------------------------
# The models of each view.


def area_label(key: str | None, labels: dict[str, str] | None = None, fallback: str | None = None) -> str:
    """A cooperation area as the officer reads it: its label in the interface language
    (resources/areas.json gives one per language), else the English one, else `fallback`, else the key.

    `labels` default to the vocabulary's: an area found in a dispatch may not be in the database yet.
    """
    if labels is None:
        # Imported here: it comes with the extraction (0.2 s), which the lists importing this module
        # do not need; it is loaded anyway once a review is open.
        from partnertracker.extraction.areas import vocabulary

        labels = (vocabulary().get(key or "") or {}).get("labels") or {}
    return labels.get(interface_language()) or labels.get("en") or fallback or key or ""


def _date(value: Any, _row: dict[str, Any]) -> str:
    return partial_date(value)


def _words(value: Any, _row: dict[str, Any]) -> str:
    return stored_words(value)


def _count(value: Any, _row: dict[str, Any]) -> str:
    return "" if value is None else QLocale().toString(int(value))


class OrganisationsModel(PagedTableModel):
    """Partners: name, acronym, kind, country, status, last contact, open invitations."""

    def __init__(self, store: Store, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(store, "name", False, page_size, parent)
        self._counted_for: str | None = None
        self._count = 0

    def make_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), "name", self.tr("The partner's canonical name")),
            Column("acronym", self.tr("Acronym"), "acronym"),
            Column("kind", self.tr("Kind"), "kind", show=_words),
            Column("country", self.tr("Country"), "country", self.tr("ISO 3166 country code")),
            Column("status", self.tr("Status"), "status", self.tr("Relationship status"), show=_words),
            Column("last_contact", self.tr("Last contact"), "last_contact", self.tr("Date of the latest visit either way"),
                   show=_date),
            Column("open_invitations", self.tr("Open invitations"), "open_invitations",
                   self.tr("Invitations to or from this partner still pending"), show=_count, align_right=True),
        ]

    def query(self, offset: int, limit: int) -> Page:
        # view_queries: indexed figures per partner (list_organisations reads every invitation per row).
        if self._counted_for != self.filter_text:
            self._count = view_queries.count_partners(self.store.conn, self.filter_text)
            self._counted_for = self.filter_text
        rows = view_queries.partner_page(
            self.store.conn, self.filter_text, self.order_by, self.descending, limit, offset)
        return Page(rows=rows, total=self._count)

    def forget_count(self) -> None:
        self._counted_for = None


class VisitsModel(PagedTableModel):
    """Visits: date (as precise as known), direction, visitors, host, city, country, summary."""

    def __init__(self, store: Store, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(store, "date", True, page_size, parent)
        self.direction: str | None = None
        self._counted_for: tuple[str, str | None] | None = None
        self._count = 0

    def make_columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), "date", self.tr("As precise as the source says: day, month or year"),
                   show=_date),
            Column("direction", self.tr("Direction"), "direction",
                   self.tr("Outgoing: home visits a partner; incoming: a partner visits home"), show=_words),
            Column("visitors", self.tr("Visiting side"), None),
            Column("host", self.tr("Host"), "host"),
            Column("city", self.tr("City"), "city"),
            Column("country", self.tr("Country"), "country"),
            Column("summary", self.tr("Summary"), None),
        ]

    def set_direction(self, direction: str | None) -> None:
        if direction != self.direction:
            self.direction = direction
            self.refresh(keep_fetched=False)

    def query(self, offset: int, limit: int) -> Page:
        # view_queries finds the order over indexes first; the count is asked again only when the
        # filters change (a new sort order cannot change it).
        filters = (self.filter_text, self.direction)
        if self._counted_for != filters:
            self._count = view_queries.count_visits(self.store.conn, self.filter_text, self.direction)
            self._counted_for = filters
        rows = view_queries.visit_page(
            self.store.conn, self.filter_text, self.direction, self.order_by, self.descending, limit, offset)
        return Page(rows=rows, total=self._count)

    def forget_count(self) -> None:
        self._counted_for = None


OLD_INVITATION_DAYS = 30


class InvitationsModel(PagedTableModel):
    """Invitations: direction, inviter, invitee, purpose, issued on, age in days, reply-by, status."""

    def __init__(self, store: Store, parent=None, page_size: int = PAGE_SIZE, old_after_days: int = 30) -> None:
        super().__init__(store, "issued_on", False, page_size, parent)
        self.status: str | None = "pending"
        self.direction: str | None = None
        self.old_after_days = old_after_days
        self.today: dt.date | None = None  # None: the real today (tests pin it)
        self._counted_for: tuple[str | None, str | None, str] | None = None
        self._count = 0

    def make_columns(self) -> list[Column]:
        return [
            Column("direction", self.tr("Direction"), "direction",
                   self.tr("Issued: home invites; received: home is invited"), show=_words),
            # Not last: it is hidden while one status is shown, and the last column stretches.
            Column("status", self.tr("Status"), "status", show=_words),
            Column("inviter", self.tr("Inviter"), "inviter"),
            Column("invitee", self.tr("Invitee"), "invitee"),
            Column("purpose", self.tr("Purpose"), None, show=_purpose),
            Column("issued_on", self.tr("Issued on"), "issued_on", show=_date),
            Column("age_days", self.tr("Age (days)"), "age_days", self.tr("Days since the invitation was issued"),
                   show=_count, align_right=True),
            Column("reply_by", self.tr("Reply by"), "reply_by", show=_date),
        ]

    def set_status(self, status: str | None) -> None:
        if status != self.status:
            self.status = status
            self.refresh(keep_fetched=False)

    def set_direction(self, direction: str | None) -> None:
        if direction != self.direction:
            self.direction = direction
            self.refresh(keep_fetched=False)

    def set_old_after_days(self, days: int) -> None:
        self.old_after_days = int(days)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def is_old(self, row: dict[str, Any]) -> bool:
        age = row.get("age_days")
        return row.get("status") == "pending" and age is not None and age > self.old_after_days

    def row_brushes(self, row: dict[str, Any]) -> tuple[QColor | None, QColor | None]:
        return (ATTENTION_BACKGROUND, ATTENTION_FOREGROUND) if self.is_old(row) else (None, None)

    def row_tooltip(self, row: dict[str, Any]) -> str:
        if self.is_old(row):
            return self.tr("Pending for more than {days} days").format(days=self.old_after_days)
        return ""

    def query(self, offset: int, limit: int) -> Page:
        filters = (self.status, self.direction, self.filter_text)
        if self._counted_for != filters:
            self._count = view_queries.count_invitations(self.store.conn, *filters)
            self._counted_for = filters
        today = (self.today or dt.date.today()).isoformat()
        rows = view_queries.invitation_page(
            self.store.conn, today, self.status, self.direction, self.filter_text, self.order_by,
            self.descending, limit, offset)
        return Page(rows=rows, total=self._count)

    def forget_count(self) -> None:
        self._counted_for = None


def _purpose(value: Any, row: dict[str, Any]) -> str:
    # The officer's words first (what the invitation is for), the purpose key when nothing was said.
    text = row.get("description") or row.get("event") or ""
    purpose = stored_words(value)
    return f"{purpose}: {text}" if text and purpose else (text or purpose)


class AgreementsModel(PagedTableModel):
    """Agreements: title, parties, kind, signed on, valid until, status."""

    def __init__(self, store: Store, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(store, "signed_on", True, page_size, parent)
        self.status: str | None = None

    def make_columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title"), "title", self.tr("F2 edits"), edit_field="title"),
            Column("parties", self.tr("Parties"), None),
            Column("kind", self.tr("Kind"), "kind", show=_words),
            Column("signed_on", self.tr("Signed on"), "signed_on", self.tr("YYYY-MM-DD, YYYY-MM or YYYY (F2 edits)"),
                   show=_date, edit_field="signed_on"),
            Column("valid_until", self.tr("Valid until"), "valid_until", self.tr("YYYY-MM-DD, YYYY-MM or YYYY (F2 edits)"),
                   show=_date, edit_field="valid_until"),
            Column("status", self.tr("Status"), "status", self.tr("planned, signed, expired or terminated (F2 edits)"),
                   show=_words, edit_field="status"),
        ]

    def set_status(self, status: str | None) -> None:
        if status != self.status:
            self.status = status
            self.refresh(keep_fetched=False)

    def query(self, offset: int, limit: int) -> Page:
        return self.store.list_agreements(
            status=self.status, filter_text=self.filter_text, order_by=self.order_by,
            descending=self.descending, limit=limit, offset=offset,
        )


class FollowUpsModel(PagedTableModel):
    """Follow-up actions: description, partner, owner, due date, priority, status; overdue ones stand out."""

    def __init__(self, store: Store, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(store, "due_on", False, page_size, parent)
        self.status: str | None = "open"
        self.owner: str | None = None
        self.today: dt.date | None = None

    def make_columns(self) -> list[Column]:
        return [
            Column("description", self.tr("What"), None, self.tr("What is to be done (F2 edits)"), edit_field="description"),
            Column("organisation", self.tr("Partner"), "organisation"),
            Column("owner", self.tr("Owner"), "owner", self.tr("Who does it (F2 edits)"), edit_field="owner"),
            Column("due_on", self.tr("Due"), "due_on", self.tr("Due date, YYYY-MM-DD (F2 edits)"), show=_date,
                   edit_field="due_on"),
            Column("priority", self.tr("Priority"), "priority", self.tr("low, normal or high (F2 edits)"), show=_words,
                   edit_field="priority"),
            Column("status", self.tr("Status"), "status", show=_words),
        ]

    def set_status(self, status: str | None) -> None:
        if status != self.status:
            self.status = status
            self.refresh(keep_fetched=False)

    def set_owner(self, owner: str | None) -> None:
        if owner != self.owner:
            self.owner = owner
            self.refresh(keep_fetched=False)

    def row_brushes(self, row: dict[str, Any]) -> tuple[QColor | None, QColor | None]:
        if row.get("overdue"):
            return ATTENTION_BACKGROUND, ATTENTION_FOREGROUND
        if row.get("status") != "open":
            return None, DONE_FOREGROUND
        return None, None

    def row_tooltip(self, row: dict[str, Any]) -> str:
        return self.tr("Overdue") if row.get("overdue") else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.row(index.row()).get("status") == "done":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return super().data(index, role)

    def query(self, offset: int, limit: int) -> Page:
        return self.store.list_follow_ups(
            owner=self.owner, status=self.status, filter_text=self.filter_text, today=self.today,
            order_by=self.order_by, descending=self.descending, limit=limit, offset=offset,
        )


KIND_TITLES = {
    "visit": "Visit",
    "invitation": "Invitation",
    "agreement": "Agreement",
    "follow_up": "Follow-up",
    "dispatch": "Dispatch",
}


class TimelineModel(PagedTableModel):
    """One partner's history, newest first: visits, invitations, agreements, follow-ups, dispatches."""

    def __init__(self, store: Store, organisation_id: int | None = None, parent=None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(store, "date", True, page_size, parent)
        self.organisation_id = organisation_id

    def make_columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), None, show=_date),
            Column("kind", self.tr("Kind"), None,
                   show=lambda v, _r: QCoreApplication.translate("models", KIND_TITLES.get(v, words(v)))),
            Column("title", self.tr("What"), None, show=lambda _v, row: self.what(row)),
        ]

    def what(self, row: dict[str, Any]) -> str:
        """A timeline row in a sentence of the interface language, from the parts the store gives."""
        kind = row.get("kind")
        if kind == "visit":
            host, city = row.get("host"), row.get("city")
            if host and city:
                return self.tr("Visit to {host} in {city}").format(host=host, city=city)
            if host:
                return self.tr("Visit to {host}").format(host=host)
            if city:
                return self.tr("Visit in {city}").format(city=city)
            return self.tr("Visit")
        if kind == "invitation":
            # "?" for a side the database does not know, as the store's older sentence had it.
            names = {"inviter": row.get("inviter") or "?", "invitee": row.get("invitee") or "?"}
            if not row.get("status"):
                return self.tr("Invitation from {inviter} to {invitee}").format(**names)
            return self.tr("Invitation from {inviter} to {invitee} ({status})").format(
                status=stored_words(row["status"]).lower(), **names)
        if kind == "dispatch":
            return row.get("title") or self.tr("(untitled dispatch)")
        return row.get("title") or ""

    def set_organisation(self, organisation_id: int | None) -> None:
        self.organisation_id = organisation_id
        self.refresh(keep_fetched=False)

    def kind_and_id(self, row: int) -> tuple[str, int]:
        found = self.row(row)
        return str(found["kind"]), int(found["id"])

    def query(self, offset: int, limit: int) -> Page:
        if self.organisation_id is None:
            return Page()
        # view_queries finds the partner's visits by index (the store's query scans them all).
        rows, total = view_queries.partner_timeline(self.store.conn, self.organisation_id, limit, offset)
        return Page(rows=rows, total=total)
