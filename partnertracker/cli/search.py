"""`partnertracker search QUERY [--json]`: full-text search over everything."""

from __future__ import annotations

import argparse

from partnertracker.errors import UserError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="full-text search over dispatches, partners, people and notes")
    parser.add_argument("query")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--limit", type=int, default=50)


def run(args: argparse.Namespace) -> int:
    raise UserError("search is not available yet")
