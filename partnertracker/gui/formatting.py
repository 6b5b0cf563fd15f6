"""Dates and numbers shown the way the officer's locale writes them, never more precise than known."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale


def partial_date(value: str | None, locale: QLocale | None = None) -> str:
    """'2025-07-14' -> the locale's short date; '2025-07' -> 'July 2025'; '2025' -> '2025'."""
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
        if not date.isValid():
            return value
        if locale.language() == QLocale.Language.C:
            return date.toString("yyyy-MM-dd")  # the C locale's short format ("3 10 2025") reads badly
        return locale.toString(date, QLocale.FormatType.ShortFormat)
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return f"{locale.standaloneMonthName(numbers[1], QLocale.FormatType.LongFormat)} {numbers[0]}"
    return value


def short_month(month: str, locale: QLocale | None = None) -> str:
    """'2025-07' -> 'Jul' in the locale (the chart's axis labels)."""
    locale = locale or QLocale()
    try:
        number = int(month.split("-")[1])
    except (IndexError, ValueError):
        return month
    return locale.standaloneMonthName(number, QLocale.FormatType.ShortFormat)
