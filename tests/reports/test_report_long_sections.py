"""Long sections: the PDF prints every record (one line each), the preview shows the first ones and says so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTranslator
from report_readers import pdf_text

from partnertracker.reports import write_report
from partnertracker.reports.content import Column, ColumnKind, Report, Row, Section
from partnertracker.reports.rich_text import LIST_OVER, PREVIEW_ROWS, preview_document
from partnertracker.resources import resource_path

COUNT = LIST_OVER + 50


def _long_report() -> Report:
    start = dt.date(2024, 1, 1)
    rows = [
        Row([start + dt.timedelta(days=k), f"Partner number {k:04d}", k]) for k in range(COUNT)
    ]
    section = Section("Visits received (incoming)",
                      [Column("Date", ColumnKind.DATE), Column("Partner"), Column("Count", ColumnKind.NUMBER)], rows)
    return Report("activity", "Long report", "Many visits", "Home", dt.date(2025, 1, 1), sections=[section])


def test_a_long_section_prints_every_record_in_order(tmp_path):
    text = pdf_text(write_report(_long_report(), "pdf", tmp_path / "long.pdf"))
    assert "Date | Partner | Count" in text  # the legend
    positions = [text.find(f"Partner number {k:04d}") for k in range(COUNT)]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)
    assert "2024-01-01 | Partner number 0000 | 0" in text
    last_day = (dt.date(2024, 1, 1) + dt.timedelta(days=COUNT - 1)).isoformat()
    assert f"{last_day} | Partner number {COUNT - 1:04d} | {COUNT - 1}" in text


def test_the_preview_shows_the_first_rows_and_says_how_many_more(qapp):
    # The GUI that shows the preview speaks English with the English plural forms installed.
    english = QTranslator()
    assert english.load(str(resource_path("i18n", "partnertracker_en.qm")))
    qapp.installTranslator(english)
    try:
        text = preview_document(_long_report()).toPlainText()
    finally:
        qapp.removeTranslator(english)
    assert f"Partner number {PREVIEW_ROWS - 1:04d}" in text
    assert f"Partner number {PREVIEW_ROWS:04d}" not in text
    assert f"… and {COUNT - PREVIEW_ROWS} more rows (the exported file has them all)." in text
