"""A report as a QTextDocument (Qt rich text): the one layout behind the PDF, the ODT and the GUI preview.

    browser.setDocument(preview_document(report))   # a QTextBrowser in the Reports view

Every text is escaped before Qt sees it, so a dispatch holding <img src=...> or <script> shows
as those characters.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QTextDocument

from partnertracker.reports.chart import HEIGHT, WIDTH, chart_image
from partnertracker.reports.content import Chart, Report
from partnertracker.reports.formats.html_page import render_body
from partnertracker.reports.qt import ensure_gui_application

# The preview shows the first rows of each section; the saved file has them all.
PREVIEW_ROWS = 300
# Rows per table: painting one page of a table costs time in proportion to the whole table.
CHUNK_ROWS = 40
# Longer sections are printed one paragraph per record: Qt lays out a 5,000-row table in seconds.
LIST_OVER = PREVIEW_ROWS

_STYLE = """
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; }
p.subtitle { color: #555555; }
p.note { background-color: #fff6dd; }
p.empty { color: #555555; }
th { background-color: #eef1f5; font-size: 8pt; }
td { font-size: 8pt; }
p.record { font-size: 8pt; margin-top: 0px; margin-bottom: 3px; }
table { border-color: #bbbbbb; }
"""


def rich_text(report: Report, max_rows: int | None = None) -> tuple[str, dict[str, Chart]]:
    """The report as Qt rich text, and the charts its <img> tags name (resources to add)."""
    charts: dict[str, Chart] = {}

    def chart_markup(chart: Chart) -> str:
        name = f"partnertracker-chart:{len(charts)}"
        charts[name] = chart
        return f'<p><img src="{name}" width="{WIDTH}" height="{HEIGHT}"/></p>'

    body = render_body(report, chart_markup, max_rows, CHUNK_ROWS, LIST_OVER)
    return f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>", charts


def report_document(
    report: Report, max_rows: int | None = None, page_size: QSizeF | None = None
) -> QTextDocument:
    """A QTextDocument holding the whole report, with its charts as image resources.

    Give `page_size` to lay the document out in pages from the start (a second layout of a long
    report costs seconds).
    """
    ensure_gui_application()
    document = QTextDocument()
    if page_size is not None:
        document.setPageSize(page_size)
    html, charts = rich_text(report, max_rows)
    for name, chart in charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), chart_image(chart))
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    return document


def preview_document(report: Report, max_rows: int | None = PREVIEW_ROWS) -> QTextDocument:
    """What the Reports view shows in its QTextBrowser (the first rows of long sections)."""
    return report_document(report, max_rows)


def preview_html(report: Report, max_rows: int | None = PREVIEW_ROWS) -> str:
    """The preview as HTML text (charts left out: they need the document's resources)."""
    html, _ = rich_text(report, max_rows)
    return html
