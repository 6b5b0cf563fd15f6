"""`partnertracker backup [-o FILE]`: a consistent copy of the database."""

from __future__ import annotations

import argparse

from partnertracker.errors import UserError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backup", help="write a consistent copy of the database")
    parser.add_argument("-o", "--output", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    raise UserError("backup is not available yet")
