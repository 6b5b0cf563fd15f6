"""First run: the home organisation is chosen or created, the officer named, the samples loaded on request."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partnertracker.domain import Organisation
from partnertracker.errors import UserError
from partnertracker.gui.first_run import (
    FirstRunChoice,
    FirstRunDialog,
    apply_first_run,
    sample_dispatch_files,
)


def _dialog(qtbot, store) -> FirstRunDialog:
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_creating_the_home_organisation_and_loading_the_samples(qtbot, ctx):
    assert ctx.needs_first_run()
    dialog = _dialog(qtbot, ctx.store)
    assert not dialog.start_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.name_edit, "Organisation for Learning and Culture")
    qtbot.keyClicks(dialog.acronym_edit, "OLC")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("MA"))
    assert not dialog.start_button.isEnabled()  # the officer's name is still missing
    qtbot.keyClicks(dialog.officer_edit, "Amal Idrissi")
    assert dialog.samples_box.isChecked()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    home = ctx.store.home_organisation()
    assert (home.name, home.acronym, home.country, home.is_home) == (
        "Organisation for Learning and Culture", "OLC", "MA", True)
    assert ctx.home_organisation_id == home.id
    assert ctx.officer_name == "Amal Idrissi"
    assert not ctx.needs_first_run()
    inbox = ctx.store.list_dispatches(state="new", limit=50)
    assert inbox.total == len(sample_dispatch_files()) >= 5
    assert any("Huawei" in (ctx.store.get_dispatch(row["id"]).text) for row in inbox.rows)


def test_without_the_box_ticked_no_sample_is_loaded(qtbot, ctx):
    dialog = _dialog(qtbot, ctx.store)
    qtbot.keyClicks(dialog.name_edit, "Ministry of Higher Education")
    qtbot.keyClicks(dialog.officer_edit, "Jean Mbeki")
    dialog.samples_box.setChecked(False)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert ctx.store.home_organisation().name == "Ministry of Higher Education"
    assert ctx.store.list_dispatches().total == 0


def test_an_organisation_already_in_the_database_can_be_chosen(qtbot, ctx):
    with ctx.store.transaction():
        ctx.store.add_organisation(Organisation(name="University of Lagos", acronym="UNILAG"))
        ours = ctx.store.add_organisation(Organisation(name="Qalam Heritage Foundation"))
    dialog = _dialog(qtbot, ctx.store)
    assert dialog.existing_button.isChecked()
    dialog.existing_combo.setCurrentIndex(dialog.existing_combo.findData(ours.id))
    qtbot.keyClicks(dialog.officer_edit, "Sara Haddad")
    dialog.samples_box.setChecked(False)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert ctx.home_organisation_id == ours.id
    assert ctx.store.home_organisation().name == "Qalam Heritage Foundation"
    assert ctx.store.list_organisations().total == 2  # chosen, not created again


def test_a_missing_name_is_refused_with_a_sentence_and_nothing_is_written(ctx):
    with pytest.raises(UserError, match="type the name"):
        apply_first_run(ctx.store, FirstRunChoice(officer_name="Amal", name="  "))
    with pytest.raises(UserError, match="type your name"):
        apply_first_run(ctx.store, FirstRunChoice(officer_name=" ", name="OLC"))
    assert ctx.store.list_organisations().total == 0
    assert ctx.needs_first_run()


def test_enter_in_the_last_field_starts_and_never_cancels(qtbot, ctx):
    dialog = _dialog(qtbot, ctx.store)
    qtbot.keyClicks(dialog.name_edit, "Ministry of Higher Education")
    qtbot.keyClicks(dialog.officer_edit, "Jean Mbeki")
    dialog.samples_box.setChecked(False)
    qtbot.keyClick(dialog.officer_edit, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert ctx.store.home_organisation().name == "Ministry of Higher Education"


def _type_country(qtbot, dialog: FirstRunDialog, typed: str) -> None:
    """What an officer does: clear the field, type, press Enter (the completer's popup closes
    without an item chosen)."""
    line = dialog.country_combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["Morocco", "morocco", "MA", "Morocco (MA)", "Moroc", "Maroc", "Marruecos"])
def test_the_country_typed_is_the_one_stored_not_the_one_the_list_was_on(qtbot, ctx, typed):
    dialog = _dialog(qtbot, ctx.store)
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("US"))
    qtbot.keyClicks(dialog.name_edit, "Agence de cooperation numerique")
    qtbot.keyClicks(dialog.officer_edit, "Nadia Berrada")
    dialog.samples_box.setChecked(False)
    _type_country(qtbot, dialog, typed)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert ctx.store.home_organisation().country == "MA"


def test_a_country_not_in_the_list_is_refused_and_the_dialog_keeps_what_was_typed(qtbot, ctx, message_boxes):
    dialog = _dialog(qtbot, ctx.store)
    qtbot.keyClicks(dialog.name_edit, "Agence de cooperation numerique")
    qtbot.keyClicks(dialog.officer_edit, "Nadia Berrada")
    dialog.samples_box.setChecked(False)
    _type_country(qtbot, dialog, "Atlantis")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert any("Atlantis" in text and "not a country" in text for text in message_boxes.texts())
    assert ctx.needs_first_run()  # nothing written
    assert dialog.name_edit.text() == "Agence de cooperation numerique"
    assert dialog.country_combo.currentText() == "Atlantis"


def test_a_cleared_country_is_stored_as_none(qtbot, ctx):
    dialog = _dialog(qtbot, ctx.store)
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("US"))
    qtbot.keyClicks(dialog.name_edit, "Agence de cooperation numerique")
    qtbot.keyClicks(dialog.officer_edit, "Nadia Berrada")
    dialog.samples_box.setChecked(False)
    dialog.country_combo.lineEdit().clear()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert ctx.store.home_organisation().country is None


@pytest.mark.parametrize(("typed", "code"), [("المغرب", "MA"), ("Égypte", "EG"), ("Côte d'Ivoire", "CI")])
def test_a_country_typed_in_another_language_is_found(qtbot, ctx, typed, code):
    dialog = _dialog(qtbot, ctx.store)
    qtbot.keyClicks(dialog.name_edit, "Agence de cooperation numerique")
    qtbot.keyClicks(dialog.officer_edit, "Nadia Berrada")
    dialog.samples_box.setChecked(False)
    dialog.country_combo.setEditText(typed)  # QTest types ASCII only
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert ctx.store.home_organisation().country == code
