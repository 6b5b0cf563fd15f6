"""iCalendar: follow-up due dates as to-dos, invitation reply-by dates as all-day events.

UIDs come from the records' uuids, so importing a newer export updates the entries instead of
adding copies; an answered invitation or a finished action comes back cancelled or completed.
"""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from icalendar import Calendar, Event, Todo
from PySide6.QtCore import QCoreApplication

from partnertracker import __version__
from partnertracker.reports.content import CalendarItem, CalendarKind, Progress, Report

_TODO_STATUS = {"open": "NEEDS-ACTION", "done": "COMPLETED", "cancelled": "CANCELLED"}
_PRIORITY = {"high": 1, "normal": 5, "low": 9}


def _last_modified(item: CalendarItem) -> dt.datetime | None:
    if not item.updated_at:
        return None
    try:
        stamp = dt.datetime.fromisoformat(item.updated_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def _component(item: CalendarItem, stamp: dt.datetime) -> Todo | Event:
    if item.kind is CalendarKind.TODO:
        component: Todo | Event = Todo()
        component.add("due", item.on)
        component.add("status", _TODO_STATUS.get(item.status or "open", "NEEDS-ACTION"))
        if item.priority in _PRIORITY:
            component.add("priority", _PRIORITY[item.priority])
        summary = item.summary
    else:
        component = Event()
        component.add("dtstart", item.on)
        component.add("dtend", item.on + dt.timedelta(days=1))
        component.add("transp", "TRANSPARENT")
        answered = item.status not in (None, "pending")
        component.add("status", "CANCELLED" if answered else "CONFIRMED")
        summary = item.summary + (f" (answered: {item.status})" if answered else "")
    component.add("uid", item.uid)
    component.add("dtstamp", stamp)
    component.add("summary", summary)
    if item.description:
        component.add("description", item.description)
    modified = _last_modified(item)
    if modified is not None:
        component.add("last-modified", modified)
    return component


def to_calendar(report: Report, now: dt.datetime | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//partnertracker//partnertracker {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = report.title + (f" ({report.home_organisation})" if report.home_organisation else "")
    calendar.add("x-wr-calname", name)
    if not report.calendar:
        calendar.add("x-wr-caldesc", QCoreApplication.translate(
            "Report", "Nothing dated to put in a calendar: no follow-up due date and no reply-by date."))
    stamp = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    for item in report.calendar:
        calendar.add_component(_component(item, stamp))
    return calendar


def write(report: Report, stream: BinaryIO, progress: Progress | None = None) -> None:
    stream.write(to_calendar(report).to_ical())
