"""Start the desktop application: QApplication, error hook, the database, first run, main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from partnertracker import APP_ID, APP_NAME, __version__
from partnertracker.errors import UserError
from partnertracker.gui import operations
from partnertracker.gui.context import AppContext
from partnertracker.gui.errors import install_exception_hook
from partnertracker.gui.i18n import chosen_language, use_language
from partnertracker.gui.icons import app_icon
from partnertracker.paths import database_path
from partnertracker.store import open_store


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def open_context(db_path: Path) -> AppContext:
    """Open the database for the GUI thread; a UserError (newer file, not a database) goes up as is."""
    return AppContext(db_path=db_path, store=open_store(db_path))


def start(app: QApplication, db: str | None = None, files: Sequence[str] = ()):
    """Everything before the event loop: returns the shown main window, or an exit code.

    `files` (what a desktop entry passes for "Open with" or a drop on the icon) are imported
    into the Inbox once the window is shown, as if dropped on it.
    """
    from partnertracker.gui.main_window import MainWindow

    db_path = database_path(db)
    try:
        ctx = open_context(db_path)
    except UserError as error:
        QMessageBox.critical(
            None, app.translate("app", "partnertracker cannot open its database"),
            app.translate("app", "{message}\n\nDatabase: {path}").format(
                message=str(error)[:1].upper() + str(error)[1:], path=db_path),
        )
        return 1
    if ctx.needs_first_run():
        # Imported here: asked once per database, not paid for on every start.
        from partnertracker.gui.first_run import FirstRunDialog

        # Closing the dialog must not count as closing the last window: in Qt 6 that quit would be
        # queued and end app.exec() at once, before the main window is seen.
        app.setQuitOnLastWindowClosed(False)
        dialog = FirstRunDialog(ctx.store)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        app.setQuitOnLastWindowClosed(True)
        if not accepted:
            ctx.store.close()
            return 0
    window = MainWindow(ctx)
    window.show()
    app.aboutToQuit.connect(lambda: _shut_down(ctx))
    if files:
        window.import_paths([str(Path(f).resolve()) for f in files])
    return window


def _shut_down(ctx: AppContext) -> None:
    operations.stop_all()
    # Emptied while the database and the context's signals still exist: a stack destroyed later
    # would announce its last change to views whose database is closed.
    ctx.undo_stack.clear()
    ctx.store.close()


def run_app(db: str | None = None, files: Sequence[str] = ()) -> int:
    app = make_application()
    # Before any widget exists: texts are translated when widgets are built, not re-read later.
    use_language(app, chosen_language())
    install_exception_hook()
    started = start(app, db, files)
    if isinstance(started, int):
        return started
    return app.exec()
