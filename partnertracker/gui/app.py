"""Start the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from partnertracker import APP_ID, APP_NAME


def run_app(db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    window = QMainWindow()
    window.setWindowTitle("partnertracker")
    window.resize(1100, 720)
    window.show()
    return app.exec()
