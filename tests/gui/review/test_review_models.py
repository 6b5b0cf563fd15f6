"""The Inbox and proposal models, without views: Qt's model checks, paging, the officer's edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from partnertracker.domain import Dispatch
from partnertracker.extraction import extract, read_dispatch
from partnertracker.gui.views import inbox as inbox_module
from partnertracker.gui.views.inbox import InboxModel
from partnertracker.gui.views.review_model import ProposalModel
from partnertracker.resources import resource_path

SAMPLE = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")


def test_proposal_model_passes_qt_model_checks(qtmodeltester):
    model = ProposalModel(extract(read_dispatch(SAMPLE)))
    qtmodeltester.check(model, force_py=True)


def test_unticking_an_item_marks_it_excluded_and_updates_the_section_count():
    model = ProposalModel(extract(read_dispatch(SAMPLE)))
    people = len(model.items("people"))
    assert model.data(model.section_index("people")) == f"People ({people}/{people})"
    model.setData(model.item_index("people", 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.proposal()["people"][0]["include"] is False
    assert model.data(model.section_index("people")) == f"People ({people - 1}/{people})"


def test_renaming_an_organisation_shows_in_the_visit_summary():
    model = ProposalModel(extract(read_dispatch(SAMPLE)))
    visit = model.items("visits")[0]
    row = [o["id"] for o in model.items("organisations")].index(visit["host"])
    model.set_field("organisations", row, "acronym", "HOSTX")
    assert "HOSTX" in model.data(model.item_index("visits", 0))


def _dispatches(store, count: int) -> None:
    with store.transaction():
        for n in range(count):
            store.add_dispatch(
                Dispatch(text=f"text {n}", sha256=f"{n:064x}", title=f"Dispatch {n:03d}",
                         published_on=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}")
            )


def test_inbox_model_fetches_page_by_page_newest_first(qtmodeltester, store, monkeypatch):
    monkeypatch.setattr(inbox_module, "PAGE_SIZE", 10)
    _dispatches(store, 25)
    model = InboxModel(store)
    assert model.rowCount() == 10 and model.total == 25
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    dates = [model.data(model.index(r, 1)) for r in range(25)]
    assert dates == sorted(dates, reverse=True)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by title, in SQL
    assert model.data(model.index(0, 0)) == "Dispatch 000"
    qtmodeltester.check(model, force_py=True)
