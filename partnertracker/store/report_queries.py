"""Read-only queries the reports need beyond the list views: whole periods, uuids, related records.

Every function takes a connection (Store.conn), returns plain dicts in a stable order, and leaves
soft-deleted records out. Periods are inclusive days (ISO strings); a record dated only to the
month or the year is in a period when the whole month or year lies inside it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any


def _first_day(column: str) -> str:
    return (
        f"(CASE length({column}) WHEN 4 THEN {column} || '-01-01' "
        f"WHEN 7 THEN {column} || '-01' ELSE substr({column}, 1, 10) END)"
    )


def _last_day(column: str) -> str:
    return (
        f"(CASE length({column}) WHEN 4 THEN {column} || '-12-31' "
        f"WHEN 7 THEN date({column} || '-01', '+1 month', '-1 day') ELSE substr({column}, 1, 10) END)"
    )


def _within(column: str, start: str, end: str, args: list[Any]) -> str:
    """SQL for "the partial date in `column` lies inside [start, end]", index-friendly."""
    # The two plain comparisons let SQLite use the date index; the exact test follows.
    args += [start[:4], end, start, end]
    return (
        f"({column} >= ? AND {column} <= ? AND {_first_day(column)} >= ? AND {_last_day(column)} <= ?)"
    )


def _rows(conn: sqlite3.Connection, sql: str, args: Sequence[Any] | dict[str, Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _in(column: str, values: Sequence[str], args: list[Any]) -> str:
    args += list(values)
    return f"{column} IN ({', '.join('?' * len(values))})"


_ORG = "(SELECT name FROM organisations WHERE id = {})"


def visits(
    conn: sqlite3.Connection,
    start: str | None = None,
    end: str | None = None,
    directions: Sequence[str] | None = None,
    organisation_id: int | None = None,
    statuses: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Visits, oldest first, with host and visiting organisations by name and their area keys."""
    args: list[Any] = []
    where = ["v.deleted_at IS NULL"]
    if start and end:
        where.append(_within("v.date", start, end, args))
    if directions:
        where.append(_in("v.direction", directions, args))
    if statuses:
        where.append(_in("v.status", statuses, args))
    if organisation_id is not None:
        where.append(
            "(v.host_id = ? OR EXISTS (SELECT 1 FROM visit_organisations vo "
            "WHERE vo.visit_id = v.id AND vo.organisation_id = ?))"
        )
        args += [organisation_id, organisation_id]
    sql = f"""
        SELECT v.id, v.uuid, v.date, v.date_precision, v.direction, v.status, v.host_id,
            {_ORG.format('v.host_id')} AS host,
            (SELECT group_concat(name, ', ') FROM (
                SELECT o.name FROM visit_organisations vo JOIN organisations o ON o.id = vo.organisation_id
                WHERE vo.visit_id = v.id ORDER BY vo.position)) AS visitors,
            (SELECT group_concat(area_key, ' ') FROM (
                SELECT area_key FROM visit_areas WHERE visit_id = v.id ORDER BY position)) AS areas,
            v.venue, v.city, v.country, v.summary, v.dispatch_id
        FROM visits v WHERE {' AND '.join(where)}
        ORDER BY {_first_day('v.date')} NULLS LAST, v.id"""
    return _rows(conn, sql, args)


def invitations(
    conn: sqlite3.Connection,
    start: str | None = None,
    end: str | None = None,
    directions: Sequence[str] | None = None,
    statuses: Sequence[str] | None = None,
    organisation_id: int | None = None,
    today: str | None = None,
) -> list[dict[str, Any]]:
    """Invitations issued in the period (if given), oldest first, with the date of their last status,
    their age in days on `today`, and the follow-ups attached to them ("due: what" lines)."""
    args: list[Any] = [today or "now"]
    where = ["i.deleted_at IS NULL"]
    if start and end:
        where.append(_within("i.issued_on", start, end, args))
    if directions:
        where.append(_in("i.direction", directions, args))
    if statuses:
        where.append(_in("i.status", statuses, args))
    if organisation_id is not None:
        where.append("(i.inviter_id = ? OR i.invitee_id = ?)")
        args += [organisation_id, organisation_id]
    sql = f"""
        SELECT i.id, i.uuid, i.direction, i.purpose, i.description, i.event, i.city, i.country,
            i.proposed_dates, i.issued_on, i.reply_by, i.status, i.updated_at,
            {_ORG.format('i.inviter_id')} AS inviter, {_ORG.format('i.invitee_id')} AS invitee,
            CAST(julianday(?) - julianday({_first_day('i.issued_on')}) AS INTEGER) AS age_days,
            (SELECT on_date FROM invitation_status_changes s WHERE s.invitation_id = i.id
                AND s.deleted_at IS NULL ORDER BY s.on_date DESC, s.position DESC LIMIT 1) AS status_on
        FROM invitations i WHERE {' AND '.join(where)}
        ORDER BY {_first_day('i.issued_on')} NULLS LAST, i.id"""
    rows = _rows(conn, sql, args)
    # follow_ups has no index on invitation_id: one pass over the linked ones beats a lookup per row.
    lines: dict[int, list[str]] = {}
    for invitation_id, line in conn.execute(
        "SELECT invitation_id, coalesce(due_on || ': ', '') || description || ' (' || status || ')' "
        "FROM follow_ups WHERE invitation_id IS NOT NULL AND deleted_at IS NULL "
        "ORDER BY due_on NULLS LAST, id"
    ):
        lines.setdefault(invitation_id, []).append(line)
    for row in rows:
        row["follow_ups"] = "; ".join(lines.get(row["id"], []))
    return rows


def agreements(
    conn: sqlite3.Connection,
    start: str | None = None,
    end: str | None = None,
    statuses: Sequence[str] | None = None,
    organisation_id: int | None = None,
) -> list[dict[str, Any]]:
    """Agreements signed in the period (if given), oldest first, with their parties by name."""
    args: list[Any] = []
    where = ["a.deleted_at IS NULL"]
    if start and end:
        where.append(_within("a.signed_on", start, end, args))
    if statuses:
        where.append(_in("a.status", statuses, args))
    if organisation_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id "
            "AND ap.organisation_id = ?)"
        )
        args.append(organisation_id)
    sql = f"""
        SELECT a.id, a.uuid, a.title, a.kind, a.status, a.signed_on, a.valid_until,
            (SELECT group_concat(name, ', ') FROM (
                SELECT o.name FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
                WHERE ap.agreement_id = a.id ORDER BY ap.position)) AS parties
        FROM agreements a WHERE {' AND '.join(where)}
        ORDER BY {_first_day('a.signed_on')} NULLS LAST, a.id"""
    return _rows(conn, sql, args)


_FOLLOW_UP_COLUMNS = f"""
    f.id, f.uuid, f.description, f.owner, f.due_on, f.priority, f.status, f.created_at, f.updated_at,
    {_ORG.format('f.organisation_id')} AS organisation,
    (SELECT 'invitation from ' || coalesce({_ORG.format('i.inviter_id')}, '?') || ' to '
        || coalesce({_ORG.format('i.invitee_id')}, '?') || coalesce(' issued ' || i.issued_on, '')
     FROM invitations i WHERE i.id = f.invitation_id) AS invitation,
    (SELECT 'visit' || coalesce(' of ' || v.date, '') || coalesce(' to ' || {_ORG.format('v.host_id')}, '')
     FROM visits v WHERE v.id = f.visit_id) AS visit,
    (SELECT max(h.changed_at) FROM history h WHERE h.record_type = 'follow_up'
        AND h.record_id = f.id AND h.field_name = 'status') AS status_changed_at"""


def follow_ups(
    conn: sqlite3.Connection,
    statuses: Sequence[str] | None = None,
    organisation_id: int | None = None,
) -> list[dict[str, Any]]:
    """Follow-up actions by owner (no owner last), then due date (no date last)."""
    args: list[Any] = []
    where = ["f.deleted_at IS NULL"]
    if statuses:
        where.append(_in("f.status", statuses, args))
    if organisation_id is not None:
        where.append("f.organisation_id = ?")
        args.append(organisation_id)
    sql = f"""SELECT {_FOLLOW_UP_COLUMNS} FROM follow_ups f WHERE {' AND '.join(where)}
        ORDER BY f.owner IS NULL, f.owner COLLATE NOCASE, f.due_on NULLS LAST, f.id"""
    return _rows(conn, sql, args)


def follow_ups_opened(conn: sqlite3.Connection, start: str, end: str) -> list[dict[str, Any]]:
    """Follow-up actions recorded in the period (by the day they were created), oldest first."""
    sql = f"""SELECT {_FOLLOW_UP_COLUMNS} FROM follow_ups f
        WHERE f.deleted_at IS NULL AND substr(f.created_at, 1, 10) BETWEEN ? AND ?
        ORDER BY f.created_at, f.id"""
    return _rows(conn, sql, [start, end])


def follow_ups_closed(conn: sqlite3.Connection, start: str, end: str) -> list[dict[str, Any]]:
    """Follow-up actions marked done or cancelled in the period (by their last status change)."""
    sql = f"""SELECT * FROM (SELECT {_FOLLOW_UP_COLUMNS},
            substr(coalesce((SELECT max(h.changed_at) FROM history h WHERE h.record_type = 'follow_up'
                AND h.record_id = f.id AND h.field_name = 'status'), f.updated_at), 1, 10) AS closed_on
        FROM follow_ups f WHERE f.deleted_at IS NULL AND f.status IN ('done', 'cancelled'))
        WHERE closed_on BETWEEN ? AND ? ORDER BY closed_on, id"""
    return _rows(conn, sql, [start, end])


def partners_first_met(
    conn: sqlite3.Connection, start: str, end: str, home_id: int | None = None
) -> list[dict[str, Any]]:
    """Organisations we first met in the period: in a visit made or received in it, and in none before.

    Only the organisations of the period's visits are looked up (through the host and visitor
    indexes), not every organisation's whole history.
    """
    args: list[Any] = []
    within = _within("v.date", start, end, args)
    earlier = f"v.deleted_at IS NULL AND v.direction IN ('incoming', 'outgoing') AND v.date IS NOT NULL AND {_first_day('v.date')} < ?"
    sql = f"""
        WITH in_period(id, host_id, day) AS (
            SELECT v.id, v.host_id, {_first_day('v.date')} FROM visits v
            WHERE v.deleted_at IS NULL AND v.direction IN ('incoming', 'outgoing') AND {within}),
        met(organisation_id, day) AS (
            SELECT host_id, day FROM in_period WHERE host_id IS NOT NULL
            UNION ALL
            SELECT vo.organisation_id, p.day FROM in_period p JOIN visit_organisations vo ON vo.visit_id = p.id),
        first_met AS (SELECT organisation_id, min(day) AS first_met FROM met GROUP BY organisation_id)
        SELECT o.id, o.uuid, o.name, o.acronym, o.kind, o.country, fm.first_met
        FROM first_met fm JOIN organisations o ON o.id = fm.organisation_id
        WHERE o.deleted_at IS NULL AND o.id IS NOT ?
            AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.host_id = o.id AND {earlier})
            AND NOT EXISTS (SELECT 1 FROM visit_organisations vo JOIN visits v ON v.id = vo.visit_id
                            WHERE vo.organisation_id = o.id AND {earlier})
        ORDER BY fm.first_met, o.name COLLATE NOCASE"""
    return _rows(conn, sql, [*args, home_id, start, start])


def dispatches_about(conn: sqlite3.Connection, organisation_id: int, limit: int = 20) -> list[dict[str, Any]]:
    """The latest dispatches behind a partner's visits, invitations and agreements, newest first."""
    sql = """
        SELECT d.id, d.uuid, d.title, d.agency, d.dateline_place, d.published_on, d.language, d.source
        FROM dispatches d WHERE d.deleted_at IS NULL AND d.id IN (
            SELECT dispatch_id FROM visits WHERE deleted_at IS NULL AND (host_id = :org OR id IN (
                SELECT visit_id FROM visit_organisations WHERE organisation_id = :org))
            UNION SELECT dispatch_id FROM invitations WHERE deleted_at IS NULL
                AND (inviter_id = :org OR invitee_id = :org)
            UNION SELECT a.dispatch_id FROM agreements a JOIN agreement_parties ap
                ON ap.agreement_id = a.id WHERE a.deleted_at IS NULL AND ap.organisation_id = :org)
        ORDER BY d.published_on DESC NULLS LAST, d.id DESC LIMIT :limit"""
    return _rows(conn, sql, {"org": organisation_id, "limit": limit})


def people_with_roles(conn: sqlite3.Connection, organisation_id: int) -> list[dict[str, Any]]:
    """The people of an organisation with each title they held (one row per title), by name."""
    sql = """
        SELECT p.id, p.honorific, p.name, r.title, r.started_on, r.ended_on
        FROM people p LEFT JOIN roles r ON r.person_id = p.id AND r.deleted_at IS NULL
        WHERE p.deleted_at IS NULL AND p.organisation_id = ?
        ORDER BY p.name COLLATE NOCASE, p.id, r.started_on NULLS LAST, r.position"""
    return _rows(conn, sql, [organisation_id])
