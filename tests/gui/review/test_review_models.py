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


def _cells(model: InboxModel, column: int) -> list:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_inbox_names_untitled_dispatches_by_their_first_sentence(store):
    sentence = "The Minister received a delegation of the University of Nouakchott on Tuesday morning."
    short_lines = "".join(f"Line {n}\n" for n in range(400))  # a dateline block longer than what a page reads
    one_long_paragraph = "Cairo (MENA) - " + "The two sides reviewed their cooperation in science. " * 60
    texts = {
        "2025-05-03": f"Dakar, 2 May (APS)\n\n{sentence}\nMore follows.",
        "2025-05-02": f"{short_lines}\n{sentence}\n",
        "2025-05-01": one_long_paragraph,
    }
    with store.transaction():
        for n, (day, text) in enumerate(texts.items()):
            store.add_dispatch(Dispatch(text=text, sha256=f"{n:064x}", published_on=day))
        store.add_dispatch(Dispatch(text="short", sha256="f" * 64, published_on="2025-04-01", source="/in/wire.txt"))
    model = InboxModel(store)
    titles = _cells(model, 0)
    assert titles[:2] == [sentence, sentence]
    assert titles[2] == one_long_paragraph[:89].rstrip() + "…"
    assert titles[2] == inbox_module._first_words(one_long_paragraph)
    assert titles[3] == "short"  # no long line: the first line


def test_inbox_counts_proposed_items_and_follows_a_replaced_proposal(store):
    proposal = extract(read_dispatch(SAMPLE))
    items = sum(len(proposal.get(s) or []) for s in ("organisations", "people", "visits", "invitations",
                                                       "agreements", "follow_ups"))
    assert items > 3
    dispatch = store.add_dispatch(Dispatch(text="Wire text", sha256="a" * 64, title="Wire", proposal=proposal))
    model = InboxModel(store)
    assert _cells(model, 4) == [items]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Proposed items"

    store.update_dispatch(dispatch.id, proposal={**proposal, "people": [], "follow_ups": [{"id": "f1"}]})
    model.refresh()
    assert _cells(model, 4) == [items - len(proposal["people"]) + 1 - len(proposal.get("follow_ups") or [])]


def test_showing_and_scrolling_the_inbox_asks_one_query_per_page(store):
    proposal = extract(read_dispatch(SAMPLE))
    with store.transaction():
        for n in range(30):
            store.add_dispatch(Dispatch(text=f"text {n}", sha256=f"{n:064x}", title=None if n % 3 else f"T{n}",
                                        proposal=proposal, published_on=f"2025-01-{1 + n % 28:02d}"))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    model = InboxModel(store, page_size=10)
    while True:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
        if not model.canFetchMore():
            break
        model.fetchMore()
    store.conn.set_trace_callback(None)
    assert model.rowCount() == 30
    # The count once, then one SELECT per page of 10: no dispatch read row by row.
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1 + 3


def test_an_mou_and_an_ngo_keep_their_capitals_in_the_review_list():
    """The list writes stored values in lower case as in a sentence ("company"), which made "moU"."""
    text = resource_path("samples", "02_en_unesco_nairobi_mou.txt")
    model = ProposalModel(extract(read_dispatch(text)))
    [agreement] = model.items("agreements")
    assert agreement["kind"] == "mou"
    summary = model.data(model.item_index("agreements", 0))
    assert "MoU" in summary and "moU" not in summary
    model.set_field("organisations", 0, "kind", "ngo")
    assert "NGO" in model.data(model.item_index("organisations", 0))
    model.set_field("organisations", 0, "kind", "company")
    assert "company" in model.data(model.item_index("organisations", 0))
