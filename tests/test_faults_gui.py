"""Faults seen through the GUI: a message box with the German cause, nothing changed, the window
stays usable, and the same action works once the cause is gone."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import pytest
from fault_helpers import (
    Switch,
    damage,
    database_full,
    database_read_only,
    disk_full,
    locked_for,
    short_busy_timeout,
    write_locked,
)
from gv_files import modified
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_gui_nachnutzung import select_cells
from test_gv_import import gebietsaenderung
from test_kill import fingerprint

from kpakt_desktop.domain.status import Status
from kpakt_desktop.gui import msgbox
from kpakt_desktop.gui.context import AppContext
from kpakt_desktop.gui.kommunen import gv_import
from kpakt_desktop.gui.nachnutzung.matrix_model import NACHNUTZUNG_ID_ROLE
from kpakt_desktop.gui.standardpaket.page import StandardpaketPage
from kpakt_desktop.services import nachnutzung as nn
from kpakt_desktop.services.standardpaket import signing
from kpakt_desktop.store.database import backup_file

FAULTS = {"locked": "gesperrt", "read_only": "schreibgeschützt", "full": "Datenträger ist voll"}


@pytest.fixture
def switch() -> Switch:
    return Switch()


@pytest.fixture
def fault(request, monkeypatch, switch: Switch) -> str:
    kind: str = request.param
    short_busy_timeout(monkeypatch)
    if kind == "read_only":
        database_read_only(monkeypatch, switch)
    elif kind == "full":
        database_full(monkeypatch, switch)
    return kind


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    found: list[str] = []
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: found.append(text))
    monkeypatch.setattr(msgbox, "retry", lambda _p, _t, text: found.append(text) and False)  # not again
    return found


def bulk_edit(page, qtbot, ids: list[int], kosten: str) -> None:
    """Open the editor on the selected cells, type annual costs and a long note, press OK.

    The note (pasted, 240 kB) makes the change need new pages of the database file, so that a
    database that may not grow ("full") really refuses it."""
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    qtbot.keyClicks(editor.kosten_j, kosten)
    editor.notiz.setPlainText("Protokoll der Bürgermeisterdienstversammlung. " * 5000)
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("fault", list(FAULTS), indirect=True)
def test_bulk_edit_fault_shows_message_keeps_data_and_retry_works(
    fault: str,
    switch: Switch,
    errors: list[str],
    main_window,
    rp_demo_path: Path,
    qtbot,
    settle,
) -> None:
    page = main_window.show_page("nachnutzung")
    store = page.ctx.store
    picked = select_cells(page, 1, Status.VEREINBARUNG, 3)
    ids = [page.model.index(r, c).data(NACHNUTZUNG_ID_ROLE) for r, c in picked]
    before = {i: nn.zelle(store, i).kosten_jaehrlich for i in ids}

    held: AbstractContextManager[None] = write_locked(rp_demo_path) if fault == "locked" else nullcontext()
    with held:
        bulk_edit(page, qtbot, ids, "2400")
        settle()
        assert len(errors) == 1, errors
        assert FAULTS[fault] in errors[0] and str(rp_demo_path) in errors[0]
    assert {i: nn.zelle(store, i).kosten_jaehrlich for i in ids} == before
    assert main_window.ctx.undo_stack.count() == 0  # nothing to undo: nothing happened

    # Still usable: another page opens and the matrix still reads.
    main_window.show_page("kommunen")
    page = main_window.show_page("nachnutzung")
    assert page.model.rowCount() > 0

    switch.on = False  # the cause is gone (space freed, rights granted, lock released)
    store.engine.dispose()
    select_cells(page, 1, Status.VEREINBARUNG, 3)
    bulk_edit(page, qtbot, ids, "2400")
    settle()
    assert len(errors) == 1, errors[1:]
    assert all(nn.zelle(store, i).kosten_jaehrlich == 2400 for i in ids)
    assert main_window.ctx.undo_stack.count() == 1


def test_opening_a_damaged_database_tells_the_user_and_keeps_the_open_one(
    errors: list[str], main_window, rp_demo_path: Path, tmp_path: Path
) -> None:
    broken = backup_file(rp_demo_path, tmp_path / "kaputt" / "land.sqlite")
    damage(broken, "garbage_pages")  # all three kinds of damage: tests/test_faults.py
    assert main_window.switch_database(broken) is False
    assert len(errors) == 1 and str(broken) in errors[0]
    assert main_window.opened.path == rp_demo_path  # the open database stays open and usable
    assert main_window.show_page("nachnutzung").model.rowCount() > 0


def test_standardpaket_export_to_a_full_disk_shows_message_and_works_later(
    qtbot, rp_demo, tmp_path: Path, errors: list[str], monkeypatch
) -> None:
    monkeypatch.setenv("KPAKT_DATA_DIR", str(tmp_path / "daten"))  # its signing key stays in this test
    signing.create_key_pair("07", tmp_path / "trust")
    infos: list[str] = []
    monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: infos.append(text))
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(msgbox, "save_file", lambda *_a: out / "rp.zip")
    page = StandardpaketPage(AppContext(rp_demo))
    qtbot.addWidget(page)
    page.show()

    with monkeypatch.context() as full:
        disk_full(full, out)
        page.start_export()
        qtbot.waitUntil(lambda: bool(errors), timeout=15000)
    assert "Datenträger ist voll" in errors[0] and "rp.zip" in errors[0]
    assert list(out.iterdir()) == [] and page.log_model.rowCount() == 0  # no file, no used number
    assert page.export_button.isEnabled()

    page.start_export()  # space again
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1, timeout=15000)
    qtbot.waitUntil(lambda: bool(infos), timeout=5000)
    assert "Nr. 1" in infos[0] and (out / "rp.zip").is_file() and len(errors) == 1


@pytest.fixture
def quick_busy(monkeypatch) -> None:
    short_busy_timeout(monkeypatch)  # before main_window opens the database


def test_gv_update_while_another_process_writes(
    quick_busy,
    errors: list[str],
    main_window,
    rp_demo_path: Path,
    tmp_path: Path,
    monkeypatch,
    settle,
) -> None:
    """The preview reads (WAL: readers are not blocked), the update meets the lock: message, nothing
    changed, the window keeps working; once the other writer is done the same menu action succeeds."""
    path = modified(tmp_path / "gv.csv", "07", gebietsaenderung)
    monkeypatch.setattr(msgbox, "open_file", lambda *_a: path)
    monkeypatch.setattr(msgbox, "info", lambda *_a: None)
    monkeypatch.setattr(gv_import.GvVorschau, "exec", lambda self: 1)
    monkeypatch.setattr(gv_import.AufloesungDialog, "exec", lambda self: 0)
    action = next(a for a in main_window.file_menu.actions() if "Gemeindeverzeichnis" in a.text())
    before = fingerprint(rp_demo_path)
    with write_locked(rp_demo_path):
        action.trigger()
        settle()
    assert len(errors) == 1 and "gesperrt" in errors[0] and str(rp_demo_path) in errors[0]
    assert fingerprint(rp_demo_path) == before
    assert main_window.show_page("kommunen").model.rowCount() > 0

    action.trigger()
    settle()
    assert len(errors) == 1, errors[1:]
    assert fingerprint(rp_demo_path) != before


def test_bulk_edit_behind_another_programs_lock_keeps_the_window_alive(
    errors: list[str], main_window, rp_demo_path: Path, qtbot, settle
) -> None:
    """Another program holds the write lock for 2 s while the user changes cells: the event loop
    keeps running (a timer fires throughout), a dialog says why it waits, and the change lands
    when the lock is free, as one step that undo takes back."""
    page = main_window.show_page("nachnutzung")
    store = page.ctx.store
    picked = select_cells(page, 1, Status.VEREINBARUNG, 2)
    ids = [page.model.index(r, c).data(NACHNUTZUNG_ID_ROLE) for r, c in picked]
    before = {i: nn.zelle(store, i).kosten_jaehrlich for i in ids}
    with locked_for(rp_demo_path, 2.0) as watch:
        bulk_edit(page, qtbot, ids, "2400")
        settle()  # the change waits in the worker; the window keeps running
    assert errors == []
    watch.assert_window_stayed_alive(2.0)
    assert all(nn.zelle(store, i).kosten_jaehrlich == 2400 for i in ids)
    assert main_window.ctx.undo_stack.count() == 1
    with locked_for(rp_demo_path, 1.0) as watch:
        main_window.ctx.undo_stack.undo()  # the undo waits the same way
        settle()
    watch.assert_window_stayed_alive(1.0)
    assert {i: nn.zelle(store, i).kosten_jaehrlich for i in ids} == before
    assert errors == []


def test_kommune_note_behind_another_programs_lock_keeps_the_window_alive(
    errors: list[str],
    main_window,
    rp_demo_path: Path,
    qtbot,
    settle,
) -> None:
    """The Kommunen page: a note saved while another program holds the lock lands afterwards."""
    from test_gui_kommunen import kommune_by_ars, select_ars

    page = main_window.show_page("kommunen")
    ars = "071310090090"
    select_ars(page, qtbot, ars)
    page.detail.notiz.setPlainText("Rückruf nach der Sitzung")
    with locked_for(rp_demo_path, 2.0) as watch:
        qtbot.mouseClick(page.detail.notiz_save, Qt.MouseButton.LeftButton)
        settle()
    watch.assert_window_stayed_alive(2.0)
    assert errors == []
    assert kommune_by_ars(page.ctx.store, ars).notiz == "Rückruf nach der Sitzung"
    with locked_for(rp_demo_path, 1.0) as watch:
        main_window.ctx.undo_stack.undo()
        settle()
    watch.assert_window_stayed_alive(1.0)
    assert kommune_by_ars(page.ctx.store, ars).notiz is None


def test_clicks_while_a_change_waits_are_done_in_order(
    errors: list[str], main_window, rp_demo_path: Path, qtbot, settle
) -> None:
    """While a change waits for another program's lock, the window takes clicks; they queue behind
    it: a second Speichern of the same text writes nothing more, and Strg+Z undoes the change only
    after it landed, as one step."""
    from PySide6.QtCore import QTimer
    from test_gui_kommunen import kommune_by_ars, select_ars

    page = main_window.show_page("kommunen")
    ars = "071310090090"
    select_ars(page, qtbot, ars)
    page.detail.notiz.setPlainText("Erster Eintrag")
    attempts: list[str | None] = []

    def click_again() -> None:
        attempts.append(kommune_by_ars(page.ctx.store, ars).notiz)  # still waiting: nothing written yet
        qtbot.mouseClick(page.detail.notiz_save, Qt.MouseButton.LeftButton)
        qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    with locked_for(rp_demo_path, 1.0) as watch:
        QTimer.singleShot(100, click_again)
        qtbot.mouseClick(page.detail.notiz_save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(attempts))
        settle()
    watch.assert_window_stayed_alive(1.0)
    assert attempts == [None]
    assert errors == []
    assert kommune_by_ars(page.ctx.store, ars).notiz is None  # written, then undone by the Strg+Z
    stack = main_window.ctx.undo_stack
    assert stack.count() == 1 and stack.index() == 0
    stack.redo()
    settle()
    assert kommune_by_ars(page.ctx.store, ars).notiz == "Erster Eintrag"
    page.detail.notiz.setPlainText("Zweiter Eintrag")
    qtbot.mouseClick(page.detail.notiz_save, Qt.MouseButton.LeftButton)
    settle()
    assert kommune_by_ars(page.ctx.store, ars).notiz == "Zweiter Eintrag"
    assert stack.count() == 2


@pytest.fixture
def own_backup_root(tmp_path: Path):
    """A backup folder chosen in the Einstellungen (reset afterwards)."""
    from kpakt_desktop.gui import settings

    root = tmp_path / "meine-sicherungen"
    settings.set_backup_root(root)
    yield root
    settings.set_backup_root(None)


def _damaged_with_backup(rp_demo_path: Path, tmp_path: Path, root: Path) -> tuple[Path, Path, str | None]:
    """A database with a backup in ``root`` from 08:00, changed afterwards, then damaged."""
    import shutil
    from datetime import datetime

    from kpakt_desktop.services import sicherung
    from kpakt_desktop.store.database import open_store

    db = shutil.copyfile(rp_demo_path, tmp_path / "land.sqlite")
    backup = sicherung.create_backup(db, sicherung.backup_folder(root, db), jetzt=datetime(2026, 11, 1, 8, 0))
    store = open_store(db)
    try:
        ids = [nn.zelle(store, 1).id]
        nn.aendern(store, ids, nn.Aenderung({"kosten_jaehrlich": 777}), benutzer="nach der Sicherung")
    finally:
        store.close()
    damage(db, "garbage_pages")
    return db, backup, fingerprint(backup)


def test_damaged_database_offers_the_newest_backup_and_opens_it(
    errors: list[str], main_window, rp_demo_path: Path, tmp_path: Path, own_backup_root: Path, monkeypatch
) -> None:
    db, backup, backup_state = _damaged_with_backup(rp_demo_path, tmp_path, own_backup_root)
    damaged_bytes = db.read_bytes()
    asked: list[str] = []
    infos: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda _p, _t, text: asked.append(text) or True)
    monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: infos.append(text))

    assert main_window.switch_database(db) is True
    assert errors == []
    assert len(asked) == 1
    assert str(db) in asked[0] and "01.11.2026 08:00:00" in asked[0] and str(backup) in asked[0]
    assert main_window.opened.path == db
    assert fingerprint(db) == backup_state  # the backup's Stand, the change after it is gone
    assert main_window.show_page("nachnutzung").model.rowCount() > 0
    [aside] = tmp_path.glob("land.beschaedigt-*.sqlite")  # the damaged file kept for the IT
    assert aside.read_bytes() == damaged_bytes
    assert str(aside) in infos[0]


def test_declined_backup_keeps_the_damaged_file_and_shows_the_start_dialog(
    errors: list[str], qtbot, rp_demo_path: Path, tmp_path: Path, own_backup_root: Path, monkeypatch
) -> None:
    from kpakt_desktop.gui.sicherung import recovery
    from kpakt_desktop.gui.start.start_dialog import StartDialog

    db, _backup, _state = _damaged_with_backup(rp_demo_path, tmp_path, own_backup_root)
    damaged_bytes = db.read_bytes()
    asked: list[str] = []
    monkeypatch.setattr(msgbox, "ask", lambda _p, _t, text: asked.append(text) or False)
    shown: list[StartDialog] = []
    monkeypatch.setattr(StartDialog, "exec", lambda self: shown.append(self) or 0)  # the user closes it

    assert recovery.open_database(None, db, start_dialog_on_no=True) is None
    assert len(asked) == 1 and len(shown) == 1 and errors == []
    assert db.read_bytes() == damaged_bytes  # nothing touched
    assert list(tmp_path.glob("land.beschaedigt-*")) == []
