"""Reports in the interface language: what a French-speaking officer reads in a saved report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from report_readers import csv_rows, html_parsed, plain

from partnertracker.domain import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    CooperationArea,
    FollowUpStatus,
    InvitationDirection,
    InvitationPurpose,
    InvitationStatus,
    Organisation,
    OrganisationKind,
    Priority,
    RelationshipStatus,
    Visit,
    VisitDirection,
    VisitStatus,
)
from partnertracker.gui import i18n
from partnertracker.reports import build_report, write_report
from partnertracker.reports.build import STORED_VALUES, _label
from partnertracker.store import open_store

TODAY = dt.date(2025, 9, 1)


@pytest.fixture
def language(qapp):
    installed = []

    def install(code: str) -> None:
        installed.extend(i18n.install_translators(qapp, code))

    yield install
    i18n.remove_translators(qapp, installed)


@pytest.fixture
def visited(tmp_path: Path) -> Path:
    """A database with one incoming visit on teacher training, an area labelled in English and French."""
    path = tmp_path / "lang.sqlite"
    with open_store(path) as store:
        store.add_cooperation_area(CooperationArea(
            "teacher-training", {"en": "teacher training", "fr": "formation des enseignants"}))
        home = store.add_organisation(Organisation(name="Organisation for Learning", is_home=True, country="MA"))
        guest = store.add_organisation(Organisation(name="Tarsa University", kind=OrganisationKind.UNIVERSITY,
                                                    country="TR"))
        store.add_visit(Visit(date="2025-03-12", direction=VisitDirection.INCOMING, host_id=home.id,
                              visitor_ids=[guest.id], city="Rabat", country="MA", status=VisitStatus.COMPLETED,
                              summary="Talks on teacher exchanges.", areas=["teacher-training"]))
    return path


def _activity(path: Path) -> object:
    with open_store(path) as store:
        return build_report(store, "activity", date_from="2025", today=TODAY)


def test_in_french_a_saved_report_reads_in_french(visited, language, tmp_path):
    language("fr")
    report = _activity(visited)
    written = write_report(report, "html", tmp_path / "activite.html")
    page = html_parsed(written)
    text = plain(" ".join(page.parts))
    assert report.title == "Rapport d'activité"
    assert "Visites reçues (entrantes)" in [s.title for s in report.sections]
    assert "Période\u00a0: du 2025-01-01 au 2025-09-01" in report.heading_lines()
    assert "Période : du 2025-01-01 au 2025-09-01" in text
    assert "Domaines de coopération" in text  # a column name
    assert "formation des enseignants" in text  # the area's French label, not "teacher training"
    assert "teacher training" not in text
    assert '<html lang="fr">' in written.read_text(encoding="utf-8")


def test_in_french_a_spreadsheet_export_has_french_column_names(visited, language, tmp_path):
    language("fr")
    rows = csv_rows(write_report(_activity(visited), "csv", tmp_path / "activite.csv"))
    assert rows[0][:3] == ["Section", "Date", "Organisations en visite"]
    visit = next(row for row in rows if row[0] == "Visites reçues (entrantes)")
    assert "Tarsa University" in visit and "formation des enseignants" in visit


def test_in_french_each_page_of_a_pdf_report_says_page_n_of_m_in_french(visited, language, tmp_path):
    import pypdf

    language("fr")
    written = write_report(_activity(visited), "pdf", tmp_path / "activite.pdf")
    pages = pypdf.PdfReader(str(written)).pages
    assert len(pages) >= 2
    assert f"page 2 sur {len(pages)}" in " ".join(pages[1].extract_text().split())


def test_in_french_the_partner_dossier_shows_stored_values_in_french(visited, language):
    language("fr")
    with open_store(visited) as store:
        report = build_report(store, "partner", partner="Tarsa", today=TODAY)
    assert report.title == "Dossier partenaire\u00a0: Tarsa University"
    visits = next(s for s in report.sections if s.title == "Visites")
    assert [c.title for c in visits.columns][:2] == ["Date", "Sens"]
    assert visits.rows[0].cells[1] == "entrante"
    details = dict(row.cells for row in report.sections[0].rows)
    assert details["Type"] == "université"


def test_without_a_translation_reports_stay_in_english(visited):
    # The CLI installs no translator: its reports read as before, whatever the system's language.
    report = _activity(visited)
    assert report.title == "Activity report"
    assert report.heading_lines()[-2:] == ["Period: 2025-01-01 to 2025-09-01", "Generated on 2025-09-01"]
    areas = next(s for s in report.sections if s.title == "Per cooperation area")
    assert areas.rows[0].cells[0] == "teacher training"


@pytest.mark.parametrize("enum", [OrganisationKind, RelationshipStatus, VisitDirection, VisitStatus,
                                  InvitationDirection, InvitationPurpose, InvitationStatus, AgreementKind,
                                  AgreementStatus, FollowUpStatus, Priority])
def test_every_stored_value_a_report_shows_has_french_words(language, enum):
    from PySide6.QtCore import QCoreApplication

    language("fr")
    for member in enum:
        shown = _label(member.value)
        assert shown in STORED_VALUES, f"add QT_TRANSLATE_NOOP('Report', {shown!r}) to STORED_VALUES"
        assert QCoreApplication.translate("Report", shown) != shown or shown == "programme", shown


@pytest.mark.parametrize(("code", "kind", "ngo"), [("en", "MoU", "NGO"), ("fr", "protocole d'accord", "ONG")])
def test_a_dossier_names_an_mou_and_an_ngo_as_a_reader_writes_them(tmp_path, language, code, kind, ngo):
    """The English dossier said "mou" and "ngo"."""
    if code == "fr":
        language("fr")
    path = tmp_path / "kinds.sqlite"
    with open_store(path) as store:
        home = store.add_organisation(Organisation(name="Organisation for Learning", is_home=True))
        partner = store.add_organisation(Organisation(name="Qalam Heritage", kind=OrganisationKind.NGO))
        store.add_agreement(Agreement(kind=AgreementKind.MOU, title="Manuscripts", status=AgreementStatus.SIGNED,
                                      signed_on="2025-03-01", party_ids=[home.id, partner.id]))
        report = build_report(store, "partner", partner="Qalam", today=TODAY)
    details = dict(row.cells for row in report.sections[0].rows)
    assert ngo in details.values()
    agreements = [s for s in report.sections if any(kind in row.cells for row in s.rows)]
    assert agreements, [s.rows for s in report.sections]
