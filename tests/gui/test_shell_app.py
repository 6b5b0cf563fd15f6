"""Starting the app: a database it cannot open is a message and exit code 1, an empty one asks the first-run questions."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog

from partnertracker import APP_ID
from partnertracker.gui import app as gui_app
from partnertracker.gui.first_run import FirstRunDialog
from partnertracker.gui.main_window import MainWindow
from partnertracker.store import open_store


def test_a_database_from_a_newer_version_is_a_message_not_a_traceback(qapp, db_path, message_boxes):
    open_store(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert gui_app.start(gui_app.make_application(), str(db_path)) == 1
    [(kind, title, text)] = message_boxes.shown
    assert kind == "critical" and "newer" in text and str(db_path) in text


def test_a_file_that_is_not_a_database_is_a_message(qapp, tmp_path, message_boxes):
    wrong = tmp_path / "notes.sqlite"
    wrong.write_text("these are meeting notes, not a database\n" * 50, encoding="utf-8")
    assert gui_app.start(gui_app.make_application(), str(wrong)) == 1
    assert message_boxes.texts("critical")


def test_closing_the_first_run_dialog_leaves_without_a_window(qapp, db_path, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert gui_app.start(gui_app.make_application(), str(db_path)) == 0


def test_after_the_first_run_the_main_window_opens_on_the_dashboard(qtbot, db_path, monkeypatch):
    def answer(dialog: FirstRunDialog):
        dialog.name_edit.setText("Organisation for Learning and Culture")
        dialog.officer_edit.setText("Amal Idrissi")
        dialog.samples_box.setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    application = gui_app.make_application()
    window = gui_app.start(application, str(db_path))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert application.desktopFileName() == APP_ID
    assert not window.windowIcon().isNull()
    assert window.current_view_key() == "dashboard"
    dashboard = window.view("dashboard")
    qtbot.waitUntil(lambda: dashboard.heading.text() == "Good day, Amal Idrissi", timeout=10_000)
    window.close()
    window.ctx.store.close()


def test_files_given_on_the_command_line_are_imported_into_the_inbox(qtbot, db_path, tmp_path):
    # What "Open with partnertracker" on a dispatch file does: `partnertracker FILE`.
    from partnertracker.services.setup import set_home_organisation

    with open_store(db_path) as store:
        set_home_organisation(store, name="Organisation for Learning and Culture")
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "RABAT, 3 June (WAM) -- The Director-General of the Organisation for Learning and Culture, "
        "Dr Amina Berrada, visited the University of Nairobi on Monday.\n",
        encoding="utf-8",
    )
    window = gui_app.start(gui_app.make_application(), str(db_path), files=[str(wire)])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    operation = window.last_import
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=20_000)
    rows = window.ctx.store.list_dispatches(state="new").rows
    assert [row["source"] for row in rows] == [str(wire)]
    window.close()
    window.ctx.store.close()


def test_a_word_that_is_neither_a_command_nor_a_file_is_a_usage_error(run_cli):
    result = run_cli("--db", "x.sqlite", "nosuchfile.txt")
    assert result.returncode == 2
    assert "'nosuchfile.txt' is neither a command" in result.stderr
    assert "Traceback" not in result.stderr
