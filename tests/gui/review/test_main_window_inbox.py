"""The Inbox inside the main window: File ▸ Import… and Paste reach it, its label counts the waiting dispatches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from partnertracker.gui.context import AppContext, ViewSettings
from partnertracker.gui.importing import PasteDialog
from partnertracker.gui.main_window import MainWindow
from partnertracker.gui.operations import stop_all
from partnertracker.resources import resource_path

SAMPLE = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")
OTHER = resource_path("samples", "02_en_unesco_nairobi_mou.txt")


@pytest.fixture
def main_window(qtbot, store, db_path, tmp_path):
    settings = ViewSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db_path=db_path, store=store, settings=settings))
    qtbot.addWidget(window)
    window.show()
    yield window
    stop_all()
    window.ctx.undo_stack.clear()  # while the database is open


def sidebar_labels(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_import_menu_fills_the_inbox_and_its_label_counts(qtbot, main_window, messages, monkeypatch):
    window = main_window
    assert "Inbox" in sidebar_labels(window)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(SAMPLE), str(OTHER)], "")
    )
    window.import_action.trigger()  # File ▸ Import… (Ctrl+I)
    qtbot.waitUntil(lambda: not window.importer.is_running(), timeout=20000)

    assert "Inbox (2)" in sidebar_labels(window)
    inbox = window.view("inbox")
    assert inbox.model.rowCount() == 2
    assert messages[-1][2].startswith("2 dispatches imported, 0 already there, 0 skipped.")


def test_pasted_dispatch_opens_in_the_review_screen(qtbot, main_window, messages, monkeypatch):
    window = main_window

    def ok_with_text(dialog: PasteDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.text_box.setPlainText(SAMPLE.read_text(encoding="utf-8"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasteDialog, "exec", ok_with_text)
    window.paste_action.trigger()  # Ctrl+Shift+V

    inbox = window.view("inbox")
    assert window.current_view_key() == "inbox"
    assert inbox.stack.currentWidget() is inbox.review
    assert "Huawei" in inbox.review.text_view.toPlainText()
    assert "Inbox (1)" in sidebar_labels(window)
    inbox.review.accept_button.click()
    assert "Inbox" in sidebar_labels(window) and "Inbox (1)" not in sidebar_labels(window)
    assert window.statusBar().currentMessage().startswith("Accepted")
