"""A report's content as plain data, built once and handed to every format's writer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from partnertracker.domain import PartialDate

# Told (steps done, steps in all) as a report is built or written; the GUI's worker raises from it
# to cancel (a file being written is then removed, and the previous one left in place).
Progress = Callable[[int, int], None]

# A cell is text, a whole number, a day, or a date known only to the month or the year.
Cell = str | int | dt.date | PartialDate | None


class ColumnKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = ColumnKind.TEXT


@dataclass
class Row:
    """One record (or one line of a summary); `uid` is the record's uuid when it has one."""

    cells: list[Cell]
    uid: str | None = None


@dataclass
class Chart:
    """Counts per category (months), one series per kind of record: drawn as grouped bars."""

    title: str
    labels: list[str]
    series: list[tuple[str, list[int]]]

    @property
    def is_empty(self) -> bool:
        return not any(any(values) for _, values in self.series)


@dataclass
class Section:
    title: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # What to say instead of an empty table ("No visits in this period.").
    empty_text: str = "Nothing to report."
    chart: Chart | None = None


class CalendarKind(StrEnum):
    TODO = "todo"  # a follow-up action with its due date
    EVENT = "event"  # an invitation's reply-by date


@dataclass
class CalendarItem:
    """A dated entry for the iCalendar export; `uid` stays the same from one export to the next."""

    uid: str
    kind: CalendarKind
    summary: str
    on: dt.date
    description: str = ""
    status: str | None = None  # the record's own status (open, done, pending, ...)
    priority: str | None = None  # low, normal, high
    updated_at: str | None = None  # the record's updated_at (ISO timestamp)


@dataclass
class Period:
    start: dt.date
    end: dt.date

    def __str__(self) -> str:
        return QCoreApplication.translate("Report", "{start} to {end}").format(
            start=self.start.isoformat(), end=self.end.isoformat())


@dataclass
class Report:
    kind: str  # "activity", "pending-invitations", "partner", "follow-ups"
    title: str
    subtitle: str
    home_organisation: str | None
    generated_on: dt.date
    period: Period | None = None
    notes: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    calendar: list[CalendarItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(section.rows for section in self.sections)

    def heading_lines(self) -> list[str]:
        """The lines under the title: organisation, period, date generated (every format shows them)."""
        lines = []
        if self.home_organisation:
            lines.append(self.home_organisation)
        if self.period is not None:
            lines.append(QCoreApplication.translate("Report", "Period: {period}").format(period=self.period))
        lines.append(QCoreApplication.translate("Report", "Generated on {day}").format(
            day=self.generated_on.isoformat()))
        return lines


def interface_language() -> str:
    """The language of the installed translation ("fr"); "en" in English, where the only file
    installed (partnertracker_en.qm, plural forms) does not translate this string.

    Asked of the translation itself, so that what is not in a .ts (an area's label in
    resources/areas.json) follows the same language as what is.
    """
    return QCoreApplication.translate("Report", "en", "the code of the language this translation is in")


def cell_text(value: Cell) -> str:
    """How a cell reads as text in every format that has no typed cells."""
    if value is None:
        return ""
    if isinstance(value, dt.date | PartialDate):
        return value.isoformat()
    return str(value)


def date_cell(value: str | None) -> Cell:
    """A stored date ("2025", "2025-07" or "2025-07-14") as a cell: a day becomes a real date."""
    if not value:
        return None
    try:
        partial = PartialDate.parse(value[:10])
    except ValueError:
        return value  # kept as the text the store holds, rather than lost
    return partial.first_day() if partial.day is not None else partial
