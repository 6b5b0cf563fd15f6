"""Report content, and one writer per format.

    report = build_report(store, "activity", date_from="2025-01-01", date_to="2025-06-30")
    write_report(report, "xlsx", "h1.xlsx")          # atomically: a temp file, then rename
    browser.setDocument(preview_document(report))    # the GUI's preview (partnertracker.reports.rich_text)
    write_report(list_report("Visits", headers, rows), "csv", path)   # a list view's Export…

Content is built once (reports.build) as plain data (reports.content); each format in
reports.formats is a small writer over it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from partnertracker.errors import UserError
from partnertracker.reports.build import (
    KINDS,
    build_report,
    find_partner,
    list_report,
    parse_period,
)
from partnertracker.reports.content import Progress, Report
from partnertracker.reports.formats import FORMATS, Format
from partnertracker.reports.safety import write_atomically

__all__ = [
    "FORMATS", "KINDS", "Format", "Progress", "Report", "build_report", "find_partner", "list_report", "parse_period",
    "write_report", "write_report_to_stream",
]


def _format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise UserError(f"there is no {name!r} format; choose one of: {', '.join(FORMATS)}") from None


def write_report(
    report: Report, format_name: str, path: str | os.PathLike[str], progress: Progress | None = None
) -> Path:
    """Write `report` in a format to a file; an existing file is replaced only once the new one is complete.

    `progress(done, total)` is told how the writing goes (pages of a PDF, sheets of a workbook);
    an exception raised from it cancels, leaving any earlier file at `path` as it was.
    """
    writer = _format(format_name).writer()
    return write_atomically(path, lambda stream: writer(report, stream, progress))


def write_report_to_stream(report: Report, format_name: str, stream: BinaryIO) -> None:
    """Write a text format (md, csv, html, ics) to a binary stream such as sys.stdout.buffer."""
    chosen = _format(format_name)
    if chosen.binary:
        raise UserError(
            f"the {format_name} format is written to a file: add -o FILE (for example -o report{chosen.suffix})"
        )
    chosen.writer()(report, stream, None)
