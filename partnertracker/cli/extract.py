"""`partnertracker extract FILE... [--json]`: print the proposal for each file, write nothing."""

from __future__ import annotations

import argparse

from partnertracker.errors import UserError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="print the proposal for dispatch files; writes nothing")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print JSON (one object, or a list for several files)")


def run(args: argparse.Namespace) -> int:
    raise UserError("extract is not available yet")
