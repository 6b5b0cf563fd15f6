"""The database schema as one ordered list of migrations, recorded in PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from partnertracker.domain import (
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    DispatchState,
    FollowUpStatus,
    InvitationDirection,
    InvitationPurpose,
    InvitationStatus,
    OrganisationKind,
    Priority,
    RelationshipStatus,
    VisitDirection,
    VisitStatus,
)


def _check(column: str, enum: type, nullable: bool = False) -> str:
    """A CHECK constraint holding a column to the values of a domain enum."""
    values = ", ".join(f"'{member.value}'" for member in enum)  # type: ignore[attr-defined]
    test = f"{column} IN ({values})"
    return f"CHECK ({column} IS NULL OR {test})" if nullable else f"CHECK ({test})"


# Every record table starts with these columns (DESIGN.md: stable uuid, timestamps, soft delete).
_RECORD = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT"""

# Version 1: the records themselves.
_RECORDS = f"""
CREATE TABLE organisations ({_RECORD},
    name TEXT NOT NULL,
    acronym TEXT,
    kind TEXT NOT NULL DEFAULT 'other' {_check('kind', OrganisationKind)},
    country TEXT,
    hq_city TEXT,
    website TEXT,
    status TEXT NOT NULL DEFAULT 'prospect' {_check('status', RelationshipStatus)},
    notes TEXT NOT NULL DEFAULT '',
    is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1))
);
CREATE TABLE aliases ({_RECORD},
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    language TEXT
);
CREATE TABLE sites ({_RECORD},
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL,
    city TEXT,
    country TEXT
);
CREATE TABLE people ({_RECORD},
    name TEXT NOT NULL,
    honorific TEXT,
    organisation_id INTEGER REFERENCES organisations(id),
    email TEXT,
    phone TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE roles ({_RECORD},
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations(id),
    started_on TEXT,
    ended_on TEXT
);
CREATE TABLE dispatches ({_RECORD},
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT,
    agency TEXT,
    dateline_place TEXT,
    published_on TEXT,
    language TEXT,
    source TEXT,
    state TEXT NOT NULL DEFAULT 'new' {_check('state', DispatchState)},
    proposal TEXT CHECK (proposal IS NULL OR json_valid(proposal))
);
-- The source text is evidence: it is kept verbatim, whatever the code above tries.
CREATE TRIGGER dispatches_text_is_immutable
BEFORE UPDATE OF text, sha256 ON dispatches
WHEN NEW.text IS NOT OLD.text OR NEW.sha256 IS NOT OLD.sha256
BEGIN
    SELECT RAISE(ABORT, 'the text of a dispatch cannot be changed');
END;
CREATE TABLE cooperation_areas ({_RECORD},
    key TEXT NOT NULL UNIQUE,
    labels TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(labels))
);
CREATE TABLE visits ({_RECORD},
    date TEXT,
    date_precision TEXT {_check('date_precision', DatePrecision, nullable=True)},
    direction TEXT NOT NULL DEFAULT 'external' {_check('direction', VisitDirection)},
    status TEXT NOT NULL DEFAULT 'completed' {_check('status', VisitStatus)},
    host_id INTEGER REFERENCES organisations(id),
    venue TEXT,
    city TEXT,
    country TEXT,
    summary TEXT NOT NULL DEFAULT '',
    dispatch_id INTEGER REFERENCES dispatches(id),
    invitation_id INTEGER REFERENCES invitations(id)
);
-- The visiting side: one row per visiting organisation, in the order given.
CREATE TABLE visit_organisations (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (visit_id, organisation_id)
);
CREATE TABLE participants ({_RECORD},
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    person_id INTEGER NOT NULL REFERENCES people(id),
    side TEXT NOT NULL DEFAULT 'visiting' CHECK (side IN ('visiting', 'host')),
    role TEXT
);
CREATE TABLE visit_areas (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    area_key TEXT NOT NULL REFERENCES cooperation_areas(key) ON UPDATE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (visit_id, area_key)
);
CREATE TABLE invitations ({_RECORD},
    inviter_id INTEGER REFERENCES organisations(id),
    invitee_id INTEGER REFERENCES organisations(id),
    direction TEXT NOT NULL DEFAULT 'external' {_check('direction', InvitationDirection)},
    purpose TEXT NOT NULL DEFAULT 'visit' {_check('purpose', InvitationPurpose)},
    description TEXT NOT NULL DEFAULT '',
    city TEXT,
    country TEXT,
    event TEXT,
    proposed_dates TEXT,
    issued_on TEXT,
    reply_by TEXT,
    status TEXT NOT NULL DEFAULT 'pending' {_check('status', InvitationStatus)},
    honoured_by_visit_id INTEGER REFERENCES visits(id),
    dispatch_id INTEGER REFERENCES dispatches(id)
);
CREATE TABLE invitation_people (
    invitation_id INTEGER NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    side TEXT NOT NULL CHECK (side IN ('inviter', 'invitee')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (invitation_id, side, person_id)
);
CREATE TABLE invitation_status_changes ({_RECORD},
    invitation_id INTEGER NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL {_check('status', InvitationStatus)},
    on_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE agreements ({_RECORD},
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'mou' {_check('kind', AgreementKind)},
    signed_on TEXT,
    valid_until TEXT,
    status TEXT NOT NULL DEFAULT 'signed' {_check('status', AgreementStatus)},
    dispatch_id INTEGER REFERENCES dispatches(id)
);
CREATE TABLE agreement_parties (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, organisation_id)
);
CREATE TABLE agreement_signatories (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, person_id)
);
CREATE TABLE follow_ups ({_RECORD},
    description TEXT NOT NULL,
    owner TEXT,
    due_on TEXT,
    priority TEXT NOT NULL DEFAULT 'normal' {_check('priority', Priority)},
    status TEXT NOT NULL DEFAULT 'open' {_check('status', FollowUpStatus)},
    organisation_id INTEGER REFERENCES organisations(id),
    visit_id INTEGER REFERENCES visits(id),
    invitation_id INTEGER REFERENCES invitations(id),
    agreement_id INTEGER REFERENCES agreements(id),
    dispatch_id INTEGER REFERENCES dispatches(id)
);
CREATE TABLE evidence ({_RECORD},
    dispatch_id INTEGER NOT NULL REFERENCES dispatches(id),
    record_type TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    field_name TEXT,
    CHECK ("start" >= 0 AND "end" >= "start")
);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    field_name TEXT NOT NULL,
    old TEXT,
    new TEXT,
    changed_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
-- Children are read by parent; the link tables are read from both ends.
CREATE INDEX aliases_by_organisation ON aliases(organisation_id);
CREATE INDEX sites_by_organisation ON sites(organisation_id);
CREATE INDEX roles_by_person ON roles(person_id);
CREATE INDEX participants_by_visit ON participants(visit_id);
CREATE INDEX visit_organisations_by_organisation ON visit_organisations(organisation_id);
CREATE INDEX invitation_people_by_person ON invitation_people(person_id);
CREATE INDEX status_changes_by_invitation ON invitation_status_changes(invitation_id);
CREATE INDEX agreement_parties_by_organisation ON agreement_parties(organisation_id);
CREATE INDEX evidence_by_record ON evidence(record_type, record_id);
CREATE INDEX evidence_by_dispatch ON evidence(dispatch_id);
CREATE INDEX history_by_record ON history(record_type, record_id);
"""

# Version 2: one full-text index over everything an officer may search for. The store fills it in
# its own write paths (search.py), because an organisation's entry also holds its aliases.
# rowid = record id * 8 + kind code, so that one record's entry is found without a scan.
_SEARCH = """
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, kind UNINDEXED, record_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# Version 3: what the list views filter and sort on.
_LIST_INDEXES = """
CREATE INDEX organisations_by_name ON organisations(name COLLATE NOCASE);
CREATE INDEX people_by_name ON people(name COLLATE NOCASE);
CREATE INDEX people_by_organisation ON people(organisation_id);
CREATE INDEX visits_by_date ON visits(date);
CREATE INDEX visits_by_host ON visits(host_id, date);
CREATE INDEX visits_by_dispatch ON visits(dispatch_id);
CREATE INDEX invitations_by_status ON invitations(status, issued_on);
CREATE INDEX invitations_by_inviter ON invitations(inviter_id, status);
CREATE INDEX invitations_by_invitee ON invitations(invitee_id, status);
CREATE INDEX invitations_by_issued_on ON invitations(issued_on);
CREATE INDEX agreements_by_signed_on ON agreements(signed_on);
CREATE INDEX follow_ups_by_due_on ON follow_ups(status, due_on);
CREATE INDEX follow_ups_by_organisation ON follow_ups(organisation_id);
CREATE INDEX dispatches_by_state ON dispatches(state, published_on);
CREATE INDEX dispatches_by_published_on ON dispatches(published_on);
"""



def latest_visit_sql(organisation: str) -> str:
    """SQL for a partner's last contact: the date of its latest live visit, as host or visitor."""
    return (
        "nullif(max("
        f"coalesce((SELECT max(v.date) FROM visits v WHERE v.host_id = {organisation} AND v.deleted_at IS NULL), ''), "
        "coalesce((SELECT max(v.date) FROM visit_organisations vo JOIN visits v ON v.id = vo.visit_id "
        f"WHERE vo.organisation_id = {organisation} AND v.deleted_at IS NULL), '')), '')"
    )


# Version 6: each partner's last contact, stored, so that the partners list sorts by it from an
# index instead of aggregating every visit (0.7-1.2 s at 100,000 visits). Triggers keep it right
# whatever writes the visits: a visit that becomes live (added, restored, moved, re-dated) can only
# raise it; one that goes (deleted, moved away, re-dated, a visitor removed) makes it worked out
# again, from the indexes, only for the partners whose latest contact it was.
_LATEST = latest_visit_sql("organisations.id")
_VISIT_PARTNERS = "(SELECT organisation_id FROM visit_organisations WHERE visit_id = {visit}.id)"
_LAST_CONTACT = f"""
ALTER TABLE organisations ADD COLUMN last_contact TEXT;
UPDATE organisations SET last_contact = {_LATEST};
CREATE INDEX organisations_by_last_contact ON organisations(last_contact, name COLLATE NOCASE)
    WHERE deleted_at IS NULL;
CREATE TRIGGER visits_added_last_contact AFTER INSERT ON visits
WHEN NEW.deleted_at IS NULL AND NEW.date IS NOT NULL AND NEW.host_id IS NOT NULL
BEGIN
    UPDATE organisations SET last_contact = NEW.date
    WHERE id = NEW.host_id AND (last_contact IS NULL OR last_contact < NEW.date);
END;
CREATE TRIGGER visits_changed_last_contact AFTER UPDATE OF date, host_id, deleted_at ON visits
WHEN OLD.date IS NOT NEW.date OR OLD.host_id IS NOT NEW.host_id OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
    UPDATE organisations SET last_contact = {_LATEST}
    WHERE OLD.deleted_at IS NULL AND OLD.date IS NOT NULL AND (last_contact IS NULL OR last_contact <= OLD.date)
        AND (id = OLD.host_id OR id IN {_VISIT_PARTNERS.format(visit="OLD")});
    UPDATE organisations SET last_contact = NEW.date
    WHERE NEW.deleted_at IS NULL AND NEW.date IS NOT NULL AND (last_contact IS NULL OR last_contact < NEW.date)
        AND (id = NEW.host_id OR id IN {_VISIT_PARTNERS.format(visit="NEW")});
END;
CREATE TRIGGER visits_removed_last_contact AFTER DELETE ON visits
WHEN OLD.deleted_at IS NULL AND OLD.date IS NOT NULL
BEGIN
    UPDATE organisations SET last_contact = {_LATEST}
    WHERE (last_contact IS NULL OR last_contact <= OLD.date)
        AND (id = OLD.host_id OR id IN {_VISIT_PARTNERS.format(visit="OLD")});
END;
CREATE TRIGGER visitor_added_last_contact AFTER INSERT ON visit_organisations
BEGIN
    UPDATE organisations SET last_contact = (SELECT date FROM visits WHERE id = NEW.visit_id)
    WHERE id = NEW.organisation_id AND EXISTS (
        SELECT 1 FROM visits v WHERE v.id = NEW.visit_id AND v.deleted_at IS NULL AND v.date IS NOT NULL
        AND (organisations.last_contact IS NULL OR v.date > organisations.last_contact));
END;
-- The visit may be gone already (a visit deleted outright takes its visitors with it).
CREATE TRIGGER visitor_removed_last_contact AFTER DELETE ON visit_organisations
BEGIN
    UPDATE organisations SET last_contact = {_LATEST}
    WHERE id = OLD.organisation_id AND last_contact IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM visits v WHERE v.id = OLD.visit_id
        AND (v.deleted_at IS NOT NULL OR v.date IS NULL OR v.date < organisations.last_contact));
END;
CREATE TRIGGER visitor_changed_last_contact AFTER UPDATE OF visit_id, organisation_id ON visit_organisations
BEGIN
    UPDATE organisations SET last_contact = {_LATEST} WHERE id IN (OLD.organisation_id, NEW.organisation_id);
END;
"""


@dataclass(frozen=True)
class Migration:
    """One step of the schema: applied in one transaction together with its version number."""

    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _sql(script: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        # executescript() would commit the step's transaction half-way, so statements run one by one.
        for statement in split_statements(script):
            conn.execute(statement)

    return apply


def _fill_search_index(conn: sqlite3.Connection) -> None:
    _sql(_SEARCH)(conn)
    # A file written at version 1 already holds records: index them.
    from partnertracker.store.search import reindex_all

    reindex_all(conn)


MIGRATIONS: list[Migration] = [
    Migration(1, "records", _sql(_RECORDS)),
    Migration(2, "full-text search", _fill_search_index),
    Migration(3, "indexes for the list views", _sql(_LIST_INDEXES)),
    # The inbox asks for live dispatches in one state, newest first, and counts them: with
    # deleted_at in the index both are answered from it alone (100 ms -> 3 ms at 50,000).
    Migration(4, "inbox index", _sql("""
        DROP INDEX dispatches_by_state;
        CREATE INDEX dispatches_by_state ON dispatches(state, deleted_at, published_on, id);
    """)),
    # Sorting the visits view by direction, city or country scanned 100,000 rows (30-90 ms);
    # with these it reads the first page from an index (5-13 ms, benchmarks/gui_views_speed.py).
    Migration(5, "visit sort indexes", _sql("""
        CREATE INDEX IF NOT EXISTS visits_by_direction ON visits(direction, date);
        CREATE INDEX IF NOT EXISTS visits_by_city ON visits(city COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS visits_by_country ON visits(country);
    """)),
    Migration(6, "stored last contact", _sql(_LAST_CONTACT)),
]

LATEST_VERSION = MIGRATIONS[-1].version


def split_statements(script: str) -> list[str]:
    """Split an SQL script into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer[:80]!r}")
    return statements


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Apply the pending steps up to `target`, each in its own transaction; returns the versions applied.

    Each step takes the write lock first and re-reads the version, so two windows opening the same
    file at once do not both apply it.
    """
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version > target:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) >= migration.version:
                conn.execute("COMMIT")
                continue
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
