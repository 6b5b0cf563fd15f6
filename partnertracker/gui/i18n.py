"""The interface language: which one to use at start-up, and the Qt translators that give it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from partnertracker import APP_NAME
from partnertracker.resources import resource_path

# Languages the interface speaks, with their names as their speakers write them (for the menu).
LANGUAGES = {"en": "English", "fr": "Français"}
ENV_VARIABLE = "PARTNERTRACKER_LANG"
# In the app's QSettings: "en", "fr", or absent to follow the system locale.
LANGUAGE_KEY = "interface/language"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1, _TAG_CONTEXT = 1, 3, 5, 7
_TAGS_WITH_LENGTH = {2, 3, 4, 6, 7, 8}


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


def qm_contexts(data: bytes) -> tuple[str, ...]:
    """The translation contexts a compiled .qm file holds (empty if it is not one)."""
    if not data.startswith(_QM_MAGIC):
        return ()
    contexts = {""}
    pos = len(_QM_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], int.from_bytes(data[pos + 1 : pos + 5], "big")
        pos += 5
        if tag == _QM_MESSAGES:
            contexts |= _message_contexts(data[pos : pos + length])
        pos += length
    return tuple(sorted(contexts))


def _message_contexts(block: bytes) -> set[str]:
    contexts: set[str] = set()
    pos = 0
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
        elif tag in _TAGS_WITH_LENGTH:
            length = int.from_bytes(block[pos : pos + 4], "big")
            pos += 4
            if tag == _TAG_TRANSLATION and length == 0xFFFFFFFF:  # a null translation has no bytes
                continue
            if tag == _TAG_CONTEXT:
                contexts.add(block[pos : pos + length].decode("utf-8", "replace"))
            pos += length
        else:  # a tag this reader does not know: keep what was read so far
            break
    return contexts


class PartnertrackerTranslator(QTranslator):
    """Our .qm, looked up in the caller's context first, then in any context of the file.

    lupdate files a module-level tr() call under the class it is called from (or under no class),
    while the module's tr() asks Qt with its own fixed context ("models", "InboxModel"...): the
    second lookup finds those. Qt's own contexts (QFileDialog...) are left to qtbase's translator,
    so that Qt's "Open" never becomes a follow-up's status.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._contexts: tuple[str, ...] = ()

    def load_file(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError:
            return False
        if not self.load(str(path)):
            return False
        self._contexts = qm_contexts(data)
        return True

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": Qt asks the next translator only after a null answer, and an empty Python
        # string comes back as an empty, non-null one (Qt would show "" instead of the source).
        found = super().translate(context, source_text, disambiguation, n)
        if found:
            return found
        if _is_qt_context(context):
            return None
        for other in self._contexts:
            if other != context:
                found = super().translate(other, source_text, disambiguation, n)
                if found:
                    return found
        return None


def _is_qt_context(context: str | None) -> bool:
    return bool(context) and len(context) > 1 and context[0] == "Q" and context[1].isupper()


def use_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Speak `language` from now on: Qt's and our translations, and dates written its way.

    The locale changes only when the language is not the system's, so that an officer in Quebec
    who keeps French still gets fr_CA's conventions.
    """
    if _language_code(QLocale.system().name()) != language:
        QLocale.setDefault(QLocale(language))
    return install_translators(app, language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and partnertracker's translators for `language`; English needs none.

    A missing or unreadable .qm leaves the interface in English: never a reason not to start.
    """
    if language == "en" or language not in LANGUAGES:
        return []
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = PartnertrackerTranslator(app)
    try:
        qm = resource_path("i18n", f"partnertracker_{language}.qm")
    except FileNotFoundError:  # no resources folder at all
        return installed
    if ours.load_file(qm):
        # Installed last, so asked first.
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
