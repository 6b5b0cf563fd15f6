"""The interface language: which one to use at start-up, and the Qt translators that give it."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from partnertracker import APP_NAME
from partnertracker.reports.plurals import install_our_translation

# Languages the interface speaks, with their names as their speakers write them (for the menu).
LANGUAGES = {"en": "English", "fr": "Français"}
ENV_VARIABLE = "PARTNERTRACKER_LANG"
# In the app's QSettings: "en", "fr", or absent to follow the system locale.
LANGUAGE_KEY = "interface/language"


def _language_code(text: str | None) -> str | None:
    """'fr', 'fr_FR', 'fr-CA.UTF-8' -> 'fr'; None for a language the interface does not speak."""
    code = (text or "").strip().lower()[:2]
    return code if code in LANGUAGES else None


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language chosen in View ▸ Language, or None to follow the system."""
    settings = settings or QSettings(APP_NAME, APP_NAME)
    return _language_code(str(settings.value(LANGUAGE_KEY, "") or ""))


def save_language(code: str | None, settings: QSettings | None = None) -> None:
    settings = settings or QSettings(APP_NAME, APP_NAME)
    if code is None:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, code)


def chosen_language(settings: QSettings | None = None) -> str:
    """PARTNERTRACKER_LANG, else the saved choice, else the system locale; English when none is spoken."""
    explicit = _language_code(os.environ.get(ENV_VARIABLE)) or saved_language(settings)
    if explicit:
        return explicit
    return _language_code(QLocale.system().name()) or "en"


def use_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Speak `language` from now on: Qt's and our translations, and dates written its way.

    The locale changes only when the language is not the system's, so that an officer in Quebec
    who keeps French still gets fr_CA's conventions.
    """
    if _language_code(QLocale.system().name()) != language:
        QLocale.setDefault(QLocale(language))
    return install_translators(app, language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and partnertracker's translators for `language`.

    English needs only partnertracker_en.qm, which holds nothing but the plural forms ("%n record(s)"
    -> "1 record", "2 records"). A missing or unreadable .qm leaves the interface in English (with
    "1 record(s)" at worst): never a reason not to start.
    """
    if language not in LANGUAGES:
        return []
    installed: list[QTranslator] = []
    if language != "en":
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            installed.append(qt_own)
    ours = install_our_translation(app, language)  # installed last, so asked first
    return installed + [ours] if ours is not None else installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
