"""The first-run dialog: choose or create the home organisation, the officer's name, the sample dispatches."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from partnertracker.domain import Organisation, OrganisationKind
from partnertracker.errors import UserError
from partnertracker.extraction.gazetteer import lookup_place
from partnertracker.gui.icons import title_font
from partnertracker.gui.importing import ImportResult, import_paths
from partnertracker.resources import resource_path
from partnertracker.services import setup
from partnertracker.store import Store


@dataclass
class FirstRunChoice:
    """What the officer chose: an existing organisation (its id) or a new one (name, acronym, country)."""

    officer_name: str
    existing_id: int | None = None
    name: str = ""
    acronym: str = ""
    country: str | None = None
    kind: OrganisationKind = OrganisationKind.OTHER
    load_samples: bool = True


def sample_dispatch_files() -> list[Path]:
    """The bundled sample dispatches (the folder's README is not one)."""
    try:
        folder = resource_path("samples")
    except FileNotFoundError:
        return []
    return sorted(p for p in folder.glob("*.txt") if p.is_file())


def apply_first_run(store: Store, choice: FirstRunChoice) -> Organisation:
    """Make the chosen organisation the home one and remember the officer (services/setup.py)."""
    officer = " ".join(choice.officer_name.split())
    if not officer:  # checked first, so that a refusal leaves no home organisation behind
        raise UserError(QCoreApplication.translate(
            "FirstRunDialog", "type your name: it becomes the default owner of follow-ups"))
    home = setup.set_home_organisation(
        store, choice.name, acronym=choice.acronym or None, country=choice.country,
        kind=choice.kind, existing_id=choice.existing_id,
    )
    setup.set_officer_name(store, officer)
    return home


def load_sample_dispatches(store: Store) -> ImportResult:
    """Import the sample dispatches so that a new officer has something to review."""
    return import_paths(store, [str(p) for p in sample_dispatch_files()])


def countries(locale: QLocale | None = None) -> list[tuple[str, str]]:
    """(name, ISO alpha-2 code) of every country Qt knows, sorted by name in the officer's language."""
    found: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code not in found:
            found[code] = QLocale.territoryToString(territory)
    return sorted(((name, code) for code, name in found.items()), key=lambda pair: pair[0].casefold())


class FirstRunDialog(QDialog):
    """Asked once per database, before the main window opens."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.result_organisation: Organisation | None = None
        self.samples_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Welcome to partnertracker"))

        heading = QLabel(self.tr("Welcome to partnertracker"))
        heading.setFont(title_font(self.font(), 1.4))
        intro = QLabel(self.tr(
            "This database keeps the partners, visits, invitations and agreements of one "
            "organisation: yours. Visits and invitations are seen from it (incoming, outgoing, "
            "issued, received)."
        ))
        intro.setWordWrap(True)

        known = [o for o in store.known_organisations() if not o.get("is_home")]
        self.existing_button = QRadioButton(self.tr("My organisation is already in the database:"))
        self.existing_combo = QComboBox()
        for organisation in known:
            label = organisation["name"]
            if organisation.get("acronym") and organisation["acronym"] != label:
                label = f"{label} ({organisation['acronym']})"
            self.existing_combo.addItem(label, organisation["id"])
        self.new_button = QRadioButton(self.tr("Create my organisation:"))
        group = QButtonGroup(self)
        group.addButton(self.existing_button)
        group.addButton(self.new_button)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Ministry of Higher Education"))
        self.acronym_edit = QLineEdit()
        self.acronym_edit.setPlaceholderText(self.tr("optional"))
        self.acronym_edit.setMaxLength(30)
        self.kind_combo = QComboBox()
        for kind, label in self._kinds():
            self.kind_combo.addItem(label, kind)
        self.country_combo = QComboBox()
        self.country_combo.addItem(self.tr("(not set)"), None)
        for name, code in countries():
            self.country_combo.addItem(f"{name} ({code})", code)
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country_combo.completer().setCompletionMode(self.country_combo.completer().CompletionMode.PopupCompletion)
        territory_code = QLocale.territoryToCode(QLocale().territory())
        index = self.country_combo.findData(territory_code)
        if index > 0:
            self.country_combo.setCurrentIndex(index)

        self.new_form = QWidget()
        new_form = QFormLayout(self.new_form)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("&Name:"), self.name_edit)
        new_form.addRow(self.tr("&Acronym:"), self.acronym_edit)
        new_form.addRow(self.tr("&Kind:"), self.kind_combo)
        new_form.addRow(self.tr("&Country:"), self.country_combo)

        organisation_box = QGroupBox(self.tr("Your organisation"))
        organisation_layout = QVBoxLayout(organisation_box)
        if known:
            # Under each choice, indented, what it asks for.
            organisation_layout.addWidget(self.existing_button)
            existing_row = QHBoxLayout()
            existing_row.setContentsMargins(24, 0, 0, 0)
            existing_row.addWidget(self.existing_combo)
            organisation_layout.addLayout(existing_row)
            organisation_layout.addWidget(self.new_button)
            new_form.setContentsMargins(24, 0, 0, 0)
        organisation_layout.addWidget(self.new_form)

        self.officer_edit = QLineEdit()
        self.officer_edit.setPlaceholderText(self.tr("as it should appear on follow-ups"))
        officer_box = QGroupBox(self.tr("You"))
        officer_form = QFormLayout(officer_box)
        officer_form.addRow(self.tr("Your &name:"), self.officer_edit)

        self.samples_box = QCheckBox(self.tr("Load the sample dispatches (French and English) to try the review"))
        self.samples_box.setChecked(bool(sample_dispatch_files()))
        self.samples_box.setEnabled(bool(sample_dispatch_files()))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        # Enter in a field must start, never cancel what was typed.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(organisation_box)
        layout.addWidget(officer_box)
        layout.addWidget(self.samples_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.existing_button.setVisible(bool(known))
        self.existing_combo.setVisible(bool(known))
        (self.existing_button if known else self.new_button).setChecked(True)
        for signal in (self.existing_button.toggled, self.name_edit.textChanged, self.officer_edit.textChanged):
            signal.connect(self._update)
        self._update()
        self.setMinimumWidth(560)
        (self.officer_edit if known else self.name_edit).setFocus()

    def _kinds(self) -> list[tuple[OrganisationKind, str]]:
        return [
            (OrganisationKind.INTERGOVERNMENTAL, self.tr("Intergovernmental organisation")),
            (OrganisationKind.GOVERNMENT, self.tr("Government or ministry")),
            (OrganisationKind.UNIVERSITY, self.tr("University")),
            (OrganisationKind.COMPANY, self.tr("Company")),
            (OrganisationKind.NGO, self.tr("NGO")),
            (OrganisationKind.FOUNDATION, self.tr("Foundation")),
            (OrganisationKind.MEDIA, self.tr("Media")),
            (OrganisationKind.OTHER, self.tr("Other")),
        ]

    def _update(self) -> None:
        creating = self.new_button.isChecked()
        self.new_form.setEnabled(creating)
        self.existing_combo.setEnabled(not creating)
        ready = bool(self.officer_edit.text().strip()) and (
            not creating or bool(self.name_edit.text().strip())
        )
        self.start_button.setEnabled(ready)
        self.start_button.setDefault(ready)

    def choice(self) -> FirstRunChoice:
        creating = self.new_button.isChecked()
        return FirstRunChoice(
            officer_name=self.officer_edit.text(),
            existing_id=None if creating else self.existing_combo.currentData(),
            name=self.name_edit.text(),
            acronym=self.acronym_edit.text(),
            country=self.chosen_country() if creating else None,
            kind=self.kind_combo.currentData() if creating else OrganisationKind.OTHER,
            load_samples=self.samples_box.isChecked(),
        )

    def chosen_country(self) -> str | None:
        """The code of the country the field shows. What was typed counts, not the item last chosen:
        typing "Morocco" and pressing Enter leaves the list on its old item (the completer's popup
        closes without choosing), and the officer must not get that old country."""
        combo = self.country_combo
        typed = " ".join(combo.currentText().split())
        if typed == combo.itemText(combo.currentIndex()):
            return combo.currentData()
        if not typed:
            return None
        wanted = typed.casefold()
        names = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
        for text, code in names:
            # The full item, its name alone ("Morocco") or its code ("MA").
            if wanted in (text.casefold(), text.rsplit(" (", 1)[0].casefold(), (code or "").casefold()):
                return code
        # The list names countries in English; "Maroc", "Marruecos" or "المغرب" is found through the
        # gazetteer, which knows them in every language the engine reads.
        place = lookup_place(typed)
        if place is not None and place.is_country and combo.findData(place.country) > 0:
            return place.country
        containing = [code for text, code in names if wanted in text.casefold()]
        if len(containing) == 1:
            return containing[0]
        raise UserError(QCoreApplication.translate(
            "FirstRunDialog", "“{typed}” is not a country of the list: choose one from the list, or clear the field."
        ).format(typed=typed))

    def accept(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from partnertracker.gui.errors import show_exception

        try:
            choice = self.choice()
            self.result_organisation = apply_first_run(self.store, choice)
        except UserError as error:
            show_exception(error, self)
            return
        if choice.load_samples:
            # Seven short texts: quick enough to import here, before the main window exists.
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.samples_result = load_sample_dispatches(self.store)
            finally:
                QGuiApplication.restoreOverrideCursor()
        super().accept()
