"""Opening the database file: checks, pragmas, migrations with a backup first, transactions, backup copies."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from partnertracker import APP_NAME
from partnertracker.errors import UserError
from partnertracker.store.schema import LATEST_VERSION, migrate, schema_version

BUSY_TIMEOUT_MS = 5000


def now_utc() -> str:
    """The timestamp written in created_at, updated_at, deleted_at and history (UTC, microseconds)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _reason(error: BaseException) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, NotADirectoryError | FileExistsError):
        return "a file stands where a folder is needed"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)


class StoreBase:
    """One connection to one database file, used from one thread (workers open their own Store)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0

    # -- lifetime ---------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    # -- transactions -----------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action = one transaction; a nested use joins the outer one.

        BEGIN IMMEDIATE takes the write lock at once, so a second writer waits (busy timeout)
        instead of failing half-way with "database is locked".
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._execute_locked("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._execute_locked("COMMIT")
        except BaseException:
            # Nothing half-written stays behind a failed commit.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _execute_locked(self, sql: str) -> None:
        try:
            self.conn.execute(sql)
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise UserError(
                    "the database is busy in another window or program; try again in a moment"
                ) from error
            raise

    # -- backup -----------------------------------------------------------------------------

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the database to `dest` (atomically: a temp file, then rename)."""
        target = Path(dest).expanduser().absolute()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
        except OSError as error:
            raise UserError(f"cannot write the backup at {target}: {_reason(error)}") from error
        if target.is_dir():
            os.unlink(temp_name)
            raise UserError(f"cannot write the backup at {target}: it is a folder; give a file name")
        try:
            copy_database(self.conn, Path(temp_name))
            os.replace(temp_name, target)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise UserError(f"cannot write the backup at {target}: {_reason(error)}") from error
        return target


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with the SQLite backup API (consistent even while others write)."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        # A copy is a single self-contained file: no -wal beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection with the pragmas every partnertracker connection uses (no checks, no migration)."""
    # isolation_level=None: the store issues BEGIN/COMMIT itself (see StoreBase.transaction).
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_connection(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at `path`; every failure is a UserError."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"cannot write the database at {path}: {_reason(error)}") from error
    if path.is_dir():
        raise UserError(f"cannot write the database at {path}: it is a folder; give a file name")
    writable = os.access(path, os.W_OK) if path.exists() else os.access(path.parent, os.W_OK)
    if not writable:
        raise UserError(f"cannot write the database at {path}: permission denied")
    existed = path.exists() and path.stat().st_size > 0
    for attempt in range(_BUSY_ATTEMPTS):
        try:
            conn = connect(path)
        except sqlite3.Error as error:
            raise UserError(f"cannot write the database at {path}: {error}") from error
        began = time.monotonic()
        try:
            _prepare(conn, path, existed)
        except UserError as error:
            conn.close()
            # Two programs creating the same new file at once: switching it to WAL may report
            # "busy" at once, without waiting; the other program has finished a moment later. (A
            # database held for the whole busy timeout is really busy: no second wait.)
            quick = time.monotonic() - began < BUSY_TIMEOUT_MS / 2000
            if "is busy" not in str(error) or not quick or attempt == _BUSY_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
            existed = path.exists() and path.stat().st_size > 0
            continue
        except BaseException:
            conn.close()
            raise
        return conn
    raise AssertionError("unreachable")  # the last attempt returns or raises


_BUSY_ATTEMPTS = 4


def _prepare(conn: sqlite3.Connection, path: Path, existed: bool) -> None:
    try:
        # Version and tables read in one transaction: another program creating the file at the same
        # moment must not be seen half-way (tables already there, version still 0).
        conn.execute("BEGIN")
        try:
            version = schema_version(conn)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.execute("COMMIT")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise UserError(
                f"the database at {path} is busy in another program; close it and try again"
            ) from error
        raise UserError(
            f"{path} is not a {APP_NAME} database (it is not an SQLite file); "
            "choose another file with --db"
        ) from error
    except sqlite3.DatabaseError as error:
        raise UserError(
            f"{path} is not a {APP_NAME} database (it is not an SQLite file); "
            "choose another file with --db"
        ) from error
    if version > LATEST_VERSION:
        raise UserError(
            f"this database was written by a newer version of {APP_NAME} (schema {version}); "
            f"this version understands up to {LATEST_VERSION}. Upgrade {APP_NAME}."
        )
    # Another program's SQLite file must not get our tables added to it.
    if (version == 0 and tables) or (version >= 1 and not _CORE_TABLES.issubset(tables)):
        raise UserError(
            f"{path} is an SQLite file of another program, not a {APP_NAME} database; "
            "choose another file with --db"
        )
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        if version < LATEST_VERSION:
            if existed and tables:
                _backup_before_migration(conn, path, version)
            try:
                migrate(conn)
            except sqlite3.Error as error:
                reached = schema_version(conn)
                if isinstance(error, sqlite3.OperationalError) and _is_access_problem(str(error)):
                    raise
                raise UserError(
                    f"cannot upgrade the database at {path} beyond schema {reached} ({error}); "
                    "the copy made before the upgrade sits beside it"
                ) from error
    except sqlite3.OperationalError as error:
        message = str(error)
        if "readonly" in message or "unable to open" in message:
            raise UserError(f"cannot write the database at {path}: {message}") from error
        if "locked" in message or "busy" in message:
            raise UserError(
                f"the database at {path} is busy in another program; close it and try again"
            ) from error
        raise
    except sqlite3.DatabaseError as error:
        raise UserError(f"{path} is damaged or not a {APP_NAME} database: {error}") from error


_CORE_TABLES = {"organisations", "dispatches", "settings"}


def _is_access_problem(message: str) -> bool:
    return any(word in message for word in ("readonly", "unable to open", "locked", "busy"))


def backup_path_before_migration(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.name}.bak-v{version}-{stamp}-{counter}")
    return candidate


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> None:
    target = backup_path_before_migration(path, version)
    try:
        copy_database(conn, target)
    except (OSError, sqlite3.Error) as error:
        raise UserError(
            f"cannot upgrade the database at {path}: the safety copy {target} could not be written "
            f"({_reason(error)}); nothing was changed"
        ) from error
