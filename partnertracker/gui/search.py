"""The global search (Ctrl+K): a field in the toolbar and its results grouped by kind in a popup."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnertracker.errors import UserError
from partnertracker.store import SearchHit, Store

# The order the groups appear in, with the words an officer uses for them.
KIND_ORDER = ("organisation", "person", "visit", "invitation", "agreement", "follow_up", "dispatch")


class SearchResults(QFrame):
    """The results popup: one group per kind, best hit first; it never takes the keyboard focus."""

    activated = Signal(str, int)  # kind, record id

    def __init__(self, parent: QWidget) -> None:
        # A tool-tip-like window keeps the focus (and the typing) in the search field.
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._item_activated)
        self.tree.itemClicked.connect(self._item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.tree)

    @staticmethod
    def kind_label(kind: str) -> str:
        labels = {
            "organisation": SearchResults.tr("Partners"),
            "person": SearchResults.tr("People"),
            "visit": SearchResults.tr("Visits"),
            "invitation": SearchResults.tr("Invitations"),
            "agreement": SearchResults.tr("Agreements"),
            "follow_up": SearchResults.tr("Follow-ups"),
            "dispatch": SearchResults.tr("Dispatches"),
        }
        return labels.get(kind, kind)

    def show_hits(self, hits: list[SearchHit], message: str = "") -> None:
        self.tree.clear()
        groups: dict[str, list[SearchHit]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        bold = QFont(self.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for kind in [*KIND_ORDER, *(k for k in groups if k not in KIND_ORDER)]:
            if kind not in groups:
                continue
            header = QTreeWidgetItem([f"{self.kind_label(kind)} ({len(groups[kind])})"])
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(header)
            for hit in groups[kind]:
                item = QTreeWidgetItem([f"    {hit.title}"])
                item.setData(0, Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
                item.setToolTip(0, hit.snippet.replace("[", "").replace("]", ""))
                self.tree.addTopLevelItem(item)
                first = first or item
        if not hits:
            note = QTreeWidgetItem([message or self.tr("Nothing matches.")])
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(note)
        self.tree.setCurrentItem(first)

    def result_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item.data(0, Qt.ItemDataRole.UserRole)]

    def select_step(self, step: int) -> None:
        items = self.result_items()
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) if current in items else -1
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def activate_current(self) -> bool:
        item = self.tree.currentItem()
        if item is None or not item.data(0, Qt.ItemDataRole.UserRole):
            return False
        self._item_activated(item)
        return True

    def _item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            kind, record_id = target
            self.hide()
            self.activated.emit(kind, int(record_id))


class GlobalSearch(QLineEdit):
    """The search field: results follow the typing (after a short pause), Up/Down choose, Enter opens."""

    open_record = Signal(str, int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.popup = SearchResults(self)
        self.popup.activated.connect(self._open)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.installEventFilter(self)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if not text:
            self.popup.hide()
            return
        try:
            hits = self.store.search(text, limit=40)
            message = ""
        except UserError as error:
            hits, message = [], str(error)
        self.popup.show_hits(hits, message)
        self._place_popup()

    def _place_popup(self) -> None:
        width = max(self.width(), 460)
        below = self.mapToGlobal(QPoint(self.width() - width, self.height()))
        tree = self.popup.tree
        rows = tree.topLevelItemCount()
        height = min(max(rows, 1) * max(tree.sizeHintForRow(0), tree.fontMetrics().height()) + 8, 420)
        self.popup.setGeometry(max(below.x(), 0), below.y(), width, height)
        self.popup.show()

    def _open(self, kind: str, record_id: int) -> None:
        self.open_record.emit(kind, record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or not self.popup.isVisible():
                    self.run_search()
                if self.popup.activate_current():
                    return True
            elif key == Qt.Key.Key_Down and self.popup.isVisible():
                self.popup.select_step(1)
                return True
            elif key == Qt.Key.Key_Up and self.popup.isVisible():
                self.popup.select_step(-1)
                return True
            elif key == Qt.Key.Key_Escape and self.popup.isVisible():
                self.popup.hide()
                return True
        elif watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(200, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()
