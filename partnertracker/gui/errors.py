"""What the officer sees when something fails: a plain warning for a UserError, else a short dialog and a log file."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from partnertracker import __version__
from partnertracker.errors import UserError
from partnertracker.paths import data_dir

log = logging.getLogger(__name__)


def error_log_path() -> Path:
    return data_dir() / "errors.log"


def write_error_log(
    exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
) -> Path | None:
    """Append the traceback, with the time and version, to errors.log; None if it cannot be written."""
    path = error_log_path()
    lines = "".join(traceback.format_exception(exc_type, error, tb))
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(f"--- {stamp} partnertracker {__version__}\n{lines}\n")
    except OSError:
        log.exception("cannot write %s", path)
        return None
    return path


def show_user_error(error: UserError, parent: QWidget | None = None) -> None:
    """A mistake the officer can fix: its message says what to do, no traceback."""
    message = str(error)
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "partnertracker"),
                        message[:1].upper() + message[1:])


def show_unexpected_error(
    exc_type: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> Path | None:
    """A bug: log it in full to errors.log and tell the officer, in one short dialog, where it went."""
    path = write_error_log(exc_type, error, tb)
    if path is not None:
        text = QCoreApplication.translate(
            "errors", "Something went wrong, and this action may not have finished.\n\n"
                      "The details were saved to {path}; please send that file to whoever supports "
                      "partnertracker.").format(path=path)
    else:
        text = QCoreApplication.translate(
            "errors", "Something went wrong, and this action may not have finished.\n\n{error}"
        ).format(error=f"{exc_type.__name__}: {error}")
    QMessageBox.critical(parent, QCoreApplication.translate("errors", "partnertracker"), text)
    return path


def show_exception(error: BaseException, parent: QWidget | None = None) -> None:
    """Show an exception caught in the GUI (or handed back by a background operation)."""
    if isinstance(error, UserError):
        show_user_error(error, parent)
    else:
        show_unexpected_error(type(error), error, error.__traceback__, parent)


_in_hook = False


def exception_hook(
    exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook for the desktop app: nothing reaches the officer as a traceback."""
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, error, tb)
        return
    if _in_hook or QApplication.instance() is None:
        # A failure while reporting a failure, or no GUI yet: the log and stderr are all there is.
        write_error_log(exc_type, error, tb)
        sys.__excepthook__(exc_type, error, tb)
        return
    _in_hook = True
    try:
        parent = QApplication.activeWindow()
        if isinstance(error, UserError):
            show_user_error(error, parent)
        else:
            show_unexpected_error(exc_type, error, tb, parent)
    finally:
        _in_hook = False


def install_exception_hook() -> None:
    sys.excepthook = exception_hook
