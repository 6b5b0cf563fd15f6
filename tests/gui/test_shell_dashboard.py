"""The dashboard shows what is in the database: counts, short lists and the activity per month."""

from __future__ import annotations

import datetime as dt
import hashlib

from PySide6.QtCore import Qt

from partnertracker.domain import (
    Agreement,
    Dispatch,
    DispatchState,
    FollowUp,
    FollowUpStatus,
    Invitation,
    InvitationStatus,
    Organisation,
    Visit,
)
from partnertracker.gui.dashboard import Dashboard
from partnertracker.store.dashboard_queries import last_months, monthly_activity

TODAY = dt.date(2025, 11, 20)


def _days_ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def _fill(store) -> dict[str, int]:
    with store.transaction():
        partner = store.add_organisation(Organisation(name="University of Nairobi")).id
        home = store.home_organisation().id
        for number, state in enumerate((DispatchState.NEW, DispatchState.NEW, DispatchState.REVIEWED)):
            text = f"Dispatch number {number} about a visit."
            store.add_dispatch(Dispatch(text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                                        title=f"Wire {number}", state=state))
        store.add_invitation(Invitation(inviter_id=home, invitee_id=partner, issued_on=_days_ago(10)))
        store.add_invitation(Invitation(inviter_id=partner, invitee_id=home, issued_on=_days_ago(120)))
        store.add_invitation(Invitation(inviter_id=home, invitee_id=partner, issued_on=_days_ago(40),
                                        status=InvitationStatus.ACCEPTED))
        store.add_follow_up(FollowUp(description="Send the draft memorandum", due_on=_days_ago(3)))
        store.add_follow_up(FollowUp(description="Book the meeting room", due_on=_days_ago(-5)))
        store.add_follow_up(FollowUp(description="Thank the rector", due_on=_days_ago(9),
                                     status=FollowUpStatus.DONE))
        store.add_visit(Visit(date="2025-11-03", host_id=partner, city="Nairobi"))
        store.add_visit(Visit(date="2025-11-12", host_id=home, visitor_ids=[partner], city="Rabat"))
        store.add_visit(Visit(date="2025-06", host_id=partner, city="Mombasa"))
        store.add_visit(Visit(date="2023-01-05", host_id=partner, city="Kisumu"))  # out of the last year
        store.add_agreement(Agreement(title="Memorandum on teacher training", party_ids=[home, partner],
                                      signed_on="2025-06-18"))
    return {"partner": partner, "home": home}


def test_counts_and_lists_match_the_database(qtbot, home_ctx):
    _fill(home_ctx.store)
    dashboard = Dashboard(home_ctx)
    qtbot.addWidget(dashboard)
    dashboard.refresh(today=TODAY, background=False)
    assert dashboard.heading.text() == "Good day, Amal Idrissi"
    assert "Organisation for Learning and Culture (OLC)" in dashboard.subheading.text()
    assert dashboard.inbox_tile.number.text() == "2"
    assert dashboard.invitations_tile.number.text() == "2"
    assert dashboard.follow_ups_tile.number.text() == "1"
    assert dashboard.visits_tile.number.text() == "3"
    assert dashboard.inbox_list.texts() == ["Wire 1", "Wire 0"]  # newest first
    assert dashboard.invitations_list.texts() == [
        "University of Nairobi → OLC (120 days)",  # the home organisation by its acronym
        "OLC → University of Nairobi (10 days)",
    ]
    assert dashboard.invitations_list.note.text() == "1 under 30 days · 1 over 90 days"
    assert [t.endswith("Send the draft memorandum") for t in dashboard.follow_ups_list.texts()] == [True]
    visits = dashboard.visits_list.texts()
    assert [v.split(" — ")[-1] for v in visits] == [
        "University of Nairobi → OLC, Rabat",
        "University of Nairobi, Nairobi",
        "University of Nairobi, Mombasa", "University of Nairobi, Kisumu"][:5]
    months = {m["month"]: (m["visits"], m["agreements"]) for m in dashboard.chart.months}
    assert len(months) == 12 and months["2025-11"] == (2, 0) and months["2025-06"] == (1, 1)
    assert sum(v for v, _a in months.values()) == 3


def test_an_empty_database_says_there_is_nothing_yet(qtbot, home_ctx):
    dashboard = Dashboard(home_ctx)
    qtbot.addWidget(dashboard)
    dashboard.refresh(today=TODAY, background=False)
    assert dashboard.inbox_tile.number.text() == "0"
    assert dashboard.inbox_list.texts() == ["The inbox is empty."]
    assert dashboard.visits_list.texts() == ["No visit recorded yet."]
    assert all(m["visits"] == 0 for m in dashboard.chart.months)


def test_a_listed_record_opens_with_enter_and_a_tile_opens_its_view(qtbot, home_ctx):
    _fill(home_ctx.store)
    dashboard = Dashboard(home_ctx)
    qtbot.addWidget(dashboard)
    dashboard.refresh(today=TODAY, background=False)
    opened, views = [], []
    dashboard.record_activated.connect(lambda kind, record_id: opened.append((kind, record_id)))
    dashboard.view_requested.connect(views.append)
    first = dashboard.follow_ups_list.list.topLevelItem(0)
    dashboard.follow_ups_list.list.setCurrentItem(first)
    dashboard.follow_ups_list.list.setFocus()
    qtbot.keyClick(dashboard.follow_ups_list.list, Qt.Key.Key_Return)
    follow_up_id = home_ctx.store.list_follow_ups(overdue_only=True, today=TODAY).rows[0]["id"]
    assert opened == [("follow_up", follow_up_id)]
    qtbot.mouseClick(dashboard.invitations_tile, Qt.MouseButton.LeftButton)
    assert views == ["invitations"]


def test_the_dashboard_refreshes_when_records_change(qtbot, home_ctx):
    dashboard = Dashboard(home_ctx)
    qtbot.addWidget(dashboard)
    assert dashboard.inbox_tile.number.text() == "–"  # nothing shown before the figures arrive
    with qtbot.waitSignal(dashboard.refreshed, timeout=10_000):
        dashboard.show()  # the first figures come from a worker with its own connection
    assert dashboard.inbox_tile.number.text() == "0"
    text = "A new wire arrived."
    with home_ctx.store.transaction():
        home_ctx.store.add_dispatch(Dispatch(text=text, sha256=hashlib.sha256(text.encode()).hexdigest()))
    with qtbot.waitSignal(dashboard.refreshed, timeout=10_000):
        home_ctx.records_changed("dispatch")
    assert dashboard.inbox_tile.number.text() == "1"
    assert dashboard.inbox_list.texts() == ["(untitled dispatch)"]  # stored without a title


def test_changes_during_a_refresh_are_shown_by_one_more_refresh(qtbot, home_ctx):
    dashboard = Dashboard(home_ctx)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    text = "A wire that arrived while the dashboard was counting."
    with home_ctx.store.transaction():
        home_ctx.store.add_dispatch(Dispatch(text=text, sha256=hashlib.sha256(text.encode()).hexdigest()))
    dashboard.refresh()  # while the first one may still run: it is queued, not lost
    qtbot.waitUntil(lambda: dashboard.inbox_tile.number.text() == "1", timeout=10_000)
    qtbot.waitUntil(lambda: not dashboard._operation.is_running(), timeout=10_000)


def test_monthly_activity_spans_twelve_months_across_a_new_year(home_ctx):
    assert last_months(3, dt.date(2025, 2, 10)) == ["2024-12", "2025-01", "2025-02"]
    rows = monthly_activity(home_ctx.store, 12, today=dt.date(2026, 1, 31))
    assert rows[0]["month"] == "2025-02" and rows[-1]["month"] == "2026-01"


def test_an_empty_chart_says_why_instead_of_looking_broken(qtbot, home_ctx):
    from partnertracker.gui.chart import ActivityChart

    def middle_band_colours(months) -> set[int]:
        chart = ActivityChart()
        qtbot.addWidget(chart)
        chart.resize(600, 200)
        chart.set_months(months)
        image = chart.grab().toImage()
        y0, y1 = image.height() // 2 - 8, image.height() // 2 + 8
        return {image.pixel(x, y) for x in range(150, 450) for y in range(y0, y1)}

    dashboard = Dashboard(home_ctx)
    qtbot.addWidget(dashboard)
    dashboard.refresh(today=TODAY, background=False)
    assert [m["visits"] + m["agreements"] for m in dashboard.chart.months] == [0] * 12
    # Drawn text shows as more than the background's one colour where the plot would be.
    assert len(middle_band_colours(dashboard.chart.months)) > 1
    assert len(middle_band_colours([])) == 1


def test_in_a_right_to_left_language_the_months_run_from_the_right(qtbot):
    from partnertracker.gui.chart import ActivityChart

    months = [{"month": m, "visits": i, "agreements": 0} for i, m in enumerate(last_months(12, TODAY))]
    chart = ActivityChart()
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    chart.set_months(months)
    chart.grab()
    left_to_right = [area.center().x() for area, _text in chart._bars]
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.grab()
    right_to_left = [area.center().x() for area, _text in chart._bars]
    assert left_to_right == sorted(left_to_right)
    assert right_to_left == sorted(right_to_left, reverse=True)
    assert chart._bars[0][1].startswith("Dec 2024")
