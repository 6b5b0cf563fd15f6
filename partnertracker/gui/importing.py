"""The import actions: choose files or a folder, paste a text, drop files; folders import off the GUI thread."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from partnertracker.errors import UserError
from partnertracker.services import importing as import_service
from partnertracker.store import open_store

log = logging.getLogger(__name__)

# At most this many skipped files are named in the summary; the rest are counted.
SUMMARY_SKIPPED_LINES = 12


class PasteDialog(QDialog):
    """A text box for a dispatch copied from a web page or an e-mail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a dispatch"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the text of the dispatch, dateline included:"), self))
        self.text_box = QPlainTextEdit(self)
        self.text_box.setObjectName("paste-text")
        self.text_box.setTabChangesFocus(True)
        layout.addWidget(self.text_box, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text_box.textChanged.connect(self._update_ok)
        self._update_ok()

    def tr(self, text: str) -> str:  # type: ignore[override]
        return super().tr(text)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text_box.toPlainText().strip()))

    def text(self) -> str:
        return self.text_box.toPlainText()


class _ImportWorker(QObject):
    """Imports paths with its own Store (a connection belongs to one thread); reports by signal."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, paths: list[Path]) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        self.cancel_requested = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            store = open_store(self.db_path)
            try:
                report = import_service.import_paths(
                    store,
                    self.paths,
                    progress=lambda done, total, name: self.progressed.emit(done, total, str(name)),
                    is_cancelled=self.cancel_requested.is_set,
                )
            finally:
                store.close()
        except UserError as error:
            self.failed.emit(str(error))
        except Exception as error:  # shown as a message; the log keeps the traceback
            log.exception("folder import failed")
            self.failed.emit(str(error) or type(error).__name__)
        else:
            self.succeeded.emit(report)


def _names(value: Any) -> list[str]:
    """ImportReport fields may be counts or lists; the summary wants lines."""
    if isinstance(value, int):
        return []
    return [str(v) for v in value or []]


def _count(value: Any) -> int:
    return value if isinstance(value, int) else len(value or [])


def _skipped_line(entry: Any) -> str:
    if isinstance(entry, (tuple, list)) and len(entry) == 2:
        return f"{Path(str(entry[0])).name}: {entry[1]}"
    path = getattr(entry, "path", None) or getattr(entry, "name", None)
    reason = getattr(entry, "reason", None)
    if path is not None and reason is not None:
        return f"{Path(str(path)).name}: {reason}"
    return str(entry)


class Importer(QObject):
    """The File ▸ Import…, Paste and drop actions of one window.

    `imported()` is emitted after every import that may have added dispatches (the Inbox
    refreshes on it); `status_message(text)` carries a one-line summary for the status bar.
    """

    imported = Signal()
    status_message = Signal(str)
    summary_shown = Signal(str)

    def __init__(self, parent: QWidget, store, db_path: str | os.PathLike[str]) -> None:
        super().__init__(parent)
        self.window = parent
        self.store = store
        self.db_path = Path(db_path)
        self.progress_dialog: QProgressDialog | None = None
        self._thread: QThread | None = None
        self._worker: _ImportWorker | None = None
        self.last_report: Any = None

    def tr(self, text: str) -> str:  # type: ignore[override]
        return super().tr(text)

    # -- the actions -----------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ctrl+I: pick dispatch files (text, HTML, e-mail)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import dispatches"),
            "",
            self.tr("Dispatches (*.txt *.text *.html *.htm *.eml);;All files (*)"),
        )
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        """Import every dispatch in a folder (and its sub-folders)."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder of dispatches"))
        if folder:
            self.import_paths([folder])

    def paste(self) -> None:
        """Ctrl+Shift+V: a text box; OK imports the text."""
        dialog = PasteDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.import_text(dialog.text())

    def import_text(self, text: str, source: str | None = None) -> None:
        if not text.strip():
            self._warn(self.tr("The pasted text is empty; nothing was imported."))
            return
        try:
            result = import_service.import_text(self.store, text, source=source)
        except UserError as error:
            self._warn(str(error))
            return
        duplicate = bool(getattr(result, "duplicate", False))
        message = (
            self.tr("This dispatch was already in the database; nothing new was imported.")
            if duplicate
            else self.tr("Dispatch imported; it is waiting in the Inbox.")
        )
        self.status_message.emit(message)
        self.imported.emit()

    def drop(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Files or folders dropped on the window."""
        paths = [p for p in paths if str(p)]
        if paths:
            self.import_paths(paths)

    # -- background import -----------------------------------------------------------------

    def is_running(self) -> bool:
        return self._thread is not None

    def import_paths(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Import files and folders off the GUI thread behind a progress dialog with Cancel."""
        if self.is_running():
            self._warn(self.tr("An import is already running; wait for it to finish or cancel it."))
            return
        paths = [Path(p) for p in paths]
        dialog = QProgressDialog(self.tr("Reading dispatches…"), self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Importing"))
        dialog.setMinimumDuration(300)  # a single file finishes before the dialog would flash
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog

        thread = QThread(self)
        worker = _ImportWorker(self.db_path, paths)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        dialog.canceled.connect(worker.cancel_requested.set)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        """What the progress dialog's Cancel does: stop after the current file."""
        if self._worker is not None:
            self._worker.cancel_requested.set()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the running import ends (tests, closing the window)."""
        if self._thread is None:
            return True
        return self._thread.wait(timeout_ms)

    def _progressed(self, done: int, total: int, name: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(self.tr("{done} of {total}: {name}").format(done=done, total=total, name=Path(name).name))

    def _finish(self) -> bool:
        cancelled = self._worker.cancel_requested.is_set() if self._worker else False
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        return cancelled

    def _succeeded(self, report: Any) -> None:
        cancelled = self._finish() or bool(getattr(report, "cancelled", False))
        self.last_report = report
        self.imported.emit()
        text = self.summary(report, cancelled)
        self.status_message.emit(text.splitlines()[0])
        self.summary_shown.emit(text)
        QMessageBox.information(self.window, self.tr("Import finished"), text)

    def _failed(self, reason: str) -> None:
        self._finish()
        self.imported.emit()  # files imported before the failure stay imported
        self._warn(self.tr("The import stopped: {reason}").format(reason=reason))

    def summary(self, report: Any, cancelled: bool = False) -> str:
        imported = _count(getattr(report, "imported", 0))
        duplicates = _count(getattr(report, "duplicates", 0))
        skipped = getattr(report, "skipped", []) or []
        head = self.tr("{imported} imported, {duplicates} already there, {skipped} skipped.").format(
            imported=imported, duplicates=duplicates, skipped=_count(skipped)
        )
        lines = [head]
        if cancelled:
            lines.append(self.tr("Cancelled: the dispatches imported before stay imported."))
        if not isinstance(skipped, int) and skipped:
            lines.append("")
            lines.append(self.tr("Skipped:"))
            entries = list(skipped)
            lines += [f"  {_skipped_line(e)}" for e in entries[:SUMMARY_SKIPPED_LINES]]
            if len(entries) > SUMMARY_SKIPPED_LINES:
                lines.append(self.tr("  … and {n} more").format(n=len(entries) - SUMMARY_SKIPPED_LINES))
        return "\n".join(lines)

    def _warn(self, message: str) -> None:
        self.status_message.emit(message)
        QMessageBox.warning(self.window, self.tr("Import"), message)


def attach_drops(widget: QWidget, on_paths: Callable[[list[str]], None]) -> None:
    """Make `widget` accept files and folders dropped from a file manager."""
    from PySide6.QtCore import QEvent

    class _DropFilter(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                if event.mimeData().hasUrls():
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():
                paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
                event.acceptProposedAction()
                if paths:
                    on_paths(paths)
                return True
            return False

    widget.setAcceptDrops(True)
    drop_filter = _DropFilter(widget)
    widget.installEventFilter(drop_filter)
