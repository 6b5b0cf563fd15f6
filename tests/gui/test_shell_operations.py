"""Background work: progress reaches the GUI, Cancel stops between steps and keeps what was done."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from partnertracker.domain import Organisation
from partnertracker.errors import UserError
from partnertracker.gui.operations import ProgressReporter, run_in_background, with_own_store


def _add_partners(count: int, started: threading.Event | None = None, gate: threading.Event | None = None):
    """An operation adding one partner per step, each in its own transaction, on its own Store."""

    def work(store, progress: ProgressReporter) -> list[int]:
        done: list[int] = []
        for step in range(count):
            if progress.cancelled:
                break
            with store.transaction():
                done.append(store.add_organisation(Organisation(name=f"Partner {step}")).id)
            progress.update(step + 1, count, f"Partner {step}")
            if step == 2 and started is not None and gate is not None:
                started.set()
                gate.wait(10)  # hold here until the test has pressed Cancel
        return done

    return work


def test_progress_is_reported_and_the_result_reaches_on_success(qtbot, ctx):
    seen: list[tuple[int, int, str]] = []
    results: list[list[int]] = []
    handle = run_in_background(
        None, with_own_store(ctx.db_path, _add_partners(5)), on_success=results.append, progress=True
    )
    handle.progress.progressed.connect(lambda d, t, label: seen.append((d, t, label)))
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert len(results[0]) == 5
    assert seen[-1][:2] == (5, 5)
    assert ctx.store.list_organisations().total == 5  # the GUI thread's Store sees the worker's rows
    assert not handle.is_running()


def test_cancel_stops_between_steps_and_keeps_what_was_done(qtbot, ctx):
    started, gate = threading.Event(), threading.Event()
    results: list[list[int]] = []
    handle = run_in_background(
        None, with_own_store(ctx.db_path, _add_partners(50, started, gate)), on_success=results.append
    )
    assert started.wait(10)
    qtbot.mouseClick(handle.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    gate.set()
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert results == [results[0]] and len(results[0]) == 3
    names = [row["name"] for row in ctx.store.list_organisations().rows]
    assert names == ["Partner 0", "Partner 1", "Partner 2"]


def test_a_user_error_in_the_operation_goes_to_on_failure(qtbot, ctx):
    failures: list[Exception] = []

    def fail(progress: ProgressReporter) -> None:
        raise UserError("the folder is empty: choose one with dispatches")

    handle = run_in_background(None, fail, on_failure=failures.append, progress=False)
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert [str(f) for f in failures] == ["the folder is empty: choose one with dispatches"]


def test_without_on_failure_the_officer_is_told_what_to_do(qtbot, ctx, message_boxes):
    def fail(progress: ProgressReporter) -> None:
        raise UserError("the folder is empty: choose one with dispatches")

    handle = run_in_background(None, fail, progress=False)
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert message_boxes.texts("warning") == ["The folder is empty: choose one with dispatches"]


def test_closing_the_window_stops_a_running_operation_and_keeps_its_work(qtbot, home_ctx):
    import time

    from partnertracker.gui import operations
    from partnertracker.gui.main_window import MainWindow

    window = MainWindow(home_ctx)
    qtbot.addWidget(window)
    window.show()
    added: list[int] = []

    def slow(store, progress: ProgressReporter) -> int:
        while not progress.cancelled:
            with store.transaction():
                added.append(store.add_organisation(Organisation(name=f"Partner {len(added)}")).id)
            time.sleep(0.01)
        return len(added)

    handle = run_in_background(window, with_own_store(home_ctx.db_path, slow))
    qtbot.waitUntil(lambda: len(added) >= 2, timeout=5000)
    window.close()
    assert not handle.thread.isRunning()
    assert operations.running_operations() == []
    # The home organisation plus every partner the operation added before it was stopped.
    assert home_ctx.store.list_organisations(limit=0).total == 1 + len(added)


def _closed_before_the_work_ends(qtbot, **callbacks):
    """Start work for a widget, delete the widget while the work runs, then let the work end."""
    from PySide6.QtWidgets import QComboBox, QWidget

    owner = QWidget()
    combo = QComboBox(owner)
    combo.addItem("activity", "activity")
    gate = threading.Event()
    outcome = callbacks.pop("outcome")

    def work(progress: ProgressReporter) -> str:
        gate.wait(10)
        if outcome == "fail":
            raise UserError("the report could not be built")
        return "built"

    handle = run_in_background(owner, work, progress=False, **{
        name: (lambda value, f=f: f(combo.currentData(), value)) for name, f in callbacks.items()})
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5_000)
    gate.set()
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    return handle


def test_a_widget_closed_while_its_work_ran_gets_no_callback_and_no_error(qtbot, ctx, message_boxes):
    """A report built for a view closed meanwhile used to raise "Internal C++ object already
    deleted" from the callback, shown to the officer as an unexpected error."""
    seen: list[object] = []
    handle = _closed_before_the_work_ends(qtbot, outcome="succeed", on_success=lambda kind, value: seen.append(value))
    assert seen == [] and not handle.is_running()
    _closed_before_the_work_ends(qtbot, outcome="fail", on_failure=lambda kind, error: seen.append(error))
    _closed_before_the_work_ends(qtbot, outcome="fail")  # no on_failure: no message box for a closed window
    assert seen == [] and message_boxes.texts() == []
