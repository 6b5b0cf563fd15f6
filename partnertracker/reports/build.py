"""Build each kind of report's content (a Report) from the store: the one place that decides what a report says."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
    interface_language,
)
from partnertracker.reports.plurals import Counts
from partnertracker.store import Store
from partnertracker.store import report_queries as q

KINDS = ("pending-invitations", "activity", "partner", "follow-ups")

TEXT, NUMBER, DATE = ColumnKind.TEXT, ColumnKind.NUMBER, ColumnKind.DATE
# Titles, headings and column names are asked of Qt under the context "Report" written at each call
# (lupdate reads translate("Report", "…")): French when the GUI installed the French translator,
# English in the CLI, which installs only the English plural forms. Names and summaries stay as stored.
translate = QCoreApplication.translate


def _text(*parts: Any, sep: str = " ") -> str:
    return sep.join(str(p) for p in parts if p not in (None, ""))


# Stored keys that are not written as their words in lower case.
_SPECIAL_LABELS = {"ngo": "NGO", "mou": "MoU"}


def _label(value: str | None) -> str:
    """An enum value as the officer reads it: 'cooperation-agreement' -> 'cooperation agreement', 'mou' -> 'MoU'."""
    return _SPECIAL_LABELS.get(value or "") or (value or "").replace("-", " ").replace("_", " ")


# What _label() makes of every stored value a report shows, written out for lupdate, which cannot
# read a computed string (tests/reports/test_report_language.py keeps it whole).
STORED_VALUES = (
    # organisation kinds and relationship statuses
    QT_TRANSLATE_NOOP("Report", "intergovernmental"), QT_TRANSLATE_NOOP("Report", "government"),
    QT_TRANSLATE_NOOP("Report", "company"), QT_TRANSLATE_NOOP("Report", "university"),
    QT_TRANSLATE_NOOP("Report", "NGO"), QT_TRANSLATE_NOOP("Report", "foundation"),
    QT_TRANSLATE_NOOP("Report", "media"), QT_TRANSLATE_NOOP("Report", "other"),
    QT_TRANSLATE_NOOP("Report", "prospect"), QT_TRANSLATE_NOOP("Report", "active"),
    QT_TRANSLATE_NOOP("Report", "dormant"), QT_TRANSLATE_NOOP("Report", "former"),
    # visits and invitations: direction, status, purpose
    QT_TRANSLATE_NOOP("Report", "outgoing"), QT_TRANSLATE_NOOP("Report", "incoming"),
    QT_TRANSLATE_NOOP("Report", "external"), QT_TRANSLATE_NOOP("Report", "issued"),
    QT_TRANSLATE_NOOP("Report", "received"), QT_TRANSLATE_NOOP("Report", "completed"),
    QT_TRANSLATE_NOOP("Report", "planned"), QT_TRANSLATE_NOOP("Report", "pending"),
    QT_TRANSLATE_NOOP("Report", "accepted"), QT_TRANSLATE_NOOP("Report", "declined"),
    QT_TRANSLATE_NOOP("Report", "honoured"), QT_TRANSLATE_NOOP("Report", "expired"),
    QT_TRANSLATE_NOOP("Report", "withdrawn"), QT_TRANSLATE_NOOP("Report", "visit"),
    QT_TRANSLATE_NOOP("Report", "event"), QT_TRANSLATE_NOOP("Report", "talk"),
    # agreements
    QT_TRANSLATE_NOOP("Report", "MoU"), QT_TRANSLATE_NOOP("Report", "cooperation agreement"),
    QT_TRANSLATE_NOOP("Report", "programme"), QT_TRANSLATE_NOOP("Report", "signed"),
    QT_TRANSLATE_NOOP("Report", "terminated"),
    # follow-ups
    QT_TRANSLATE_NOOP("Report", "open"), QT_TRANSLATE_NOOP("Report", "done"),
    QT_TRANSLATE_NOOP("Report", "cancelled"), QT_TRANSLATE_NOOP("Report", "low"),
    QT_TRANSLATE_NOOP("Report", "normal"), QT_TRANSLATE_NOOP("Report", "high"),
)


def _value(value: str | None) -> str:
    """A stored value ('cooperation-agreement') in the report's language: 'accord de coopération'."""
    return translate("Report", _label(value)) if value else ""


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

def _visit_columns() -> list[Column]:
    # Built per report, not at import: the language is known only once the GUI has started.
    return [
        Column(translate("Report", "Date"), DATE), Column(translate("Report", "Visiting organisations")),
        Column(translate("Report", "Host")), Column(translate("Report", "City")),
        Column(translate("Report", "Country")), Column(translate("Report", "Cooperation areas")),
        Column(translate("Report", "Summary")),
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
    parts = [description, translate("Report", "event: {event}").format(event=event) if event else "",
             translate("Report", "in {city}").format(city=city) if city else ""]
    return "; ".join(p for p in parts if p)


def _reply_by_item(i: dict[str, Any]) -> CalendarItem | None:
    on = _to_day(i["reply_by"])
    if on is None:
        return None
    return CalendarItem(
        uid=f"invitation-{i['uuid']}-reply-by@partnertracker",
        kind=CalendarKind.EVENT,
        summary=translate("Report", "Reply due: invitation from {inviter} to {invitee}").format(
            inviter=i["inviter"] or "?", invitee=i["invitee"] or "?"),
        on=on,
        description=_text(_value(i["purpose"]).capitalize(), _what(i), sep=": "),
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
            _text(translate("Report", "Owner:"), f["owner"]) if f["owner"] else "",
            _text(translate("Report", "Partner:"), f["organisation"]) if f["organisation"] else "",
            _text(translate("Report", "About:"), f["invitation"] or f["visit"]) if f["invitation"] or f["visit"] else "",
            sep="\n",
        ),
        status=f["status"],
        priority=f["priority"],
        updated_at=f["updated_at"],
    )


def _area_labels(store: Store) -> Callable[[str], str]:
    """An area's label in the report's language (resources/areas.json gives each area one per language)."""
    language = interface_language()
    labels = {a.key: a.labels.get(language) or a.labels.get("en") or _label(a.key) for a in store.cooperation_areas()}
    return lambda key: labels.get(key, _label(key))


# ---------------------------------------------------------------------------
# pending-invitations


def pending_invitations_report(store: Store, today: dt.date, home: str | None) -> Report:
    rows = q.invitations(store.conn, statuses=["pending"], today=today.isoformat())
    columns = [
        Column(translate("Report", "Issued on"), DATE), Column(translate("Report", "Age (days)"), NUMBER),
        Column(translate("Report", "Inviter")), Column(translate("Report", "Invitee")),
        Column(translate("Report", "Purpose")), Column(translate("Report", "What and where")),
        Column(translate("Report", "Reply by"), DATE),
        Column(translate("Report", "Follow-ups")),
    ]
    groups = [
        ("issued", translate("Report", "Issued by us, awaiting the invitee's reply"),
         translate("Report", "No invitation we issued is awaiting a reply.")),
        ("received", translate("Report", "Received, awaiting our reply"),
         translate("Report", "No invitation we received is awaiting our reply.")),
        ("external", translate("Report", "Between other organisations"),
         translate("Report", "No pending invitation between other organisations.")),
    ]
    report = Report(
        kind="pending-invitations", title=translate("Report", "Pending invitations"),
        subtitle=translate("Report", "Invitations still unanswered on {day}, oldest first").format(
            day=today.isoformat()),
        home_organisation=home, generated_on=today,
    )
    for direction, title, empty in groups:
        chosen = [i for i in rows if i["direction"] == direction]
        if direction == "external" and not chosen:
            continue
        report.sections.append(Section(
            title, columns,
            [Row([date_cell(i["issued_on"]), i["age_days"], i["inviter"] or "", i["invitee"] or "",
                  _value(i["purpose"]), _what(i), date_cell(i["reply_by"]), i["follow_ups"] or ""],
                 i["uuid"]) for i in chosen],
            empty_text=empty,
        ))
    report.calendar = [item for i in rows if (item := _reply_by_item(i))]
    if not rows:
        report.notes.append(
            translate("Report", "No invitation is pending: every invitation recorded has had its answer."))
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
            Column(translate("Report", "Owner")), Column(translate("Report", "Due on"), DATE),
            Column(count_title, NUMBER), Column(translate("Report", "Priority")),
            Column(translate("Report", "Action")), Column(translate("Report", "Partner")),
            Column(translate("Report", "About")),
        ]
        result = []
        for f in chosen:
            due = _to_day(f["due_on"])
            days = sign * (today - due).days if due else None
            result.append(Row(
                [f["owner"] or translate("Report", "(no owner)"), date_cell(f["due_on"]), days, _value(f["priority"]),
                 f["description"], f["organisation"] or "", f["invitation"] or f["visit"] or ""],
                f["uuid"],
            ))
        return Section(title, columns, result, empty_text=empty)

    report = Report(
        kind="follow-ups", title=translate("Report", "Open follow-up actions"),
        subtitle=translate("Report", "By owner and due date, overdue first, on {day}").format(day=day),
        home_organisation=home, generated_on=today,
        sections=[
            section(translate("Report", "Overdue"), overdue, translate("Report", "Days overdue"), 1,
                    translate("Report", "No follow-up action is overdue.")),
            section(translate("Report", "Open, not yet due"), later, translate("Report", "Days left"), -1,
                    translate("Report", "No other follow-up action is open.")),
        ],
    )
    report.calendar = [item for f in rows if (item := _follow_up_item(f))]
    if not rows:
        report.notes.append(translate("Report", "No follow-up action is open."))
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
        kind="activity", title=translate("Report", "Activity report"),
        subtitle=translate("Report", "Visits, invitations, agreements and follow-up actions"),
        home_organisation=home, generated_on=today, period=period,
    )

    summary = [
        (translate("Report", "Visits received (incoming)"), len(incoming)),
        (translate("Report", "Visits made (outgoing)"), len(outgoing)),
        (translate("Report", "Invitations issued"), len(issued)),
        (translate("Report", "Invitations received"), len(received)),
        (translate("Report", "Agreements signed"), len(agreements)),
        (translate("Report", "Follow-up actions opened"), len(opened)),
        (translate("Report", "Follow-up actions closed"), len(closed)),
        (translate("Report", "Partners met for the first time"), len(new_partners)),
    ]
    report.sections.append(Section(
        translate("Report", "Summary"),
        [Column(translate("Report", "What")), Column(translate("Report", "Count"), NUMBER)],
        [Row([w, n]) for w, n in summary],
    ))

    # Counts per month, and the chart drawn from them.
    months = _months(period)
    series_sources = [
        (translate("Report", "Visits received"), incoming, "date"),
        (translate("Report", "Visits made"), outgoing, "date"),
        (translate("Report", "Invitations issued"), issued, "issued_on"),
        (translate("Report", "Invitations received"), received, "issued_on"),
        (translate("Report", "Agreements signed"), agreements, "signed_on"),
    ]
    per_month: list[list[int]] = []
    year_only = 0
    for _, records, key in series_sources:
        counts = Counter((r[key] or "")[:7] for r in records)
        year_only += sum(n for month, n in counts.items() if len(month) < 7)
        per_month.append([counts.get(m, 0) for m in months])
    monthly = Section(
        translate("Report", "Per month"),
        [Column(translate("Report", "Month")), *(Column(name, NUMBER) for name, _, _ in series_sources)],
        [Row([m, *(series[k] for series in per_month)]) for k, m in enumerate(months)],
        chart=Chart(translate("Report", "Activity per month"), months, [(name, per_month[k]) for k, (name, _, _) in enumerate(series_sources)]),
    )
    if year_only:
        monthly.notes.append(
            Counts.tr("%n record(s) dated only to the year are counted in the summary but in no month.",
                      "", year_only)
        )
    report.sections.append(monthly)

    # Per country: where the visits took place and where invitations lead.
    unknown = translate("Report", "(not known)")
    countries: dict[str, list[int]] = {}
    for column, records, key in ((0, incoming, "country"), (1, outgoing, "country"),
                                 (2, issued, "country"), (3, received, "country")):
        for r in records:
            countries.setdefault(r[key] or unknown, [0, 0, 0, 0])[column] += 1
    report.sections.append(Section(
        translate("Report", "Per country"),
        [Column(translate("Report", "Country")), Column(translate("Report", "Visits received"), NUMBER),
         Column(translate("Report", "Visits made"), NUMBER),
         Column(translate("Report", "Invitations issued"), NUMBER),
         Column(translate("Report", "Invitations received"), NUMBER)],
        [Row([c, *n]) for c, n in sorted(countries.items(), key=lambda item: (item[0] == unknown, -sum(item[1]), item[0]))],
        empty_text=translate("Report", "No visit or invitation in this period."),
    ))

    areas: dict[str, list[int]] = {}
    for column, records in ((0, incoming), (1, outgoing)):
        for v in records:
            for key in (v["areas"] or "").split():
                areas.setdefault(key, [0, 0])[column] += 1
    report.sections.append(Section(
        translate("Report", "Per cooperation area"),
        [Column(translate("Report", "Cooperation area")),
         Column(translate("Report", "Visits received"), NUMBER),
         Column(translate("Report", "Visits made"), NUMBER)],
        [Row([area_label(k), *n]) for k, n in sorted(areas.items(), key=lambda item: (-sum(item[1]), item[0]))],
        empty_text=translate("Report", "No visit in this period named a cooperation area."),
    ))

    report.sections.append(Section(
        translate("Report", "Visits received (incoming)"), _visit_columns(), [_visit_row(v, area_label) for v in incoming],
        empty_text=translate("Report", "No partner visited us in this period."),
    ))
    report.sections.append(Section(
        translate("Report", "Visits made (outgoing)"), _visit_columns(), [_visit_row(v, area_label) for v in outgoing],
        empty_text=translate("Report", "We visited no partner in this period."),
    ))

    if planned:
        visit_columns = _visit_columns()
        report.sections.append(Section(
            translate("Report", "Visits planned, not yet made"),
            [visit_columns[0], Column(translate("Report", "Direction")), *visit_columns[1:]],
            [Row([r.cells[0], _value(v["direction"]), *r.cells[1:]], r.uid)
             for v in planned for r in [_visit_row(v, area_label)]],
        ))

    def invitation_section(title: str, records: list[dict[str, Any]], empty: str) -> Section:
        columns = [
            Column(translate("Report", "Issued on"), DATE), Column(translate("Report", "Inviter")),
            Column(translate("Report", "Invitee")), Column(translate("Report", "Purpose")),
            Column(translate("Report", "What and where")), Column(translate("Report", "Status")),
            Column(translate("Report", "Status since"), DATE),
            Column(translate("Report", "Reply by"), DATE),
        ]
        return Section(title, columns, [
            Row([date_cell(i["issued_on"]), i["inviter"] or "", i["invitee"] or "", _value(i["purpose"]),
                 _what(i), _value(i["status"]), date_cell(i["status_on"]), date_cell(i["reply_by"])], i["uuid"])
            for i in records
        ], empty_text=empty)

    report.sections.append(invitation_section(translate("Report", "Invitations issued"), issued,
                                              translate("Report", "We issued no invitation in this period.")))
    report.sections.append(invitation_section(translate("Report", "Invitations received"), received,
                                              translate("Report", "We received no invitation in this period.")))

    outcomes = Counter((i["direction"], i["status"]) for i in invitations)
    report.sections.append(Section(
        translate("Report", "Invitation outcomes"),
        [Column(translate("Report", "Direction")), Column(translate("Report", "Status")),
         Column(translate("Report", "Count"), NUMBER)],
        [Row([_value(d), _value(s), n]) for (d, s), n in sorted(outcomes.items())],
        notes=[translate("Report", "Invitations issued or received in the period, by their status today.")],
        empty_text=translate("Report", "No invitation in this period."),
    ))

    report.sections.append(Section(
        translate("Report", "Agreements signed"),
        [Column(translate("Report", "Signed on"), DATE), Column(translate("Report", "Title")),
         Column(translate("Report", "Kind")), Column(translate("Report", "Parties")),
         Column(translate("Report", "Valid until"), DATE), Column(translate("Report", "Status"))],
        [Row([date_cell(a["signed_on"]), a["title"], _value(a["kind"]), a["parties"] or "",
              date_cell(a["valid_until"]), _value(a["status"])], a["uuid"]) for a in agreements],
        empty_text=translate("Report", "No agreement was signed in this period."),
    ))

    report.sections.append(Section(
        translate("Report", "Follow-up actions opened"),
        [Column(translate("Report", "Opened on"), DATE), Column(translate("Report", "Action")),
         Column(translate("Report", "Owner")), Column(translate("Report", "Partner")),
         Column(translate("Report", "Due on"), DATE), Column(translate("Report", "Status"))],
        [Row([date_cell(f["created_at"]), f["description"], f["owner"] or "", f["organisation"] or "",
              date_cell(f["due_on"]), _value(f["status"])], f["uuid"]) for f in opened],
        empty_text=translate("Report", "No follow-up action was opened in this period."),
    ))
    report.sections.append(Section(
        translate("Report", "Follow-up actions closed"),
        [Column(translate("Report", "Closed on"), DATE), Column(translate("Report", "Action")),
         Column(translate("Report", "Owner")), Column(translate("Report", "Partner")),
         Column(translate("Report", "Status"))],
        [Row([date_cell(f["closed_on"]), f["description"], f["owner"] or "", f["organisation"] or "",
              _value(f["status"])], f["uuid"]) for f in closed],
        empty_text=translate("Report", "No follow-up action was closed in this period."),
    ))
    report.sections.append(Section(
        translate("Report", "Partners met for the first time"),
        [Column(translate("Report", "First met"), DATE), Column(translate("Report", "Partner")),
         Column(translate("Report", "Acronym")), Column(translate("Report", "Kind")),
         Column(translate("Report", "Country"))],
        [Row([date_cell(p["first_met"]), p["name"], p["acronym"] or "", _value(p["kind"]), p["country"] or ""],
             p["uuid"]) for p in new_partners],
        empty_text=translate("Report", "No new partner was met in this period."),
    ))

    step(6)
    report.calendar = [item for i in invitations if (item := _reply_by_item(i))]
    report.calendar += [item for f in opened if (item := _follow_up_item(f))]
    step(7)
    if not (visits or invitations or agreements or opened or closed):
        report.notes.append(translate(
            "Report", "Nothing was recorded between {start} and {end}: no visit, invitation, agreement or "
                      "follow-up action.").format(start=start, end=end))
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
        kind="partner", title=translate("Report", "Partner dossier: {partner}").format(partner=title),
        subtitle=translate("Report", "Details, people, visits, invitations, agreements, follow-ups and sources"),
        home_organisation=home, generated_on=today,
    )
    details = [
        (translate("Report", "Name"), org.name), (translate("Report", "Acronym"), org.acronym),
        (translate("Report", "Also known as"), "; ".join(a.name for a in org.aliases)),
        (translate("Report", "Kind"), _value(org.kind)), (translate("Report", "Country"), org.country),
        (translate("Report", "Headquarters"), org.hq_city), (translate("Report", "Website"), org.website),
        (translate("Report", "Relationship"), _value(org.status)),
        (translate("Report", "Sites"), "; ".join(_text(s.label, _text(s.city, s.country, sep=", "), sep=": ") for s in org.sites)),
        (translate("Report", "Notes"), org.notes),
    ]
    report.sections.append(Section(
        translate("Report", "Details"),
        [Column(translate("Report", "Field")), Column(translate("Report", "Value"))],
        [Row([k, v]) for k, v in details if v],
    ))

    people = q.people_with_roles(conn, organisation_id)
    report.sections.append(Section(
        translate("Report", "People"),
        [Column(translate("Report", "Name")), Column(translate("Report", "Title", "a person's position")),
         Column(translate("Report", "From"), DATE), Column(translate("Report", "To"), DATE)],
        [Row([_text(p["honorific"], p["name"]), p["title"] or "", date_cell(p["started_on"]),
              date_cell(p["ended_on"])]) for p in people],
        empty_text=translate("Report", "No person of this partner is recorded."),
    ))

    visits = q.visits(conn, organisation_id=organisation_id)
    visit_columns = _visit_columns()
    report.sections.append(Section(
        translate("Report", "Visits"),
        [visit_columns[0], Column(translate("Report", "Direction")), *visit_columns[1:]],
        [Row([r.cells[0], _value(v["direction"]), *r.cells[1:]], r.uid)
         for v in visits for r in [_visit_row(v, area_label)]],
        empty_text=translate("Report", "No visit with this partner is recorded."),
    ))
    invitations = q.invitations(conn, organisation_id=organisation_id, today=today.isoformat())
    report.sections.append(Section(
        translate("Report", "Invitations"),
        [Column(translate("Report", "Issued on"), DATE), Column(translate("Report", "Direction")),
         Column(translate("Report", "Inviter")), Column(translate("Report", "Invitee")),
         Column(translate("Report", "Purpose")), Column(translate("Report", "What and where")),
         Column(translate("Report", "Status")), Column(translate("Report", "Reply by"), DATE)],
        [Row([date_cell(i["issued_on"]), _value(i["direction"]), i["inviter"] or "", i["invitee"] or "",
              _value(i["purpose"]), _what(i), _value(i["status"]), date_cell(i["reply_by"])], i["uuid"])
         for i in invitations],
        empty_text=translate("Report", "No invitation with this partner is recorded."),
    ))
    agreements = q.agreements(conn, organisation_id=organisation_id)
    report.sections.append(Section(
        translate("Report", "Agreements"),
        [Column(translate("Report", "Signed on"), DATE), Column(translate("Report", "Title")),
         Column(translate("Report", "Kind")), Column(translate("Report", "Status")),
         Column(translate("Report", "Parties")),
         Column(translate("Report", "Valid until"), DATE)],
        [Row([date_cell(a["signed_on"]), a["title"], _value(a["kind"]), _value(a["status"]), a["parties"] or "",
              date_cell(a["valid_until"])], a["uuid"]) for a in agreements],
        empty_text=translate("Report", "No agreement with this partner is recorded."),
    ))
    follow_ups = q.follow_ups(conn, organisation_id=organisation_id)
    follow_ups.sort(key=lambda f: (f["due_on"] is None, f["due_on"] or "", f["id"]))
    report.sections.append(Section(
        translate("Report", "Follow-up actions"),
        [Column(translate("Report", "Due on"), DATE), Column(translate("Report", "Action")),
         Column(translate("Report", "Owner")), Column(translate("Report", "Priority")),
         Column(translate("Report", "Status"))],
        [Row([date_cell(f["due_on"]), f["description"], f["owner"] or "", _value(f["priority"]), _value(f["status"])], f["uuid"])
         for f in follow_ups],
        empty_text=translate("Report", "No follow-up action for this partner is recorded."),
    ))
    dispatches = q.dispatches_about(conn, organisation_id)
    report.sections.append(Section(
        translate("Report", "Latest dispatches"),
        [Column(translate("Report", "Published on"), DATE), Column(translate("Report", "Title")),
         Column(translate("Report", "Agency")), Column(translate("Report", "Dateline")),
         Column(translate("Report", "Source"))],
        [Row([date_cell(d["published_on"]), d["title"] or translate("Report", "(untitled)"), d["agency"] or "",
              d["dateline_place"] or "", d["source"] or ""], d["uuid"]) for d in dispatches],
        empty_text=translate("Report", "No dispatch mentions this partner."),
    ))
    # Answered invitations and closed actions too: a re-imported calendar then shows them as such.
    report.calendar = [item for i in invitations if (item := _reply_by_item(i))]
    report.calendar += [item for f in follow_ups if (item := _follow_up_item(f))]
    if not (visits or invitations or agreements or follow_ups):
        report.notes.append(translate(
            "Report", "No activity with {partner} is recorded yet: no visit, invitation, agreement or "
                      "follow-up action.").format(partner=org.name))
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
                      empty_text=translate("Report", "The list is empty."))
    return Report(kind="list", title=title, subtitle=Counts.tr("%Ln row(s)", "", len(rows)), home_organisation=home,
                  generated_on=today or dt.date.today(), sections=[section])


def _looks_like_date(text: str) -> bool:
    return len(text) in (4, 7, 10) and text[:4].isdigit() and (len(text) == 4 or text[4] == "-")
