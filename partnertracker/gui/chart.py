"""A small bar chart of visits and agreements per month, drawn with QPainter (no charting dependency)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from partnertracker.gui.formatting import partial_date, short_month

VISIT_COLOUR = QColor("#2f6db3")
AGREEMENT_COLOUR = QColor("#e0a526")


def nice_ceiling(value: int) -> int:
    """The smallest 'round' axis maximum at or above value (1, 2, 5, 10, 20, 50, ...)."""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


class ActivityChart(QWidget):
    """Two bars a month (visits, agreements) for the months given, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[dict[str, Any]] = []
        self._bars: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Visits and agreements per month"))

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_months(self, months: list[dict[str, Any]]) -> None:
        """Rows of {'month': 'YYYY-MM', 'visits': n, 'agreements': n}, oldest first."""
        self.months = list(months)
        self.setToolTip("")
        self.update()

    def month_text(self, row: dict[str, Any]) -> str:
        return self.tr("{month}: {visits} visits, {agreements} agreements").format(
            month=partial_date(row["month"]), visits=row["visits"], agreements=row["agreements"]
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        grid_colour = palette.color(QPalette.ColorRole.Mid)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        self._bars = []

        peak = max((max(r["visits"], r["agreements"]) for r in self.months), default=0)
        top_value = nice_ceiling(peak)
        axis_width = metrics.horizontalAdvance(QLocale().toString(top_value)) + 8
        legend_height = line + 6
        plot = QRectF(
            axis_width + 4, legend_height + line / 2,
            max(self.width() - axis_width - 12, 10), max(self.height() - legend_height - 2 * line - 6, 10),
        )

        # Legend, top left.
        x = plot.left()
        for colour, label in ((VISIT_COLOUR, self.tr("Visits")), (AGREEMENT_COLOUR, self.tr("Agreements"))):
            painter.fillRect(QRectF(x, 4 + (line - 10) / 2, 10, 10), colour)
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 14, 4 + metrics.ascent()), label)
            x += 14 + metrics.horizontalAdvance(label) + 16

        # Grid lines with their values: 0, half and top.
        for fraction in (0.0, 0.5, 1.0) if peak else (0.0,):
            y = plot.bottom() - fraction * plot.height()
            painter.setPen(QPen(grid_colour, 1, Qt.PenStyle.DotLine if fraction else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            value = top_value * fraction
            if value == int(value):
                painter.setPen(text_colour)
                label = QLocale().toString(int(value))
                painter.drawText(
                    QRectF(0, y - line / 2, axis_width, line),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label,
                )

        if not self.months:
            painter.end()
            return
        slot = plot.width() / len(self.months)
        bar = max(min(slot * 0.32, 22.0), 2.0)
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index, row in enumerate(self.months):
            # Time runs the way the officer reads: right to left in Arabic.
            position = len(self.months) - 1 - index if right_to_left else index
            centre = plot.left() + slot * (position + 0.5)
            for offset, key, colour in ((-bar, "visits", VISIT_COLOUR), (0.0, "agreements", AGREEMENT_COLOUR)):
                height = plot.height() * row[key] / top_value
                rect = QRectF(centre + offset, plot.bottom() - height, bar, height)
                if height > 0:
                    painter.fillRect(rect, colour)
            self._bars.append((QRectF(centre - slot / 2, plot.top(), slot, plot.height() + line), self.month_text(row)))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(centre - slot / 2, plot.bottom() + 3, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, short_month(row["month"]),
            )
        if peak == 0:
            # An empty plot looks broken; say why it is empty.
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text())
        painter.end()

    def empty_text(self) -> str:
        return self.tr("No visit or agreement dated in these months yet.")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        for area, text in self._bars:
            if area.contains(position):
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
                return
        QToolTip.hideText()
