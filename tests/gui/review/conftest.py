"""Fixtures for the Inbox and review tests: a fresh database, the Inbox in a window, the importer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from partnertracker.gui.context import AppContext
from partnertracker.gui.importing import Importer
from partnertracker.gui.operations import stop_all
from partnertracker.gui.views.inbox import InboxView
from partnertracker.resources import resource_path
from partnertracker.store import open_store

SAMPLE = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")


@pytest.fixture
def store(db_path: Path):
    store = open_store(db_path)
    yield store
    store.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes are recorded (kind, title, text), never shown."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


@pytest.fixture
def window(qtbot, store, db_path: Path, messages):
    """A window holding the Inbox, with the import actions wired as the shell wires them."""
    main = QMainWindow()
    qtbot.addWidget(main)
    ctx = AppContext(db_path=db_path, store=store)
    inbox = InboxView(ctx, main)
    main.setCentralWidget(inbox)
    importer = Importer(main, ctx)
    main.inbox, main.importer = inbox, importer
    main.resize(1200, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    stop_all()
    ctx.undo_stack.clear()  # while the database and the context's signals are still there


@pytest.fixture
def import_and_wait(qtbot):
    """Import paths as a drop would, and wait for the background import to end."""

    def run(importer: Importer, paths) -> None:
        importer.import_paths(paths)
        qtbot.waitUntil(lambda: not importer.is_running(), timeout=20000)

    return run
