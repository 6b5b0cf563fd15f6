"""The dashboard: what waits for the officer today, and a year of visits and agreements at a glance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnertracker.domain import Organisation
from partnertracker.gui.chart import ActivityChart
from partnertracker.gui.context import OFFICER_NAME_KEY, AppContext
from partnertracker.gui.errors import write_error_log
from partnertracker.gui.formatting import partial_date
from partnertracker.gui.icons import title_font
from partnertracker.gui.operations import BackgroundOperation, run_in_background, with_own_store
from partnertracker.store import Store, dashboard_queries

LIST_LENGTH = 5


@dataclass
class DashboardFigures:
    """Everything the dashboard shows, gathered in one go (on a worker thread: no widget here)."""

    home: Organisation | None
    officer: str
    waiting: int
    inbox: list[dict[str, Any]]
    brackets: list[dict[str, Any]]
    oldest_invitations: list[dict[str, Any]]
    overdue: int
    follow_ups: list[dict[str, Any]]
    months: list[dict[str, Any]]
    recent_visits: list[dict[str, Any]]


def gather_figures(store: Store, day: dt.date) -> DashboardFigures:
    waiting, inbox = dashboard_queries.inbox(store, LIST_LENGTH)
    overdue, follow_ups = dashboard_queries.overdue_follow_ups(store, today=day, limit=LIST_LENGTH)
    return DashboardFigures(
        home=store.home_organisation(),
        officer=str(store.settings_get(OFFICER_NAME_KEY) or ""),
        waiting=waiting,
        inbox=inbox,
        brackets=dashboard_queries.pending_invitations_by_age(store, today=day),
        oldest_invitations=dashboard_queries.oldest_pending_invitations(store, today=day, limit=LIST_LENGTH),
        overdue=overdue,
        follow_ups=follow_ups,
        months=dashboard_queries.monthly_activity(store, 12, today=day),
        recent_visits=dashboard_queries.recent_visits(store, today=day, limit=LIST_LENGTH),
    )


class CountTile(QPushButton):
    """A big number with what it counts; clicking it opens the view that lists them."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.count = 0
        self.number = QLabel("–")  # until the first figures arrive: not a misleading zero
        self.number.setFont(title_font(self.font(), 2.0))
        self.number.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = QLabel(caption)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.number)
        layout.addWidget(self.label)
        self.setFixedHeight(self.number.sizeHint().height() + self.label.sizeHint().height() + 28)
        self.setMinimumWidth(self.label.sizeHint().width() + 32)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_count(self, count: int) -> None:
        self.count = count
        self.number.setText(f"{count:n}")
        self.setAccessibleName(f"{self.caption}: {count}")


class ShortList(QGroupBox):
    """A titled list of a few records; Enter or a double-click opens one."""

    activated = Signal(str, int)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.empty_text = empty_text
        self.note = QLabel()
        self.note.hide()
        # A one-column tree elides a long title at the edge, where a list would scroll sideways.
        self.list = QTreeWidget()
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.itemActivated.connect(self._activated)
        row = self.list.fontMetrics().height() + 2
        self.list.setFixedHeight(row * LIST_LENGTH + 8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addStretch(1)  # beside a taller box, the list stays at the top

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_rows(self, rows: list[tuple[str, str, int, str]]) -> None:
        """Rows of (text, kind, id, tooltip)."""
        self.list.clear()
        for text, kind, record_id, tip in rows:
            item = QTreeWidgetItem([text])
            item.setData(0, Qt.ItemDataRole.UserRole, (kind, record_id))
            item.setToolTip(0, tip or text)
            self.list.addTopLevelItem(item)
        if not rows:
            item = QTreeWidgetItem([self.empty_text])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(item)

    def texts(self) -> list[str]:
        return [self.list.topLevelItem(i).text(0) for i in range(self.list.topLevelItemCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.activated.emit(target[0], int(target[1]))


class Dashboard(QScrollArea):
    """Counts, short lists and the activity chart; refreshed whenever records change."""

    record_activated = Signal(str, int)
    view_requested = Signal(str)
    refreshed = Signal()  # the figures on screen are the database's as of now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._operation: BackgroundOperation | None = None
        self._again: dt.date | None = None
        self._home_name: str | None = None
        self._home_short: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)

        self.heading = QLabel()
        self.heading.setFont(title_font(self.font(), 1.5))
        # No word wrap here: a height-for-width label makes the scroll area ask for the preferred
        # height of everything, and a scroll bar appears on a window that has room.
        self.subheading = QLabel()

        self.inbox_tile = CountTile(self.tr("dispatches waiting in the inbox"))
        self.invitations_tile = CountTile(self.tr("pending invitations"))
        self.follow_ups_tile = CountTile(self.tr("overdue follow-ups"))
        self.visits_tile = CountTile(self.tr("visits in the last 12 months"))
        tiles = QHBoxLayout()
        for tile, view in (
            (self.inbox_tile, "inbox"), (self.invitations_tile, "invitations"),
            (self.follow_ups_tile, "follow_ups"), (self.visits_tile, "visits"),
        ):
            tile.clicked.connect(lambda _checked=False, v=view: self.view_requested.emit(v))
            tiles.addWidget(tile)

        self.inbox_list = ShortList(self.tr("Waiting in the inbox"), self.tr("The inbox is empty."))
        self.invitations_list = ShortList(
            self.tr("Pending invitations, oldest first"), self.tr("No invitation is waiting for an answer.")
        )
        self.follow_ups_list = ShortList(self.tr("Overdue follow-ups"), self.tr("Nothing is overdue."))
        self.visits_list = ShortList(self.tr("Recent visits"), self.tr("No visit recorded yet."))
        lists = QGridLayout()
        for index, short_list in enumerate(
            (self.inbox_list, self.invitations_list, self.follow_ups_list, self.visits_list)
        ):
            short_list.activated.connect(self.record_activated)
            lists.addWidget(short_list, index // 2, index % 2)

        self.chart = ActivityChart()
        chart_box = QGroupBox(self.tr("Visits and agreements per month, last 12 months"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(tiles)
        layout.addLayout(lists)
        layout.addWidget(chart_box, 1)

        ctx.events.records_changed.connect(self._records_changed)

    # Refreshing only when shown keeps a folder import from re-querying a hidden dashboard per file.
    def _records_changed(self, _kind: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, today: dt.date | None = None, background: bool = True) -> None:
        """Query the figures again: on a worker with its own Store (the window stays responsive on
        a large database; `refreshed` fires when they are shown), or at once with background=False."""
        self._stale = False
        day = today or dt.date.today()
        if not background:
            self.show_figures(gather_figures(self.ctx.store, day))
            return
        if self._operation is not None and self._operation.is_running():
            self._again = day  # one more refresh when this one ends, with what changed meanwhile
            return
        self._operation = run_in_background(
            self,
            with_own_store(self.ctx.db_path, lambda store, _progress: gather_figures(store, day)),
            on_success=self._figures_arrived,
            on_failure=self._refresh_failed,
            progress=False,
        )

    def _figures_arrived(self, figures: DashboardFigures) -> None:
        self.show_figures(figures)
        if self._again is not None:
            day, self._again = self._again, None
            self.refresh(day)

    def _refresh_failed(self, error: Exception) -> None:
        # A dashboard that could not refresh keeps its last figures; no dialog for a summary.
        write_error_log(type(error), error, error.__traceback__)
        self._again = None

    def show_figures(self, figures: DashboardFigures) -> None:
        home = figures.home
        # In the short lists the home organisation goes by its acronym: it is on every line.
        self._home_name = home.name if home is not None else None
        self._home_short = (home.acronym or home.name) if home is not None else None
        self.heading.setText(
            self.tr("Good day, {name}").format(name=figures.officer) if figures.officer else self.tr("Dashboard")
        )
        self.subheading.setText(
            self.tr("Partnerships of {organisation}").format(organisation=_organisation_label(home))
            if home is not None else ""
        )
        self.inbox_tile.set_count(figures.waiting)
        self.inbox_list.set_rows([
            (self._dispatch_text(row), "dispatch", row["id"], row.get("source") or "")
            for row in figures.inbox
        ])
        self.invitations_tile.set_count(sum(b["count"] for b in figures.brackets))
        self.invitations_list.set_rows([
            (self._invitation_text(row), "invitation", row["id"], row.get("description") or "")
            for row in figures.oldest_invitations
        ])
        self.invitations_list.set_note(" · ".join(
            f"{b['count']} {self._bracket_label(b['bracket'])}" for b in figures.brackets if b["count"]
        ))
        self.follow_ups_tile.set_count(figures.overdue)
        self.follow_ups_list.set_rows([
            (self._follow_up_text(row), "follow_up", row["id"], row.get("description") or "")
            for row in figures.follow_ups
        ])
        self.chart.set_months(figures.months)
        self.visits_tile.set_count(sum(m["visits"] for m in figures.months))
        self.visits_list.set_rows([
            (self._visit_text(row), "visit", row["id"], row.get("summary") or "")
            for row in figures.recent_visits
        ])
        self.refreshed.emit()

    # -- one line per record ----------------------------------------------------------------

    def _dispatch_text(self, row: dict[str, Any]) -> str:
        title = row.get("title") or self.tr("(untitled dispatch)")
        date = partial_date(row.get("published_on"))
        return f"{date} — {title}" if date else title

    def _short(self, name: str | None) -> str | None:
        return self._home_short if name and name == self._home_name else name

    def _invitation_text(self, row: dict[str, Any]) -> str:
        parties = self.tr("{inviter} → {invitee}").format(
            inviter=self._short(row.get("inviter")) or "?", invitee=self._short(row.get("invitee")) or "?"
        )
        age = row.get("age_days")
        if age is None:
            return parties
        return self.tr("{parties} ({days} days)").format(parties=parties, days=age)

    def _follow_up_text(self, row: dict[str, Any]) -> str:
        due = partial_date(row.get("due_on"))
        text = row.get("description") or ""
        return self.tr("due {date}: {what}").format(date=due, what=text) if due else text

    def _visit_text(self, row: dict[str, Any]) -> str:
        who = self._short(row.get("host")) or ""
        if row.get("visitors"):
            visitors = ", ".join(self._short(v) or v for v in row["visitors"].split(", "))
            who = self.tr("{visitors} → {host}").format(visitors=visitors, host=who or "?")
        where = ", ".join(p for p in (who, row.get("city")) if p)
        date = partial_date(row.get("date"))
        return " — ".join(p for p in (date, where or self.tr("visit")) if p)

    def _bracket_label(self, bracket: str) -> str:
        return {
            "under 30 days": self.tr("under 30 days"),
            "30 to 90 days": self.tr("between 30 and 90 days"),
            "over 90 days": self.tr("over 90 days"),
            "no issue date": self.tr("with no issue date"),
        }.get(bracket, bracket)


def _organisation_label(organisation: Any) -> str:
    if organisation.acronym and organisation.acronym != organisation.name:
        return f"{organisation.name} ({organisation.acronym})"
    return str(organisation.name)
