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


# The short lists below are the dashboard's own rather than the paged list queries: those count
# every row their filters select (the total a view needs for its scroll bar), and on a database of
# 100,000 visits that count alone takes a quarter of a second; the dashboard needs five rows.

_ORG = "(SELECT name FROM organisations WHERE id = {})"


def _rows(store: Store, sql: str, args: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = store.conn.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def inbox(store: Store, limit: int = 5) -> tuple[int, list[dict[str, Any]]]:
    """How many dispatches wait for review, and the latest `limit` of them (by publication date)."""
    count = store.conn.execute(
        "SELECT count(*) FROM dispatches WHERE state = 'new' AND deleted_at IS NULL"
    ).fetchone()[0]
    rows = _rows(store, (
        "SELECT id, title, published_on, source FROM dispatches "
        "WHERE state = 'new' AND deleted_at IS NULL "
        "ORDER BY published_on DESC NULLS LAST, id DESC LIMIT ?"), (limit,))
    return count, rows


def oldest_pending_invitations(
    store: Store, today: str | dt.date | None = None, limit: int = 5
) -> list[dict[str, Any]]:
    """The `limit` pending invitations waiting longest for an answer, with their age in days."""
    day = _today(today).isoformat()
    return _rows(store, (
        f"SELECT id, {_ORG.format('inviter_id')} AS inviter, {_ORG.format('invitee_id')} AS invitee, "
        "description, issued_on, CAST(julianday(?) - julianday(CASE length(issued_on) "
        "WHEN 4 THEN issued_on || '-01-01' WHEN 7 THEN issued_on || '-01' ELSE issued_on END) "
        "AS INTEGER) AS age_days FROM invitations "
        "WHERE status = 'pending' AND deleted_at IS NULL "
        "ORDER BY issued_on ASC NULLS LAST, id LIMIT ?"), (day, limit))


def overdue_follow_ups(
    store: Store, today: str | dt.date | None = None, limit: int = 5
) -> tuple[int, list[dict[str, Any]]]:
    """How many open follow-ups are past their due date, and the `limit` most overdue."""
    day = _today(today).isoformat()
    where = "status = 'open' AND due_on < ? AND deleted_at IS NULL"
    count = store.conn.execute(f"SELECT count(*) FROM follow_ups WHERE {where}", (day,)).fetchone()[0]
    rows = _rows(store, (
        f"SELECT id, description, owner, due_on, {_ORG.format('organisation_id')} AS organisation "
        f"FROM follow_ups WHERE {where} ORDER BY due_on, id LIMIT ?"), (day, limit))
    return count, rows


def recent_visits(
    store: Store, today: str | dt.date | None = None, limit: int = 5
) -> list[dict[str, Any]]:
    """The latest `limit` visits that have taken place (none planned after today), newest first."""
    day = _today(today).isoformat()
    return _rows(store, (
        f"SELECT v.id, v.date, v.city, v.summary, {_ORG.format('v.host_id')} AS host, "
        "(SELECT group_concat(name, ', ') FROM (SELECT o.name FROM visit_organisations vo "
        "JOIN organisations o ON o.id = vo.organisation_id WHERE vo.visit_id = v.id "
        "ORDER BY vo.position)) AS visitors "
        "FROM visits v WHERE v.deleted_at IS NULL AND v.date <= ? "
        "ORDER BY v.date DESC, v.id DESC LIMIT ?"), (f"{day}-99", limit))
