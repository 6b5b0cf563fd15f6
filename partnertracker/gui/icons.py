"""The application icon: the packaged SVG when present, else a simple one drawn here."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from partnertracker import APP_ID
from partnertracker.resources import resource_path


@cache
def app_icon() -> QIcon:
    try:
        svg = resource_path("icons", f"{APP_ID}.svg")
    except FileNotFoundError:
        svg = None
    if svg is not None and svg.is_file():
        icon = QIcon(str(svg))
        if not icon.isNull():
            return icon
    return _drawn_icon()


def _drawn_icon() -> QIcon:
    # Two linked rings on a blue tile: partners, tracked.
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f5fa8"))
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
        pen_width = max(1.5, size * 0.07)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for dx, colour in ((-0.12, "#ffffff"), (0.12, "#f2c14e")):
            painter.setPen(_pen(colour, pen_width))
            r = size * 0.22
            painter.drawEllipse(QRectF(size * (0.5 + dx) - r, size * 0.5 - r, 2 * r, 2 * r))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    return pen


def title_font(base: QFont, scale: float = 1.4) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    return font
