"""XLSX (openpyxl, write-only for speed): an about sheet, then one sheet per section with typed
date cells and a frozen header row."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from PySide6.QtCore import QCoreApplication

from partnertracker.reports.content import Cell, ColumnKind, Progress, Report, Section, cell_text
from partnertracker.reports.safety import neutralise_formula, printable

_BOLD = Font(bold=True)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Excel's own limit on a sheet name's length.
_SHEET_NAME_MAX = 31


def _sheet_name(title: str, used: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub(" ", printable(title)).strip("' ") or "Sheet"
    name, counter = base[:_SHEET_NAME_MAX], 1
    while name.casefold() in used:
        counter += 1
        suffix = f" ({counter})"
        name = base[: _SHEET_NAME_MAX - len(suffix)] + suffix
    used.add(name.casefold())
    return name


def _value(value: Cell) -> str | int | dt.date | None:
    if value is None or isinstance(value, int | dt.date):
        return value
    # Text, and dates known only to the month or the year (no spreadsheet date can hold those).
    return neutralise_formula(cell_text(value))


def _section_sheet(workbook: Workbook, section: Section, name: str) -> None:
    sheet = workbook.create_sheet(name)
    sheet.freeze_panes = "A2"
    for k, column in enumerate(section.columns, start=1):
        width = 12 if column.kind is not ColumnKind.TEXT else 30
        sheet.column_dimensions[get_column_letter(k)].width = width
    header = []
    for column in section.columns:
        cell = WriteOnlyCell(sheet, value=neutralise_formula(column.title))
        cell.font = _BOLD
        header.append(cell)
    sheet.append(header)
    for row in section.rows:
        sheet.append([_value(v) for v in row.cells])
    if not section.rows:
        sheet.append([neutralise_formula(section.empty_text)])
    for note in section.notes:
        sheet.append([neutralise_formula(note)])


def write(report: Report, stream: BinaryIO, progress: Progress | None = None) -> None:
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    about = workbook.create_sheet(_sheet_name(QCoreApplication.translate("Report", "Report"), used))
    about.column_dimensions["A"].width = 80
    title = WriteOnlyCell(about, value=neutralise_formula(report.title))
    title.font = Font(bold=True, size=14)
    about.append([title])
    for line in [report.subtitle, *report.heading_lines(), *report.notes]:
        about.append([neutralise_formula(line)])
    try:
        for done, section in enumerate(report.sections):
            if progress is not None:
                progress(done, len(report.sections))
            _section_sheet(workbook, section, _sheet_name(section.title, used))
        workbook.save(stream)
    except BaseException:
        _abandon(workbook)
        raise


def _abandon(workbook: Workbook) -> None:
    """Close the sheets of a workbook given up half-way (a cancel): left open, openpyxl's row
    writers fail noisily when garbage-collected and leave temporary files behind."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        with contextlib.suppress(Exception):
            sheet._writer.cleanup()
