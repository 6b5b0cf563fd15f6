"""Build each kind of report's content (a Report) from the store: the one place that decides what a report says."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from partnertracker.domain import PartialDate
from partnertracker.errors import UserError
from partnertracker.reports.content import (
    CalendarItem,
    CalendarKind,
    Chart,
    Column,
    ColumnKind,
    Period,
    Progress,
    Report,
    Row,
    Section,
    date_cell,
)
from partnertracker.store import Store
from partnertracker.store import report_queries as q

KINDS = ("pending-invitations", "activity", "partner", "follow-ups")

TEXT, NUMBER, DATE = ColumnKind.TEXT, ColumnKind.NUMBER, ColumnKind.DATE
UNKNOWN = "(not known)"


def _text(*parts: Any, sep: str = " ") -> str:
    return sep.join(str(p) for p in parts if p not in (None, ""))


def _label(value: str | None) -> str:
    """An enum value as the officer reads it: 'cooperation-agreement' -> 'cooperation agreement'."""
    return (value or "").replace("-", " ").replace("_", " ")


def _to_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Periods and partners: the two things a user types.


def parse_period(date_from: str | None, date_to: str | None, today: dt.date) -> Period:
    """--from/--to as a period of whole days; "2025" or "2025-07" mean the whole year or month.

    Without --from the period starts on 1 January of the year of --to (or of today);
    without --to it ends today (or at the end of the --from year when that lies in the past).
    """

    def parse(text: str, option: str) -> PartialDate:
        try:
            return PartialDate.parse(text)
        except ValueError:
            raise UserError(
                f"{option} {text!r} is not a date; write it as YYYY-MM-DD (or YYYY-MM, or YYYY)"
            ) from None

    start = end = None
    if date_from:
        start = parse(date_from, "--from").first_day()
    if date_to:
        end = _last_day(parse(date_to, "--to"))
    if end is None:
        end = today if start is None or start.year >= today.year else dt.date(start.year, 12, 31)
    if start is None:
        start = dt.date(end.year, 1, 1)
    if start > end:
        raise UserError(f"the period starts ({start}) after it ends ({end}); swap --from and --to")
    return Period(start, end)


def _last_day(value: PartialDate) -> dt.date:
    if value.day is not None:
        return value.first_day()
    if value.month is not None:
        following = dt.date(value.year + (value.month == 12), value.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(value.year, 12, 31)


def find_partner(store: Store, name: str) -> int:
    """The id of the organisation whose name, acronym or alias matches `name`.

    An exact match (ignoring case) wins; otherwise a unique partial match; otherwise a UserError
    that lists the matches (ambiguous) or the closest names (no match).
    """
    wanted = name.strip().casefold()
    if not wanted:
        raise UserError("--partner is empty; give a partner's name, acronym or alias")
    organisations = store.known_organisations()

    def names(org: dict[str, Any]) -> list[str]:
        return [n for n in (org["name"], org["acronym"], *org["aliases"]) if n]

    def listing(orgs: list[dict[str, Any]]) -> str:
        return "; ".join(
            org["name"] + (f" ({org['acronym']})" if org["acronym"] else "") for org in orgs[:10]
        ) + (f"; and {len(orgs) - 10} more" if len(orgs) > 10 else "")

    for test in (
        lambda n: n.casefold() == wanted,
        lambda n: wanted in n.casefold(),
    ):
        matches = [org for org in organisations if any(test(n) for n in names(org))]
        if len(matches) == 1:
            return int(matches[0]["id"])
        if matches:
            raise UserError(
                f"{len(matches)} partners match {name!r}: {listing(matches)}. "
                "Give the full name or the acronym of one of them"
            )
    # Imported here: only a name that matches nothing needs it, and it costs a tenth of a second.
    from rapidfuzz import fuzz, process

    choices = {n: org["name"] for org in organisations for n in names(org)}
    close = process.extract(name, list(choices), scorer=fuzz.WRatio, limit=5, score_cutoff=60)
    suggestions = list(dict.fromkeys(choices[match] for match, _, _ in close))
    if suggestions:
        raise UserError(f"no partner matches {name!r}; close names: {'; '.join(suggestions)}")
    raise UserError(f"no partner matches {name!r}; check the spelling, or search with `partnertracker search`")


# ---------------------------------------------------------------------------
# Entry point.


def build_report(
    store: Store,
    kind: str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    partner: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Report:
    """The content of one report: `kind` is one of KINDS; dates and partner as the officer typed them.

    `progress(done, total)` hears of each step of a long build (the activity report's queries);
    an exception raised from it stops the build.
    """
    today = today or dt.date.today()
    home = store.home_organisation()
    home_name = home.name if home else None
    if partner and kind != "partner":
        raise UserError(f"--partner applies to the partner report only, not to {kind}")
    if kind == "activity":
        period = parse_period(date_from, date_to, today)
        return activity_report(store, period, today, home_name, home.id if home else None, progress)
    if date_from or date_to:
        raise UserError(f"--from and --to apply to the activity report only, not to {kind}")
    if kind == "pending-invitations":
        return pending_invitations_report(store, today, home_name)
    if kind == "follow-ups":
        return follow_ups_report(store, today, home_name)
    if kind == "partner":
        if not partner:
            raise UserError("the partner report needs --partner NAME (a name, an acronym or an alias)")
        return partner_report(store, find_partner(store, partner), today, home_name)
    raise UserError(f"there is no {kind!r} report; choose one of: {', '.join(KINDS)}")


# ---------------------------------------------------------------------------
# Rows shared by several reports.

_VISIT_COLUMNS = [
    Column("Date", DATE), Column("Visiting organisations"), Column("Host"), Column("City"),
    Column("Country"), Column("Cooperation areas"), Column("Summary"),
]


def _visit_row(v: dict[str, Any], area_label: Callable[[str], str]) -> Row:
    areas = ", ".join(area_label(a) for a in (v["areas"] or "").split())
    return Row(
        [date_cell(v["date"]), v["visitors"] or "", v["host"] or "", v["city"] or "",
         v["country"] or "", areas, v["summary"] or ""],
        v["uuid"],
    )


def _what(i: dict[str, Any]) -> str:
    """What an invitation is to, and where: its description, event and city (each said once)."""
    description = i["description"] or ""
    event = i["event"] if i["event"] and i["event"] not in description else ""
    city = i["city"] if i["city"] and i["city"] not in description else ""
    parts = [description, f"event: {event}" if event else "", f"in {city}" if city else ""]
    return "; ".join(p for p in parts if p)


def _reply_by_item(i: dict[str, Any]) -> CalendarItem | None:
    on = _to_day(i["reply_by"])
    if on is None:
        return None
    return CalendarItem(
        uid=f"invitation-{i['uuid']}-reply-by@partnertracker",
        kind=CalendarKind.EVENT,
        summary=f"Reply due: invitation from {i['inviter'] or '?'} to {i['invitee'] or '?'}",
        on=on,
        description=_text(_label(i["purpose"]).capitalize(), _what(i), sep=": "),
        status=i["status"],
        updated_at=i["updated_at"],
    )


def _follow_up_item(f: dict[str, Any]) -> CalendarItem | None:
    on = _to_day(f["due_on"])
    if on is None:
        return None
    return CalendarItem(
        uid=f"follow-up-{f['uuid']}@partnertracker",
        kind=CalendarKind.TODO,
        summary=f["description"],
        on=on,
        description=_text(
            _text("Owner:", f["owner"]) if f["owner"] else "",
            _text("Partner:", f["organisation"]) if f["organisation"] else "",
            _text("About:", f["invitation"] or f["visit"]) if f["invitation"] or f["visit"] else "",
            sep="\n",
        ),
        status=f["status"],
        priority=f["priority"],
        updated_at=f["updated_at"],
    )


def _area_labels(store: Store) -> Callable[[str], str]:
    labels = {a.key: a.labels.get("en") or _label(a.key) for a in store.cooperation_areas()}
    return lambda key: labels.get(key, _label(key))


# ---------------------------------------------------------------------------
# pending-invitations


def pending_invitations_report(store: Store, today: dt.date, home: str | None) -> Report:
    rows = q.invitations(store.conn, statuses=["pending"], today=today.isoformat())
    columns = [
        Column("Issued on", DATE), Column("Age (days)", NUMBER), Column("Inviter"), Column("Invitee"),
        Column("Purpose"), Column("What and where"), Column("Reply by", DATE),
        Column("Follow-ups"),
    ]
    groups = [
        ("issued", "Issued by us, awaiting the invitee's reply", "No invitation we issued is awaiting a reply."),
        ("received", "Received, awaiting our reply", "No invitation we received is awaiting our reply."),
        ("external", "Between other organisations", "No pending invitation between other organisations."),
    ]
    report = Report(
        kind="pending-invitations", title="Pending invitations",
        subtitle=f"Invitations still unanswered on {today.isoformat()}, oldest first",
        home_organisation=home, generated_on=today,
    )
    for direction, title, empty in groups:
        chosen = [i for i in rows if i["direction"] == direction]
        if direction == "external" and not chosen:
            continue
        report.sections.append(Section(
            title, columns,
            [Row([date_cell(i["issued_on"]), i["age_days"], i["inviter"] or "", i["invitee"] or "",
                  _label(i["purpose"]), _what(i), date_cell(i["reply_by"]), i["follow_ups"] or ""],
                 i["uuid"]) for i in chosen],
            empty_text=empty,
        ))
    report.calendar = [item for i in rows if (item := _reply_by_item(i))]
    if not rows:
        report.notes.append("No invitation is pending: every invitation recorded has had its answer.")
    return report


# ---------------------------------------------------------------------------
# follow-ups


def follow_ups_report(store: Store, today: dt.date, home: str | None) -> Report:
    rows = q.follow_ups(store.conn, statuses=["open"])
    day = today.isoformat()
    overdue = [f for f in rows if f["due_on"] and f["due_on"][:10] < day]
    later = [f for f in rows if not (f["due_on"] and f["due_on"][:10] < day)]

    def section(title: str, chosen: list[dict[str, Any]], count_title: str, sign: int, empty: str) -> Section:
        columns = [
            Column("Owner"), Column("Due on", DATE), Column(count_title, NUMBER), Column("Priority"),
            Column("Action"), Column("Partner"), Column("About"),
        ]
        result = []
        for f in chosen:
            due = _to_day(f["due_on"])
            days = sign * (today - due).days if due else None
            result.append(Row(
                [f["owner"] or "(no owner)", date_cell(f["due_on"]), days, f["priority"],
                 f["description"], f["organisation"] or "", f["invitation"] or f["visit"] or ""],
                f["uuid"],
            ))
        return Section(title, columns, result, empty_text=empty)

    report = Report(
        kind="follow-ups", title="Open follow-up actions",
        subtitle=f"By owner and due date, overdue first, on {day}",
        home_organisation=home, generated_on=today,
        sections=[
            section("Overdue", overdue, "Days overdue", 1, "No follow-up action is overdue."),
            section("Open, not yet due", later, "Days left", -1, "No other follow-up action is open."),
        ],
    )
    report.calendar = [item for f in rows if (item := _follow_up_item(f))]
    if not rows:
        report.notes.append("No follow-up action is open.")
    return report


# ---------------------------------------------------------------------------
# activity


def _months(period: Period) -> list[str]:
    months, year, month = [], period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def activity_report(
    store: Store,
    period: Period,
    today: dt.date,
    home: str | None,
    home_id: int | None = None,
    progress: Progress | None = None,
) -> Report:
    start, end = period.start.isoformat(), period.end.isoformat()
    conn = store.conn
    steps = 7

    def step(done: int) -> None:
        if progress is not None:
            progress(done, steps)

    area_label = _area_labels(store)
    step(0)
    # What took place; visits still planned are listed apart, not counted.
    visits = q.visits(conn, start, end, directions=["incoming", "outgoing"], statuses=["completed"])
    planned = q.visits(conn, start, end, directions=["incoming", "outgoing"], statuses=["planned"])
    step(1)
    invitations = q.invitations(conn, start, end, directions=["issued", "received"], today=today.isoformat())
    step(2)
    agreements = q.agreements(conn, start, end, statuses=["signed", "expired", "terminated"])
    step(3)
    opened = q.follow_ups_opened(conn, start, end)
    closed = q.follow_ups_closed(conn, start, end)
    step(4)
    new_partners = q.partners_first_met(conn, start, end, home_id)
    step(5)

    incoming = [v for v in visits if v["direction"] == "incoming"]
    outgoing = [v for v in visits if v["direction"] == "outgoing"]
    issued = [i for i in invitations if i["direction"] == "issued"]
    received = [i for i in invitations if i["direction"] == "received"]

    report = Report(
        kind="activity", title="Activity report",
        subtitle="Visits, invitations, agreements and follow-up actions",
        home_organisation=home, generated_on=today, period=period,
    )

    summary = [
        ("Visits received (incoming)", len(incoming)),
        ("Visits made (outgoing)", len(outgoing)),
        ("Invitations issued", len(issued)),
        ("Invitations received", len(received)),
        ("Agreements signed", len(agreements)),
        ("Follow-up actions opened", len(opened)),
        ("Follow-up actions closed", len(closed)),
        ("Partners met for the first time", len(new_partners)),
    ]
    report.sections.append(Section(
        "Summary", [Column("What"), Column("Count", NUMBER)], [Row([w, n]) for w, n in summary],
    ))

    # Counts per month, and the chart drawn from them.
    months = _months(period)
    series_sources = [
        ("Visits received", incoming, "date"), ("Visits made", outgoing, "date"),
        ("Invitations issued", issued, "issued_on"), ("Invitations received", received, "issued_on"),
        ("Agreements signed", agreements, "signed_on"),
    ]
    per_month: list[list[int]] = []
    year_only = 0
    for _, records, key in series_sources:
        counts = Counter((r[key] or "")[:7] for r in records)
        year_only += sum(n for month, n in counts.items() if len(month) < 7)
        per_month.append([counts.get(m, 0) for m in months])
    monthly = Section(
        "Per month", [Column("Month"), *(Column(name, NUMBER) for name, _, _ in series_sources)],
        [Row([m, *(series[k] for series in per_month)]) for k, m in enumerate(months)],
        chart=Chart("Activity per month", months, [(name, per_month[k]) for k, (name, _, _) in enumerate(series_sources)]),
    )
    if year_only:
        monthly.notes.append(
            f"{year_only} record(s) dated only to the year are counted in the summary but in no month."
        )
    report.sections.append(monthly)

    # Per country: where the visits took place and where invitations lead.
    countries: dict[str, list[int]] = {}
    for column, records, key in ((0, incoming, "country"), (1, outgoing, "country"),
                                 (2, issued, "country"), (3, received, "country")):
        for r in records:
            countries.setdefault(r[key] or UNKNOWN, [0, 0, 0, 0])[column] += 1
    report.sections.append(Section(
        "Per country",
        [Column("Country"), Column("Visits received", NUMBER), Column("Visits made", NUMBER),
         Column("Invitations issued", NUMBER), Column("Invitations received", NUMBER)],
        [Row([c, *n]) for c, n in sorted(countries.items(), key=lambda item: (item[0] == UNKNOWN, -sum(item[1]), item[0]))],
        empty_text="No visit or invitation in this period.",
    ))

    areas: dict[str, list[int]] = {}
    for column, records in ((0, incoming), (1, outgoing)):
        for v in records:
            for key in (v["areas"] or "").split():
                areas.setdefault(key, [0, 0])[column] += 1
    report.sections.append(Section(
        "Per cooperation area",
        [Column("Cooperation area"), Column("Visits received", NUMBER), Column("Visits made", NUMBER)],
        [Row([area_label(k), *n]) for k, n in sorted(areas.items(), key=lambda item: (-sum(item[1]), item[0]))],
        empty_text="No visit in this period named a cooperation area.",
    ))

    report.sections.append(Section(
        "Visits received (incoming)", _VISIT_COLUMNS, [_visit_row(v, area_label) for v in incoming],
        empty_text="No partner visited us in this period.",
    ))
    report.sections.append(Section(
        "Visits made (outgoing)", _VISIT_COLUMNS, [_visit_row(v, area_label) for v in outgoing],
        empty_text="We visited no partner in this period.",
    ))

    if planned:
        report.sections.append(Section(
            "Visits planned, not yet made", [_VISIT_COLUMNS[0], Column("Direction"), *_VISIT_COLUMNS[1:]],
            [Row([r.cells[0], v["direction"], *r.cells[1:]], r.uid)
             for v in planned for r in [_visit_row(v, area_label)]],
        ))

    def invitation_section(title: str, records: list[dict[str, Any]], empty: str) -> Section:
        columns = [
            Column("Issued on", DATE), Column("Inviter"), Column("Invitee"), Column("Purpose"),
            Column("What and where"), Column("Status"), Column("Status since", DATE), Column("Reply by", DATE),
        ]
        return Section(title, columns, [
            Row([date_cell(i["issued_on"]), i["inviter"] or "", i["invitee"] or "", _label(i["purpose"]),
                 _what(i), i["status"], date_cell(i["status_on"]), date_cell(i["reply_by"])], i["uuid"])
            for i in records
        ], empty_text=empty)

    report.sections.append(invitation_section("Invitations issued", issued, "We issued no invitation in this period."))
    report.sections.append(invitation_section("Invitations received", received, "We received no invitation in this period."))

    outcomes = Counter((i["direction"], i["status"]) for i in invitations)
    report.sections.append(Section(
        "Invitation outcomes", [Column("Direction"), Column("Status"), Column("Count", NUMBER)],
        [Row([d, s, n]) for (d, s), n in sorted(outcomes.items())],
        notes=["Invitations issued or received in the period, by their status today."],
        empty_text="No invitation in this period.",
    ))

    report.sections.append(Section(
        "Agreements signed",
        [Column("Signed on", DATE), Column("Title"), Column("Kind"), Column("Parties"),
         Column("Valid until", DATE), Column("Status")],
        [Row([date_cell(a["signed_on"]), a["title"], _label(a["kind"]), a["parties"] or "",
              date_cell(a["valid_until"]), a["status"]], a["uuid"]) for a in agreements],
        empty_text="No agreement was signed in this period.",
    ))

    report.sections.append(Section(
        "Follow-up actions opened",
        [Column("Opened on", DATE), Column("Action"), Column("Owner"), Column("Partner"),
         Column("Due on", DATE), Column("Status")],
        [Row([date_cell(f["created_at"]), f["description"], f["owner"] or "", f["organisation"] or "",
              date_cell(f["due_on"]), f["status"]], f["uuid"]) for f in opened],
        empty_text="No follow-up action was opened in this period.",
    ))
    report.sections.append(Section(
        "Follow-up actions closed",
        [Column("Closed on", DATE), Column("Action"), Column("Owner"), Column("Partner"), Column("Status")],
        [Row([date_cell(f["closed_on"]), f["description"], f["owner"] or "", f["organisation"] or "",
              f["status"]], f["uuid"]) for f in closed],
        empty_text="No follow-up action was closed in this period.",
    ))
    report.sections.append(Section(
        "Partners met for the first time",
        [Column("First met", DATE), Column("Partner"), Column("Acronym"), Column("Kind"), Column("Country")],
        [Row([date_cell(p["first_met"]), p["name"], p["acronym"] or "", _label(p["kind"]), p["country"] or ""],
             p["uuid"]) for p in new_partners],
        empty_text="No new partner was met in this period.",
    ))

    step(6)
    report.calendar = [item for i in invitations if (item := _reply_by_item(i))]
    report.calendar += [item for f in opened if (item := _follow_up_item(f))]
    step(7)
    if not (visits or invitations or agreements or opened or closed):
        report.notes.append(
            f"Nothing was recorded between {start} and {end}: no visit, invitation, agreement or "
            "follow-up action."
        )
    return report


# ---------------------------------------------------------------------------
# partner


def partner_report(store: Store, organisation_id: int, today: dt.date, home: str | None) -> Report:
    org = store.get_organisation(organisation_id)
    if org is None:
        raise UserError(f"there is no partner #{organisation_id}")
    conn = store.conn
    area_label = _area_labels(store)
    title = org.name + (f" ({org.acronym})" if org.acronym else "")
    report = Report(
        kind="partner", title=f"Partner dossier: {title}",
        subtitle="Details, people, visits, invitations, agreements, follow-ups and sources",
        home_organisation=home, generated_on=today,
    )
    details = [
        ("Name", org.name), ("Acronym", org.acronym), ("Also known as", "; ".join(a.name for a in org.aliases)),
        ("Kind", _label(org.kind)), ("Country", org.country), ("Headquarters", org.hq_city),
        ("Website", org.website), ("Relationship", _label(org.status)),
        ("Sites", "; ".join(_text(s.label, _text(s.city, s.country, sep=", "), sep=": ") for s in org.sites)),
        ("Notes", org.notes),
    ]
    report.sections.append(Section(
        "Details", [Column("Field"), Column("Value")], [Row([k, v]) for k, v in details if v],
    ))

    people = q.people_with_roles(conn, organisation_id)
    report.sections.append(Section(
        "People", [Column("Name"), Column("Title"), Column("From", DATE), Column("To", DATE)],
        [Row([_text(p["honorific"], p["name"]), p["title"] or "", date_cell(p["started_on"]),
              date_cell(p["ended_on"])]) for p in people],
        empty_text="No person of this partner is recorded.",
    ))

    visits = q.visits(conn, organisation_id=organisation_id)
    report.sections.append(Section(
        "Visits", [_VISIT_COLUMNS[0], Column("Direction"), *_VISIT_COLUMNS[1:]],
        [Row([r.cells[0], v["direction"], *r.cells[1:]], r.uid)
         for v in visits for r in [_visit_row(v, area_label)]],
        empty_text="No visit with this partner is recorded.",
    ))
    invitations = q.invitations(conn, organisation_id=organisation_id, today=today.isoformat())
    report.sections.append(Section(
        "Invitations",
        [Column("Issued on", DATE), Column("Direction"), Column("Inviter"), Column("Invitee"),
         Column("Purpose"), Column("What and where"), Column("Status"), Column("Reply by", DATE)],
        [Row([date_cell(i["issued_on"]), i["direction"], i["inviter"] or "", i["invitee"] or "",
              _label(i["purpose"]), _what(i), i["status"], date_cell(i["reply_by"])], i["uuid"])
         for i in invitations],
        empty_text="No invitation with this partner is recorded.",
    ))
    agreements = q.agreements(conn, organisation_id=organisation_id)
    report.sections.append(Section(
        "Agreements",
        [Column("Signed on", DATE), Column("Title"), Column("Kind"), Column("Status"), Column("Parties"),
         Column("Valid until", DATE)],
        [Row([date_cell(a["signed_on"]), a["title"], _label(a["kind"]), a["status"], a["parties"] or "",
              date_cell(a["valid_until"])], a["uuid"]) for a in agreements],
        empty_text="No agreement with this partner is recorded.",
    ))
    follow_ups = q.follow_ups(conn, organisation_id=organisation_id)
    follow_ups.sort(key=lambda f: (f["due_on"] is None, f["due_on"] or "", f["id"]))
    report.sections.append(Section(
        "Follow-up actions",
        [Column("Due on", DATE), Column("Action"), Column("Owner"), Column("Priority"), Column("Status")],
        [Row([date_cell(f["due_on"]), f["description"], f["owner"] or "", f["priority"], f["status"]], f["uuid"])
         for f in follow_ups],
        empty_text="No follow-up action for this partner is recorded.",
    ))
    dispatches = q.dispatches_about(conn, organisation_id)
    report.sections.append(Section(
        "Latest dispatches",
        [Column("Published on", DATE), Column("Title"), Column("Agency"), Column("Dateline"), Column("Source")],
        [Row([date_cell(d["published_on"]), d["title"] or "(untitled)", d["agency"] or "",
              d["dateline_place"] or "", d["source"] or ""], d["uuid"]) for d in dispatches],
        empty_text="No dispatch mentions this partner.",
    ))
    # Answered invitations and closed actions too: a re-imported calendar then shows them as such.
    report.calendar = [item for i in invitations if (item := _reply_by_item(i))]
    report.calendar += [item for f in follow_ups if (item := _follow_up_item(f))]
    if not (visits or invitations or agreements or follow_ups):
        report.notes.append(
            f"No activity with {org.name} is recorded yet: no visit, invitation, agreement or follow-up action."
        )
    return report


# ---------------------------------------------------------------------------
# A list view's "Export…": what the list shows, as a one-section report.


def list_report(
    title: str,
    headers: list[str],
    rows: list[list[Any]],
    home: str | None = None,
    today: dt.date | None = None,
    uids: list[str | None] | None = None,
) -> Report:
    """A report of one table (the rows a list view shows, in its order), for CSV or XLSX.

    Cells may be text, whole numbers, dates, or stored date strings ("2025", "2025-07", "2025-07-14"),
    which become date cells; a column is a date or number column when all its values are.
    """
    converted = [[date_cell(v) if isinstance(v, str) and _looks_like_date(v) else v for v in row] for row in rows]
    columns = []
    for k, header in enumerate(headers):
        values = [row[k] for row in converted if row[k] not in (None, "")]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kind = NUMBER
        elif values and all(isinstance(v, dt.date | PartialDate) for v in values):
            kind = DATE
        else:
            kind = TEXT
        columns.append(Column(header, kind))
    cells = [[v if isinstance(v, int | dt.date | PartialDate | str) or v is None else str(v) for v in row]
             for row in converted]
    keys = uids or [None] * len(cells)
    section = Section(title, columns, [Row(c, uid) for c, uid in zip(cells, keys, strict=True)],
                      empty_text="The list is empty.")
    return Report(kind="list", title=title, subtitle=f"{len(rows)} rows", home_organisation=home,
                  generated_on=today or dt.date.today(), sections=[section])


def _looks_like_date(text: str) -> bool:
    return len(text) in (4, 7, 10) and text[:4].isdigit() and (len(text) == 4 or text[4] == "-")
