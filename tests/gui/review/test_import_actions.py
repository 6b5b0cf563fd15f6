"""Import by file dialog, paste and folder (in the background, cancellable): new dispatches reach the Inbox."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from partnertracker.gui.importing import PasteDialog
from partnertracker.resources import resource_path

SAMPLE = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")

PASTED = """date 2026-02
Tunis, 11 février, TAP

Le ministre tunisien de l'Enseignement supérieur a reçu mardi à Tunis une délégation de
l'Université Gaston Berger de Saint-Louis (UGB), conduite par son recteur, Pr Aminata Diallo.
Les deux parties ont évoqué la mobilité des étudiants et la formation des enseignants.
"""


def inbox_titles(inbox) -> list[str]:
    model = inbox.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_file_dialog_import_puts_the_dispatch_in_the_inbox(qtbot, window, store, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(SAMPLE)], "Dispatches (*.txt)")
    )
    window.importer.choose_files()
    qtbot.waitUntil(lambda: not window.importer.is_running(), timeout=20000)

    titles = inbox_titles(window.inbox)
    assert len(titles) == 1
    assert "ICESCO" in titles[0]
    assert "1 dispatch waiting for review" in window.inbox.count_label.text()
    model = window.inbox.model
    assert model.data(model.index(0, 1)) == "2025-09-24"
    assert model.data(model.index(0, 2)) == "MAP"
    assert model.data(model.index(0, 4)) > 3  # organisations, people, visit, invitation...


def test_importing_the_same_file_twice_says_it_is_already_there(qtbot, window, store, messages, import_and_wait):
    import_and_wait(window.importer, [SAMPLE])
    import_and_wait(window.importer, [SAMPLE])
    assert window.inbox.model.rowCount() == 1
    kind, _title, text = messages[-1]
    assert kind == "information"
    assert text.startswith("0 dispatches imported, 1 already there, 0 skipped.")


def test_paste_dialog_imports_the_text(qtbot, window, store, monkeypatch):
    def typed_and_ok(dialog: PasteDialog) -> int:
        qtbot.addWidget(dialog)
        assert not dialog.ok_button.isEnabled()  # nothing typed yet: OK is greyed
        dialog.text_box.setPlainText(PASTED)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasteDialog, "exec", typed_and_ok)
    window.importer.paste()
    titles = inbox_titles(window.inbox)
    assert len(titles) == 1 and "Enseignement supérieur" in titles[0]
    assert store.list_dispatches(state="new").rows[0]["agency"] == "TAP"


def test_empty_paste_is_refused_with_a_message(qtbot, window, store, messages):
    window.importer.import_text("   \n  ")
    assert messages and messages[-1][0] == "warning"
    assert "empty" in messages[-1][2]
    assert store.list_dispatches().total == 0


def test_dropped_folder_is_imported_and_unreadable_files_are_listed(qtbot, window, store, messages, tmp_path):
    folder = tmp_path / "wires"
    folder.mkdir()
    (folder / "a.txt").write_text(PASTED, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    window.importer.drop([str(folder)])
    qtbot.waitUntil(lambda: not window.importer.is_running(), timeout=20000)

    assert window.inbox.model.rowCount() == 1
    kind, _title, text = messages[-1]
    assert kind == "warning"
    assert text.startswith("1 dispatch imported, 0 already there, 2 skipped.")
    assert "empty.txt:" in text and "binary.txt:" in text


def _folder_of_dispatches(tmp_path, count: int):
    folder = tmp_path / "folder"
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:02d}.txt").write_text(
            f"date 2026-03\nRabat, {n + 1} mars, MAP\n\n"
            f"Le Directeur général de l'ICESCO a reçu le {n + 1} mars une délégation de "
            f"l'Université numéro {n} de Casablanca pour parler de formation des enseignants.\n",
            encoding="utf-8",
        )
    return folder


def test_cancelling_a_folder_import_keeps_what_was_done(qtbot, window, store, messages, tmp_path):
    folder = _folder_of_dispatches(tmp_path, 8)
    reached, proceed = threading.Event(), threading.Event()
    importer = window.importer
    importer.import_paths([folder])

    def pause_at_third(done: int, _total: int, _name: str) -> None:
        # Runs in the worker thread: hold it at the third file until the officer has clicked Cancel.
        if done == 2:
            reached.set()
            proceed.wait(10)

    importer.operation.progress.progressed.connect(pause_at_third, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    importer.operation.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    proceed.set()
    qtbot.waitUntil(lambda: not importer.is_running(), timeout=20000)

    # Files 0 and 1 were done, the third was under way: those stay; the other five are not imported.
    assert store.list_dispatches().total == 3
    assert window.inbox.model.rowCount() == 3
    kind, _title, text = messages[-1]
    assert text.startswith("3 dispatches imported, 0 already there, 0 skipped.")
    assert "Cancelled" in text
