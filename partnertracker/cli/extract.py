"""`partnertracker extract FILE... [--json]`: print the proposal for each file, write nothing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from partnertracker import APP_NAME
from partnertracker.errors import UserError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="print the proposal for dispatch files; writes nothing")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print JSON (one object, or a list for several files)")


def run(args: argparse.Namespace) -> int:
    # Imported here so that `partnertracker --version` does not pay for the extraction modules.
    from partnertracker.extraction import extract, read_dispatch

    proposals: list[dict[str, Any]] = []
    failed = 0
    for name in args.files:
        try:
            text = read_dispatch(name)
        except UserError as error:
            print(f"{APP_NAME}: {error}", file=sys.stderr)
            failed += 1
            continue
        proposal = extract(text, source_name=Path(name).name)
        if args.json:
            proposals.append(proposal)
        else:
            print(summary(proposal, name, text))
    if args.json and (proposals or not failed):
        payload: Any = proposals[0] if len(args.files) == 1 and proposals else proposals
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failed else 0


def summary(proposal: dict[str, Any], name: str, text: str) -> str:
    """The proposal as an officer reads it: one line per record, in the words of the dispatch."""
    orgs = {o["id"]: o for o in proposal["organisations"]}
    people = {p["id"]: p for p in proposal["people"]}

    def org(ref: str | None) -> str:
        if ref is None or ref not in orgs:
            return "?"
        o = orgs[ref]
        return o["acronym"] or o["name"]

    def when(date: str | None, precision: str | None = None) -> str:
        return date or "date unknown"

    def place(city: str | None, country: str | None) -> str:
        return ", ".join(x for x in (city, country) if x) or "place unknown"

    d = proposal["dispatch"]
    lines = [f"== {name}"]
    facts = [d.get("dateline_place"), d.get("published_on"), d.get("agency"), d.get("language")]
    lines.append("   " + " | ".join(str(f) for f in facts if f))
    if proposal.get("warnings"):
        lines += [f"   warning: {w}" for w in proposal["warnings"]]
    if proposal["organisations"]:
        lines.append("Organisations:")
        for o in proposal["organisations"]:
            extra = ", ".join(x for x in (o["acronym"], o["kind"], o["country"]) if x)
            known = f" [known #{o['existing_id']}]" if o.get("existing_id") is not None else ""
            lines.append(f"  - {o['name']} ({extra}){known}")
    if proposal["people"]:
        lines.append("People:")
        for p in proposal["people"]:
            role = ", ".join(x for x in (p["title"], org(p["organisation"]) if p["organisation"] else None) if x)
            honorific = f"{p['honorific']} " if p["honorific"] else ""
            lines.append(f"  - {honorific}{p['name']}" + (f" — {role}" if role else ""))
    if proposal["visits"]:
        lines.append("Visits:")
        for v in proposal["visits"]:
            visitors = ", ".join(org(x) for x in v["visitors"]) or "?"
            who = ", ".join(people[p]["name"] for p in v["visitor_people"] if p in people)
            lines.append(
                f"  - {v['status']}: {visitors} -> {org(v['host'])} in {place(v['city'], v['country'])}, "
                f"{when(v['date'])}" + (f" ({who})" if who else "")
            )
    if proposal["invitations"]:
        lines.append("Invitations:")
        for i in proposal["invitations"]:
            lines.append(
                f"  - {i['status']}: {org(i['inviter'])} invites {org(i['invitee'])} ({i['purpose']}"
                + (f", {place(i['city'], i['country'])}" if i["city"] or i["country"] else "")
                + (f", {i['event']}" if i.get("event") else "")
                + f"), issued {when(i['issued_on'])}"
            )
    if proposal["agreements"]:
        lines.append("Agreements:")
        for a in proposal["agreements"]:
            parties = " + ".join(org(x) for x in a["parties"])
            lines.append(f"  - {a['status']} {a['kind']}: {parties}, {when(a['date'])} — {a['title']}")
    if proposal["areas"]:
        lines.append("Areas: " + ", ".join(a["key"] for a in proposal["areas"]))
    if proposal["follow_ups"]:
        lines.append("Follow-ups:")
        for f in proposal["follow_ups"]:
            lines.append(f"  - {f['description'][:160]}")
    return "\n".join(lines)
