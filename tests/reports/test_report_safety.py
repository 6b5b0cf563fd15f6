"""Exports are harmless and never lose a good file: formulas neutralised, markup escaped, writes atomic."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from report_data import FORMULA_NAME, IMG, SCRIPT, TODAY
from report_readers import TEXT_READERS, csv_rows, html_parsed

from partnertracker.errors import UserError
from partnertracker.reports import build_report, write_report, write_report_to_stream
from partnertracker.reports.safety import neutralise_formula, write_atomically
from partnertracker.store import open_store


@pytest.fixture(scope="module")
def activity(small_db):
    with open_store(small_db[0]) as store:
        return build_report(store, "activity", date_from="2025-01-01", date_to="2025-06-30", today=TODAY)


@pytest.fixture(scope="module")
def dossier(small_db):
    with open_store(small_db[0]) as store:
        return build_report(store, "partner", partner="Nimbus Telecom", today=TODAY)


@pytest.mark.parametrize("text", ["=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", FORMULA_NAME])
def test_text_that_a_spreadsheet_would_run_is_neutralised(text):
    assert neutralise_formula(text) == "'" + text
    assert neutralise_formula("Nimbus = 2") == "Nimbus = 2"


def test_a_partner_named_like_a_formula_is_text_in_xlsx(activity, tmp_path):
    target = write_report(activity, "xlsx", tmp_path / "a.xlsx")
    workbook = openpyxl.load_workbook(target)
    cells = [c for sheet in workbook.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if c.data_type == "f"]  # not one formula in the workbook
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert "'" + FORMULA_NAME in texts
    assert "'+cmd|' /C calc'!A0" in texts
    assert not any(t.startswith(("=", "+", "-", "@", "\t", "\r")) for t in texts)


def test_a_partner_named_like_a_formula_is_text_in_csv(activity, tmp_path):
    target = write_report(activity, "csv", tmp_path / "a.csv")
    cells = [cell for row in csv_rows(target) for cell in row]
    assert "'" + FORMULA_NAME in cells
    assert "'@EVIL" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_markup_from_a_dispatch_is_text_in_html(dossier, tmp_path):
    target = write_report(dossier, "html", tmp_path / "d.html")
    source = target.read_text(encoding="utf-8")
    parsed = html_parsed(target)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert "<script" not in source.lower() and "<img" not in source.lower()
    text = " ".join(parsed.parts)
    assert SCRIPT in text and IMG in text  # shown as the characters the dispatch held


def test_markup_from_a_dispatch_is_text_in_markdown(dossier, tmp_path):
    source = write_report(dossier, "md", tmp_path / "d.md").read_text(encoding="utf-8")
    assert "<script" not in source and "<img" not in source
    assert "&lt;script>alert('boo')&lt;/script>" in source


def test_markup_from_a_dispatch_is_text_in_the_rich_text_of_pdf_odt_and_preview(dossier, qapp):
    from partnertracker.reports.rich_text import preview_document, preview_html

    document = preview_document(dossier)
    plain_text = document.toPlainText()
    assert SCRIPT in plain_text and IMG in plain_text
    rich = preview_html(dossier)
    assert "<script" not in rich and "<img src=\"http" not in rich
    assert 'src="http://example.invalid' not in document.toHtml()  # no image element from the dispatch


def test_a_folder_that_does_not_exist_is_a_clear_error(activity, tmp_path):
    with pytest.raises(UserError, match="cannot write the report at .*the folder .* does not exist"):
        write_report(activity, "md", tmp_path / "missing" / "a.md")


def test_a_folder_given_as_the_file_is_a_clear_error(activity, tmp_path):
    with pytest.raises(UserError, match="it is a folder; give a file name"):
        write_report(activity, "pdf", tmp_path)


def test_a_read_only_folder_is_a_clear_error(activity, read_only_folder):
    folder = read_only_folder()
    with pytest.raises(UserError, match="cannot write the report at .*(permission denied|read-only)"):
        write_report(activity, "csv", folder / "a.csv")
    assert list(folder.iterdir()) == []


def test_a_read_only_file_is_a_clear_error_and_stays_as_it_was(activity, read_only_folder):
    folder = read_only_folder({"a.md": b"the good report"})
    with pytest.raises(UserError, match="read-only"):
        write_report(activity, "md", folder / "a.md")
    assert (folder / "a.md").read_bytes() == b"the good report"


def test_a_failure_half_way_leaves_the_previous_file_untouched(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the good report")

    def half_then_fail(stream):
        stream.write(b"half a rep")
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError, match="cannot write the report at .*no space left on device"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]  # no temporary file left


def test_a_report_replaces_an_existing_file_whole(activity, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old")
    write_report(activity, "md", target)
    assert target.read_text(encoding="utf-8").startswith("# Activity report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_a_binary_format_will_not_go_to_a_stream(activity, tmp_path):
    with open(tmp_path / "x", "wb") as stream, pytest.raises(UserError, match="add -o FILE"):
        write_report_to_stream(activity, "xlsx", stream)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"date_from": "2025-13-01"}, "--from '2025-13-01' is not a date"),
        ({"date_to": "yesterday"}, "--to 'yesterday' is not a date"),
        ({"date_from": "2025-06-01", "date_to": "2025-01-01"}, "starts .* after it ends"),
    ],
)
def test_bad_periods_are_one_clear_sentence(small_db, options, message):
    with open_store(small_db[0]) as store, pytest.raises(UserError, match=message):
        build_report(store, "activity", today=TODAY, **options)


def test_partial_dates_in_a_period_mean_the_whole_month_or_year(small_db):
    with open_store(small_db[0]) as store:
        report = build_report(store, "activity", date_from="2025-02", date_to="2025-03", today=TODAY)
    assert str(report.period) == "2025-02-01 to 2025-03-31"


def test_a_partner_is_found_by_acronym_alias_or_part_of_its_name(small_db):
    with open_store(small_db[0]) as store:
        assert build_report(store, "partner", partner="uta", today=TODAY).title.endswith("University of Tarsa (UTA)")
        assert "Nimbus Telecom" in build_report(store, "partner", partner="Société Nimbus", today=TODAY).title
        assert "Quiet Foundation" in build_report(store, "partner", partner="quiet", today=TODAY).title


def test_an_unknown_partner_lists_close_names(small_db):
    with open_store(small_db[0]) as store, pytest.raises(UserError) as caught:
        build_report(store, "partner", partner="Nimbus Telecon", today=TODAY)
    message = str(caught.value)
    assert "no partner matches 'Nimbus Telecon'" in message and "Nimbus Telecom" in message


def test_an_ambiguous_partner_lists_the_matches(small_db):
    with open_store(small_db[0]) as store, pytest.raises(UserError) as caught:
        build_report(store, "partner", partner="nimbus", today=TODAY)
    message = str(caught.value)
    assert "2 partners match 'nimbus'" in message
    assert "Nimbus Telecom" in message and "Nimbus Networks" in message


def test_options_a_report_does_not_take_are_refused_not_ignored(small_db):
    with open_store(small_db[0]) as store:
        with pytest.raises(UserError, match="activity report only"):
            build_report(store, "follow-ups", date_from="2025-01-01", today=TODAY)
        with pytest.raises(UserError, match="partner report only"):
            build_report(store, "pending-invitations", partner="Nimbus Telecom", today=TODAY)


def test_the_xlsx_sheet_names_are_valid_and_unique(tmp_path: Path):
    from partnertracker.reports.content import Column, Report, Row, Section

    report = Report("activity", "T", "S", None, TODAY, sections=[
        Section("Visits: in/out [2025]?" + "x" * 40, [Column("A")], [Row(["1"])]),
        Section("Visits: in/out [2025]?" + "x" * 40, [Column("A")], [Row(["2"])]),
    ])
    names = openpyxl.load_workbook(write_report(report, "xlsx", tmp_path / "t.xlsx")).sheetnames
    assert len(names) == 3 and len(set(names)) == 3 and all(len(n) <= 31 for n in names)


def test_a_permission_problem_is_a_clear_error(activity, tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match=r"cannot write the report at .*a\.csv: permission denied"):
        write_report(activity, "csv", tmp_path / "a.csv")


class _Cancelled(Exception):
    pass


def test_progress_is_told_and_cancelling_keeps_the_previous_file(activity, small_db, tmp_path):
    heard: list[tuple[int, int]] = []
    with open_store(small_db[0]) as store:
        build_report(store, "activity", date_from="2025", today=TODAY, progress=lambda d, t: heard.append((d, t)))
    assert heard[0] == (0, 7) and heard[-1] == (7, 7)

    target = tmp_path / "activity.pdf"
    target.write_bytes(b"the good report")
    pages: list[tuple[int, int]] = []

    def cancel_on_second_page(done: int, total: int) -> None:
        pages.append((done, total))
        if done == 1:
            raise _Cancelled

    with pytest.raises(_Cancelled):
        write_report(activity, "pdf", target, progress=cancel_on_second_page)
    assert pages[0][0] == 0 and pages[0][1] >= 2
    assert target.read_bytes() == b"the good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["activity.pdf"]


@pytest.mark.parametrize("format_name", ["xlsx", "odt", "html", "csv", "pdf"])
def test_control_characters_from_a_pasted_text_do_not_break_a_file(format_name, tmp_path):
    import datetime as dt

    from partnertracker.reports import FORMATS
    from partnertracker.reports.content import Column, Report, Row, Section

    report = Report("activity", "Visits\x0b", "From a pasted text", None, dt.date(2025, 1, 1), sections=[
        Section("Visits\x01", [Column("Summary\x02")], [Row(["Talks\x0bon\x00teacher training"])]),
    ])
    target = write_report(report, format_name, tmp_path / f"c{FORMATS[format_name].suffix}")
    assert "Talkson" in TEXT_READERS[format_name](target).replace(" ", "")
