"""Add, get, update, soft-delete and restore every record of domain.py; history is written here."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import json
import sqlite3
import types
import typing
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from partnertracker import domain
from partnertracker.domain import (
    Agreement,
    Alias,
    CooperationArea,
    Dispatch,
    Evidence,
    FollowUp,
    HistoryEntry,
    Invitation,
    Organisation,
    Participant,
    Person,
    Record,
    Role,
    Site,
    StatusChange,
    Visit,
)
from partnertracker.errors import UserError
from partnertracker.store.connection import StoreBase, now_utc
from partnertracker.store.search import KIND_CODES, reindex, unindex

R = TypeVar("R", bound=Record)

_RECORD_FIELDS = frozenset(f.name for f in dataclasses.fields(Record))


# ---------------------------------------------------------------------------
# How each dataclass maps to its table. Columns are derived from the dataclass fields, so that a
# field added to domain.py needs a migration and nothing else here.


@dataclass(frozen=True)
class _Children:
    """Child records saved and loaded with their parent (aliases, sites, roles, ...)."""

    field: str
    table: str
    parent_column: str
    cls: type[Record]


@dataclass(frozen=True)
class _Links:
    """A list of ids (or area keys) saved with the parent in a link table."""

    field: str
    table: str
    parent_column: str
    value_column: str
    side: str | None = None  # invitation_people holds both sides


@dataclass(frozen=True)
class _Entity:
    record_type: str
    table: str
    cls: type[Record]
    children: tuple[_Children, ...] = ()
    links: tuple[_Links, ...] = ()
    renamed: dict[str, str] = field(default_factory=dict)  # dataclass field -> column

    @property
    def list_fields(self) -> frozenset[str]:
        return frozenset(c.field for c in self.children) | frozenset(lk.field for lk in self.links)

    def column(self, name: str) -> str:
        return self.renamed.get(name, name)

    @property
    def scalar_fields(self) -> list[str]:
        return [
            f.name
            for f in dataclasses.fields(self.cls)
            if f.name not in _RECORD_FIELDS and f.name not in self.list_fields
        ]


ENTITIES: dict[str, _Entity] = {
    e.record_type: e
    for e in (
        _Entity(
            "organisation",
            "organisations",
            Organisation,
            children=(
                _Children("aliases", "aliases", "organisation_id", Alias),
                _Children("sites", "sites", "organisation_id", Site),
            ),
        ),
        _Entity("person", "people", Person, children=(_Children("roles", "roles", "person_id", Role),)),
        _Entity("dispatch", "dispatches", Dispatch),
        _Entity(
            "visit",
            "visits",
            Visit,
            children=(_Children("participants", "participants", "visit_id", Participant),),
            links=(
                _Links("visitor_ids", "visit_organisations", "visit_id", "organisation_id"),
                _Links("areas", "visit_areas", "visit_id", "area_key"),
            ),
        ),
        _Entity(
            "invitation",
            "invitations",
            Invitation,
            children=(
                _Children("status_history", "invitation_status_changes", "invitation_id", StatusChange),
            ),
            links=(
                _Links("inviter_people", "invitation_people", "invitation_id", "person_id", "inviter"),
                _Links("invitee_people", "invitation_people", "invitation_id", "person_id", "invitee"),
            ),
        ),
        _Entity(
            "agreement",
            "agreements",
            Agreement,
            links=(
                _Links("party_ids", "agreement_parties", "agreement_id", "organisation_id"),
                _Links("signatory_ids", "agreement_signatories", "agreement_id", "person_id"),
            ),
        ),
        _Entity("follow_up", "follow_ups", FollowUp),
        _Entity("cooperation_area", "cooperation_areas", CooperationArea),
        _Entity("evidence", "evidence", Evidence),
    )
}
_BY_CLASS: dict[type, _Entity] = {e.cls: e for e in ENTITIES.values()}
_CHILD_RENAMED: dict[type, dict[str, str]] = {StatusChange: {"on": "on_date"}}


def _field_kinds(cls: type) -> dict[str, str]:
    """For each field: 'enum:<name>', 'json', 'bool' or 'plain' — how it is stored."""
    hints = typing.get_type_hints(cls, vars(domain))
    kinds: dict[str, str] = {}
    for name, hint in hints.items():
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        base = next((a for a in args if a is not type(None)), hint)
        origin = typing.get_origin(base) or base
        if isinstance(origin, type) and issubclass(origin, enum.Enum):
            kinds[name] = "enum"
        elif origin is dict:
            kinds[name] = "json"
        elif origin is bool:
            kinds[name] = "bool"
        else:
            kinds[name] = "plain"
    return kinds


_KINDS: dict[type, dict[str, str]] = {}
_ENUMS: dict[type, dict[str, type[enum.Enum]]] = {}


def _kinds(cls: type) -> dict[str, str]:
    if cls not in _KINDS:
        _KINDS[cls] = _field_kinds(cls)
        hints = typing.get_type_hints(cls, vars(domain))
        enums: dict[str, type[enum.Enum]] = {}
        for name, kind in _KINDS[cls].items():
            if kind == "enum":
                hint = hints[name]
                args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
                enums[name] = next(a for a in args if a is not type(None))
        _ENUMS[cls] = enums
    return _KINDS[cls]


# Fields holding a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (domain.PartialDate.isoformat()).
DATE_FIELDS: dict[str, str] = {
    "date": "date", "issued_on": "issue date", "reply_by": "reply-by date",
    "signed_on": "signing date", "valid_until": "valid-until date", "due_on": "due date",
    "published_on": "publication date", "started_on": "start date", "ended_on": "end date",
    "on": "status date",
}


def _to_column(cls: type, name: str, value: Any) -> Any:
    kind = _kinds(cls).get(name, "plain")
    if value is None:
        return None
    if name in DATE_FIELDS:
        if isinstance(value, domain.PartialDate | dt.date):
            value = value.isoformat()
        try:
            domain.PartialDate.parse(value)
        except (ValueError, TypeError, AttributeError):
            raise UserError(
                f"{value!r} is not a valid {DATE_FIELDS[name]}; write it as YYYY, YYYY-MM or YYYY-MM-DD"
            ) from None
        return value
    if kind == "enum":
        enum_cls = _ENUMS[cls][name]
        try:
            return enum_cls(value).value
        except ValueError:
            allowed = ", ".join(str(m.value) for m in enum_cls)
            raise UserError(f"{value!r} is not a valid {name}; use one of: {allowed}") from None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "bool":
        return 1 if value else 0
    return value


def _from_column(cls: type, name: str, value: Any) -> Any:
    kind = _kinds(cls).get(name, "plain")
    if value is None:
        return None
    if kind == "enum":
        return _ENUMS[cls][name](value)
    if kind == "json":
        return json.loads(value)
    if kind == "bool":
        return bool(value)
    return value


def _history_text(value: Any) -> str | None:
    """How an old or new value is written in the history table."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, list):
        return json.dumps([_plain_child(v) for v in value], ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _plain_child(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            k: (v.value if isinstance(v, enum.Enum) else v)
            for k, v in dataclasses.asdict(value).items()
            if k not in _RECORD_FIELDS
        }
    return value


def _comparable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_plain_child(v) for v in value]
    return value


def _today() -> str:
    return dt.date.today().isoformat()


class RecordsMixin(StoreBase):
    """The records API: one method per entity and verb, taking and returning domain dataclasses."""

    # -- generic machinery ------------------------------------------------------------------

    def _insert(self, entity: _Entity, record: Record, now: str) -> int:
        columns = ["uuid", "created_at", "updated_at", "deleted_at"]
        values: list[Any] = [record.uuid or str(uuid.uuid4()), now, now, record.deleted_at]
        if record.id is not None:
            columns.insert(0, "id")
            values.insert(0, record.id)
        for name in entity.scalar_fields:
            columns.append(entity.column(name))
            values.append(_to_column(entity.cls, name, getattr(record, name)))
        sql = (
            f"INSERT INTO {entity.table} ({', '.join(_q(c) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        cursor = self._write(sql, values)
        record_id = int(cursor.lastrowid or 0)
        for children in entity.children:
            self._save_children(children, record_id, getattr(record, children.field), now, True)
        for links in entity.links:
            self._save_links(links, record_id, getattr(record, links.field), True)
        return record_id

    def _write(self, sql: str, values: Sequence[Any]) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, values)
        except sqlite3.IntegrityError as error:
            raise _integrity_error(error) from error

    def _save_children(
        self, spec: _Children, parent_id: int, items: list[Record], now: str, new_parent: bool = False
    ) -> None:
        if not new_parent:
            self.conn.execute(f"DELETE FROM {spec.table} WHERE {spec.parent_column} = ?", (parent_id,))
        self._insert_children(spec, _child_rows(spec, parent_id, items, now))

    def _insert_children(self, spec: _Children, rows: list[list[Any]]) -> None:
        if not rows:
            return
        renamed = _CHILD_RENAMED.get(spec.cls, {})
        columns = [spec.parent_column, "position", "uuid", "created_at", "updated_at", "deleted_at"]
        columns += [renamed.get(n, n) for n in _child_fields(spec.cls)]
        sql = (
            f"INSERT INTO {spec.table} ({', '.join(_q(c) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as error:
            raise _integrity_error(error) from error

    def _save_links(
        self, spec: _Links, parent_id: int, values: list[Any], new_parent: bool = False
    ) -> None:
        if not new_parent:
            side_clause = " AND side = ?" if spec.side else ""
            side_args: tuple[Any, ...] = (spec.side,) if spec.side else ()
            self.conn.execute(
                f"DELETE FROM {spec.table} WHERE {spec.parent_column} = ?{side_clause}",
                (parent_id, *side_args),
            )
        self._insert_links(spec, _link_rows(spec, parent_id, values))

    def _insert_links(self, spec: _Links, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if spec.value_column == "area_key":
            self._ensure_areas({row[1] for row in rows})
        columns = [spec.parent_column, spec.value_column, "position"] + (["side"] if spec.side else [])
        sql = f"INSERT INTO {spec.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as error:
            raise _integrity_error(error) from error

    def _ensure_areas(self, keys: Iterable[str]) -> None:
        """An area key not yet in the vocabulary is added to it (the officer may extend it)."""
        now = now_utc()
        self.conn.executemany(
            "INSERT OR IGNORE INTO cooperation_areas (uuid, created_at, updated_at, key, labels) "
            "VALUES (?, ?, ?, ?, '{}')",
            [(str(uuid.uuid4()), now, now, key) for key in keys],
        )

    def _row(self, entity: _Entity, record_id: int) -> sqlite3.Row | None:
        cursor = self.conn.execute(f"SELECT * FROM {entity.table} WHERE id = ?", (record_id,))
        cursor.row_factory = sqlite3.Row
        return cursor.fetchone()

    def _load(self, entity: _Entity, row: sqlite3.Row) -> Record:
        values: dict[str, Any] = {name: row[name] for name in _RECORD_FIELDS}
        for name in entity.scalar_fields:
            values[name] = _from_column(entity.cls, name, row[entity.column(name)])
        record_id = row["id"]
        for children in entity.children:
            values[children.field] = self._load_children(children, record_id)
        for links in entity.links:
            values[links.field] = self._load_links(links, record_id)
        return entity.cls(**values)

    def _load_children(self, spec: _Children, parent_id: int) -> list[Record]:
        renamed = _CHILD_RENAMED.get(spec.cls, {})
        cursor = self.conn.execute(
            f"SELECT * FROM {spec.table} WHERE {spec.parent_column} = ? ORDER BY position, id",
            (parent_id,),
        )
        cursor.row_factory = sqlite3.Row
        items = []
        for row in cursor:
            values: dict[str, Any] = {name: row[name] for name in _RECORD_FIELDS}
            for f in dataclasses.fields(spec.cls):
                if f.name not in _RECORD_FIELDS:
                    values[f.name] = _from_column(spec.cls, f.name, row[renamed.get(f.name, f.name)])
            items.append(spec.cls(**values))
        return items

    def _load_links(self, spec: _Links, parent_id: int) -> list[Any]:
        side_clause = " AND side = ?" if spec.side else ""
        args: tuple[Any, ...] = (parent_id, spec.side) if spec.side else (parent_id,)
        return [
            value
            for (value,) in self.conn.execute(
                f"SELECT {spec.value_column} FROM {spec.table} "
                f"WHERE {spec.parent_column} = ?{side_clause} ORDER BY position",
                args,
            )
        ]

    def _add(self, record: R) -> R:
        record = _prepared(record)
        entity = _BY_CLASS[type(record)]
        with self.transaction():
            record_id = self._insert(entity, record, now_utc())
            if entity.record_type in KIND_CODES:
                reindex(self.conn, entity.record_type, [record_id])
        return typing.cast(R, self._get(entity, record_id))

    def _get(self, entity: _Entity, record_id: int) -> Record | None:
        row = self._row(entity, record_id)
        return None if row is None else self._load(entity, row)

    def _require(self, entity: _Entity, record_id: int) -> Record:
        record = self._get(entity, record_id)
        if record is None:
            raise UserError(f"there is no {entity.record_type.replace('_', '-')} #{record_id}")
        return record

    def _update(self, entity: _Entity, record_id: int, changes: dict[str, Any]) -> Record:
        allowed = set(entity.scalar_fields) | entity.list_fields
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"{entity.cls.__name__} has no field(s) {', '.join(sorted(unknown))}")
        with self.transaction():
            current = self._require(entity, record_id)
            now = now_utc()
            changed: list[tuple[str, Any, Any]] = []
            for name, new in changes.items():
                old = getattr(current, name)
                if _comparable(old) == _comparable(new):
                    continue
                changed.append((name, old, new))
            # An invitation's new status is dated in its status history (DESIGN.md).
            changed_names = {n for n, _, _ in changed}
            if entity.record_type == "invitation" and "status" in changed_names and "status_history" not in changes:
                assert isinstance(current, Invitation)
                status = _to_column(Invitation, "status", changes["status"])  # UserError if not a status
                dated = StatusChange(status=status, on=_today())
                changed.append(("status_history", current.status_history, [*current.status_history, dated]))
            if not changed:
                return current
            new_values = {n: new for n, _, new in changed}
            scalars = [n for n in new_values if n in entity.scalar_fields]
            assignments = "".join(f"{_q(entity.column(n))} = ?, " for n in scalars)
            self._write(
                f"UPDATE {entity.table} SET {assignments}updated_at = ? WHERE id = ?",
                [*(_to_column(entity.cls, n, new_values[n]) for n in scalars), now, record_id],
            )
            for spec in entity.children:
                if spec.field in new_values:
                    self._save_children(spec, record_id, list(new_values[spec.field]), now)
            for spec_l in entity.links:
                if spec_l.field in new_values:
                    self._save_links(spec_l, record_id, list(new_values[spec_l.field]))
            self.conn.executemany(
                "INSERT INTO history (record_type, record_id, field_name, old, new, changed_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (entity.record_type, record_id, n, _history_text(old), _history_text(new), now)
                    for n, old, new in changed
                ],
            )
            if entity.record_type in KIND_CODES and current.deleted_at is None:
                reindex(self.conn, entity.record_type, [record_id])
            if changed_names & {"name", "acronym"}:
                self._reindex_dependents(entity.record_type, record_id)
            return typing.cast(Record, self._get(entity, record_id))

    def _set_deleted(self, entity: _Entity, record_id: int, deleted: bool) -> None:
        with self.transaction():
            current = self._require(entity, record_id)
            if (current.deleted_at is not None) == deleted:
                return  # already in the state asked for: nothing to record
            now = now_utc()
            new_value = now if deleted else None
            self.conn.execute(
                f"UPDATE {entity.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                (new_value, now, record_id),
            )
            self.conn.execute(
                "INSERT INTO history (record_type, record_id, field_name, old, new, changed_at) "
                "VALUES (?, ?, 'deleted_at', ?, ?, ?)",
                (entity.record_type, record_id, current.deleted_at, new_value, now),
            )
            if entity.record_type in KIND_CODES:
                if deleted:
                    unindex(self.conn, entity.record_type, [record_id])
                else:
                    reindex(self.conn, entity.record_type, [record_id])
            # An organisation's aliases and a person's roles are part of other entries' text.
            self._reindex_dependents(entity.record_type, record_id)

    def _reindex_dependents(self, record_type: str, record_id: int) -> None:
        """Other entries show an organisation's name: rewrite them when it changes or goes."""
        if record_type != "organisation":
            return
        dependents = {
            "visit": "SELECT id FROM visits WHERE host_id = ?1",
            "invitation": "SELECT id FROM invitations WHERE inviter_id = ?1 OR invitee_id = ?1",
            "agreement": "SELECT agreement_id FROM agreement_parties WHERE organisation_id = ?1",
            "person": "SELECT id FROM people WHERE organisation_id = ?1",
        }
        for kind, sql in dependents.items():
            reindex(self.conn, kind, [row[0] for row in self.conn.execute(sql, (record_id,))])

    def add_many(self, records: Iterable[Record], batch_size: int = 5000) -> list[int]:
        """Store many new records fast (imports, the benchmark generator); returns their ids in order.

        Each batch is one transaction. Ids are handed out inside the write lock, so the rows of a
        table go in with one executemany and the search index is filled in the same pass.
        """
        ids: list[int] = []
        batch: list[Record] = []
        for record in records:
            batch.append(record)
            if len(batch) >= batch_size:
                ids += self._add_batch(batch)
                batch = []
        if batch:
            ids += self._add_batch(batch)
        return ids

    def _add_batch(self, records: list[Record]) -> list[int]:
        ids: list[int] = [0] * len(records)
        with self.transaction():
            now = now_utc()
            by_type: dict[type, list[int]] = {}
            for index, record in enumerate(records):
                by_type.setdefault(type(record), []).append(index)
            for cls, indexes in by_type.items():
                entity = _BY_CLASS[cls]
                batch = [_prepared(records[i]) for i in indexes]
                if any(record.id is not None for record in batch):
                    new_ids = [self._insert(entity, record, now) for record in batch]
                else:
                    new_ids = self._insert_many(entity, batch, now)
                for index, record_id in zip(indexes, new_ids, strict=True):
                    ids[index] = record_id
                if entity.record_type in KIND_CODES:
                    reindex(self.conn, entity.record_type, new_ids)
        return ids

    def _insert_many(self, entity: _Entity, records: list[Record], now: str) -> list[int]:
        """New records of one kind with their children, a few executemany calls in all."""
        next_id = self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {entity.table}").fetchone()[0]
        names = entity.scalar_fields
        columns = ["id", "uuid", "created_at", "updated_at", "deleted_at"] + [
            entity.column(n) for n in names
        ]
        kinds = _kinds(entity.cls)
        plain = [kinds.get(n, "plain") == "plain" and n not in DATE_FIELDS for n in names]
        rows = []
        ids = list(range(next_id, next_id + len(records)))
        children: dict[_Children, list[list[Any]]] = {spec: [] for spec in entity.children}
        links: dict[_Links, list[tuple[Any, ...]]] = {spec: [] for spec in entity.links}
        for record_id, record in zip(ids, records, strict=True):
            row: list[Any] = [record_id, record.uuid or str(uuid.uuid4()), now, now, record.deleted_at]
            for name, is_plain in zip(names, plain, strict=True):
                value = getattr(record, name)
                row.append(value if is_plain else _to_column(entity.cls, name, value))
            rows.append(row)
            for spec in entity.children:
                children[spec] += _child_rows(spec, record_id, getattr(record, spec.field), now)
            for spec_l in entity.links:
                links[spec_l] += _link_rows(spec_l, record_id, getattr(record, spec_l.field))
        sql = (
            f"INSERT INTO {entity.table} ({', '.join(_q(c) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as error:
            raise _integrity_error(error) from error
        for spec, child_rows in children.items():
            self._insert_children(spec, child_rows)
        for spec_l, link_rows in links.items():
            self._insert_links(spec_l, link_rows)
        return ids

    # -- organisations ----------------------------------------------------------------------

    def add_organisation(self, organisation: Organisation) -> Organisation:
        return self._add(organisation)

    def get_organisation(self, organisation_id: int) -> Organisation | None:
        return typing.cast(Organisation | None, self._get(ENTITIES["organisation"], organisation_id))

    def update_organisation(self, organisation_id: int, **changes: Any) -> Organisation:
        return typing.cast(Organisation, self._update(ENTITIES["organisation"], organisation_id, changes))

    def delete_organisation(self, organisation_id: int) -> None:
        self._set_deleted(ENTITIES["organisation"], organisation_id, True)

    def restore_organisation(self, organisation_id: int) -> None:
        self._set_deleted(ENTITIES["organisation"], organisation_id, False)

    def home_organisation(self) -> Organisation | None:
        """The organisation the database belongs to (chosen at first run), if chosen yet."""
        row = self.conn.execute(
            "SELECT id FROM organisations WHERE is_home = 1 AND deleted_at IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        return None if row is None else self.get_organisation(row[0])

    # -- people -----------------------------------------------------------------------------

    def add_person(self, person: Person) -> Person:
        return self._add(person)

    def get_person(self, person_id: int) -> Person | None:
        return typing.cast(Person | None, self._get(ENTITIES["person"], person_id))

    def update_person(self, person_id: int, **changes: Any) -> Person:
        return typing.cast(Person, self._update(ENTITIES["person"], person_id, changes))

    def delete_person(self, person_id: int) -> None:
        self._set_deleted(ENTITIES["person"], person_id, True)

    def restore_person(self, person_id: int) -> None:
        self._set_deleted(ENTITIES["person"], person_id, False)

    # -- dispatches -------------------------------------------------------------------------

    def add_dispatch(self, dispatch: Dispatch) -> Dispatch:
        existing = self.find_dispatch_by_sha256(dispatch.sha256)
        if existing is not None:
            raise UserError(
                f"this dispatch is already in the database (dispatch #{existing.id}"
                + (f", “{existing.title}”" if existing.title else "")
                + ")"
            )
        return self._add(dispatch)

    def get_dispatch(self, dispatch_id: int) -> Dispatch | None:
        return typing.cast(Dispatch | None, self._get(ENTITIES["dispatch"], dispatch_id))

    def update_dispatch(self, dispatch_id: int, **changes: Any) -> Dispatch:
        return typing.cast(Dispatch, self._update(ENTITIES["dispatch"], dispatch_id, changes))

    def delete_dispatch(self, dispatch_id: int) -> None:
        self._set_deleted(ENTITIES["dispatch"], dispatch_id, True)

    def restore_dispatch(self, dispatch_id: int) -> None:
        self._set_deleted(ENTITIES["dispatch"], dispatch_id, False)

    def find_dispatch_by_sha256(self, sha256: str) -> Dispatch | None:
        """The dispatch with this SHA-256, deleted or not (the same text imported twice is one dispatch)."""
        row = self.conn.execute("SELECT id FROM dispatches WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else self.get_dispatch(row[0])

    # -- visits -----------------------------------------------------------------------------

    def add_visit(self, visit: Visit) -> Visit:
        return self._add(visit)

    def get_visit(self, visit_id: int) -> Visit | None:
        return typing.cast(Visit | None, self._get(ENTITIES["visit"], visit_id))

    def update_visit(self, visit_id: int, **changes: Any) -> Visit:
        return typing.cast(Visit, self._update(ENTITIES["visit"], visit_id, changes))

    def delete_visit(self, visit_id: int) -> None:
        self._set_deleted(ENTITIES["visit"], visit_id, True)

    def restore_visit(self, visit_id: int) -> None:
        self._set_deleted(ENTITIES["visit"], visit_id, False)

    # -- invitations ------------------------------------------------------------------------

    def add_invitation(self, invitation: Invitation) -> Invitation:
        """Store an invitation; with no status history given, its first status is dated
        the day it was issued (or today when that day is not known)."""
        return self._add(invitation)

    def get_invitation(self, invitation_id: int) -> Invitation | None:
        return typing.cast(Invitation | None, self._get(ENTITIES["invitation"], invitation_id))

    def update_invitation(self, invitation_id: int, **changes: Any) -> Invitation:
        """Change an invitation; a new status is also dated (today) in its status history."""
        return typing.cast(Invitation, self._update(ENTITIES["invitation"], invitation_id, changes))

    def set_invitation_status(
        self, invitation_id: int, status: domain.InvitationStatus | str, on: str | None = None, note: str = ""
    ) -> Invitation:
        """Mark an invitation accepted, declined, honoured, ... on a given date (default today)."""
        with self.transaction():
            current = typing.cast(Invitation, self._require(ENTITIES["invitation"], invitation_id))
            value = _to_column(Invitation, "status", status)  # UserError if not a status
            change = StatusChange(status=value, on=on or _today(), note=note)
            return self.update_invitation(
                invitation_id, status=value, status_history=[*current.status_history, change]
            )

    def delete_invitation(self, invitation_id: int) -> None:
        self._set_deleted(ENTITIES["invitation"], invitation_id, True)

    def restore_invitation(self, invitation_id: int) -> None:
        self._set_deleted(ENTITIES["invitation"], invitation_id, False)

    # -- agreements -------------------------------------------------------------------------

    def add_agreement(self, agreement: Agreement) -> Agreement:
        return self._add(agreement)

    def get_agreement(self, agreement_id: int) -> Agreement | None:
        return typing.cast(Agreement | None, self._get(ENTITIES["agreement"], agreement_id))

    def update_agreement(self, agreement_id: int, **changes: Any) -> Agreement:
        return typing.cast(Agreement, self._update(ENTITIES["agreement"], agreement_id, changes))

    def delete_agreement(self, agreement_id: int) -> None:
        self._set_deleted(ENTITIES["agreement"], agreement_id, True)

    def restore_agreement(self, agreement_id: int) -> None:
        self._set_deleted(ENTITIES["agreement"], agreement_id, False)

    # -- follow-ups -------------------------------------------------------------------------

    def add_follow_up(self, follow_up: FollowUp) -> FollowUp:
        return self._add(follow_up)

    def get_follow_up(self, follow_up_id: int) -> FollowUp | None:
        return typing.cast(FollowUp | None, self._get(ENTITIES["follow_up"], follow_up_id))

    def update_follow_up(self, follow_up_id: int, **changes: Any) -> FollowUp:
        return typing.cast(FollowUp, self._update(ENTITIES["follow_up"], follow_up_id, changes))

    def delete_follow_up(self, follow_up_id: int) -> None:
        self._set_deleted(ENTITIES["follow_up"], follow_up_id, True)

    def restore_follow_up(self, follow_up_id: int) -> None:
        self._set_deleted(ENTITIES["follow_up"], follow_up_id, False)

    # -- cooperation areas ------------------------------------------------------------------

    def add_cooperation_area(self, area: CooperationArea) -> CooperationArea:
        return self._add(area)

    def get_cooperation_area(self, area_id: int) -> CooperationArea | None:
        return typing.cast(CooperationArea | None, self._get(ENTITIES["cooperation_area"], area_id))

    def get_cooperation_area_by_key(self, key: str) -> CooperationArea | None:
        row = self.conn.execute("SELECT id FROM cooperation_areas WHERE key = ?", (key,)).fetchone()
        return None if row is None else self.get_cooperation_area(row[0])

    def update_cooperation_area(self, area_id: int, **changes: Any) -> CooperationArea:
        return typing.cast(CooperationArea, self._update(ENTITIES["cooperation_area"], area_id, changes))

    def delete_cooperation_area(self, area_id: int) -> None:
        self._set_deleted(ENTITIES["cooperation_area"], area_id, True)

    def restore_cooperation_area(self, area_id: int) -> None:
        self._set_deleted(ENTITIES["cooperation_area"], area_id, False)

    def cooperation_areas(self) -> list[CooperationArea]:
        """The vocabulary, by key (deleted areas left out)."""
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM cooperation_areas WHERE deleted_at IS NULL ORDER BY key"
        )]
        return [typing.cast(CooperationArea, self.get_cooperation_area(i)) for i in ids]

    # -- evidence ---------------------------------------------------------------------------

    def add_evidence(self, evidence: Evidence) -> Evidence:
        return self._add(evidence)

    def get_evidence(self, evidence_id: int) -> Evidence | None:
        return typing.cast(Evidence | None, self._get(ENTITIES["evidence"], evidence_id))

    def update_evidence(self, evidence_id: int, **changes: Any) -> Evidence:
        return typing.cast(Evidence, self._update(ENTITIES["evidence"], evidence_id, changes))

    def delete_evidence(self, evidence_id: int) -> None:
        self._set_deleted(ENTITIES["evidence"], evidence_id, True)

    def restore_evidence(self, evidence_id: int) -> None:
        self._set_deleted(ENTITIES["evidence"], evidence_id, False)

    def evidence_for(self, record_type: str, record_id: int) -> list[Evidence]:
        """Where a record came from: the dispatch spans that support it, in text order."""
        ids = [r[0] for r in self.conn.execute(
            'SELECT id FROM evidence WHERE record_type = ? AND record_id = ? AND deleted_at IS NULL '
            'ORDER BY dispatch_id, "start"',
            (record_type, record_id),
        )]
        return [typing.cast(Evidence, self.get_evidence(i)) for i in ids]

    # -- history and settings ---------------------------------------------------------------

    def history(self, record_type: str, record_id: int) -> list[HistoryEntry]:
        """Every change made to one record, oldest first."""
        cursor = self.conn.execute(
            "SELECT id, record_type, record_id, field_name, old, new, changed_at FROM history "
            "WHERE record_type = ? AND record_id = ? ORDER BY changed_at, id",
            (record_type, record_id),
        )
        return [
            HistoryEntry(
                id=row[0], record_type=row[1], record_id=row[2], field_name=row[3],
                old=row[4], new=row[5], changed_at=row[6],
            )
            for row in cursor
        ]

    def settings_get(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def settings_set(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value (home organisation id, officer name, ...)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # -- what the extraction resolves against ----------------------------------------------

    def known_organisations(self) -> list[dict[str, Any]]:
        """Every live organisation as plain data: id, name, acronym, aliases, kind, country."""
        aliases: dict[int, list[str]] = {}
        for organisation_id, name in self.conn.execute(
            "SELECT organisation_id, name FROM aliases WHERE deleted_at IS NULL "
            "ORDER BY organisation_id, position"
        ):
            aliases.setdefault(organisation_id, []).append(name)
        return [
            {
                "id": row[0], "name": row[1], "acronym": row[2], "aliases": aliases.get(row[0], []),
                "kind": row[3], "country": row[4], "is_home": bool(row[5]),
            }
            for row in self.conn.execute(
                "SELECT id, name, acronym, kind, country, is_home FROM organisations "
                "WHERE deleted_at IS NULL ORDER BY id"
            )
        ]

    def known_people(self) -> list[dict[str, Any]]:
        """Every live person as plain data: id, name, honorific, organisation_id, titles."""
        titles: dict[int, list[str]] = {}
        for person_id, title in self.conn.execute(
            "SELECT person_id, title FROM roles WHERE deleted_at IS NULL ORDER BY person_id, position"
        ):
            titles.setdefault(person_id, []).append(title)
        return [
            {
                "id": row[0], "name": row[1], "honorific": row[2], "organisation_id": row[3],
                "titles": titles.get(row[0], []),
            }
            for row in self.conn.execute(
                "SELECT id, name, honorific, organisation_id FROM people "
                "WHERE deleted_at IS NULL ORDER BY id"
            )
        ]


def _child_fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.name not in _RECORD_FIELDS]


def _child_rows(spec: _Children, parent_id: int, items: list[Record], now: str) -> list[list[Any]]:
    names = _child_fields(spec.cls)
    return [
        [
            parent_id, position, item.uuid or str(uuid.uuid4()), item.created_at or now, now,
            item.deleted_at, *(_to_column(spec.cls, n, getattr(item, n)) for n in names),
        ]
        for position, item in enumerate(items)
    ]


def _link_rows(spec: _Links, parent_id: int, values: list[Any]) -> list[tuple[Any, ...]]:
    unique = list(dict.fromkeys(values))  # the same partner named twice is one link
    side: tuple[Any, ...] = (spec.side,) if spec.side else ()
    return [(parent_id, value, position, *side) for position, value in enumerate(unique)]


def _prepared(record: R) -> R:
    """What every new record gets before it is stored, however it is added."""
    if isinstance(record, Visit) and record.date and record.date_precision is None:
        # The precision a date is written with is the precision it has.
        with contextlib.suppress(ValueError):
            precision = domain.PartialDate.parse(str(record.date)).precision
            return typing.cast(R, dataclasses.replace(record, date_precision=precision))
    if isinstance(record, Invitation) and not record.status_history:
        # The first status is dated too: the day it was issued, else the day it was recorded.
        issued = record.issued_on
        on = issued if issued and len(issued) == 10 else _today()
        status = domain.InvitationStatus(record.status)
        return typing.cast(
            R, dataclasses.replace(record, status_history=[StatusChange(status=str(status.value), on=on)])
        )
    return record


def _q(column: str) -> str:
    """Quote a column name taken from our own mapping ("start", "end" are SQL keywords)."""
    return f'"{column}"'


def _integrity_error(error: sqlite3.IntegrityError) -> UserError:
    message = str(error)
    if "dispatch cannot be changed" in message:
        return UserError("the text of a dispatch cannot be changed: it is the evidence, kept verbatim")
    if "FOREIGN KEY" in message:
        return UserError("a record refers to a partner, person or dispatch that is not in the database")
    if "UNIQUE" in message and "sha256" in message:
        return UserError("this dispatch is already in the database")
    if "UNIQUE" in message and "cooperation_areas.key" in message:
        return UserError("a cooperation area with this key already exists")
    if "CHECK" in message:
        return UserError(f"a value is not allowed here ({message})")
    if "NOT NULL" in message:
        column = message.rsplit(".", 1)[-1]
        return UserError(f"the {column.replace('_', ' ')} is required")
    return UserError(f"the record could not be saved: {message}")
