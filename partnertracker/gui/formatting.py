"""Dates and numbers shown the way the officer's locale writes them, never more precise than known."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale


def partial_date(value: str | None, locale: QLocale | None = None) -> str:
    """A date never more precise than known, in the locale's words: '14 Jul 2025', 'Jul 2025', '2025'.

    A fixed day-month-year order rather than the locale's short format, whose C-locale form
    ("3 10 2025") reads badly and which cannot say "a month" anyway.
    """
    if not value:
        return ""
    locale = locale or QLocale()
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return value
    if len(numbers) >= 3:
        date = QDate(numbers[0], numbers[1], numbers[2])
        return locale.toString(date, "d MMM yyyy") if date.isValid() else value
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return locale.toString(QDate(numbers[0], numbers[1], 1), "MMM yyyy")
    return value


def short_month(month: str, locale: QLocale | None = None) -> str:
    """'2025-07' -> 'Jul' in the locale (the chart's axis labels)."""
    locale = locale or QLocale()
    try:
        number = int(month.split("-")[1])
    except (IndexError, ValueError):
        return month
    return locale.standaloneMonthName(number, QLocale.FormatType.ShortFormat)
