"""Plugs the partners, visits, invitations, agreements and follow-ups views into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from partnertracker.gui.views.agreements import AgreementsView
from partnertracker.gui.views.follow_ups import FollowUpsView
from partnertracker.gui.views.invitations import InvitationsView
from partnertracker.gui.views.partners import PartnersView
from partnertracker.gui.views.visits import VisitsView

if TYPE_CHECKING:
    from partnertracker.gui.main_window import MainWindow


def register_record_views(window: MainWindow) -> dict[str, QWidget]:
    """Create the record views, put them in the sidebar, and wire record opening and status messages."""
    ctx = window.ctx
    views: dict[str, tuple[str, QWidget]] = {
        "partners": (QCoreApplication.translate("MainWindow", "Partners"), PartnersView(ctx)),
        "visits": (QCoreApplication.translate("MainWindow", "Visits"), VisitsView(ctx)),
        "invitations": (QCoreApplication.translate("MainWindow", "Invitations"), InvitationsView(ctx)),
        "agreements": (QCoreApplication.translate("MainWindow", "Agreements"), AgreementsView(ctx)),
        "follow_ups": (QCoreApplication.translate("MainWindow", "Follow-ups"), FollowUpsView(ctx)),
    }
    for key, (title, view) in views.items():
        window.add_view(key, title, view)
        view.open_record.connect(window.show_record)
        view.status_message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        window.open_record.connect(view.open)
    return {key: view for key, (_title, view) in views.items()}
