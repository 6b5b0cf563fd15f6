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
