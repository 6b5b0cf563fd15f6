"""The export formats: one module per format, registered here (adding a format = a module + one line)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from partnertracker.reports.content import Progress, Report


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    description: str
    binary: bool  # True: needs a file (-o); False: may go to stdout
    module: str  # partnertracker.reports.formats.<module> defines write(report, stream, progress=None)

    def writer(self) -> Callable[[Report, BinaryIO, Progress | None], None]:
        # Imported on first use, so that the text formats never load Qt.
        module = importlib.import_module(f"partnertracker.reports.formats.{self.module}")
        return module.write


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("pdf", ".pdf", "PDF document", True, "pdf"),
        Format("odt", ".odt", "OpenDocument text (LibreOffice, Word)", True, "odt"),
        Format("html", ".html", "web page (self-contained)", False, "html_page"),
        Format("md", ".md", "Markdown", False, "markdown"),
        Format("csv", ".csv", "CSV (UTF-8 with BOM, one row per record)", False, "csv_table"),
        Format("xlsx", ".xlsx", "Excel workbook (one sheet per section)", True, "xlsx"),
        Format("ics", ".ics", "iCalendar (follow-ups as to-dos, reply-by dates as events)", False, "ics"),
    )
}
