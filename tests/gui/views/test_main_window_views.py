"""The record views in the main window: in the sidebar, and opened from anywhere by open_record."""

from __future__ import annotations

from partnertracker.gui.main_window import MainWindow
from partnertracker.gui.views.invitations import InvitationsView
from partnertracker.gui.views.partners import PartnersView


def test_views_are_in_the_window_and_open_records(qtbot, ctx, records, messages):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.view("partners"), PartnersView)
    invitations = window.view("invitations")
    assert isinstance(invitations, InvitationsView)
    # An invitation no longer pending is still found: the view clears the filter that hid it.
    ctx.store.set_invitation_status(records["new_invitation"], "declined")
    ctx.records_changed("invitation")
    window.show_record("invitation", records["new_invitation"])
    assert window.current_view_key() == "invitations"
    assert invitations.table.selected_ids() == [records["new_invitation"]]
    # A row of the partner page's timeline opens its record in its own view.
    partners = window.view("partners")
    window.show_record("organisation", records["lumen"])
    assert partners.page.title.text() == "Lumen Networks (LN)"
    partners.page.open_record.emit("visit", records["visit_day"])
    assert window.current_view_key() == "visits"
    assert window.view("visits").table.selected_ids() == [records["visit_day"]]
