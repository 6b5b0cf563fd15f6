"""The exception hook: a bug is logged to errors.log and reported in a short dialog; a UserError is a plain warning."""

from __future__ import annotations

import sys

from partnertracker.errors import UserError
from partnertracker.gui.errors import error_log_path, exception_hook
from partnertracker.paths import data_dir


def _raise(error: BaseException):
    try:
        raise error
    except BaseException:
        return sys.exc_info()


def test_a_bug_is_logged_in_the_data_folder_and_the_dialog_says_where(qapp, message_boxes):
    exception_hook(*_raise(ZeroDivisionError("the partner count was zero")))
    log_file = data_dir() / "errors.log"
    assert error_log_path() == log_file
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError: the partner count was zero" in logged
    [text] = message_boxes.texts("critical")
    assert "Something went wrong" in text and str(log_file) in text
    assert "Traceback" not in text


def test_a_second_bug_is_appended_not_written_over(qapp, message_boxes):
    exception_hook(*_raise(KeyError("first")))
    exception_hook(*_raise(ValueError("second")))
    logged = error_log_path().read_text(encoding="utf-8")
    assert "KeyError: 'first'" in logged and "ValueError: second" in logged


def test_a_user_error_is_a_warning_that_says_what_to_do_and_is_not_logged(qapp, message_boxes):
    exception_hook(*_raise(UserError("the file is not a dispatch: choose a .txt, .html or .eml file")))
    assert message_boxes.texts("warning") == ["The file is not a dispatch: choose a .txt, .html or .eml file"]
    assert message_boxes.texts("critical") == []
    assert not error_log_path().exists()


def test_an_exception_in_a_slot_reaches_the_hook(qtbot, message_boxes, monkeypatch):
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(sys, "excepthook", exception_hook)  # what install_exception_hook() does

    def failing_slot() -> None:
        raise RuntimeError("the timeline could not be drawn")

    QTimer.singleShot(0, failing_slot)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("critical")), timeout=2000)
    assert "RuntimeError: the timeline could not be drawn" in error_log_path().read_text(encoding="utf-8")
