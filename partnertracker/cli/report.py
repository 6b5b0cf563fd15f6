"""`partnertracker report KIND [--format F] [-o FILE] [--from D] [--to D] [--partner NAME]`."""

from __future__ import annotations

import argparse
import sys

from partnertracker.errors import UserError
from partnertracker.paths import database_path

# Spelled out so that every other command starts without importing the report writers (and Qt);
# tests/cli/test_cli_startup.py keeps them equal to partnertracker.reports' own lists.
KINDS = ("pending-invitations", "activity", "partner", "follow-ups")
FORMAT_NAMES = ("pdf", "odt", "html", "md", "csv", "xlsx", "ics")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="write a report",
        description="Write a report: pending-invitations, activity (--from/--to), partner (--partner), "
        "follow-ups. Text formats (md, csv, html, ics) go to stdout without -o; "
        "pdf, odt and xlsx need -o FILE.",
    )
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--format", choices=FORMAT_NAMES, default="md")
    parser.add_argument("-o", "--output", metavar="FILE", help="file to write (replaced only once complete)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="activity: first day (YYYY-MM-DD, YYYY-MM or YYYY)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="activity: last day (YYYY-MM-DD, YYYY-MM or YYYY)")
    parser.add_argument("--partner", metavar="NAME", help="partner: a name, an acronym or an alias")


def run(args: argparse.Namespace) -> int:
    from partnertracker.reports import FORMATS, build_report, write_report, write_report_to_stream
    from partnertracker.reports.plurals import speak_english_plurals
    from partnertracker.store import open_store

    chosen = FORMATS[args.format]
    # Checked before any work, so a forgotten -o costs nothing.
    if chosen.binary and not args.output:
        raise UserError(
            f"the {args.format} format is written to a file: add -o FILE (for example -o report{chosen.suffix})"
        )
    db = database_path(args.db)
    if not db.is_file():
        raise UserError(f"there is no database at {db}; check --db or $PARTNERTRACKER_DB")
    speak_english_plurals()  # "3 rows", not "3 row(s)"
    with open_store(db) as store:
        report = build_report(
            store, args.kind, date_from=args.date_from, date_to=args.date_to, partner=args.partner
        )
    if args.output:
        written = write_report(report, args.format, args.output)
        print(f"{report.title} written to {written}", file=sys.stderr)
    else:
        write_report_to_stream(report, args.format, sys.stdout.buffer)
        sys.stdout.flush()
    return 0
