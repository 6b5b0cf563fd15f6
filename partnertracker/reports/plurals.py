"""Strings with a count ("%n row(s)") outside a QObject, and the English file that gives their forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from partnertracker.reports.qt import ensure_gui_application
from partnertracker.resources import resource_path


class Counts(QObject):
    """The context of the count strings written where no QObject's self.tr() is at hand.

    lupdate's Python reader makes a string numerus only in `X.tr(text, "", n)`: in
    `QCoreApplication.translate(context, text, "", n)` it takes a variable n for the old encoding
    argument and files a plain string, which Qt then never asks for with its count.
    """

    if TYPE_CHECKING:  # PySide's stubs know tr() only on an instance; Counts.tr() is called on the class
        @staticmethod
        def tr(source_text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def install_our_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install resources/i18n/partnertracker_<language>.qm; None when it is missing or unreadable.

    Each call site asks Qt under the context lupdate files its string under (tests/gui/
    test_translations.py checks both sides), so a plain translator finds every string.
    """
    try:
        qm = resource_path("i18n", f"partnertracker_{language}.qm")
    except FileNotFoundError:  # no resources folder at all
        return None
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        return None
    app.installTranslator(translator)
    return translator


_english: QTranslator | None = None


def speak_english_plurals() -> None:
    """Outside the GUI (the CLI's reports): install partnertracker_en.qm, which turns "%n row(s)"
    into "1 row" and "2 rows". Missing or unreadable, the report reads "1 row(s)", nothing worse."""
    global _english
    if _english is not None:
        return
    ensure_gui_application()  # a translator needs an application; a PDF needs it to be a QGuiApplication
    app = QCoreApplication.instance()
    if app is not None:
        _english = install_our_translation(app, "en")
