"""The Inbox: dispatches waiting for review, newest first, each opening the review screen."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.views.review import ReviewView

log = logging.getLogger(__name__)

PAGE_SIZE = 200

# The list_dispatches sort key of each column (None: not sortable in SQL).
_SORT_KEYS = ("title", "published_on", "agency", "language", None)
_ITEM_SECTIONS = ("organisations", "people", "visits", "invitations", "agreements", "follow_ups")


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxModel", text)


class InboxModel(QAbstractTableModel):
    """Dispatches in state `new`, fetched a page at a time and sorted in SQL."""

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self._order_by = "published_on"
        self._descending = True
        # Per dispatch: (a title when it has none, number of proposed items); filled for the rows
        # actually painted, since it needs the dispatch's proposal.
        self._details: dict[int, tuple[str, int]] = {}
        self.refresh()

    # -- data ------------------------------------------------------------------------------

    def _page(self, offset: int):
        return self.store.list_dispatches(
            state="new", order_by=self._order_by, descending=self._descending,
            limit=PAGE_SIZE, offset=offset,
        )

    def refresh(self) -> None:
        self.beginResetModel()
        page = self._page(0)
        self._rows = list(page.rows)
        self._total = page.total
        self._details.clear()
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many dispatches wait for review (all pages)."""
        return self._total

    def dispatch_id(self, row: int) -> int:
        return int(self._rows[row]["id"])

    def row_of(self, dispatch_id: int) -> int:
        for row, data in enumerate(self._rows):
            if data["id"] == dispatch_id:
                return row
        return -1

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._page(len(self._rows))
        if not page.rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def _detail(self, row: dict[str, Any]) -> tuple[str, int]:
        dispatch_id = int(row["id"])
        if dispatch_id not in self._details:
            title, count = "", 0
            try:
                dispatch = self.store.get_dispatch(dispatch_id)
                if dispatch is not None:
                    proposal = dispatch.proposal or {}
                    count = sum(len(proposal.get(s) or []) for s in _ITEM_SECTIONS)
                    title = _first_words(dispatch.text)
            except Exception:  # one unreadable row must not break the list
                log.exception("could not read dispatch %s", dispatch_id)
            self._details[dispatch_id] = (title, count)
        return self._details[dispatch_id]

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_SORT_KEYS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (tr("Title"), tr("Date"), tr("Agency"), tr("Language"), tr("Proposed items"))
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if row.get("title"):
                    return row["title"]
                words = self._detail(row)[0]
                if words:
                    return words
                return PurePath(row["source"]).name if row.get("source") else tr("Untitled dispatch")
            if column == 1:
                return row.get("published_on") or ""
            if column == 2:
                return row.get("agency") or ""
            if column == 3:
                return row.get("language") or ""
            if column == 4:
                return self._detail(row)[1]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            parts = [row.get("dateline_place"), row.get("source")]
            return "\n".join(str(p) for p in parts if p) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS[column] if 0 <= column < len(_SORT_KEYS) else None
        if key is None:
            return
        self._order_by = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


def _first_words(text: str, limit: int = 90) -> str:
    """A title for a dispatch that has none: its first sentence after the dateline."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = [line for line in lines if len(line) > 60] or lines
    if not body:
        return ""
    first = body[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


class InboxView(QWidget):
    """The Inbox page: the list of new dispatches, and the review screen of the one opened.

    `count_changed(n)` lets the shell show "Inbox (n)"; `status_message(text)` goes to the
    status bar.
    """

    count_changed = Signal(int)
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store = ctx.store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        self.list_page = QWidget(self.stack)
        list_layout = QVBoxLayout(self.list_page)
        heading = QHBoxLayout()
        self.count_label = QLabel(self.list_page)
        self.count_label.setObjectName("inbox-count")
        heading.addWidget(self.count_label, 1)
        list_layout.addLayout(heading)
        self.model = InboxModel(store, self)
        self.table = QTableView(self.list_page)
        self.table.setObjectName("inbox-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ctx.settings.remember_header("inbox", self.table.horizontalHeader())
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        list_layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(
            self.tr("Nothing to review. Import dispatches with File ▸ Import… (Ctrl+I), paste one "
                    "(Ctrl+Shift+V) or drop files on the window."),
            self.list_page,
        )
        self.empty_hint.setWordWrap(True)
        list_layout.addWidget(self.empty_hint)
        self.stack.addWidget(self.list_page)

        self.review = ReviewView(ctx, self.stack)
        self.review.finished.connect(self._review_finished)
        self.review.back_requested.connect(self.show_list)
        self.stack.addWidget(self.review)
        self._update_count()
        ctx.events.records_changed.connect(self._records_changed)

    def _records_changed(self, kind: str) -> None:
        if kind not in ("", "dispatch"):
            return
        try:
            self.refresh()
        except sqlite3.ProgrammingError:
            # The undo stack is cleared after the database was closed on quit: nothing to show.
            log.debug("inbox not refreshed: the database is closed")

    def refresh(self) -> None:
        """Re-read the list (after an import, or another window's changes)."""
        self.model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("{count} dispatch(es) waiting for review").format(count=total))
        self.empty_hint.setVisible(total == 0)
        self.count_changed.emit(total)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_dispatch(self.model.dispatch_id(row))

    def open_record(self, kind: str, record_id: int) -> None:
        """A dispatch opened from search, the dashboard or a partner's timeline."""
        if kind == "dispatch":
            self.open_dispatch(record_id)

    def open_dispatch(self, dispatch_id: int) -> None:
        try:
            self.review.open_dispatch(dispatch_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot open this dispatch"), str(error))
            self.refresh()
            return
        self.stack.setCurrentWidget(self.review)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()

    def _review_finished(self, dispatch_id: int, message: str) -> None:
        row = self.model.row_of(dispatch_id)
        self.refresh()
        self.show_list()
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self.status_message.emit(message)


def register_inbox(window) -> InboxView:
    """Put the Inbox in the main window: its label counts the waiting dispatches, its messages
    go to the status bar, and a dispatch opened anywhere opens in its review screen."""
    inbox = InboxView(window.ctx)
    title = QCoreApplication.translate("InboxView", "Inbox")
    window.add_view("inbox", title, inbox)

    def show_count(count: int) -> None:
        window.set_view_title("inbox", f"{title} ({count})" if count else title)

    inbox.count_changed.connect(show_count)
    show_count(inbox.model.total)
    inbox.status_message.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    window.open_record.connect(inbox.open_record)
    return inbox
