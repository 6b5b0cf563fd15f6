"""The Reports view's tests: a small database built through the store API on a fresh file per test."""

from __future__ import annotations

import pytest
from gui_report_records import add_records
from PySide6.QtWidgets import QFileDialog

from partnertracker.gui.context import AppContext


@pytest.fixture
def records(home_ctx: AppContext) -> dict[str, int]:
    """Two partners with visits, an invitation and a follow-up; the home organisation is OLC."""
    return add_records(home_ctx.store)


class SaveDialog:
    """QFileDialog.getSaveFileName patched: answers with `path` and remembers what it was asked."""

    def __init__(self) -> None:
        self.path = ""
        self.asked: list[tuple[str, str]] = []  # (suggested file, filter)

    def __call__(self, parent, caption="", directory="", filter="", selectedFilter="", *args, **kwargs):
        self.asked.append((directory, filter))
        return self.path, selectedFilter or filter.split(";;")[0]


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    dialog = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return dialog
