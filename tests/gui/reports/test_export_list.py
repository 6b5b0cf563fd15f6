"""Export… on a list view: every row the filter selects, in the order shown, as CSV or XLSX."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
from PySide6.QtCore import Qt

from partnertracker.domain import Visit, VisitDirection
from partnertracker.gui import export
from partnertracker.gui.main_window import MainWindow
from partnertracker.gui.views.visits import VisitsView


def add_rabat_visits(store, host_id: int, visitor_id: int) -> None:
    """Seven more visits in Rabat (more than a page of the list and of the export)."""
    for day in range(1, 8):
        store.add_visit(Visit(date=f"2025-04-{day:02d}", direction=VisitDirection.INCOMING, host_id=host_id,
                              visitor_ids=[visitor_id], city="Rabat", summary=f"Working session {day}"))


def filtered_visits_view(qtbot, ctx, records, monkeypatch) -> VisitsView:
    add_rabat_visits(ctx.store, records["home"], records["nimbus"])
    view = VisitsView(ctx)
    qtbot.addWidget(view)
    view.model.page_size = 2  # the list has fetched only a few rows when Export… is chosen
    monkeypatch.setattr(export, "EXPORT_PAGE", 3)  # and the export reads the rest in pages
    view.resize(1000, 600)
    view.show()
    view.filter_edit.setText("Rabat")
    view.apply_filter_text()
    view.table.sortByColumn(view.model.column_of("date"), Qt.SortOrder.AscendingOrder)
    assert view.model.total == 9 and view.model.rowCount() < 9
    return view


EXPECTED_SUMMARIES = [
    "An earlier visit from Tarsa",  # 2024-11-05
    "Talks on teacher training",  # 2025-02-14
    *[f"Working session {day}" for day in range(1, 8)],  # April 2025
]


def test_export_of_a_filtered_list_writes_its_rows_in_order_as_xlsx(
        qtbot, home_ctx, records, save_dialog, monkeypatch, tmp_path):
    view = filtered_visits_view(qtbot, home_ctx, records, monkeypatch)
    action = export.add_export_action(view, view.model, "Visits")
    assert action in view.actions_bar.actions()
    save_dialog.path = str(tmp_path / "visits in rabat.xlsx")
    messages: list[str] = []
    view.status_message.connect(messages.append)
    action.trigger()
    with qtbot.waitSignal(view.last_export.finished, timeout=20_000):
        pass
    sheet = openpyxl.load_workbook(tmp_path / "visits in rabat.xlsx")["Visits"]
    rows = list(sheet.iter_rows(values_only=True))
    header_at = next(i for i, row in enumerate(rows) if row and row[0] == "Date")
    headers = list(rows[header_at])
    body = [row for row in rows[header_at + 1:] if any(cell not in (None, "") for cell in row)]
    summaries = [row[headers.index("Summary")] for row in body]
    assert summaries == EXPECTED_SUMMARIES  # not Ankara's visit, every page, oldest first
    assert "Campus visit and AI lab" not in summaries
    first_date = body[0][headers.index("Date")]
    assert first_date in (dt.datetime(2024, 11, 5), dt.date(2024, 11, 5))  # a real date cell
    assert body[1][headers.index("Direction")] == "Incoming"  # the words the list shows
    assert messages and "9 rows exported" in messages[-1]


def test_export_as_csv_follows_the_newest_first_order(qtbot, home_ctx, records, save_dialog, monkeypatch, tmp_path):
    view = filtered_visits_view(qtbot, home_ctx, records, monkeypatch)
    view.table.sortByColumn(view.model.column_of("date"), Qt.SortOrder.DescendingOrder)
    save_dialog.path = str(tmp_path / "visits.csv")
    operation = export.export_list(view, view.model, "Visits")
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    with open(tmp_path / "visits.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    summaries = [row["Summary"] for row in rows]
    assert summaries == list(reversed(EXPECTED_SUMMARIES))


def test_export_cancelled_in_the_file_dialog_writes_nothing(qtbot, home_ctx, records, save_dialog, tmp_path):
    view = VisitsView(home_ctx)
    qtbot.addWidget(view)
    save_dialog.path = ""
    assert export.export_list(view, view.model, "Visits") is None
    assert [p for p in tmp_path.iterdir() if p.suffix in (".csv", ".xlsx")] == []


def test_every_record_list_in_the_window_has_export(qtbot, home_ctx, records):
    window = MainWindow(home_ctx)
    qtbot.addWidget(window)
    for key in export.LIST_VIEWS:
        view = window.view(key)
        list_view = view if hasattr(view, "actions_bar") else view.list
        texts = [a.text() for a in list_view.actions_bar.actions()]
        assert "Export…" in texts, key
    assert window.view("reports").__class__.__name__ == "ReportsView"


def test_export_of_a_plain_item_model_follows_the_header(qtbot, save_dialog, tmp_path):
    """Any table model can be exported: its display texts, in the columns' shown order, hidden ones left out."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Name", "Secret", "City"])
    for name, city in (("Qalam Heritage Foundation", "Fès"), ("Hanbit Learning", "Seoul")):
        model.appendRow([QStandardItem(name), QStandardItem("hidden"), QStandardItem(city)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setColumnHidden(1, True)
    table.horizontalHeader().moveSection(2, 0)  # City shown first
    save_dialog.path = str(tmp_path / "partners.csv")
    operation = export.export_list(table, model, "Partners", header=table.horizontalHeader())
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    with open(tmp_path / "partners.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["City"], r["Name"]) for r in rows] == [("Fès", "Qalam Heritage Foundation"), ("Seoul", "Hanbit Learning")]
    assert "Secret" not in rows[0]
    assert list(rows[0])[1:] == ["City", "Name"]  # after the Section column, in the shown order
