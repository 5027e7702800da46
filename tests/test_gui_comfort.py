"""Everyday comfort: remembered window layout, settings dialog, backups from the Datei menu, page keys."""

from __future__ import annotations

from pathlib import Path

from fenster import starten as _window
from kopfzeile import klicke_spalte, ziehe_spalte
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QSplitter, QTableView
from sqlalchemy import func, select

from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.settings_dialog import SettingsDialog
from kpakt_desktop.gui.sicherung.dialog import SicherungDialog
from kpakt_desktop.services import sicherung
from kpakt_desktop.services.ics import escape_text
from kpakt_desktop.services.termine import termin_laden
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Kommune


def test_layout_is_remembered_across_windows(qtbot, rp_demo_path):
    window = _window(qtbot, rp_demo_path)
    page = window.show_page("kommunen")
    window.resize(700, 640)  # the page's minimum width may widen it; restoreGeometry keeps it on screen
    window.splitter.setSizes([230, 530])
    inner = page.findChildren(QSplitter)[0]
    inner.setSizes([500, 500])
    table = page.findChild(QTableView, "kommunenTabelle")
    default_width = table.columnWidth(1)
    ziehe_spalte(table, 0, 333)  # what the user drags and clicks is remembered
    klicke_spalte(table, 2)
    klicke_spalte(table, 2)
    first = [table.model().index(r, 0).data() for r in range(20)]
    sizes = inner.sizes()
    QApplication.processEvents()
    size = window.size()
    assert size.height() == 640
    window.close()

    again = _window(qtbot, rp_demo_path)
    assert again.stack.currentWidget() is again.pages["kommunen"]
    assert again.sidebar.currentRow() == 1
    assert again.size() == size
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]
    page = again.pages["kommunen"]
    assert page.findChildren(QSplitter)[0].sizes() == sizes
    table = page.findChild(QTableView, "kommunenTabelle")
    assert table.columnWidth(0) == 333
    assert table.columnWidth(1) == default_width  # not dragged: the page's own width
    header = table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
    assert [table.model().index(r, 0).data() for r in range(20)] == first
    again.close()


def test_layout_of_a_page_not_opened_in_a_session_is_kept(qtbot, rp_demo_path):
    """Pages are built when first shown; a session that never opens the Kommunen page must not
    lose the column width the user set there in an earlier one."""
    window = _window(qtbot, rp_demo_path)
    page = window.show_page("kommunen")
    ziehe_spalte(page.findChild(QTableView, "kommunenTabelle"), 0, 321)
    window.show_page("leistungen")
    window.close()

    between = _window(qtbot, rp_demo_path)
    assert list(between.pages) == ["leistungen"]  # only the page shown at start is built
    between.close()

    last = _window(qtbot, rp_demo_path)
    assert last.show_page("kommunen").findChild(QTableView, "kommunenTabelle").columnWidth(0) == 321
    last.close()


def test_page_menu_entries_exist_before_their_page_and_open_it(main_window, monkeypatch, tmp_path):
    """Datei offers the pages' entries from the start; choosing one builds and shows its page and acts
    on it (here: the selected Termin exported as .ics)."""
    assert "termine" not in main_window.pages
    target = tmp_path / "termin.ics"
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: target)
    monkeypatch.setattr(msgbox, "info", lambda *_a: None)
    entries = {a.objectName(): a for a in main_window.file_menu.actions()}
    assert {"gemeindeverzeichnisAktualisieren", "terminIcsExportieren"} <= set(entries)
    entries["terminIcsExportieren"].trigger()
    page = main_window.pages["termine"]
    assert main_window.stack.currentWidget() is page
    assert main_window.sidebar.currentRow() == [s.key for s in main_window.specs].index("termine")
    titel = termin_laden(page.ctx.store, page.selected_termin()).titel
    assert titel and f"SUMMARY:{escape_text(titel)}" in target.read_text(encoding="utf-8").replace("\r\n ", "")


def test_ctrl_number_opens_the_page(main_window, qtbot):
    actions = {a.shortcut().toString(): a for a in main_window.view_menu.actions()}
    assert set(actions) == {QKeySequence(f"Ctrl+{n}").toString() for n in range(1, 10)}
    actions[QKeySequence("Ctrl+3").toString()].trigger()
    assert main_window.stack.currentWidget() is main_window.pages["leistungen"]


def test_settings_dialog_saves_and_context_uses_name(qtbot, tmp_path, main_window, monkeypatch):
    infos: list[str] = []
    monkeypatch.setattr(msgbox, "info", lambda parent, title, text: infos.append(text))
    dialog = SettingsDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("Erika Mustermann")
    dialog.report_dir.edit.setText(str(tmp_path / "berichte"))
    dialog.backup_on_start.setChecked(False)
    dialog.keep.setValue(4)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert settings.user_name() == "Erika Mustermann"
    assert isinstance(main_window.ctx, AppContext) and main_window.ctx.benutzer == "Erika Mustermann"
    assert settings.report_dir() == tmp_path / "berichte"
    assert not settings.backup_on_start() and settings.backup_keep() == 4
    assert settings.language() == "en"
    assert infos and "nächsten Start" in infos[0]
    seen: list[Path | None] = []
    monkeypatch.setattr(msgbox, "save_file", lambda parent, title, suggestion, pattern: seen.append(suggestion))
    main_window.sicherung.create_backup()
    assert seen and seen[0] is not None and seen[0].parent == tmp_path / "berichte"


def test_settings_dialog_refuses_a_file_as_folder(qtbot, tmp_path, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda parent, title, text: errors.append(text))
    a_file = tmp_path / "datei.txt"
    a_file.write_text("x", encoding="utf-8")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.data_dir.edit.setText(str(a_file))
    dialog.accept()
    assert errors and "kein Ordner" in errors[0]
    assert settings.data_dir() != a_file


def test_backup_on_open_runs_in_worker_and_rotates(qtbot, tmp_path, rp_demo_path, settle):
    settings.set_backup_root(tmp_path / "sicherungen")
    settings.set_backup_keep(2)
    window = _window(qtbot, rp_demo_path)
    folder = tmp_path / "sicherungen" / rp_demo_path.stem
    window.sicherung.backup_on_open()  # as at start-up: a moment after the window is ready
    assert sicherung.backup_files(folder, rp_demo_path.stem) == []
    qtbot.waitUntil(lambda: "Sicherung erstellt" in window.statusBar().currentMessage(), timeout=10000)
    for _ in range(2):
        window.sicherung.backup_on_open(delay_ms=0)
        settle()
    files = sicherung.backup_files(folder, rp_demo_path.stem)
    assert len(files) == 2
    window.close()


def test_manual_backup_and_restore_through_the_menu(qtbot, tmp_path, rp_demo_path, monkeypatch, settle):
    settings.set_backup_root(tmp_path / "sicherungen")
    window = _window(qtbot, rp_demo_path)
    target = tmp_path / "export" / "stand.sqlite"
    monkeypatch.setattr(msgbox, "save_file", lambda *args: target)
    window.sicherung.create_backup()
    settle()
    assert sicherung.describe(target).land_schluessel == "07"

    window.sicherung.backup_on_open(delay_ms=0)
    settle()
    with window.ctx.store.read() as s:
        kommunen = f"{s.scalar(select(func.count()).select_from(Kommune)):,}".replace(",", ".")
    # a change after the backup, made through a service as a page would
    with window.ctx.store.write() as s:
        s.execute(Kommune.__table__.update().values(name="Falsch"))

    questions: list[str] = []
    infos: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda parent, title, text: questions.append(text) or True)
    monkeypatch.setattr(msgbox, "info", lambda parent, title, text: infos.append(text))

    def choose_first(dialog: SicherungDialog) -> int:
        assert dialog.model.rowCount() == 1
        assert dialog.model.index(0, 2).data() == kommunen  # the backup's Stand, read from inside it
        dialog._restore_selected()
        return int(dialog.result())

    monkeypatch.setattr(SicherungDialog, "exec", choose_first)
    old_ctx = window.ctx
    window.sicherung.restore_backup()
    assert questions and "wird durch die Sicherung vom" in questions[0] and f"{kommunen} Kommunen" in questions[0]
    assert infos and "vor-wiederherstellung" in infos[0]
    assert window.ctx is not old_ctx and window.opened is not None
    with window.ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Kommune).where(Kommune.name == "Falsch")) == 0
    window.close()
    store = open_store(rp_demo_path)
    try:
        with store.read() as s:
            assert s.scalar(select(func.count()).select_from(Kommune).where(Kommune.name == "Falsch")) == 0
    finally:
        store.close()
    [safety] = [p for p in (tmp_path / "sicherungen" / rp_demo_path.stem).iterdir() if "vor-wieder" in p.name]
    store = open_store(safety)
    try:
        with store.read() as s:
            assert s.scalar(select(func.count()).select_from(Kommune).where(Kommune.name != "Falsch")) == 0
    finally:
        store.close()


def test_office_is_edited_after_the_wizard(main_window, qtbot, monkeypatch):
    """Bearbeiten → Koordinierungsstelle…: shows what is stored, saves the change in the database."""
    from kpakt_desktop.gui.office_dialog import OfficeDialog
    from kpakt_desktop.services.landdb import read_office

    store = main_window.ctx.store
    before = read_office(store)
    seen: list[tuple[str, str]] = []

    def fill_in(dialog: OfficeDialog) -> int:
        seen.append((dialog.dienststelle.text(), dialog.koordinator.text()))
        dialog.dienststelle.clear()
        qtbot.keyClicks(dialog.dienststelle, "Ministerium des Innern, Referat 37")
        dialog.koordinator.clear()
        qtbot.keyClicks(dialog.koordinator, "Dr. Jana Beispiel")
        dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.result() == 1)  # closes once the change is written
        return dialog.result()

    monkeypatch.setattr(OfficeDialog, "exec", fill_in)
    action = next(a for a in main_window.edit_menu.actions() if a.objectName() == "koordinierungsstelle")
    assert action.isEnabled()
    action.trigger()
    assert seen == [(before.dienststelle, before.koordinator)]
    after = read_office(store)
    assert (after.dienststelle, after.koordinator) == ("Ministerium des Innern, Referat 37", "Dr. Jana Beispiel")
    assert main_window.ctx.land.dienststelle == "Ministerium des Innern, Referat 37"


def test_office_dialog_cancel_changes_nothing(main_window, qtbot):
    from kpakt_desktop.gui.office_dialog import OfficeDialog
    from kpakt_desktop.services.landdb import read_office

    before = read_office(main_window.ctx.store)
    dialog = OfficeDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.koordinator, " und Team")
    dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Cancel).click()
    assert read_office(main_window.ctx.store) == before
