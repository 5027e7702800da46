"""Hilfe menu (handbook, shortcuts, data folder, error report), Alt letters of every menu entry, the log file."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QTableWidget, QTextBrowser

from kpakt_desktop import __version__, protokoll
from kpakt_desktop.gui import msgbox, settings
from kpakt_desktop.gui.hilfe import dialoge
from kpakt_desktop.gui.hilfe.menue import mnemonic, with_mnemonic


def _action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def _menus(window) -> list[tuple[str, QMenu]]:
    """Every menu of the menu bar and their submenus (the recent-databases list filled)."""
    found = []

    def walk(menu: QMenu, where: str) -> None:
        menu.aboutToShow.emit()  # menus filled on opening (Zuletzt geöffnet)
        found.append((where, menu))
        for action in menu.actions():
            if isinstance(action.menu(), QMenu):
                walk(action.menu(), f"{where} → {action.text()}")

    for top in window.menuBar().actions():
        walk(top.menu(), top.text())
    return found


def _assert_unique_alt_letters(window) -> int:
    tops = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in tops and len(set(tops)) == len(tops), tops
    checked = 0
    for where, menu in _menus(window):
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.isEnabled()]
        letters = [mnemonic(a.text()) for a in entries]
        missing = [a.text() for a in entries if mnemonic(a.text()) is None]
        assert missing == [], f"{where}: ohne Alt-Buchstaben: {missing}"
        assert len(set(letters)) == len(letters), f"{where}: doppelt: {[a.text() for a in entries]}"
        checked += len(entries)
    return checked


@pytest.fixture
def recent(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "a&b.sqlite", tmp_path / "zwei.sqlite"]
    for p in reversed(paths):
        p.touch()
        settings.remember_database(p)
    return paths


def test_every_menu_entry_has_a_unique_alt_letter(main_window, recent):
    checked = _assert_unique_alt_letters(main_window)
    assert checked > 25  # Datei, Bearbeiten, Ansicht (every page), Hilfe, Zuletzt geöffnet
    view = [a.text() for a in main_window.view_menu.actions()]
    assert view[:4] == ["&Übersicht", "&Kommunen", "&Leistungen", "&Nachnutzung"]
    entries = [a.text() for a in main_window.recent_menu.actions()]
    assert entries[:2] == [f"&1 {str(recent[0].resolve()).replace('&', '&&')}", f"&2 {recent[1].resolve()}"]


def test_alt_letters_are_unique_in_english_too(english, qtbot, rp_demo_path, recent):
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase

    window = MainWindow(OpenedDatabase(rp_demo_path))
    qtbot.addWidget(window)
    assert window.menuBar().actions()[-1].text() == "&Help"
    assert _assert_unique_alt_letters(window) > 25
    window.close()


def test_with_mnemonic_prefers_free_word_starts():
    taken = {"t"}
    assert with_mnemonic("Taskforces", taken) == "T&askforces"
    assert with_mnemonic("Termine", taken) == "T&ermine"
    assert with_mnemonic("Tee", taken) == "Tee"  # no letter left: unchanged
    assert with_mnemonic("Ü&ber", taken) == "Ü&ber" and "b" in taken
    assert mnemonic("Rock && Roll") is None and mnemonic("&&Rock &Roll") == "r"


def test_handbook_is_shipped_and_shown_inside_the_app(main_window, qtbot):
    spec = (Path(__file__).resolve().parent.parent / "packaging" / "kpakt-desktop.spec").read_text("utf-8")
    assert 'tree("resources")' in spec  # the frozen build carries resources/, the handbook with it
    assert dialoge.handbook_path().is_file()
    _action(main_window, "benutzerhandbuch").trigger()
    browser = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.findChild(QTextBrowser, "handbuch"))
    text = browser.findChild(QTextBrowser, "handbuch").toPlainText()
    assert "Erster Start" in text and "Fehlerbericht erstellen" in text
    assert "##" not in text  # rendered Markdown, not its source
    browser.close()


def test_shortcut_list_comes_from_the_real_actions(main_window, qtbot):
    main_window.show_page("nachnutzung")  # a page with an action of its own (Bearbeiten: Enter)
    rows = dialoge.shortcut_rows(main_window)
    by_command = {(where, command): keys.split(", ") for where, command, keys in rows}

    def native(key: str) -> str:  # "Strg+O" in the German UI
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

    assert by_command[("Datei", "Öffnen…")] == [native("Ctrl+O")]  # not the media key "Öffnen"
    assert by_command[("Ansicht", "Nachnutzung")] == [native("Ctrl+4")]
    assert by_command[("Hilfe", "Benutzerhandbuch")] == ["F1"]
    assert native("Return") in by_command[("Seite Nachnutzung", "Bearbeiten")]
    # A shortcut given to an action later shows up: the list is not a hand-written copy.
    _action(main_window, "koordinierungsstelle").setShortcuts([QKeySequence("Ctrl+Alt+K")])
    assert ("Bearbeiten", "Koordinierungsstelle…", native("Ctrl+Alt+K")) in dialoge.shortcut_rows(main_window)
    dialog = dialoge.shortcuts_dialog(main_window)
    table = dialog.findChild(QTableWidget, "tastenkuerzel")
    assert table.rowCount() == len(dialoge.shortcut_rows(main_window))
    dialog.close()


def test_open_data_folder(main_window, monkeypatch, tmp_path):
    opened: list[Path] = []
    monkeypatch.setattr(msgbox, "open_path", opened.append)
    settings.set_data_dir(tmp_path / "daten")
    _action(main_window, "datenordnerOeffnen").trigger()
    assert opened == [tmp_path / "daten"] and opened[0].is_dir()


@pytest.fixture
def log_file(tmp_path):
    target = protokoll.einrichten(tmp_path / "daten")
    assert target == tmp_path / "daten" / "protokoll" / "kpakt-desktop.log"
    yield target
    protokoll.beenden()


def test_log_file_records_jobs_failures_and_unhandled_errors(main_window, settle, log_file, monkeypatch):
    from kpakt_desktop.domain.errors import InputError
    from kpakt_desktop.gui.operation import runner

    monkeypatch.setattr(msgbox, "error", lambda *_: None)
    runner().run("Bericht schreiben", lambda: 42)
    settle()

    def fails() -> None:
        raise InputError("Die Datei x.xlsx hat keine Kopfzeile.")

    runner().run("Datei einlesen", fails)
    settle()
    text = log_file.read_text("utf-8")
    assert "Auftrag begonnen: Bericht schreiben" in text
    assert re.search(r"Auftrag beendet: Bericht schreiben \(\d+\.\d s\)", text)
    assert "Auftrag fehlgeschlagen: Datei einlesen" in text and "InputError: Die Datei x.xlsx" in text
    handlers = [h for h in logging.getLogger("kpakt_desktop").handlers if isinstance(h, logging.FileHandler)]
    assert [type(h) for h in handlers] == [logging.handlers.RotatingFileHandler]
    assert Path(handlers[0].baseFilename) == log_file


def test_log_file_records_unhandled_exceptions(tmp_path, monkeypatch):
    seen: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: seen.append(args))  # the hook before ours
    monkeypatch.setattr(threading, "excepthook", seen.append)
    target = protokoll.einrichten(tmp_path)
    try:
        try:
            raise RuntimeError("kaputt im Slot")
        except RuntimeError as err:
            sys.excepthook(type(err), err, err.__traceback__)  # what an exception in a Qt slot reaches
        worker = threading.Thread(target=lambda: 1 / 0, name="arbeiter")
        worker.start()
        worker.join()
    finally:
        protokoll.beenden()
    text = target.read_text("utf-8")
    assert "CRITICAL kpakt_desktop: Unbehandelter Fehler" in text and "RuntimeError: kaputt im Slot" in text
    assert "Unbehandelter Fehler im Thread arbeiter" in text and "ZeroDivisionError" in text
    assert len(seen) == 2  # and the previous hooks still run (stderr, pytest-qt)


def test_log_file_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(protokoll, "MAX_BYTES", 2000)
    target = protokoll.einrichten(tmp_path)
    try:
        for i in range(200):
            logging.getLogger("kpakt_desktop.test").info("Zeile %d mit etwas Text, damit die Datei wächst", i)
    finally:
        protokoll.beenden()
    files = protokoll.log_files(tmp_path)
    assert files[0] == target and len(files) == protokoll.BACKUPS + 1
    assert all(f.stat().st_size <= 2000 for f in files)
    assert "Zeile 199" in target.read_text("utf-8")


def test_error_report_has_log_and_versions_but_no_data(main_window, monkeypatch, tmp_path, log_file):
    from kpakt_desktop.services.kommunen import kommunen_zeilen
    from kpakt_desktop.store.database import current_revision

    store = main_window.ctx.store
    settings.set_user_name("Erika Mustermann")
    home_file = Path.home() / "Berichte" / "x.xlsx"
    logging.getLogger("kpakt_desktop.test").error("Konflikt: geändert von Erika Mustermann, Datei %s", home_file)
    target = tmp_path / "ausgabe" / "bericht.zip"
    target.parent.mkdir()
    asked: list[Path] = []

    def save_file(_parent, _title, suggestion, _pattern):
        asked.append(suggestion)
        return target  # the user chose this place

    monkeypatch.setattr(msgbox, "save_file", save_file)
    monkeypatch.setattr(msgbox, "info", lambda *_: None)
    _action(main_window, "fehlerberichtErstellen").trigger()
    assert [p.parent for p in asked] == [settings.report_dir()]
    assert asked[0].name.startswith("kpakt-fehlerbericht-") and asked[0].suffix == ".zip"
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        assert set(names) == {"LIESMICH.txt", "versionen.txt", "protokoll/kpakt-desktop.log"}
        versions = zf.read("versionen.txt").decode("utf-8")
        log = zf.read("protokoll/kpakt-desktop.log").decode("utf-8")
        everything = "".join(zf.read(n).decode("utf-8") for n in names)
    for label in (f"Kommunalpakt Desktop: {__version__}", "Python: 3.", "Qt: 6.", "PySide6: 6.", "SQLAlchemy: 2."):
        assert label in versions
    assert f"Datenbankschema (Revision): {current_revision(store)}" in versions
    assert "Betriebssystem: " in versions
    assert "Konflikt: geändert von <geschwärzt>, Datei <geschwärzt>" in log  # name and home folder blacked out
    assert "Erika Mustermann" not in everything and str(Path.home()) not in everything
    # No database content: none of the open database's Kommunen is named.
    kommunen = {z.name for z in kommunen_zeilen(store)}
    assert len(kommunen) > 100 and not [n for n in kommunen if len(n) > 5 and n in everything]


def test_file_dialogs_start_in_the_last_folder_of_their_kind(main_window, monkeypatch, tmp_path, settle, qtbot):
    from PySide6.QtCore import Qt

    berichte = tmp_path / "berichte"
    berichte.mkdir()
    monkeypatch.setattr(msgbox, "info", lambda *_: None)
    monkeypatch.setattr(msgbox, "ask", lambda *_: False)  # "Jetzt öffnen?" – no
    seen: list[tuple[str, Path]] = []

    def cancelled(_parent, title, start, _pattern=None):
        seen.append((title, start))
        return None

    page = main_window.show_page("berichte")
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: berichte / "kosten.xlsx")
    qtbot.mouseClick(page.kosten_button, Qt.MouseButton.LeftButton)
    settle()
    assert (berichte / "kosten.xlsx").exists()

    monkeypatch.setattr(msgbox, "save_file", cancelled)
    monkeypatch.setattr(msgbox, "choose_folder", cancelled)
    page.lage_erstellen()  # another report: the folder the last report went to
    page.bdv_alle.setChecked(True)
    page.bdv_erstellen()
    page.boegen_erstellen()  # Rückmeldebögen: their own folder (still the default)
    _action(main_window, "fehlerberichtErstellen").trigger()
    starts = [start if start.is_dir() or start.suffix == "" else start.parent for _, start in seen]
    assert starts == [berichte, berichte, settings.report_dir(), settings.report_dir()]
    assert seen[0][1].name.startswith("Lagebericht_") and seen[0][1].suffix == ".pdf"
    # Remembered in the settings: a new window (a restart) starts there too.
    assert settings.last_folder(msgbox.Ablage.BERICHTE) == berichte
    assert settings.last_folder(msgbox.Ablage.RUECKMELDEBOEGEN) == settings.report_dir()
    # A new report folder in the Einstellungen: every kind starts there again.
    settings.set_report_dir(tmp_path)
    assert settings.last_folder(msgbox.Ablage.BERICHTE) == tmp_path


def test_english_history_columns_say_from_for_status_and_by_for_people(english):
    from kpakt_desktop.gui.huerden.page import historie_spalten as huerden_verlauf
    from kpakt_desktop.gui.nachnutzung.history import historie_spalten as nachnutzung_historie

    # Hürden-Verlauf: status "von" → "nach" is a transition (from → to), "wer" the person.
    assert [c.header for c in huerden_verlauf()][:4] == ["Date", "from", "to", "who"]
    # Nachnutzung history: "von" is the person who made the change.
    assert "by" in [c.header for c in nachnutzung_historie()]


def test_service_messages_are_shown_in_the_ui_language(english, main_window, qtbot, settle):
    from PySide6.QtCore import Qt

    from kpakt_desktop.domain.errors import InputError
    from kpakt_desktop.domain.status import Status, pruefe_wechsel
    from kpakt_desktop.gui import meldungen

    # The Berichte page's ARS hint shows the service's refusal, in English.
    page = main_window.show_page("berichte")
    qtbot.keyClicks(page.rm_ars, "079999999999")
    assert (
        page.rm_ars_hinweis.text() == "There is no municipality with the regional key “079999999999” in this database."
    )
    # Values from the vocabularies are translated too; the German text (CLI, log) is unchanged.
    with pytest.raises(InputError) as raised:
        pruefe_wechsel(Status.NICHT_MEHR_ZUSTAENDIG, Status.PRODUKTIV)
    assert (
        str(raised.value)
        == "Der Status kann nicht von „nicht mehr zuständig“ auf „produktiv“ gesetzt werden. Möglich: offen."
    )
    assert meldungen.text(raised.value) == (
        "The status cannot be changed from “no longer responsible” to “in production”. Possible: open."
    )
    # An editor dialog shows the service's refusal beside its fields, field name included.
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

    huerden = main_window.show_page("huerden")
    qtbot.mouseClick(huerden.findChild(QPushButton, "huerdeNeu"), Qt.MouseButton.LeftButton)
    dialog = huerden.editor.dialog
    dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok).click()
    settle()  # the check runs with the write, in the worker
    assert dialog.isVisible() and dialog.findChild(QLabel, "errorLabel").text() == "Title: please fill in."
    dialog.reject()
    # A message raised as plain text stays as it is.
    assert meldungen.text(InputError("nur deutsch")) == "nur deutsch"


def test_message_catalogue_is_current():
    from kpakt_desktop.gui import meldungen

    generated = Path(meldungen.__file__).with_name("meldung_strings.py").read_text(encoding="utf-8")
    assert generated == meldungen.render_strings_module(), "python -m kpakt_desktop.gui.vocab_text ausführen"
    assert "Name: Bitte einen Namen angeben." in meldungen.templates()
