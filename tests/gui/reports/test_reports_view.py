"""The Reports view as an officer uses it: choose, see the preview, save, print; choices remembered."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
from gui_report_records import NIMBUS, TARSA, TODAY
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from partnertracker.domain import Visit, VisitDirection
from partnertracker.gui import operations
from partnertracker.gui.views import reports as reports_module
from partnertracker.gui.views.reports import ReportsView


def make_view(qtbot, ctx, today: dt.date = TODAY) -> ReportsView:
    view = ReportsView(ctx, today=lambda: today)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


def show_and_wait(qtbot, view: ReportsView) -> None:
    with qtbot.waitSignal(view.preview_changed, timeout=10_000):
        view.show()


def choose(qtbot, view: ReportsView, change) -> None:  # noqa: ANN001 - a callable changing the choices
    """Change the choices and wait for the preview built for them."""
    with qtbot.waitSignal(view.preview_changed, timeout=10_000):
        change()
    # A change made while the previous build ran is built once more.
    qtbot.waitUntil(lambda: view.building is None and not view._timer.isActive(), timeout=10_000)


def wait_done(qtbot, operation: operations.BackgroundOperation) -> None:
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass


def test_partner_dossier_shows_the_partner_and_his_visits(qtbot, home_ctx, records):
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    assert not view.partner_edit.isEnabled()  # only the dossier needs a partner
    choose(qtbot, view, lambda: view.set_kind("partner"))
    assert view.partner_edit.isEnabled()
    assert not view.period_combo.isEnabled()
    assert "Type a partner's name" in view.preview_text()
    assert not view.save_button.isEnabled()
    # The French alias is offered for completion and finds the partner.
    assert "Société Nimbus" in view.partner_names.stringList()
    choose(qtbot, view, lambda: view.partner_edit.setText("Société Nimbus"))
    text = view.preview_text()
    assert NIMBUS in text
    assert "Talks on teacher training" in text
    assert "Campus visit and AI lab" not in text  # Tarsa's visit is not in Nimbus's dossier
    assert view.save_button.isEnabled() and view.print_button.isEnabled()


def test_an_unknown_partner_is_a_message_in_the_preview(qtbot, home_ctx, records):
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    choose(qtbot, view, lambda: (view.set_kind("partner"), view.partner_edit.setText("Zanzibar Rail")))
    assert "no partner matches" in view.preview_text().casefold()
    assert not view.save_button.isEnabled()


def test_save_as_xlsx_writes_the_rows(qtbot, home_ctx, records, save_dialog, tmp_path):
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    choose(qtbot, view, lambda: (view.set_kind("activity"),
                                  view.set_period(dt.date(2025, 1, 1), dt.date(2025, 6, 30))))
    view.set_format("xlsx")
    save_dialog.path = str(tmp_path / "first half")  # no suffix typed: the format's is added
    operation = view.choose_file_and_save()
    assert operation is not None
    assert save_dialog.asked[0][1].endswith("(*.xlsx)")
    wait_done(qtbot, operation)
    written = tmp_path / "first half.xlsx"
    book = openpyxl.load_workbook(written)
    cells = [[c for c in row] for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    summaries = [cell for row in cells for cell in row if isinstance(cell, str)]
    assert "Talks on teacher training" in summaries
    assert "Campus visit and AI lab" in summaries
    assert "An earlier visit from Tarsa" not in summaries  # 2024: outside the period
    dates = [cell for row in cells for cell in row if isinstance(cell, dt.datetime | dt.date)]
    assert dt.datetime(2025, 2, 14) in dates or dt.date(2025, 2, 14) in dates


def test_saving_where_nothing_can_be_written_says_so_and_leaves_no_file(
        qtbot, home_ctx, records, message_boxes, tmp_path):
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    target = tmp_path / "no such folder" / "pending.pdf"
    wait_done(qtbot, view.save_to(str(target), "pdf"))
    assert not target.exists()
    assert not target.parent.exists()
    [text] = message_boxes.texts("warning")
    assert "does not exist" in text and str(target) in text
    # A folder where the file should go: said so, the folder untouched.
    folder = tmp_path / "reports.pdf"
    folder.mkdir()
    wait_done(qtbot, view.save_to(str(folder), "pdf"))
    assert "it is a folder" in message_boxes.texts("warning")[1]
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".pdf") or "tmp" in p.name) == ["reports.pdf"]


def test_a_read_only_folder_keeps_no_half_written_file(qtbot, home_ctx, records, message_boxes, read_only_folder):
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    folder = read_only_folder()
    wait_done(qtbot, view.save_to(str(folder / "pending.xlsx"), "xlsx"))
    assert list(folder.iterdir()) == []
    assert "cannot write the report" in message_boxes.texts("warning")[0].lower()


def test_cancel_keeps_the_earlier_file(qtbot, home_ctx, records, message_boxes, tmp_path, monkeypatch):
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    earlier = tmp_path / "pending.csv"
    earlier.write_text("the good old report\n", encoding="utf-8")
    # Cancel pressed before the first step: the writer stops at its first progress report.
    monkeypatch.setattr(operations.ProgressReporter, "cancelled", property(lambda self: True))
    operation = view.save_to(str(earlier), "xlsx")
    wait_done(qtbot, operation)
    assert earlier.read_text(encoding="utf-8") == "the good old report\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("pending")) == ["pending.csv"]
    assert message_boxes.shown == []


def test_quick_picks_set_the_dates(qtbot, home_ctx):
    view = make_view(qtbot, home_ctx, today=dt.date(2025, 5, 14))
    view.set_kind("activity")
    expected = {
        "this-month": (dt.date(2025, 5, 1), dt.date(2025, 5, 31)),
        "last-month": (dt.date(2025, 4, 1), dt.date(2025, 4, 30)),
        "this-quarter": (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        "last-quarter": (dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
        "this-year": (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        "last-year": (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    }
    for pick, period in expected.items():
        view.set_period_pick(pick)
        assert view.period() == period, pick
        assert view.choice().date_from == period[0].isoformat()
    # Typing a date makes the period a custom one.
    view.set_period_pick("this-year")
    view.from_edit.setDate(dt.date(2025, 2, 3))
    assert view.period_pick() == "custom"
    assert view.period() == (dt.date(2025, 2, 3), dt.date(2025, 12, 31))


def test_quick_picks_across_the_new_year(qtbot, home_ctx):
    view = make_view(qtbot, home_ctx, today=dt.date(2026, 1, 10))
    view.set_period_pick("last-month")
    assert view.period() == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    view.set_period_pick("last-quarter")
    assert view.period() == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


def test_a_period_ending_before_it_starts_is_a_message(qtbot, home_ctx, records):
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    choose(qtbot, view, lambda: (view.set_kind("activity"),
                                  view.set_period(dt.date(2025, 6, 1), dt.date(2025, 1, 1))))
    assert "starts after it ends" in view.preview_text()
    assert not view.save_button.isEnabled()


def test_choices_are_remembered(qtbot, home_ctx, records):
    view = make_view(qtbot, home_ctx)
    view.set_kind("partner")
    view.partner_edit.setText("UTA")
    view.set_format("odt")
    view.set_kind("activity")
    view.set_period(dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    again = make_view(qtbot, home_ctx)
    assert again.kind() == "activity"
    assert again.format_name() == "odt"
    assert again.partner_edit.text() == "UTA"
    assert again.period_pick() == "custom"
    assert again.period() == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))


class PrintToPdf:
    """QPrintDialog patched: the officer 'chooses' a PDF file as the printer and presses Print."""

    target: Path

    def __init__(self, printer, parent=None) -> None:
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def setWindowTitle(self, title: str) -> None:
        pass

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted


def test_print_prints_the_previewed_report(qtbot, home_ctx, records, monkeypatch, tmp_path):
    PrintToPdf.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(reports_module, "QPrintDialog", PrintToPdf)
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    choose(qtbot, view, lambda: view.set_kind("partner"))
    choose(qtbot, view, lambda: qtbot.keyClicks(view.partner_edit, "Tarsa"))
    assert view.print_report()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(PrintToPdf.target).pages)
    assert TARSA in text
    assert "Campus visit and AI lab" in text


def test_the_preview_follows_changes_to_the_records(qtbot, home_ctx, records):
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    choose(qtbot, view, lambda: (view.set_kind("partner"), view.partner_edit.setText("NMT")))
    assert "Signing of the research charter" not in view.preview_text()
    home_ctx.store.add_visit(Visit(date="2025-07-01", direction=VisitDirection.OUTGOING, host_id=records["nimbus"],
                                   visitor_ids=[records["home"]], summary="Signing of the research charter"))
    choose(qtbot, view, lambda: home_ctx.records_changed("visit"))
    assert "Signing of the research charter" in view.preview_text()


def test_print_of_a_long_report_prints_every_row(qtbot, home_ctx, records, monkeypatch, tmp_path):
    for day in range(320):
        when = dt.date(2024, 1, 1) + dt.timedelta(days=day)
        home_ctx.store.add_visit(Visit(date=when.isoformat(), direction=VisitDirection.INCOMING,
                                       host_id=records["home"], visitor_ids=[records["tarsa"]],
                                       summary=f"Session number {day}"))
    PrintToPdf.target = tmp_path / "long.pdf"
    monkeypatch.setattr(reports_module, "QPrintDialog", PrintToPdf)
    view = make_view(qtbot, home_ctx)
    show_and_wait(qtbot, view)
    choose(qtbot, view, lambda: (view.set_kind("partner"), view.partner_edit.setText("UTA")))
    preview = view.preview_text()
    shown = {int(n) for n in re.findall(r"Session number (\d+)", preview)}
    assert len(shown) == 300 and "22 more rows" in preview  # 320 + two earlier visits  # the preview stays light
    assert view.print_report()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(PrintToPdf.target).pages)
    assert {int(n) for n in re.findall(r"Session number (\d+)", text)} == set(range(320))
