"""The offline copy of a server database: written by the app while the server is there, offered
read-only at the start when the server cannot be reached ("Server nicht erreichbar – letzte Kopie …")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select, text

from kpakt_desktop.domain.errors import DatabaseFault
from kpakt_desktop.gui import msgbox
from kpakt_desktop.services.landdb import read_office, set_office
from kpakt_desktop.services.offline_kopie import kopie_oeffnen, kopie_pfad, kopie_schreiben, letzte_kopie
from kpakt_desktop.store.database import open_store
from kpakt_desktop.store.models import Nachnutzung
from tests.conftest import PgDatabases

UNERREICHBAR = "postgresql+psycopg://kpakt@127.0.0.1:1/land"  # nobody listens on port 1


def _nachnutzungen(store) -> int:  # type: ignore[no-untyped-def]
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Nachnutzung)))


def test_the_copy_of_a_server_database_reads_like_it_and_refuses_every_write(
    pg_databases: PgDatabases, pg_rp_demo_template: str, tmp_path: Path
) -> None:
    url = pg_databases.create(template=pg_rp_demo_template)
    try:
        server = open_store(url)
        try:
            assert letzte_kopie(tmp_path, url) is None
            path = kopie_schreiben(server, tmp_path)
            n = _nachnutzungen(server)
        finally:
            server.close()
        kopie = letzte_kopie(tmp_path, url)
        assert kopie is not None and kopie.path == path == kopie_pfad(tmp_path, url)
        assert "@" in path.name and path.parent.name == "server-kopien"
        store = kopie_oeffnen(kopie)
        try:
            assert _nachnutzungen(store) == n
            assert store.nur_lesen and "schreibgeschützte Offline-Kopie" in store.short_name
            with pytest.raises(DatabaseFault, match="nur zum Lesen"):
                set_office(store, "Stelle X", "")
            with pytest.raises(DatabaseFault, match="schreibgeschützt"), store.engine.begin() as conn:
                conn.execute(text("UPDATE nachnutzung SET notiz = 'x'"))  # SQLite itself refuses too
            assert read_office(store).dienststelle != "Stelle X"
        finally:
            store.close()
    finally:
        pg_databases.drop(url)


def test_server_away_at_the_start_offers_the_last_copy_read_only(qtbot, rp_demo_path: Path, monkeypatch) -> None:
    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui import settings
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.sicherung.recovery import open_database

    make_application([])
    questions: list[str] = []

    # no copy yet: the plain message, nothing opened
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: questions.append(f"error: {text}"))
    assert open_database(None, UNERREICHBAR, start_dialog_on_no=False) is None
    assert questions and questions[0].startswith("error:") and "nicht erreichbar" in questions[0]

    # with a copy in the data folder: the question, and yes opens it read-only
    ziel = kopie_pfad(settings.data_dir(), UNERREICHBAR)
    ziel.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(rp_demo_path, ziel)
    questions.clear()
    monkeypatch.setattr(msgbox, "ask", lambda _p, _t, text: questions.append(text) or True)
    opened = open_database(None, UNERREICHBAR, start_dialog_on_no=False)
    assert opened is not None
    [frage] = questions
    assert frage.startswith("Server nicht erreichbar – letzte Kopie vom ") and "schreibgeschützt öffnen?" in frage
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    try:
        assert "schreibgeschützte Offline-Kopie" in window.windowTitle()
        assert opened.path is None  # never remembered as the last database, never backed up
        button = window.show_page("termine").findChild(QPushButton, "terminNeu")
        assert not button.isEnabled() and "Offline-Kopie" in button.toolTip()
        shown: list[str] = []
        monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: shown.append(text))
        from kpakt_desktop.gui.operation import Operation
        from kpakt_desktop.services.changes import ChangeSet, Entity

        window.ctx.run(Operation("Stelle", lambda st: set_office(st, "Stelle X", ""), None, ChangeSet.of(Entity.LAND)))
        assert shown and "Offline-Kopie" in shown[0]
        assert read_office(opened.store).dienststelle != "Stelle X"
    finally:
        window.close()
        opened.close()


def test_the_app_writes_the_copy_while_the_server_is_there(
    qtbot, pg_databases: PgDatabases, pg_rp_demo_template: str
) -> None:
    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui import settings
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.operation import runner

    url = pg_databases.create(template=pg_rp_demo_template)
    try:
        make_application([])
        opened = OpenedDatabase(url)
        window = MainWindow(opened)
        qtbot.addWidget(window)
        window.show()
        try:
            window.sicherung.backup_on_open(delay_ms=0)  # what the start does after the first paint
            qtbot.waitUntil(lambda: letzte_kopie(settings.data_dir(), url) is not None, timeout=30000)
            runner().wait(30000)
            kopie = letzte_kopie(settings.data_dir(), url)
            assert kopie is not None
            store = kopie_oeffnen(kopie)
            try:
                assert _nachnutzungen(store) == _nachnutzungen(opened.store)
            finally:
                store.close()
        finally:
            window.close()
            opened.close()
    finally:
        pg_databases.drop(url)
