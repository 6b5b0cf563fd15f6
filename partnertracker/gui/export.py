"""Export… for any list view: what the list shows (its filter, its order, every row) as CSV or XLSX.

    add_export_action(view, view.model, view.tr("Visits"))

The source is either a paged model (it has `columns` and `query(offset, limit)`, like the record
views' PagedTableModel: the rows are asked of the store page by page, not only those fetched), any
other QAbstractItemModel (fetched to the end, its display texts exported), or a callable that returns
one of these when Export… is chosen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QProgressDialog,
    QTableView,
    QWidget,
)

from partnertracker.gui import operations
from partnertracker.gui.errors import show_exception
from partnertracker.reports import list_report, write_report
from partnertracker.reports.plurals import Counts

# Rows asked of the store at a time: at 100,000 visits, pages of 1,000 take 14 s in all (each OFFSET
# scans again), of 5,000 take 5 s, each page a quarter of a second between two repaints.
EXPORT_PAGE = 5000
FORMATS = ("csv", "xlsx")


class ExportCancelled(Exception):
    """Cancel was pressed while the rows were read or written: nothing was written or replaced."""


def _looks_like_date(text: str) -> bool:
    return len(text) in (4, 7, 10) and text[:4].isdigit() and (len(text) == 4 or text[4] == "-")


def _cell(column: Any, row: dict[str, Any]) -> Any:
    """A cell as exported: numbers and stored dates keep their type (a spreadsheet sorts them);
    anything else is the text the list shows."""
    value = row.get(column.key)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _looks_like_date(value):
        return value  # list_report makes it a date cell, as precise as stored
    if getattr(column, "show", None) is not None:
        return column.show(value, row)
    return "" if value is None else str(value)


def _visible_columns(count: int, header: QHeaderView | None) -> list[int]:
    """Logical column numbers in the order the header shows them, hidden ones left out."""
    if header is None or header.count() != count:
        return list(range(count))
    return [header.logicalIndex(v) for v in range(count) if not header.isSectionHidden(header.logicalIndex(v))]


def list_rows(
    source: Any, header: QHeaderView | None = None, page_size: int | None = None
) -> tuple[list[str], Iterator[tuple[list[list[Any]], int]]]:
    """The headers, and the rows in pages with the total expected, of what `source` shows."""
    page_size = page_size or EXPORT_PAGE
    if hasattr(source, "columns") and hasattr(source, "query"):
        columns = source.columns
        shown = _visible_columns(len(columns), header)
        headers = [columns[c].title for c in shown]

        def paged() -> Iterator[tuple[list[list[Any]], int]]:
            offset = 0
            while True:
                page = source.query(offset, page_size)
                rows = list(page.rows)
                if not rows:
                    return
                yield [[_cell(columns[c], row) for c in shown] for row in rows], page.total
                offset += len(rows)
                if offset >= page.total:
                    return

        return headers, paged()
    if isinstance(source, QAbstractItemModel):
        shown = _visible_columns(source.columnCount(), header)
        headers = [str(source.headerData(c, Qt.Orientation.Horizontal) or "") for c in shown]

        def fetched() -> Iterator[tuple[list[list[Any]], int]]:
            while source.canFetchMore(QModelIndex()):
                source.fetchMore(QModelIndex())
            total = source.rowCount()
            for start in range(0, total, page_size):
                yield [
                    [str(source.data(source.index(r, c)) or "") for c in shown]
                    for r in range(start, min(start + page_size, total))
                ], total

        return headers, fetched()
    raise TypeError(f"cannot export from {type(source).__name__}")


def read_all_rows(parent: QWidget | None, source: Any, header: QHeaderView | None = None) -> tuple[list[str], list[list[Any]]]:
    """Every row the list selects, in its order, read page by page on the GUI thread (the list's
    store belongs to it) behind a progress dialog whose Cancel raises ExportCancelled."""
    headers, pages = list_rows(source, header)
    dialog = QProgressDialog(QCoreApplication.translate("export", "Reading the list…"),
                             QCoreApplication.translate("export", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("export", "Export"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    rows: list[list[Any]] = []
    try:
        for page, total in pages:
            rows.extend(page)
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(len(rows), total))
            QApplication.processEvents()
            if dialog.wasCanceled():
                raise ExportCancelled
    finally:
        dialog.reset()
        dialog.deleteLater()
    return headers, rows


def export_list(
    parent: QWidget,
    source: Any,
    title: str,
    home: str | None = None,
    header: QHeaderView | None = None,
    on_done: Callable[[str], None] | None = None,
) -> operations.BackgroundOperation | None:
    """Ask where to save, read every row the list shows, write CSV or XLSX in the background.

    Returns the writing operation (None when the officer cancelled or there was nothing to do).
    """
    if callable(source) and not isinstance(source, QAbstractItemModel):
        source = source()
    stem = "".join(ch if ch.isalnum() else "-" for ch in title.casefold()).strip("-") or "list"
    filters = {
        "csv": QCoreApplication.translate("export", "CSV, UTF-8 (*.csv)"),
        "xlsx": QCoreApplication.translate("export", "Excel workbook (*.xlsx)"),
    }
    suggested = str(Path.home() / f"{stem}-{dt.date.today().isoformat()}.xlsx")
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("export", "Export the list"), suggested,
        ";;".join(filters.values()), filters["xlsx"])
    if not path:
        return None
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        suffix = "csv" if chosen_filter == filters["csv"] else "xlsx"
        path += f".{suffix}"
    try:
        headers, rows = read_all_rows(parent, source, header)
    except ExportCancelled:
        return None
    return write_list(parent, title, headers, rows, suffix, path, home, on_done)


def write_list(
    parent: QWidget | None,
    title: str,
    headers: list[str],
    rows: list[list[Any]],
    format_name: str,
    path: str,
    home: str | None = None,
    on_done: Callable[[str], None] | None = None,
) -> operations.BackgroundOperation:
    """Write rows as a one-table report, off the GUI thread; a bad path is a message, the old file stays."""
    report = list_report(title, headers, rows, home=home)

    def work(progress: operations.ProgressReporter) -> Path:
        def told(done: int, total: int) -> None:
            if progress.cancelled:
                raise ExportCancelled
            progress.update(done, total)

        return write_report(report, format_name, path, progress=told)

    def failed(error: Exception) -> None:
        if not isinstance(error, ExportCancelled):
            show_exception(error, parent)

    def succeeded(written: Path) -> None:
        if on_done is not None:
            on_done(Counts.tr("%Ln row(s) exported to {path}", "", len(rows)).format(
                path=written))

    return operations.run_in_background(
        parent, work, on_success=succeeded, on_failure=failed,
        title=QCoreApplication.translate("export", "Exporting the list"))


def add_export_action(view: QWidget, model_or_query_provider: Any, title: str | Callable[[], str]) -> QAction:
    """An "Export…" action (Ctrl+E while the view has focus) on a list view.

    Record list views (with `actions_bar`, `menu_actions`, `table`, `status_message`, `ctx`) get
    a button, a context-menu entry, the table's column order and their status line for free.
    """
    action = QAction(QCoreApplication.translate("export", "Export…"), view)
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(QCoreApplication.translate(
        "export", "Save every row the list shows, in its order, as CSV or XLSX (Ctrl+E)"))
    action.setStatusTip(action.toolTip())
    view.addAction(action)
    if hasattr(view, "actions_bar"):
        view.actions_bar.addAction(action)
    if isinstance(getattr(view, "menu_actions", None), list):
        view.menu_actions.append(action)

    def run() -> None:
        table = getattr(view, "table", None)
        header = table.horizontalHeader() if isinstance(table, QTableView) else None
        status = getattr(view, "status_message", None)
        ctx = getattr(view, "ctx", None)
        home = None
        if ctx is not None:
            organisation = ctx.store.home_organisation()
            home = organisation.name if organisation else None
        view.last_export = export_list(  # type: ignore[attr-defined] - kept for tests and the status bar
            view, model_or_query_provider, title() if callable(title) else title, home=home, header=header,
            on_done=status.emit if status is not None else None,
        )

    action.triggered.connect(lambda _checked=False: run())
    return action


# The record list views that get Export…, by their key in the main window's sidebar.
LIST_VIEWS = ("partners", "visits", "invitations", "agreements", "follow_ups")


def add_export_actions(window: Any) -> dict[str, QAction]:
    """Give each record list view of the main window its Export… (button, context menu, Ctrl+E).

    A view that holds its list beside something else (the partners' list beside the partner page)
    gets it on the list.
    """
    added: dict[str, QAction] = {}
    for key in LIST_VIEWS:
        view = window.view(key)
        list_view = view if hasattr(view, "actions_bar") else getattr(view, "list", None)
        if list_view is None or not hasattr(list_view, "model"):
            continue
        index = window.view_keys().index(key)
        title = window.sidebar.item(index).text() if index >= 0 else key
        added[key] = add_export_action(list_view, lambda lv=list_view: lv.model, title)
    return added
