"""`partnertracker report ...` as a user runs it: files written, stdout for text formats, one-line errors."""

from __future__ import annotations

import openpyxl
import pypdf
from icalendar import Calendar
from report_data import NIMBUS


def _one_line_error(result, *pieces: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for piece in pieces:
        assert piece in lines[0]


def test_markdown_goes_to_stdout_without_o(run_cli, db_copy):
    result = run_cli("--db", str(db_copy), "report", "pending-invitations")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Pending invitations")
    assert NIMBUS in result.stdout


def test_the_cli_s_report_writes_its_counts_in_english_words(run_cli, db_copy):
    # The small database has one visit dated only to "2025".
    result = run_cli("--db", str(db_copy), "report", "activity", "--from", "2025", "--to", "2025")
    assert result.returncode == 0, result.stderr
    assert "1 record dated only to the year is counted in the summary but in no month." in result.stdout
    assert "(s)" not in result.stdout


def test_csv_and_ics_go_to_stdout(run_cli, db_copy):
    csv_result = run_cli("--db", str(db_copy), "report", "follow-ups", "--format", "csv")
    assert csv_result.returncode == 0 and "Send the draft programme" in csv_result.stdout
    ics_result = run_cli("--db", str(db_copy), "report", "follow-ups", "--format", "ics")
    assert ics_result.returncode == 0, ics_result.stderr
    todos = [c for c in Calendar.from_ical(ics_result.stdout).walk() if c.name == "VTODO"]
    assert sorted(str(t["summary"]) for t in todos) == [
        "Answer the keynote request", "Book the forum room", "Send the draft programme",
    ]


def test_pdf_to_a_file(run_cli, db_copy, tmp_path):
    target = tmp_path / "pending.pdf"
    result = run_cli("--db", str(db_copy), "report", "pending-invitations", "--format", "pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(target).pages).split())
    assert "Pending invitations" in text and "Organisation for Learning and Heritage" in text
    assert "page 1 of" in text


def test_activity_xlsx_for_a_period(run_cli, db_copy, tmp_path):
    target = tmp_path / "h1.xlsx"
    result = run_cli("--db", str(db_copy), "report", "activity", "--from", "2025-01-01", "--to", "2025-06-30",
                     "--format", "xlsx", "-o", str(target))
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(target)["Agreements signed"]
    assert sheet["B2"].value == "Memorandum on teacher training"
    assert sheet["A2"].value.date().isoformat() == "2025-03-10"


def test_partner_odt(run_cli, db_copy, tmp_path):
    target = tmp_path / "nimbus.odt"
    result = run_cli("--db", str(db_copy), "report", "partner", "--partner", "Nimbus Tel", "--format", "odt",
                     "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 1000


def test_a_binary_format_without_o_is_refused(run_cli, db_copy):
    _one_line_error(run_cli("--db", str(db_copy), "report", "follow-ups", "--format", "pdf"), "add -o FILE")


def test_bad_dates_are_one_line_and_exit_1(run_cli, db_copy):
    _one_line_error(run_cli("--db", str(db_copy), "report", "activity", "--from", "2025-02-30"),
                    "--from '2025-02-30' is not a date", "YYYY-MM-DD")
    _one_line_error(run_cli("--db", str(db_copy), "report", "activity", "--to", "30/06/2025"),
                    "--to '30/06/2025' is not a date")


def test_an_unknown_or_ambiguous_partner_is_one_line(run_cli, db_copy):
    _one_line_error(run_cli("--db", str(db_copy), "report", "partner", "--partner", "Nimbus Telecon"),
                    "no partner matches", NIMBUS)
    _one_line_error(run_cli("--db", str(db_copy), "report", "partner", "--partner", "Nimbus"),
                    "2 partners match", "Nimbus Networks")
    _one_line_error(run_cli("--db", str(db_copy), "report", "partner"), "needs --partner")


def test_an_unwritable_output_is_one_line(run_cli, db_copy, tmp_path):
    _one_line_error(run_cli("--db", str(db_copy), "report", "follow-ups", "-o", str(tmp_path / "no" / "x.md")),
                    "cannot write the report", "does not exist")


def test_a_missing_database_is_one_line(run_cli, tmp_path):
    _one_line_error(run_cli("--db", str(tmp_path / "none.sqlite"), "report", "follow-ups"), "there is no database")
    assert not (tmp_path / "none.sqlite").exists()


def test_a_pdf_is_made_without_a_display_and_without_qt_settings(run_cli, db_copy, tmp_path):
    target = tmp_path / "f.pdf"
    # No display and no platform chosen: the command picks Qt's offscreen platform by itself.
    result = run_cli("--db", str(db_copy), "report", "follow-ups", "--format", "pdf", "-o", str(target),
                     env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert result.returncode == 0, result.stderr
    assert "Send the draft programme" in " ".join(pypdf.PdfReader(target).pages[0].extract_text().split())
