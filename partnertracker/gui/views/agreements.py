"""The agreements view: memoranda, cooperation agreements and programmes with their parties."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from partnertracker.gui.context import AppContext
from partnertracker.gui.models import AgreementsModel
from partnertracker.gui.views.record_list import RecordListView, checked_date


class AgreementsView(RecordListView):
    """Agreements (parties, kind, signed on, valid until, status), newest signed first."""

    kind = "agreement"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, AgreementsModel(ctx.store), "agreements", parent)
        self.filter_edit.setPlaceholderText(self.tr("Filter agreements by title…"))
        self.status_box = QComboBox()
        self.status_box.setToolTip(self.tr("Show agreements with this status"))
        for text, value in ((self.tr("All"), None), (self.tr("Planned"), "planned"),
                            (self.tr("Signed"), "signed"), (self.tr("Expired"), "expired"),
                            (self.tr("Terminated"), "terminated")):
            self.status_box.addItem(text, value)
        self.status_box.currentIndexChanged.connect(
            lambda _i: self.model.set_status(self.status_box.currentData()))
        self.filters.addWidget(self.status_box)
        self.finish_actions_bar()
        self.allow_cell_edits(self._checked)

    def show_everything(self) -> None:
        self.status_box.setCurrentIndex(0)
        super().show_everything()

    def _checked(self, field: str, value: object) -> object:
        if field in ("signed_on", "valid_until"):
            return checked_date(value, self.tr("date"))
        if field == "title":
            return value or ""
        if field == "status" and value:
            return str(value).lower()
        return value

    def depends_on(self, kind: str) -> bool:
        return kind == "organisation"
