"""`partnertracker search QUERY [--json]`: full-text search over everything."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from partnertracker.errors import UserError
from partnertracker.paths import database_path

KIND_LABELS = {
    "dispatch": "dispatch",
    "organisation": "partner",
    "person": "person",
    "visit": "visit",
    "invitation": "invitation",
    "agreement": "agreement",
    "follow_up": "follow-up",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="full-text search over dispatches, partners, people and notes")
    parser.add_argument("query")
    parser.add_argument("--json", action="store_true", help="print the hits as a JSON list")
    parser.add_argument("--limit", type=int, default=50, help="how many hits at most (default 50)")


def run(args: argparse.Namespace) -> int:
    from partnertracker.store import open_store
    from partnertracker.store.search import fts_query

    # Punctuation and operators are read as plain words; only a query with no word at all is refused.
    if not fts_query(args.query):
        raise UserError(
            f"cannot understand the search {args.query!r}: it has no words to look for; "
            "type one or more words, e.g. partnertracker search \"digital education\""
        )
    if args.limit < 1:
        raise UserError("--limit must be 1 or more")
    with open_store(database_path(args.db)) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps([asdict(hit) for hit in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("no matches")
        return 0
    width = max(len(KIND_LABELS.get(hit.kind, hit.kind)) for hit in hits)
    for hit in hits:
        label = KIND_LABELS.get(hit.kind, hit.kind)
        print(f"{label:<{width}}  #{hit.id}  {hit.title or '(untitled)'}")
        snippet = " ".join(hit.snippet.split())
        # A partner found by its name: the snippet would only repeat the title.
        if snippet and snippet.replace("[", "").replace("]", "") != hit.title:
            print(f"{'':<{width}}  {snippet}")
    return 0
