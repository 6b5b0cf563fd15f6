"""One small database, built through the store API once per module, and helpers to read exports back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

# The day the reports are built on in these tests (ages and "overdue" count from it).
from report_data import FORMULA_NAME, HOME, IMG, NIMBUS, QUIET, SCRIPT, TARSA  # noqa: E402

from partnertracker.domain import (
    Agreement,
    AgreementKind,
    Alias,
    CooperationArea,
    Dispatch,
    FollowUp,
    FollowUpStatus,
    Invitation,
    InvitationDirection,
    InvitationPurpose,
    InvitationStatus,
    Organisation,
    OrganisationKind,
    Person,
    Priority,
    Role,
    StatusChange,
    Visit,
    VisitDirection,
    VisitStatus,
)
from partnertracker.store import open_store


def build_small_database(path: Path) -> dict[str, str]:
    """The records the report tests look for; returns the uuids of the ones a test names."""
    uuids: dict[str, str] = {}
    with open_store(path) as store:
        store.add_cooperation_area(CooperationArea("teacher-training", {"en": "Teacher training"}))
        store.add_cooperation_area(CooperationArea("artificial-intelligence", {"en": "Artificial intelligence"}))
        home = store.add_organisation(Organisation(name=HOME, acronym="OLH", is_home=True, country="MA",
                                                   kind=OrganisationKind.INTERGOVERNMENTAL))
        nimbus = store.add_organisation(Organisation(
            name=NIMBUS, kind=OrganisationKind.COMPANY, country="CN", hq_city="Shenzhen",
            aliases=[Alias("Nimbus Tel", "en"), Alias("Société Nimbus", "fr")],
            notes=f"Met twice. {SCRIPT}",
        ))
        store.add_organisation(Organisation(name="Nimbus Networks", kind=OrganisationKind.COMPANY, country="SG"))
        tarsa = store.add_organisation(Organisation(name=TARSA, acronym="UTA", kind=OrganisationKind.UNIVERSITY,
                                                    country="TR"))
        evil = store.add_organisation(Organisation(name=FORMULA_NAME, acronym="@EVIL", country="FR"))
        store.add_organisation(Organisation(name=QUIET, kind=OrganisationKind.FOUNDATION, country="BE"))
        store.add_person(Person(name="Li Wen", honorific="Dr", organisation_id=nimbus.id,
                                roles=[Role("Vice-President", nimbus.id, "2019-03", "2023-12"),
                                       Role("President", nimbus.id, "2024-01")]))
        dispatch = store.add_dispatch(Dispatch(
            text=f"Shenzhen, 14 February (WIRE) – A Nimbus Telecom delegation visited. {IMG}",
            sha256="a" * 64, title=f"Nimbus delegation visits {IMG}", agency="WIRE",
            published_on="2025-02-15", source="wire-0001.txt",
        ))
        visits = [
            ("v-nimbus-in", "2025-02-14", VisitDirection.INCOMING, home.id, [nimbus.id], "Rabat",
             "MA", f"Talks on teacher training {SCRIPT}", ["teacher-training"], dispatch.id),
            ("v-tarsa-out", "2025-03-03", VisitDirection.OUTGOING, tarsa.id, [home.id], "Ankara", "TR",
             "Campus visit and AI lab", ["artificial-intelligence", "teacher-training"], None),
            ("v-evil-in", "2025-05-20", VisitDirection.INCOMING, home.id, [evil.id], "Rabat", "MA",
             "+cmd|' /C calc'!A0", [], None),
            ("v-nimbus-out", "2025-06", VisitDirection.OUTGOING, nimbus.id, [home.id], "Shenzhen", "CN",
             f"Factory tour {IMG}", [], None),
            ("v-old", "2024-11-05", VisitDirection.INCOMING, home.id, [tarsa.id], "Rabat", "MA",
             "An earlier visit", [], None),
            ("v-year-only", "2025", VisitDirection.OUTGOING, tarsa.id, [home.id], "Izmir", "TR",
             "A visit known only to the year", [], None),
            ("v-planned", "2025-06-25", VisitDirection.INCOMING, home.id, [tarsa.id], "Rabat", "MA",
             "Rector's visit, still to come", [], None),
        ]
        for key, date, direction, host, visitors, city, country, summary, areas, dispatch_id in visits:
            uuids[key] = store.add_visit(Visit(
                date=date, direction=direction, host_id=host, visitor_ids=visitors, city=city,
                country=country, summary=summary, areas=areas, dispatch_id=dispatch_id,
                status=VisitStatus.PLANNED if key == "v-planned" else VisitStatus.COMPLETED,
            )).uuid or ""
        invitations = [
            ("i-to-nimbus", home.id, nimbus.id, InvitationDirection.ISSUED, "2025-02-01", "2025-09-30",
             InvitationStatus.PENDING, "Visit our headquarters"),
            ("i-to-tarsa", home.id, tarsa.id, InvitationDirection.ISSUED, "2025-05-10", "2025-10-15",
             InvitationStatus.PENDING, "Speak at the annual forum"),
            ("i-from-evil", evil.id, home.id, InvitationDirection.RECEIVED, "2025-04-02", "2025-08-20",
             InvitationStatus.PENDING, f"Conference keynote {SCRIPT}"),
            ("i-from-nimbus", nimbus.id, home.id, InvitationDirection.RECEIVED, "2025-03-01", "2025-04-01",
             InvitationStatus.ACCEPTED, "Visit to the Shenzhen campus"),
        ]
        for key, inviter, invitee, direction, issued, reply_by, status, description in invitations:
            history = [StatusChange("pending", issued)]
            if status is not InvitationStatus.PENDING:
                history.append(StatusChange(status.value, "2025-03-20"))
            uuids[key] = store.add_invitation(Invitation(
                inviter_id=inviter, invitee_id=invitee, direction=direction, issued_on=issued,
                reply_by=reply_by, status=status, description=description, status_history=history,
                purpose=InvitationPurpose.TALK if "Speak" in description else InvitationPurpose.VISIT,
            )).uuid or ""
        store.add_agreement(Agreement(title="Memorandum on teacher training", kind=AgreementKind.MOU,
                                      party_ids=[home.id, nimbus.id], signed_on="2025-03-10"))
        invitation_id = store.conn.execute(
            "SELECT id FROM invitations WHERE uuid = ?", (uuids["i-to-nimbus"],)).fetchone()[0]
        follow_ups = [
            ("f-overdue", "Send the draft programme", "Amina", "2025-08-01", Priority.HIGH,
             FollowUpStatus.OPEN, nimbus.id, invitation_id),
            ("f-later", "Book the forum room", "Karim", "2025-10-01", Priority.NORMAL,
             FollowUpStatus.OPEN, tarsa.id, None),
            ("f-overdue-2", "Answer the keynote request", "Amina", "2025-08-15", Priority.NORMAL,
             FollowUpStatus.OPEN, evil.id, None),
            ("f-done", "Thank the delegation", "Karim", "2025-02-20", Priority.LOW,
             FollowUpStatus.DONE, nimbus.id, None),
        ]
        for key, what, owner, due, priority, status, org, invitation in follow_ups:
            uuids[key] = store.add_follow_up(FollowUp(
                description=what, owner=owner, due_on=due, priority=priority, status=status,
                organisation_id=org, invitation_id=invitation,
            )).uuid or ""
    return uuids


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("reports-db") / "small.sqlite"
    uuids = build_small_database(path)
    return path, uuids


@pytest.fixture
def db_copy(small_db, tmp_path: Path) -> Path:
    """A private copy of the small database for a test that may change it (or that the CLI opens)."""
    target = tmp_path / "copy.sqlite"
    shutil.copy(small_db[0], target)
    return target


@pytest.fixture(autouse=True)
def _one_qt_application_for_the_whole_run(qapp):
    """pytest-qt's QApplication, made before any report needs Qt: otherwise the reports would make a
    QGuiApplication of their own and the GUI tests later in the run could not make widgets."""
    return qapp
