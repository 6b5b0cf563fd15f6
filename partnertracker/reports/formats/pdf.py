"""PDF: the rich text laid out on A4 pages by Qt (QTextDocument + QPdfWriter), numbered "page N of M"."""

from __future__ import annotations

from typing import BinaryIO

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from partnertracker.reports.content import Progress, Report
from partnertracker.reports.rich_text import report_document

# Layout in 96 dots per inch, the resolution QTextDocument measures its fonts and images in.
DPI = 96
FOOTER = 24  # room for the page number, in dots


def write(report: Report, stream: BinaryIO, progress: Progress | None = None) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(report.title)
    writer.setCreator("partnertracker")
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter,
    ))
    page = writer.pageLayout().paintRectPixels(DPI)
    width, height = float(page.width()), float(page.height() - FOOTER)
    document = report_document(report, page_size=QSizeF(width, height))
    pages = max(document.pageCount(), 1)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start the PDF")
    try:
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSizeF(8)
        footer = QCoreApplication.translate("Report", "{title} · page {page} of {pages}")
        for number in range(pages):
            if progress is not None:
                progress(number, pages)
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * height)
            document.drawContents(painter, QRectF(0, number * height, width, height))
            painter.restore()
            painter.setFont(footer_font)
            painter.drawText(
                QRectF(0, height, width, FOOTER),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                footer.format(title=report.title, page=number + 1, pages=pages),
            )
    finally:
        painter.end()
    buffer.close()
    stream.write(data.data())
