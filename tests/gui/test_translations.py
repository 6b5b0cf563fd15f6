"""The French translation and the English plural forms: complete, compiled, loaded at start-up, and
what the officer reads with them."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from partnertracker.domain import (
    AgreementKind,
    AgreementStatus,
    DispatchState,
    FollowUpStatus,
    InvitationDirection,
    InvitationPurpose,
    InvitationStatus,
    OrganisationKind,
    Priority,
    RelationshipStatus,
    VisitDirection,
    VisitStatus,
)
from partnertracker.gui import i18n
from partnertracker.gui.models import STORED_WORDS, words
from partnertracker.reports import plurals
from partnertracker.resources import resource_path
from partnertracker.services.importing import import_text
from partnertracker.store import open_store

TS = resource_path("i18n", "partnertracker_fr.ts")
QM = resource_path("i18n", "partnertracker_fr.qm")
# Only the strings with a count, as Qt's "Handling Plurals" recommends: "%n record(s)" -> "1 record".
EN_TS = resource_path("i18n", "partnertracker_en.ts")
EN_QM = resource_path("i18n", "partnertracker_en.qm")
SAMPLE = resource_path("samples", "01_fr_icesco_huawei_pekin.txt")
# An English dispatch whose proposal names four cooperation areas.
AREAS_SAMPLE = resource_path("samples", "06_en_mission_two_visits.txt")
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
PACKAGE = Path(i18n.__file__).resolve().parent.parent
SOURCES = [PACKAGE / "gui", PACKAGE / "reports"]  # what tools/update_translations.py has lupdate read

FRENCH_SIDEBAR = ["Tableau de bord", "Boîte de réception", "Partenaires", "Visites", "Invitations",
                  "Accords", "Suivis", "Rapports"]
ENGLISH_SIDEBAR = ["Dashboard", "Inbox", "Partners", "Visits", "Invitations", "Agreements",
                   "Follow-ups", "Reports"]


def _messages(ts: Path = TS) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%\d+|%L?n", text))


def _forms(message: ET.Element) -> list[str]:
    """A message's translations: its numerus forms (singular, plural), or its one translation."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _numerus(ts: Path) -> set[tuple[str, str]]:
    return {(c, s) for c, s, m in _messages(ts) if m.get("numerus") == "yes"}


@pytest.fixture
def language(qapp):
    """Install the translators of a language for one test, removed after it."""
    installed = []

    def install(code: str):
        installed.extend(i18n.install_translators(qapp, code))
        return installed

    yield install
    i18n.remove_translators(qapp, installed)



def _accelerators(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for text in texts if (m := re.search(r"&([^&\s])", text))]


# -- the files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=["fr", "en"])
def test_every_string_is_translated_with_its_placeholders_and_one_accelerator(ts):
    messages = _messages(ts)
    assert len(messages) > (500 if ts == TS else 20)
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        assert translation.get("type") not in {"unfinished", "vanished", "obsolete"}, where
        forms = _forms(message)
        # French and English both have two forms: one (0 and 1 in French), and more.
        assert len(forms) == (2 if message.get("numerus") == "yes" else 1), where
        for text in forms:
            assert text.strip(), where
            assert "(s)" not in text and "(es)" not in text, where  # what the forms are for
            assert _placeholders(text) == _placeholders(source), where
            assert text.count("&") == source.count("&"), where
            assert "&amp;" not in text, where  # escaped twice: the officer would read "amp;"


def test_the_english_file_holds_exactly_the_strings_with_a_count():
    assert {m.get("numerus") for _c, _s, m in _messages(EN_TS)} == {"yes"}
    assert _numerus(EN_TS) == _numerus(TS)
    assert len(_numerus(TS)) >= 20


def test_every_string_the_code_shows_is_in_the_ts(tmp_path):
    """Fails when a tr() was added or changed and tools/update_translations.py was not run: the
    French officer would read that string in English."""
    lupdate = LRELEASE.with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for folder in ("gui", "reports") for p in (root / "partnertracker" / folder).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-silent", "-ts", str(fresh)], check=True,
                   capture_output=True)
    missing = [f"{context}: {source!r}" for context, source, message in _messages(fresh)
               if message.find("translation").get("type") == "unfinished"]
    assert missing == [], "run tools/update_translations.py and translate these"


@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (EN_TS, EN_QM)], ids=["fr", "en"])
def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path, ts, qm):
    """Fails when the .ts changed and tools/update_translations.py --release-only was not run."""
    if not LRELEASE.exists():
        found = shutil.which("pyside6-lrelease")
        if found is None:
            pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "fresh.qm"
    lrelease = str(LRELEASE) if LRELEASE.exists() else "pyside6-lrelease"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == qm.read_bytes(), "run tools/update_translations.py --release-only"


@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (EN_TS, EN_QM)], ids=["fr", "en"])
def test_qt_finds_every_translation_of_the_ts_in_the_context_lupdate_filed_it_under(ts, qm):
    """A plain QTranslator, no fallback: what the officer gets is what each call site asks for."""
    translator = QTranslator()
    assert translator.load(str(qm))
    for context, source, message in _messages(ts):
        comment, where = message.findtext("comment"), f"{context}: {source!r}"
        if message.get("numerus") != "yes":
            assert translator.translate(context, source, comment) == message.findtext("translation"), where
            continue
        # Both languages: the first form for 1 (and for 0 in French), the second for more.
        for n, form in zip((1, 5), _forms(message), strict=True):
            assert translator.translate(context, source, comment, n) == form, where


def _subclassed(paths: list[Path]) -> set[str]:
    """The classes of these modules that another of their classes derives from."""
    bases: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases |= {b.id for b in node.bases if isinstance(b, ast.Name)}
    return bases


def _asked_contexts(path: Path, subclassed: frozenset[str] = frozenset()) -> tuple[set[str], list[str]]:
    """The contexts a module's calls ask Qt under, and the calls whose context lupdate cannot know."""
    asked: set[str] = set()
    unknown: list[str] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.JoinedStr) and any(
                    isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) in {"tr", "translate"}
                    for n in ast.walk(child)):
                unknown.append(f"{path.name}:{child.lineno}: tr() inside an f-string, which lupdate does not read")
            if isinstance(child, ast.Call):
                func, where = child.func, f"{path.name}:{child.lineno}"
                first = child.args[0] if child.args else None
                literal = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
                receiver = getattr(func, "value", None)
                if isinstance(func, ast.Name) and func.id in {"QT_TRANSLATE_NOOP", "translate"} \
                        or isinstance(func, ast.Attribute) and func.attr == "translate" and (
                            literal is not None and len(child.args) >= 2
                            or isinstance(receiver, ast.Name) and receiver.id in {"QCoreApplication", "QApplication"}):
                    # QCoreApplication.translate(context, text), app.translate(...), translate(...) with
                    # translate = QCoreApplication.translate; not str.translate(table), painter.translate(x, y)
                    if literal is None:
                        unknown.append(f"{where}: translate() without a literal context")
                    else:
                        asked.add(literal)
                    if len(child.args) >= 4 or any(k.arg == "n" for k in child.keywords):
                        # lupdate's Python reader takes a count there for the old encoding argument
                        # and files a plain string, whose forms Qt then never finds.
                        unknown.append(f"{where}: translate() with a count; write Counts.tr(text, '', n)")
                elif isinstance(func, ast.Name) and func.id == "tr":
                    # lupdate files a bare tr() under "", which Qt is never asked for.
                    unknown.append(f"{where}: bare tr()")
                elif isinstance(func, ast.Attribute) and func.attr == "tr":
                    owner = func.value.id if isinstance(func.value, ast.Name) else None
                    if owner == "self" and cls:
                        asked.add(cls)
                        if len(child.args) >= 3 and cls in subclassed:
                            # PySide asks under the subclass's name first, and a count string with
                            # its %n replaced looks translated there: it never reaches the base's.
                            unknown.append(f"{where}: self.tr() with a count in {cls}, which has "
                                           f"subclasses; write {cls}.tr()")
                    elif owner and owner[:1].isupper():  # SearchResults.tr(...)
                        asked.add(owner)
                    else:  # lupdate would file window.tr() under "window", Qt asks "MainWindow"
                        unknown.append(f"{where}: {ast.unparse(func)}()")
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return asked, unknown


def test_the_code_asks_qt_only_under_the_contexts_of_the_ts():
    asked: set[str] = set()
    unknown: list[str] = []
    paths = sorted(p for folder in SOURCES for p in folder.rglob("*.py"))
    subclassed = frozenset(_subclassed(paths))
    for path in paths:
        found, bad = _asked_contexts(path, subclassed)
        asked |= found
        unknown += bad
    assert unknown == []
    in_ts = {context for context, _s, _m in _messages()}
    assert asked - in_ts == set(), "run tools/update_translations.py"
    assert {context for context, _s in _numerus(EN_TS)} <= asked
    # A context no call asks under holds translations nobody sees ("" for a bare tr(), say).
    assert in_ts - asked == set()


def test_the_context_scan_sees_what_lupdate_would_misfile(tmp_path):
    module = tmp_path / "misfiled.py"
    module.write_text("def tr(text):\n    return text\n\n\nclass MainWindow:\n"
                      "    def build(self, window):\n        return tr('a'), window.tr('b'), self.tr('c')\n\n"
                      "    def hint(self):\n        return f\"({self.tr('d')})\"\n")
    asked, unknown = _asked_contexts(module)
    assert asked == {"MainWindow"}
    assert [u.split(": ")[1] for u in unknown] == [
        "bare tr()", "window.tr()", "tr() inside an f-string, which lupdate does not read"]


def test_the_context_scan_sees_counts_lupdate_or_pyside_would_lose(tmp_path):
    module = tmp_path / "counts.py"
    module.write_text("from PySide6.QtCore import QCoreApplication\n\n\nclass ListView:\n"
                      "    def count(self, n):\n        return self.tr('%n record(s)', '', n)\n\n"
                      "    def deleted(self, n):\n"
                      "        return QCoreApplication.translate('undo', 'Delete %n record(s)', '', n)\n\n\n"
                      "class PartnerList(ListView):\n    pass\n")
    assert _subclassed([module]) == {"ListView"}
    _asked, unknown = _asked_contexts(module, frozenset({"ListView"}))
    assert [u.split(": ")[1] for u in unknown] == [
        "self.tr() with a count in ListView, which has subclasses; write ListView.tr()",
        "translate() with a count; write Counts.tr(text, '', n)"]
    _asked, unknown = _asked_contexts(module)  # not subclassed: self.tr() is fine
    assert len(unknown) == 1


# -- what the officer reads ---------------------------------------------------------------------


def test_in_french_the_navigation_and_menus_read_in_french(qtbot, home_ctx, language, show_main_window):
    language("fr")
    window = show_main_window(home_ctx)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == FRENCH_SIDEBAR
    assert [a.text() for a in window.menuBar().actions()] == ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
    assert window.import_action.text() == "&Importer…"
    assert window.windowTitle() == "test.sqlite — partnertracker"


def test_in_french_each_menu_has_distinct_accelerators(qtbot, home_ctx, language, show_main_window):
    language("fr")
    window = show_main_window(home_ctx)
    menus = [window.menuBar()] + window.menuBar().findChildren(QMenu)
    assert len(menus) > 5
    for menu in menus:
        letters = _accelerators([a.text() for a in menu.actions()])
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]


def test_in_french_the_review_of_a_dispatch_reads_in_french(qtbot, home_ctx, language, show_main_window):
    language("fr")
    dispatch_id = import_text(home_ctx.store, SAMPLE.read_text(encoding="utf-8")).dispatch.id
    window = show_main_window(home_ctx)
    window.show_view("inbox")
    inbox = window.view("inbox")
    # The Inbox's columns come through the module-level tr() of its model.
    headers = [inbox.model.headerData(c, Qt.Orientation.Horizontal) for c in range(inbox.model.columnCount())]
    assert "Langue" in headers
    inbox.open_dispatch(dispatch_id)
    review = inbox.review
    assert inbox.stack.currentWidget() is review
    assert review.accept_button.text() == "Accepter"
    assert review.reject_button.text() == "Rejeter"
    assert review.back_button.text() == "← Boîte de réception"
    labels = [label.text() for label in review.findChildren(QLabel)]
    assert any(text.startswith("Décochez ce qui est faux") for text in labels), labels
    # Stored values in the proposal's lines read in French too.
    assert review.model.summary("organisations", {"name": "Huawei", "kind": "company", "country": "CN"}) \
        == "Huawei — entreprise, CN"


def test_in_english_only_the_plural_forms_are_installed(qtbot, qapp, home_ctx, english_plurals, language,
                                                        show_main_window):
    i18n.remove_translators(qapp, english_plurals)  # what the app itself installs, asked for again here
    [ours] = language("en")
    assert Path(ours.filePath()).name == "partnertracker_en.qm"
    window = show_main_window(home_ctx)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ENGLISH_SIDEBAR
    assert window.view("inbox").count_label.text() == "0 dispatches waiting for review"


def test_a_missing_qm_leaves_the_interface_in_english(qtbot, home_ctx, language, monkeypatch, tmp_path, show_main_window):
    monkeypatch.setattr(plurals, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    language("fr")
    window = show_main_window(home_ctx)
    assert window.sidebar.item(1).text() == "Inbox"


def test_a_damaged_qm_leaves_the_interface_in_english(qtbot, home_ctx, language, monkeypatch, tmp_path):
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "partnertracker_fr.qm").write_bytes(b"\x00 half a file")
    monkeypatch.setattr(plurals, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    language("fr")
    assert QApplication.translate("MainWindow", "Partners") == "Partners"


def test_qt_own_strings_are_not_taken_from_ours(language):
    language("fr")
    # "Open" is a follow-up status in ours ("À faire"); Qt's file dialog button must not say that.
    assert QApplication.translate("FollowUpsView", "Open") == "À faire"
    assert QApplication.translate("QFileDialog", "Open") != "À faire"


# -- how the language is chosen -----------------------------------------------------------------


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def system_locale(monkeypatch):
    def set_system(name: str) -> None:
        monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(name)))

    return set_system


def test_the_language_follows_the_system_locale(monkeypatch, settings, system_locale):
    monkeypatch.delenv(i18n.ENV_VARIABLE, raising=False)
    system_locale("fr_CA")
    assert i18n.chosen_language(settings) == "fr"
    system_locale("de_DE")  # not translated: English
    assert i18n.chosen_language(settings) == "en"


def test_the_saved_choice_beats_the_system_and_the_variable_beats_both(monkeypatch, settings, system_locale):
    monkeypatch.delenv(i18n.ENV_VARIABLE, raising=False)
    system_locale("fr_FR")
    i18n.save_language("en", settings)
    assert i18n.chosen_language(settings) == "en"
    monkeypatch.setenv(i18n.ENV_VARIABLE, "fr")
    assert i18n.chosen_language(settings) == "fr"
    monkeypatch.setenv(i18n.ENV_VARIABLE, "klingon")  # not spoken: ignored, the saved choice stands
    assert i18n.chosen_language(settings) == "en"
    i18n.save_language(None, settings)
    monkeypatch.delenv(i18n.ENV_VARIABLE)
    assert i18n.chosen_language(settings) == "fr"


def test_view_language_saves_the_choice_for_the_next_start(qtbot, home_ctx, show_main_window):
    window = show_main_window(home_ctx)
    window.language_actions["fr"].trigger()
    assert i18n.saved_language(home_ctx.settings.qsettings) == "fr"
    assert window.language_actions["fr"].isChecked()
    assert "next time" in window.statusBar().currentMessage()
    window.language_actions[None].trigger()
    assert i18n.saved_language(home_ctx.settings.qsettings) is None


def test_dates_follow_the_chosen_language_when_it_is_not_the_system_s(qapp, monkeypatch, system_locale):
    from partnertracker.gui.formatting import partial_date

    system_locale("en_GB")
    previous = QLocale()
    installed = i18n.use_language(qapp, "fr")
    try:
        assert partial_date("2025-07-14") == "14 juil. 2025"
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(previous)


@pytest.mark.parametrize("enum", [OrganisationKind, RelationshipStatus, VisitDirection, VisitStatus,
                                  InvitationDirection, InvitationPurpose, InvitationStatus, AgreementKind,
                                  AgreementStatus, FollowUpStatus, Priority, DispatchState])
def test_every_stored_value_a_view_shows_has_french_words(language, enum):
    language("fr")
    for member in enum:
        shown = words(member.value)
        assert shown in STORED_WORDS, f"add QT_TRANSLATE_NOOP('models', {shown!r}) to STORED_WORDS"
        assert QApplication.translate("models", shown) != shown or shown in {"Invitation", "Programme"}, shown
    assert QApplication.translate("models", words("government")) == "Gouvernement"


def test_in_french_each_form_has_distinct_accelerators(qtbot, home_ctx, language, show_main_window):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    from partnertracker.gui.first_run import FirstRunDialog
    from partnertracker.gui.views.visits import VisitForm

    language("fr")
    window = show_main_window(home_ctx)
    window.show_view("partners")
    forms = [VisitForm(home_ctx), FirstRunDialog(home_ctx.store), window.view("partners")]
    for form in forms:
        qtbot.addWidget(form)
        texts = [w.text() for w in form.findChildren(QLabel) + form.findChildren(QAbstractButton)]
        texts += [w.title() for w in form.findChildren(QGroupBox)]
        letters = _accelerators(texts)
        assert len(letters) >= 5, (type(form).__name__, texts)
        assert len(letters) == len(set(letters)), (type(form).__name__, sorted(t for t in texts if "&" in t))


def test_in_french_the_messages_the_gui_raises_read_in_french(language):
    from partnertracker.errors import UserError
    from partnertracker.gui.views.record_list import checked_date

    language("fr")
    with pytest.raises(UserError) as raised:
        checked_date("bientôt", QApplication.translate("FollowUpsView", "due date"), whole_day=True)
    assert str(raised.value) == ("«\u00a0bientôt\u00a0» n'est pas une date d'échéance valide\u00a0: "
                                 "écrivez-la sous la forme AAAA-MM-JJ (p.\u00a0ex. 2025-07-14)")


# -- cooperation areas and undo entries ---------------------------------------------------------


def test_in_french_the_review_names_an_english_dispatch_s_areas_in_french(qtbot, home_ctx, language,
                                                                        show_main_window):
    language("fr")
    dispatch_id = import_text(home_ctx.store, AREAS_SAMPLE.read_text(encoding="utf-8")).dispatch.id
    window = show_main_window(home_ctx)
    window.show_view("inbox")
    inbox = window.view("inbox")
    inbox.open_dispatch(dispatch_id)
    model = inbox.review.model
    section = model.section_index("areas")
    assert model.data(section).startswith("Domaines de coopération")
    shown = [model.data(model.index(row, 0, section)) for row in range(model.rowCount(section))]
    assert "intelligence artificielle" in shown, shown
    assert "formation des enseignants" in shown, shown
    assert not any("artificial" in text for text in shown), shown
    inbox.review.tree.setCurrentIndex(model.index(shown.index("intelligence artificielle"), 0, section))
    assert inbox.review.editors["label"].text() == "intelligence artificielle"


def test_in_english_the_review_names_areas_in_english(qtbot, home_ctx, language):
    from partnertracker.gui.views.review_model import ProposalModel

    language("en")
    model = ProposalModel({"areas": [{"key": "artificial-intelligence", "label": "intelligence artificielle"}]})
    assert model.summary("areas", model.items("areas")[0]) == "artificial intelligence"


def test_in_french_the_visit_form_lists_areas_in_french(qtbot, home_ctx, language):
    from partnertracker.domain import CooperationArea
    from partnertracker.gui.views.visits import VisitForm

    home_ctx.store.add_cooperation_area(CooperationArea(
        "teacher-training", {"en": "teacher training", "fr": "formation des enseignants"}))
    home_ctx.store.add_cooperation_area(CooperationArea("robotics", {"en": "robotics"}))  # no French label
    language("fr")
    form = VisitForm(home_ctx)
    qtbot.addWidget(form)
    assert [form.areas.item(i).text() for i in range(form.areas.count())] == [
        "robotics", "formation des enseignants"]


def test_in_french_undo_entries_name_the_record_kind_in_french(home_ctx, language):
    from partnertracker.gui.undo import DeleteRecords

    language("fr")
    assert DeleteRecords(home_ctx, "follow_up", [1, 2]).text() == "Supprimer 2 suivis"
    assert DeleteRecords(home_ctx, "follow_up", [1]).text() == "Supprimer 1 suivi"
    assert DeleteRecords(home_ctx, "person", [1, 2, 3]).text() == "Supprimer 3 personnes"


# -- counts: "1 record", "7 dispatches" -----------------------------------------------------------


def _import_samples(store, count: int) -> None:
    samples = sorted(resource_path("samples").glob("*.txt"))[:count]
    for sample in samples:
        import_text(store, sample.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("code", "one", "several"), [
    ("en", "1 dispatch waiting for review", "3 dispatches waiting for review"),
    ("fr", "1 dépêche en attente de relecture", "3 dépêches en attente de relecture"),
])
def test_the_inbox_counts_its_dispatches_in_words_that_agree(qtbot, home_ctx, language, code, one, several):
    from partnertracker.gui.views.inbox import InboxView

    language(code)
    _import_samples(home_ctx.store, 1)
    inbox = InboxView(home_ctx)
    qtbot.addWidget(inbox)
    assert inbox.count_label.text() == one
    _import_samples(home_ctx.store, 3)
    inbox.refresh()
    assert inbox.count_label.text() == several


@pytest.mark.parametrize(("code", "one", "several"), [
    ("en", "1 record", "2 records"), ("fr", "1 fiche", "2 fiches")])
def test_a_list_counts_its_records_in_words_that_agree(qtbot, home_ctx, language, show_main_window,
                                                        code, one, several):
    from partnertracker.domain import Organisation

    language(code)
    window = show_main_window(home_ctx)
    window.show_view("partners")
    partners = window.view("partners").list
    qtbot.waitUntil(lambda: partners.model.total == 1, timeout=2000)  # the home organisation
    assert partners.count_label.text() == one
    home_ctx.store.add_organisation(Organisation(name="Université de Kinshasa", country="CD"))
    home_ctx.records_changed("organisation")
    qtbot.waitUntil(lambda: partners.count_label.text() == several, timeout=2000)


def test_a_list_s_count_is_written_with_the_locale_s_digit_grouping(qtbot, home_ctx, language):
    from partnertracker.gui.views.record_list import RecordListView

    language("fr")
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        # What _show_count asks for; a subclass's count must reach RecordListView's translation.
        assert RecordListView.tr("%Ln record(s)", "", 12345) == "12\u202f345 fiches"
    finally:
        QLocale.setDefault(previous)


class _Written:
    """What accept_proposal() reports having written, as the review's status line reads it."""

    def __init__(self, **lists) -> None:
        for section in ("organisations", "people", "visits", "invitations", "agreements", "follow_ups", "areas"):
            setattr(self, section, lists.get(section, []))
        self.linked = lists.get("linked", {})
        self.left_out = lists.get("left_out", [])


@pytest.mark.parametrize(("code", "one", "several"), [
    ("en",
     "Accepted: 1 organisation (1 linked to an existing record), 1 person, 1 visit, 1 area written; "
     "the dispatch is reviewed. 1 item left out for want of an organisation.",
     "Accepted: 2 organisations (2 linked to existing records), 3 people, 2 visits, 2 invitations, "
     "2 agreements, 4 follow-ups, 2 areas written; the dispatch is reviewed. "
     "2 items left out for want of an organisation."),
    ("fr",
     "Acceptée\u00a0: 1 organisation (1 liée à une fiche existante), 1 personne, 1 visite, 1 domaine dans "
     "la base\u00a0; la dépêche est relue. 1 élément laissé de côté faute d'organisation.",
     "Acceptée\u00a0: 2 organisations (2 liées à des fiches existantes), 3 personnes, 2 visites, "
     "2 invitations, 2 accords, 4 suivis, 2 domaines dans la base\u00a0; la dépêche est relue. "
     "2 éléments laissés de côté faute d'organisation."),
])
def test_the_accept_message_gives_each_count_its_own_agreement(qtbot, home_ctx, language, code, one, several):
    from partnertracker.gui.views.review import ReviewView

    language(code)
    review = ReviewView(home_ctx)
    qtbot.addWidget(review)
    written = _Written(organisations=[1], people=[1], visits=[1], areas=["culture"],
                       linked={"organisation": [1]}, left_out=["v2"])
    assert review._accepted_message({}, written) == one
    written = _Written(organisations=[1, 2], people=[1, 2, 3], visits=[1, 2], invitations=[1, 2],
                       agreements=[1, 2], follow_ups=[1, 2, 3, 4], areas=["culture", "health"],
                       linked={"organisation": [1, 2]}, left_out=["v2", "i3"])
    assert review._accepted_message({}, written) == several


@pytest.mark.parametrize(("code", "one", "several"), [
    ("en", ("Delete 1 follow-up", "Delete 1 dispatch", "Delete 1 person"),
     ("Delete 2 follow-ups", "Delete 2 dispatches", "Delete 2 people")),
    ("fr", ("Supprimer 1 suivi", "Supprimer 1 dépêche", "Supprimer 1 personne"),
     ("Supprimer 2 suivis", "Supprimer 2 dépêches", "Supprimer 2 personnes")),
])
def test_the_edit_menu_s_delete_entry_names_the_records_in_words_that_agree(home_ctx, language, code, one,
                                                                           several):
    from partnertracker.gui.undo import DeleteRecords

    language(code)
    kinds = ("follow_up", "dispatch", "person")
    assert tuple(DeleteRecords(home_ctx, kind, [1]).text() for kind in kinds) == one
    assert tuple(DeleteRecords(home_ctx, kind, [1, 2]).text() for kind in kinds) == several


@pytest.mark.parametrize(("code", "summary"), [
    ("en", "1 dispatch imported, 2 already there, 0 skipped."),
    ("fr", "1 dépêche importée, 2 déjà présentes, 0 ignorée."),
])
def test_the_import_summary_gives_each_count_its_own_agreement(qtbot, home_ctx, language, show_main_window,
                                                               code, summary):
    from partnertracker.gui.importing import ImportResult

    language(code)
    window = show_main_window(home_ctx)
    result = ImportResult(imported_ids=[7], duplicates=2, skipped=[])
    assert window.importer.summary(result) == summary


def test_without_the_english_file_the_app_starts_in_english_with_the_raw_counts(
        qtbot, qapp, db_path, english_plurals, monkeypatch, tmp_path):
    from partnertracker.gui import app as gui_app
    from partnertracker.gui.main_window import MainWindow
    from partnertracker.services.setup import set_home_organisation

    i18n.remove_translators(qapp, english_plurals)
    monkeypatch.setattr(plurals, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with open_store(db_path) as store:
        set_home_organisation(store, name="Organisation for Learning and Culture")
        _import_samples(store, 1)
    assert i18n.use_language(qapp, "en") == []
    window = gui_app.start(gui_app.make_application(), str(db_path))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.sidebar.item(1).text().startswith("Inbox")
    assert window.view("inbox").count_label.text() == "1 dispatch(es) waiting for review"
    window.close()
    window.ctx.store.close()


# -- the partner timeline ------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), [
    ("en", ["Invitation from Organisation for Learning and Culture to Université de Kinshasa (pending)",
            "(untitled dispatch)", "Visit to Université de Kinshasa in Kinshasa", "Visit in Lubumbashi",
            "Visit"]),
    ("fr", ["Invitation adressée par Organisation for Learning and Culture à Université de Kinshasa "
            "(en attente)", "(dépêche sans titre)", "Visite chez Université de Kinshasa à Kinshasa",
            "Visite à Lubumbashi", "Visite"]),
])
def test_a_partner_s_timeline_reads_in_the_interface_language(home_ctx, language, code, expected):
    from partnertracker.domain import Dispatch, Invitation, Organisation, Visit
    from partnertracker.gui.models import TimelineModel

    language(code)
    store = home_ctx.store
    home = store.home_organisation().id
    unikin = store.add_organisation(Organisation(name="Université de Kinshasa", country="CD")).id
    wire = store.add_dispatch(Dispatch(text="Kinshasa, 14 July.", sha256="k" * 64, published_on="2025-07-15"))
    store.add_visit(Visit(date="2025-07-14", host_id=unikin, visitor_ids=[home], city="Kinshasa",
                          dispatch_id=wire.id))
    store.add_visit(Visit(date="2025-06-01", visitor_ids=[unikin], city="Lubumbashi"))
    store.add_visit(Visit(date="2025-05-01", visitor_ids=[unikin]))
    store.add_invitation(Invitation(inviter_id=home, invitee_id=unikin, issued_on="2025-08-01"))
    model = TimelineModel(store, unikin)
    what = model.column_of("title")
    assert [model.data(model.index(r, what)) for r in range(model.rowCount())] == expected
