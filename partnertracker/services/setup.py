"""First-run set-up: the home organisation, the officer's name, the bundled sample dispatches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from partnertracker.domain import Organisation, OrganisationKind, RelationshipStatus
from partnertracker.errors import UserError
from partnertracker.resources import resource_path

if TYPE_CHECKING:
    from partnertracker.services.importing import ImportReport
    from partnertracker.store import Store

OFFICER_NAME = "officer_name"
HOME_ORGANISATION_ID = "home_organisation_id"


def set_home_organisation(
    store: Store,
    name: str | None = None,
    *,
    acronym: str | None = None,
    country: str | None = None,
    kind: OrganisationKind | str = OrganisationKind.OTHER,
    existing_id: int | None = None,
) -> Organisation:
    """Make an organisation the database's home (every visit and invitation is seen from it).

    Either an existing partner (`existing_id`) or a new one by name/acronym/country; an existing
    record with the same name or acronym is reused rather than duplicated. One transaction; the
    previous home, if any, becomes an ordinary partner.
    """
    with store.transaction():
        if existing_id is not None:
            organisation = store.get_organisation(int(existing_id))
            if organisation is None or organisation.deleted_at is not None:
                raise UserError(f"there is no partner #{existing_id}; choose the home organisation again")
        else:
            label = (name or "").strip()
            short = (acronym or "").strip() or None
            if not label and not short:
                raise UserError("type the name (or the acronym) of the organisation this database belongs to")
            code = (country or "").strip().upper() or None
            if code is not None and not (len(code) == 2 and code.isalpha()):
                raise UserError(f"{country!r} is not a country code; use the two-letter ISO code (MA, FR, CN)")
            organisation = _same(store, label, short) or store.add_organisation(
                Organisation(name=label or str(short), acronym=short, country=code, kind=OrganisationKind(kind),
                             status=RelationshipStatus.ACTIVE)
            )
        assert organisation.id is not None
        previous = store.home_organisation()
        if previous is not None and previous.id != organisation.id:
            store.update_organisation(int(previous.id or 0), is_home=False)
        home = store.update_organisation(organisation.id, is_home=True)
        store.settings_set(HOME_ORGANISATION_ID, organisation.id)
    return home


def _same(store: Store, name: str, acronym: str | None) -> Organisation | None:
    from partnertracker.extraction.text import fold_key

    keys = {fold_key(x) for x in (name, acronym) if x}
    for row in store.known_organisations():
        forms = {fold_key(f) for f in (row["name"], row["acronym"], *row["aliases"]) if f}
        if keys & forms:
            return store.get_organisation(row["id"])
    return None


def set_officer_name(store: Store, name: str) -> None:
    """The officer's name: the default owner of follow-ups."""
    text = " ".join((name or "").split())
    if not text:
        raise UserError("type your name: it is the owner of the follow-ups you create")
    store.settings_set(OFFICER_NAME, text)


def officer_name(store: Store) -> str | None:
    value = store.settings_get(OFFICER_NAME)
    return str(value) if value else None


def load_sample_dispatches(store: Store) -> ImportReport:
    """Import the bundled sample dispatches (resources/samples/*.txt) into the inbox, for a first try."""
    from partnertracker.services.importing import import_paths

    return import_paths(store, sorted(resource_path("samples").glob("*.txt")))
