"""The monthly chart as a picture (QImage drawn with QPainter), for the PDF, the ODT and the preview."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from partnertracker.reports.content import Chart
from partnertracker.reports.formats.html_page import SERIES_COLOURS
from partnertracker.reports.qt import ensure_gui_application

# Drawn at twice the size it is shown, so that it stays sharp on paper.
SCALE = 2
WIDTH, HEIGHT = 640, 240


def chart_image(chart: Chart, width: int = WIDTH, height: int = HEIGHT) -> QImage:
    ensure_gui_application()
    image = QImage(width * SCALE, height * SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(SCALE, SCALE)
        font = QFont()
        font.setPixelSize(9)
        painter.setFont(font)
        left, bottom, top, legend = 36, 30, 18, 18
        plot_w, plot_h = width - left - 8, height - bottom - top - legend
        painter.drawText(QRectF(0, 0, width, top), Qt.AlignmentFlag.AlignCenter, chart.title)
        peak = max((max(values, default=0) for _, values in chart.series), default=0) or 1
        groups = max(len(chart.labels), 1)
        group_w = plot_w / groups
        bar_w = max(group_w * 0.8 / max(len(chart.series), 1), 0.5)
        painter.setPen(QColor("#555"))
        painter.drawLine(left, top + plot_h, left + plot_w, top + plot_h)
        painter.drawText(QRectF(0, top - 6, left - 4, 12), Qt.AlignmentFlag.AlignRight, str(peak))
        painter.drawText(QRectF(0, top + plot_h - 6, left - 4, 12), Qt.AlignmentFlag.AlignRight, "0")
        step = max(groups // 12, 1)
        for g, label in enumerate(chart.labels):
            x0 = left + g * group_w + group_w * 0.1
            for s, (_, values) in enumerate(chart.series):
                h = plot_h * values[g] / peak
                painter.fillRect(
                    QRectF(x0 + s * bar_w, top + plot_h - h, bar_w, h),
                    QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]),
                )
            if g % step == 0:
                painter.drawText(
                    QRectF(left + g * group_w - 10, top + plot_h + 2, group_w + 20, 12),
                    Qt.AlignmentFlag.AlignHCenter, label,
                )
        x = float(left)
        y = height - legend + 2
        for s, (name, _) in enumerate(chart.series):
            painter.fillRect(QRectF(x, y + 2, 9, 9), QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]))
            painter.drawText(QRectF(x + 12, y, 200, 14), Qt.AlignmentFlag.AlignLeft, name)
            x += 20 + painter.fontMetrics().horizontalAdvance(name)
    finally:
        painter.end()
    return image
