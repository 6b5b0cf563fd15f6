"""Dates are shown never more precise than known, in the officer's language."""

from PySide6.QtCore import QLocale

from partnertracker.gui.formatting import partial_date

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def test_a_date_shows_only_what_the_source_said():
    assert partial_date("2025-07-14", ENGLISH) == "14 Jul 2025"
    assert partial_date("2025-07", ENGLISH) == "Jul 2025"
    assert partial_date("2025", ENGLISH) == "2025"
    assert partial_date(None, ENGLISH) == ""


def test_month_names_follow_the_locale():
    assert partial_date("2025-07-14", FRENCH) == "14 juil. 2025"


def test_a_broken_date_is_shown_as_stored_rather_than_hidden():
    assert partial_date("2025-02-30", ENGLISH) == "2025-02-30"
    assert partial_date("soon", ENGLISH) == "soon"
