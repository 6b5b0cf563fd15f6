"""The main window: its views, how other views plug in, remembered layout, search, import by drop and paste."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from partnertracker.domain import Dispatch, Organisation


def _add_dispatch(store, text: str, title: str) -> int:
    import hashlib

    with store.transaction():
        return store.add_dispatch(
            Dispatch(text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), title=title)
        ).id


def test_the_window_opens_with_every_view_in_the_sidebar(qtbot, home_ctx, show_main_window):
    window = show_main_window(home_ctx)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Dashboard", "Inbox", "Partners", "Visits", "Invitations", "Agreements",
                      "Follow-ups", "Reports"]
    assert window.current_view_key() == "dashboard"
    window.sidebar.setCurrentRow(3)
    assert window.stack.currentWidget() is window.view("visits")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.paste_action.shortcut().toString() == "Ctrl+Shift+V"
    assert [s.toString() for s in window.find_action.shortcuts()] == ["Ctrl+K", "Ctrl+F"]
    assert window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"
    assert window.windowTitle() == "test.sqlite — partnertracker"


def test_ctrl_and_a_digit_bring_a_view_forward(qtbot, home_ctx, show_main_window):
    window = show_main_window(home_ctx)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "invitations"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "dashboard"


def test_a_view_plugs_in_by_key_and_takes_the_placeholder_place(qtbot, home_ctx, show_main_window):
    window = show_main_window(home_ctx)
    partners = QLabel("the partners list")
    opened: list[tuple[str, int]] = []
    window.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    window.add_view("partners", "Partners", partners)
    assert window.view_keys().index("partners") == 2
    window.show_record("organisation", 7)
    assert window.stack.currentWidget() is partners
    assert opened == [("organisation", 7)]


def test_window_size_and_current_view_are_remembered(qtbot, home_ctx, show_main_window):
    window = show_main_window(home_ctx)
    window.resize(700, 520)  # the offscreen screen is 800 x 600
    window.show_view("invitations")
    window.close()
    again = show_main_window(home_ctx)
    assert (again.width(), again.height()) == (700, 520)
    assert again.current_view_key() == "invitations"


def test_ctrl_k_search_finds_a_stored_dispatch_and_enter_opens_it(qtbot, home_ctx, show_main_window):
    dispatch_id = _add_dispatch(
        home_ctx.store, "Rabat, 3 mars - Une délégation de Kinshasa a visité le campus de Salé.",
        "Une délégation de Kinshasa à Salé",
    )
    with home_ctx.store.transaction():
        home_ctx.store.add_organisation(Organisation(name="Université de Kinshasa"))
    window = show_main_window(home_ctx)
    opened: list[tuple[str, int]] = []
    window.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "Kinshasa")
    qtbot.waitUntil(window.search.popup.isVisible, timeout=2000)
    tree = window.search.popup.tree
    rows = [tree.topLevelItem(i).text(0).strip() for i in range(tree.topLevelItemCount())]
    assert rows == ["Partners (1)", "Université de Kinshasa", "Dispatches (1)",
                    "Une délégation de Kinshasa à Salé"]
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # from the partner to the dispatch
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert opened == [("dispatch", dispatch_id)]
    assert window.current_view_key() == "inbox"
    assert not window.search.popup.isVisible()


def test_a_search_that_matches_nothing_says_so(qtbot, home_ctx, show_main_window):
    window = show_main_window(home_ctx)
    window.search.setText("Ouagadougou")
    window.search.run_search()
    tree = window.search.popup.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["Nothing matches."]


def test_dropping_a_folder_imports_its_dispatches_in_the_background(
    qtbot, home_ctx, tmp_path: Path, message_boxes, show_main_window
):
    folder = tmp_path / "wires"
    folder.mkdir()
    (folder / "one.txt").write_text("Nairobi, 2 May - The university signed a memorandum with the agency.\n", encoding="utf-8")
    (folder / "two.txt").write_text("Dakar, 4 May - A ministry delegation visited the faculty of medicine.\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a dispatch")  # not a dispatch suffix: not tried
    (folder / "blank.txt").write_text("  \n", encoding="utf-8")
    window = show_main_window(home_ctx)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    changed: list[str] = []
    home_ctx.events.records_changed.connect(changed.append)
    window.dropEvent(event)
    with qtbot.waitSignal(window.last_import.finished, timeout=20_000):
        pass
    page = home_ctx.store.list_dispatches(state="new")
    assert page.total == 2
    assert sorted(Path(row["source"]).name for row in page.rows) == ["one.txt", "two.txt"]
    assert "2 dispatches imported" in window.statusBar().currentMessage()
    assert "1 skipped" in window.statusBar().currentMessage()
    [warning] = message_boxes.texts("warning")
    assert "blank.txt" in warning and "one.txt" not in warning
    assert "dispatch" in changed


def test_pasted_text_is_imported_once_and_opened_in_the_inbox(qtbot, home_ctx, show_main_window):
    window = show_main_window(home_ctx)
    opened: list[tuple[str, int]] = []
    window.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    text = "Bakou, 10 avril - Le ministère a annoncé un accord de coopération avec l'université."
    first = window.import_pasted_text(text)
    second = window.import_pasted_text(text)
    assert first == second and home_ctx.store.list_dispatches().total == 1
    assert opened == [("dispatch", first), ("dispatch", first)]
    assert "already imported" in window.statusBar().currentMessage()


def test_pasting_nothing_is_a_warning_and_stores_nothing(qtbot, home_ctx, message_boxes, show_main_window):
    window = show_main_window(home_ctx)
    assert window.import_pasted_text("   \n") is None
    assert home_ctx.store.list_dispatches().total == 0
    [warning] = message_boxes.texts("warning")
    assert "empty" in warning


def test_a_view_given_as_a_function_is_built_when_first_shown(qtbot, home_ctx, show_main_window):
    window = show_main_window(home_ctx)
    built: list[QLabel] = []

    def build_reports() -> QLabel:
        built.append(QLabel("reports"))
        return built[-1]

    window.add_view("reports", "Reports", build_reports)
    assert built == []  # registering costs nothing
    window.show_view("reports")
    assert len(built) == 1 and window.stack.currentWidget() is built[0]
    window.show_view("dashboard")
    window.show_view("reports")
    assert len(built) == 1 and window.view("reports") is built[0]


def test_backup_writes_a_copy_that_opens_with_the_same_records(qtbot, home_ctx, tmp_path, monkeypatch, show_main_window):
    from PySide6.QtWidgets import QFileDialog

    from partnertracker.store import open_store

    target = tmp_path / "copies" / "backup.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = show_main_window(home_ctx)
    with qtbot.waitSignal(window.backup().finished, timeout=10_000):
        pass
    assert str(target) in window.statusBar().currentMessage()
    with open_store(target) as copy:
        assert copy.home_organisation().name == "Organisation for Learning and Culture"


def test_a_backup_that_cannot_be_written_says_why(qtbot, home_ctx, tmp_path, monkeypatch, message_boxes, show_main_window):
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder), ""))
    window = show_main_window(home_ctx)
    with qtbot.waitSignal(window.backup().finished, timeout=10_000):
        pass
    [warning] = message_boxes.texts("warning")
    assert "folder" in warning
