"""The only code that speaks SQL: connection, migrations, records, queries, search.

    store = open_store(path)          # creates, checks and migrates the file
    with store.transaction():         # one user action = one transaction
        org = store.add_organisation(Organisation(name="ICESCO"))
    store.search("coopération")       # ranked SearchHit list

A Store holds one connection and is used from one thread; a worker opens its own Store on the
same path (WAL and a busy timeout let them share the file).
"""

from __future__ import annotations

import os
from pathlib import Path

from partnertracker.store.connection import StoreBase, open_connection
from partnertracker.store.queries import Page, QueriesMixin
from partnertracker.store.records import RecordsMixin
from partnertracker.store.schema import LATEST_VERSION
from partnertracker.store.search import SearchHit, SearchMixin

__all__ = ["LATEST_VERSION", "Page", "SearchHit", "Store", "open_store"]


class Store(QueriesMixin, SearchMixin, RecordsMixin, StoreBase):
    """The partnertracker database: records, list queries, search, backup."""

    def __enter__(self) -> Store:
        return self


def open_store(path: str | os.PathLike[str]) -> Store:
    """Open the database at `path`, creating its folder and file and migrating it as needed.

    Raises UserError with a sentence for the officer when the file cannot be written, is not a
    database, or was written by a newer partnertracker.
    """
    path = Path(path).expanduser()
    return Store(open_connection(path), path)
