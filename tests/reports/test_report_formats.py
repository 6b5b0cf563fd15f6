"""Every kind of report in every format, read back with a real reader: the records, in order, with their dates."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from icalendar import Calendar
from report_data import FORMULA_NAME, HOME, NIMBUS, QUIET, TARSA, TODAY
from report_readers import TEXT_READERS, assert_in_order, csv_rows, html_parsed, plain, xlsx_cells

from partnertracker.reports import FORMATS, build_report, write_report
from partnertracker.store import open_store

OPTIONS = {
    "pending-invitations": {},
    "activity": {"date_from": "2025-01-01", "date_to": "2025-06-30"},
    "partner": {"partner": "Nimbus Telecom"},
    "follow-ups": {},
}

# What each report must show, in this order (dates as ISO text, names as stored).
EXPECTED = {
    "pending-invitations": [
        "Pending invitations", HOME,
        "Issued by us", "2025-02-01", NIMBUS, "Visit our headquarters", "2025-09-30", "Send the draft programme",
        "2025-05-10", TARSA, "Speak at the annual forum", "2025-10-15",
        "Received, awaiting our reply", "2025-04-02", "HYPERLINK", "Conference keynote", "2025-08-20",
    ],
    "activity": [
        "Activity report", HOME, "2025-01-01 to 2025-06-30",
        "Visits received (incoming)", "2025-02-14", NIMBUS, "Talks on teacher training",
        "2025-05-20", "HYPERLINK",
        "Visits made (outgoing)", "2025-03-03", TARSA, "Campus visit and AI lab", "2025-06", "Factory tour",
        "Visits planned, not yet made", "2025-06-25", "incoming", TARSA, "still to come",
        "Invitations issued", "2025-02-01", NIMBUS, "2025-05-10", TARSA,
        "Invitations received", "2025-03-01", NIMBUS, "accepted", "2025-03-20", "2025-04-02", "HYPERLINK",
        "Agreements signed", "2025-03-10", "Memorandum on teacher training",
    ],
    "partner": [
        "Partner dossier: Nimbus Telecom", HOME, "Nimbus Tel", "Société Nimbus", "Shenzhen",
        "Li Wen", "Vice-President", "2019-03", "President", "2024-01",
        "Visits", "2025-02-14", "incoming", "2025-06", "outgoing", "Factory tour",
        "Invitations", "2025-02-01", "Visit our headquarters", "pending", "2025-03-01", "accepted",
        "Agreements", "2025-03-10", "Memorandum on teacher training",
        "Follow-up actions", "2025-02-20", "Thank the delegation", "done", "2025-08-01", "Send the draft programme",
        "Latest dispatches", "2025-02-15", "Nimbus delegation visits", "WIRE", "wire-0001.txt",
    ],
    "follow-ups": [
        "Open follow-up actions", HOME,
        "Overdue", "Amina", "2025-08-01", "31", "high", "Send the draft programme", NIMBUS,
        "Amina", "2025-08-15", "17", "Answer the keynote request",
        "Open, not yet due", "Karim", "2025-10-01", "30", "Book the forum room", TARSA,
    ],
}

# How many of the expected pieces are the title block.
HEADING = {"pending-invitations": 2, "activity": 3, "partner": 2, "follow-ups": 2}

# What must not be there: outside the period, closed, or not about this partner.
ABSENT = {
    "pending-invitations": ["2025-03-01"],  # the accepted invitation
    "activity": ["2024-11-05", "An earlier visit", "A visit known only to the year"],
    "partner": [TARSA + " (UTA)", "Book the forum room"],
    "follow-ups": ["Thank the delegation"],
}


@pytest.fixture(scope="module")
def reports(small_db):
    path, _ = small_db
    with open_store(path) as store:
        return {kind: build_report(store, kind, today=TODAY, **options) for kind, options in OPTIONS.items()}


@pytest.mark.parametrize("kind", list(OPTIONS))
@pytest.mark.parametrize("format_name", [f for f in FORMATS if f != "ics"])
def test_every_report_reads_back_with_its_records_in_order(reports, kind, format_name, tmp_path: Path):
    target = write_report(reports[kind], format_name, tmp_path / f"report{FORMATS[format_name].suffix}")
    text = TEXT_READERS[format_name](target)
    expected = EXPECTED[kind]
    if format_name == "csv":
        # Records only (no title block); each row read back under its section's own columns.
        expected = expected[HEADING[kind]:]
        text = _csv_in_section_order(target, reports[kind])
    assert_in_order(text, expected)
    for absent in ABSENT[kind]:
        assert absent not in text


def _csv_in_section_order(path: Path, report) -> str:
    header, *rows = csv_rows(path)
    columns = {section.title: [c.title for c in section.columns] for section in report.sections}
    lines = []
    for row in rows:
        by_title = dict(zip(header, row, strict=True))
        lines.append(" ".join([row[0], *(by_title[t] for t in columns.get(row[0], []))]))
    return plain(" ".join(lines))


# The calendar of each report: (record, component, date) in order.
EXPECTED_CALENDAR = {
    "pending-invitations": [("i-to-nimbus", "VEVENT", "2025-09-30"), ("i-from-evil", "VEVENT", "2025-08-20"),
                            ("i-to-tarsa", "VEVENT", "2025-10-15")],
    "activity": [("i-to-nimbus", "VEVENT", "2025-09-30"), ("i-from-nimbus", "VEVENT", "2025-04-01"),
                 ("i-from-evil", "VEVENT", "2025-08-20"), ("i-to-tarsa", "VEVENT", "2025-10-15")],
    "partner": [("i-to-nimbus", "VEVENT", "2025-09-30"), ("i-from-nimbus", "VEVENT", "2025-04-01"),
                ("f-done", "VTODO", "2025-02-20"), ("f-overdue", "VTODO", "2025-08-01")],
    "follow-ups": [("f-overdue", "VTODO", "2025-08-01"), ("f-overdue-2", "VTODO", "2025-08-15"),
                   ("f-later", "VTODO", "2025-10-01")],
}


def _calendar(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")]


@pytest.mark.parametrize("kind", list(OPTIONS))
def test_calendar_holds_reply_by_dates_as_events_and_due_dates_as_todos(reports, small_db, kind, tmp_path):
    _, uuids = small_db
    components = _calendar(write_report(reports[kind], "ics", tmp_path / "report.ics"))
    got = []
    for component in components:
        day = component.get("dtstart" if component.name == "VEVENT" else "due").dt
        assert isinstance(day, dt.date) and not isinstance(day, dt.datetime)  # all-day
        record = next(key for key, value in uuids.items() if value in str(component["uid"]))
        got.append((record, component.name, day.isoformat()))
    assert got == EXPECTED_CALENDAR[kind]


def test_calendar_uids_are_stable_and_answered_invitations_come_back_cancelled(small_db, tmp_path):
    path, uuids = small_db
    with open_store(path) as store:
        first = build_report(store, "partner", partner=NIMBUS, today=TODAY)
        second = build_report(store, "partner", partner=NIMBUS, today=TODAY + dt.timedelta(days=3))
    a = _calendar(write_report(first, "ics", tmp_path / "a.ics"))
    b = _calendar(write_report(second, "ics", tmp_path / "b.ics"))
    assert [str(c["uid"]) for c in a] == [str(c["uid"]) for c in b]
    assert len({str(c["uid"]) for c in a}) == len(a)
    by_uid = {str(c["uid"]): c for c in a}
    accepted = next(c for uid, c in by_uid.items() if uuids["i-from-nimbus"] in uid)
    assert str(accepted["status"]) == "CANCELLED"
    done = next(c for uid, c in by_uid.items() if uuids["f-done"] in uid)
    assert str(done["status"]) == "COMPLETED"
    overdue = next(c for uid, c in by_uid.items() if uuids["f-overdue"] in uid)
    assert str(overdue["status"]) == "NEEDS-ACTION" and int(overdue["priority"]) == 1


def test_xlsx_has_one_sheet_per_section_typed_dates_and_a_frozen_header(reports, tmp_path):
    import openpyxl

    report = reports["activity"]
    target = write_report(report, "xlsx", tmp_path / "activity.xlsx")
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[0] == "Report"
    assert len(workbook.sheetnames) == 1 + len(report.sections)
    sheet = workbook["Visits received (incoming)"]
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]][:3] == ["Date", "Visiting organisations", "Host"]
    assert sheet["A2"].is_date and sheet["A2"].value.date() == dt.date(2025, 2, 14)
    assert sheet["A3"].value.date() == dt.date(2025, 5, 20)
    outgoing = workbook["Visits made (outgoing)"]
    # A date known only to the month stays as the month (no spreadsheet date can say "June").
    assert outgoing["A3"].value == "2025-06"
    per_month = {row[0]: row[1:] for _, row in xlsx_cells(target) if str(row[0]).startswith("2025-0")}
    assert per_month["2025-02"][0] == 1  # one visit received in February
    assert isinstance(per_month["2025-02"][0], int)


def test_csv_has_a_bom_one_header_and_one_row_per_record_with_its_section(reports, tmp_path):
    target = write_report(reports["pending-invitations"], "csv", tmp_path / "pending.csv")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = csv_rows(target)
    header, records = rows[0], rows[1:]
    assert header[0] == "Section" and "Issued on" in header and "Reply by" in header
    issued_on = header.index("Issued on")
    assert [(r[0].split(",")[0], r[issued_on]) for r in records] == [
        ("Issued by us", "2025-02-01"), ("Issued by us", "2025-05-10"),
        ("Received", "2025-04-02"),
    ]


def test_pdf_has_title_block_page_numbers_and_the_chart_as_a_picture(reports, tmp_path):
    import pypdf

    target = write_report(reports["activity"], "pdf", tmp_path / "activity.pdf")
    reader = pypdf.PdfReader(target)
    pages = len(reader.pages)
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Activity report" in first and HOME in first and "2025-01-01 to 2025-06-30" in first
    for number, page in enumerate(reader.pages, start=1):
        assert f"page {number} of {pages}" in " ".join(page.extract_text().split())
    assert sum(len(page.images) for page in reader.pages) >= 1


def test_odt_is_an_opendocument_with_the_chart_inside(reports, tmp_path):
    target = write_report(reports["activity"], "odt", tmp_path / "activity.odt")
    with zipfile.ZipFile(target) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert any(name.startswith("Pictures/") for name in odt.namelist())


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_an_empty_period_gives_a_valid_report_that_says_so(small_db, format_name, tmp_path):
    path, _ = small_db
    with open_store(path) as store:
        report = build_report(store, "activity", date_from="2019-01-01", date_to="2019-12-31", today=TODAY)
    target = write_report(report, format_name, tmp_path / f"empty{FORMATS[format_name].suffix}")
    if format_name == "ics":
        calendar = Calendar.from_ical(target.read_bytes())
        assert _calendar(target) == [] and "Nothing dated" in str(calendar["x-wr-caldesc"])
        return
    text = TEXT_READERS[format_name](target)
    assert "Nothing was recorded between 2019-01-01 and 2019-12-31" in text
    assert "Visits received (incoming)" in text


@pytest.mark.parametrize("format_name", ["pdf", "md", "xlsx"])
def test_a_partner_with_no_activity_gives_a_valid_report_that_says_so(small_db, format_name, tmp_path):
    path, _ = small_db
    with open_store(path) as store:
        report = build_report(store, "partner", partner="quiet", today=TODAY)
    target = write_report(report, format_name, tmp_path / f"quiet{FORMATS[format_name].suffix}")
    text = TEXT_READERS[format_name](target)
    assert f"Partner dossier: {QUIET}" in text
    assert f"No activity with {QUIET} is recorded yet" in text
    assert "No visit with this partner is recorded." in text


def test_activity_counts_a_year_only_date_in_its_year_but_in_no_month(small_db):
    path, _ = small_db
    with open_store(path) as store:
        report = build_report(store, "activity", date_from="2025", date_to="2025", today=TODAY)
    summary = {row.cells[0]: row.cells[1] for row in report.sections[0].rows}
    assert summary["Visits made (outgoing)"] == 3  # 2025-03-03, 2025-06 and the one dated "2025"
    monthly = next(s for s in report.sections if s.title == "Per month")
    assert sum(row.cells[2] for row in monthly.rows) == 2
    assert any("dated only to the year" in note for note in monthly.notes)
    assert FORMULA_NAME in [row.cells[1] for row in next(
        s for s in report.sections if s.title == "Visits received (incoming)").rows]


def test_partners_met_for_the_first_time_are_those_never_visited_before(reports):
    section = next(s for s in reports["activity"].sections if s.title == "Partners met for the first time")
    # Tarsa came in November 2024, so H1 2025 is not a first meeting; the home organisation never counts.
    assert [(row.cells[0].isoformat(), row.cells[1]) for row in section.rows] == [
        ("2025-02-14", NIMBUS), ("2025-05-20", FORMULA_NAME),
    ]


def test_a_list_view_export_keeps_its_rows_order_and_typed_dates(tmp_path):
    import openpyxl

    from partnertracker.reports import list_report

    report = list_report("Visits", ["Date", "Host", "Delegates"],
                         [["2025-03-03", TARSA, 3], ["2025-06", NIMBUS, 2], [None, FORMULA_NAME, 1]])
    sheet = openpyxl.load_workbook(write_report(report, "xlsx", tmp_path / "visits.xlsx"))["Visits"]
    assert [c.value for c in sheet[1]] == ["Date", "Host", "Delegates"]
    assert sheet["A2"].value.date() == dt.date(2025, 3, 3) and sheet["A3"].value == "2025-06"
    assert [sheet["B2"].value, sheet["B3"].value, sheet["B4"].value] == [TARSA, NIMBUS, "'" + FORMULA_NAME]
    assert sheet["C2"].value == 3
    rows = csv_rows(write_report(report, "csv", tmp_path / "visits.csv"))
    assert rows[1:] == [["Visits", "2025-03-03", TARSA, "3"], ["Visits", "2025-06", NIMBUS, "2"],
                        ["Visits", "", "'" + FORMULA_NAME, "1"]]


def test_html_is_one_self_contained_page_with_the_chart_inline(reports, tmp_path):
    target = write_report(reports["activity"], "html", tmp_path / "a.html")
    parsed = html_parsed(target)
    assert parsed.tags.count("svg") == 1 and parsed.tags.count("rect") > 5
    # Nothing is fetched from elsewhere and nothing runs: no src or href, no link or script element.
    assert not [a for a in parsed.attributes if a[1] in ("src", "href")]
    assert "link" not in parsed.tags and "script" not in parsed.tags


def test_without_dates_the_activity_report_covers_this_year_to_today(small_db):
    from partnertracker.reports import parse_period

    assert str(parse_period(None, None, TODAY)) == "2025-01-01 to 2025-09-01"
    assert str(parse_period("2024", None, TODAY)) == "2024-01-01 to 2024-12-31"
    assert str(parse_period(None, "2025-03", TODAY)) == "2025-01-01 to 2025-03-31"


def test_an_invitation_names_its_city_and_event_once():
    from partnertracker.reports.build import _what

    said_in_text = {"description": "à une visite au siège, à Rabat", "event": None, "city": "Rabat"}
    assert _what(said_in_text) == "à une visite au siège, à Rabat"
    not_in_text = {"description": "to visit the headquarters", "event": "Spring forum", "city": "Rabat"}
    assert _what(not_in_text) == "to visit the headquarters; event: Spring forum; in Rabat"
