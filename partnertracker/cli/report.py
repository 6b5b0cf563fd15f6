"""`partnertracker report KIND [--format F] [-o FILE] [--from D] [--to D] [--partner NAME]`."""

from __future__ import annotations

import argparse

from partnertracker.errors import UserError

KINDS = ("pending-invitations", "activity", "partner", "follow-ups")
FORMATS = ("pdf", "odt", "html", "md", "csv", "xlsx", "ics")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="write a report")
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--format", choices=FORMATS, default="md")
    parser.add_argument("-o", "--output", metavar="FILE")
    parser.add_argument("--from", dest="date_from", metavar="DATE")
    parser.add_argument("--to", dest="date_to", metavar="DATE")
    parser.add_argument("--partner", metavar="NAME")


def run(args: argparse.Namespace) -> int:
    raise UserError("report is not available yet")
