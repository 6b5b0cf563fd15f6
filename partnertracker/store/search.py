"""Full-text search over dispatches, partners, people and notes (FTS5, accent-insensitive, ranked by bm25)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# rowid in search_index = record id * 8 + kind code: one record's entry is found by rowid.
KIND_CODES: dict[str, int] = {
    "dispatch": 1,
    "organisation": 2,
    "person": 3,
    "visit": 4,
    "invitation": 5,
    "agreement": 6,
    "follow_up": 7,
}

# What each kind contributes: a title (shown as the hit, weighted more) and a body (the snippet).
# Each SELECT yields (rowid, title, body, kind, record_id) for the ids in the temp table `_ids`.
def _joined(separator: str, *parts: str) -> str:
    """SQL for the non-null parts joined by `separator` (concat_ws() needs SQLite 3.44)."""
    chain = " || ".join(f"coalesce('{separator}' || ({part}), '')" for part in parts)
    return f"substr({chain}, {len(separator) + 1})"


_DOT = " · "
_ENTRY_SQL: dict[str, str] = {
    "dispatch": """
        SELECT d.id * 8 + 1, coalesce(d.title, ''), d.text, 'dispatch', d.id
        FROM dispatches d WHERE d.id IN (SELECT id FROM _ids) AND d.deleted_at IS NULL""",
    "organisation": f"""
        SELECT o.id * 8 + 2,
               o.name || coalesce(' (' || o.acronym || ')', ''),
               {_joined(_DOT,
                   "SELECT group_concat(a.name, ' · ') FROM aliases a "
                   "WHERE a.organisation_id = o.id AND a.deleted_at IS NULL",
                   "nullif(o.hq_city, '')", "nullif(o.notes, '')")},
               'organisation', o.id
        FROM organisations o WHERE o.id IN (SELECT id FROM _ids) AND o.deleted_at IS NULL""",
    "person": f"""
        SELECT p.id * 8 + 3,
               coalesce(p.honorific || ' ', '') || p.name,
               {_joined(_DOT,
                   "SELECT group_concat(r.title, ' · ') FROM roles r "
                   "WHERE r.person_id = p.id AND r.deleted_at IS NULL",
                   "SELECT o.name FROM organisations o WHERE o.id = p.organisation_id",
                   "nullif(p.notes, '')")},
               'person', p.id
        FROM people p WHERE p.id IN (SELECT id FROM _ids) AND p.deleted_at IS NULL""",
    "visit": f"""
        SELECT v.id * 8 + 4,
               {_joined(" ", "'Visit'", "v.date",
                   "'to ' || (SELECT o.name FROM organisations o WHERE o.id = v.host_id)",
                   "'in ' || v.city")},
               {_joined(_DOT, "nullif(v.summary, '')", "v.venue")},
               'visit', v.id
        FROM visits v WHERE v.id IN (SELECT id FROM _ids) AND v.deleted_at IS NULL""",
    "invitation": f"""
        SELECT i.id * 8 + 5,
               {_joined(" ", "'Invitation'",
                   "'from ' || (SELECT o.name FROM organisations o WHERE o.id = i.inviter_id)",
                   "'to ' || (SELECT o.name FROM organisations o WHERE o.id = i.invitee_id)")},
               {_joined(_DOT, "nullif(i.description, '')", "i.event", "i.city")},
               'invitation', i.id
        FROM invitations i WHERE i.id IN (SELECT id FROM _ids) AND i.deleted_at IS NULL""",
    "agreement": """
        SELECT a.id * 8 + 6, a.title,
               (SELECT group_concat(o.name, ' · ') FROM agreement_parties ap
                JOIN organisations o ON o.id = ap.organisation_id WHERE ap.agreement_id = a.id),
               'agreement', a.id
        FROM agreements a WHERE a.id IN (SELECT id FROM _ids) AND a.deleted_at IS NULL""",
    "follow_up": f"""
        SELECT f.id * 8 + 7,
               CASE WHEN length(f.description) > 80 THEN substr(f.description, 1, 79) || '…'
                    ELSE f.description END,
               {_joined(_DOT, "f.description", "f.owner")},
               'follow_up', f.id
        FROM follow_ups f WHERE f.id IN (SELECT id FROM _ids) AND f.deleted_at IS NULL""",
}

_TABLES = {
    "dispatch": "dispatches",
    "organisation": "organisations",
    "person": "people",
    "visit": "visits",
    "invitation": "invitations",
    "agreement": "agreements",
    "follow_up": "follow_ups",
}


def _with_ids(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _ids (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM _ids")
    conn.executemany("INSERT OR IGNORE INTO _ids (id) VALUES (?)", ((i,) for i in ids))


def unindex(conn: sqlite3.Connection, kind: str, ids: Sequence[int]) -> None:
    code = KIND_CODES[kind]
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", ((i * 8 + code,) for i in ids))


def reindex(conn: sqlite3.Connection, kind: str, ids: Sequence[int]) -> None:
    """Rewrite the search entries of these records (a deleted record gets none). Call inside a transaction."""
    if not ids:
        return
    unindex(conn, kind, ids)
    _with_ids(conn, ids)
    conn.execute(
        f"INSERT INTO search_index (rowid, title, body, kind, record_id) {_ENTRY_SQL[kind]}"
    )


def reindex_all(conn: sqlite3.Connection) -> None:
    """Rebuild the whole index (used by the migration that creates it)."""
    conn.execute("DELETE FROM search_index")
    for kind, table in _TABLES.items():
        ids = [row[0] for row in conn.execute(f"SELECT id FROM {table}")]
        reindex(conn, kind, ids)


# ---------------------------------------------------------------------------
# Queries. An officer types words, not FTS5 syntax: the text becomes plain words that must all
# appear, "quoted phrases" stay phrases, a word ending in * is a prefix, and OR between two terms
# means either. Nothing the officer types can make SQLite raise a syntax error.

# A word keeps its combining marks (Arabic short vowels, a decomposed accent), as the index does.
_WORD = r"(?:\w|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed])+"
_TOKEN = re.compile(rf'"([^"]*)"|({_WORD})(\*?)|(\S)')


def fts_query(text: str) -> str:
    """Turn what an officer typed into a safe FTS5 query ('' when there is nothing to search for)."""
    terms: list[str] = []
    pending_or = False
    for phrase, word, star, _other in _TOKEN.findall(text):
        if phrase:
            words = re.findall(_WORD, phrase)
            if not words:
                continue
            term = '"' + " ".join(words) + '"'
        elif word:
            if word == "OR" and terms:
                pending_or = True
                continue
            if word in ("AND", "NOT", "NEAR"):
                continue  # operators the officer did not mean as words
            term = f'"{word}"' + ("*" if star else "")
        else:
            continue  # punctuation: brackets, a lone *, a stray quote
        if pending_or:
            terms[-1] = f"{terms[-1]} OR {term}"
            pending_or = False
        else:
            terms.append(term)
    if len(terms) == 1:
        return terms[0]
    return " AND ".join(f"({t})" if " OR " in t else t for t in terms)


# bm25 with the title column weighing ten times the body.
RANKING = "bm25(10.0, 1.0)"


@dataclass(frozen=True)
class SearchHit:
    """One search result: what it is, which record, its title and the matching words in context."""

    kind: str  # "dispatch", "organisation", "person", "visit", "invitation", "agreement", "follow_up"
    id: int
    title: str
    snippet: str
    rank: float  # bm25: lower is better


class SearchMixin:
    conn: sqlite3.Connection

    def search(
        self, query: str, limit: int = 50, kinds: Iterable[str] | None = None
    ) -> list[SearchHit]:
        """The best `limit` matches for what the officer typed, best first; [] when nothing matches.

        Titles weigh ten times the body, so a partner named in the query comes before the
        dispatches that merely mention it.
        """
        match = fts_query(query)
        if not match or limit <= 0:
            return []
        # ORDER BY rank (not a bm25() expression) lets FTS5 sort by itself and stop after `limit`
        # rows, so snippets are made for the hits shown only, not for every match.
        sql = (
            "SELECT kind, record_id, title, snippet(search_index, -1, '[', ']', '…', 12), rank "
            "FROM search_index WHERE search_index MATCH ? AND rank MATCH ?"
        )
        args: list[object] = [match, RANKING]
        if kinds is not None:
            chosen = [k for k in kinds if k in KIND_CODES]
            if not chosen:
                return []
            sql += f" AND kind IN ({', '.join('?' * len(chosen))})"
            args += chosen
        sql += " ORDER BY rank LIMIT ?"
        args.append(int(limit))
        return [
            SearchHit(kind=row[0], id=row[1], title=row[2], snippet=row[3] or "", rank=row[4])
            for row in self.conn.execute(sql, args)
        ]
