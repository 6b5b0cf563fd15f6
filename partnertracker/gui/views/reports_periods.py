"""The Reports view's quick picks of a period (this month, last quarter, ...), as whole days from a given today."""

from __future__ import annotations

import datetime as dt

# Keys stored in the settings; their labels are the view's (translated) words.
THIS_MONTH = "this-month"
LAST_MONTH = "last-month"
THIS_QUARTER = "this-quarter"
LAST_QUARTER = "last-quarter"
THIS_YEAR = "this-year"
LAST_YEAR = "last-year"
CUSTOM = "custom"
QUICK_PICKS = (THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR, CUSTOM)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _quarter(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """Quarter 1..4 of a year; 0 is the last quarter of the year before."""
    if quarter == 0:
        year, quarter = year - 1, 4
    first_month = 3 * (quarter - 1) + 1
    return dt.date(year, first_month, 1), _month_end(year, first_month + 2)


def period_of(pick: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a quick pick, whole calendar units around `today`; None for custom."""
    if pick == THIS_MONTH:
        return today.replace(day=1), _month_end(today.year, today.month)
    if pick == LAST_MONTH:
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    quarter = (today.month - 1) // 3 + 1
    if pick == THIS_QUARTER:
        return _quarter(today.year, quarter)
    if pick == LAST_QUARTER:
        return _quarter(today.year, quarter - 1)
    if pick == THIS_YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if pick == LAST_YEAR:
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None
