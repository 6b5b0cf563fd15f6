"""What the database knows of partners and people, read once and kept until either list changes."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from partnertracker.extraction import KnownRecords
from partnertracker.extraction.text import fold_key
from partnertracker.store.service_queries import partners_fingerprint

if TYPE_CHECKING:
    from partnertracker.store import Store


@dataclass
class Choices:
    """Folded names (and aliases) to match against, each with the record it belongs to."""

    forms: list[str] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    exact: dict[str, set[int]] = field(default_factory=dict)  # folded form or acronym -> ids


@dataclass
class Snapshot:
    """Organisations and people as plain rows, with the indexes derived from them made on demand."""

    fingerprint: tuple[object, ...]
    organisations: list[dict[str, Any]]
    people: list[dict[str, Any]]
    _known: KnownRecords | None = None
    _choices: dict[str, Choices] = field(default_factory=dict)

    @property
    def known(self) -> KnownRecords:
        if self._known is None:
            self._known = KnownRecords(self.organisations, self.people)
        return self._known

    def choices(self, kind: str) -> Choices:
        if kind not in self._choices:
            self._choices[kind] = _choices(self.organisations if kind == "organisation" else self.people, kind)
        return self._choices[kind]


def _choices(rows: list[dict[str, Any]], kind: str) -> Choices:
    result = Choices()
    for row in rows:
        result.names[row["id"]] = row["name"]
        forms = [row["name"], *(row.get("aliases") or ())] if kind == "organisation" else [row["name"]]
        for form in forms:
            key = fold_key(form or "")
            if key:
                result.forms.append(key)
                result.owners.append(row["id"])
                result.exact.setdefault(key, set()).add(row["id"])
        acronym = (row.get("acronym") or "").strip().upper()
        if acronym:
            result.exact.setdefault(acronym, set()).add(row["id"])
    return result


_SNAPSHOTS: weakref.WeakKeyDictionary[Any, Snapshot] = weakref.WeakKeyDictionary()


def snapshot(store: Store) -> Snapshot:
    """The current snapshot for this store: reused while no organisation or person has changed."""
    fingerprint = partners_fingerprint(store)
    current = _SNAPSHOTS.get(store)
    if current is None or current.fingerprint != fingerprint:
        current = Snapshot(fingerprint, store.known_organisations(), store.known_people())
        _SNAPSHOTS[store] = current
    return current
