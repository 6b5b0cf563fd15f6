"""The record views (inbox, partners, visits, invitations, agreements, follow-ups) and how they plug in."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from partnertracker.gui.main_window import MainWindow


def register_views(window: MainWindow) -> None:
    """Plug each view into the main window with window.add_view(key, title, widget).

    Keys already in the sidebar: inbox, partners, visits, invitations, agreements, follow_ups,
    reports. A view reaches the database through window.ctx and opens records when
    window.open_record(kind, id) is emitted.
    """
    from partnertracker.gui.export import add_export_actions
    from partnertracker.gui.views.inbox import register_inbox
    from partnertracker.gui.views.record_views import register_record_views
    from partnertracker.gui.views.reports import register_reports

    register_inbox(window)
    register_record_views(window)
    register_reports(window)
    add_export_actions(window)
