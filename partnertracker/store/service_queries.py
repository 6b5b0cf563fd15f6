"""SQL the services need beyond the records API (kept here so that store/ stays the only code with SQL)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from partnertracker.store.connection import StoreBase


@contextlib.contextmanager
def bulk_import(store: StoreBase) -> Iterator[None]:
    """For a folder import: commits wait for the disk only at checkpoints (WAL, synchronous=NORMAL).

    Each dispatch stays its own transaction and a crash of the application loses nothing that was
    committed; only a power cut can lose the last few dispatches, which a new import of the folder
    puts back (they are recognised by SHA-256). About 2 ms a dispatch saved on this machine's disk.
    """
    previous = store.conn.execute("PRAGMA synchronous").fetchone()[0]
    journal = str(store.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if journal == "wal":
        store.conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        if journal == "wal":
            store.conn.execute(f"PRAGMA synchronous = {int(previous)}")


def partners_fingerprint(store: StoreBase) -> tuple[object, ...]:
    """Changes whenever an organisation or a person is added, changed or (un)deleted.

    Every write to one of them (their aliases and roles included) moves its updated_at, so the
    services can keep what they derived from the whole list until this changes.
    """
    row = store.conn.execute(
        "SELECT (SELECT count(*) FROM organisations), (SELECT max(updated_at) FROM organisations), "
        "(SELECT count(*) FROM people), (SELECT max(updated_at) FROM people)"
    ).fetchone()
    return tuple(row)
