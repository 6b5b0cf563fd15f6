"""`partnertracker import PATH... [--accept]`: store dispatches and queue their proposals for review."""

from __future__ import annotations

import argparse

from partnertracker.errors import UserError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="store dispatches (files or folders) for review")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--accept", action="store_true", help="accept every proposal as it stands")


def run(args: argparse.Namespace) -> int:
    raise UserError("import is not available yet")
