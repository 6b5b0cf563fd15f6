"""GUI test set-up: a fresh database and settings file per test, message boxes recorded, threads stopped."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from partnertracker.gui import i18n, operations
from partnertracker.gui.context import AppContext, ViewSettings
from partnertracker.gui.first_run import FirstRunChoice, apply_first_run
from partnertracker.store import open_store


class MessageBoxes:
    """Every message box the code under test tried to show, as (kind, title, text); none is shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def record(self, kind: str):
        def show(parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, boxes.record(kind))
    return boxes


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    """The English plural forms the app installs at start-up ("1 record", "2 records"); a test that
    wants the raw "(s)" text removes them with i18n.remove_translators(qapp, english_plurals)."""
    installed = i18n.install_translators(qapp, "en")
    yield installed
    i18n.remove_translators(qapp, installed)


@pytest.fixture(autouse=True)
def _threads_stopped(qapp):
    """No test leaves a background operation running (pytest-qt would see it crash later).

    A short one may still be ending (a dashboard refresh when its widget closed): it gets a few
    seconds; one that is still running after that is a thread that would never stop.
    """
    yield
    deadline = time.monotonic() + 5
    while operations.running_operations() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    still = operations.running_operations()
    operations.stop_all()
    assert not still, f"{len(still)} background operation(s) left running"


@pytest.fixture
def view_settings(tmp_path: Path) -> ViewSettings:
    return ViewSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(db_path: Path, view_settings: ViewSettings):
    """An AppContext on an empty database (no home organisation yet)."""
    store = open_store(db_path)
    context = AppContext(db_path=db_path, store=store, settings=view_settings)
    yield context
    operations.stop_all()
    store.close()


@pytest.fixture
def home_ctx(ctx: AppContext) -> AppContext:
    """An AppContext whose database has its home organisation and officer (first run done)."""
    apply_first_run(ctx.store, FirstRunChoice(
        officer_name="Amal Idrissi", name="Organisation for Learning and Culture", acronym="OLC",
        country="MA", load_samples=False,
    ))
    return ctx


@pytest.fixture
def show_main_window(qtbot):
    """Opens the main window on a context, shown and exposed, closed with the test."""
    from partnertracker.gui.main_window import MainWindow

    def show(ctx: AppContext) -> MainWindow:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return show
