"""Qt for reports outside the GUI: QTextDocument and QPdfWriter need a QGuiApplication (for fonts)."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Create a QGuiApplication if the process has none (the CLI); headless when there is no display."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "partnertracker"])
