"""The Reports view: choose a report (kind, period, partner, format), see its preview, save or print it."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from partnertracker.errors import UserError
from partnertracker.gui import operations
from partnertracker.gui.context import AppContext
from partnertracker.gui.errors import show_exception
from partnertracker.gui.views import reports_periods as periods
from partnertracker.reports import FORMATS, Report, build_report, write_report
from partnertracker.reports.rich_text import PREVIEW_ROWS, preview_document, report_document
from partnertracker.store import Store

if TYPE_CHECKING:
    from partnertracker.gui.main_window import MainWindow

PREVIEW_DELAY_MS = 300  # choices settle (typing a partner's name) before the preview is built again
SETTINGS = "reports/"


def kind_labels() -> dict[str, str]:
    return {
        "pending-invitations": QCoreApplication.translate("ReportsView", "Pending invitations"),
        "activity": QCoreApplication.translate("ReportsView", "Activity"),
        "partner": QCoreApplication.translate("ReportsView", "Partner dossier"),
        "follow-ups": QCoreApplication.translate("ReportsView", "Follow-ups"),
    }


def period_labels() -> dict[str, str]:
    return {
        periods.THIS_MONTH: QCoreApplication.translate("ReportsView", "This month"),
        periods.LAST_MONTH: QCoreApplication.translate("ReportsView", "Last month"),
        periods.THIS_QUARTER: QCoreApplication.translate("ReportsView", "This quarter"),
        periods.LAST_QUARTER: QCoreApplication.translate("ReportsView", "Last quarter"),
        periods.THIS_YEAR: QCoreApplication.translate("ReportsView", "This year"),
        periods.LAST_YEAR: QCoreApplication.translate("ReportsView", "Last year"),
        periods.CUSTOM: QCoreApplication.translate("ReportsView", "Custom"),
    }


def format_labels() -> dict[str, str]:
    return {
        "pdf": QCoreApplication.translate("ReportsView", "PDF document"),
        "odt": QCoreApplication.translate("ReportsView", "OpenDocument text (LibreOffice, Word)"),
        "html": QCoreApplication.translate("ReportsView", "Web page (HTML)"),
        "md": QCoreApplication.translate("ReportsView", "Markdown"),
        "csv": QCoreApplication.translate("ReportsView", "CSV (spreadsheet text)"),
        "xlsx": QCoreApplication.translate("ReportsView", "Excel workbook (XLSX)"),
        "ics": QCoreApplication.translate("ReportsView", "iCalendar (follow-ups, reply-by dates)"),
    }


class SaveCancelled(Exception):
    """Raised from the writer's progress when the officer presses Cancel (the old file stays)."""


@dataclass(frozen=True)
class ReportChoice:
    """What the officer chose: the arguments of build_report."""

    kind: str
    date_from: str | None = None
    date_to: str | None = None
    partner: str | None = None

    def build(self, store: Store, today: dt.date, progress=None) -> Report:  # noqa: ANN001 - Progress
        return build_report(store, self.kind, date_from=self.date_from, date_to=self.date_to,
                            partner=self.partner, today=today, progress=progress)


def date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (a period spans years); ISO for the C locale."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def file_stem(title: str) -> str:
    """A report title as a file name: 'Activity 2025-01-01 – 2025-06-30' -> 'activity-2025-01-01-2025-06-30'."""
    stem = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")
    return stem[:80] or "report"


class ReportPreview(QTextBrowser):
    """The preview, laid out at least MIN_WIDTH pixels wide: narrower, Qt breaks table headers
    inside words ("Countr / y"); a horizontal scroll bar is the lesser evil."""

    MIN_WIDTH = 600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self._fit()

    def _fit(self) -> None:
        self.setLineWrapColumnOrWidth(max(self.viewport().width(), self.MIN_WIDTH))

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - QResizeEvent
        super().resizeEvent(event)
        self._fit()


class ReportsView(QWidget):
    """Choices on the left, the preview on the right; Save… (Ctrl+S) and Print… (Ctrl+P)."""

    status_message = Signal(str)
    preview_changed = Signal()  # a new report, or a message instead of one, is in the preview
    saved = Signal(str)  # the path a report was written to

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.report: Report | None = None  # the report in the preview (all its rows)
        self.report_choice: ReportChoice | None = None
        self.building: operations.BackgroundOperation | None = None
        self.saving: operations.BackgroundOperation | None = None
        self._shown_once = False
        self._stale = True

        self.kind_combo = QComboBox()
        for key, label in kind_labels().items():
            self.kind_combo.addItem(label, key)
        self.kind_combo.setToolTip(self.tr("Which report to build"))

        self.period_combo = QComboBox()
        for key, label in period_labels().items():
            self.period_combo.addItem(label, key)
        self.period_combo.setToolTip(self.tr("The activity report covers these days"))
        self.from_edit = self._date_edit(self.tr("First day of the period"))
        self.to_edit = self._date_edit(self.tr("Last day of the period"))

        self.partner_edit = QLineEdit()
        self.partner_edit.setPlaceholderText(self.tr("Name, acronym or alias"))
        self.partner_edit.setClearButtonEnabled(True)
        self.partner_edit.setToolTip(self.tr("The partner whose dossier to build"))
        self.partner_names = QStringListModel(self)
        completer = QCompleter(self.partner_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.partner_edit.setCompleter(completer)

        self.format_combo = QComboBox()
        for key, label in format_labels().items():
            if key in FORMATS:
                self.format_combo.addItem(label, key)
        self.format_combo.setToolTip(self.tr("The kind of file Save… writes"))

        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Write the report to a file in the chosen format (Ctrl+S)"))
        self.save_button.clicked.connect(self.choose_file_and_save)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the report as previewed (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_report)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.choose_file_and_save),
                           (QKeySequence.StandardKey.Print, self.print_report)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Report:"), self.kind_combo)
        form.addRow(self.tr("P&eriod:"), self.period_combo)
        self.from_label = QLabel(self.tr("&From:"))
        self.from_label.setBuddy(self.from_edit)
        form.addRow(self.from_label, self.from_edit)
        self.to_label = QLabel(self.tr("&To:"))
        self.to_label.setBuddy(self.to_edit)
        form.addRow(self.to_label, self.to_edit)
        form.addRow(self.tr("P&artner:"), self.partner_edit)
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("reportHint")
        self.hint_label.setStyleSheet("QLabel#reportHint { color: palette(mid); }")

        choices = QWidget()
        column = QVBoxLayout(choices)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.hint_label)
        column.addStretch(1)
        choices.setMinimumWidth(250)

        self.preview = ReportPreview()
        self.preview.setObjectName("reportPreview")
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(self.tr("The report's preview appears here."))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(choices)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 830])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        ctx.settings.remember_splitter("reports", self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.load_partner_names()
        self._restore_choices()
        self._update_enabled()
        self.kind_combo.currentIndexChanged.connect(self._choices_changed)
        self.period_combo.currentIndexChanged.connect(self._period_picked)
        self.from_edit.dateChanged.connect(self._date_typed)
        self.to_edit.dateChanged.connect(self._date_typed)
        self.partner_edit.textChanged.connect(lambda _text: self._choices_changed())
        self.partner_edit.returnPressed.connect(self.refresh_preview)
        completer.activated.connect(lambda _text: self.refresh_preview())
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        ctx.events.records_changed.connect(self._records_changed)
        self._set_report(None)

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setToolTip(tip)
        edit.setDisplayFormat(date_format(self.locale()))
        return edit

    # -- the choices -------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def format_name(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, name: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(name))

    def period_pick(self) -> str:
        return str(self.period_combo.currentData())

    def set_period_pick(self, pick: str) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(pick))

    def period(self) -> tuple[dt.date, dt.date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, first: dt.date, last: dt.date) -> None:
        """Custom dates (the quick pick becomes Custom)."""
        self.set_period_pick(periods.CUSTOM)
        self._show_dates(first, last)
        self._choices_changed()

    def choice(self) -> ReportChoice:
        kind = self.kind()
        if kind == "activity":
            first, last = self.period()
            return ReportChoice(kind, first.isoformat(), last.isoformat())
        if kind == "partner":
            return ReportChoice(kind, partner=self.partner_edit.text().strip())
        return ReportChoice(kind)

    def _show_dates(self, first: dt.date, last: dt.date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _period_picked(self) -> None:
        span = periods.period_of(self.period_pick(), self.today())
        if span is not None:
            self._show_dates(*span)
        self._choices_changed()

    def _date_typed(self) -> None:
        # A date set by hand is a custom period (the quick pick no longer describes it).
        if self.period_pick() != periods.CUSTOM:
            self.period_combo.blockSignals(True)
            self.set_period_pick(periods.CUSTOM)
            self.period_combo.blockSignals(False)
        self._choices_changed()

    def _format_changed(self) -> None:
        self._remember()
        self._update_enabled()

    def _update_enabled(self) -> None:
        kind = self.kind()
        for widget in (self.period_combo, self.from_edit, self.to_edit, self.from_label, self.to_label):
            widget.setEnabled(kind == "activity")
        self.partner_edit.setEnabled(kind == "partner")
        if self.format_name() == "ics":
            hint = self.tr("iCalendar holds follow-up due dates and invitation reply-by dates only.")
        elif kind == "partner":
            hint = self.tr("Type a few letters of a name, an acronym or an alias.")
        elif kind == "activity":
            hint = self.tr("Visits, invitations, agreements and follow-ups of the period, month by month.")
        else:
            hint = ""
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def _choices_changed(self) -> None:
        self._update_enabled()
        self._remember()
        self._stale = True
        self._timer.start()

    # -- remembered between sessions ---------------------------------------------------------

    def _remember(self) -> None:
        settings = self.ctx.settings
        first, last = self.period()
        settings.set_value(SETTINGS + "kind", self.kind())
        settings.set_value(SETTINGS + "period", self.period_pick())
        settings.set_value(SETTINGS + "from", first.isoformat())
        settings.set_value(SETTINGS + "to", last.isoformat())
        settings.set_value(SETTINGS + "partner", self.partner_edit.text())
        settings.set_value(SETTINGS + "format", self.format_name())

    def _restore_choices(self) -> None:
        settings = self.ctx.settings
        kind = str(settings.value(SETTINGS + "kind", "pending-invitations"))
        self.set_kind(kind if self.kind_combo.findData(kind) >= 0 else "pending-invitations")
        fmt = str(settings.value(SETTINGS + "format", "pdf"))
        self.set_format(fmt if self.format_combo.findData(fmt) >= 0 else "pdf")
        self.partner_edit.setText(str(settings.value(SETTINGS + "partner", "") or ""))
        pick = str(settings.value(SETTINGS + "period", periods.THIS_YEAR))
        self.set_period_pick(pick if pick in periods.QUICK_PICKS else periods.THIS_YEAR)
        span = periods.period_of(self.period_pick(), self.today())
        if span is None:  # a custom period: the days chosen last time
            try:
                span = (dt.date.fromisoformat(str(settings.value(SETTINGS + "from"))),
                        dt.date.fromisoformat(str(settings.value(SETTINGS + "to"))))
            except ValueError:
                span = periods.period_of(periods.THIS_YEAR, self.today())
                self.set_period_pick(periods.THIS_YEAR)
        assert span is not None
        self._show_dates(*span)

    # -- partners offered for completion -----------------------------------------------------

    def load_partner_names(self) -> None:
        names: list[str] = []
        for org in self.ctx.store.known_organisations():
            if org["is_home"]:
                continue
            names.extend(n for n in (org["name"], org["acronym"], *org["aliases"]) if n)
        self.partner_names.setStringList(sorted(dict.fromkeys(names), key=str.casefold))

    def _records_changed(self, kind: str) -> None:
        if kind in ("", "organisation"):
            self.load_partner_names()
        self._stale = True
        if self.isVisible():
            self._timer.start()

    # -- the preview -------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        super().showEvent(event)
        # Nothing is built until the view is first looked at (start-up stays quick).
        if not self._shown_once or self._stale:
            self._shown_once = True
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Build the chosen report off the GUI thread and show it (a newer choice wins)."""
        self._timer.stop()
        if self.building is not None and self.building.is_running():
            return  # built again when this one ends (see _built)
        choice = self.choice()
        problem = self._problem(choice)
        self._stale = False
        if problem:
            self._show_message(problem)
            return
        today = self.today()
        self.status_message.emit(self.tr("Building the preview…"))
        self.building = operations.run_in_background(
            self,
            operations.with_own_store(self.ctx.db_path, lambda store, _progress: choice.build(store, today)),
            on_success=lambda report: self._built(choice, report),
            on_failure=lambda error: self._build_failed(choice, error),
            progress=False,
        )

    def _problem(self, choice: ReportChoice) -> str:
        """What keeps a report from being built, in the officer's words ('' when nothing does)."""
        if choice.kind == "partner" and not choice.partner:
            return self.tr("Type a partner's name, acronym or alias to see the dossier.")
        if choice.kind == "activity" and (choice.date_from or "") > (choice.date_to or ""):
            return self.tr("The period starts after it ends: choose an earlier first day or a later last day.")
        return ""

    def _built(self, choice: ReportChoice, report: Report) -> None:
        self.building = None
        if choice != self.choice() or self._stale:
            self.refresh_preview()  # the choices or the records changed while it was being built
            return
        self._set_report(report, choice)
        self.status_message.emit("")

    def _build_failed(self, choice: ReportChoice, error: Exception) -> None:
        self.building = None
        if choice != self.choice() or self._stale:
            self.refresh_preview()
            return
        if isinstance(error, UserError):
            text = str(error)
            self._show_message(text[:1].upper() + text[1:])
        else:
            self._set_report(None)
            self.preview.clear()
            self.preview_changed.emit()
            show_exception(error, self)

    def _show_message(self, text: str) -> None:
        self._set_report(None)
        self.preview.setHtml(f'<p style="color:#555555; margin:12px">{html.escape(text)}</p>')
        self.preview_changed.emit()

    def _set_report(self, report: Report | None, choice: ReportChoice | None = None) -> None:
        self.report = report
        self.report_choice = choice
        self.save_button.setEnabled(report is not None)
        self.print_button.setEnabled(report is not None)
        if report is not None:
            document = preview_document(report)
            document.setParent(self.preview)
            self.preview.setDocument(document)
            self.preview_changed.emit()

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # -- Save… -------------------------------------------------------------------------------

    def choose_file_and_save(self) -> operations.BackgroundOperation | None:
        if self.report is None:
            return None
        chosen = FORMATS[self.format_name()]
        folder = str(self.ctx.settings.value(SETTINGS + "folder", "") or Path.home())
        suggested = str(Path(folder) / f"{file_stem(self.report.title)}{chosen.suffix}")
        label = format_labels().get(chosen.name, chosen.description)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), suggested, f"{label} (*{chosen.suffix})")
        if not path:
            return None
        if not path.lower().endswith(chosen.suffix):
            path += chosen.suffix
        self.ctx.settings.set_value(SETTINGS + "folder", str(Path(path).parent))
        return self.save_to(path)

    def save_to(self, path: str, format_name: str | None = None) -> operations.BackgroundOperation:
        """Write the chosen report to `path` in the background, with progress and Cancel.

        A path that cannot be written gives a message saying why; the old file, if any, stays as it
        was (the writer writes a temporary file and renames it only once complete).
        """
        fmt = format_name or self.format_name()
        choice = self.choice()
        # The preview's report holds every row already: it is written as it is when still current.
        ready = self.report if self.report_choice == choice else None
        today = self.today()
        db_path = self.ctx.db_path
        writing = self.tr("Writing {file}…").format(file=Path(path).name)
        building = self.tr("Building the report…")

        def work(progress: operations.ProgressReporter) -> Path:
            def tell(label: str) -> Callable[[int, int], None]:
                def told(done: int, total: int) -> None:
                    if progress.cancelled:
                        raise SaveCancelled
                    progress.update(done, total, label)
                return told

            report = ready
            if report is None:
                report = operations.with_own_store(
                    db_path, lambda store, _p: choice.build(store, today, tell(building))
                )(progress)
            return write_report(report, fmt, path, progress=tell(writing))

        self.saving = operations.run_in_background(
            self, work, on_success=self._saved, on_failure=self._save_failed, title=self.tr("Saving the report"))
        return self.saving

    def _saved(self, written: Path) -> None:
        self.saving = None
        self.status_message.emit(self.tr("Report saved to {path}").format(path=written))
        self.saved.emit(str(written))

    def _save_failed(self, error: Exception) -> None:
        self.saving = None
        if isinstance(error, SaveCancelled):
            self.status_message.emit(self.tr("Saving cancelled; no file was written or replaced."))
            return
        show_exception(error, self)

    # -- Print… ------------------------------------------------------------------------------

    def print_report(self) -> bool:
        """Print the report on a printer the officer picks; False when cancelled.

        The preview is printed as it is, unless it shows only the first rows of a long section:
        then the whole report is laid out for the printer's page (a few seconds for thousands of rows).
        """
        if self.report is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.report.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if any(len(section.rows) > PREVIEW_ROWS for section in self.report.sections):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                report_document(self.report).print_(printer)
            finally:
                QApplication.restoreOverrideCursor()
        else:
            self.preview.document().print_(printer)
        self.status_message.emit(self.tr("Report sent to the printer"))
        return True


def register_reports(window: MainWindow) -> ReportsView:
    """Put the Reports view in the main window (replacing the placeholder), its messages in the status bar."""
    view = ReportsView(window.ctx)
    window.add_view("reports", QCoreApplication.translate("ReportsView", "Reports"), view)
    view.status_message.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    return view
