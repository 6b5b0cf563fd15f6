"""Remembered layout: column widths and splitter positions come back in the next session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QSplitter, QTableView

from partnertracker.gui.context import ViewSettings


def _settings(tmp_path: Path) -> ViewSettings:
    return ViewSettings(QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat))


def _table(qtbot) -> QTableView:
    table = QTableView()
    table.setModel(QStandardItemModel(3, 4, table))
    qtbot.addWidget(table)
    return table


def test_column_widths_and_sorting_are_remembered(qtbot, tmp_path: Path):
    first = _table(qtbot)
    _settings(tmp_path).remember_header("visits", first.horizontalHeader())
    first.horizontalHeader().resizeSection(2, 237)
    first.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)

    second = _table(qtbot)
    _settings(tmp_path).remember_header("visits", second.horizontalHeader())
    assert second.horizontalHeader().sectionSize(2) == 237
    assert second.horizontalHeader().sortIndicatorSection() == 1
    assert second.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_a_splitter_position_is_remembered(qtbot, tmp_path: Path):
    def splitter() -> QSplitter:
        widget = QSplitter()
        widget.addWidget(QLabel("text"))
        widget.addWidget(QLabel("proposal"))
        widget.resize(600, 300)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    first = splitter()
    _settings(tmp_path).remember_splitter("review", first)
    first.moveSplitter(150, 1)  # as a drag does: splitterMoved is emitted
    assert first.sizes()[0] == 150
    second = splitter()
    _settings(tmp_path).remember_splitter("review", second)
    assert second.sizes()[0] == 150
