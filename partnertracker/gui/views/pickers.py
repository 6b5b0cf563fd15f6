"""Fields that pick a partner or a person by typing part of a name (completion asks the store as you type)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnertracker.errors import UserError
from partnertracker.store import Store

SUGGESTIONS = 20


class RecordPicker(QLineEdit):
    """A line edit completing partner (or person) names; `record_id()` is the one typed, or None."""

    def __init__(self, store: Store, kind: str = "organisation", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self._names: dict[str, int] = {}
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The store already filtered by "contains": the completer shows all it was given.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        what = self.tr("partner") if kind == "organisation" else self.tr("person")
        self.setPlaceholderText(self.tr("Type part of the {what}'s name").format(what=what))
        self.textEdited.connect(self._suggest)

    def _candidates(self, text: str) -> list[tuple[str, int]]:
        if self.kind == "organisation":
            rows = self.store.list_organisations(filter_text=text, limit=SUGGESTIONS).rows
            return [(r["name"] + (f" ({r['acronym']})" if r.get("acronym") else ""), r["id"]) for r in rows]
        rows = self.store.list_people(filter_text=text, limit=SUGGESTIONS).rows
        return [(r["name"] + (f" — {r['organisation']}" if r.get("organisation") else ""), r["id"]) for r in rows]

    def _suggest(self, text: str) -> None:
        if len(text.strip()) < 1:
            return
        candidates = self._candidates(text.strip())
        self._names.update(candidates)
        self._suggestions.setStringList([name for name, _ in candidates])

    def set_record(self, record_id: int | None) -> None:
        if record_id is None:
            self.clear()
            return
        if self.kind == "organisation":
            record = self.store.get_organisation(record_id)
            name = "" if record is None else record.name + (f" ({record.acronym})" if record.acronym else "")
        else:
            person = self.store.get_person(record_id)
            name = "" if person is None else person.name
        if name:
            self._names[name] = record_id
        self.setText(name)

    def record_id(self) -> int | None:
        """The record named in the field; None when empty. UserError when no single record matches."""
        text = self.text().strip()
        if not text:
            return None
        if text in self._names:
            return self._names[text]
        candidates = self._candidates(text)
        exact = [rid for name, rid in candidates if name.casefold() == text.casefold()]
        if len(exact) == 1:
            return exact[0]
        if len(candidates) == 1:
            return candidates[0][1]
        what = self.tr("partner") if self.kind == "organisation" else self.tr("person")
        if not candidates:
            raise UserError(self.tr("no {what} is called “{text}”: pick one from the suggestions, or add it first")
                            .format(what=what, text=text))
        raise UserError(self.tr("“{text}” matches several {what}s: pick one from the suggestions")
                        .format(what=what, text=text))


class RecordListPicker(QWidget):
    """Several partners (or people): type, Enter or Add to put one in the list; Delete takes it out."""

    def __init__(self, store: Store, kind: str = "organisation", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = RecordPicker(store, kind, self)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the one typed to the list (Enter)"))
        self.list = QListWidget()
        self.list.setToolTip(self.tr("Delete removes the selected one"))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 12)
        self.error_handler = None  # a callable(UserError) the form sets to show messages inline
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.add_button.clicked.connect(self.add_typed)
        self.picker.returnPressed.connect(self.add_typed)
        self.setFocusProxy(self.picker)

    def add_typed(self) -> bool:
        try:
            record_id = self.picker.record_id()
        except UserError as error:
            if self.error_handler is not None:
                self.error_handler(error)
            return False
        if record_id is None or record_id in self.ids():
            return False
        self.add(record_id)  # shown by its full name, whatever part of it was typed
        self.picker.clear()
        return True

    def add(self, record_id: int, name: str = "") -> None:
        if not name:
            self.picker.set_record(record_id)
            name = self.picker.text()
            self.picker.clear()
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.list.addItem(item)

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.list.hasFocus():
            for item in self.list.selectedItems():
                self.list.takeItem(self.list.row(item))
            return
        super().keyPressEvent(event)
