"""Records the Reports view tests look for, added through the store API (a fresh database per test)."""

from __future__ import annotations

import datetime as dt

from partnertracker.domain import (
    Alias,
    FollowUp,
    Invitation,
    InvitationDirection,
    InvitationStatus,
    Organisation,
    OrganisationKind,
    StatusChange,
    Visit,
    VisitDirection,
)
from partnertracker.store import Store

# The day the view believes it is (quick picks and ages count from it).
TODAY = dt.date(2025, 9, 1)
NIMBUS = "Nimbus Telecom"
TARSA = "University of Tarsa"


def add_records(store: Store) -> dict[str, int]:
    """Two partners with visits, an invitation and a follow-up; the home organisation is OLC."""
    home = store.home_organisation()
    assert home is not None
    nimbus = store.add_organisation(Organisation(
        name=NIMBUS, kind=OrganisationKind.COMPANY, country="CN",
        aliases=[Alias("Société Nimbus", "fr")], acronym="NMT"))
    tarsa = store.add_organisation(Organisation(name=TARSA, acronym="UTA", kind=OrganisationKind.UNIVERSITY,
                                                country="TR"))
    ids = {"home": home.id or 0, "nimbus": nimbus.id or 0, "tarsa": tarsa.id or 0}
    visits = [
        ("nimbus_visit", "2025-02-14", VisitDirection.INCOMING, home.id, [nimbus.id], "Rabat",
         "Talks on teacher training"),
        ("tarsa_visit", "2025-03-03", VisitDirection.OUTGOING, tarsa.id, [home.id], "Ankara",
         "Campus visit and AI lab"),
        ("tarsa_old", "2024-11-05", VisitDirection.INCOMING, home.id, [tarsa.id], "Rabat",
         "An earlier visit from Tarsa"),
    ]
    for key, date, direction, host, visitors, city, summary in visits:
        ids[key] = store.add_visit(Visit(date=date, direction=direction, host_id=host, visitor_ids=visitors,
                                         city=city, summary=summary)).id or 0
    ids["invitation"] = store.add_invitation(Invitation(
        inviter_id=home.id, invitee_id=nimbus.id, direction=InvitationDirection.ISSUED, issued_on="2025-02-01",
        reply_by="2025-09-30", status=InvitationStatus.PENDING, description="Visit our headquarters",
        status_history=[StatusChange("pending", "2025-02-01")])).id or 0
    ids["follow_up"] = store.add_follow_up(FollowUp(
        description="Send the draft programme", owner="Amal Idrissi", due_on="2025-08-01",
        organisation_id=nimbus.id)).id or 0
    return ids
