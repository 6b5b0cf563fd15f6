"""ODT (OpenDocument text, opens in LibreOffice and Word): Qt's QTextDocumentWriter over the rich text."""

from __future__ import annotations

from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextDocumentWriter

from partnertracker.reports.content import Progress, Report
from partnertracker.reports.rich_text import report_document


def write(report: Report, stream: BinaryIO, progress: Progress | None = None) -> None:
    document = report_document(report)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(document):
        raise OSError("Qt could not write the OpenDocument file")
    buffer.close()
    stream.write(data.data())
