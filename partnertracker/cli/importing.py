"""`partnertracker import PATH... [--accept]`: store dispatches and queue their proposals for review."""

from __future__ import annotations

import argparse

from partnertracker.errors import UserError

LABELS = {"imported": "imported", "duplicate": "already imported", "skipped": "skipped"}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="store dispatches (files or folders) for review")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--accept", action="store_true", help="accept every proposal as it stands")


def run(args: argparse.Namespace) -> int:
    from partnertracker.paths import database_path
    from partnertracker.services.importing import FileResult, import_paths
    from partnertracker.store import open_store

    def line(result: FileResult) -> None:
        # "a.txt: imported (dispatch #3)", "b.pdf: skipped: looks like a binary file, ..."
        label = LABELS.get(result.status, result.status)
        if result.status == "skipped":
            print(f"{result.path}: {label}: {result.detail}", flush=True)
        else:
            print(f"{result.path}: {label} ({result.detail})", flush=True)

    with open_store(database_path(args.db)) as store:
        report = import_paths(store, args.paths, accept=args.accept, on_file=line)
    print(report.summary())
    if report.skipped and not report.imported and not report.duplicates:
        raise UserError("nothing could be imported; the lines above say why for each file")
    return 0
