"""The lazy table models, without widgets: pages, SQL order, filters, highlights, model contract."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partnertracker.domain import Invitation, Organisation, Visit
from partnertracker.gui.models import (
    ATTENTION_BACKGROUND as HIGHLIGHT,
)
from partnertracker.gui.models import (
    AgreementsModel,
    FollowUpsModel,
    InvitationsModel,
    OrganisationsModel,
    TimelineModel,
    VisitsModel,
    partial_date,
)


def column_texts(model, key: str) -> list[str]:
    return [model.text(row, key) for row in range(model.rowCount())]


@pytest.mark.parametrize(
    "make", [OrganisationsModel, VisitsModel, InvitationsModel, AgreementsModel, FollowUpsModel],
)
def test_each_model_keeps_the_qt_model_contract(qtmodeltester, store, records, make):
    model = make(store)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_timeline_model_keeps_the_qt_model_contract(qtmodeltester, store, records):
    model = TimelineModel(store, records["lumen"])
    assert model.rowCount() >= 4
    qtmodeltester.check(model, force_py=True)


def test_partners_sort_by_column_in_sql_order(store, records):
    model = OrganisationsModel(store)
    assert column_texts(model, "name") == [
        "Atlas University", "Baltic Science Foundation", "Islamic World Educational Organisation", "Lumen Networks"]
    model.sort(model.column_of("open_invitations"), Qt.SortOrder.DescendingOrder)
    # Home has two pending invitations, Lumen and Atlas one each (ties by id, descending), Baltic none.
    assert column_texts(model, "name")[0] == "Islamic World Educational Organisation"
    assert column_texts(model, "open_invitations")[-1] == "0"
    model.sort(model.column_of("last_contact"), Qt.SortOrder.AscendingOrder)
    contacts = column_texts(model, "last_contact")
    assert contacts[:2] == ["2023", partial_date("2024-03")]
    assert column_texts(model, "name")[:2] == ["Baltic Science Foundation", "Atlas University"]


def test_partner_filter_matches_name_and_acronym_as_typed(store, records):
    model = OrganisationsModel(store)
    model.set_filter_text("bsf")
    assert column_texts(model, "name") == ["Baltic Science Foundation"]
    model.set_filter_text("univ")
    assert column_texts(model, "name") == ["Atlas University"]
    assert model.total == 1
    model.set_filter_text("")
    assert model.total == 4


def test_visit_dates_show_only_the_precision_known(store, records):
    model = VisitsModel(store)
    assert column_texts(model, "date") == [
        partial_date("2025-07-14"), partial_date("2024-03"), "2023"]
    assert "2025" in model.text(0, "date") and "14" in model.text(0, "date")
    assert model.text(1, "date").endswith("2024") and "14" not in model.text(1, "date")
    model.sort(model.column_of("date"), Qt.SortOrder.AscendingOrder)
    assert column_texts(model, "date")[0] == "2023"


def test_visit_direction_filter_and_text_filter(store, records):
    model = VisitsModel(store)
    model.set_direction("incoming")
    assert column_texts(model, "city") == ["Rabat"]
    model.set_direction(None)
    model.set_filter_text("beij")
    assert column_texts(model, "host") == ["Lumen Networks"]


def test_unsortable_column_leaves_the_order_alone(store, records):
    model = VisitsModel(store)
    before = column_texts(model, "date")
    model.sort(model.column_of("summary"), Qt.SortOrder.AscendingOrder)
    assert column_texts(model, "date") == before
    assert model.order_by == "date"


def test_a_thousand_visits_are_fetched_in_pages(store, partners):
    store.add_many(
        Visit(date=f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}", date_precision="day",
              host_id=partners["lumen"], city=f"City {i:04d}")
        for i in range(1000)
    )
    model = VisitsModel(store, page_size=200)
    assert model.rowCount() == 200
    assert model.total == 1000
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000
    dates = [model.row(r)["date"] for r in range(1000)]
    assert dates == sorted(dates, reverse=True)
    # Sorting starts again from one page, in the new SQL order.
    model.sort(model.column_of("city"), Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 200
    assert model.text(0, "city") == "City 0000" and model.text(199, "city") == "City 0199"


def test_old_pending_invitations_stand_out(store, records):
    model = InvitationsModel(store, old_after_days=30)
    rows = {model.row(r)["id"]: r for r in range(model.rowCount())}
    old, new = rows[records["old_invitation"]], rows[records["new_invitation"]]
    assert model.data(model.index(old, 0), Qt.ItemDataRole.BackgroundRole).color() == HIGHLIGHT
    assert model.data(model.index(new, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.text(old, "age_days") == "45"
    assert "30 days" in model.data(model.index(old, 1), Qt.ItemDataRole.ToolTipRole)
    model.set_old_after_days(60)
    assert model.data(model.index(old, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_invitations_open_on_pending_oldest_first(store, records):
    store.set_invitation_status(records["new_invitation"], "declined")
    model = InvitationsModel(store)
    assert [model.row(r)["id"] for r in range(model.rowCount())] == [records["old_invitation"]]
    model.set_status(None)
    assert model.total == 2


def test_overdue_follow_ups_stand_out_and_my_filter(store, records):
    model = FollowUpsModel(store)
    assert column_texts(model, "description") == ["Send the draft programme", "Book the meeting room"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == HIGHLIGHT
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    model.set_owner("Karim")
    assert column_texts(model, "description") == ["Book the meeting room"]


def test_timeline_is_newest_first_with_every_kind(store, records):
    model = TimelineModel(store, records["lumen"])
    kinds = [model.row(r)["kind"] for r in range(model.rowCount())]
    assert {"visit", "invitation", "agreement", "follow_up"} <= set(kinds)
    dates = [model.row(r)["date"] for r in range(model.rowCount()) if model.row(r)["date"]]
    assert dates == sorted(dates, reverse=True)


def test_a_deleted_partner_leaves_the_list_after_refresh(store, records):
    model = OrganisationsModel(store)
    store.delete_organisation(records["baltic"])
    model.refresh()
    assert "Baltic Science Foundation" not in column_texts(model, "name")
    store.add_organisation(Organisation(name="Zenith Media", kind="media"))
    model.refresh()
    assert column_texts(model, "name")[-1] == "Zenith Media"


def test_visits_sorted_by_host_walk_partners_by_name_with_no_host_last(store, partners):
    store.add_many([
        Visit(date="2025-01-01", host_id=partners["lumen"], city="A"),
        Visit(date="2025-01-02", host_id=None, visitor_ids=[partners["atlas"]], city="B"),
        Visit(date="2025-01-03", host_id=partners["atlas"], city="C"),
        Visit(date="2025-01-04", host_id=partners["baltic"], city="D"),
        Visit(date="2025-01-05", host_id=partners["atlas"], city="E"),
    ])
    model = VisitsModel(store, page_size=2)
    model.sort(model.column_of("host"), Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    assert column_texts(model, "city") == ["C", "E", "D", "A", "B"]
    assert column_texts(model, "host") == [
        "Atlas University", "Atlas University", "Baltic Science Foundation", "Lumen Networks", ""]
    model.sort(model.column_of("host"), Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    assert column_texts(model, "city") == ["A", "D", "E", "C", "B"]
    assert model.total == 5


def test_partner_figures_agree_with_the_store_list(store, records):
    store.add_invitation(Invitation(inviter_id=records["lumen"], invitee_id=records["atlas"], issued_on="2026-01-02"))
    model = OrganisationsModel(store)
    for key in ("name", "last_contact", "open_invitations", "country"):
        for descending in (False, True):
            model.sort(model.column_of(key), Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
            ours = [(model.row(r)["id"], model.row(r)["last_contact"], model.row(r)["open_invitations"])
                    for r in range(model.rowCount())]
            reference = store.list_organisations(order_by=key, descending=descending).rows
            expected = [(r["id"], r["last_contact"], r["open_invitations"]) for r in reference]
            assert sorted(ours) == sorted(expected)
            # The same order of the sorted column (ties are broken by name here, by id in the store).
            column = {"last_contact": 1, "open_invitations": 2}.get(key)
            if column is not None:
                assert [o[column] for o in ours] == [e[column] for e in expected]
            else:
                assert [model.row(r)[key] for r in range(model.rowCount())] == [r[key] for r in reference]


def test_timeline_agrees_with_the_store_timeline(store, records):
    from partnertracker.domain import Dispatch

    dispatch = store.add_dispatch(Dispatch(text="Rabat, 2 March - a delegation came.", sha256="x" * 64,
                                           title="Delegation in Rabat", published_on="2024-03-02"))
    store.update_visit(records["visit_month"], dispatch_id=dispatch.id)
    store.delete_visit(records["visit_year"])
    for partner in ("home", "lumen", "atlas", "baltic"):
        model = TimelineModel(store, records[partner], page_size=3)
        while model.canFetchMore():
            model.fetchMore()
        reference = store.partner_timeline(records[partner], limit=100)
        assert [model.row(r) for r in range(model.rowCount())] == reference.rows
        assert model.total == reference.total
    atlas = TimelineModel(store, records["atlas"])
    assert ("dispatch", dispatch.id) in [atlas.kind_and_id(r) for r in range(atlas.rowCount())]


def test_invitation_rows_and_order_agree_with_the_store_list(store, records):
    for i in range(7):
        store.add_invitation(Invitation(
            inviter_id=records["atlas"] if i % 2 else records["baltic"], invitee_id=records["lumen"],
            issued_on=["2026", "2026-02", "2026-02-10", None][i % 4], reply_by=None if i % 3 else "2026-05-01",
            status="pending" if i % 3 else "declined", direction="issued" if i % 2 else "received"))
    model = InvitationsModel(store, page_size=4)
    for status in ("pending", None):
        model.set_status(status)
        for column in model.columns:
            if column.sort_key is None:
                continue
            for descending in (False, True):
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                model.sort(model.column_of(column.key), order)
                while model.canFetchMore():
                    model.fetchMore()
                reference = store.list_invitations(status=status, order_by=column.sort_key,
                                                   descending=descending, limit=100)
                shown = [model.row(r) for r in range(model.rowCount())]
                assert [row[column.key] for row in shown] == [row[column.key] for row in reference.rows]
                assert sorted(shown, key=lambda row: row["id"]) == sorted(reference.rows, key=lambda row: row["id"])
                assert model.total == reference.total
