"""What every record list shares: a filter typed as you go, a lazy SQL-sorted table, delete and undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.errors import show_user_error
from partnertracker.gui.models import PagedTableModel
from partnertracker.gui.undo import DeleteRecords, EditRecord, RecordCommand

FILTER_DELAY_MS = 250  # typing pauses this long before the store is asked again


class RecordTable(QTableView):
    """A table of records: rows selected whole, sorting asked of the model (which asks SQL)."""

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        column = model.sort_column()
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(max(column, 0), order)
        self.setSortingEnabled(True)

    def fit_columns(self, widest: int = 220) -> None:
        """First-run widths: as wide as the first page's texts, within reason (the officer's are remembered)."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(max(header.sectionSize(column) + 12, 70), widest))
        # A little too wide for the window: narrow every column a little rather than scroll sideways.
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        total = sum(header.sectionSize(c) for c in shown)
        available = self.viewport().width()
        if available > 200 and available < total <= available * 1.3:
            for column in shown:
                header.resizeSection(column, max(int(header.sectionSize(column) * available / total) - 1, 50))

    def paged_model(self) -> PagedTableModel:
        model = self.model()
        assert isinstance(model, PagedTableModel)
        return model

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        model = self.paged_model()
        return [model.row_id(row) for row in self.selected_rows()]

    def select_ids(self, record_ids: list[int]) -> None:
        """Select the rows of these records again (after a refresh), the first one current."""
        model = self.paged_model()
        selection = self.selectionModel()
        selection.clearSelection()
        first = True
        for record_id in record_ids:
            row = model.row_of_id(record_id)
            if row < 0:
                continue
            index = model.index(row, 0)
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)


class RecordListView(QWidget):
    """A list of one kind of record: filter field, table, a count in the status line; Delete and Enter.

    Subclasses add their own filter widgets to `self.filters` (a row above the table) and actions.
    """

    open_record = Signal(str, int)  # kind, id: the main window opens it
    status_message = Signal(str)

    kind = ""  # the store's record kind: "visit", "invitation", ...

    def __init__(self, ctx: AppContext, model: PagedTableModel, settings_key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.model.setParent(self)
        self.settings_key = settings_key

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setToolTip(self.tr("Type to filter the list; Esc clears"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter_text)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self._filter_now)

        self.filters = QHBoxLayout()
        self.filters.addWidget(self.filter_edit, 1)
        # A tool bar, not a row of buttons: in a narrow window the last ones go behind its » button.
        self.actions_bar = QToolBar()
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_bar.setIconSize(QSize(16, 16))

        # QTableView.setModel asks for the row count: nothing is read until the view is first shown.
        model.defer_loading()
        self.table = RecordTable(model, self)
        self.menu_actions: list[QAction] = []
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self._fit_columns_when_shown = ctx.settings.value(f"headers/{settings_key}/columns") is None
        ctx.settings.remember_header(f"{settings_key}/columns", self.table.horizontalHeader())

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        model.total_changed.connect(lambda _total: self._show_count())
        model.rowsInserted.connect(lambda *_: self._show_count())
        model.modelReset.connect(self._show_count)
        model.modelReset.connect(self._select_first_if_none)

        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.delete_action = self.add_action(
            self.tr("Delete"), self.delete_selected, QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected records (Ctrl+Z brings them back)"), in_bar=False,
        )
        self.clear_filter_action = self.add_action(
            self.tr("Clear filter"), self.filter_edit.clear, QKeySequence(Qt.Key.Key_Escape), in_bar=False,
            widget=self.filter_edit,
        )
        ctx.events.records_changed.connect(self._records_changed)
        # Nothing is asked of the store until the view is first shown (start-up stays quick).
        self._shown_once = False
        self._stale = False

    # -- building blocks for subclasses --------------------------------------------------------

    def add_action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        tip: str = "", in_bar: bool = True, widget: QWidget | None = None,
    ) -> QAction:
        """An action with its shortcut (active while the view has focus) and, in_bar, a button."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({keys})" if tip and keys else tip
        action.setToolTip(tip or text)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        # On the view, not the table: the keys work wherever the focus is inside the view
        # (a line edit still keeps the Space, Delete and letters typed into it).
        (widget or self).addAction(action)
        if widget is None:
            self.menu_actions.append(action)
        if in_bar:
            self.actions_bar.addAction(action)
        return action

    def _context_menu(self, position) -> None:  # noqa: ANN001 - QPoint
        menu = QMenu(self)
        menu.addActions(self.menu_actions)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def finish_actions_bar(self, with_delete: bool = True) -> None:
        if with_delete:
            self.actions_bar.addAction(self.delete_action)

    def allow_cell_edits(self, check: Callable[[str, Any], Any] | None = None) -> None:
        """Cells of edit_field columns are edited in place (F2); each edit is one undoable step.

        `check(field, value)` returns the value to store or raises UserError (a date typed wrong).
        """

        def commit(record_id: int, field: str, value: Any) -> bool:
            try:
                stored = check(field, value) if check is not None else value
                command = EditRecord(self.ctx, self.kind, record_id, {field: stored},
                                     self.tr("Change {field}").format(field=field.replace("_", " ")))
            except UserError as error:
                show_user_error(error, self)
                return False
            return self.run_command(command)

        self.model.commit_edit = commit
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)

    def run_command(self, command: RecordCommand) -> bool:
        """Do an undoable change; a UserError is shown as a message and nothing changes."""
        try:
            command.run()
        except UserError as error:
            show_user_error(error, self)
            return False
        return True

    # -- behaviour -----------------------------------------------------------------------------

    def _filter_now(self) -> None:
        self._filter_timer.stop()
        self.apply_filter_text()

    def apply_filter_text(self) -> None:
        self.model.set_filter_text(self.filter_edit.text().strip())

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        locale = self.locale()
        if shown < total:
            text = self.tr("{shown} of {total} shown (scroll for more)").format(
                shown=locale.toString(shown), total=locale.toString(total))
        else:
            # RecordListView.tr, not self.tr: for a subclass PySide asks under the subclass's name
            # first, and a count string's "%n" replaced makes it look translated, so it stops there.
            text = RecordListView.tr("%Ln record(s)", "", total)
        self.count_label.setText(text)

    def _select_first_if_none(self) -> None:
        # The keyboard always has a row to start from, and the actions a selection to act on.
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._stale = False
            self.model.start_loading()
            if self._fit_columns_when_shown:
                self.table.fit_columns()
        if self._stale:
            self.reload()
        self._stale = False
        self._show_count()
        self._select_first_if_none()

    def _records_changed(self, kind: str) -> None:
        if not (kind in ("", self.kind) or self.depends_on(kind)):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # a hidden view asks again when it is next shown

    def depends_on(self, kind: str) -> bool:
        """Whether a change to another kind of record changes what this list shows."""
        return False

    def reload(self) -> None:
        """Ask the store again, keeping the selection on the same records."""
        selected = self.table.selected_ids()
        self.model.refresh()
        self.table.select_ids(selected)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record.emit(self.kind, self.model.row_id(index.row()))

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        row = min(self.table.selected_rows())
        if self.run_command(DeleteRecords(self.ctx, self.kind, ids)):
            self.status_message.emit(RecordListView.tr("Deleted %n record(s); Ctrl+Z to undo", "", len(ids)))
            # Keep the keyboard where it was: the row that took the deleted one's place.
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def show_record(self, record_id: int) -> bool:
        """Select a record in the list (clearing filters that hide it); False when it is not there."""
        self.model.start_loading()
        row = self.model.row_of_id(record_id)
        pages = 0
        # A few pages at most: a record far down a huge list is not worth fetching everything for.
        while row < 0 and self.model.canFetchMore() and pages < 10:
            pages += 1
            self.model.fetchMore()
            row = self.model.row_of_id(record_id)
        if row < 0:
            return False
        self.table.select_ids([record_id])
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()
        return True

    def show_everything(self) -> None:
        """Clear the filters that may hide a record being opened (subclasses reset their own)."""
        self.filter_edit.clear()
        self.apply_filter_text()

    def open(self, kind: str, record_id: int) -> None:
        """Open a record of this view's kind: select it, clearing filters that hide it."""
        if kind != self.kind:
            return
        if not self.show_record(record_id):
            self.show_everything()
            self.show_record(record_id)


def checked_date(value: Any, what: str, whole_day: bool = False) -> str | None:
    """A date typed in a cell, as stored ('' clears it); UserError saying how to write it."""
    from partnertracker.domain import PartialDate

    if value in (None, ""):
        return None
    try:
        date = PartialDate.parse(str(value))
    except ValueError:
        date = None
    if date is None or (whole_day and date.day is None):
        example = (QCoreApplication.translate("RecordListView", "YYYY-MM-DD") if whole_day
                   else QCoreApplication.translate("RecordListView", "YYYY-MM-DD, YYYY-MM or YYYY"))
        raise UserError(QCoreApplication.translate(
            "RecordListView", "“{value}” is not a {what}: write it as {example} (e.g. 2025-07-14)"
        ).format(value=value, what=what, example=example))
    return date.isoformat()
