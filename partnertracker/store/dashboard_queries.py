"""The dashboard's summary queries: visits and agreements per month, pending invitations by age."""

from __future__ import annotations

import datetime as dt
from typing import Any

from partnertracker.store import Store


def _today(today: str | dt.date | None) -> dt.date:
    if today is None:
        return dt.date.today()
    return today if isinstance(today, dt.date) else dt.date.fromisoformat(str(today))


def last_months(count: int, today: str | dt.date | None = None) -> list[str]:
    """The `count` months ending with today's, oldest first, as 'YYYY-MM'."""
    day = _today(today)
    year, month = day.year, day.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return months[::-1]


def monthly_activity(
    store: Store, months: int = 12, today: str | dt.date | None = None
) -> list[dict[str, Any]]:
    """Visits and agreements (by signing date) per month over the last `months` months, oldest first.

    A record dated by its year alone has no month and is left out of the chart.
    """
    chosen = last_months(months, today)
    first, last = chosen[0], chosen[-1]
    counts = {month: {"month": month, "visits": 0, "agreements": 0} for month in chosen}
    # The date range uses the index on the date; '-99' takes in every day of the last month.
    for key, sql in (
        ("visits", "SELECT substr(date, 1, 7), count(*) FROM visits WHERE deleted_at IS NULL "
                   "AND date >= ? AND date <= ? AND length(date) >= 7 GROUP BY 1"),
        ("agreements", "SELECT substr(signed_on, 1, 7), count(*) FROM agreements WHERE deleted_at IS NULL "
                       "AND signed_on >= ? AND signed_on <= ? AND length(signed_on) >= 7 GROUP BY 1"),
    ):
        for month, count in store.conn.execute(sql, (first, f"{last}-99")):
            if month in counts:
                counts[month][key] = count
    return list(counts.values())


# Age brackets of a pending invitation, in days since it was issued (upper bounds, exclusive).
AGE_BRACKETS = ((30, "under 30 days"), (90, "30 to 90 days"), (None, "over 90 days"))


def pending_invitations_by_age(
    store: Store, today: str | dt.date | None = None
) -> list[dict[str, Any]]:
    """How many pending invitations fall in each age bracket (plus those with no issue date)."""
    day = _today(today).isoformat()
    row = store.conn.execute(
        """
        SELECT
            sum(age < 30), sum(age >= 30 AND age < 90), sum(age >= 90), sum(age IS NULL)
        FROM (
            SELECT CAST(julianday(?) - julianday(CASE length(issued_on)
                WHEN 4 THEN issued_on || '-01-01' WHEN 7 THEN issued_on || '-01'
                ELSE issued_on END) AS INTEGER) AS age
            FROM invitations WHERE status = 'pending' AND deleted_at IS NULL
        )""",
        (day,),
    ).fetchone()
    labels = [label for _bound, label in AGE_BRACKETS] + ["no issue date"]
    return [{"bracket": label, "count": int(count or 0)} for label, count in zip(labels, row, strict=True)]
