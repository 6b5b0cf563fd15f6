"""Paged, sorted list queries for the views and reports (sorting and filtering happen in SQL).

Every list takes `order_by` (one of the keys of its SORTABLE table; never user text in SQL),
`descending`, `limit` and `offset`, and returns a Page: the rows as plain dicts and the total
number of rows the filters select (for the view's row count and the report's summary).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from partnertracker.errors import UserError
from partnertracker.store import view_queries


@dataclass
class Page:
    """One page of a list: its rows (plain dicts) and how many rows the whole list has."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0


def _first_day(column: str) -> str:
    """SQL for the first day of a partial date ('2025' -> '2025-01-01'), for day arithmetic."""
    return (
        f"(CASE length({column}) WHEN 4 THEN {column} || '-01-01' "
        f"WHEN 7 THEN {column} || '-01' ELSE {column} END)"
    )


def _org_name(column: str) -> str:
    return f"(SELECT name FROM organisations WHERE id = {column})"


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Sortable columns of each list: the key a view passes -> the SQL expression it sorts by.
SORTABLE: dict[str, dict[str, str]] = {
    "organisations": {
        "name": "o.name COLLATE NOCASE",
        "acronym": "o.acronym COLLATE NOCASE",
        "kind": "o.kind",
        "country": "o.country",
        "status": "o.status",
        "last_contact": "o.last_contact",  # kept by the store (schema version 6)
        "open_invitations": "open_invitations",
        "created_at": "o.created_at",
        "updated_at": "o.updated_at",
    },
    "people": {
        "name": "p.name COLLATE NOCASE",
        "organisation": "organisation COLLATE NOCASE",
        "created_at": "p.created_at",
    },
    "visits": {
        "date": "v.date",
        "host": "host COLLATE NOCASE",
        "direction": "v.direction",
        "status": "v.status",
        "city": "v.city COLLATE NOCASE",
        "country": "v.country",
        "created_at": "v.created_at",
    },
    "invitations": {
        "issued_on": "i.issued_on",
        "age_days": "age_days",
        "reply_by": "i.reply_by",
        "status": "i.status",
        "direction": "i.direction",
        "inviter": "inviter COLLATE NOCASE",
        "invitee": "invitee COLLATE NOCASE",
        "created_at": "i.created_at",
    },
    "agreements": {
        "signed_on": "a.signed_on",
        "valid_until": "a.valid_until",
        "title": "a.title COLLATE NOCASE",
        "kind": "a.kind",
        "status": "a.status",
        "created_at": "a.created_at",
    },
    "follow_ups": {
        "due_on": "f.due_on",
        "priority": "(CASE f.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END)",
        "status": "f.status",
        "owner": "f.owner COLLATE NOCASE",
        "organisation": "organisation COLLATE NOCASE",
        "created_at": "f.created_at",
    },
    "dispatches": {
        "published_on": "d.published_on",
        "title": "d.title COLLATE NOCASE",
        "agency": "d.agency COLLATE NOCASE",
        "state": "d.state",
        "language": "d.language",
        "imported_at": "d.created_at",
    },
}


# The sections of a dispatch's proposal that hold items for the officer to review.
PROPOSAL_SECTIONS = ("organisations", "people", "visits", "invitations", "agreements", "follow_ups")
# Counted in SQL from the stored proposal, on the rows of one page only: always the proposal as it
# is now (replaced after an edit or a re-extraction), with no text or proposal sent to Python.
_PROPOSED_ITEMS = "(" + " + ".join(
    f"coalesce(json_array_length(d.proposal, '$.{section}'), 0)" for section in PROPOSAL_SECTIONS
) + ")"
# How much of an untitled dispatch's text a list reads to name it by its first sentence.
OPENING_CHARS = 2000


@dataclass
class _Filters:
    """WHERE clauses and their arguments, built up one filter at a time."""

    clauses: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def add(self, clause: str, *args: Any) -> None:
        self.clauses.append(clause)
        self.args.extend(args)

    def one_of(self, column: str, values: str | Sequence[str] | None) -> None:
        if values is None:
            return
        chosen = [values] if isinstance(values, str) else [str(v) for v in values]
        self.add(f"{column} IN ({', '.join('?' * len(chosen))})", *chosen)

    @property
    def where(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1"


def _order(
    list_name: str, order_by: str, descending: bool, key: str, nulls_last: bool = True
) -> str:
    columns = SORTABLE[list_name]
    if order_by not in columns:
        raise UserError(
            f"cannot sort the {list_name.replace('_', '-')} by {order_by!r}; "
            f"choose one of: {', '.join(columns)}"
        )
    direction = "DESC" if descending else "ASC"
    # Empty values go last whatever the direction; the id keeps pages stable between calls.
    nulls = " NULLS LAST" if nulls_last else ""
    return f"{columns[order_by]} {direction}{nulls}, {key} {direction}"


def _today(today: str | dt.date | None) -> str:
    if today is None:
        return dt.date.today().isoformat()
    return today.isoformat() if isinstance(today, dt.date) else str(today)


class QueriesMixin:
    conn: sqlite3.Connection

    def _page(
        self, select: str, from_where: str, args: list[Any], order: str, limit: int, offset: int,
        select_args: Sequence[Any] = (), count: bool = True,
    ) -> Page:
        total = self.conn.execute(f"SELECT count(*) {from_where}", args).fetchone()[0] if count else -1
        cursor = self.conn.execute(
            f"{select} {from_where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*select_args, *args, max(int(limit), 0), max(int(offset), 0)],
        )
        names = [d[0] for d in cursor.description]
        return Page(rows=[dict(zip(names, row, strict=True)) for row in cursor], total=total)

    def list_organisations(
        self,
        filter_text: str = "",
        status: str | Sequence[str] | None = None,
        kind: str | Sequence[str] | None = None,
        order_by: str = "name",
        descending: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> Page:
        """Partners with their last contact (latest live visit either way) and open invitations."""
        filters = _Filters(["o.deleted_at IS NULL"])
        if filter_text.strip():
            pattern = _like(filter_text.strip())
            filters.add(
                "(o.name LIKE ? ESCAPE '\\' OR o.acronym LIKE ? ESCAPE '\\' OR EXISTS ("
                "SELECT 1 FROM aliases a WHERE a.organisation_id = o.id AND a.deleted_at IS NULL "
                "AND a.name LIKE ? ESCAPE '\\'))",
                pattern, pattern, pattern,
            )
        filters.one_of("o.status", status)
        filters.one_of("o.kind", kind)
        select = """
            SELECT o.id, o.name, o.acronym, o.kind, o.country, o.hq_city, o.status, o.is_home,
                o.last_contact,
                (SELECT count(*) FROM invitations i WHERE i.status = 'pending' AND i.deleted_at IS NULL
                    AND (i.inviter_id = o.id OR i.invitee_id = o.id)) AS open_invitations"""
        page = self._page(
            select, f"FROM organisations o WHERE {filters.where}", filters.args,
            _order("organisations", order_by, descending, "o.id"), limit, offset,
        )
        for row in page.rows:
            row["is_home"] = bool(row["is_home"])
        return page

    def list_people(
        self,
        filter_text: str = "",
        organisation_id: int | None = None,
        order_by: str = "name",
        descending: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> Page:
        """People with their organisation and current title (the latest role)."""
        filters = _Filters(["p.deleted_at IS NULL"])
        if filter_text.strip():
            filters.add("p.name LIKE ? ESCAPE '\\'", _like(filter_text.strip()))
        if organisation_id is not None:
            filters.add("p.organisation_id = ?", organisation_id)
        select = f"""
            SELECT p.id, p.honorific, p.name, p.organisation_id, {_org_name('p.organisation_id')} AS organisation,
                (SELECT r.title FROM roles r WHERE r.person_id = p.id AND r.deleted_at IS NULL
                 ORDER BY r.started_on DESC NULLS LAST, r.position DESC LIMIT 1) AS title,
                p.email, p.phone"""
        return self._page(
            select, f"FROM people p WHERE {filters.where}", filters.args,
            _order("people", order_by, descending, "p.id"), limit, offset,
        )

    def list_visits(
        self,
        filter_text: str = "",
        direction: str | Sequence[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        organisation_id: int | None = None,
        status: str | Sequence[str] | None = None,
        order_by: str = "date",
        descending: bool = True,
        limit: int = 100,
        offset: int = 0,
    ) -> Page:
        """Visits with host and visiting organisations by name; dates are inclusive, partial dates allowed."""
        filters = _Filters(["v.deleted_at IS NULL"])
        filters.one_of("v.direction", direction)
        filters.one_of("v.status", status)
        if date_from:
            filters.add("v.date >= ?", date_from)
        if date_to:
            # "2025-07" as the end takes in every day of July: '2025-07-31' < '2025-07-99'.
            filters.add("v.date <= ?", f"{date_to}-99")
        if organisation_id is not None:
            filters.add(
                "(v.host_id = ? OR EXISTS (SELECT 1 FROM visit_organisations vo "
                "WHERE vo.visit_id = v.id AND vo.organisation_id = ?))",
                organisation_id, organisation_id,
            )
        if filter_text.strip():
            pattern = _like(filter_text.strip())
            filters.add(
                f"(v.summary LIKE ?1 ESCAPE '\\' OR v.city LIKE ?1 ESCAPE '\\' OR v.venue LIKE ?1 ESCAPE '\\' "
                f"OR {_org_name('v.host_id')} LIKE ?1 ESCAPE '\\')".replace("?1", "?"),
                pattern, pattern, pattern, pattern,
            )
        select = f"""
            SELECT v.id, v.date, v.date_precision, v.direction, v.status, v.host_id,
                {_org_name('v.host_id')} AS host,
                (SELECT group_concat(name, ', ') FROM (
                    SELECT o.name FROM visit_organisations vo JOIN organisations o ON o.id = vo.organisation_id
                    WHERE vo.visit_id = v.id ORDER BY vo.position)) AS visitors,
                v.venue, v.city, v.country, v.summary, v.dispatch_id, v.invitation_id"""
        return self._page(
            select, f"FROM visits v WHERE {filters.where}", filters.args,
            _order("visits", order_by, descending, "v.id"), limit, offset,
        )

    def list_invitations(
        self,
        status: str | Sequence[str] | None = None,
        direction: str | Sequence[str] | None = None,
        organisation_id: int | None = None,
        filter_text: str = "",
        today: str | dt.date | None = None,
        order_by: str = "issued_on",
        descending: bool = True,
        limit: int = 100,
        offset: int = 0,
    ) -> Page:
        """Invitations with inviter and invitee by name, issue date, age in days and reply-by date."""
        filters = _Filters(["i.deleted_at IS NULL"])
        filters.one_of("i.status", status)
        filters.one_of("i.direction", direction)
        if organisation_id is not None:
            filters.add("(i.inviter_id = ? OR i.invitee_id = ?)", organisation_id, organisation_id)
        if filter_text.strip():
            pattern = _like(filter_text.strip())
            filters.add(
                "(i.description LIKE ? ESCAPE '\\' OR i.event LIKE ? ESCAPE '\\' OR i.city LIKE ? ESCAPE '\\')",
                pattern, pattern, pattern,
            )
        select = f"""
            SELECT i.id, i.inviter_id, {_org_name('i.inviter_id')} AS inviter,
                i.invitee_id, {_org_name('i.invitee_id')} AS invitee,
                i.direction, i.purpose, i.description, i.event, i.city, i.country, i.proposed_dates,
                i.issued_on, i.reply_by, i.status,
                CAST(julianday(?) - julianday({_first_day('i.issued_on')}) AS INTEGER) AS age_days,
                i.honoured_by_visit_id, i.dispatch_id"""
        return self._page(
            select, f"FROM invitations i WHERE {filters.where}", filters.args,
            _order("invitations", order_by, descending, "i.id"), limit, offset,
            select_args=[_today(today)],
        )

    def pending_invitations(self, **options: Any) -> Page:
        """The invitations still unanswered, oldest first unless told otherwise."""
        options.setdefault("order_by", "issued_on")
        options.setdefault("descending", False)
        return self.list_invitations(status="pending", **options)

    def list_agreements(
        self,
        status: str | Sequence[str] | None = None,
        kind: str | Sequence[str] | None = None,
        organisation_id: int | None = None,
        filter_text: str = "",
        order_by: str = "signed_on",
        descending: bool = True,
        limit: int = 100,
        offset: int = 0,
    ) -> Page:
        """Agreements with their parties by name."""
        filters = _Filters(["a.deleted_at IS NULL"])
        filters.one_of("a.status", status)
        filters.one_of("a.kind", kind)
        if organisation_id is not None:
            filters.add(
                "EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id "
                "AND ap.organisation_id = ?)",
                organisation_id,
            )
        if filter_text.strip():
            filters.add("a.title LIKE ? ESCAPE '\\'", _like(filter_text.strip()))
        select = """
            SELECT a.id, a.title, a.kind, a.status, a.signed_on, a.valid_until,
                (SELECT group_concat(name, ', ') FROM (
                    SELECT o.name FROM agreement_parties ap JOIN organisations o ON o.id = ap.organisation_id
                    WHERE ap.agreement_id = a.id ORDER BY ap.position)) AS parties,
                a.dispatch_id"""
        return self._page(
            select, f"FROM agreements a WHERE {filters.where}", filters.args,
            _order("agreements", order_by, descending, "a.id"), limit, offset,
        )

    def list_follow_ups(
        self,
        owner: str | None = None,
        status: str | Sequence[str] | None = None,
        overdue_only: bool = False,
        organisation_id: int | None = None,
        filter_text: str = "",
        today: str | dt.date | None = None,
        order_by: str = "due_on",
        descending: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> Page:
        """Follow-up actions with their partner by name; `overdue` is an open action past its due date."""
        day = _today(today)
        filters = _Filters(["f.deleted_at IS NULL"])
        if owner is not None:
            filters.add("f.owner = ?", owner)
        filters.one_of("f.status", status)
        if overdue_only:
            filters.add("f.status = 'open' AND f.due_on < ?", day)
        if organisation_id is not None:
            filters.add("f.organisation_id = ?", organisation_id)
        if filter_text.strip():
            filters.add("f.description LIKE ? ESCAPE '\\'", _like(filter_text.strip()))
        select = f"""
            SELECT f.id, f.description, f.owner, f.due_on, f.priority, f.status,
                f.organisation_id, {_org_name('f.organisation_id')} AS organisation,
                f.visit_id, f.invitation_id, f.agreement_id, f.dispatch_id,
                (f.status = 'open' AND f.due_on < ?) AS overdue"""
        page = self._page(
            select, f"FROM follow_ups f WHERE {filters.where}", filters.args,
            _order("follow_ups", order_by, descending, "f.id"), limit, offset,
            select_args=[day],
        )
        for row in page.rows:
            row["overdue"] = bool(row["overdue"])
        return page

    def list_dispatches(
        self,
        state: str | Sequence[str] | None = None,
        language: str | None = None,
        filter_text: str = "",
        order_by: str = "published_on",
        descending: bool = True,
        limit: int = 100,
        offset: int = 0,
        count: bool = True,
    ) -> Page:
        """Dispatches without their text (open one with get_dispatch), with how many items their
        proposal holds (`proposed_items`) and, for those with no title, the start of their text
        (`opening`, OPENING_CHARS characters) to name them by.

        `count=False` leaves `total` at -1, for a list that keeps its count from its first page.
        """
        filters = _Filters(["d.deleted_at IS NULL"])
        filters.one_of("d.state", state)
        if language:
            filters.add("d.language = ?", language)
        if filter_text.strip():
            filters.add("d.title LIKE ? ESCAPE '\\'", _like(filter_text.strip()))
        select = f"""
            SELECT d.id, d.title, d.agency, d.dateline_place, d.published_on, d.language, d.source,
                d.state, d.sha256, d.created_at AS imported_at, length(d.text) AS length,
                {_PROPOSED_ITEMS} AS proposed_items,
                CASE WHEN coalesce(d.title, '') = '' THEN substr(d.text, 1, ?) END AS opening"""
        return self._page(
            select, f"FROM dispatches d WHERE {filters.where}", filters.args,
            _order("dispatches", order_by, descending, "d.id"), limit, offset,
            select_args=[OPENING_CHARS], count=count,
        )

    def partner_timeline(self, organisation_id: int, limit: int = 100, offset: int = 0) -> Page:
        """Everything that happened with one partner, newest first: visits, invitations,
        agreements, follow-ups and the dispatches behind them.

        Each row: kind, id, date, and the parts a reader's sentence is made of, left to the
        interface to put in words in its own language: `title` (an agreement's title, a follow-up's
        description, a dispatch's title, None when it has none), a visit's `host` and `city`, an
        invitation's `inviter`, `invitee` (names, None when unknown) and `status`.
        """
        rows, total = view_queries.partner_timeline(self.conn, organisation_id, limit, offset)  # the page's query
        return Page(rows=rows, total=total)
