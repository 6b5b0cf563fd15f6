"""The main window: a sidebar of views, menus, toolbar, global search, drag-and-drop import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from partnertracker import __version__
from partnertracker.gui import i18n, operations
from partnertracker.gui.context import AppContext
from partnertracker.gui.icons import app_icon
from partnertracker.gui.importing import Importer
from partnertracker.gui.search import GlobalSearch

# Which view shows each kind of record, so that opening one from search or the dashboard
# brings its view forward before the view is told which record.
VIEW_OF_KIND = {
    "dispatch": "inbox",
    "organisation": "partners",
    "person": "partners",
    "visit": "visits",
    "invitation": "invitations",
    "agreement": "agreements",
    "follow_up": "follow_ups",
}


class MainWindow(QMainWindow):
    """Views register with add_view(); a record is opened anywhere by emitting open_record(kind, id)."""

    open_record = Signal(str, int)
    view_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The file name tells two windows on two databases apart.
        self.setWindowTitle(self.tr("{file} — partnertracker").format(file=Path(ctx.db_path).name))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._keys: list[str] = []
        self._views: dict[str, QWidget] = {}
        self._view_actions: dict[str, QAction] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.last_import: operations.BackgroundOperation | None = None
        # File ▸ Import…, Import folder…, Paste and drops: dialogs, background run and summary.
        self.importer = Importer(self, ctx)
        self.importer.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 7px 10px; }")
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 920])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.search = GlobalSearch(ctx.store, self)
        self.search.open_record.connect(self.show_record)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._add_placeholder_views()

        self.resize(1180, 760)
        ctx.settings.restore_geometry("main_window", self)
        state = ctx.settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        ctx.settings.remember_splitter("main_window", self.splitter)
        self._install_views()
        self.show_view(str(ctx.settings.value("main_window/view", "dashboard")))

    # -- views ------------------------------------------------------------------------------

    def add_view(
        self,
        key: str,
        title: str,
        widget: QWidget | Callable[[], QWidget],
        icon: QIcon | None = None,
        shortcut: QKeySequence | str | None = None,
    ) -> None:
        """Put a view in the sidebar (or replace the one with that key, keeping its place).

        `widget` may be a function that builds the view: it is then called when the view is first
        shown (or asked for with view()), so that a view with costly queries does not slow the start.
        """
        factory: Callable[[], QWidget] | None = None
        if not isinstance(widget, QWidget):
            factory = widget
            widget = QWidget()  # stands in until the view is first shown
        self._factories.pop(key, None)
        if factory is not None:
            self._factories[key] = factory
        if key in self._views:
            index = self._keys.index(key)
            self._replace_widget(index, widget)
            item = self.sidebar.item(index)
            item.setText(title)
            action = self._view_actions[key]
            action.setText(title)
        else:
            self._keys.append(key)
            self.stack.addWidget(widget)
            item = QListWidgetItem(title)
            self.sidebar.addItem(item)
            action = QAction(title, self)
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            self._view_actions[key] = action
            self.view_menu.insertAction(self._view_menu_end, action)
            if shortcut is None and len(self._keys) <= 9:
                shortcut = QKeySequence(f"Ctrl+{len(self._keys)}")
        if icon is not None:
            item.setIcon(icon)
            action.setIcon(icon)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            item.setToolTip(f"{title} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self._views[key] = widget
        if factory is not None and self.current_view_key() == key:
            self._built(key)  # a stand-in must not stay on screen

    def _replace_widget(self, index: int, widget: QWidget) -> None:
        old = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.setCurrentIndex(current)

    def _built(self, key: str) -> QWidget | None:
        """The view with this key, built now if it was registered as a function."""
        factory = self._factories.pop(key, None)
        if factory is not None:
            widget = factory()
            self._replace_widget(self._keys.index(key), widget)
            self._views[key] = widget
        return self._views.get(key)

    def set_view_title(self, key: str, title: str) -> None:
        """Change a view's label in the sidebar and the View menu ("Inbox (3)")."""
        if key in self._keys:
            self.sidebar.item(self._keys.index(key)).setText(title)
            self._view_actions[key].setText(title)

    def view(self, key: str) -> QWidget | None:
        return self._built(key)

    def view_keys(self) -> list[str]:
        return list(self._keys)

    def current_view_key(self) -> str:
        index = self.stack.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else ""

    def show_view(self, key: str) -> None:
        if key not in self._keys:
            key = self._keys[0]
        self.sidebar.setCurrentRow(self._keys.index(key))

    def show_record(self, kind: str, record_id: int) -> None:
        """Bring forward the view of this kind of record, then tell the views to open it."""
        view = VIEW_OF_KIND.get(kind)
        if view in self._keys:
            self.show_view(view)
        self.open_record.emit(kind, record_id)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self._built(self._keys[row])
            self.stack.setCurrentIndex(row)
            self.ctx.settings.set_value("main_window/view", self._keys[row])
            self.view_changed.emit(self._keys[row])

    def _add_placeholder_views(self) -> None:
        from partnertracker.gui.dashboard import Dashboard

        dashboard = Dashboard(self.ctx)
        dashboard.record_activated.connect(self.show_record)
        dashboard.view_requested.connect(self.show_view)
        self.add_view("dashboard", self.tr("Dashboard"), dashboard)
        titles = {
            "inbox": self.tr("Inbox"),
            "partners": self.tr("Partners"),
            "visits": self.tr("Visits"),
            "invitations": self.tr("Invitations"),
            "agreements": self.tr("Agreements"),
            "follow_ups": self.tr("Follow-ups"),
            "reports": self.tr("Reports"),
        }
        for key, title in titles.items():
            self.add_view(key, title, self._placeholder(title))

    def _placeholder(self, title: str) -> QWidget:
        label = QLabel(self.tr("{view} will appear here.").format(view=title))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    def _install_views(self) -> None:
        # The record views live in gui/views/ (another owner); they plug in through register_views.
        from partnertracker.gui import views

        register = getattr(views, "register_views", None)
        if register is not None:
            register(self)

    # -- actions, menus, toolbar ------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            self.tr("&Import…"), self.choose_files_to_import, "Ctrl+I",
            self.tr("Import dispatch files (text, HTML, e-mail)"),
        )
        self.import_folder_action = self._action(
            self.tr("Import &folder…"), self.choose_folder_to_import, None,
            self.tr("Import every dispatch in a folder"),
        )
        self.paste_action = self._action(
            self.tr("&Paste dispatch…"), self.paste_dispatch, "Ctrl+Shift+V",
            self.tr("Import the dispatch text on the clipboard"),
        )
        self.backup_action = self._action(
            self.tr("&Backup…"), self.backup, None, self.tr("Save a copy of the database"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = self._action(
            self.tr("&Find…"), self.focus_search, [QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")],
            self.tr("Search partners, people, visits, invitations, agreements and dispatches"),
        )
        self.about_action = self._action(self.tr("&About partnertracker"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.import_action, self.import_folder_action, self.paste_action])
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self._view_menu_end = self.view_menu.addSeparator()
        self.sidebar_action = QAction(self.tr("Show &sidebar"), self, checkable=True, checked=True)
        self.sidebar_action.toggled.connect(self.sidebar.setVisible)
        self.view_menu.addAction(self.sidebar_action)
        self._build_language_menu(self.view_menu.addMenu(self.tr("&Language")))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_language_menu(self, menu: QMenu) -> None:
        """View ▸ Language: the system's, English or French, saved for the next start."""
        group = QActionGroup(self)
        saved = i18n.saved_language(self.ctx.settings.qsettings)
        choices = [(None, self.tr("&System language"))] + list(i18n.LANGUAGES.items())
        self.language_actions: dict[str | None, QAction] = {}
        for code, label in choices:
            action = QAction(label, self, checkable=True, checked=code == saved)
            action.setStatusTip(self.tr("Takes effect the next time partnertracker starts"))
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str | None) -> None:
        i18n.save_language(code, self.ctx.settings.qsettings)
        self.language_actions[code].setChecked(True)
        self.statusBar().showMessage(
            self.tr("The interface language will change the next time partnertracker starts."), 10_000
        )

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.paste_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.view_menu.addAction(toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(str(self.ctx.db_path))
        self.database_label.setToolTip(self.tr("The database this window works on"))
        self.statusBar().addPermanentWidget(self.database_label)

    # -- commands ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def choose_files_to_import(self) -> None:
        self.importer.choose_files()
        self.last_import = self.importer.operation

    def choose_folder_to_import(self) -> None:
        self.importer.choose_folder()
        self.last_import = self.importer.operation

    def import_paths(self, paths: list[str]) -> operations.BackgroundOperation | None:
        """Import files and folders off the GUI thread, with a progress dialog that can cancel."""
        self.last_import = self.importer.import_paths(paths)
        return self.last_import

    def paste_dispatch(self) -> None:
        dispatch_id = self.importer.paste(QGuiApplication.clipboard().text())
        if dispatch_id is not None:
            self.show_record("dispatch", dispatch_id)

    def import_pasted_text(self, text: str) -> int | None:
        dispatch_id = self.importer.import_text(text)
        if dispatch_id is not None:
            self.show_record("dispatch", dispatch_id)
        return dispatch_id

    def backup(self) -> operations.BackgroundOperation | None:
        """Save a consistent copy of the database, off the GUI thread (a large file takes seconds)."""
        suggested = str(Path.home() / f"partnertracker-backup-{_today()}.sqlite")
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a backup of the database"), suggested, self.tr("Databases (*.sqlite)")
        )
        if not target:
            return None
        self.statusBar().showMessage(self.tr("Saving a backup…"))
        return operations.run_in_background(
            self,
            operations.with_own_store(self.ctx.db_path, lambda store, _progress: store.backup(target)),
            on_success=lambda written: self.statusBar().showMessage(
                self.tr("Backup saved to {path}").format(path=written), 10_000),
            cancellable=False,
            title=self.tr("Saving a backup of the database"),
        )

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About partnertracker"),
            self.tr("<b>partnertracker</b> {version}<br><br>Partner organisations, visits, invitations, "
                    "agreements and follow-ups, read from dispatches.<br><br>Database: {path}").format(
                version=__version__, path=self.ctx.db_path),
        )

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001 - QDragMoveEvent
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.save_geometry("main_window", self)
        self.ctx.settings.set_value("main_window/state", self.saveState())
        self.search.popup.hide()
        operations.stop_all()
        super().closeEvent(event)


def _local_paths(mime) -> list[str]:  # noqa: ANN001 - QMimeData
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def _today() -> str:
    return dt.date.today().isoformat()

