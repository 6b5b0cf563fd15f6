"""Fixtures for the record views: a fresh database per test, a context, and a few known records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from partnertracker.domain import (
    Agreement,
    FollowUp,
    Invitation,
    Organisation,
    Person,
    Role,
    Visit,
)
from partnertracker.gui.context import AppContext, ViewSettings
from partnertracker.store import open_store

TODAY = dt.date.today()


def days_ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


@pytest.fixture
def store(db_path: Path):
    store = open_store(db_path)
    yield store
    store.close()


@pytest.fixture
def ctx(store, db_path: Path, tmp_path: Path):
    settings = ViewSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(db_path=db_path, store=store, settings=settings)
    store.settings_set("officer_name", "Amina")
    yield context
    # The stack outlives the test's widgets; it must not tell deleted views about its last change.
    context.undo_stack.blockSignals(True)
    context.undo_stack.clear()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded (title, text), never shown."""
    shown: list[tuple[str, str]] = []

    def show(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, show)
    return shown


@pytest.fixture
def partners(store) -> dict[str, int]:
    """A home organisation and three partners, with a person, visits, invitations, an agreement, follow-ups."""
    home = store.add_organisation(Organisation(name="Islamic World Educational Organisation", acronym="IWEO",
                                               kind="intergovernmental", country="MA", is_home=True,
                                               status="active"))
    store.settings_set("home_organisation_id", home.id)
    lumen = store.add_organisation(Organisation(name="Lumen Networks", acronym="LN", kind="company",
                                                country="CN", status="active"))
    atlas = store.add_organisation(Organisation(name="Atlas University", kind="university", country="FR"))
    baltic = store.add_organisation(Organisation(name="Baltic Science Foundation", acronym="BSF",
                                                 kind="foundation", country="LV", status="dormant"))
    store.add_person(Person(name="Li Wen", honorific="Dr", organisation_id=lumen.id,
                            roles=[Role(title="Vice-President, Partnerships", organisation_id=lumen.id)]))
    return {"home": home.id, "lumen": lumen.id, "atlas": atlas.id, "baltic": baltic.id}


@pytest.fixture
def records(store, partners) -> dict[str, int]:
    ids: dict[str, int] = dict(partners)
    ids["visit_day"] = store.add_visit(Visit(date="2025-07-14", date_precision="day", direction="outgoing",
                                             host_id=partners["lumen"], visitor_ids=[partners["home"]],
                                             city="Beijing", country="CN", summary="Talks on AI")).id
    ids["visit_month"] = store.add_visit(Visit(date="2024-03", date_precision="month", direction="incoming",
                                               host_id=partners["home"], visitor_ids=[partners["atlas"]],
                                               city="Rabat", country="MA")).id
    ids["visit_year"] = store.add_visit(Visit(date="2023", date_precision="year", direction="external",
                                              host_id=partners["baltic"], visitor_ids=[partners["atlas"]])).id
    ids["old_invitation"] = store.add_invitation(Invitation(
        inviter_id=partners["home"], invitee_id=partners["lumen"], direction="issued",
        description="visit the headquarters", issued_on=days_ago(45))).id
    ids["new_invitation"] = store.add_invitation(Invitation(
        inviter_id=partners["atlas"], invitee_id=partners["home"], direction="received", purpose="talk",
        description="speak at the spring forum", issued_on=days_ago(5), reply_by=days_ago(-20))).id
    ids["agreement"] = store.add_agreement(Agreement(
        title="Memorandum on digital education", party_ids=[partners["home"], partners["lumen"]],
        signed_on="2025-07-15", valid_until="2028-07-15")).id
    ids["overdue"] = store.add_follow_up(FollowUp(description="Send the draft programme", owner="Amina",
                                                  due_on=days_ago(3), priority="high",
                                                  organisation_id=partners["lumen"])).id
    ids["later"] = store.add_follow_up(FollowUp(description="Book the meeting room", owner="Karim",
                                                due_on=days_ago(-10), organisation_id=partners["atlas"])).id
    return ids


@pytest.fixture
def show(qtbot):
    """Show a view in its own window, active, so that its keys work as for the officer."""

    def shown(widget):
        qtbot.addWidget(widget)
        widget.resize(1100, 700)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: widget.isActiveWindow(), timeout=2000)
        return widget

    return shown
