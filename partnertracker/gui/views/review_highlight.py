"""Colours of the review screen's highlights and the legend that explains them."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget

from partnertracker.gui.views.review_mentions import (
    AREA,
    DATE,
    KINDS,
    ORGANISATION,
    PERSON,
    PLACE,
    TRIGGER,
    Mention,
)

# Light backgrounds under black text stay readable in light and dark themes alike, and differ in
# hue enough to tell apart at a glance (the legend spells them out for colour-blind officers).
COLOURS = {
    ORGANISATION: QColor("#bcd7ff"),
    PERSON: QColor("#c4edc4"),
    PLACE: QColor("#ffd6a0"),
    DATE: QColor("#f0c8f0"),
    TRIGGER: QColor("#fff08a"),
    AREA: QColor("#d9d9d9"),
}


def kind_label(kind: str) -> str:
    return {
        ORGANISATION: QCoreApplication.translate("ReviewHighlight", "organisation"),
        PERSON: QCoreApplication.translate("ReviewHighlight", "person"),
        PLACE: QCoreApplication.translate("ReviewHighlight", "place"),
        DATE: QCoreApplication.translate("ReviewHighlight", "date"),
        TRIGGER: QCoreApplication.translate("ReviewHighlight", "trigger word"),
        AREA: QCoreApplication.translate("ReviewHighlight", "cooperation area"),
    }.get(kind, kind)


def mention_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(COLOURS.get(kind, QColor("#e8e8e8"))))
    fmt.setForeground(QBrush(QColor("#000000")))
    if kind == TRIGGER:
        fmt.setFontWeight(700)
    if kind == AREA:
        fmt.setFontUnderline(True)
    fmt.setProperty(QTextCharFormat.Property.UserProperty, kind)
    return fmt


def mention_selections(
    editor: QPlainTextEdit | QTextEdit, mentions: list[Mention]
) -> list[QTextEdit.ExtraSelection]:
    """One extra selection per mention; the document itself is never changed (it is the source)."""
    order = {kind: i for i, kind in enumerate(KINDS)}
    selections = []
    document = editor.document()
    for mention in sorted(mentions, key=lambda m: (order.get(m.kind, -1), m.start)):
        cursor = QTextCursor(document)
        cursor.setPosition(mention.start)
        cursor.setPosition(mention.end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = mention_format(mention.kind)
        selections.append(selection)
    return selections


class Legend(QLabel):
    """What each highlight colour means, as swatches that wrap on a narrow pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        swatches = []
        for kind in (ORGANISATION, PERSON, PLACE, DATE, TRIGGER, AREA):
            weight = "bold" if kind == TRIGGER else "normal"
            swatches.append(
                f'<span style="background-color:{COLOURS[kind].name()}; color:black;'
                f' font-weight:{weight};">&nbsp;{html.escape(kind_label(kind))}&nbsp;</span>'
            )
        self.setText("&nbsp; ".join(swatches))
        self.setToolTip(QCoreApplication.translate("ReviewHighlight",
                                                   "Colours of the words the proposal is built on"))
