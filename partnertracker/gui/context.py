"""What every view is given: the database, the undo stack, remembered settings, the home organisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from partnertracker import APP_NAME
from partnertracker.services.setup import HOME_ORGANISATION_ID, OFFICER_NAME
from partnertracker.store import Store

# The settings the first run writes (services/setup.py owns their names).
HOME_ORGANISATION_KEY = HOME_ORGANISATION_ID
OFFICER_NAME_KEY = OFFICER_NAME


class ContextEvents(QObject):
    """Signals shared by every view, so that one view's change refreshes the others."""

    # The kind of record that changed ("visit", "dispatch", ...), or "" when anything may have.
    records_changed = Signal(str)

    @Slot()
    def anything_changed(self) -> None:
        self.records_changed.emit("")


class ViewSettings:
    """QSettings with the habits of this app: window geometry, splitters and column widths remembered.

    Each remembered thing is restored at once and saved as the user changes it, so that a crash
    does not forget the layout the officer arranged.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings(APP_NAME, APP_NAME)

    def value(self, key: str, default: Any = None) -> Any:
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def remember_splitter(self, key: str, splitter: QSplitter) -> None:
        state = self._bytes(f"splitters/{key}")
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda *_: self.qsettings.setValue(f"splitters/{key}", splitter.saveState())
        )

    def remember_header(self, key: str, header: QHeaderView) -> None:
        """Column widths, order and sort indicator of a table view's header."""
        state = self._bytes(f"headers/{key}")
        if state is not None:
            header.restoreState(state)

        def save(*_: object) -> None:
            self.qsettings.setValue(f"headers/{key}", header.saveState())

        header.sectionResized.connect(save)
        header.sectionMoved.connect(save)
        header.sortIndicatorChanged.connect(save)

    def restore_geometry(self, key: str, widget: QWidget) -> bool:
        geometry = self._bytes(f"geometry/{key}")
        return geometry is not None and widget.restoreGeometry(geometry)

    def save_geometry(self, key: str, widget: QWidget) -> None:
        self.qsettings.setValue(f"geometry/{key}", widget.saveGeometry())


@dataclass
class AppContext:
    """Passed to every view: the main-thread Store, the undo stack, settings and who is working.

    Background work never uses `store` (a Store belongs to one thread): it opens its own on `db_path`.
    """

    db_path: Path
    store: Store
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    settings: ViewSettings = field(default_factory=ViewSettings)
    events: ContextEvents = field(default_factory=ContextEvents)

    def __post_init__(self) -> None:
        # After an undo or a redo, any view may show stale rows.
        # A bound slot (not a lambda) so that the connection dies with `events` at teardown.
        self.undo_stack.indexChanged.connect(self.events.anything_changed)

    @property
    def home_organisation_id(self) -> int | None:
        value = self.store.settings_get(HOME_ORGANISATION_KEY)
        if value is None:
            home = self.store.home_organisation()
            return None if home is None else home.id
        return int(value)

    @property
    def officer_name(self) -> str:
        return str(self.store.settings_get(OFFICER_NAME_KEY) or "")

    def needs_first_run(self) -> bool:
        """True until a home organisation has been chosen for this database."""
        return self.home_organisation_id is None

    def records_changed(self, kind: str = "") -> None:
        self.events.records_changed.emit(kind)
