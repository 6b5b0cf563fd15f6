"""One small API for background work: the operation, what to do on success, on failure, progress and cancel.

    run_in_background(
        window,
        lambda progress: import_folder(ctx.db_path, folder, progress),
        on_success=lambda result: window.statusBar().showMessage(importer.summary(result)),
    )

The operation runs on its own thread and must not touch a widget or the main-thread Store: it
opens its own Store (see `with_own_store`). It reports by calling `progress.update(done, total,
label)`, which reaches the progress dialog by a queued signal, and looks at `progress.cancelled`
between steps: what was done before Cancel stays done, and the operation returns it as its result.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from partnertracker.store import Store, open_store

T = TypeVar("T")
log = logging.getLogger(__name__)


class ProgressReporter(QObject):
    """Handed to the operation: report progress (thread-safe) and ask whether Cancel was pressed."""

    progressed = Signal(int, int, str)  # done, total, what is being done

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def update(self, done: int, total: int, label: str = "") -> None:
        self.progressed.emit(int(done), int(total), str(label))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _OperationThread(QThread):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, operation: Callable[[ProgressReporter], Any], reporter: ProgressReporter) -> None:
        super().__init__()
        self._operation = operation
        self.reporter = reporter

    def run(self) -> None:
        try:
            result = self._operation(self.reporter)
        except Exception as error:  # handed to on_failure, on the GUI thread
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class BackgroundOperation(QObject):
    """A running operation: cancel() it, wait() for it; `finished` fires after its callback ran."""

    finished = Signal()

    def __init__(self, thread: _OperationThread, dialog: QProgressDialog | None) -> None:
        super().__init__()
        self.thread = thread
        self.dialog = dialog
        self.done = False

    @property
    def progress(self) -> ProgressReporter:
        return self.thread.reporter

    def cancel(self) -> None:
        self.thread.reporter.cancel()

    def is_running(self) -> bool:
        return not self.done

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread ends (its callback still runs later, from the event loop)."""
        return self.thread.wait(timeout_ms)


# Operations still running: kept alive here (a QThread garbage-collected while running aborts),
# and waited for on quit and in test teardown.
_running: list[BackgroundOperation] = []


def running_operations() -> list[BackgroundOperation]:
    return list(_running)


def stop_all(timeout_ms: int = 10_000) -> None:
    """Cancel every running operation and wait for its thread (on quit, in test teardown)."""
    for operation in list(_running):
        operation.cancel()
    for operation in list(_running):
        operation.wait(timeout_ms)
    QCoreApplication.processEvents()


def run_in_background(
    parent: QWidget | None,
    operation: Callable[[ProgressReporter], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
    *,
    progress: bool = True,
    cancellable: bool = True,
    title: str | None = None,
) -> BackgroundOperation:
    """Run `operation(progress)` on a worker thread; call `on_success(result)` or `on_failure(error)`
    on the GUI thread. Without `on_failure`, the error is shown to the officer (a UserError as a
    plain warning, anything else logged to errors.log with a short dialog)."""
    reporter = ProgressReporter()
    thread = _OperationThread(operation, reporter)
    dialog = None
    if progress:
        dialog = QProgressDialog(title or QCoreApplication.translate("operations", "Working…"),
                                 QCoreApplication.translate("operations", "Cancel") if cancellable else "",
                                 0, 0, parent)
        dialog.setWindowTitle(title or QCoreApplication.translate("operations", "Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick operations finish without a flash of a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(reporter.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(
            QCoreApplication.translate("operations", "Stopping after the current step…")))

        def show_progress(done: int, total: int, label: str) -> None:
            if reporter.cancelled:
                return
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if label:
                dialog.setLabelText(label)

        reporter.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)

    handle = BackgroundOperation(thread, dialog)

    def finish() -> None:
        handle.done = True
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        if handle in _running:
            _running.remove(handle)

    def owner_gone() -> bool:
        # The widget that asked was closed and deleted while the work ran (a view closed during a
        # report's build): its callbacks would touch deleted widgets, and the result has no one to
        # show it to.
        return parent is not None and not shiboken6.isValid(parent)

    def succeeded(result: Any) -> None:
        thread.wait()
        finish()
        try:
            if on_success is not None and not owner_gone():
                on_success(result)
        finally:
            handle.finished.emit()

    def failed(error: Exception) -> None:
        thread.wait()
        finish()
        try:
            if owner_gone():
                log.warning("Background work ended after its window closed: %s", error)
            elif on_failure is not None:
                on_failure(error)
            else:
                from partnertracker.gui.errors import show_exception

                show_exception(error, parent)
        finally:
            handle.finished.emit()

    thread.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    thread.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    _running.append(handle)
    thread.start()
    return handle


def with_own_store(
    db_path: str | os.PathLike[str], work: Callable[[Store, ProgressReporter], T]
) -> Callable[[ProgressReporter], T]:
    """Wrap `work(store, progress)` so that it runs on a Store of its own, opened and closed on the
    worker thread (a Store belongs to the thread that opened it)."""

    def operation(progress: ProgressReporter) -> T:
        store = open_store(Path(db_path))
        try:
            return work(store, progress)
        finally:
            store.close()

    return operation
