"""CSV: UTF-8 with a BOM (spreadsheet programs then read accents), one row per record with its section."""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

from partnertracker.reports.content import Progress, Report, cell_text
from partnertracker.reports.safety import neutralise_formula


def write(report: Report, stream: BinaryIO, progress: Progress | None = None) -> None:
    # One header for the whole file: the section, then every column title in order of first use,
    # the sections that list records first (their columns are what a spreadsheet user sorts on).
    titles: list[str] = []
    listing_first = sorted(report.sections, key=lambda s: not any(row.uid for row in s.rows))
    for section in listing_first:
        titles += [c.title for c in section.columns if c.title not in titles]
    position = {title: k for k, title in enumerate(titles)}
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", write_through=True)
    try:
        out = csv.writer(text)
        out.writerow([QCoreApplication.translate("Report", "Section"), *titles])
        for note in report.notes:
            out.writerow([QCoreApplication.translate("Report", "Note"), neutralise_formula(note)])
        for section in report.sections:
            for row in section.rows:
                line = [""] * len(titles)
                for column, value in zip(section.columns, row.cells, strict=True):
                    line[position[column.title]] = neutralise_formula(cell_text(value))
                out.writerow([neutralise_formula(section.title), *line])
        text.flush()
    finally:
        text.detach()  # the caller owns the stream
