"""The Inbox: dispatches waiting for review, newest first, each opening the review screen."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from partnertracker.gui.models import Column, Index, PagedTableModel
from partnertracker.gui.views.review import ReviewView
from partnertracker.store import Page, Store

log = logging.getLogger(__name__)

PAGE_SIZE = 200
# A dispatch with no title is named by its first line longer than LONG_LINE characters (the first
# sentence, after the dateline), cut to TITLE_LIMIT.
LONG_LINE = 60
TITLE_LIMIT = 90


class InboxModel(PagedTableModel):
    """Dispatches in state `new`, fetched a page at a time and sorted in SQL.

    The store's page gives each row's number of proposed items (counted in SQL) and, for a
    dispatch with no title, the start of its text: no row needs its dispatch loaded to be shown.
    """

    def __init__(self, store: Store, parent=None, page_size: int | None = None) -> None:
        super().__init__(store, "published_on", True, page_size or PAGE_SIZE, parent)
        self._count: int | None = None  # kept from the first page: a next page cannot change it

    def make_columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title"), "title", show=_title),
            Column("published_on", self.tr("Date"), "published_on"),
            Column("agency", self.tr("Agency"), "agency"),
            Column("language", self.tr("Language"), "language"),
            Column("proposed_items", self.tr("Proposed items"), None,
                   self.tr("Organisations, people, visits, invitations, agreements and follow-ups proposed"),
                   align_right=True),
        ]

    def query(self, offset: int, limit: int) -> Page:
        page = self.store.list_dispatches(
            state="new", order_by=self.order_by, descending=self.descending, limit=limit, offset=offset,
            count=self._count is None,
        )
        if self._count is None:
            self._count = page.total
        for row in page.rows:
            if row.get("opening") is not None:
                row["title_words"] = self._first_words_of(row)
        return Page(rows=page.rows, total=self._count)

    def forget_count(self) -> None:
        self._count = None

    def _first_words_of(self, row: dict[str, Any]) -> str:
        opening = str(row["opening"])
        if len(opening) < int(row.get("length") or 0):
            # Only the start of a long text was read. Its cut-off last line names the dispatch
            # the same as the whole line would only when it is longer than a title already.
            head, _, last = opening.rpartition("\n")
            if len(last.strip()) <= TITLE_LIMIT:
                opening = head
            if not any(len(line.strip()) > LONG_LINE for line in opening.splitlines()):
                # No sentence starts in the opening (a rare layout): read the whole text.
                try:
                    dispatch = self.store.get_dispatch(int(row["id"]))
                    opening = dispatch.text if dispatch is not None else opening
                except Exception:  # one unreadable row must not break the list
                    log.exception("could not read dispatch %s", row["id"])
        return _first_words(opening)

    def row_tooltip(self, row: dict[str, Any]) -> str:
        return "\n".join(str(part) for part in (row.get("dateline_place"), row.get("source")) if part)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Text and tooltips directly (the view asks for them for every visible cell on each scroll
        # step); alignment and colours as in every list.
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or not index.isValid():
            return super().data(index, role)
        number = index.row()
        if not 0 <= number < self.rowCount():
            return None
        row = self._rows[number]
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.ToolTipRole:
            # Where the dispatch comes from, on its title only.
            return (self.row_tooltip(row) or None) if key == "title" else None
        if key == "title":
            return _title(row.get("title"), row)
        if key == "proposed_items":
            return int(row.get("proposed_items") or 0)  # a number: the view aligns and localises it
        value = row.get(key)
        return "" if value is None else str(value)

    def dispatch_id(self, row: int) -> int:
        return self.row_id(row)

    def row_of(self, dispatch_id: int) -> int:
        return self.row_of_id(dispatch_id)


def _title(value: Any, row: dict[str, Any]) -> str:
    """A dispatch's title; without one, its first words, its file name or 'Untitled dispatch'."""
    if value:
        return str(value)
    if row.get("title_words"):
        return str(row["title_words"])
    if row.get("source"):
        return PurePath(row["source"]).name
    return QCoreApplication.translate("InboxModel", "Untitled dispatch")


def _first_words(text: str, limit: int = TITLE_LIMIT) -> str:
    """A title for a dispatch that has none: its first sentence after the dateline."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = [line for line in lines if len(line) > LONG_LINE] or lines
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Wide enough for its title in any language ("Éléments proposés"); a width the officer
        # chose, restored just after, still wins.
        for column in range(1, self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSize(column), header.sectionSizeHint(column)))
        ctx.settings.remember_header("inbox", header)
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
        self.count_label.setText(self.tr("%Ln dispatch(es) waiting for review", "", total))
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
