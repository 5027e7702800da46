"""Backups of a server database from the app: snapshots into files on the automatic backup's schedule
(keep N), and the restore onto the server, which only the Koordination role may do."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from kpakt_desktop.cli import main
from kpakt_desktop.domain.errors import InputError
from kpakt_desktop.services import server_sicherung as ss
from kpakt_desktop.services.landdb import read_land, read_office, set_office
from kpakt_desktop.services.sicherung import describe
from kpakt_desktop.store.database import Store, open_store
from kpakt_desktop.store.models import Taskforce
from tests.conftest import PgDatabases


@pytest.fixture
def server(pg_databases: PgDatabases, pg_rp_demo_template: str) -> Iterator[str]:
    url = pg_databases.create(template=pg_rp_demo_template)
    yield url
    pg_databases.drop(url)


def _as(url: str, rolle: str) -> str:
    return make_url(url).set(username=rolle, password=None).render_as_string(hide_password=False)


def _rolle(url: str, art: str, *extra: str) -> str:
    """A login role of ``art`` (`kpakt rollen einrichten` / `zuordnen`); its URL."""
    rolle = f"{art}_sich_{os.getpid()}_{make_url(url).database}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{rolle}" LOGIN')
    engine.dispose()
    assert main(["--db", url, "rollen", "einrichten"]) == 0
    assert main(["--db", url, "rollen", "zuordnen", rolle, "--art", art, "--name", art, *extra]) == 0
    return _as(url, rolle)


def test_automatic_backups_of_a_server_database_keep_the_newest(server: str, tmp_path: Path) -> None:
    store = open_store(server)
    try:
        made = [ss.automatische_sicherung(store, tmp_path, keep=2, jetzt=datetime(2026, 12, 3, 9, m)) for m in range(3)]
        land = read_land(store)
    finally:
        store.close()
    assert sorted(tmp_path.glob("*.sqlite")) == made[1:]
    info = describe(made[-1])
    assert info.land_schluessel == land.schluessel and info.kommunen > 0
    assert made[-1].name.startswith(ss.kopie_pfad(Path(), server).stem)


def test_restore_onto_the_server_needs_the_koordination_role(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = open_store(server)
    try:
        land = read_land(owner).schluessel
        vorher = read_office(owner).dienststelle
        backup = ss.sicherung_erstellen(owner, tmp_path)
        set_office(owner, "Stelle nach der Sicherung", "")
        with owner.read() as s:
            tf_id = s.query(Taskforce.id).order_by(Taskforce.id).limit(1).scalar()
    finally:
        owner.close()
    tf_url = _rolle(server, "taskforce", "--taskforce", str(tf_id))
    ko_url = _rolle(server, "koordination")
    capsys.readouterr()

    tf: Store = open_store(tf_url)
    try:
        with pytest.raises(InputError, match="nur die Rolle Koordination"):
            ss.wiederherstellen(tf, backup, tmp_path, land)
        assert read_office(tf).dienststelle == "Stelle nach der Sicherung"  # nothing changed
    finally:
        tf.close()

    ko = open_store(ko_url)
    try:
        result = ss.wiederherstellen(ko, backup, tmp_path, land)
        assert read_office(ko).dienststelle == vorher
        set_office(ko, "nach der Wiederherstellung", "")  # new ids come after the restored ones
    finally:
        ko.close()
    assert result.safety_copy.exists() and "vor-wiederherstellung" in result.safety_copy.name
    safety = open_store(result.safety_copy)
    try:
        assert read_office(safety).dienststelle == "Stelle nach der Sicherung"
    finally:
        safety.close()


def test_the_app_backs_up_and_restores_a_server_database(
    qtbot, server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kpakt_desktop.app import make_application
    from kpakt_desktop.gui import msgbox
    from kpakt_desktop.gui.main_window import MainWindow
    from kpakt_desktop.gui.opened import OpenedDatabase
    from kpakt_desktop.gui.operation import runner
    from kpakt_desktop.gui.sicherung import dialog as sicherung_dialog

    make_application([])
    opened = OpenedDatabase(server)
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    try:
        vorher = read_office(opened.store).dienststelle
        # at the start: a snapshot into the backup folder (and the offline copy)
        window.sicherung.backup_on_open(delay_ms=0)
        folder = window.sicherung.backup_folder()
        qtbot.waitUntil(lambda: len(list(folder.glob("*.sqlite"))) == 1, timeout=30000)
        runner().wait(30000)
        # Datei → Sicherung erstellen…: a snapshot to a file the user chooses
        chosen = tmp_path / "von-hand.sqlite"
        monkeypatch.setattr(msgbox, "save_as", lambda *_a: chosen)
        window.backup_action.trigger()
        runner().wait(30000)
        assert describe(chosen).kommunen > 0

        set_office(opened.store, "Stelle nach der Sicherung", "")
        window.ctx.notify_changed()

        class Waehlen:  # the backup dialog, with the user's choice of the backup made by hand
            def __init__(self, *_args: object) -> None:
                self.chosen = describe(chosen)

            def exec(self) -> bool:
                return True

        monkeypatch.setattr(sicherung_dialog, "SicherungDialog", Waehlen)
        shown: list[str] = []
        monkeypatch.setattr(msgbox, "info", lambda _p, _t, text: shown.append(text))
        window.restore_action.trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=30000)
        assert "wiederhergestellt" in shown[0] and "vor-wiederherstellung" in shown[0]
        assert read_office(opened.store).dienststelle == vorher
    finally:
        runner().wait(30000)
        window.close()
        opened.close()
