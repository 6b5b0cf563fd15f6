"""SQL for the visits view at 100,000 rows: a page of ids in the asked order, then those rows.

list_visits() computes every shown column (host and visitors by name) for each row before it
sorts, which costs seconds when sorting by host on a large file. Here the order is found first
over the indexes alone (sorting by host walks organisations_by_name and visits_by_host and stops
after one page), then the page's rows are read by id. The count is asked separately, so that a
new sort order (which cannot change it) does not pay for it again. Text filters go through the
full-text index (word prefixes), not LIKE over every row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from partnertracker.errors import UserError
from partnertracker.store.search import KIND_CODES, fts_query

_VISIT_CODE = int(KIND_CODES["visit"])

_ORDER = {
    "date": "v.date {d} NULLS LAST, v.id {d}",
    "direction": "v.direction {d}, v.date {d}, v.id {d}",  # newest first within a direction
    "status": "v.status {d}, v.id {d}",
    "city": "v.city COLLATE NOCASE {d} NULLS LAST, v.id {d}",
    "country": "v.country {d} NULLS LAST, v.id {d}",
    "created_at": "v.created_at {d}, v.id {d}",
}

# The same columns list_visits() gives, for a handful of ids.
_ROWS = """
    SELECT v.id, v.date, v.date_precision, v.direction, v.status, v.host_id,
        (SELECT name FROM organisations WHERE id = v.host_id) AS host,
        (SELECT group_concat(name, ', ') FROM (
            SELECT o.name FROM visit_organisations vo JOIN organisations o ON o.id = vo.organisation_id
            WHERE vo.visit_id = v.id ORDER BY vo.position)) AS visitors,
        v.venue, v.city, v.country, v.summary, v.dispatch_id, v.invitation_id
    FROM visits v WHERE v.id IN ({marks})"""


def _where(filter_text: str, direction: str | Sequence[str] | None) -> tuple[str, list[Any]]:
    clauses, args = ["v.deleted_at IS NULL"], []
    if direction is not None:
        chosen = [direction] if isinstance(direction, str) else list(direction)
        clauses.append(f"v.direction IN ({', '.join('?' * len(chosen))})")
        args += chosen
    match = filter_match(filter_text)
    if match:
        # The full-text index already holds each visit's host, city, venue and summary; its rowid
        # is the visit id * 8 + 4 (search.py), so no LIKE scans 100,000 summaries per keystroke.
        clauses.append(
            f"v.id IN (SELECT rowid / 8 FROM search_index WHERE search_index MATCH ? AND rowid % 8 = {_VISIT_CODE})"
        )
        args.append(match)
    return " AND ".join(clauses), args


def filter_match(text: str) -> str:
    """What is typed in a filter box as an FTS query: every word a prefix ('rab coop' finds 'Rabat cooperation')."""
    if '"' not in text:
        text = " ".join(word if word.endswith("*") else f"{word}*" for word in text.split())
    return fts_query(text)


def count_visits(conn: sqlite3.Connection, filter_text: str = "", direction: str | Sequence[str] | None = None) -> int:
    where, args = _where(filter_text, direction)
    return int(conn.execute(f"SELECT count(*) FROM visits v WHERE {where}", args).fetchone()[0])


def visit_page(
    conn: sqlite3.Connection,
    filter_text: str = "",
    direction: str | Sequence[str] | None = None,
    order_by: str = "date",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of visits (the columns of list_visits) in the order asked, sorted and filtered in SQL."""
    d = "DESC" if descending else "ASC"
    where, args = _where(filter_text, direction)
    paging = [max(int(limit), 0), max(int(offset), 0)]
    if order_by == "host":
        # Walk partners in name order and each one's visits by index (one page, no full sort);
        # visits with no host come after all the others.
        hosted_sql = f"""
            SELECT v.id FROM organisations h CROSS JOIN visits v ON v.host_id = h.id WHERE {where}
            ORDER BY h.name COLLATE NOCASE {d}, h.id {d}, v.date {d}, v.id {d} LIMIT ? OFFSET ?"""
        ids = [row[0] for row in conn.execute(hosted_sql, [*args, *paging])]
        if len(ids) < paging[0]:
            if ids:
                hosted = paging[1] + len(ids)
            else:
                hosted = int(conn.execute(
                    f"SELECT count(*) FROM visits v WHERE v.host_id IS NOT NULL AND {where}", args).fetchone()[0])
            no_host_sql = (f"SELECT v.id FROM visits v WHERE v.host_id IS NULL AND {where} "
                           f"ORDER BY v.date {d}, v.id {d} LIMIT ? OFFSET ?")
            ids += [row[0] for row in conn.execute(
                no_host_sql, [*args, paging[0] - len(ids), max(paging[1] - hosted, 0)])]
    elif order_by in _ORDER:
        sql = f"SELECT v.id FROM visits v WHERE {where} ORDER BY {_ORDER[order_by].format(d=d)} LIMIT ? OFFSET ?"
        ids = [row[0] for row in conn.execute(sql, [*args, *paging])]
    else:
        raise UserError(f"cannot sort the visits by {order_by!r}; choose one of: host, {', '.join(_ORDER)}")
    if not ids:
        return []
    cursor = conn.execute(_ROWS.format(marks=", ".join("?" * len(ids))), ids)
    names = [column[0] for column in cursor.description]
    by_id = {row[0]: dict(zip(names, row, strict=True)) for row in cursor}
    return [by_id[i] for i in ids]


# ---------------------------------------------------------------------------------------------
# The partners list. list_organisations() counts open invitations with `inviter_id = o.id OR
# invitee_id = o.id`, which no index serves: 30,000 invitations read per partner, seconds per
# page and minutes per sort at 10,000 partners. Here open invitations are two indexed lookups per
# partner, and sorting by them aggregates them once for all partners. The last contact is stored
# (schema version 6, kept by triggers) and sorting by it walks its index.

_PARTNER_ORDER = {
    "name": "o.name COLLATE NOCASE {d}, o.id {d}",
    "acronym": "o.acronym COLLATE NOCASE {d} NULLS LAST, o.id {d}",
    "kind": "o.kind {d}, o.name COLLATE NOCASE {d}, o.id {d}",
    "country": "o.country {d} NULLS LAST, o.name COLLATE NOCASE {d}, o.id {d}",
    "status": "o.status {d}, o.name COLLATE NOCASE {d}, o.id {d}",
}

# Per partner: the pending invitations it gave or received. (Its last contact, the latest visit
# either way, is a column the store keeps: schema.py version 6.)
_OPEN_INVITATIONS_ALL = """
    SELECT org, count(*) AS open_invitations FROM (
        SELECT id, inviter_id AS org FROM invitations
        WHERE status = 'pending' AND deleted_at IS NULL AND inviter_id IS NOT NULL
        UNION
        SELECT id, invitee_id FROM invitations
        WHERE status = 'pending' AND deleted_at IS NULL AND invitee_id IS NOT NULL)
    GROUP BY org"""

_PARTNER_ROWS = """
    SELECT o.id, o.name, o.acronym, o.kind, o.country, o.hq_city, o.status, o.is_home,
        o.last_contact,
        (SELECT count(*) FROM invitations i
         WHERE i.inviter_id = o.id AND i.status = 'pending' AND i.deleted_at IS NULL)
        + (SELECT count(*) FROM invitations i
           WHERE i.invitee_id = o.id AND i.inviter_id IS NOT o.id AND i.status = 'pending'
           AND i.deleted_at IS NULL) AS open_invitations
    FROM organisations o WHERE o.id IN ({marks})"""


def _partner_where(filter_text: str) -> tuple[str, list[Any]]:
    text = filter_text.strip()
    if not text:
        return "o.deleted_at IS NULL", []
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    return (
        "o.deleted_at IS NULL AND (o.name LIKE ? ESCAPE '\\' OR o.acronym LIKE ? ESCAPE '\\' OR o.id IN ("
        "SELECT organisation_id FROM aliases WHERE deleted_at IS NULL AND name LIKE ? ESCAPE '\\'))",
        [pattern, pattern, pattern],
    )


def count_partners(conn: sqlite3.Connection, filter_text: str = "") -> int:
    where, args = _partner_where(filter_text)
    return int(conn.execute(f"SELECT count(*) FROM organisations o WHERE {where}", args).fetchone()[0])


def partner_page(
    conn: sqlite3.Connection,
    filter_text: str = "",
    order_by: str = "name",
    descending: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of partners with last contact and open invitations (the columns of list_organisations)."""
    d = "DESC" if descending else "ASC"
    where, args = _partner_where(filter_text)
    paging = [max(int(limit), 0), max(int(offset), 0)]
    if order_by in _PARTNER_ORDER:
        sql = f"SELECT o.id FROM organisations o WHERE {where} ORDER BY {_PARTNER_ORDER[order_by].format(d=d)} LIMIT ? OFFSET ?"
        ids = [row[0] for row in conn.execute(sql, [*args, *paging])]
    elif order_by == "last_contact":
        ids = _partners_by_last_contact(conn, where, args, descending, *paging)
    elif order_by == "open_invitations":
        sql = (
            f"SELECT o.id FROM organisations o LEFT JOIN ({_OPEN_INVITATIONS_ALL}) f ON f.org = o.id WHERE {where} "
            f"ORDER BY coalesce(f.open_invitations, 0) {d}, o.name COLLATE NOCASE {d}, o.id {d} LIMIT ? OFFSET ?"
        )
        ids = [row[0] for row in conn.execute(sql, [*args, *paging])]
    else:
        choices = ", ".join([*_PARTNER_ORDER, "last_contact", "open_invitations"])
        raise UserError(f"cannot sort the partners by {order_by!r}; choose one of: {choices}")
    if not ids:
        return []
    cursor = conn.execute(_PARTNER_ROWS.format(marks=", ".join("?" * len(ids))), ids)
    names = [column[0] for column in cursor.description]
    by_id = {}
    for row in cursor:
        found = dict(zip(names, row, strict=True))
        found["is_home"] = bool(found["is_home"])
        by_id[found["id"]] = found
    return [by_id[i] for i in ids]


def _partners_by_last_contact(conn: sqlite3.Connection, where: str, args: list[Any], descending: bool,
                              limit: int, offset: int) -> list[int]:
    """One page of partner ids by stored last contact, never-contacted partners last either way.

    Both ways walk organisations_by_last_contact and stop after one page. Newest first is the
    index read backwards (its NULLs come last by themselves); oldest first reads the dated
    partners, then, when the page is not full, the never-contacted ones by name.
    """
    if descending:
        sql = (f"SELECT o.id FROM organisations o WHERE {where} "
               "ORDER BY o.last_contact DESC, o.name COLLATE NOCASE DESC, o.id DESC LIMIT ? OFFSET ?")
        return [row[0] for row in conn.execute(sql, [*args, limit, offset])]
    dated_sql = (f"SELECT o.id FROM organisations o WHERE {where} AND o.last_contact IS NOT NULL "
                 "ORDER BY o.last_contact, o.name COLLATE NOCASE, o.id LIMIT ? OFFSET ?")
    ids = [row[0] for row in conn.execute(dated_sql, [*args, limit, offset])]
    if len(ids) < limit:
        if ids:
            dated = offset + len(ids)
        else:
            dated = int(conn.execute(
                f"SELECT count(*) FROM organisations o WHERE {where} AND o.last_contact IS NOT NULL", args,
            ).fetchone()[0])
        never_sql = (f"SELECT o.id FROM organisations o WHERE {where} AND o.last_contact IS NULL "
                     "ORDER BY o.name COLLATE NOCASE, o.id LIMIT ? OFFSET ?")
        ids += [row[0] for row in conn.execute(never_sql, [*args, limit - len(ids), max(offset - dated, 0)])]
    return ids


# ---------------------------------------------------------------------------------------------
# A partner's timeline. partner_timeline() finds the partner's visits with
# `host_id = :org OR EXISTS (...)`, which scans every visit (twice, with the dispatches): about
# 0.2 s per partner at 100,000 visits, felt when arrowing down the partners list. Here the
# partner's visits are found once, by index, and everything else hangs off them.

_TIMELINE = """
WITH my_visits AS MATERIALIZED (
    SELECT id FROM visits WHERE host_id = :org
    UNION SELECT visit_id FROM visit_organisations WHERE organisation_id = :org),
my_invitations AS MATERIALIZED (
    SELECT id FROM invitations WHERE inviter_id = :org
    UNION SELECT id FROM invitations WHERE invitee_id = :org),
my_agreements AS MATERIALIZED (
    SELECT agreement_id AS id FROM agreement_parties WHERE organisation_id = :org),
entries AS (
    SELECT 'visit' AS kind, v.id, v.date AS date, NULL AS title,
        (SELECT name FROM organisations WHERE id = v.host_id) AS host, v.city AS city,
        NULL AS inviter, NULL AS invitee, NULL AS status
    FROM visits v WHERE v.id IN my_visits AND v.deleted_at IS NULL
    UNION ALL
    SELECT 'invitation', i.id, i.issued_on, NULL, NULL, NULL,
        (SELECT name FROM organisations WHERE id = i.inviter_id),
        (SELECT name FROM organisations WHERE id = i.invitee_id), i.status
    FROM invitations i WHERE i.id IN my_invitations AND i.deleted_at IS NULL
    UNION ALL
    SELECT 'agreement', a.id, a.signed_on, a.title, NULL, NULL, NULL, NULL, NULL
    FROM agreements a WHERE a.id IN my_agreements AND a.deleted_at IS NULL
    UNION ALL
    SELECT 'follow_up', f.id, f.due_on, f.description, NULL, NULL, NULL, NULL, NULL
    FROM follow_ups f WHERE f.organisation_id = :org AND f.deleted_at IS NULL
    UNION ALL
    SELECT 'dispatch', d.id, d.published_on, d.title, NULL, NULL, NULL, NULL, NULL
    FROM dispatches d WHERE d.deleted_at IS NULL AND d.id IN (
        SELECT dispatch_id FROM visits WHERE id IN my_visits AND deleted_at IS NULL
        UNION SELECT dispatch_id FROM invitations WHERE id IN my_invitations AND deleted_at IS NULL
        UNION SELECT dispatch_id FROM agreements WHERE id IN my_agreements AND deleted_at IS NULL))"""


def partner_timeline(conn: sqlite3.Connection, organisation_id: int, limit: int = 100,
                     offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """The rows of Store.partner_timeline() (newest first) and their count."""
    params = {"org": organisation_id, "limit": max(int(limit), 0), "offset": max(int(offset), 0)}
    cursor = conn.execute(
        f"{_TIMELINE} SELECT *, count(*) OVER () AS total FROM entries "
        "ORDER BY date DESC NULLS LAST, kind, id DESC LIMIT :limit OFFSET :offset",
        params,
    )
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor]
    total = rows[0].pop("total") if rows else 0
    for row in rows[1:]:
        row.pop("total")
    if not rows and offset:
        total = int(conn.execute(f"{_TIMELINE} SELECT count(*) FROM entries", params).fetchone()[0])
    return rows, int(total)


# ---------------------------------------------------------------------------------------------
# The invitations list: the same ids-first shape (list_invitations() names inviter and invitee
# and works out the age of every pending invitation before sorting: 0.1-0.3 s a sort at 30,000).

def _first_day(column: str) -> str:
    return (f"(CASE length({column}) WHEN 4 THEN {column} || '-01-01' "
            f"WHEN 7 THEN {column} || '-01' ELSE {column} END)")


_INVITATION_ORDER = {
    "issued_on": "i.issued_on {d} NULLS LAST, i.id {d}",
    # Age grows as the first day of the issue date goes back: the same order, reversed.
    "age_days": f"julianday({_first_day('i.issued_on')}) {{r}} NULLS LAST, i.id {{d}}",
    "reply_by": "i.reply_by {d} NULLS LAST, i.id {d}",
    "status": "i.status {d}, i.id {d}",
    "direction": "i.direction {d}, i.id {d}",
    "inviter": "(SELECT name FROM organisations WHERE id = i.inviter_id) COLLATE NOCASE {d} NULLS LAST, i.id {d}",
    "invitee": "(SELECT name FROM organisations WHERE id = i.invitee_id) COLLATE NOCASE {d} NULLS LAST, i.id {d}",
    "created_at": "i.created_at {d}, i.id {d}",
}

_INVITATION_ROWS = f"""
    SELECT i.id, i.inviter_id, (SELECT name FROM organisations WHERE id = i.inviter_id) AS inviter,
        i.invitee_id, (SELECT name FROM organisations WHERE id = i.invitee_id) AS invitee,
        i.direction, i.purpose, i.description, i.event, i.city, i.country, i.proposed_dates,
        i.issued_on, i.reply_by, i.status,
        CAST(julianday(?) - julianday({_first_day('i.issued_on')}) AS INTEGER) AS age_days,
        i.honoured_by_visit_id, i.dispatch_id
    FROM invitations i WHERE i.id IN ({{marks}})"""


def _invitation_where(status: str | None, direction: str | None, filter_text: str) -> tuple[str, list[Any]]:
    clauses, args = ["i.deleted_at IS NULL"], []
    if status is not None:
        clauses.append("i.status = ?")
        args.append(status)
    if direction is not None:
        clauses.append("i.direction = ?")
        args.append(direction)
    text = filter_text.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("(i.description LIKE ? ESCAPE '\\' OR i.event LIKE ? ESCAPE '\\' OR i.city LIKE ? ESCAPE '\\')")
        args += [f"%{escaped}%"] * 3
    return " AND ".join(clauses), args


def count_invitations(conn: sqlite3.Connection, status: str | None = None, direction: str | None = None,
                      filter_text: str = "") -> int:
    where, args = _invitation_where(status, direction, filter_text)
    return int(conn.execute(f"SELECT count(*) FROM invitations i WHERE {where}", args).fetchone()[0])


def invitation_page(
    conn: sqlite3.Connection,
    today: str,
    status: str | None = None,
    direction: str | None = None,
    filter_text: str = "",
    order_by: str = "issued_on",
    descending: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of invitations (the columns of list_invitations), ordered in SQL before anything is named."""
    if order_by not in _INVITATION_ORDER:
        raise UserError(f"cannot sort the invitations by {order_by!r}; choose one of: {', '.join(_INVITATION_ORDER)}")
    d, r = ("DESC", "ASC") if descending else ("ASC", "DESC")
    where, args = _invitation_where(status, direction, filter_text)
    order = _INVITATION_ORDER[order_by].format(d=d, r=r)
    ids = [row[0] for row in conn.execute(
        f"SELECT i.id FROM invitations i WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*args, max(int(limit), 0), max(int(offset), 0)])]
    if not ids:
        return []
    cursor = conn.execute(_INVITATION_ROWS.format(marks=", ".join("?" * len(ids))), [today, *ids])
    names = [column[0] for column in cursor.description]
    by_id = {row[0]: dict(zip(names, row, strict=True)) for row in cursor}
    return [by_id[i] for i in ids]
