"""Importing dispatches from the GUI: file and folder dialogs, the paste dialog, drops; folders off the GUI thread.

The work itself is the import service's (services/importing.py); this module adds the dialogs, the
background run with a cancellable progress dialog (gui/operations.py) and the summary.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnertracker.errors import UserError
from partnertracker.gui.context import AppContext
from partnertracker.gui.errors import show_exception
from partnertracker.gui.operations import (
    BackgroundOperation,
    ProgressReporter,
    run_in_background,
    with_own_store,
)
from partnertracker.store import Store


def _service():
    """The import service, imported on first use: it brings the extraction pipeline, which the
    window does not need in order to open (benchmarks/gui_startup.py)."""
    from partnertracker.services import importing

    return importing


# At most this many skipped files are named in the summary; the rest are counted.
SUMMARY_SKIPPED_LINES = 12


@dataclass
class ImportResult:
    """What an import did and the dispatches it stored (Importer.summary() says it in the officer's language)."""

    imported_ids: list[int] = field(default_factory=list)
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    cancelled: bool = False


def import_paths(
    store: Store, paths: Iterable[str | os.PathLike[str]], progress: ProgressReporter | None = None
) -> ImportResult:
    """Import files and folders into `store`, one transaction per dispatch; Cancel keeps what was done."""
    on_progress: Callable[[int, int, str], None] | None = None
    is_cancelled: Callable[[], bool] | None = None
    if progress is not None:
        on_progress = progress.update
        is_cancelled = lambda: progress.cancelled  # noqa: E731
    report = _service().import_paths(store, paths, progress=on_progress, is_cancelled=is_cancelled)
    return ImportResult(
        imported_ids=[int(o.dispatch.id) for o in report.imported if o.dispatch.id is not None],
        duplicates=len(report.duplicates),
        skipped=[(s.path, s.reason) for s in report.skipped],
        cancelled=report.cancelled,
    )


def import_paths_operation(
    db_path: str | os.PathLike[str], paths: list[str]
) -> Callable[[ProgressReporter], ImportResult]:
    """The background operation for run_in_background: imports on a Store of its own."""
    return with_own_store(db_path, lambda store, progress: import_paths(store, paths, progress))


def import_text(store: Store, text: str, source: str | None = None) -> tuple[int, bool]:
    """Store one pasted dispatch; returns (dispatch id, whether it was already there)."""
    if not text.strip():
        raise UserError(QCoreApplication.translate(
            "PasteDialog", "the pasted text is empty: copy the text of a dispatch, then paste it again"))
    outcome = _service().import_text(store, text, source=source)
    return int(outcome.dispatch.id or 0), outcome.duplicate


class PasteDialog(QDialog):
    """A text box for a dispatch copied from a web page or an e-mail."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste a dispatch"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the text of the dispatch, dateline included:"), self))
        self.text_box = QPlainTextEdit(self)
        self.text_box.setObjectName("paste-text")
        self.text_box.setTabChangesFocus(True)
        self.text_box.setPlaceholderText(self.tr("Paste the text of the dispatch here."))
        self.text_box.setPlainText(text)
        layout.addWidget(self.text_box, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text_box.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.text_box.toPlainText().strip()))

    def text(self) -> str:
        return self.text_box.toPlainText()


class Importer(QObject):
    """The File ▸ Import…, Import folder…, Paste and drop actions of one window.

    `imported()` is emitted after every import that may have added dispatches (and the context's
    records_changed("dispatch"), so the Inbox refreshes); `status_message(text)` carries a one-line
    summary for the status bar.
    """

    imported = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        self.window = parent
        self.ctx = ctx
        self.store = ctx.store
        self.db_path = Path(ctx.db_path)
        # Every view showing dispatches (the Inbox, the dashboard's count) refreshes on it.
        self.imported.connect(lambda: ctx.records_changed("dispatch"))
        self.operation: BackgroundOperation | None = None
        self.last_result: ImportResult | None = None

    # -- the actions -----------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ctrl+I: pick dispatch files (text, HTML, e-mail)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import dispatches"),
            "",
            self.tr("Dispatches (*.txt *.html *.htm *.eml *.md);;All files (*)"),
        )
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        """Import every dispatch in a folder and its sub-folders."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder of dispatches"))
        if folder:
            self.import_paths([folder])

    def paste(self, initial_text: str = "") -> int | None:
        """Ctrl+Shift+V: a text box (holding the clipboard's text); OK imports the text.

        Returns the id of the dispatch imported (or found already there), None if nothing was.
        """
        dialog = PasteDialog(self.window, initial_text)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return self.import_text(dialog.text())
            return None
        finally:
            dialog.deleteLater()

    def import_text(self, text: str, source: str | None = None) -> int | None:
        """Import one text on the GUI thread (one dispatch is quick); the dispatch's id, or None."""
        try:
            dispatch_id, duplicate = import_text(self.store, text, source=source)
        except UserError as error:
            self._warn(str(error))
            return None
        self.status_message.emit(
            self.tr("This dispatch was already imported; nothing new was added.")
            if duplicate
            else self.tr("Dispatch imported; it is waiting in the Inbox.")
        )
        self.imported.emit()
        return dispatch_id

    def drop(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Files or folders dropped on the window."""
        paths = [p for p in paths if str(p)]
        if paths:
            self.import_paths(paths)

    # -- background import -----------------------------------------------------------------

    def is_running(self) -> bool:
        return self.operation is not None and self.operation.is_running()

    def import_paths(self, paths: Iterable[str | os.PathLike[str]]) -> BackgroundOperation | None:
        """Import files and folders off the GUI thread behind a progress dialog with Cancel."""
        if self.is_running():
            self._warn(self.tr("An import is already running; wait for it to end or cancel it."))
            return None
        self.status_message.emit(self.tr("Importing…"))
        self.operation = run_in_background(
            self.window,
            import_paths_operation(self.db_path, [str(p) for p in paths]),
            self._succeeded,
            self._failed,
            title=self.tr("Importing dispatches…"),
        )
        return self.operation

    def cancel(self) -> None:
        """What the progress dialog's Cancel does: stop after the current file."""
        if self.operation is not None:
            self.operation.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker thread ends (closing the window, tests)."""
        return self.operation is None or self.operation.wait(timeout_ms)

    def _succeeded(self, result: ImportResult) -> None:
        self.last_result = result
        self.imported.emit()
        text = self.summary(result)
        self.status_message.emit(text.splitlines()[0])
        if result.skipped:  # files left out deserve more than a notice
            QMessageBox.warning(self.window, self.tr("Some files were not imported"), text)
        else:
            QMessageBox.information(self.window, self.tr("Import finished"), text)

    def _failed(self, error: Exception) -> None:
        self.imported.emit()  # dispatches imported before the failure stay imported
        self.status_message.emit(self.tr("The import stopped before the end."))
        show_exception(error, self.window)

    def summary(self, result: ImportResult) -> str:
        lines = [
            # Each count its own numerus string, so that each agrees with its own number.
            self.tr("{imported}, {duplicates}, {skipped}.").format(
                imported=self.tr("%n dispatch(es) imported", "", len(result.imported_ids)),
                duplicates=self.tr("%n already there", "", result.duplicates),
                skipped=self.tr("%n skipped", "", len(result.skipped)),
            )
        ]
        if result.cancelled:
            lines.append(self.tr("Cancelled: the dispatches imported before stay imported."))
        if result.skipped:
            lines += ["", self.tr("Skipped:")]
            for path, reason in result.skipped[:SUMMARY_SKIPPED_LINES]:
                lines.append(f"  {Path(path).name}: {reason}")
            if len(result.skipped) > SUMMARY_SKIPPED_LINES:
                more = len(result.skipped) - SUMMARY_SKIPPED_LINES
                lines.append(self.tr("  … and {n} more").format(n=more))
        return "\n".join(lines)

    def _warn(self, message: str) -> None:
        self.status_message.emit(message)
        QMessageBox.warning(self.window, self.tr("Import"), message[:1].upper() + message[1:])
