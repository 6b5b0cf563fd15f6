"""`partnertracker backup [-o FILE]`: a consistent copy of the database."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from partnertracker.errors import UserError
from partnertracker.paths import database_path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backup", help="write a consistent copy of the database")
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="where to write the copy (default: beside the database, named with the date and time)",
    )


def default_backup_path(db: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return db.with_name(f"{db.stem}-backup-{stamp}{db.suffix or '.sqlite'}")


def run(args: argparse.Namespace) -> int:
    from partnertracker.store import open_store

    db = database_path(args.db)
    # Backing up a database that is not there would create an empty one: say so instead.
    if not db.is_file():
        raise UserError(f"there is no database at {db} to back up; check --db or $PARTNERTRACKER_DB")
    target = Path(args.output).expanduser() if args.output else default_backup_path(db)
    if target.resolve() == db.resolve():
        raise UserError(f"the backup cannot overwrite the database itself ({db}); choose another file")
    with open_store(db) as store:
        written = store.backup(target)
    print(f"backup written to {written}")
    return 0
